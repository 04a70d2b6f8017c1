#pragma once

// SupplierListModel: the rows of the suppliers page (SupplierService::list): name, how the shop
// works with the supplier, the contract valid today and when it ends, open purchase orders, the
// currency and contact details. Contracts ending within their renewal notice (or already ended)
// are marked. A shop has tens or hundreds of suppliers, so the list loads at once; it reloads when
// suppliers, contracts or purchase orders change.

#include "Services.h"
#include "purchasing/SupplierService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kontor {

class SupplierListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Models,
        Contract,
        ValidTo,
        OpenOrders,
        Currency,
        Phone,
        Email,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the supplier's Id
        ArchivedRole,              // bool
        ExpiringRole,              // bool: the contract ends within its renewal notice, or has ended
    };

    SupplierListModel(Services services, Actor actor, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const SupplierFilter& filter);
    const SupplierFilter& filter() const { return m_filter; }
    void reload();

    const SupplierListRow* rowAt(int row) const;
    int rowOf(const Id& id) const;
    // The reminder of the supplier's contract ending soon, if any.
    std::optional<ContractReminder> reminderOf(const Id& supplierId) const;
    // Every reminder, soonest first (empty for those who may not see contracts).
    const QList<ContractReminder>& reminders() const { return m_reminders; }
    // The last load's error, empty when it worked.
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void loaded();

private:
    void sortRows();

    Services m_services;
    Actor m_actor;
    SupplierFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<SupplierListRow> m_rows;
    QList<ContractReminder> m_reminders;
    QHash<Id, ContractReminder> m_reminderBySupplier;
    QString m_error;
};

} // namespace kontor

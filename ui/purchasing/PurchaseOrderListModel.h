#pragma once

// PurchaseOrderListModel: purchase orders as the purchase-order page lists them
// (PurchaseOrderService::list, newest first): number, supplier, status, ordered on, due on, number
// of lines and the total in the PO's currency. Open POs past their due date are highlighted. Loads
// on a worker thread and reloads itself when POs change; a reload with the same POs in the same
// order refreshes in place, so views keep their selection.

#include "Services.h"
#include "purchasing/Purchasing.h"
#include "security/Actor.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace kontor {

class PurchaseOrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Supplier,
        Status,
        OrderedOn,
        DueOn,
        Lines,
        Total,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the PO's Id
        StatusRole,                // PoStatus as int
        OverdueRole,               // bool
    };

    PurchaseOrderListModel(Services services, Actor actor, PoFilter filter = {}, QObject* parent = nullptr);
    ~PurchaseOrderListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Sets the filter and reloads in the background.
    void setFilter(const PoFilter& filter);
    const PoFilter& filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_loading; }

    const PoListRow* rowAt(int row) const;
    int rowOf(const Id& id) const;
    // The last load's error, empty when it worked.
    QString errorText() const { return m_error; }

Q_SIGNALS:
    // The rows match the filter again (after a reset or a refresh in place).
    void loaded();
    void loadFailed(const kontor::Error& error);

private:
    using Outcome = Result<QList<PoListRow>>;
    void startLoad();
    void applyLoad();

    Services m_services;
    Actor m_actor;
    PoFilter m_filter;
    QList<PoListRow> m_rows;
    QString m_error;
    QFutureWatcher<Outcome> m_watcher;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace kontor

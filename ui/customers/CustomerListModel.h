#pragma once

// CustomerListModel: the rows of the customers page (CustomerService::list): name, kind, contact
// details, tags, how many orders and when the last one was. Loads on a worker thread (the order
// figures are counted per customer), sorts by any column, and reloads itself when customers or
// orders change; a reload that brings the same customers in the same order refreshes in place, so
// views keep their selection.

#include "Services.h"
#include "orders/CustomerService.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace kontor {

class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Email,
        Phone,
        Tags,
        Orders,
        LastOrder,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the customer's Id
        ArchivedRole,              // bool
    };

    CustomerListModel(Services services, Actor actor, QObject* parent = nullptr);
    ~CustomerListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Sets the filter and reloads in the background.
    void setFilter(const CustomerFilter& filter);
    const CustomerFilter& filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_loading; }

    const CustomerListRow* rowAt(int row) const;
    int rowOf(const Id& id) const;
    // The last load's error, empty when it worked.
    QString errorText() const { return m_error; }

Q_SIGNALS:
    // The rows match the filter again (after a reset or a refresh in place).
    void loaded();
    void loadFailed(const kontor::Error& error);

private:
    struct SortSpec
    {
        int column = Name;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    struct Loaded
    {
        Result<QList<CustomerListRow>> rows;
        SortSpec sort;
    };

    static void sortRows(QList<CustomerListRow>& rows, SortSpec spec);
    void startLoad();
    void applyLoad();

    Services m_services;
    Actor m_actor;
    CustomerFilter m_filter;
    SortSpec m_sort;
    QList<CustomerListRow> m_rows;
    QString m_error;
    QFutureWatcher<Loaded> m_watcher;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace kontor

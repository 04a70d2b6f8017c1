#pragma once

// OrderListModel: the orders list as a table, newest first, lazy enough for 200,000 orders. The row
// count comes from OrderService::count; rows are read a page at a time when the view first asks
// for one of them, and a bounded number of pages stays cached. A new filter resets the model; when
// orders change, a changed count resets it, otherwise only the cached pages that show a changed
// order are read again (or, if a changed order is not cached, the cache is dropped and the view
// reads what it shows).

#include "common/Clock.h"
#include "orders/OrderService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kontor {

class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Date,
        Customer,
        Channel,
        Status,
        Payment,
        Total,
        ShipBy,
        Tracking,
        ColumnCount
    };
    enum Role
    {
        OrderIdRole = Qt::UserRole + 1,
        StatusRole,  // int(OrderStatus)
        OverdueRole, // bool: not shipped and past its ship-by date
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;

    OrderListModel(OrderService& orders, const Clock& clock, Actor actor, QString shopCurrency,
                   QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Shows the orders the filter selects (a reset).
    void setFilter(const OrderFilter& filter);
    const OrderFilter& filter() const { return m_filter; }
    // Counts again and drops every cached page (a reset).
    void reload();

    // The row, read from storage if its page is not cached; nullopt outside the rows or on an error.
    std::optional<OrderListRow> rowAt(int row) const;
    Id idAt(int row) const;
    // The row of a cached order; -1 when it is not in a cached page.
    int rowOf(const Id& orderId) const;

    // For tests: how many pages were read, and how many rows are cached now.
    int pageReads() const { return m_pageReads; }
    int cachedRows() const;

Q_SIGNALS:
    void loadFailed(const kontor::Error& error);

private:
    void onOrdersChanged(const QList<Id>& orderIds);
    // The cached row (its page read if needed); valid until the next page is read.
    const OrderListRow* find(int row) const;
    // Reads one page; nullptr on an error (reported once, later).
    const QList<OrderListRow>* page(int index) const;
    Result<QList<OrderListRow>> readPage(int index) const;
    void reportLater(const Error& error) const;
    void resetTo(int count);
    // Drops the cache but keeps the rows: the view reads again what it shows.
    void invalidate();

    OrderService& m_orders;
    const Clock& m_clock;
    Actor m_actor;
    QString m_shopCurrency;
    OrderFilter m_filter;
    int m_count = 0;
    mutable QHash<int, QList<OrderListRow>> m_pages;
    mutable QList<int> m_recent; // page indexes, least recently used first
    mutable int m_pageReads = 0;
    mutable bool m_failed = false; // a read failed since the last reset: do not retry on every paint
};

} // namespace kontor

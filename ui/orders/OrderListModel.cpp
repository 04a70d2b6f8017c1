#include "OrderListModel.h"

#include "OrderText.h"

#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>
#include <QTimer>

Q_LOGGING_CATEGORY(lcOrderListModel, "kontor.ui.orderlistmodel")

namespace kontor {

OrderListModel::OrderListModel(OrderService& orders, const Clock& clock, Actor actor, QString shopCurrency,
                               QObject* parent)
    : QAbstractTableModel(parent)
    , m_orders(orders)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_shopCurrency(std::move(shopCurrency))
{
    connect(&m_orders, &OrderService::ordersChanged, this, &OrderListModel::onOrdersChanged);
    reload();
}

int OrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags OrderListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section == Total ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && section == ShipBy)
        return tr("When the order must leave; red when it has not shipped in time");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Channel:
        return tr("Channel");
    case Status:
        return tr("Status");
    case Payment:
        return tr("Payment");
    case Total:
        return tr("Total");
    case ShipBy:
        return tr("Ship by");
    case Tracking:
        return tr("Tracking");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case Qt::TextAlignmentRole:
    case OrderIdRole:
    case StatusRole:
    case OverdueRole:
        break;
    default:
        return {};
    }
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((column == Total ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    const OrderListRow* r = find(index.row());
    if (!r)
        return {};
    const bool overdue = OrderText::isOverdue(r->status, r->shipBy, m_clock.nowMs());
    switch (role) {
    case OrderIdRole:
        return QVariant::fromValue(r->id);
    case StatusRole:
        return int(r->status);
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        if (column == ShipBy && overdue)
            return OrderText::warningColor();
        if (column == Status) {
            const QColor color = OrderText::statusColor(r->status);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        // A cancelled order no longer counts: greyed.
        if (r->status == OrderStatus::Cancelled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        break;
    }

    const QLocale locale;
    switch (Column(column)) {
    case Number:
        return r->number;
    case Date:
        return OrderText::dateTime(r->orderedAt, locale);
    case Customer:
        return r->customerName;
    case Channel:
        return OrderKinds::channelName(r->channel);
    case Status:
        return OrderKinds::statusName(r->status);
    case Payment:
        return OrderKinds::paymentStatusName(r->paymentStatus);
    case Total:
        return OrderText::money(r->total, r->currency.isEmpty() ? m_shopCurrency : r->currency, locale);
    case ShipBy:
        if (!r->shipBy)
            return {};
        if (role == Qt::ToolTipRole && overdue)
            return tr("Overdue: it should have shipped by %1")
                .arg(OrderText::promisedDate(*r->shipBy, locale));
        return OrderText::promisedDate(*r->shipBy, locale);
    case Tracking:
        return r->trackingNumber;
    case ColumnCount:
        break;
    }
    return {};
}

// ---- pages --------------------------------------------------------------------------------------

Result<QList<OrderListRow>> OrderListModel::readPage(int index) const
{
    ++m_pageReads;
    // Seek from a neighbouring page when one is at hand: deep pages cost a lookup, not an offset.
    std::optional<OrderPageAnchor> anchor;
    if (auto before = m_pages.constFind(index - 1); before != m_pages.cend() && before->size() == PageSize)
        anchor = OrderPageAnchor{before->last().orderedAt, before->last().localId, false};
    else if (auto after = m_pages.constFind(index + 1); after != m_pages.cend() && !after->isEmpty())
        anchor = OrderPageAnchor{after->first().orderedAt, after->first().localId, true};
    return m_orders.list(m_actor, m_filter, index * PageSize, PageSize, anchor, m_count);
}

void OrderListModel::reportLater(const Error& error) const
{
    qCWarning(lcOrderListModel) << "cannot read orders:" << error.toString();
    // Not from inside a paint: the page may show a message.
    auto* self = const_cast<OrderListModel*>(this);
    QTimer::singleShot(0, self, [self, error] { Q_EMIT self->loadFailed(error); });
}

const QList<OrderListRow>* OrderListModel::page(int index) const
{
    auto it = m_pages.constFind(index);
    if (it != m_pages.constEnd()) {
        if (m_recent.last() != index) {
            m_recent.removeOne(index);
            m_recent.append(index);
        }
        return &*it;
    }
    if (m_failed)
        return nullptr;
    auto rows = readPage(index);
    if (!rows) {
        m_failed = true;
        reportLater(rows.error());
        return nullptr;
    }
    // Bounded memory however far the user scrolls.
    while (m_recent.size() >= MaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(index);
    return &*m_pages.insert(index, std::move(*rows));
}

std::optional<OrderListRow> OrderListModel::rowAt(int row) const
{
    const OrderListRow* r = find(row);
    return r ? std::optional<OrderListRow>(*r) : std::nullopt;
}

const OrderListRow* OrderListModel::find(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<OrderListRow>* rows = page(row / PageSize);
    const int at = row % PageSize;
    return rows && at < rows->size() ? &rows->at(at) : nullptr;
}

Id OrderListModel::idAt(int row) const
{
    const OrderListRow* r = find(row);
    return r ? r->id : Id();
}

int OrderListModel::rowOf(const Id& orderId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == orderId)
                return it.key() * PageSize + int(i);
        }
    }
    return -1;
}

int OrderListModel::cachedRows() const
{
    int n = 0;
    for (const QList<OrderListRow>& rows : std::as_const(m_pages))
        n += int(rows.size());
    return n;
}

// ---- changes ------------------------------------------------------------------------------------

void OrderListModel::setFilter(const OrderFilter& filter)
{
    m_filter = filter;
    reload();
}

void OrderListModel::reload()
{
    auto n = m_orders.count(m_actor, m_filter);
    if (!n)
        reportLater(n.error());
    resetTo(n ? *n : 0);
}

void OrderListModel::resetTo(int count)
{
    beginResetModel();
    m_count = count;
    m_pages.clear();
    m_recent.clear();
    m_failed = false;
    endResetModel();
}

void OrderListModel::invalidate()
{
    m_pages.clear();
    m_recent.clear();
    m_failed = false;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

void OrderListModel::onOrdersChanged(const QList<Id>& orderIds)
{
    auto n = m_orders.count(m_actor, m_filter);
    if (!n) {
        reportLater(n.error());
        return;
    }
    if (*n != m_count || orderIds.isEmpty()) {
        resetTo(*n);
        return;
    }
    // The same number of rows: read again the cached pages that show a changed order.
    QList<int> pages;
    for (const Id& id : orderIds) {
        const int row = rowOf(id);
        if (row < 0) {
            // Not cached: it may have left the filter while another came in, so rows may have moved.
            invalidate();
            return;
        }
        if (!pages.contains(row / PageSize))
            pages.append(row / PageSize);
    }
    for (int p : pages) {
        auto fresh = readPage(p);
        if (!fresh) {
            reportLater(fresh.error());
            invalidate();
            return;
        }
        const QList<OrderListRow>& old = m_pages[p];
        bool sameRows = fresh->size() == old.size();
        for (qsizetype i = 0; sameRows && i < old.size(); ++i)
            sameRows = old[i].id == fresh->at(i).id;
        if (!sameRows) {
            invalidate();
            return;
        }
        m_pages[p] = std::move(*fresh);
        for (const Id& id : orderIds) {
            const int row = rowOf(id);
            if (row / PageSize == p)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

} // namespace kontor

#include "CustomerListModel.h"

#include "orders/OrderService.h"

#include <QCollator>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcCustomerModel, "kontor.ui.customermodel")

namespace kontor {

namespace {

bool isNumberColumn(int column)
{
    return column == CustomerListModel::Orders;
}

QString dateText(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date(),
                              QLocale::ShortFormat);
}

} // namespace

CustomerListModel::CustomerListModel(Services services, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_actor(std::move(actor))
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &CustomerListModel::applyLoad);
    connect(&services.customers, &CustomerService::customersChanged, this, &CustomerListModel::reload);
    // The order figures of a row follow the orders.
    connect(&services.orders, &OrderService::ordersChanged, this, &CustomerListModel::reload);
    startLoad();
}

CustomerListModel::~CustomerListModel()
{
    // The worker uses the service and the database: it must be done before they may go away.
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CustomerListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const CustomerListRow* CustomerListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CustomerListModel::rowOf(const Id& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && section == Orders)
        return tr("Orders confirmed or later, not counting cancelled ones");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Tags:
        return tr("Tags");
    case Orders:
        return tr("Orders");
    case LastOrder:
        return tr("Last order");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerListRow& r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return QVariant::fromValue(r.id);
    case ArchivedRole:
        return r.archived;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumberColumn(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (r.archived)
            return QColor(Qt::gray);
        return {};
    case Qt::ToolTipRole:
        if (column == Name && r.archived)
            return tr("Archived: hidden from lists, history kept");
        if (column == Tags && !r.tags.isEmpty())
            return r.tags.join(u", "_qs);
        return {};
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Name:
            return r.archived ? tr("%1 (archived)").arg(r.name) : r.name;
        case Kind:
            return OrderKinds::customerKindName(r.kind);
        case Email:
            return r.email;
        case Phone:
            return r.phone;
        case Tags:
            return r.tags.join(u", "_qs);
        case Orders:
            return QLocale().toString(r.orders);
        case LastOrder:
            return r.lastOrderAt ? dateText(*r.lastOrderAt) : QString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

void CustomerListModel::sortRows(QList<CustomerListRow>& rows, SortSpec spec)
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto text = [&](const CustomerListRow& r) -> QString {
        switch (spec.column) {
        case Kind:
            return OrderKinds::customerKindName(r.kind);
        case Email:
            return r.email;
        case Phone:
            return r.phone;
        case Tags:
            return r.tags.join(u", "_qs);
        default:
            return r.name;
        }
    };
    const bool byNumber = spec.column == Orders || spec.column == LastOrder;
    std::vector<QCollatorSortKey> names;
    std::vector<QCollatorSortKey> texts;
    std::vector<qint64> numbers;
    names.reserve(rows.size());
    for (const CustomerListRow& r : std::as_const(rows)) {
        names.push_back(collator.sortKey(r.name));
        if (byNumber)
            numbers.push_back(spec.column == Orders
                                  ? r.orders
                                  : r.lastOrderAt.value_or(std::numeric_limits<qint64>::min()));
        else if (spec.column != Name)
            texts.push_back(collator.sortKey(text(r)));
    }
    std::vector<qsizetype> order(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        order[i] = i;
    const bool ascending = spec.order == Qt::AscendingOrder;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        int c = 0;
        if (byNumber)
            c = numbers[a] < numbers[b] ? -1 : (numbers[a] > numbers[b] ? 1 : 0);
        else if (spec.column != Name)
            c = texts[a].compare(texts[b]);
        else
            c = names[a].compare(names[b]);
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        // Rows equal in the column keep the name order.
        return names[a].compare(names[b]) < 0;
    });
    QList<CustomerListRow> sorted;
    sorted.reserve(rows.size());
    for (qsizetype i : order)
        sorted.append(std::move(rows[i]));
    rows = std::move(sorted);
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sort.column && order == m_sort.order)
        return;
    m_sort = SortSpec{column, order};
    if (m_rows.isEmpty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Id> keys;
    keys.reserve(before.size());
    for (const QModelIndex& i : before)
        keys.append(m_rows.at(i.row()).id);
    sortRows(m_rows, m_sort);
    if (!before.isEmpty()) {
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i)
            after.append(index(rowOf(keys.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// ---- loading ------------------------------------------------------------------------------------

void CustomerListModel::setFilter(const CustomerFilter& filter)
{
    m_filter = filter;
    startLoad();
}

void CustomerListModel::reload()
{
    startLoad();
}

void CustomerListModel::startLoad()
{
    if (m_loading) {
        // One load at a time; the running one is stale and is followed by a fresh one.
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_watcher.setFuture(QtConcurrent::run(
        [customers = &m_services.customers, actor = m_actor, filter = m_filter, spec = m_sort] {
            // The database gives this pool thread its own connection.
            Loaded loaded{customers->list(actor, filter), spec};
            if (loaded.rows && !(spec.column == Name && spec.order == Qt::AscendingOrder))
                sortRows(*loaded.rows, spec);
            return loaded;
        }));
}

void CustomerListModel::applyLoad()
{
    Loaded result = m_watcher.result();
    m_loading = false;
    if (m_reloadPending) {
        m_reloadPending = false;
        startLoad();
        return;
    }
    if (!result.rows) {
        m_error = result.rows.error().message;
        qCWarning(lcCustomerModel) << "cannot load customers:" << result.rows.error().toString();
        Q_EMIT loadFailed(result.rows.error());
        return;
    }
    m_error.clear();
    QList<CustomerListRow> rows = std::move(*result.rows);
    // The user may have clicked a header while the worker was sorting the old way.
    if (result.sort.column != m_sort.column || result.sort.order != m_sort.order)
        sortRows(rows, m_sort);
    const bool sameRows =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const CustomerListRow& a, const CustomerListRow& b) { return a.id == b.id; });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT loaded();
}

} // namespace kontor

#include "StockTableModel.h"

#include "StockText.h"
#include "catalog/ProductService.h"

#include <QCollator>
#include <QColor>
#include <QLoggingCategory>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

Q_LOGGING_CATEGORY(lcStockModel, "kontor.ui.stockmodel")

namespace kontor {

namespace {

bool isNumberColumn(int column)
{
    return column >= StockTableModel::OnHand && column <= StockTableModel::Value;
}

QColor negativeColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

} // namespace

StockTableModel::StockTableModel(Services services, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_withCosts(m_actor.can(Permission::ViewCosts))
    , m_currency(services.products.currency())
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &StockTableModel::applyLoad);
    connect(&services.stock, &StockService::stockChanged, this, &StockTableModel::reload);
    connect(&services.stock, &StockService::locationsChanged, this, &StockTableModel::reload);
    connect(&services.products, &ProductService::productsChanged, this, &StockTableModel::reload);
    // A moved category changes which products a category filter matches.
    connect(&services.products, &ProductService::categoriesChanged, this, &StockTableModel::reload);
    startLoad();
}

StockTableModel::~StockTableModel()
{
    // The worker uses the services and the database: it must be done before they may go away.
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

int StockTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int StockTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags StockTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant StockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Reserved:
            return tr("Allocated to confirmed orders that have not shipped yet");
        case Available:
            return tr("On hand minus reserved. Stock in transit, in quarantine or at a marketplace is never "
                      "available.");
        case AverageCost:
            return tr("Moving-average purchase cost per unit");
        case Value:
            return tr("On hand × average cost");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Location:
        return tr("Location");
    case OnHand:
        return tr("On hand");
    case Reserved:
        return tr("Reserved");
    case Available:
        return tr("Available");
    case AverageCost:
        return tr("Average cost");
    case Value:
        return tr("Value");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StockTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockRow& r = visible(index.row());
    const int column = index.column();
    switch (role) {
    case ProductIdRole:
        return QVariant::fromValue(r.productId);
    case LocationIdRole:
        return QVariant::fromValue(r.locationId);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumberColumn(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if ((column == OnHand && r.onHand.milli() < 0) ||
            (column == Available && r.available().milli() < 0) ||
            (column == Value && r.value && *r.value < 0))
            return negativeColor();
        if (column == Available && !r.sellable)
            return QColor(Qt::gray);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    const QLocale locale;
    switch (Column(column)) {
    case Sku:
        return r.sku;
    case Name:
        return r.name;
    case Location:
        return role == Qt::ToolTipRole ? m_locations.fullName(r.locationId) : m_locations.name(r.locationId);
    case OnHand:
        if (role == Qt::ToolTipRole && r.onHand.milli() < 0)
            return tr("More left this location than the ledger knows arrived: count it or post the missing "
                      "receipt.");
        return StockText::quantity(r.onHand, r.unit, locale);
    case Reserved:
        // Most rows reserve nothing: a blank reads faster than a column of zeros.
        return r.reserved.milli() == 0 ? QString() : StockText::quantity(r.reserved, r.unit, locale);
    case Available:
        if (!r.sellable)
            return role == Qt::ToolTipRole
                       ? tr("Stock in transit, in quarantine or at a marketplace cannot be sold from here.")
                       : QStringLiteral("—");
        return StockText::quantity(r.available(), r.unit, locale);
    case AverageCost:
        return StockText::money(r.averageCost, m_currency, locale);
    case Value:
        return StockText::money(r.value, m_currency, locale);
    case ColumnCount:
        break;
    }
    return {};
}

const StockRow* StockTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &visible(row) : nullptr;
}

int StockTableModel::rowOf(const Id& productId, const Id& locationId) const
{
    for (int row = 0; row < m_visible.size(); ++row) {
        const StockRow& r = visible(row);
        if (r.productId == productId && r.locationId == locationId)
            return row;
    }
    return -1;
}

std::optional<qint64> StockTableModel::totalValue() const
{
    if (!m_withCosts)
        return std::nullopt;
    qint64 total = 0;
    for (int i : m_visible)
        total += m_all.at(i).value.value_or(0);
    return total;
}

// ---- filtering and sorting ---------------------------------------------------------------------

QList<int> StockTableModel::visibleRows(const QList<StockRow>& rows, const QString& search)
{
    QList<int> result;
    result.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const StockRow& r = rows.at(i);
        if (search.isEmpty() || r.sku.contains(search, Qt::CaseInsensitive) ||
            r.name.contains(search, Qt::CaseInsensitive))
            result.append(i);
    }
    return result;
}

void StockTableModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    beginResetModel();
    m_visible = visibleRows(m_all, m_search);
    endResetModel();
    Q_EMIT loaded();
}

void StockTableModel::sortRows(QList<StockRow>& rows, SortSpec spec, const StockLocations& locations)
{
    std::vector<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    // Ties (and text) fall back to the location's place in the list, so equal rows stay put.
    auto byLocation = [&](qsizetype a, qsizetype b) {
        return locations.order(rows[a].locationId) < locations.order(rows[b].locationId);
    };
    if (spec.column == Sku || spec.column == Name) {
        QCollator collator{QLocale()};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(rows.size());
        for (const StockRow& r : std::as_const(rows))
            keys.push_back(collator.sortKey(spec.column == Sku ? r.sku : r.name));
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const int c = keys[a].compare(keys[b]);
            if (c != 0)
                return spec.order == Qt::AscendingOrder ? c < 0 : c > 0;
            return byLocation(a, b);
        });
    } else {
        auto key = [&](qsizetype i) -> qint64 {
            const StockRow& r = rows[i];
            switch (spec.column) {
            case Location:
                return locations.order(r.locationId);
            case OnHand:
                return r.onHand.milli();
            case Reserved:
                return r.reserved.milli();
            case Available:
                // Stock that cannot be sold sorts below every sellable row.
                return r.sellable ? r.available().milli() : std::numeric_limits<qint64>::min();
            case AverageCost:
                return r.averageCost.value_or(std::numeric_limits<qint64>::min());
            case Value:
                return r.value.value_or(std::numeric_limits<qint64>::min());
            default:
                return 0;
            }
        };
        std::vector<qint64> keys(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            keys[i] = key(i);
        // Rows equal in the column keep their SKU order.
        QCollator collator{QLocale()};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::vector<QCollatorSortKey> skus;
        skus.reserve(rows.size());
        for (const StockRow& r : std::as_const(rows))
            skus.push_back(collator.sortKey(r.sku));
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            if (keys[a] != keys[b])
                return spec.order == Qt::AscendingOrder ? keys[a] < keys[b] : keys[a] > keys[b];
            const int c = skus[a].compare(skus[b]);
            if (c != 0)
                return c < 0;
            return byLocation(a, b);
        });
    }
    QList<StockRow> sorted;
    sorted.reserve(rows.size());
    for (qsizetype i : order)
        sorted.append(std::move(rows[i]));
    rows = std::move(sorted);
}

void StockTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sort.column && order == m_sort.order)
        return;
    m_sort = SortSpec{column, order};
    if (m_all.isEmpty())
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<Id, Id>> keys;
    keys.reserve(before.size());
    for (const QModelIndex& i : before) {
        const StockRow& r = visible(i.row());
        keys.append({r.productId, r.locationId});
    }
    sortRows(m_all, m_sort, m_locations);
    m_visible = visibleRows(m_all, m_search);
    if (!before.isEmpty()) {
        QHash<std::pair<Id, Id>, int> rowByKey;
        rowByKey.reserve(m_visible.size());
        for (int row = 0; row < m_visible.size(); ++row) {
            const StockRow& r = visible(row);
            rowByKey.insert({r.productId, r.locationId}, row);
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i)
            after.append(index(rowByKey.value(keys.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// ---- loading ------------------------------------------------------------------------------------

void StockTableModel::setFilter(const StockFilter& filter, QList<ProductSet> productSets)
{
    m_filter = filter;
    m_productSets = std::move(productSets);
    startLoad();
}

void StockTableModel::reload()
{
    startLoad();
}

void StockTableModel::startLoad()
{
    if (m_loading) {
        // One load at a time; the running one is stale and is followed by a fresh one.
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_watcher.setFuture(QtConcurrent::run(
        [stock = &m_services.stock, actor = m_actor, filter = m_filter, sets = m_productSets, spec = m_sort] {
            // The database gives this pool thread its own connection.
            Loaded loaded;
            loaded.sort = spec;
            loaded.locations = StockLocations::load(*stock, actor, true);
            StockFilter f = filter;
            std::optional<QSet<Id>> only;
            if (!f.productIds.isEmpty())
                only = QSet<Id>(f.productIds.cbegin(), f.productIds.cend());
            for (const ProductSet& set : sets) {
                auto ids = set();
                if (!ids) {
                    loaded.rows = fail(ids.error());
                    return loaded;
                }
                QSet<Id> these(ids->cbegin(), ids->cend());
                if (only)
                    only->intersect(these);
                else
                    only = std::move(these);
            }
            if (only && only->isEmpty()) {
                loaded.rows = QList<StockRow>(); // no product passes: no need to ask
                return loaded;
            }
            if (only)
                f.productIds = only->values();
            loaded.rows = stock->stockRows(actor, f);
            if (loaded.rows && loaded.locations)
                sortRows(*loaded.rows, spec, *loaded.locations);
            return loaded;
        }));
}

void StockTableModel::applyLoad()
{
    Loaded result = m_watcher.result();
    m_loading = false;
    if (m_reloadPending) {
        m_reloadPending = false;
        startLoad();
        return;
    }
    if (!result.rows || !result.locations) {
        const Error error = !result.rows ? result.rows.error() : result.locations.error();
        qCWarning(lcStockModel) << "cannot load stock:" << error.toString();
        Q_EMIT loadFailed(error);
        return;
    }
    m_locations = std::move(*result.locations);
    QList<StockRow> rows = std::move(*result.rows);
    // The user may have clicked a header while the worker was sorting the old way.
    if (result.sort.column != m_sort.column || result.sort.order != m_sort.order)
        sortRows(rows, m_sort, m_locations);

    const QList<int> visible = visibleRows(rows, m_search);
    const bool sameRows = visible.size() == m_visible.size() &&
                          std::equal(visible.cbegin(), visible.cend(), m_visible.cbegin(), [&](int a, int b) {
                              return rows.at(a).productId == m_all.at(b).productId &&
                                     rows.at(a).locationId == m_all.at(b).locationId;
                          });
    if (sameRows) {
        // The same rows in the same order (quantities changed): refresh in place, so views keep
        // their selection and scroll position.
        m_all = std::move(rows);
        m_visible = visible;
        if (!m_visible.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_visible.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_all = std::move(rows);
        m_visible = visible;
        endResetModel();
    }
    Q_EMIT loaded();
}

} // namespace kontor

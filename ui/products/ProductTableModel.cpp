#include "ProductTableModel.h"

#include "ProductText.h"

#include <QCollator>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProductModel, "kontor.ui.productmodel")

namespace kontor {

namespace {
const QString CategorySeparator = QStringLiteral(" › ");
} // namespace

ProductTableModel::ProductTableModel(ProductService& service, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_actor(std::move(actor))
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &ProductTableModel::applyLoad);
    connect(&service, &ProductService::productsChanged, this, &ProductTableModel::reload);
    connect(&service, &ProductService::categoriesChanged, this, [this] {
        reloadCategories();
        // A moved category changes which products a category filter matches.
        reload();
    });
    reloadCategories();
    startLoad();
}

ProductTableModel::~ProductTableModel()
{
    // The worker uses the service and the database: it must be done before they may go away.
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

int ProductTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ProductTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == Price || section == Cost || section == Vat;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case Unit:
        return tr("Unit");
    case Price:
        return tr("Price");
    case Cost:
        return tr("Cost");
    case Vat:
        return tr("VAT");
    case Barcode:
        return tr("Barcode");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const ProductListEntry& entry = m_entries.at(row);

    if (role == IdRole)
        return QVariant::fromValue(entry.id);
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Price || column == Cost || column == Vat;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }

    // SKU and name come with the light rows: showing or measuring them (resize to contents)
    // never fetches a page. Their archived colour shows once the row's page is cached.
    if ((column == Sku || column == Name) && role != ArchivedRole) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return column == Sku ? entry.sku : entry.name;
        if (role == Qt::ForegroundRole) {
            auto it = m_pages.constFind(row / PageSize);
            if (it != m_pages.constEnd() && it->products.at(row % PageSize).archived)
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != ArchivedRole)
        return {};

    const Product* product = productAt(row);
    if (!product)
        return {};
    if (role == ArchivedRole)
        return product->archived;
    if (role == Qt::ForegroundRole) {
        if (product->archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    const QLocale locale;
    switch (Column(column)) {
    case Category: {
        // The leaf reads best in a narrow column; the whole path is in the tooltip.
        const QString path = m_categoryPaths.value(product->categoryId);
        return role == Qt::ToolTipRole ? path : path.section(CategorySeparator, -1);
    }
    case Unit:
        return Units::displayName(product->unit);
    case Price:
        return product->listPrice.toDisplayString(locale);
    case Cost:
        if (product->costHidden)
            return role == Qt::ToolTipRole ? tr("Hidden: you may not view costs") : QStringLiteral("—");
        return product->cost ? product->cost->toDisplayString(locale) : QString();
    case Vat:
        return ProductText::vatRate(product->vatRateBp, locale);
    case Barcode:
        if (role == Qt::ToolTipRole && product->barcodes.size() > 1) {
            QStringList codes;
            for (const auto& b : product->barcodes)
                codes.append(b.code);
            return codes.join(u'\n');
        }
        return product->barcodes.isEmpty() ? QString() : product->barcodes.front().code;
    case Status:
        return ProductText::status(product->archived);
    case Sku:
    case Name:
    case ColumnCount:
        break;
    }
    return {};
}

const Product* ProductTableModel::productAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    const Page* p = page(row / PageSize);
    const Product& product = p->products.at(row % PageSize);
    return product.localId == 0 ? nullptr : &product;
}

const ProductTableModel::Page* ProductTableModel::page(int pageIndex) const
{
    auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.constEnd())
        return &*it;

    const int first = pageIndex * PageSize;
    const int end = std::min(int(m_entries.size()), first + PageSize);
    QList<qint64> localIds;
    localIds.reserve(end - first);
    for (int row = first; row < end; ++row)
        localIds.append(m_entries.at(row).localId);

    ++m_fetchCount;
    Page fetched;
    fetched.products.resize(localIds.size());
    bool anyArchived = false;
    if (auto products = m_service.productsByLocalIds(m_actor, localIds)) {
        QHash<qint64, int> offset;
        for (int i = 0; i < localIds.size(); ++i)
            offset.insert(localIds.at(i), i);
        for (Product& product : *products) {
            anyArchived = anyArchived || product.archived;
            fetched.products[offset.value(product.localId)] = std::move(product);
        }
    } else {
        // Cached anyway, so that painting does not retry a failing query for every cell.
        qCWarning(lcProductModel) << "cannot fetch products:" << products.error().toString();
    }

    // Keep the pages near the one just asked for; drop the farthest.
    while (m_pages.size() >= MaxCachedPages) {
        auto farthest = std::max_element(m_pages.keyBegin(), m_pages.keyEnd(), [&](int a, int b) {
            return std::abs(a - pageIndex) < std::abs(b - pageIndex);
        });
        m_pages.remove(*farthest);
    }
    auto inserted = m_pages.insert(pageIndex, std::move(fetched));

    if (anyArchived && end > first) {
        // SKU and name cells painted before the fetch did not know their row was archived.
        QTimer::singleShot(
            0, const_cast<ProductTableModel*>(this), [this, first, end, generation = m_generation] {
                if (generation != m_generation || end > m_entries.size())
                    return;
                auto* self = const_cast<ProductTableModel*>(this);
                Q_EMIT self->dataChanged(index(first, Sku), index(end - 1, Name), {Qt::ForegroundRole});
            });
    }
    return &*inserted;
}

Id ProductTableModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : Id();
}

qint64 ProductTableModel::localIdAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).localId : 0;
}

int ProductTableModel::rowOf(const Id& id) const
{
    if (id.isNull())
        return -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

// ---- loading ----------------------------------------------------------------------------------

void ProductTableModel::setFilter(const ProductFilter& filter)
{
    m_filter = filter;
    startLoad();
}

void ProductTableModel::reload()
{
    startLoad();
}

bool ProductTableModel::isRanked(SortSpec spec) const
{
    return !m_filter.search.trimmed().isEmpty() && spec.column == Name && spec.order == Qt::AscendingOrder;
}

void ProductTableModel::sortEntries(QList<ProductListEntry>& entries, SortSpec spec, bool ranked)
{
    ProductService::sortEntries(
        entries, ranked, spec.column == Sku ? ProductService::SortKey::Sku : ProductService::SortKey::Name);
    if (spec.order == Qt::DescendingOrder)
        std::reverse(entries.begin(), entries.end());
}

void ProductTableModel::startLoad()
{
    if (m_loading) {
        // One load at a time; the one running is stale and is followed by a fresh one.
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    const SortSpec spec{m_sortColumn, m_sortOrder};
    const bool ranked = isRanked(spec);
    m_watcher.setFuture(
        QtConcurrent::run([service = &m_service, actor = m_actor, filter = m_filter, spec, ranked] {
            // The database gives this pool thread its own connection.
            Loaded loaded{service->list(actor, filter), spec, ranked};
            if (loaded.entries)
                sortEntries(*loaded.entries, spec, ranked);
            return loaded;
        }));
}

void ProductTableModel::applyLoad()
{
    Loaded result = m_watcher.result();
    m_loading = false;
    if (m_reloadPending) {
        m_reloadPending = false;
        startLoad();
        return;
    }
    if (!result.entries) {
        qCWarning(lcProductModel) << "cannot load products:" << result.entries.error().toString();
        Q_EMIT loadFailed(result.entries.error());
        return;
    }
    QList<ProductListEntry> entries = std::move(*result.entries);
    const SortSpec spec{m_sortColumn, m_sortOrder};
    // The user may have clicked a header while the worker was sorting the old way.
    if (spec.column != result.sort.column || spec.order != result.sort.order ||
        isRanked(spec) != result.ranked)
        sortEntries(entries, spec, isRanked(spec));

    const bool sameRows = entries.size() == m_entries.size() &&
                          std::equal(entries.begin(), entries.end(), m_entries.begin(),
                                     [](const auto& a, const auto& b) { return a.localId == b.localId; });
    ++m_generation;
    if (sameRows) {
        // Same products in the same order (an edit that did not move a row): refresh in place, so
        // views keep their selection and scroll position.
        m_entries = std::move(entries);
        m_pages.clear();
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_entries = std::move(entries);
        m_pages.clear();
        endResetModel();
    }
    Q_EMIT loaded();
}

void ProductTableModel::sort(int column, Qt::SortOrder order)
{
    if (column != Sku && column != Name)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_entries.isEmpty())
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> localIds;
    localIds.reserve(before.size());
    for (const QModelIndex& i : before)
        localIds.append(m_entries.at(i.row()).localId);

    sortEntries(m_entries, SortSpec{m_sortColumn, m_sortOrder},
                isRanked(SortSpec{m_sortColumn, m_sortOrder}));
    m_pages.clear();
    ++m_generation;

    if (!before.isEmpty()) {
        QHash<qint64, int> rowByLocalId;
        rowByLocalId.reserve(m_entries.size());
        for (int row = 0; row < m_entries.size(); ++row)
            rowByLocalId.insert(m_entries.at(row).localId, row);
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i)
            after.append(index(rowByLocalId.value(localIds.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ProductTableModel::reloadCategories()
{
    auto categories = m_service.categories(m_actor);
    if (!categories) {
        qCWarning(lcProductModel) << "cannot load categories:" << categories.error().toString();
        return;
    }
    m_categoryPaths.clear();
    for (const kontor::Category& c : std::as_const(*categories))
        m_categoryPaths.insert(c.id, ProductService::categoryPath(*categories, c.id, CategorySeparator));
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Category), index(int(m_entries.size()) - 1, Category));
}

} // namespace kontor

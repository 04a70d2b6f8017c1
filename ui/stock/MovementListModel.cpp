#include "MovementListModel.h"

#include "StockText.h"
#include "catalog/ProductService.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>

Q_LOGGING_CATEGORY(lcMovementModel, "kontor.ui.movementmodel")

namespace kontor {

MovementListModel::MovementListModel(Services services, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_currency(services.products.currency())
{
    connect(&services.stock, &StockService::stockChanged, this, &MovementListModel::reload);
    connect(&services.stock, &StockService::locationsChanged, this, &MovementListModel::reload);
    connect(&services.products, &ProductService::productsChanged, this, [this] {
        m_products.clear();
        reload();
    });
    setFilter({});
}

int MovementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MovementListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags MovementListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant MovementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == Quantity || section == UnitCost;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Reason:
        return tr("Reason");
    case Sku:
        return tr("SKU");
    case Product:
        return tr("Product");
    case Location:
        return tr("Location");
    case Quantity:
        return tr("Quantity");
    case UnitCost:
        return tr("Unit cost");
    case Who:
        return tr("Who");
    case Note:
        return tr("Note");
    case Status:
        return tr("Reversal");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MovementListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Movement& m = m_rows.at(index.row());
    const int column = index.column();
    const bool reversed = m_reversed.contains(m.id);
    const bool reversal = !m.reversesId.isNull();
    switch (role) {
    case DocIdRole:
        return QVariant::fromValue(m.docId);
    case MovementIdRole:
        return QVariant::fromValue(m.id);
    case ReversedRole:
        return reversed;
    case ReversalRole:
        return reversal;
    case Qt::TextAlignmentRole: {
        const bool number = column == Quantity || column == UnitCost;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    case Qt::ForegroundRole:
        // Both halves of a reversed pair no longer count: shown greyed.
        if (reversed || reversal)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (column == Quantity && m.quantity.milli() < 0)
            return QColor(0xC6, 0x28, 0x28);
        return {};
    case Qt::FontRole:
        if (reversed && column != Status) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    const QLocale locale;
    switch (Column(column)) {
    case When:
        if (role == Qt::ToolTipRole)
            return tr("Happened %1, recorded %2")
                .arg(StockText::dateTime(m.occurredAt, locale), StockText::dateTime(m.recordedAt, locale));
        return StockText::dateTime(m.occurredAt, locale);
    case Kind:
        return StockKinds::movementKindName(m.kind);
    case Reason:
        return m.reason.isEmpty() ? QString() : StockKinds::reasonName(m.reason);
    case Sku:
        return product(m.productId).sku;
    case Product:
        return product(m.productId).name;
    case Location:
        return role == Qt::ToolTipRole ? m_locations.fullName(m.locationId) : m_locations.name(m.locationId);
    case Quantity:
        return StockText::change(m.quantity, product(m.productId).unit, locale);
    case UnitCost:
        return StockText::money(m.unitCost, m_currency, locale);
    case Who:
        return m.userName;
    case Note:
        return m.note;
    case Status:
        if (reversal)
            return role == Qt::ToolTipRole ? tr("This movement undoes an earlier one") : tr("Reversal");
        if (reversed)
            return role == Qt::ToolTipRole ? tr("A later reversal undid this movement") : tr("Reversed");
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

const Movement* MovementListModel::movementAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool MovementListModel::isReversed(int row) const
{
    const Movement* m = movementAt(row);
    return m && m_reversed.contains(m->id);
}

bool MovementListModel::isReversal(int row) const
{
    const Movement* m = movementAt(row);
    return m && !m->reversesId.isNull();
}

const MovementListModel::ProductInfo& MovementListModel::product(const Id& id) const
{
    static const ProductInfo unknown{QStringLiteral("?"), {}, {}};
    auto it = m_products.constFind(id);
    return it == m_products.constEnd() ? unknown : *it;
}

void MovementListModel::learn(const QList<Movement>& movements)
{
    for (const Movement& m : movements) {
        // A reversal is dated like the movement it undoes and recorded later, so newest first it
        // comes just before it, and any filter that shows the movement shows its reversal: the
        // mark is known by the time the reversed row is read.
        if (!m.reversesId.isNull())
            m_reversed.insert(m.reversesId);
        if (!m_products.contains(m.productId)) {
            auto p = m_services.products.product(m_actor, m.productId);
            m_products.insert(m.productId, p ? ProductInfo{p->sku, p->name, Units::code(p->unit)}
                                             : ProductInfo{QStringLiteral("?"), tr("(deleted product)"), {}});
        }
    }
}

bool MovementListModel::read(int offset, int count, QList<Movement>& into)
{
    MovementFilter f = m_filter;
    f.offset = offset;
    f.limit = count;
    ++m_fetchCount;
    auto page = m_services.stock.movements(m_actor, f);
    if (!page) {
        qCWarning(lcMovementModel) << "cannot read movements:" << page.error().toString();
        m_atEnd = true;
        Q_EMIT loadFailed(page.error());
        return false;
    }
    m_atEnd = page->size() < count;
    learn(*page);
    into = std::move(*page);
    return true;
}

bool MovementListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void MovementListModel::fetchMore(const QModelIndex& parent)
{
    // Views (and the model tester) may ask from inside a reset's or an insertion's own signals.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    QList<Movement> page;
    if (!read(int(m_rows.size()), PageSize, page) || page.isEmpty())
        return;
    m_changing = true; // no nested fetch from the insertion's signals
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
    m_changing = false;
}

void MovementListModel::setFilter(const MovementFilter& filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_reversed.clear();
    m_atEnd = false;
    if (auto locations = StockLocations::load(m_services.stock, m_actor, true))
        m_locations = std::move(*locations);
    QList<Movement> page;
    if (read(0, PageSize, page))
        m_rows = std::move(page);
    endResetModel();
    m_changing = false;
}

void MovementListModel::reload()
{
    // As many rows as were shown, in whole pages, so what the user scrolled to is still there.
    const int shown = std::max<int>(PageSize, int((m_rows.size() + PageSize - 1) / PageSize * PageSize));
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_reversed.clear();
    m_atEnd = false;
    if (auto locations = StockLocations::load(m_services.stock, m_actor, true))
        m_locations = std::move(*locations);
    QList<Movement> rows;
    if (read(0, shown, rows))
        m_rows = std::move(rows);
    endResetModel();
    m_changing = false;
}

} // namespace kontor

#include "ReplenishmentTableModel.h"

#include "catalog/Product.h"

#include <QCollator>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace kontor {

namespace {

bool isNumeric(int column)
{
    return column != ReplenishmentTableModel::Sku && column != ReplenishmentTableModel::Name &&
           column != ReplenishmentTableModel::LeadTimeSource;
}

// "12", or "3.5 kg" for units other than pieces (which need no unit to be read right).
QString quantityText(Quantity q, const QString& unitCode, const QLocale& locale)
{
    const QString number = q.toLocaleString(locale);
    const Unit unit = Units::fromText(unitCode).value_or(Unit::Piece);
    return unit == Unit::Piece ? number : number + u' ' + Units::displayName(unit);
}

QString dateText(std::optional<qint64> ms, const QLocale& locale)
{
    return ms ? locale.toString(QDateTime::fromMSecsSinceEpoch(*ms).date(), QLocale::ShortFormat) : QString();
}

} // namespace

ReplenishmentTableModel::ReplenishmentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ReplenishmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReplenishmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ReplenishmentTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ReplenishmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Suggested:
            return tr("What to order to reach the target: target - (available + on order)");
        case Available:
            return tr("On hand minus reserved, over the locations that sell");
        case OnOrder:
            return tr("Units on purchase orders sent or confirmed and not received yet");
        case DailyDemand:
            return tr("Average units sold a day, leaving out days the product was out of stock");
        case DaysOfCover:
            return tr("How many days the available stock lasts at the daily demand");
        case LeadTime:
            return tr("Days from ordering to receiving");
        case SafetyStock:
            return tr("Stock kept against a demand higher than average during the lead time");
        case ReorderPoint:
            return tr("Order when the available stock falls to this: demand x lead time + safety stock");
        case Target:
            return tr("Stock to order up to: reorder point + demand x review period");
        case Excess:
            return tr("Available stock above the target");
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
    case Suggested:
        return tr("Order");
    case OnHand:
        return tr("On hand");
    case Available:
        return tr("Available");
    case OnOrder:
        return tr("On order");
    case DailyDemand:
        return tr("Sold a day");
    case DaysOfCover:
        return tr("Days of cover");
    case LeadTime:
        return tr("Lead time");
    case LeadTimeSource:
        return tr("Lead time from");
    case SafetyStock:
        return tr("Safety stock");
    case ReorderPoint:
        return tr("Reorder point");
    case Target:
        return tr("Target");
    case Excess:
        return tr("Excess");
    case LastSale:
        return tr("Last sale");
    case FirstReceived:
        return tr("First received");
    case ColumnCount:
        break;
    }
    return {};
}

QString ReplenishmentTableModel::daysText(int days)
{
    // English needs "1 day" apart from "%n days"; Russian gets all forms from the numerus
    // translation of the second string.
    if (days == 1)
        return tr("1 day");
    return tr("%n days", nullptr, days);
}

QString ReplenishmentTableModel::leadTimeText(double days)
{
    if (days == std::floor(days))
        return daysText(int(days));
    return tr("%1 days", "a fractional number of days").arg(QLocale().toString(days, 'f', 1));
}

QVariant ReplenishmentTableModel::display(const ReplenishmentLine& line, int column, bool tooltip) const
{
    const QLocale locale;
    auto days = [&](double value) {
        // Whole days read best; a fraction matters only below ten.
        return locale.toString(value, 'f', value > 0 && value < 10 ? 1 : 0);
    };
    auto fromRule = [&](Quantity q, bool rule) -> QVariant {
        if (tooltip)
            return rule ? tr("Set by a rule") : tr("Computed");
        return quantityText(q, line.unit, locale);
    };
    switch (Column(column)) {
    case Sku:
        return line.sku;
    case Name:
        return line.name;
    case Suggested:
        return tooltip ? QVariant() : quantityText(line.suggested, line.unit, locale);
    case OnHand:
        if (tooltip)
            return tr("Reserved: %1").arg(quantityText(line.reserved, line.unit, locale));
        return quantityText(line.onHand, line.unit, locale);
    case Available:
        return tooltip ? QVariant() : quantityText(line.available, line.unit, locale);
    case OnOrder:
        // Nothing on order reads as an empty cell, so what is coming stands out.
        return tooltip || line.onOrder.milli() == 0 ? QVariant()
                                                    : quantityText(line.onOrder, line.unit, locale);
    case DailyDemand:
        if (tooltip)
            return tr("Over %1 in stock").arg(daysText(line.inStockDays));
        return locale.toString(line.dailyDemand, 'f', line.dailyDemand < 10 ? 2 : 1);
    case DaysOfCover:
        if (!line.daysOfCover)
            return tooltip ? tr("No sales in the period: nothing to divide by") : tr("no sales");
        return tooltip ? QVariant() : days(*line.daysOfCover);
    case LeadTime:
        return tooltip ? QVariant() : leadTimeText(line.leadTimeDays);
    case LeadTimeSource:
        return ReplenishmentService::leadTimeSourceName(line.leadTimeSource);
    case SafetyStock:
        return fromRule(line.safetyStock, line.safetyStockFromRule);
    case ReorderPoint:
        return fromRule(line.reorderPoint, line.reorderPointFromRule);
    case Target:
        return fromRule(line.target, line.targetFromRule);
    case Excess:
        if (tooltip || line.excess.milli() <= 0)
            return {};
        return quantityText(line.excess, line.unit, locale);
    case LastSale:
        if (!line.lastSaleAt)
            return tooltip ? QVariant() : tr("never");
        return tooltip ? QVariant() : dateText(line.lastSaleAt, locale);
    case FirstReceived:
        return tooltip ? QVariant() : dateText(line.firstReceivedAt, locale);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReplenishmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplenishmentLine& line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(line, column, false);
    case Qt::ToolTipRole:
        return display(line, column, true);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::FontRole:
        // Figures a rule sets stand out from computed ones.
        if ((column == ReorderPoint && line.reorderPointFromRule) ||
            (column == Target && line.targetFromRule) ||
            (column == SafetyStock && line.safetyStockFromRule) ||
            (column == LeadTime && line.leadTimeSource == kontor::LeadTimeSource::Rule)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (column == Suggested) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == DaysOfCover && !line.daysOfCover) || (column == LastSale && !line.lastSaleAt) ||
            column == LeadTimeSource)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return QVariant::fromValue(line.productId);
    case SortRole:
        if (column == Sku)
            return line.sku;
        if (column == Name)
            return line.name;
        if (auto key = sortKey(line, column))
            return *key;
        return {};
    default:
        return {};
    }
}

std::optional<double> ReplenishmentTableModel::sortKey(const ReplenishmentLine& line, int column)
{
    switch (Column(column)) {
    case Suggested:
        return double(line.suggested.milli());
    case OnHand:
        return double(line.onHand.milli());
    case Available:
        return double(line.available.milli());
    case OnOrder:
        return double(line.onOrder.milli());
    case DailyDemand:
        return line.dailyDemand;
    case DaysOfCover:
        return line.daysOfCover;
    case LeadTime:
        return line.leadTimeDays;
    case LeadTimeSource:
        return double(int(line.leadTimeSource));
    case SafetyStock:
        return double(line.safetyStock.milli());
    case ReorderPoint:
        return double(line.reorderPoint.milli());
    case Target:
        return double(line.target.milli());
    case Excess:
        return double(line.excess.milli());
    case LastSale:
        return line.lastSaleAt ? std::optional<double>(double(*line.lastSaleAt)) : std::nullopt;
    case FirstReceived:
        return line.firstReceivedAt ? std::optional<double>(double(*line.firstReceivedAt)) : std::nullopt;
    case Sku:
    case Name:
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

void ReplenishmentTableModel::sortLines()
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (column == Sku || column == Name) {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(m_lines.begin(), m_lines.end(),
                         [&](const ReplenishmentLine& a, const ReplenishmentLine& b) {
                             const int c = column == Sku ? collator.compare(a.sku, b.sku)
                                                         : collator.compare(a.name, b.name);
                             return ascending ? c < 0 : c > 0;
                         });
        return;
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(m_lines.begin(), m_lines.end(),
                     [&](const ReplenishmentLine& a, const ReplenishmentLine& b) {
                         const auto ka = sortKey(a, column);
                         const auto kb = sortKey(b, column);
                         if (ka.has_value() != kb.has_value())
                             return ka.has_value(); // without a value: last
                         if (ka && *ka != *kb)
                             return ascending ? *ka < *kb : *ka > *kb;
                         return collator.compare(a.sku, b.sku) < 0; // a stable, readable tie-break
                     });
}

void ReplenishmentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Id> ids;
    ids.reserve(before.size());
    for (const QModelIndex& index : before)
        ids.append(m_lines.at(index.row()).productId);
    m_sortColumn = column;
    m_sortOrder = order;
    sortLines();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ReplenishmentTableModel::setLines(QList<ReplenishmentLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    sortLines();
    endResetModel();
}

const ReplenishmentLine* ReplenishmentTableModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int ReplenishmentTableModel::rowOf(const Id& productId) const
{
    for (qsizetype row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).productId == productId)
            return int(row);
    }
    return -1;
}

} // namespace kontor

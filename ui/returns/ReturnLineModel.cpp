#include "ReturnLineModel.h"

#include "stock/StockText.h"

namespace kontor {

namespace {

bool isNumberColumn(int column)
{
    return column == ReturnLineModel::Quantity || column == ReturnLineModel::Refund;
}

} // namespace

int ReturnLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReturnLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ReturnLineModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ReturnLineModel::setReturn(const Return& r)
{
    beginResetModel();
    m_lines = r.lines;
    m_currency = r.currency;
    m_exchange = r.resolution == ReturnResolution::Exchange;
    endResetModel();
}

void ReturnLineModel::clear()
{
    setReturn(Return{});
}

const ReturnLine* ReturnLineModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines[row] : nullptr;
}

QVariant ReturnLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Quantity:
        return tr("Quantity");
    case Reason:
        return tr("Reason");
    case Condition:
        return tr("Condition");
    case Decision:
        return tr("Decision");
    case Refund:
        return tr("Refund");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReturnLineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReturnLine& l = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((isNumberColumn(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && column == Condition && !l.condition.isEmpty())
        return l.condition;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Sku:
        return l.sku;
    case Name:
        return l.name;
    case Quantity:
        return l.quantity.toLocaleString();
    case Reason:
        return OrderKinds::returnReasonName(l.reason);
    case Condition:
        return l.condition;
    case Decision:
        return OrderKinds::returnDecisionName(l.decision);
    case Refund:
        // An exchange pays nothing back: the refund figure would only mislead.
        return m_exchange ? QString() : StockText::money(l.refund, m_currency);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kontor

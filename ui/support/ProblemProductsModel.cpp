#include "ProblemProductsModel.h"

#include "SupportMetricsText.h"

#include <QLocale>

namespace kontor {

ProblemProductsModel::ProblemProductsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ProblemProductsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProblemProductsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ProblemProductsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ProblemProductsModel::setProducts(QList<ProblemProduct> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

const ProblemProduct* ProblemProductsModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

QVariant ProblemProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool numeric = section >= Tickets;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Tickets:
            return tr("Tickets opened in the period about the product: the ticket's product, or the products "
                      "of its order");
        case UnitsSold:
            return tr("Units of the product in the orders placed in the period (not drafts or cancelled)");
        case Per100Units:
            return tr("Tickets per 100 units sold in the period");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Product:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case Tickets:
        return tr("Tickets");
    case UnitsSold:
        return tr("Sold");
    case Per100Units:
        return tr("Per 100");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProblemProductsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProblemProduct& p = m_products.at(index.row());
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case IdRole:
        return QVariant::fromValue(p.productId);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((column >= Tickets ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Product:
            return p.name;
        case Sku:
            return p.sku;
        case Tickets:
            return p.tickets;
        case UnitsSold:
            return p.unitsSold.toLocaleString(locale);
        case Per100Units:
            return SupportMetricsText::per100(p.per100Units(), locale);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Product)
            return p.name;
        if (column == Per100Units && !p.per100Units())
            return tr("None sold in the period");
        return {};
    case SortRole:
        switch (Column(column)) {
        case Product:
            return p.name;
        case Sku:
            return p.sku;
        case Tickets:
            return p.tickets;
        case UnitsSold:
            return p.unitsSold.milli();
        case Per100Units:
            return p.per100Units().value_or(-1);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

} // namespace kontor

#pragma once

// ProblemProductsModel: the products customers wrote about most in a period (SupportMetrics'
// top products): tickets about the product (its own, or its order's), the units of it ordered in
// the period, and tickets per 100 units sold — a product that sells little and is asked about much
// stands out even below the best sellers.

#include "support/SupportMetrics.h"

#include <QAbstractTableModel>

namespace kontor {

class ProblemProductsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Product,
        Sku,
        Tickets,
        UnitsSold,
        Per100Units,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the product's Id
        SortRole,
    };

    explicit ProblemProductsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setProducts(QList<ProblemProduct> products);
    const ProblemProduct* productAt(int row) const;

private:
    QList<ProblemProduct> m_products;
};

} // namespace kontor

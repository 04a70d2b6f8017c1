#pragma once

// ReturnLineModel: the lines of one return as the returns page shows them under the list: what
// came back, how many, why, in what condition, what happens to it and the refund.

#include "orders/Order.h"

#include <QAbstractTableModel>

namespace kontor {

class ReturnLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        Quantity,
        Reason,
        Condition,
        Decision,
        Refund,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Shows the lines of this return (an empty return clears the list).
    void setReturn(const Return& r);
    void clear();
    const ReturnLine* lineAt(int row) const;

private:
    QList<ReturnLine> m_lines;
    QString m_currency;
    bool m_exchange = false;
};

} // namespace kontor

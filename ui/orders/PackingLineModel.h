#pragma once

// PackingLineModel: the lines of the parcel being packed, for PackingDialog: what the order needs
// of each product, how many were scanned, and a colour for the state (none yet, some, all).

#include "orders/PackingVerifier.h"

#include <QAbstractTableModel>

namespace kontor {

class PackingLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sku,
        Name,
        Expected,
        Scanned,
        State,
        ColumnCount
    };

    explicit PackingLineModel(QObject* parent = nullptr);

    // Replaces the lines (a new verifier) or, with as many lines as before, updates them in place.
    void setLines(const QList<PackingLine>& lines);
    // The line the last scan counted, shown in bold; -1 for none.
    void setCurrentRow(int row);
    int currentRow() const { return m_current; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PackingLine> m_lines;
    int m_current = -1;
};

} // namespace kontor

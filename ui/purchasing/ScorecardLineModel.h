#pragma once

// ScorecardLineModel: the "Why this figure?" drill-down of a supplier's scorecard: the PO lines
// judged in the period (SupplierPerformance::judgedLines) with what each figure came from: PO,
// product, contract, start and due dates, ordered, on-time and in-full units, OTIF, days late,
// the line's value, the late penalty (and whether the cap stopped it), the defect, mis-sort and
// shortage penalties, and the contract's clauses. The on-time, in-full, OTIF and penalty figures
// of the scorecard are the sums of these rows (totals()).

#include "purchasing/SupplierPerformance.h"

#include <QAbstractTableModel>

class QTableView;

namespace kontor {

class ScorecardLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PoNumber,
        Sku,
        Name,
        Contract,
        StartOn,
        DueOn,
        Ordered,
        OnTime,
        InFull,
        Otif,
        DaysLate,
        Value,
        LatePenalty,
        DefectPenalty,
        MissortPenalty,
        ShortagePenalty,
        Clauses,
        ColumnCount
    };
    enum Role
    {
        PoIdRole = Qt::UserRole + 1, // the PO's Id
        SortRole,
    };

    // The sums of the rows, from which the scorecard's delivery figures follow.
    struct Totals
    {
        int lines = 0;
        int linesOtif = 0;
        Quantity ordered;
        Quantity onTime;
        Quantity inFull;
        qint64 penalties = 0; // late + defect + mis-sort + shortage, in `currency`
        QString currency;     // empty when the lines are in several currencies
    };

    explicit ScorecardLineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setLines(QList<ScorecardLine> lines);
    void clear();
    const ScorecardLine* lineAt(int row) const;
    Totals totals() const;
    // One paragraph on how the row's figures came about (for the text under the table).
    QString explanation(int row) const;
    // Sizes the PO, date, money and late-penalty columns of a view of this model by sample texts.
    static void sizeColumns(QTableView* view);

private:
    QList<ScorecardLine> m_lines;
};

} // namespace kontor

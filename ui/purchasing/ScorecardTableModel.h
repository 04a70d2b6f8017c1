#pragma once

// ScorecardTableModel: one row per supplier with activity in a period (SupplierPerformance::
// scorecards): lines judged, on-time, in-full, OTIF, defect and mis-sort rates, lead time (mean,
// p90, promised), penalties accrued, claimed and collected, and spend. A rate that misses the
// contract's target is red, and every rate's tooltip names its target and the units behind it.
// The page loads the rows on a worker thread and hands them over with setRows().

#include "purchasing/SupplierPerformance.h"

#include <QAbstractTableModel>

#include <optional>

namespace kontor {

class ScorecardTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Supplier,
        LinesJudged,
        OnTime,
        InFull,
        Otif,
        Defects,
        Missorts,
        LeadTimeMean,
        LeadTimeP90,
        LeadTimePromised,
        PenaltiesAccrued,
        PenaltiesClaimed,
        PenaltiesCollected,
        Spend,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the supplier's Id
        SortRole,                  // a number to sort by (rates in basis points, money in minor units)
        BreachRole,                // true where the figure misses the contract's target
    };

    // A scorecard with the contract its targets came from (the one valid at the period's end).
    struct Row
    {
        Scorecard card;
        QString contractNumber;
        std::optional<ContractTerms> terms;
    };

    explicit ScorecardTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Replaces the rows; refreshes in place when the same suppliers come in the same order, so a
    // view keeps its selection.
    void setRows(QList<Row> rows);
    void clear();
    const Row* rowAt(int row) const;
    int rowOf(const Id& supplierId) const;
    int breachingCount() const;

private:
    QList<Row> m_rows;
};

} // namespace kontor

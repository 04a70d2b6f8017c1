#pragma once

// SupportMetricsTableModel: the support quality figures broken down by agent, channel, week or
// month (SupportMetrics::report): tickets created and resolved, first response and resolution
// time (average and p90, in the SLA policy's clock), SLA compliance, FCR, CSAT and the open
// backlog. Each figure's tooltip gives what it is made of ("12 of 15 targets met"). The page hands
// the rows over with setRows().

#include "support/SupportMetrics.h"

#include <QAbstractTableModel>

namespace kontor {

class SupportMetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Created,
        Resolved,
        FirstResponseAverage,
        FirstResponseP90,
        ResolutionAverage,
        ResolutionP90,
        Sla,
        Fcr,
        Csat,
        Open,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a number to sort by (-1 where there is no figure)
    };

    explicit SupportMetricsTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // `first`, `last`: the period's days, to name its first and last week by the days in it.
    void setRows(SupportGrouping grouping, QList<SupportMetricsRow> rows, QDate first = {}, QDate last = {});
    void clear();
    SupportGrouping grouping() const { return m_grouping; }
    const SupportMetricsRow* rowAt(int row) const;

private:
    SupportGrouping m_grouping = SupportGrouping::Agent;
    QList<SupportMetricsRow> m_rows;
    QDate m_first;
    QDate m_last;
};

} // namespace kontor

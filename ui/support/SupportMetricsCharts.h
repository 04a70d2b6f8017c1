#pragma once

// SupportMetricsCharts: the support quality page's three Qt Charts side by side: tickets created
// and resolved per week, SLA compliance per week (a week with no target due has no point: 0 %
// there would read as a failure), and the open backlog by age. A week's point sits on its Monday
// (noon) on a date axis.

#include "support/SupportMetrics.h"

#include <QWidget>

class QChart;
class QChartView;

namespace kontor {

class SupportMetricsCharts : public QWidget
{
    Q_OBJECT

public:
    explicit SupportMetricsCharts(QWidget* parent = nullptr);

    // `buckets`: the rows of a breakdown by week (or month), in time order.
    void setData(const QList<SupportMetricsRow>& buckets, SupportGrouping bucket, const BacklogAges& backlog);
    void clear();

    QChart* volumeChart() const;
    QChart* slaChart() const;
    QChart* backlogChart() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // As many dates along the bottom as fit the chart's width.
    void fitTicks();

    QChartView* m_volume;
    QChartView* m_sla;
    QChartView* m_backlog;
    int m_buckets = 0;
};

} // namespace kontor

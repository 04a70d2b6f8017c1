#pragma once

// ScorecardTrendChart: a supplier's monthly trend (SupplierPerformance::trend) as two Qt Charts
// side by side: delivery (on-time, in-full and OTIF %) and quality (defect %), one point per month
// that had something to judge, with the contract's targets as dashed lines where it sets them. A
// month with nothing judged has no point (a 0 % there would read as a failure).

#include "purchasing/SupplierPerformance.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLineSeries;

namespace kontor {

class ScorecardTrendChart : public QWidget
{
    Q_OBJECT

public:
    struct Targets
    {
        std::optional<int> onTimeBp;
        std::optional<int> inFullBp;
        std::optional<int> maxDefectBp;
    };

    explicit ScorecardTrendChart(QWidget* parent = nullptr);

    void setTrend(const QList<ScorecardMonth>& months, const Targets& targets);
    void clear();

    QChart* deliveryChart() const;
    QChart* qualityChart() const;
    // The months on the horizontal axis (what setTrend() got).
    const QList<ScorecardMonth>& months() const { return m_months; }
    // A series by its legend name ("On time", "On-time target 95 %"), or nullptr.
    QLineSeries* series(const QString& name) const;

private:
    QChartView* m_delivery;
    QChartView* m_quality;
    QList<ScorecardMonth> m_months;
};

} // namespace kontor

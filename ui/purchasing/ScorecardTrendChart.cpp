#include "ScorecardTrendChart.h"

#include "ScorecardText.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace kontor {

namespace {

struct Metric
{
    QString name;
    QColor color;
    std::optional<int> ScorecardMonth::*member;
};

struct TargetLine
{
    QString name;
    QColor color;
    std::optional<int> bp;
};

QString monthLabel(QDate month, bool withYear)
{
    return QLocale().toString(month, withYear ? u"MMM yyyy"_qs : u"MMM"_qs);
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void fillChart(QChart* chart, const QList<ScorecardMonth>& months, const QList<Metric>& metrics,
               const QList<TargetLine>& targets, double top)
{
    clearChart(chart);
    const int n = std::max(1, int(months.size()));
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, n - 0.5);
    // Months alone: the chart's title gives the years (labels with years do not fit twelve across).
    for (int i = 0; i < months.size(); ++i)
        x->append(monthLabel(months[i].month, false), i);
    x->setGridLineVisible(false);
    auto* y = new QValueAxis;
    // A little room above the top line, so markers at 100 % are not cut in half; ticks stay round.
    y->setRange(0, top * 1.04);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(top > 10 ? top / 5 : 1);
    y->setLabelFormat(top > 10 ? u"%.0f %%"_qs : u"%.1f %%"_qs);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    for (const Metric& m : metrics) {
        auto* series = new QLineSeries;
        series->setName(m.name);
        QPen pen(m.color, 2.2);
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setMarkerSize(7);
        for (int i = 0; i < months.size(); ++i) {
            if (const std::optional<int> bp = months[i].*m.member)
                series->append(i, *bp / 100.0);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        const QList<ScorecardMonth> copy = months;
        QObject::connect(series, &QLineSeries::hovered, series,
                         [copy, name = m.name, member = m.member](const QPointF& point, bool state) {
                             const int i = int(std::lround(point.x()));
                             if (!state || i < 0 || i >= copy.size()) {
                                 QToolTip::hideText();
                                 return;
                             }
                             QToolTip::showText(QCursor::pos(),
                                                name + u", "_qs + monthLabel(copy[i].month, true) + u": "_qs +
                                                    ScorecardText::percent(copy[i].*member));
                         });
    }
    for (const TargetLine& t : targets) {
        if (!t.bp)
            continue;
        auto* line = new QLineSeries;
        line->setName(t.name);
        QPen pen(t.color.lighter(125), 1.5, Qt::DashLine);
        line->setPen(pen);
        line->append(-0.5, *t.bp / 100.0);
        line->append(n - 0.5, *t.bp / 100.0);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

void setUpChart(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
}

QColor onTimeColor()
{
    return QColor(0x1F, 0x6F, 0xB4);
}
QColor inFullColor()
{
    return QColor(0x2C, 0x8C, 0x3C);
}
QColor otifColor()
{
    return QColor(0x8E, 0x5C, 0xB8);
}
QColor defectColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

} // namespace

ScorecardTrendChart::ScorecardTrendChart(QWidget* parent)
    : QWidget(parent)
    , m_delivery(new QChartView)
    , m_quality(new QChartView)
{
    m_delivery->setObjectName(u"deliveryChart"_qs);
    m_quality->setObjectName(u"qualityChart"_qs);
    for (QChartView* view : {m_delivery, m_quality}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 220);
    }
    setUpChart(m_delivery->chart(), tr("Delivery by month"));
    setUpChart(m_quality->chart(), tr("Defects by month"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_delivery, 1);
    layout->addWidget(m_quality, 1);
    clear();
}

QChart* ScorecardTrendChart::deliveryChart() const
{
    return m_delivery->chart();
}

QChart* ScorecardTrendChart::qualityChart() const
{
    return m_quality->chart();
}

QLineSeries* ScorecardTrendChart::series(const QString& name) const
{
    for (QChart* chart : {deliveryChart(), qualityChart()}) {
        const QList<QAbstractSeries*> all = chart->series();
        for (QAbstractSeries* s : all) {
            if (s->name() == name)
                return qobject_cast<QLineSeries*>(s);
        }
    }
    return nullptr;
}

void ScorecardTrendChart::clear()
{
    setTrend({}, {});
}

void ScorecardTrendChart::setTrend(const QList<ScorecardMonth>& months, const Targets& targets)
{
    m_months = months;
    const QString span = months.isEmpty() ? QString()
                                          : u", "_qs + monthLabel(months.first().month, true) + u" – "_qs +
                                                monthLabel(months.last().month, true);
    deliveryChart()->setTitle(tr("Delivery by month") + span);
    qualityChart()->setTitle(tr("Defects by month") + span);
    // One dashed line when both delivery targets are the same (the second would hide the first).
    QList<TargetLine> deliveryTargets;
    if (targets.onTimeBp && targets.onTimeBp == targets.inFullBp) {
        deliveryTargets.append(
            {tr("On-time and in-full target %1").arg(ScorecardText::percent(targets.onTimeBp)),
             QColor(0x55, 0x55, 0x55), targets.onTimeBp});
    } else {
        deliveryTargets.append({tr("On-time target %1").arg(ScorecardText::percent(targets.onTimeBp)),
                                onTimeColor(), targets.onTimeBp});
        deliveryTargets.append({tr("In-full target %1").arg(ScorecardText::percent(targets.inFullBp)),
                                inFullColor(), targets.inFullBp});
    }
    fillChart(deliveryChart(), months,
              {{tr("On time"), onTimeColor(), &ScorecardMonth::onTimeBp},
               {tr("In full"), inFullColor(), &ScorecardMonth::inFullBp},
               {tr("OTIF"), otifColor(), &ScorecardMonth::otifBp}},
              deliveryTargets, 100.0);

    // Defects are a few per cent: scale the axis to them and their limit, so the line is not flat.
    int highest = targets.maxDefectBp.value_or(0);
    for (const ScorecardMonth& m : months)
        highest = std::max(highest, m.defectBp.value_or(0));
    double top = std::max(5.0, highest / 100.0 * 1.25);
    top = top <= 10 ? std::ceil(top) : std::ceil(top / 10.0) * 10.0;
    fillChart(qualityChart(), months, {{tr("Defects"), defectColor(), &ScorecardMonth::defectBp}},
              {{tr("Defects at most %1").arg(ScorecardText::percent(targets.maxDefectBp)), defectColor(),
                targets.maxDefectBp}},
              std::min(top, 100.0));
}

} // namespace kontor

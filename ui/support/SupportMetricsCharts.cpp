#include "SupportMetricsCharts.h"

#include "SupportMetricsText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <functional>

namespace kontor {

namespace {

QColor createdColor()
{
    return QColor(0x1F, 0x6F, 0xB4);
}
QColor resolvedColor()
{
    return QColor(0x2C, 0x8C, 0x3C);
}
QColor slaColor()
{
    return QColor(0x8E, 0x5C, 0xB8);
}
QColor backlogColor()
{
    return QColor(0xE0, 0x8A, 0x1E);
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

void setUpChart(QChart* chart)
{
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
}

// A bucket on the time axis: its first day, at noon (so the day reads the same in any time zone).
qreal bucketX(const SupportMetricsRow& row)
{
    return qreal(QDateTime(row.periodStart, QTime(12, 0)).toMSecsSinceEpoch());
}

// The weeks (or months) along the bottom as dates, with room for the first and last points.
QDateTimeAxis* timeAxis(const QList<SupportMetricsRow>& buckets, SupportGrouping bucket)
{
    auto* x = new QDateTimeAxis;
    x->setFormat(bucket == SupportGrouping::Month ? u"MMM yyyy"_qs : u"d MMM"_qs);
    const qint64 half = (bucket == SupportGrouping::Month ? 15 : 3) * 24 * 3600 * 1000LL;
    const QDateTime first = buckets.isEmpty() ? QDateTime::currentDateTime()
                                              : QDateTime(buckets.first().periodStart, QTime(12, 0));
    const QDateTime last = buckets.isEmpty() ? first : QDateTime(buckets.last().periodStart, QTime(12, 0));
    x->setRange(first.addMSecs(-half), last.addMSecs(half));
    x->setGridLineVisible(false);
    return x;
}

QValueAxis* countAxis(int highest)
{
    auto* y = new QValueAxis;
    // Whole numbers with round steps: up to 5 at 1, then 2, 5, 10, ...; room above the highest.
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000}) {
        step = s;
        if (highest <= 5 * s)
            break;
    }
    const int top = (highest / step + 1) * step; // above the highest, so its point is not cut in half
    y->setRange(0, top);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(u"%d"_qs);
    return y;
}

QLineSeries* line(const QString& name, const QColor& color)
{
    auto* series = new QLineSeries;
    series->setName(name);
    series->setPen(QPen(color, 2.2));
    series->setPointsVisible(true);
    series->setMarkerSize(6);
    return series;
}

void showTip(const QList<SupportMetricsRow>& buckets, SupportGrouping bucket, const QPointF& point,
             bool state, const std::function<QString(const SupportMetricsRow&)>& text)
{
    int i = -1;
    for (int k = 0; k < buckets.size(); ++k) {
        if (i < 0 || std::abs(bucketX(buckets[k]) - point.x()) < std::abs(bucketX(buckets[i]) - point.x()))
            i = k;
    }
    if (!state || i < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(),
                       SupportMetricsText::rowName(buckets[i], bucket) + u": "_qs + text(buckets[i]));
}

} // namespace

SupportMetricsCharts::SupportMetricsCharts(QWidget* parent)
    : QWidget(parent)
    , m_volume(new QChartView)
    , m_sla(new QChartView)
    , m_backlog(new QChartView)
{
    m_volume->setObjectName(u"volumeChart"_qs);
    m_sla->setObjectName(u"slaChart"_qs);
    m_backlog->setObjectName(u"backlogChart"_qs);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QChartView* view : {m_volume, m_sla, m_backlog}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 220);
        setUpChart(view->chart());
        layout->addWidget(view, 1);
    }
    clear();
}

QChart* SupportMetricsCharts::volumeChart() const
{
    return m_volume->chart();
}

QChart* SupportMetricsCharts::slaChart() const
{
    return m_sla->chart();
}

QChart* SupportMetricsCharts::backlogChart() const
{
    return m_backlog->chart();
}

void SupportMetricsCharts::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitTicks();
}

void SupportMetricsCharts::fitTicks()
{
    for (QChartView* view : {m_volume, m_sla}) {
        const QList<QAbstractAxis*> axes = view->chart()->axes(Qt::Horizontal);
        for (QAbstractAxis* axis : axes) {
            if (auto* dates = qobject_cast<QDateTimeAxis*>(axis)) {
                const int fit = std::max(2, view->width() / (view->fontMetrics().averageCharWidth() * 15));
                dates->setTickCount(std::clamp(m_buckets + 1, 2, fit));
            }
        }
    }
}

void SupportMetricsCharts::clear()
{
    setData({}, SupportGrouping::Week, {});
}

void SupportMetricsCharts::setData(const QList<SupportMetricsRow>& buckets, SupportGrouping bucket,
                                   const BacklogAges& backlog)
{
    const bool monthly = bucket == SupportGrouping::Month;

    // Tickets created and resolved.
    QChart* volume = volumeChart();
    clearChart(volume);
    volume->setTitle(monthly ? tr("Tickets per month") : tr("Tickets per week"));
    QLineSeries* created = line(tr("Created"), createdColor());
    QLineSeries* resolved = line(tr("Resolved"), resolvedColor());
    int highest = 0;
    for (int i = 0; i < buckets.size(); ++i) {
        const SupportFigures& f = buckets[i].figures;
        created->append(bucketX(buckets[i]), f.created);
        resolved->append(bucketX(buckets[i]), f.resolved);
        highest = std::max({highest, f.created, f.resolved});
    }
    QDateTimeAxis* x = timeAxis(buckets, bucket);
    QValueAxis* y = countAxis(highest);
    volume->addAxis(x, Qt::AlignBottom);
    volume->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {created, resolved}) {
        volume->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    connect(created, &QLineSeries::hovered, created, [buckets, bucket](const QPointF& p, bool state) {
        showTip(buckets, bucket, p, state, [](const SupportMetricsRow& r) {
            return tr("%1 created, %2 resolved").arg(r.figures.created).arg(r.figures.resolved);
        });
    });

    // SLA compliance.
    QChart* sla = slaChart();
    clearChart(sla);
    sla->setTitle(monthly ? tr("SLA compliance per month") : tr("SLA compliance per week"));
    QLineSeries* compliance = line(tr("Targets met"), slaColor());
    for (int i = 0; i < buckets.size(); ++i) {
        if (const auto bp = buckets[i].figures.slaBp())
            compliance->append(bucketX(buckets[i]), *bp / 100.0);
    }
    QDateTimeAxis* sx = timeAxis(buckets, bucket);
    auto* sy = new QValueAxis;
    sy->setRange(0, 104); // room above 100 %, so its markers are not cut in half
    sy->setTickType(QValueAxis::TicksDynamic);
    sy->setTickAnchor(0);
    sy->setTickInterval(20);
    sy->setLabelFormat(u"%.0f %%"_qs);
    sla->addAxis(sx, Qt::AlignBottom);
    sla->addAxis(sy, Qt::AlignLeft);
    sla->addSeries(compliance);
    compliance->attachAxis(sx);
    compliance->attachAxis(sy);
    sla->legend()->setVisible(false);
    connect(compliance, &QLineSeries::hovered, compliance, [buckets, bucket](const QPointF& p, bool state) {
        showTip(buckets, bucket, p, state, [](const SupportMetricsRow& r) {
            const SlaTally t = r.figures.slaTotal();
            return tr("%1 (%2 targets met)")
                .arg(SupportMetricsText::percent(t.bp()), SupportMetricsText::ofCount(t.met, t.due));
        });
    });

    // The backlog by age.
    QChart* ages = backlogChart();
    clearChart(ages);
    ages->setTitle(tr("Open tickets by age"));
    auto* set = new QBarSet(tr("Open tickets"));
    set->setColor(backlogColor());
    set->setBorderColor(backlogColor());
    *set << backlog.underDay << backlog.oneToThree << backlog.threeToSeven << backlog.overWeek;
    auto* bars = new QBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto* bx = new QBarCategoryAxis;
    bx->append({tr("0–1"), tr("1–3"), tr("3–7"), tr("7+")});
    bx->setTitleText(tr("Days since the ticket came in"));
    bx->setGridLineVisible(false);
    QValueAxis* by =
        countAxis(std::max({backlog.underDay, backlog.oneToThree, backlog.threeToSeven, backlog.overWeek}));
    ages->addAxis(bx, Qt::AlignBottom);
    ages->addAxis(by, Qt::AlignLeft);
    ages->addSeries(bars);
    bars->attachAxis(bx);
    bars->attachAxis(by);
    ages->legend()->setVisible(false);
    m_buckets = int(buckets.size());
    fitTicks();
}

} // namespace kontor

#include "SupportMetricsPage.h"

#include "ProblemProductsModel.h"
#include "SupportMetricsCharts.h"
#include "SupportMetricsTableModel.h"
#include "SupportMetricsText.h"
#include "common/TableViews.h"
#include "support/SupportService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace kontor {

using namespace SupportMetricsText;

// Runs one computation at a time on a pool thread and hands its result to the page on the GUI
// thread. A computation asked for while one runs waits for it (the running one's result is stale
// and dropped).
struct SupportMetricsPage::Loader
{
    using Job = std::function<Result<SupportReport>()>;

    explicit Loader(SupportMetricsPage* page)
    {
        QObject::connect(&watcher, &QFutureWatcher<Result<SupportReport>>::finished, &watcher, [this, page] {
            if (next) {
                Job job = std::move(next);
                next = nullptr;
                watcher.setFuture(QtConcurrent::run(std::move(job)));
                return;
            }
            running = false;
            page->onReport(watcher.result());
        });
    }
    ~Loader()
    {
        // The job uses the services and the database: it must be done before they may go away.
        watcher.disconnect();
        watcher.waitForFinished();
    }

    void start(Job job)
    {
        if (running) {
            next = std::move(job);
            return;
        }
        running = true;
        watcher.setFuture(QtConcurrent::run(std::move(job)));
    }

    QFutureWatcher<Result<SupportReport>> watcher;
    Job next;
    bool running = false;
};

SupportMetricsPage::SupportMetricsPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new SupportMetricsTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_products(new ProblemProductsModel(this))
    , m_charts(new SupportMetricsCharts)
    , m_view(new QTableView)
    , m_productsView(new QTableView)
    , m_period(new QComboBox)
    , m_grouping(new QComboBox)
    , m_fromEdit(new QDateEdit)
    , m_toEdit(new QDateEdit)
    , m_dash(new QLabel(u"–"_qs))
    , m_rangeLabel(new QLabel)
    , m_clockNote(new QLabel)
    , m_productsNote(new QLabel)
    , m_status(new QLabel)
    , m_busy(new QProgressBar)
    , m_refresh(new QTimer(this))
    , m_tileGrid(new QGridLayout)
{
    m_loader = std::make_unique<Loader>(this);

    // ---- period bar ----
    m_period->setObjectName(u"periodCombo"_qs);
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Between dates…"), int(Period::Custom));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QDate today = m_services.supportMetrics.today(m_actor).value_or(QDate::currentDate());
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->hide();
    }
    m_fromEdit->setObjectName(u"fromDate"_qs);
    m_toEdit->setObjectName(u"toDate"_qs);
    m_fromEdit->setDate(today.addDays(-29));
    m_toEdit->setDate(today);
    m_dash->hide();
    m_rangeLabel->setObjectName(u"rangeLabel"_qs);
    m_rangeLabel->setStyleSheet(u"color: palette(dark);"_qs);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setObjectName(u"statusLabel"_qs);
    auto* topBar = new QHBoxLayout;
    topBar->addWidget(new QLabel(tr("Period:")));
    topBar->addWidget(m_period);
    topBar->addWidget(m_fromEdit);
    topBar->addWidget(m_dash);
    topBar->addWidget(m_toEdit);
    topBar->addSpacing(8);
    topBar->addWidget(m_rangeLabel);
    topBar->addStretch(1);
    topBar->addWidget(m_status);
    topBar->addWidget(m_busy);

    // ---- tiles ----
    m_tileGrid->setSpacing(8);
    m_tileFrames.append(
        makeTile(Tile::Tickets, tr("Tickets"),
                 tr("Tickets opened in the period, how many were resolved, and tickets per 100 "
                    "orders placed in the period")));
    m_tileFrames.append(
        makeTile(Tile::FirstResponse, tr("First response"),
                 tr("Average time from a ticket's opening to the first reply, in business hours "
                    "of the shop calendar; p90: nine replies in ten came within it")));
    m_tileFrames.append(
        makeTile(Tile::Resolution, tr("Resolution"),
                 tr("Average time from opening to resolution in business hours, without the time "
                    "spent waiting for the customer or a third party")));
    m_tileFrames.append(makeTile(Tile::Sla, tr("SLA compliance"),
                                 tr("SLA targets met, of the targets due in the period (first response, next "
                                    "responses, resolution); a breach stays a breach")));
    m_tileFrames.append(
        makeTile(Tile::Fcr, tr("First contact resolution"),
                 tr("Tickets resolved with exactly one reply and never reopened, of the tickets "
                    "resolved in the period")));
    m_tileFrames.append(
        makeTile(Tile::Csat, tr("CSAT"),
                 tr("Customers satisfied (4 or 5 of 5), of those who answered, on the tickets "
                    "resolved in the period")));
    m_tileFrames.append(
        makeTile(Tile::Backlog, tr("Open now"), tr("Tickets not yet resolved, whenever they came in")));
    m_clockNote->setObjectName(u"clockNote"_qs);
    m_clockNote->setWordWrap(true);
    m_clockNote->setStyleSheet(u"color: palette(dark);"_qs);

    // ---- the breakdown ----
    m_grouping->setObjectName(u"groupingCombo"_qs);
    m_grouping->addItem(tr("By agent"), int(SupportGrouping::Agent));
    m_grouping->addItem(tr("By channel"), int(SupportGrouping::Channel));
    m_grouping->addItem(tr("By week"), int(SupportGrouping::Week));
    m_grouping->addItem(tr("By month"), int(SupportGrouping::Month));
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SupportMetricsTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view->setObjectName(u"breakdownTable"_qs);
    m_view->setModel(m_proxy);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, -1);
    TableViews::setColumnWidths(m_view, {{SupportMetricsTableModel::Name, 22},
                                         {SupportMetricsTableModel::Created, 7},
                                         {SupportMetricsTableModel::Resolved, 7},
                                         {SupportMetricsTableModel::FirstResponseAverage, 11},
                                         {SupportMetricsTableModel::FirstResponseP90, 11},
                                         {SupportMetricsTableModel::ResolutionAverage, 11},
                                         {SupportMetricsTableModel::ResolutionP90, 11},
                                         {SupportMetricsTableModel::Sla, 8},
                                         {SupportMetricsTableModel::Fcr, 8},
                                         {SupportMetricsTableModel::Csat, 8},
                                         {SupportMetricsTableModel::Open, 6}});
    TableViews::fitTitles(m_view, SupportMetricsTableModel::Created);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the order the figures come in
    auto* tableHead = new QHBoxLayout;
    auto* tableTitle = new QLabel(tr("<b>Figures</b>"));
    tableHead->addWidget(tableTitle);
    tableHead->addWidget(m_grouping);
    tableHead->addStretch(1);
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableHead);
    tableLayout->addWidget(m_view, 1);

    // ---- problem products ----
    m_productsView->setObjectName(u"productsTable"_qs);
    auto* productsProxy = new QSortFilterProxyModel(this);
    productsProxy->setSourceModel(m_products);
    productsProxy->setSortRole(ProblemProductsModel::SortRole);
    productsProxy->setSortLocaleAware(true);
    m_productsView->setModel(productsProxy);
    TableViews::setUp(m_productsView, QAbstractItemView::SingleSelection, ProblemProductsModel::Product);
    TableViews::setColumnWidths(m_productsView, {{ProblemProductsModel::Sku, 10},
                                                 {ProblemProductsModel::Tickets, 7},
                                                 {ProblemProductsModel::UnitsSold, 7},
                                                 {ProblemProductsModel::Per100Units, 10}});
    TableViews::fitTitles(m_productsView, ProblemProductsModel::Tickets);
    m_productsView->setSortingEnabled(true);
    m_productsView->sortByColumn(-1, Qt::AscendingOrder);
    m_productsView->setMinimumWidth(m_productsView->fontMetrics().averageCharWidth() * 36);
    m_productsNote->setObjectName(u"productsNote"_qs);
    m_productsNote->setWordWrap(true);
    m_productsNote->setStyleSheet(u"color: palette(dark);"_qs);
    auto* productsBox = new QWidget;
    auto* productsLayout = new QVBoxLayout(productsBox);
    productsLayout->setContentsMargins(0, 0, 0, 0);
    auto* productsTitle = new QLabel(tr("<b>Products asked about most</b>"));
    productsTitle->setMinimumHeight(m_grouping->sizeHint().height()); // level with the figures' title
    productsLayout->addWidget(productsTitle);
    productsLayout->addWidget(m_productsView, 1);
    productsLayout->addWidget(m_productsNote);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(tableBox);
    splitter->addWidget(productsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    // Everything below the period bar scrolls when the window is small.
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_tileGrid);
    contentLayout->addWidget(m_clockNote);
    contentLayout->addWidget(m_charts, 5);
    contentLayout->addWidget(splitter, 4);
    content->setMinimumHeight(680);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addWidget(scroll, 1);

    // ---- wiring ----
    connect(m_period, &QComboBox::currentIndexChanged, this, &SupportMetricsPage::periodChanged);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &SupportMetricsPage::periodChanged);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &SupportMetricsPage::periodChanged);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &SupportMetricsPage::showTable);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(500);
    connect(m_refresh, &QTimer::timeout, this, &SupportMetricsPage::reload);
    connect(&m_services.support, &SupportService::ticketsChanged, this, &SupportMetricsPage::scheduleReload);
    showTiles();
    showTable();
    arrangeTiles();
}

SupportMetricsPage::~SupportMetricsPage()
{
    m_loader.reset(); // waits for the worker, before the models it reports to go away
}

QWidget* SupportMetricsPage::makeTile(Tile tile, const QString& title, const QString& tip)
{
    static const char* const names[] = {"ticketsTile", "firstResponseTile", "resolutionTile", "slaTile",
                                        "fcrTile",     "csatTile",          "backlogTile"};
    auto* frame = new QFrame;
    frame->setObjectName(QString::fromLatin1(names[int(tile)]));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setToolTip(tip);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred); // as tall as the row
    auto* head = new QLabel(title);
    head->setStyleSheet(u"color: palette(dark);"_qs);
    auto* value = new QLabel(u"—"_qs);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    auto* detail = new QLabel; // lines broken by hand: a wrapping label would not say how tall it is
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(head);
    layout->addWidget(value);
    layout->addWidget(detail);
    layout->addStretch(1);
    m_tiles.insert(tile, {value, detail});
    return frame;
}

void SupportMetricsPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeTiles();
}

void SupportMetricsPage::arrangeTiles()
{
    // All in a row when they fit side by side; otherwise as many columns of the widest tile as fit.
    const int spacing = m_tileGrid->horizontalSpacing();
    const int room = width() - 24;
    int needed = 0;
    int widest = 0;
    for (QWidget* tile : std::as_const(m_tileFrames)) {
        needed += tile->sizeHint().width() + spacing;
        widest = std::max(widest, tile->sizeHint().width());
    }
    int columns = int(m_tileFrames.size());
    if (needed > room) {
        columns = 2;
        for (int c : {4, 3}) {
            if (c * (widest + spacing) <= room) {
                columns = c;
                break;
            }
        }
    }
    if (columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    for (QWidget* tile : std::as_const(m_tileFrames))
        m_tileGrid->removeWidget(tile);
    for (int i = 0; i < m_tileFrames.size(); ++i)
        m_tileGrid->addWidget(m_tileFrames[i], i / columns, i % columns);
    for (int c = 0; c < m_tileFrames.size(); ++c)
        m_tileGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

// ---- period ---------------------------------------------------------------------------------------

std::pair<QDate, QDate> SupportMetricsPage::periodRange(Period period, QDate today)
{
    switch (period) {
    case Period::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Period::Last30Days:
        return {today.addDays(-29), today};
    case Period::ThisQuarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Period::Custom:
        break;
    }
    return {today, today};
}

void SupportMetricsPage::setPeriod(Period period, QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_fromEdit);
    const QSignalBlocker blockTo(m_toEdit);
    if (from.isValid())
        m_fromEdit->setDate(from);
    if (to.isValid())
        m_toEdit->setDate(to);
    const int index = m_period->findData(int(period));
    if (index == m_period->currentIndex())
        periodChanged();
    else
        m_period->setCurrentIndex(index);
}

void SupportMetricsPage::setGrouping(SupportGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

SupportGrouping SupportMetricsPage::grouping() const
{
    return SupportGrouping(m_grouping->currentData().toInt());
}

void SupportMetricsPage::periodChanged()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_fromEdit->setVisible(custom);
    m_dash->setVisible(custom);
    m_toEdit->setVisible(custom);
    if (isVisible())
        reload();
    else
        m_stale = true;
}

// ---- loading --------------------------------------------------------------------------------------

void SupportMetricsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void SupportMetricsPage::scheduleReload()
{
    if (isVisible())
        m_refresh->start();
    else
        m_stale = true;
}

bool SupportMetricsPage::isLoading() const
{
    return m_loader->running;
}

void SupportMetricsPage::reload()
{
    m_stale = false;
    m_refresh->stop();
    SupportMetrics* metrics = &m_services.supportMetrics;
    const Actor actor = m_actor;
    const Period period = Period(m_period->currentData().toInt());
    if (period == Period::Custom) {
        m_from = std::min(m_fromEdit->date(), m_toEdit->date());
        m_to = std::max(m_fromEdit->date(), m_toEdit->date());
    } else {
        const QDate today = metrics->today(actor).value_or(QDate::currentDate());
        std::tie(m_from, m_to) = periodRange(period, today);
    }
    const QLocale locale;
    m_rangeLabel->setText(locale.toString(m_from, QLocale::ShortFormat) + u" – "_qs +
                          locale.toString(m_to, QLocale::ShortFormat));
    m_rangeLabel->setVisible(period != Period::Custom); // the dates are in the boxes
    const QDate from = m_from;
    const QDate to = m_to;
    m_loader->start([=]() -> Result<SupportReport> {
        // The database gives this pool thread its own connection.
        auto range = metrics->period(actor, from, to);
        if (!range)
            return fail(range.error());
        return metrics->report(actor, range->first, range->second,
                               {SupportGrouping::Agent, SupportGrouping::Channel, SupportGrouping::Week,
                                SupportGrouping::Month});
    });
    updateBusy();
}

void SupportMetricsPage::onReport(const Result<SupportReport>& report)
{
    updateBusy();
    if (!report) {
        m_report = {};
        m_status->setText(tr("Cannot compute the figures: %1").arg(report.error().message));
    } else {
        m_report = *report;
        m_status->clear();
    }
    showTiles();
    showTable();
    m_charts->setData(m_report.breakdowns.value(SupportGrouping::Week), SupportGrouping::Week,
                      m_report.summary.backlog);
    m_products->setProducts(m_report.summary.topProducts);
    for (int column = ProblemProductsModel::Sku; column < ProblemProductsModel::ColumnCount; ++column)
        m_productsView->resizeColumnToContents(column);
    m_productsNote->setText(m_report.summary.topProducts.isEmpty()
                                ? tr("No ticket in the period names a product or an order.")
                                : tr("A ticket counts for its product, or for every product of its order."));
    Q_EMIT loaded();
}

void SupportMetricsPage::updateBusy()
{
    m_busy->setVisible(isLoading());
    m_busy->setToolTip(isLoading() ? tr("Computing the support figures…") : QString());
}

// ---- showing ----------------------------------------------------------------------------------------

void SupportMetricsPage::showTiles()
{
    const SupportSummary& s = m_report.summary;
    const SupportFigures& f = s.figures;
    const QLocale locale;
    const auto set = [this](Tile tile, const QString& value, const QString& detail) {
        m_tiles[tile].value->setText(value);
        m_tiles[tile].detail->setText(detail);
    };
    set(Tile::Tickets, locale.toString(f.created),
        tr("%1 resolved").arg(f.resolved) + u'\n' +
            (s.per100Orders() ? tr("%1 per 100 orders").arg(per100(s.per100Orders(), locale))
                              : tr("no orders in the period")));
    const auto times = [&](Tile tile, const DurationStats& d) {
        set(tile, duration(d, &DurationStats::averageMs),
            d.isEmpty()
                ? tr("none in the period")
                : tr("median %1").arg(duration(d.medianMs)) + u'\n' + tr("p90 %1").arg(duration(d.p90Ms)));
    };
    times(Tile::FirstResponse, f.firstResponse);
    times(Tile::Resolution, f.resolution);
    const SlaTally sla = f.slaTotal();
    set(Tile::Sla, percent(sla.bp(), locale),
        sla.due == 0 ? tr("no target due") : tr("%1 targets met").arg(ofCount(sla.met, sla.due)));
    set(Tile::Fcr, percent(f.fcrBp(), locale),
        f.resolved == 0 ? tr("nothing resolved") : tr("%1 resolved").arg(ofCount(f.fcr, f.resolved)));
    set(Tile::Csat, percent(f.csatBp(), locale),
        f.csatAnswers == 0 ? tr("no answers") : tr("%n answers", nullptr, f.csatAnswers));
    set(Tile::Backlog, locale.toString(s.backlog.total()),
        s.backlog.overWeek == 0 ? tr("none older than 7 days")
                                : tr("%n older than 7 days", nullptr, s.backlog.overWeek));
    m_clockNote->setText(
        tr("Times are in %1, without the time spent waiting for the customer or a third party, or resolved "
           "before a reopen. Median and p90: half and nine in ten of the tickets stayed within them.")
            .arg(clockName(f.firstResponse, f.resolution)));
}

void SupportMetricsPage::showTable()
{
    const SupportGrouping g = grouping();
    m_model->setRows(g, m_report.breakdowns.value(g), m_from, m_to);
    m_view->resizeColumnsToContents();
    // The backlog is taken now, not per week or month.
    m_view->setColumnHidden(SupportMetricsTableModel::Open,
                            g == SupportGrouping::Week || g == SupportGrouping::Month);
}

QString SupportMetricsPage::tileValue(Tile tile) const
{
    return m_tiles.value(tile).value->text();
}

QString SupportMetricsPage::tileDetail(Tile tile) const
{
    return m_tiles.value(tile).detail->text();
}

QString SupportMetricsPage::clockNote() const
{
    return m_clockNote->text();
}

} // namespace kontor

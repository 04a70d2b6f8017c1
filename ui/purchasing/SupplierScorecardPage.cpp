#include "SupplierScorecardPage.h"

#include "PurchasingWarningsDialog.h"
#include "ScorecardLineModel.h"
#include "ScorecardText.h"
#include "ScorecardTrendChart.h"
#include "SupplierReportDialog.h"
#include "common/ActionButton.h"
#include "common/MessageBox.h"
#include "common/ProgressRunner.h"
#include "common/TableViews.h"
#include "documents/SupplierReportDocument.h"
#include "orders/ShopDetailsService.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierPerformance.h"
#include "purchasing/SupplierService.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace kontor {

namespace {

// Runs one job at a time on a pool thread and hands its result to `done` on the GUI thread. A job
// started while one runs waits for it and replaces any other waiting job; the running job's
// result is then stale and dropped.
template <typename T>
class Loader
{
public:
    using Job = std::function<T()>;

    explicit Loader(std::function<void(const T&)> done)
        : m_done(std::move(done))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<T>::finished, &m_watcher, [this] { finished(); });
    }
    ~Loader()
    {
        // The job uses the services and the database: it must be done before they may go away.
        m_watcher.disconnect();
        m_watcher.waitForFinished();
    }
    Loader(const Loader&) = delete;
    Loader& operator=(const Loader&) = delete;

    void start(Job job)
    {
        if (m_running) {
            m_next = std::move(job);
            return;
        }
        m_running = true;
        m_watcher.setFuture(QtConcurrent::run(std::move(job)));
    }
    bool isBusy() const { return m_running; }

private:
    void finished()
    {
        if (m_next) {
            Job job = std::move(m_next);
            m_next = nullptr;
            m_watcher.setFuture(QtConcurrent::run(std::move(job)));
            return;
        }
        m_running = false;
        m_done(m_watcher.result());
    }

    QFutureWatcher<T> m_watcher;
    Job m_next;
    std::function<void(const T&)> m_done;
    bool m_running = false;
};

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

struct SupplierScorecardPage::Detail
{
    Id supplierId;
    QList<ScorecardMonth> trend;
    QList<ScorecardLine> lines;
};

struct SupplierScorecardPage::Loaders
{
    explicit Loaders(SupplierScorecardPage* page)
        : cards([page](const Result<QList<ScorecardTableModel::Row>>& r) { page->onScorecards(r); })
        , detail([page](const Result<Detail>& r) { page->onDetail(r); })
        , warnings([page](const Result<PurchasingWarnings>& r) { page->onWarnings(r); })
    {}

    Loader<Result<QList<ScorecardTableModel::Row>>> cards;
    Loader<Result<Detail>> detail;
    Loader<Result<PurchasingWarnings>> warnings;
};

SupplierScorecardPage::SupplierScorecardPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new ScorecardTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_lines(new ScorecardLineModel(this))
    , m_chart(new ScorecardTrendChart)
    , m_view(new QTableView)
    , m_lineView(new QTableView)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_tabs(new QTabWidget)
    , m_period(new QComboBox)
    , m_fromEdit(new QDateEdit)
    , m_toEdit(new QDateEdit)
    , m_dash(new QLabel(u"–"_qs))
    , m_rangeLabel(new QLabel)
    , m_emptyLabel(new QLabel)
    , m_footer(new QLabel)
    , m_status(new QLabel)
    , m_busy(new QProgressBar)
    , m_detailTitle(new QLabel)
    , m_summary(new QLabel)
    , m_explanation(new QPlainTextEdit)
    , m_warningsButton(nullptr)
    , m_warningsAction(new QAction(this))
    , m_reportAction(new QAction(tr("Supplier &report (PDF)…"), this))
    , m_refresh(new QTimer(this))
{
    m_loaders = std::make_unique<Loaders>(this);

    // ---- actions ----
    m_warningsAction->setObjectName(u"warningsAction"_qs);
    m_warningsAction->setText(tr("Warnings"));
    m_warningsAction->setToolTip(
        tr("Overdue purchase orders, contracts ending, suppliers missing their targets"));
    m_warningsAction->setEnabled(false);
    m_reportAction->setObjectName(u"reportAction"_qs);
    m_reportAction->setToolTip(tr("A PDF for the selected supplier: the scorecard against the contract's "
                                  "targets, open claims and the demand forecast for its products"));
    m_reportAction->setEnabled(false);
    connect(m_warningsAction, &QAction::triggered, this, &SupplierScorecardPage::showWarnings);
    connect(m_reportAction, &QAction::triggered, this, [this] { saveReport(); });
    m_warningsButton = actionButton(m_warningsAction, u"warningsButton"_qs);
    m_warningsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // ---- period bar ----
    m_period->setObjectName(u"periodCombo"_qs);
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Between dates…"), int(Period::Custom));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setToolTip(tr("Delivery figures judge the PO lines due in the period; quality, lead time and "
                            "spend come from the receipts dated in it"));
    const QDate today = m_services.purchases.today();
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->hide();
    }
    m_fromEdit->setObjectName(u"fromDate"_qs);
    m_toEdit->setObjectName(u"toDate"_qs);
    m_fromEdit->setDate(firstOfMonth(today).addMonths(-2));
    m_toEdit->setDate(today);
    m_dash->hide();
    m_rangeLabel->setObjectName(u"rangeLabel"_qs);
    m_rangeLabel->setStyleSheet(u"color: palette(dark);"_qs);
    auto* topBar = new QHBoxLayout;
    topBar->addWidget(new QLabel(tr("Period:")));
    topBar->addWidget(m_period);
    topBar->addWidget(m_fromEdit);
    topBar->addWidget(m_dash);
    topBar->addWidget(m_toEdit);
    topBar->addSpacing(8);
    topBar->addWidget(m_rangeLabel);
    topBar->addStretch(1);
    topBar->addWidget(m_warningsButton);
    topBar->addWidget(actionButton(m_reportAction, u"reportButton"_qs));

    // ---- the scorecards ----
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScorecardTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view->setObjectName(u"scorecardTable"_qs);
    m_view->setModel(m_proxy);
    // The supplier's name keeps room to be read; the figures scroll sideways when the window is narrow.
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, -1);
    m_view->horizontalHeader()->setStretchLastSection(true);
    TableViews::setColumnWidths(m_view, {{ScorecardTableModel::Supplier, 26},
                                         {ScorecardTableModel::LinesJudged, 7},
                                         {ScorecardTableModel::OnTime, 11},
                                         {ScorecardTableModel::InFull, 11},
                                         {ScorecardTableModel::Otif, 11},
                                         {ScorecardTableModel::Defects, 11},
                                         {ScorecardTableModel::Missorts, 11},
                                         {ScorecardTableModel::LeadTimeMean, 9},
                                         {ScorecardTableModel::LeadTimeP90, 6},
                                         {ScorecardTableModel::LeadTimePromised, 9},
                                         {ScorecardTableModel::PenaltiesAccrued, 13},
                                         {ScorecardTableModel::PenaltiesClaimed, 13},
                                         {ScorecardTableModel::PenaltiesCollected, 13},
                                         {ScorecardTableModel::Spend, 14}});
    TableViews::fitTitles(m_view, ScorecardTableModel::LinesJudged);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ScorecardTableModel::Supplier, Qt::AscendingOrder);

    m_emptyLabel->setObjectName(u"emptyLabel"_qs);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->hide();
    m_footer->setObjectName(u"footerLabel"_qs);
    m_status->setObjectName(u"statusLabel"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setObjectName(u"busyBar"_qs);
    m_busy->setRange(0, 0); // busy: the figures come as a whole
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(120);
    m_busy->setMaximumHeight(m_footer->sizeHint().height());
    m_busy->hide();
    auto* listBox = new QWidget;
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_emptyLabel, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_busy);
    footer->addWidget(m_footer);
    listLayout->addLayout(footer);

    // ---- the selected supplier ----
    m_detailTitle->setObjectName(u"detailTitle"_qs);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::RichText);
    m_chart->setObjectName(u"trendChart"_qs);

    m_summary->setObjectName(u"summaryLabel"_qs);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lineView->setObjectName(u"lineTable"_qs);
    m_lineView->setModel(m_lines);
    TableViews::setUp(m_lineView);
    TableViews::setColumnWidths(m_lineView, {{ScorecardLineModel::Sku, 10},
                                             {ScorecardLineModel::Name, 22},
                                             {ScorecardLineModel::Contract, 9},
                                             {ScorecardLineModel::Ordered, 8},
                                             {ScorecardLineModel::OnTime, 8},
                                             {ScorecardLineModel::InFull, 8},
                                             {ScorecardLineModel::Otif, 6},
                                             {ScorecardLineModel::DaysLate, 8},
                                             {ScorecardLineModel::DefectPenalty, 12},
                                             {ScorecardLineModel::MissortPenalty, 12},
                                             {ScorecardLineModel::ShortagePenalty, 12},
                                             {ScorecardLineModel::Clauses, 120}});
    ScorecardLineModel::sizeColumns(m_lineView);
    TableViews::fitTitles(m_lineView);
    m_explanation->setObjectName(u"explanationText"_qs);
    m_explanation->setReadOnly(true);
    // Room for a line's working (dates, each late part, the cap, the quality penalties).
    m_explanation->setFixedHeight(m_explanation->fontMetrics().lineSpacing() * 6 +
                                  2 * m_explanation->frameWidth() + 8);
    auto* why = new QWidget;
    auto* whyLayout = new QVBoxLayout(why);
    whyLayout->setContentsMargins(6, 6, 6, 6);
    whyLayout->addWidget(m_summary);
    whyLayout->addWidget(m_lineView, 1);
    whyLayout->addWidget(m_explanation);
    m_tabs->setObjectName(u"detailTabs"_qs);
    m_tabs->addTab(m_chart, tr("Trend, last 12 months"));
    m_tabs->addTab(why, tr("Why this figure?"));

    m_detailBox = new QWidget;
    QWidget* detailBox = m_detailBox;
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_tabs, 1);

    m_splitter->addWidget(listBox);
    m_splitter->addWidget(detailBox);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({260, 420});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addWidget(m_splitter, 1);

    // ---- wiring ----
    connect(m_period, &QComboBox::currentIndexChanged, this, &SupplierScorecardPage::periodChanged);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &SupplierScorecardPage::periodChanged);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &SupplierScorecardPage::periodChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_restoring)
            return;
        if (const ScorecardTableModel::Row* row = currentRow())
            m_selected = row->card.supplierId;
        loadDetail();
    });
    connect(m_lineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupplierScorecardPage::updateExplanation);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &SupplierScorecardPage::reload);
    connect(&m_services.purchases, &PurchaseOrderService::purchaseOrdersChanged, this,
            &SupplierScorecardPage::scheduleReload);
    connect(&m_services.purchases, &PurchaseOrderService::claimsChanged, this,
            &SupplierScorecardPage::scheduleReload);
    connect(&m_services.suppliers, &SupplierService::contractsChanged, this,
            &SupplierScorecardPage::scheduleReload);
    connect(&m_services.suppliers, &SupplierService::suppliersChanged, this,
            &SupplierScorecardPage::scheduleReload);

    updateDetailTitle();
    updateSummary();
    updateExplanation();
}

SupplierScorecardPage::~SupplierScorecardPage()
{
    m_loaders.reset(); // waits for the workers, before the models they report to go away
}

// ---- period ---------------------------------------------------------------------------------------

std::pair<QDate, QDate> SupplierScorecardPage::periodRange(Period period, QDate today)
{
    const QDate month = firstOfMonth(today);
    switch (period) {
    case Period::ThisMonth:
        return {month, today};
    case Period::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Period::ThisQuarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case Period::Last12Months:
        return {month.addMonths(-11), today};
    case Period::Custom:
        break;
    }
    return {today, today};
}

void SupplierScorecardPage::setPeriod(Period period, QDate from, QDate to)
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

void SupplierScorecardPage::periodChanged()
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

void SupplierScorecardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void SupplierScorecardPage::scheduleReload()
{
    if (isVisible())
        m_refresh->start();
    else
        m_stale = true;
}

bool SupplierScorecardPage::isLoading() const
{
    return m_loaders->cards.isBusy() || m_loaders->detail.isBusy() || m_loaders->warnings.isBusy();
}

void SupplierScorecardPage::reload()
{
    m_stale = false;
    m_refresh->stop();
    m_today = m_services.purchases.today();
    const Period period = Period(m_period->currentData().toInt());
    if (period == Period::Custom) {
        m_from = std::min(m_fromEdit->date(), m_toEdit->date());
        m_to = std::max(m_fromEdit->date(), m_toEdit->date());
    } else {
        std::tie(m_from, m_to) = periodRange(period, m_today);
    }
    m_rangeLabel->setText(m_to == m_today ? tr("%1 (to date)").arg(ScorecardText::period(m_from, m_to))
                                          : ScorecardText::period(m_from, m_to));
    m_rangeLabel->setVisible(period != Period::Custom); // the dates are in the boxes

    SupplierPerformance* performance = &m_services.performance;
    SupplierService* suppliers = &m_services.suppliers;
    const Actor actor = m_actor;
    const QDate from = m_from;
    const QDate to = m_to;
    const QDate asOf = m_today;
    m_loaders->cards.start([=]() -> Result<QList<ScorecardTableModel::Row>> {
        // The database gives this pool thread its own connection.
        auto cards = performance->scorecards(actor, from, to, asOf);
        if (!cards)
            return fail(cards.error());
        QList<ScorecardTableModel::Row> rows;
        for (const Scorecard& card : std::as_const(*cards)) {
            ScorecardTableModel::Row row{card, {}, {}};
            // The contract the targets came from (SupplierPerformance takes the one valid then).
            auto contract = suppliers->contractOn(actor, card.supplierId, std::min(to, asOf));
            if (!contract)
                return fail(contract.error());
            if (*contract) {
                row.contractNumber = (*contract)->number;
                row.terms = (*contract)->terms;
            }
            rows.append(row);
        }
        return rows;
    });
    m_loaders->warnings.start([=]() { return performance->warnings(actor, asOf); });
    loadDetail();
    updateBusy();
}

void SupplierScorecardPage::onScorecards(const Result<QList<ScorecardTableModel::Row>>& rows)
{
    if (!rows) {
        m_model->clear();
        m_footer->setText(tr("Cannot compute the scorecards: %1").arg(rows.error().message));
        updateBusy();
        return;
    }
    const Id keep = m_selected;
    {
        // Selecting the kept supplier again must not start a second detail load: one follows below.
        const QScopedValueRollback restoring(m_restoring, true);
        m_model->setRows(*rows);
        int row = m_model->rowOf(keep);
        QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : m_proxy->index(0, 0);
        if (index.isValid()) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_view->scrollTo(index);
        } else {
            m_view->selectionModel()->clear();
        }
    }
    // m_selected stays the user's choice: when the supplier is back in a later period, so is the selection.

    const int shown = m_model->rowCount();
    m_view->setVisible(shown > 0);
    m_emptyLabel->setVisible(shown == 0);
    m_emptyLabel->setText(
        tr("<p style='font-size:large'><b>No supplier activity in this period</b></p>"
           "<p>No purchase order line was due and nothing was received from %1 to %2. "
           "Choose a longer period; suppliers are measured once their purchase orders "
           "are confirmed under a contract.</p>")
            .arg(ScorecardText::date(m_from).toHtmlEscaped(), ScorecardText::date(m_to).toHtmlEscaped()));
    // Nothing to show details of: the list (or its empty message) takes the page.
    m_detailBox->setVisible(shown > 0);
    QString footer = shown == 0   ? QString()
                     : shown == 1 ? tr("1 supplier")
                                  : tr("%n suppliers", nullptr, shown);
    if (const int breaching = m_model->breachingCount(); breaching > 0)
        footer += u", "_qs + (breaching == 1 ? tr("1 missing its targets")
                                             : tr("%n missing their targets", nullptr, breaching));
    m_footer->setText(footer);
    loadDetail();
    updateBusy();
    Q_EMIT scorecardsLoaded();
}

const ScorecardTableModel::Row* SupplierScorecardPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
}

void SupplierScorecardPage::selectSupplier(const Id& supplierId)
{
    m_selected = supplierId;
    const int row = m_model->rowOf(supplierId);
    if (row < 0)
        return; // selected when the list has it
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void SupplierScorecardPage::loadDetail()
{
    const ScorecardTableModel::Row* row = currentRow();
    m_reportAction->setEnabled(row != nullptr);
    updateDetailTitle();
    if (!row) {
        m_detailOf = Id();
        m_chart->clear();
        m_lines->clear();
        updateSummary();
        updateExplanation();
        return;
    }
    if (m_loaders->cards.isBusy())
        return; // the detail follows the new scorecards
    const Id supplierId = row->card.supplierId;
    if (supplierId != m_detailOf) {
        // Another supplier: show nothing stale while its figures come.
        m_chart->clear();
        m_lines->clear();
        m_summary->setText(tr("Computing…"));
        updateExplanation();
    }
    m_detailOf = supplierId;
    SupplierPerformance* performance = &m_services.performance;
    const Actor actor = m_actor;
    const QDate from = m_from;
    const QDate to = m_to;
    const QDate asOf = m_today;
    m_loaders->detail.start([=]() -> Result<Detail> {
        Detail d;
        d.supplierId = supplierId;
        auto trend = performance->trend(actor, supplierId, 12, asOf);
        if (!trend)
            return fail(trend.error());
        d.trend = *trend;
        auto lines = performance->judgedLines(actor, supplierId, from, to, {}, asOf);
        if (!lines)
            return fail(lines.error());
        d.lines = *lines;
        return d;
    });
    updateBusy();
}

void SupplierScorecardPage::onDetail(const Result<Detail>& detail)
{
    updateBusy();
    const ScorecardTableModel::Row* row = currentRow();
    if (!detail) {
        m_chart->clear();
        m_lines->clear();
        m_summary->setText(tr("Cannot compute the supplier's figures: %1").arg(detail.error().message));
        return;
    }
    if (!row || row->card.supplierId != detail->supplierId)
        return; // the selection moved on; its own load follows
    const Scorecard& card = row->card;
    m_chart->setTrend(detail->trend, {card.targetOnTimeBp, card.targetInFullBp, card.maxDefectBp});
    m_lines->setLines(detail->lines);
    updateSummary();
    updateExplanation();
    Q_EMIT detailLoaded();
}

void SupplierScorecardPage::onWarnings(const Result<PurchasingWarnings>& warnings)
{
    updateBusy();
    if (!warnings) {
        m_warnings = {};
        m_warningsAction->setText(tr("Warnings"));
        m_warningsAction->setEnabled(false);
        m_warningsAction->setToolTip(tr("Cannot read the warnings: %1").arg(warnings.error().message));
        return;
    }
    m_warnings = *warnings;
    const int count = m_warnings.count();
    m_warningsAction->setText(tr("Warnings (%1)").arg(count));
    m_warningsAction->setEnabled(count > 0);
    m_warningsAction->setIcon(count > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_warningsAction->setToolTip(
        count > 0
            ? tr("%1: overdue purchase orders, contracts ending, suppliers missing their targets this month")
                  .arg(PurchasingWarningsDialog::countText(count))
            : tr("Nothing needs attention: no purchase order is overdue, no contract is ending and every "
                 "supplier meets its targets this month"));
    Q_EMIT warningsLoaded();
}

void SupplierScorecardPage::updateBusy()
{
    const bool busy = isLoading();
    m_busy->setVisible(busy);
    m_busy->setToolTip(busy ? tr("Computing the supplier figures…") : QString());
    if (busy && m_model->rowCount() == 0 && m_loaders->cards.isBusy())
        m_footer->setText(tr("Computing…"));
}

// ---- detail texts ---------------------------------------------------------------------------------

void SupplierScorecardPage::updateDetailTitle()
{
    const ScorecardTableModel::Row* row = currentRow();
    if (!row) {
        m_detailTitle->setText(m_model->rowCount() > 0
                                   ? tr("Select a supplier to see its trend and the lines "
                                        "behind its figures.")
                                   : QString());
        return;
    }
    const Scorecard& s = row->card;
    const QLocale locale;
    QStringList targets;
    if (s.targetOnTimeBp)
        targets.append(tr("on time %1").arg(ScorecardText::percent(s.targetOnTimeBp, locale)));
    if (s.targetInFullBp)
        targets.append(tr("in full %1").arg(ScorecardText::percent(s.targetInFullBp, locale)));
    if (s.maxDefectBp)
        targets.append(tr("defects at most %1").arg(ScorecardText::percent(s.maxDefectBp, locale)));
    if (s.maxMissortBp)
        targets.append(tr("mis-sorts at most %1").arg(ScorecardText::percent(s.maxMissortBp, locale)));
    QString text = u"<b>"_qs + s.supplierName.toHtmlEscaped() + u"</b>"_qs;
    if (row->contractNumber.isEmpty())
        text += u" · "_qs + tr("no contract valid at the end of the period, so no targets");
    else if (targets.isEmpty())
        text += u" · "_qs + tr("contract %1 sets no targets").arg(row->contractNumber.toHtmlEscaped());
    else
        text +=
            u" · "_qs +
            tr("targets of contract %1: %2").arg(row->contractNumber.toHtmlEscaped(), targets.join(u", "_qs));
    m_detailTitle->setText(text);
}

void SupplierScorecardPage::updateSummary()
{
    const ScorecardTableModel::Row* row = currentRow();
    if (!row || row->card.supplierId != m_detailOf) {
        m_summary->clear();
        return;
    }
    const Scorecard& s = row->card;
    const QLocale locale;
    const ScorecardLineModel::Totals t = m_lines->totals();
    auto units = [&locale](Quantity q) { return q.toLocaleString(locale); };
    QString text;
    if (t.lines == 0) {
        text = tr("No PO line was due in the period, so nothing was judged for delivery.");
    } else {
        const QString lines = t.lines == 1 ? tr("1 line judged") : tr("%n lines judged", nullptr, t.lines);
        text =
            tr("%1: %2 of %3 units on time = %4; %5 of %3 in full = %6; %7 of %8 OTIF = %9")
                .arg(
                    lines, units(t.onTime), units(t.ordered),
                    ScorecardText::percent(SupplierSla::ratioBp(t.onTime.milli(), t.ordered.milli()), locale),
                    units(t.inFull),
                    ScorecardText::percent(SupplierSla::ratioBp(t.inFull.milli(), t.ordered.milli()), locale),
                    QString::number(t.linesOtif), QString::number(t.lines),
                    ScorecardText::percent(SupplierSla::ratioBp(t.linesOtif, t.lines), locale));
        if (!t.currency.isEmpty())
            text += u"; "_qs + tr("penalties %1").arg(ScorecardText::money(t.penalties, t.currency, locale));
        text += u"."_qs;
    }
    if (s.receipts > 0) {
        text +=
            u"\n"_qs +
            (s.receipts == 1 ? tr("1 receipt in the period")
                             : tr("%n receipts in the period", nullptr, s.receipts)) +
            u": "_qs +
            tr("%1 units received, %2 defective = %3, %4 mis-sorted = %5; lead time %6 to %7 days, mean %8, "
               "p90 %9")
                .arg(units(s.unitsReceived), units(s.unitsDefective),
                     ScorecardText::percent(s.defectBp, locale), units(s.unitsMissorted),
                     ScorecardText::percent(s.missortBp, locale), QString::number(s.leadTime.min),
                     QString::number(s.leadTime.max), ScorecardText::days(s.leadTime.mean, locale),
                     QString::number(s.leadTime.p90)) +
            u"; "_qs + tr("spend %1").arg(ScorecardText::money(s.spend, s.currency, locale)) + u"."_qs;
    } else {
        text += u"\n"_qs + tr("Nothing was received in the period.");
    }
    m_summary->setText(text);
}

void SupplierScorecardPage::updateExplanation()
{
    const QModelIndex current = m_lineView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_explanation->setPlainText(
            m_lines->rowCount() > 0 ? tr("Select a line to see how its figures and penalties were computed.")
                                    : QString());
        return;
    }
    m_explanation->setPlainText(m_lines->explanation(current.row()));
}

QString SupplierScorecardPage::footerText() const
{
    return m_footer->text();
}

QString SupplierScorecardPage::statusText() const
{
    return m_status->text();
}

QString SupplierScorecardPage::detailTitle() const
{
    return m_detailTitle->text();
}

QString SupplierScorecardPage::summaryText() const
{
    return m_summary->text();
}

QString SupplierScorecardPage::explanationText() const
{
    return m_explanation->toPlainText();
}

void SupplierScorecardPage::showStatus(const QString& text)
{
    m_status->setText(text);
}

// ---- commands -------------------------------------------------------------------------------------

void SupplierScorecardPage::showWarnings()
{
    PurchasingWarningsDialog dialog(m_warnings, m_today.isValid() ? m_today : m_services.purchases.today(),
                                    this);
    connect(&dialog, &PurchasingWarningsDialog::supplierActivated, this, [this](const Id& supplierId) {
        // Breaches are about this month.
        m_selected = supplierId;
        setPeriod(Period::ThisMonth);
    });
    dialog.exec();
}

QString SupplierScorecardPage::saveReport()
{
    const ScorecardTableModel::Row* row = currentRow();
    if (!row)
        return {};
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    SupplierReportDialog dialog(
        row->card.supplierName, ScorecardText::period(m_from, m_to),
        QDir(folder).filePath(SupplierReportDocument::fileNameFor(row->card.supplierName, m_from, m_to)),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString path = dialog.path();
    return saveReport(path, dialog.horizonDays()) ? path : QString();
}

bool SupplierScorecardPage::saveReport(const QString& path, int horizonDays)
{
    const ScorecardTableModel::Row* row = currentRow();
    if (!row || path.isEmpty())
        return false;
    const Id supplierId = row->card.supplierId;
    const QString supplierName = row->card.supplierName;
    SupplierPerformance* performance = &m_services.performance;
    ShopDetailsService* shop = &m_services.shopDetails;
    const Actor actor = m_actor;
    const QDate from = m_from;
    const QDate to = m_to;
    const QDate today = m_today.isValid() ? m_today : m_services.purchases.today();
    ProgressRunner runner(this, tr("Writing the supplier report…"));
    const auto pages = runner.run<int>([=](const ProgressRunner::Progress& progress) -> Result<int> {
        auto data = SupplierReportDocument::load(*performance, *shop, actor, supplierId, from, to,
                                                 horizonDays, today);
        if (!data)
            return fail(data.error());
        if (progress && !progress(0, 1))
            return fail(ErrorCode::Cancelled, tr("The report was cancelled."));
        return SupplierReportDocument(std::move(*data)).writePdf(path, progress);
    });
    if (!pages) {
        if (pages.error().code != ErrorCode::Cancelled)
            MessageBox::critical(this, tr("Supplier report not saved"), pages.error().toString());
        return false;
    }
    showStatus(tr("Report for %1 saved to %2.").arg(supplierName, QDir::toNativeSeparators(path)));
    return true;
}

} // namespace kontor

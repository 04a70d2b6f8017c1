#include "ReplenishmentPage.h"

#include "AppSettings.h"
#include "ReplenishmentRuleDialog.h"
#include "ReplenishmentTableModel.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "common/TableViews.h"
#include "stock/StockService.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

namespace kontor {

struct ReplenishmentPage::OnOrderSnapshot
{
    std::mutex mutex;
    QHash<Id, Quantity> units;
};

namespace {

// The service levels offered; any other stored value is shown as the nearest.
constexpr double ServiceLevels[] = {0.90, 0.95, 0.975, 0.99};

using Column = ReplenishmentTableModel::Column;

QList<int> columnsOf(ReplenishmentPage::View view)
{
    using M = ReplenishmentTableModel;
    switch (view) {
    case ReplenishmentPage::View::Suggestions:
        return {M::Sku,         M::Name,     M::Suggested,      M::Available,    M::OnOrder, M::DaysOfCover,
                M::DailyDemand, M::LeadTime, M::LeadTimeSource, M::ReorderPoint, M::Target};
    case ReplenishmentPage::View::LowStock:
        return {M::Sku,         M::Name,         M::OnHand,      M::Available,   M::OnOrder,
                M::SafetyStock, M::ReorderPoint, M::DaysOfCover, M::DailyDemand, M::LastSale};
    case ReplenishmentPage::View::Overstock:
        return {M::Sku,    M::Name,        M::Available,   M::Target,
                M::Excess, M::DaysOfCover, M::DailyDemand, M::LastSale};
    case ReplenishmentPage::View::DeadStock:
        return {M::Sku, M::Name, M::OnHand, M::Available, M::LastSale, M::FirstReceived};
    }
    return {};
}

std::pair<int, Qt::SortOrder> defaultSort(ReplenishmentPage::View view)
{
    switch (view) {
    case ReplenishmentPage::View::Suggestions:
    case ReplenishmentPage::View::LowStock:
        return {ReplenishmentTableModel::DaysOfCover, Qt::AscendingOrder};
    case ReplenishmentPage::View::Overstock:
        return {ReplenishmentTableModel::Excess, Qt::DescendingOrder};
    case ReplenishmentPage::View::DeadStock:
        return {ReplenishmentTableModel::OnHand, Qt::DescendingOrder};
    }
    return {ReplenishmentTableModel::Sku, Qt::AscendingOrder};
}

} // namespace

ReplenishmentPage::ReplenishmentPage(Services services, Actor actor, AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_settings(settings)
    , m_service(new ReplenishmentService(services.stock.database(), this))
    , m_model(new ReplenishmentTableModel(this))
    , m_tabs(new QTabBar)
    , m_hint(new QLabel)
    , m_filter(new QLineEdit)
    , m_warehouse(new QComboBox)
    , m_demandDays(new QSpinBox)
    , m_serviceLevel(new QComboBox)
    , m_leadTime(new QSpinBox)
    , m_editRule(new QPushButton(tr("Edit &rule…")))
    , m_export(new QPushButton(tr("E&xport CSV…")))
    , m_refresh(new QPushButton(tr("Re&calculate")))
    , m_createPos(new QPushButton(tr("Create purchase &orders…")))
    , m_busy(new QProgressBar)
    , m_status(new QLabel)
    , m_stack(new QStackedWidget)
    , m_view(new QTableView)
    , m_empty(new QLabel)
    , m_debounce(new QTimer(this))
    , m_onOrder(std::make_shared<OnOrderSnapshot>())
{
    // Purchasing feeds the analysis: units already on order (read once per analysis, before the
    // worker starts) and the lead time learned from receipts (read per product on the worker,
    // which has its own database connection).
    m_service->setOnOrder([snapshot = m_onOrder](const Id& product) {
        std::lock_guard lock(snapshot->mutex);
        return snapshot->units.value(product);
    });
    m_service->setLearnedLeadTime(
        [purchases = &services.purchases, actor = m_actor](const Id& product) -> std::optional<double> {
            auto learned = purchases->learnedLeadTime(actor, product);
            return learned ? *learned : std::nullopt;
        });

    // ---- lists and actions ----
    m_tabs->setObjectName(u"viewTabs"_qs);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    for (int i = 0; i < ViewCount; ++i)
        m_tabs->addTab(QString());
    m_tabs->setCurrentIndex(std::clamp(settings.replenishmentView(), 0, ViewCount - 1));
    updateTabs();

    m_filter->setObjectName(u"filterEdit"_qs);
    m_filter->setPlaceholderText(tr("Filter by SKU or name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_warehouse->setObjectName(u"warehouseCombo"_qs);
    m_warehouse->setToolTip(tr("Demand and stock of one warehouse, or of all together"));
    m_editRule->setObjectName(u"editRuleButton"_qs);
    m_editRule->setToolTip(
        tr("Set the reorder point, target, safety stock or lead time of the selected product"));
    m_editRule->setVisible(m_actor.can(Permission::EditCatalog));
    m_export->setObjectName(u"exportButton"_qs);
    m_export->setToolTip(tr("Save the list shown as a CSV file"));
    m_export->setVisible(m_actor.can(Permission::ExportData));
    m_createPos->setObjectName(u"createPurchaseOrdersButton"_qs);
    m_createPos->setToolTip(
        tr("Draft purchase orders for the suggested quantities, one per preferred supplier "
           "(only the selected products when some are selected)"));
    m_createPos->setVisible(m_actor.can(Permission::ManagePurchases));
    m_refresh->setObjectName(u"recalculateButton"_qs);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Calculate the figures again (%1)")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));

    auto* topBar = new QHBoxLayout;
    topBar->addWidget(m_tabs);
    topBar->addStretch(1);
    topBar->addWidget(m_filter);
    topBar->addWidget(m_warehouse);
    topBar->addWidget(m_editRule);
    topBar->addWidget(m_createPos);
    topBar->addWidget(m_export);

    // ---- parameters ----
    m_demandDays->setObjectName(u"demandDaysSpin"_qs);
    m_demandDays->setRange(7, 365);
    m_demandDays->setValue(settings.replenishmentDemandDays());
    m_demandDays->setToolTip(tr("Average daily sales are taken over this many days before today"));
    m_serviceLevel->setObjectName(u"serviceLevelCombo"_qs);
    const QLocale locale;
    for (double level : ServiceLevels)
        m_serviceLevel->addItem(tr("%1 %").arg(locale.toString(level * 100, 'g', 3)), level);
    {
        const double stored = settings.replenishmentServiceLevel();
        int nearest = 0;
        for (int i = 1; i < int(std::size(ServiceLevels)); ++i) {
            if (std::abs(ServiceLevels[i] - stored) < std::abs(ServiceLevels[nearest] - stored))
                nearest = i;
        }
        m_serviceLevel->setCurrentIndex(nearest);
    }
    m_serviceLevel->setToolTip(
        tr("How often stock should last until the next delivery arrives; higher keeps more safety stock"));
    m_leadTime->setObjectName(u"leadTimeSpin"_qs);
    m_leadTime->setRange(0, ReplenishmentService::MaxLeadTimeDays);
    m_leadTime->setValue(settings.replenishmentLeadTimeDays());
    m_leadTime->setToolTip(
        tr("Days from ordering to receiving, for products without a lead time of their own"));
    m_busy->setObjectName(u"busyIndicator"_qs);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->hide();
    m_status->setObjectName(u"statusLabel"_qs);
    m_status->setEnabled(false);

    auto* paramBar = new QHBoxLayout;
    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    paramBar->addWidget(label(tr("Sales of the last"), m_demandDays));
    paramBar->addWidget(m_demandDays);
    paramBar->addWidget(new QLabel(tr("days")));
    paramBar->addSpacing(16);
    paramBar->addWidget(label(tr("Service level"), m_serviceLevel));
    paramBar->addWidget(m_serviceLevel);
    paramBar->addSpacing(16);
    paramBar->addWidget(label(tr("Default lead time"), m_leadTime));
    paramBar->addWidget(m_leadTime);
    paramBar->addWidget(new QLabel(tr("days")));
    paramBar->addSpacing(16);
    paramBar->addWidget(m_refresh);
    paramBar->addStretch(1);
    paramBar->addWidget(m_busy);
    paramBar->addWidget(m_status);

    m_hint->setObjectName(u"hintLabel"_qs);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    // ---- table ----
    m_view->setObjectName(u"replenishmentTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::ExtendedSelection, ReplenishmentTableModel::Name);
    QHeaderView* header = m_view->horizontalHeader();
    // Every column fits its title and a usual value ("1 234.5 kg", a long source); the name takes
    // the rest, so figures stay narrow.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int figureWidth = metrics.horizontalAdvance(u"1 234.5 kg"_qs) + 12;
    for (int column = 0; column < ReplenishmentTableModel::ColumnCount; ++column)
        header->resizeSection(column, figureWidth);
    header->resizeSection(ReplenishmentTableModel::Sku, metrics.horizontalAdvance(u"BOTL-00265-BLK"_qs) + 12);
    header->resizeSection(
        ReplenishmentTableModel::LeadTimeSource,
        metrics.horizontalAdvance(ReplenishmentService::leadTimeSourceName(LeadTimeSource::Learned)) + 16);
    TableViews::fitTitles(m_view);
    m_view->setSortingEnabled(true);

    m_empty->setObjectName(u"emptyLabel"_qs);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addLayout(paramBar);
    layout->addWidget(m_hint);
    layout->addWidget(m_stack, 1);

    // ---- wiring ----
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(RecalculateDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &ReplenishmentPage::startCalculation);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReplenishmentPage::applyResult);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_settings.setReplenishmentView(index);
        applyColumns();
        applyView();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &ReplenishmentPage::applyView);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, &ReplenishmentPage::scheduleRecalculate);
    connect(m_demandDays, &QSpinBox::valueChanged, this, &ReplenishmentPage::saveParams);
    connect(m_serviceLevel, &QComboBox::currentIndexChanged, this, &ReplenishmentPage::saveParams);
    connect(m_leadTime, &QSpinBox::valueChanged, this, &ReplenishmentPage::saveParams);
    connect(m_refresh, &QPushButton::clicked, this, &ReplenishmentPage::recalculate);
    connect(m_editRule, &QPushButton::clicked, this, &ReplenishmentPage::editRule);
    connect(m_export, &QPushButton::clicked, this, &ReplenishmentPage::chooseExportFile);
    connect(m_createPos, &QPushButton::clicked, this, &ReplenishmentPage::createPurchaseOrders);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_actor.can(Permission::EditCatalog))
            editRule();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReplenishmentPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReplenishmentPage::updateActions);

    connect(&services.stock, &StockService::stockChanged, this, &ReplenishmentPage::scheduleRecalculate);
    connect(&services.stock, &StockService::locationsChanged, this, [this] {
        reloadWarehouses();
        scheduleRecalculate();
    });
    connect(&services.products, &ProductService::productsChanged, this,
            &ReplenishmentPage::scheduleRecalculate);
    connect(m_service, &ReplenishmentService::rulesChanged, this, &ReplenishmentPage::scheduleRecalculate);
    // What is on order changes with every PO sent, received or closed.
    connect(&services.purchases, &PurchaseOrderService::purchaseOrdersChanged, this,
            &ReplenishmentPage::scheduleRecalculate);

    reloadWarehouses();
    applyColumns();
    applyView();
    updateActions();
}

ReplenishmentPage::~ReplenishmentPage()
{
    // The worker reads the database through the service: let it stop before they go away.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

ReplenishmentPage::View ReplenishmentPage::currentView() const
{
    return View(std::clamp(m_tabs->currentIndex(), 0, ViewCount - 1));
}

void ReplenishmentPage::setView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

ReplenishmentParams ReplenishmentPage::params() const
{
    ReplenishmentParams p;
    p.demandDays = m_demandDays->value();
    p.serviceLevel = m_serviceLevel->currentData().toDouble();
    p.defaultLeadTimeDays = m_leadTime->value();
    return p;
}

void ReplenishmentPage::saveParams()
{
    m_settings.setReplenishmentDemandDays(m_demandDays->value());
    m_settings.setReplenishmentServiceLevel(m_serviceLevel->currentData().toDouble());
    m_settings.setReplenishmentLeadTimeDays(m_leadTime->value());
    Q_EMIT paramsChanged();
    scheduleRecalculate();
}

void ReplenishmentPage::reloadWarehouses()
{
    const Id current = m_warehouse->currentData().value<Id>();
    const QSignalBlocker blocker(m_warehouse);
    m_warehouse->clear();
    m_warehouse->addItem(tr("All warehouses"), QVariant::fromValue(Id()));
    auto warehouses = m_services.stock.warehouses(m_actor);
    if (warehouses) {
        for (const Warehouse& w : std::as_const(*warehouses)) {
            // A marketplace warehouse holds FBO stock only, which the shop never sells from.
            if (w.kind == WarehouseKind::Own)
                m_warehouse->addItem(StockService::displayName(w), QVariant::fromValue(w.id));
        }
    }
    const int index = m_warehouse->findData(QVariant::fromValue(current));
    m_warehouse->setCurrentIndex(std::max(0, index));
    m_warehouse->setVisible(m_warehouse->count() > 2);
}

void ReplenishmentPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_running)
        startCalculation();
}

void ReplenishmentPage::scheduleRecalculate()
{
    m_stale = true;
    if (isVisible())
        m_debounce->start();
}

void ReplenishmentPage::recalculate()
{
    m_debounce->stop();
    m_stale = true;
    startCalculation();
}

void ReplenishmentPage::startCalculation()
{
    if (m_running) {
        // Stop the running one at its next step; applyResult() starts again.
        m_pending = true;
        m_cancel->store(true);
        return;
    }
    m_stale = false;
    m_pending = false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_busy->show();
    m_status->setText(tr("Calculating…"));
    const ReplenishmentParams p = params();
    const Id warehouse = m_warehouse->currentData().value<Id>();
    m_resultWarehouse = warehouse;
    // One read of everything on order for the whole analysis, not one per product.
    if (auto units = m_services.purchases.onOrder(m_actor)) {
        std::lock_guard lock(m_onOrder->mutex);
        m_onOrder->units = std::move(*units);
    }
    m_watcher.setFuture(QtConcurrent::run([service = m_service, actor = m_actor, p, warehouse,
                                           cancel = m_cancel]() -> Outcome {
        return service->analyse(actor, p, warehouse, [cancel](qint64, qint64) { return !cancel->load(); });
    }));
}

void ReplenishmentPage::applyResult()
{
    m_running = false;
    const Outcome outcome = m_watcher.result();
    if (m_pending || (m_stale && isVisible())) {
        // Something changed while this ran: its figures are already old.
        startCalculation();
        return;
    }
    m_busy->hide();
    if (!outcome) {
        m_status->setText(tr("The figures could not be calculated"));
        m_status->setToolTip(outcome.error().toString());
        m_hasResult = false;
        m_lines.clear();
    } else {
        m_lines = *outcome;
        m_hasResult = true;
        m_status->setText(
            tr("Calculated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_status->setToolTip(tr("%n product(s) analysed", nullptr, int(m_lines.size())));
    }
    updateTabs();
    applyView();
    Q_EMIT calculated();
}

bool ReplenishmentPage::inView(const ReplenishmentLine& line, View view)
{
    switch (view) {
    case View::Suggestions:
        return line.belowReorderPoint && line.suggested.milli() > 0;
    case View::LowStock:
        return line.belowReorderPoint;
    case View::Overstock:
        return line.overstock;
    case View::DeadStock:
        return line.dead;
    }
    return false;
}

int ReplenishmentPage::count(View view) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [view](const ReplenishmentLine& line) { return inView(line, view); }));
}

void ReplenishmentPage::updateTabs()
{
    const QString names[] = {tr("Suggestions"), tr("Low stock"), tr("Overstock"), tr("Dead stock")};
    for (int i = 0; i < ViewCount; ++i)
        m_tabs->setTabText(i, m_hasResult ? tr("%1 (%2)").arg(names[i], QLocale().toString(count(View(i))))
                                          : names[i]);
}

void ReplenishmentPage::applyColumns()
{
    const QList<int> shown = columnsOf(currentView());
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < ReplenishmentTableModel::ColumnCount; ++column)
        header->setSectionHidden(column, !shown.contains(column));
    // Visual order follows the list's order of columns.
    for (int i = 0; i < shown.size(); ++i)
        header->moveSection(header->visualIndex(shown.at(i)), i);
    const auto [column, order] = defaultSort(currentView());
    header->setSortIndicator(column, order); // sorts the model through the view
}

void ReplenishmentPage::applyView()
{
    const View view = currentView();
    const QString needle = m_filter->text().trimmed();
    const Id selected = m_view->currentIndex().data(ReplenishmentTableModel::IdRole).value<Id>();
    QList<ReplenishmentLine> shown;
    for (const ReplenishmentLine& line : std::as_const(m_lines)) {
        if (!inView(line, view))
            continue;
        if (!needle.isEmpty() && !line.sku.contains(needle, Qt::CaseInsensitive) &&
            !line.name.contains(needle, Qt::CaseInsensitive))
            continue;
        shown.append(line);
    }
    m_model->setLines(std::move(shown));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, ReplenishmentTableModel::Sku));

    const ReplenishmentParams p = params();
    switch (view) {
    case View::Suggestions:
        m_hint->setText(
            tr("Products at or below their reorder point, with the quantity that brings them up to "
               "their target, less what open purchase orders still bring."));
        m_empty->setText(tr("Nothing needs reordering."));
        break;
    case View::LowStock:
        m_hint->setText(
            tr("Products whose available stock (on hand minus reserved) is at or below the reorder "
               "point."));
        m_empty->setText(tr("No product is low on stock."));
        break;
    case View::Overstock:
        m_hint->setText(tr("Products with more available stock than their target, or enough for more than %1 "
                           "of sales.")
                            .arg(ReplenishmentTableModel::daysText(p.overstockDays)));
        m_empty->setText(tr("No product is overstocked."));
        break;
    case View::DeadStock:
        m_hint->setText(tr("Products in stock that have not sold for %1 and arrived before that.")
                            .arg(ReplenishmentTableModel::daysText(p.deadDays)));
        m_empty->setText(tr("No dead stock."));
        break;
    }
    if (!m_hasResult)
        m_empty->setText(m_running || m_stale ? tr("Calculating…")
                                              : tr("The figures could not be calculated."));
    else if (!needle.isEmpty())
        m_empty->setText(tr("No product in this list matches \"%1\".").arg(needle));
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_view) : m_empty);
    updateActions();
}

void ReplenishmentPage::updateActions()
{
    m_editRule->setEnabled(m_view->currentIndex().isValid());
    m_export->setEnabled(m_model->rowCount() > 0);
    m_createPos->setEnabled(count(View::Suggestions) > 0);
}

QList<PurchaseSuggestion> ReplenishmentPage::purchaseSuggestions() const
{
    QList<PurchaseSuggestion> list;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        const ReplenishmentLine* line = m_model->lineAt(index.row());
        if (line && line->suggested.milli() > 0)
            list.append(PurchaseSuggestion{line->productId, line->suggested});
    }
    if (!selected.isEmpty())
        return list;
    for (const ReplenishmentLine& line : m_lines) {
        if (inView(line, View::Suggestions))
            list.append(PurchaseSuggestion{line.productId, line.suggested});
    }
    return list;
}

bool ReplenishmentPage::createPurchaseOrders()
{
    if (!m_actor.can(Permission::ManagePurchases))
        return false;
    const QList<PurchaseSuggestion> suggestions = purchaseSuggestions();
    const bool some = !m_view->selectionModel()->selectedRows().isEmpty();
    if (suggestions.isEmpty()) {
        MessageBox::information(this, tr("Create purchase orders"),
                                some ? tr("The selected products have no suggested quantity to order.")
                                     : tr("Nothing needs reordering."));
        return false;
    }
    const int n = int(suggestions.size());
    const auto answer = MessageBox::question(
        this, tr("Create purchase orders"),
        (some ? tr("Draft purchase orders for the %n selected product(s) with a suggested quantity, one per "
                   "preferred supplier?",
                   nullptr, n)
              : tr("Draft purchase orders for all %n suggested product(s), one per preferred supplier?",
                   nullptr, n)) +
            u"\n\n"_qs +
            tr("Quantities are rounded up to the contract's minimum and packs. Check the drafts "
               "under Purchase orders before sending them."),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    auto made = m_services.purchases.draftsFromSuggestions(m_actor, suggestions);
    if (!made) {
        MessageBox::warning(this, tr("Create purchase orders"), made.error().message);
        return false;
    }
    QList<Id> ids;
    QStringList orders;
    for (const PurchaseOrder& po : std::as_const(made->orders)) {
        ids.append(po.id);
        orders.append(
            tr("%1 to %2: %n line(s)", nullptr, int(po.lines.size())).arg(po.number, po.supplierName));
    }
    QString text = orders.isEmpty() ? tr("No purchase order was made.")
                                    : tr("%n draft purchase order(s) made:", nullptr, int(orders.size())) +
                                          u"\n"_qs + orders.join(u'\n');
    if (!made->unassigned.isEmpty()) {
        QStringList products;
        for (const Id& id : std::as_const(made->unassigned)) {
            const auto it = std::find_if(m_lines.cbegin(), m_lines.cend(),
                                         [&](const ReplenishmentLine& l) { return l.productId == id; });
            products.append(it != m_lines.cend() ? tr("%1 %2").arg(it->sku, it->name) : id.toString());
        }
        text += u"\n\n"_qs +
                tr("%n product(s) without a preferred supplier (or dropshipped) were left out; set their "
                   "supplier on the supplier's card:",
                   nullptr, int(products.size())) +
                u"\n"_qs + products.join(u'\n');
    }
    MessageBox::information(this, tr("Purchase orders created"), text);
    m_status->setText(tr("%n draft purchase order(s) made", nullptr, int(ids.size())));
    if (!ids.isEmpty())
        Q_EMIT purchaseOrdersCreated(ids);
    return !ids.isEmpty();
}

void ReplenishmentPage::editRule()
{
    const ReplenishmentLine* line = m_model->lineAt(m_view->currentIndex().row());
    if (!line || !m_actor.can(Permission::EditCatalog))
        return;
    ReplenishmentRuleDialog dialog(*m_service, m_services.stock, m_actor, *line, m_resultWarehouse, this);
    dialog.exec();
}

void ReplenishmentPage::chooseExportFile()
{
    const QString names[] = {tr("reorder-suggestions"), tr("low-stock"), tr("overstock"), tr("dead-stock")};
    const QString suggested = QDir::home().filePath(names[int(currentView())] + u".csv"_qs);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the list"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ReplenishmentPage::exportTo(const QString& path)
{
    if (auto ok = m_service->exportCsv(m_actor, m_model->lines(), path); !ok) {
        MessageBox::critical(this, tr("Export failed"), ok.error().toString());
        return false;
    }
    m_status->setText(
        tr("%n product(s) written to %1", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace kontor

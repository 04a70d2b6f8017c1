#include "StockPage.h"

#include "AdjustDialog.h"
#include "ArrivalDialog.h"
#include "LocationCombo.h"
#include "LocationsDialog.h"
#include "MovementsDialog.h"
#include "ReceiveDialog.h"
#include "StockDetailPanel.h"
#include "StockText.h"
#include "TransferDialog.h"
#include "common/ActionButton.h"
#include "common/TableViews.h"
#include "products/CategoryCombo.h"

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

StockPage::StockPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new StockTableModel(services, m_actor, this))
    , m_view(new QTableView)
    , m_detail(new StockDetailPanel(services, m_actor))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_search(new QLineEdit)
    , m_searchDebounce(new QTimer(this))
    , m_locationFilter(new LocationCombo(services.stock, m_actor, tr("All locations")))
    , m_categoryFilter(new CategoryCombo(services.products, m_actor, tr("All categories")))
    , m_negativeOnly(new QCheckBox(tr("&Negative only")))
    , m_showZero(new QCheckBox(tr("Show &zero rows")))
    , m_filterBar(new QHBoxLayout)
    , m_footer(new QLabel)
    , m_receive(new QAction(tr("&Receive…"), this))
    , m_adjust(new QAction(tr("&Adjust…"), this))
    , m_transfer(new QAction(tr("&Transfer…"), this))
    , m_arrival(new QAction(tr("Mark arri&ved…"), this))
    , m_movements(new QAction(tr("&Movements…"), this))
    , m_locations(new QAction(tr("&Locations…"), this))
{
    const bool canMove = m_actor.can(Permission::MoveStock);
    const bool canManage = m_actor.can(Permission::ManageSettings);

    // ---- actions ----
    m_receive->setToolTip(tr("Goods arrived: add them to a location"));
    m_adjust->setToolTip(tr("Correct the stock at a location: damage, loss, found goods, write-off"));
    m_transfer->setToolTip(tr("Move stock between locations or warehouses"));
    m_arrival->setToolTip(tr("Goods waiting in transit arrived at their warehouse"));
    m_movements->setToolTip(tr("Every stock movement, with filters; reverse a wrong one"));
    m_locations->setToolTip(tr("Warehouses and their locations"));
    for (QAction* a : {m_receive, m_adjust, m_transfer, m_arrival})
        a->setVisible(canMove);
    m_locations->setVisible(canManage);

    // Buttons only for what the user may do (a button with a hidden action would still show).
    auto* actionBar = new QHBoxLayout;
    if (canMove) {
        actionBar->addWidget(actionButton(m_receive, u"receiveButton"_qs));
        actionBar->addWidget(actionButton(m_adjust, u"adjustButton"_qs));
        actionBar->addWidget(actionButton(m_transfer, u"transferButton"_qs));
        actionBar->addWidget(actionButton(m_arrival, u"arrivalButton"_qs));
        actionBar->addSpacing(8);
    }
    actionBar->addWidget(actionButton(m_movements, u"movementsButton"_qs));
    if (canManage)
        actionBar->addWidget(actionButton(m_locations, u"locationsButton"_qs));
    actionBar->addStretch();

    // ---- filter bar ----
    m_search->setObjectName(u"searchEdit"_qs);
    m_search->setPlaceholderText(tr("Filter by SKU or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(
        std::min(240, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48));
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    m_locationFilter->setObjectName(u"locationFilter"_qs);
    m_locationFilter->setWarehousesSelectable(true);
    m_locationFilter->setMinimumContentsLength(14);
    m_locationFilter->setToolTip(tr("Show one location, or a whole warehouse"));
    m_categoryFilter->setObjectName(u"categoryFilter"_qs);
    m_categoryFilter->setMinimumContentsLength(12);
    m_categoryFilter->setToolTip(tr("Show the products of a category and its sub-categories"));
    m_negativeOnly->setObjectName(u"negativeOnlyCheck"_qs);
    m_negativeOnly->setToolTip(tr("Only rows where more left than the ledger knows arrived"));
    m_showZero->setObjectName(u"showZeroCheck"_qs);
    m_showZero->setToolTip(tr("Also rows whose stock went back to zero"));

    // Search and choices on one line, the check boxes (more come from addProductFilter) below it,
    // so the page stays usable in a narrow window.
    auto* searchBar = new QHBoxLayout;
    searchBar->addWidget(m_search, 1);
    searchBar->addWidget(m_locationFilter);
    searchBar->addWidget(m_categoryFilter);
    m_filterBar->addWidget(m_negativeOnly);
    m_filterBar->addWidget(m_showZero);
    m_extraFilterIndex = m_filterBar->count();
    m_filterBar->addStretch(1);

    // ---- table ----
    m_view->setObjectName(u"stockTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::SingleSelection, StockTableModel::Name);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_view->horizontalHeader();
    TableViews::setColumnWidths(m_view, {{StockTableModel::Sku, 14},
                                         {StockTableModel::Location, 24},
                                         {StockTableModel::OnHand, 13},
                                         {StockTableModel::Reserved, 13},
                                         {StockTableModel::Available, 13},
                                         {StockTableModel::AverageCost, 15},
                                         {StockTableModel::Value, 17}});
    TableViews::fitTitles(m_view, StockTableModel::Location);
    // Those who may not see costs do not get the columns at all.
    const bool costs = m_actor.can(Permission::ViewCosts);
    header->setSectionHidden(StockTableModel::AverageCost, !costs);
    header->setSectionHidden(StockTableModel::Value, !costs);
    header->setSortIndicator(StockTableModel::Sku, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_footer->setObjectName(u"footerLabel"_qs);
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_footer);

    m_detail->setObjectName(u"stockDetail"_qs);
    m_splitter->addWidget(tableBox);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({500, 260});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actionBar);
    layout->addLayout(searchBar);
    layout->addLayout(m_filterBar);
    layout->addWidget(m_splitter, 1);

    // ---- wiring ----
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_locationFilter, &LocationCombo::choiceChanged, this, &StockPage::applyFilter);
    connect(m_categoryFilter, &CategoryCombo::categoryChosen, this, &StockPage::applyFilter);
    connect(m_negativeOnly, &QCheckBox::toggled, this, &StockPage::applyFilter);
    connect(m_showZero, &QCheckBox::toggled, this, &StockPage::applyFilter);
    connect(m_model, &StockTableModel::loaded, this, &StockPage::onLoaded);
    connect(m_model, &StockTableModel::loadFailed, this, [this](const Error& error) {
        m_footer->setText(tr("Cannot load the stock: %1").arg(error.message));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StockPage::onCurrentRowChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &StockPage::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (!m_currentProduct.isNull())
            showMovements(m_currentProduct);
    });

    connect(m_receive, &QAction::triggered, this, &StockPage::receive);
    connect(m_adjust, &QAction::triggered, this, &StockPage::adjust);
    connect(m_transfer, &QAction::triggered, this, &StockPage::transfer);
    connect(m_arrival, &QAction::triggered, this, &StockPage::markArrived);
    connect(m_movements, &QAction::triggered, this, [this] { showMovements(); });
    connect(m_locations, &QAction::triggered, this, &StockPage::showLocations);
    connect(m_detail, &StockDetailPanel::historyRequested, this, [this](const Id& id) { showMovements(id); });
    connect(m_detail, &StockDetailPanel::arrivalRequested, this, &StockPage::markArrived);
    connect(&services.stock, &StockService::stockChanged, this, &StockPage::updateActions);

    m_footer->setText(tr("Loading…"));
    updateActions();
}

QCheckBox* StockPage::addProductFilter(const QString& text, const QString& toolTip,
                                       StockTableModel::ProductSet products)
{
    auto* check = new QCheckBox(text);
    check->setToolTip(toolTip);
    m_filterBar->insertWidget(m_extraFilterIndex++, check);
    m_productFilters.append({check, std::move(products)});
    connect(check, &QCheckBox::toggled, this, &StockPage::applyFilter);
    return check;
}

void StockPage::applyFilter()
{
    StockFilter filter;
    filter.locationId = m_locationFilter->currentLocationId();
    filter.warehouseId = m_locationFilter->currentWarehouseId();
    filter.categoryId = m_categoryFilter->currentCategoryId();
    filter.negativeOnly = m_negativeOnly->isChecked();
    filter.includeZero = m_showZero->isChecked();
    QList<StockTableModel::ProductSet> sets;
    for (const auto& [check, set] : std::as_const(m_productFilters)) {
        if (check->isChecked())
            sets.append(set);
    }
    m_model->setFilter(filter, sets);
}

// ---- rows and selection ------------------------------------------------------------------------

void StockPage::selectQuietly(int row)
{
    m_selecting = true;
    const QModelIndex index = m_model->index(row, StockTableModel::Sku);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selecting = false;
}

void StockPage::selectRow(const Id& productId, const Id& locationId)
{
    m_currentProduct = productId;
    m_currentLocation = locationId;
    m_detail->showProduct(productId, locationId);
    const int row = m_model->rowOf(productId, locationId);
    if (row >= 0)
        selectQuietly(row);
    updateActions();
}

void StockPage::onCurrentRowChanged(const QModelIndex& current)
{
    // A reset clears the view's current row; the page keeps its own and selects it again once loaded.
    if (m_selecting || !current.isValid())
        return;
    const StockRow* row = m_model->rowAt(current.row());
    if (!row)
        return;
    m_currentProduct = row->productId;
    m_currentLocation = row->locationId;
    m_detail->showProduct(m_currentProduct, m_currentLocation);
    updateActions();
}

void StockPage::onLoaded()
{
    if (m_firstLoad) {
        m_firstLoad = false;
        QHeaderView* header = m_view->horizontalHeader();
        const int minimum = header->sectionSize(StockTableModel::Sku);
        m_view->resizeColumnToContents(StockTableModel::Sku);
        header->resizeSection(StockTableModel::Sku, std::clamp(header->sectionSize(StockTableModel::Sku) + 8,
                                                               minimum, minimum * 2));
        // Location names grow with several warehouses ("Saint Petersburg › Shelf A-1").
        const int locationMinimum = header->sectionSize(StockTableModel::Location);
        m_view->resizeColumnToContents(StockTableModel::Location);
        header->resizeSection(StockTableModel::Location,
                              std::clamp(header->sectionSize(StockTableModel::Location) + 8, locationMinimum,
                                         locationMinimum * 3 / 2));
    }
    updateFooter();
    const int row = m_model->rowOf(m_currentProduct, m_currentLocation);
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (row >= 0 && (!current.isValid() || current.row() != row))
        selectQuietly(row);
    updateActions();
}

void StockPage::updateFooter()
{
    QString text = StockText::rowCount(m_model->rowCount());
    if (m_model->rowCount() != m_model->loadedRowCount())
        text += tr(" (of %1)").arg(QLocale().toString(m_model->loadedRowCount()));
    if (auto total = m_model->totalValue())
        text +=
            QStringLiteral(" · ") + tr("total value %1").arg(StockText::money(*total, m_model->currency()));
    m_footer->setText(text);
}

void StockPage::updateActions()
{
    bool inTransit = false;
    if (!m_currentProduct.isNull()) {
        const Location* location = m_model->locations().location(m_currentLocation);
        if (location && location->kind == LocationKind::Transit) {
            auto held = m_services.stock.balance(m_actor, m_currentProduct, m_currentLocation);
            inTransit = held && held->onHand.milli() > 0;
        }
    }
    m_arrival->setEnabled(inTransit);
}

void StockPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->selectRow(index.row());
    QMenu menu(this);
    if (m_actor.can(Permission::MoveStock)) {
        menu.addAction(m_receive);
        menu.addAction(m_adjust);
        menu.addAction(m_transfer);
        if (m_arrival->isEnabled())
            menu.addAction(m_arrival);
        menu.addSeparator();
    }
    QAction* history = menu.addAction(tr("Stock &history…"));
    connect(history, &QAction::triggered, this, [this] { showMovements(m_currentProduct); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// ---- dialogs ------------------------------------------------------------------------------------

void StockPage::afterPosting(int result, const Id& productId, const Id& locationId)
{
    if (result != QDialog::Accepted || productId.isNull())
        return;
    // The reload the posting started shows the row; select it then (or now, if it is there).
    selectRow(productId, locationId);
}

int StockPage::receive()
{
    if (!m_actor.can(Permission::MoveStock))
        return QDialog::Rejected;
    ReceiveDialog dialog(m_services, m_actor, this);
    if (!m_currentProduct.isNull()) {
        dialog.setProduct(m_currentProduct);
        dialog.setLocation(m_currentLocation);
    }
    const int result = dialog.exec();
    afterPosting(result, dialog.productId(), dialog.locationCombo()->currentLocationId());
    return result;
}

int StockPage::adjust()
{
    if (!m_actor.can(Permission::MoveStock))
        return QDialog::Rejected;
    AdjustDialog dialog(m_services, m_actor, this);
    if (!m_currentProduct.isNull()) {
        dialog.setProduct(m_currentProduct);
        dialog.setLocation(m_currentLocation);
    }
    const int result = dialog.exec();
    afterPosting(result, dialog.productId(), dialog.locationCombo()->currentLocationId());
    return result;
}

int StockPage::transfer()
{
    if (!m_actor.can(Permission::MoveStock))
        return QDialog::Rejected;
    TransferDialog dialog(m_services, m_actor, this);
    if (!m_currentProduct.isNull()) {
        dialog.setProduct(m_currentProduct);
        dialog.setFrom(m_currentLocation);
        if (dialog.toCombo()->currentLocationId() == m_currentLocation)
            dialog.setTo(StockService::mainLocationId());
    }
    const int result = dialog.exec();
    afterPosting(result, dialog.productId(), dialog.fromCombo()->currentLocationId());
    return result;
}

int StockPage::markArrived()
{
    if (!m_actor.can(Permission::MoveStock) || m_currentProduct.isNull())
        return QDialog::Rejected;
    ArrivalDialog dialog(m_services, m_actor, m_currentProduct, m_currentLocation, this);
    const int result = dialog.exec();
    afterPosting(result, dialog.productId(), dialog.toCombo()->currentLocationId());
    return result;
}

int StockPage::showLocations()
{
    if (!m_actor.can(Permission::ManageSettings))
        return QDialog::Rejected;
    LocationsDialog dialog(m_services, m_actor, this);
    dialog.select(m_currentLocation);
    return dialog.exec();
}

MovementsDialog* StockPage::showMovements(const Id& productId)
{
    if (!m_movementsDialog) {
        m_movementsDialog = new MovementsDialog(m_services, m_actor, this);
        m_movementsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_movementsDialog->setProduct(productId);
    m_movementsDialog->show();
    m_movementsDialog->raise();
    m_movementsDialog->activateWindow();
    return m_movementsDialog;
}

// ---- remembered layout --------------------------------------------------------------------------

QByteArray StockPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << m_splitter->saveState() << m_view->horizontalHeader()->saveState();
    return state;
}

void StockPage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    qint32 version = 0;
    QByteArray splitter;
    QByteArray header;
    in >> version >> splitter >> header;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    m_splitter->restoreState(splitter);
    m_view->horizontalHeader()->restoreState(header);
    QHeaderView* h = m_view->horizontalHeader();
    h->setSectionResizeMode(StockTableModel::Name, QHeaderView::Stretch);
    const bool costs = m_actor.can(Permission::ViewCosts);
    h->setSectionHidden(StockTableModel::AverageCost, !costs);
    h->setSectionHidden(StockTableModel::Value, !costs);
}

} // namespace kontor

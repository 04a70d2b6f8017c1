#include "OrdersPage.h"

#include "BulkShipDialog.h"
#include "CarriersDialog.h"
#include "OrderDetailPanel.h"
#include "OrderDocumentsDialog.h"
#include "OrderEditor.h"
#include "OrderText.h"
#include "PackingDialog.h"
#include "PaymentDialog.h"
#include "ReasonDialog.h"
#include "ShipDialog.h"
#include "ShippingDetailsDialog.h"
#include "catalog/ProductService.h"
#include "common/ActionButton.h"
#include "common/MessageBox.h"
#include "common/TableViews.h"
#include "documents/PurchaseOrderDocument.h"
#include "purchasing/PurchaseOrderService.h"
#include "returns/ReturnDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

namespace {

constexpr qint32 StateVersion = 1;
const QString AllStatuses = QString();
const QString OpenStatuses = QStringLiteral("open");

const SalesChannel Channels[] = {SalesChannel::Site,           SalesChannel::MarketplaceFbs,
                                 SalesChannel::MarketplaceFbo, SalesChannel::Phone,
                                 SalesChannel::Social,         SalesChannel::InPerson};
const OrderStatus Statuses[] = {OrderStatus::Draft,        OrderStatus::Confirmed, OrderStatus::Picking,
                                OrderStatus::Packed,       OrderStatus::Shipped,   OrderStatus::Delivered,
                                OrderStatus::NotCollected, OrderStatus::Refused,   OrderStatus::Cancelled};

// What a user needs to move an order to `to`: the order permission, and for steps that move goods
// (packing moves them to the packing location, shipping and their coming back post movements)
// the stock permission as well.
bool mayMakeTransition(const Actor& actor, OrderStatus to)
{
    switch (to) {
    case OrderStatus::Confirmed:
    case OrderStatus::Draft:
    case OrderStatus::Cancelled:
        return actor.can(Permission::ManageOrders);
    case OrderStatus::Picking:
    case OrderStatus::Delivered:
        return actor.can(Permission::FulfilOrders);
    case OrderStatus::Packed:
    case OrderStatus::Shipped:
    case OrderStatus::NotCollected:
    case OrderStatus::Refused:
        return actor.can(Permission::FulfilOrders) && actor.can(Permission::MoveStock);
    }
    return false;
}

} // namespace

OrdersPage::OrdersPage(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new OrderListModel(services.orders, services.products.database().clock(), m_actor,
                                 services.products.currency(), this))
    , m_view(new QTableView)
    , m_detail(new OrderDetailPanel(services, m_actor))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_search(new QLineEdit)
    , m_searchDebounce(new QTimer(this))
    , m_status(new QComboBox)
    , m_channel(new QComboBox)
    , m_paid(new QComboBox)
    , m_overdue(new QCheckBox(tr("O&verdue to ship")))
    , m_fromCheck(new QCheckBox(tr("&From")))
    , m_from(new QDateEdit)
    , m_toCheck(new QCheckBox(tr("T&o")))
    , m_to(new QDateEdit)
    , m_count(new QLabel)
    , m_actionBar(new QHBoxLayout)
{
    buildActions();

    // ---- filter bar ----
    m_search->setObjectName(u"searchEdit"_qs);
    m_search->setPlaceholderText(tr("Find by number, customer or tracking number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(
        std::min(300, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48));
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    m_status->setObjectName(u"statusFilter"_qs);
    m_status->addItem(tr("All statuses"), AllStatuses);
    m_status->addItem(tr("Open (not shipped)"), OpenStatuses);
    m_status->setItemData(1, tr("Drafts and confirmed orders not shipped yet"), Qt::ToolTipRole);
    for (OrderStatus s : Statuses)
        m_status->addItem(OrderKinds::statusName(s), OrderKinds::statusCode(s));
    m_channel->setObjectName(u"channelFilter"_qs);
    m_channel->addItem(tr("All channels"), QString());
    for (SalesChannel c : Channels)
        m_channel->addItem(OrderKinds::channelName(c), OrderKinds::channelCode(c));
    m_paid->setObjectName(u"paidFilter"_qs);
    m_paid->addItem(tr("Paid or not"), int(PaidFilter::Any));
    m_paid->addItem(tr("Paid"), int(PaidFilter::Paid));
    m_paid->addItem(tr("Unpaid"), int(PaidFilter::Unpaid));
    m_paid->setItemData(2, tr("Unpaid or partly paid"), Qt::ToolTipRole);
    m_overdue->setObjectName(u"overdueCheck"_qs);
    m_overdue->setToolTip(tr("Only orders past their ship-by date that have not shipped"));
    const QDate today = OrderText::localDate(services.products.database().clock().nowMs());
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setObjectName(u"fromDate"_qs);
    m_to->setObjectName(u"toDate"_qs);
    m_fromCheck->setObjectName(u"fromCheck"_qs);
    m_toCheck->setObjectName(u"toCheck"_qs);
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_count->setObjectName(u"countLabel"_qs);
    m_count->setEnabled(false);

    auto* searchBar = new QHBoxLayout;
    searchBar->addWidget(m_search, 1);
    searchBar->addWidget(m_status);
    searchBar->addWidget(m_channel);
    searchBar->addWidget(m_paid);
    auto* filterBar = new QHBoxLayout;
    filterBar->addWidget(m_fromCheck);
    filterBar->addWidget(m_from);
    filterBar->addWidget(m_toCheck);
    filterBar->addWidget(m_to);
    filterBar->addSpacing(12);
    filterBar->addWidget(m_overdue);
    filterBar->addStretch(1);
    filterBar->addWidget(m_count);

    // ---- table ----
    m_view->setObjectName(u"orderTable"_qs);
    m_view->setModel(m_model);
    TableViews::setUp(m_view, QAbstractItemView::ExtendedSelection, OrderListModel::Customer);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Columns as wide as their longest value in this language.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    auto widest = [&](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    QStringList channels;
    for (SalesChannel c : Channels)
        channels.append(OrderKinds::channelName(c));
    QStringList statuses;
    for (OrderStatus st : Statuses)
        statuses.append(OrderKinds::statusName(st));
    QStringList payments;
    for (PaymentStatus p :
         {PaymentStatus::Unpaid, PaymentStatus::Partial, PaymentStatus::Paid, PaymentStatus::Refunded})
        payments.append(OrderKinds::paymentStatusName(p));
    const QString sampleTime =
        OrderText::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)).toMSecsSinceEpoch());
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(OrderListModel::Number, widest({u"SO-00000-00"_qs}));
    header->resizeSection(OrderListModel::Date, widest({sampleTime}));
    header->resizeSection(OrderListModel::Channel, widest(channels));
    header->resizeSection(OrderListModel::Status, widest(statuses));
    header->resizeSection(OrderListModel::Payment, widest(payments));
    header->resizeSection(OrderListModel::Total,
                          widest({OrderText::money(99999900, services.products.currency())}));
    header->resizeSection(OrderListModel::ShipBy, widest({sampleTime}));
    header->resizeSection(OrderListModel::Tracking, widest({u"RA123456789RU"_qs}));
    TableViews::fitTitles(m_view);

    m_detail->setObjectName(u"orderDetail"_qs);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({520, 260});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_actionBar);
    layout->addLayout(searchBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    // ---- wiring ----
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &OrdersPage::applyFilter);
    for (QComboBox* combo : {m_status, m_channel, m_paid})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &OrdersPage::applyFilter);
    for (auto [check, edit] : {std::pair{m_fromCheck, m_from}, std::pair{m_toCheck, m_to}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &OrdersPage::applyFilter);
        connect(edit, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPage::onCurrentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersPage::onSelectionChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this] { openOrder(); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &OrdersPage::showContextMenu);
    // A reset forgets the rows; select the current order again once its row is known.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_rowBeforeReset = m_view->selectionModel()->currentIndex().row(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (!m_currentId.isNull()) {
            // Read the page where it was (it moves by a few rows at most when orders come and go).
            m_model->rowAt(std::max(0, m_rowBeforeReset));
            const int row = m_model->rowOf(m_currentId);
            if (row >= 0)
                selectQuietly(row);
        }
        updateActions();
    });
    connect(m_model, &OrderListModel::loadFailed, this, [this](const Error& error) {
        m_count->setText(tr("Cannot read the orders: %1").arg(error.message));
    });
    connect(&services.orders, &OrderService::ordersChanged, this, [this](const QList<Id>& ids) {
        if (ids.isEmpty() || ids.contains(m_currentId))
            updateActions();
    });
    connect(m_detail, &OrderDetailPanel::dropshipChanged, this, &OrdersPage::updateActions);

    updateCount();
    updateActions();
    addOrderAction(m_documents);
}

void OrdersPage::buildActions()
{
    const bool manage = m_actor.can(Permission::ManageOrders);
    const bool fulfil = m_actor.can(Permission::FulfilOrders) && m_actor.can(Permission::MoveStock);
    auto make = [this](const QString& text, const QString& objectName, const QString& toolTip) {
        auto* action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setToolTip(toolTip);
        return action;
    };
    m_new = make(tr("&New order…"), u"newOrderAction"_qs, tr("Enter an order: phone, messenger, in person"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setVisible(manage);
    addAction(m_new);
    m_open = make(tr("&Open…"), u"openOrderAction"_qs,
                  tr("The whole order with its history; a draft can be edited"));
    connect(m_new, &QAction::triggered, this, &OrdersPage::newOrder);
    connect(m_open, &QAction::triggered, this, &OrdersPage::openOrder);

    const struct
    {
        OrderStatus to;
        QString text;
        QString name;
        QString tip;
    } transitions[] = {
        {OrderStatus::Confirmed, tr("&Confirm"), u"confirmAction"_qs,
         tr("Reserve stock for the order; lines without stock wait if backorders are allowed")},
        {OrderStatus::Picking, tr("Start p&icking"), u"startPickingAction"_qs,
         tr("Someone is collecting the goods")},
        {OrderStatus::Packed, tr("Mark pac&ked"), u"markPackedAction"_qs,
         tr("The goods are packed: they move to the packing location")},
        {OrderStatus::Shipped, tr("&Ship…"), u"shipAction"_qs,
         tr("Hand the parcel to the carrier: carrier, tracking number, what ships now")},
        {OrderStatus::Delivered, tr("&Delivered"), u"deliveredAction"_qs,
         tr("The customer received the order")},
        {OrderStatus::NotCollected, tr("Not colle&cted…"), u"notCollectedAction"_qs,
         tr("Not picked up at the pickup point: the goods come back to stock")},
        {OrderStatus::Refused, tr("&Refused…"), u"refusedAction"_qs,
         tr("The customer refused the parcel: the goods come back to stock")},
        {OrderStatus::Draft, tr("Back to &draft"), u"backToDraftAction"_qs,
         tr("Release the reservations so the order can be edited")},
        {OrderStatus::Cancelled, tr("Cance&l order…"), u"cancelAction"_qs,
         tr("Cancel the order: reservations are released and picked goods go back")},
    };
    for (const auto& t : transitions) {
        QAction* action = make(t.text, t.name, t.tip);
        action->setVisible(false);
        const OrderStatus to = t.to;
        connect(action, &QAction::triggered, this, [this, to] { transition(to); });
        m_transitions.insert(to, action);
        m_transitionOrder.append(to);
    }
    m_payment =
        make(tr("Record &payment…"), u"recordPaymentAction"_qs, tr("Money received for the selected order"));
    m_payment->setVisible(manage);
    connect(m_payment, &QAction::triggered, this, &OrdersPage::recordPayment);
    m_bulkShip = make(tr("Mark s&hipped…"), u"bulkShipAction"_qs,
                      tr("Ship several selected orders at once, one carrier and a tracking number each"));
    m_bulkShip->setVisible(fulfil);
    connect(m_bulkShip, &QAction::triggered, this, &OrdersPage::bulkShip);
    m_carriers = make(tr("C&arriers…"), u"carriersAction"_qs,
                      tr("The carriers you ship with and their tracking pages"));
    m_carriers->setVisible(manage);
    connect(m_carriers, &QAction::triggered, this, &OrdersPage::showCarriers);
    m_documents =
        make(tr("Doc&uments…"), u"documentsAction"_qs,
             tr("Picking list, packing slip, waybill or invoice of the selected orders, as PDF or printed"));
    connect(m_documents, &QAction::triggered, this, &OrdersPage::showDocuments);
    m_pack =
        make(tr("Pack with &scanner…"), u"packAction"_qs,
             tr("Scan every item into the parcel; a wrong item or count is refused before it is closed"));
    m_pack->setVisible(false);
    connect(m_pack, &QAction::triggered, this, &OrdersPage::packWithScanner);
    m_newReturn =
        make(tr("New &return…"), u"newReturnAction"_qs, tr("The customer sends goods of this order back"));
    m_newReturn->setVisible(false);
    connect(m_newReturn, &QAction::triggered, this, &OrdersPage::newReturn);
    m_shippingDetails =
        make(tr("S&hipping details…"), u"shippingDetailsAction"_qs,
             tr("Correct the carrier, tracking number, promised delivery, delay reason or address"));
    m_shippingDetails->setVisible(false);
    connect(m_shippingDetails, &QAction::triggered, this, &OrdersPage::editShippingDetails);
    m_orderFromSupplier =
        make(tr("Order from s&upplier"), u"orderFromSupplierAction"_qs,
             tr("Send the dropshipped lines to their suppliers: a purchase order per supplier, marked "
                "sent; the supplier ships to the customer"));
    m_orderFromSupplier->setVisible(false);
    connect(m_orderFromSupplier, &QAction::triggered, this, &OrdersPage::orderFromSupplier);
    m_dropshipPdf = make(tr("Save PO as P&DF…"), u"dropshipPdfAction"_qs,
                         tr("The selected dropship purchase order as a PDF to send to the supplier"));
    connect(m_dropshipPdf, &QAction::triggered, this, [this] { saveDropshipPdf(); });

    // Buttons only for what the user may do at all. What acts on the selected order sits beside
    // its title in the details (the transitions show as its status allows); the bar above the
    // list keeps what is not about one order.
    if (manage)
        m_actionBar->addWidget(actionButton(m_new, u"newOrderButton"_qs));
    if (fulfil)
        m_actionBar->addWidget(actionButton(m_bulkShip, u"bulkShipButton"_qs));
    m_extraActionIndex = m_actionBar->count();
    m_actionBar->addStretch(1);
    if (manage)
        m_actionBar->addWidget(actionButton(m_carriers, u"carriersButton"_qs));
    for (OrderStatus to : std::as_const(m_transitionOrder)) {
        if (mayMakeTransition(m_actor, to))
            m_detail->addHeadingWidget(
                actionButton(m_transitions[to], m_transitions[to]->objectName() + u"Button"_qs));
    }
    if (fulfil)
        m_detail->addHeadingWidget(actionButton(m_pack, u"packButton"_qs));
    if (m_actor.can(Permission::ManageReturns))
        m_detail->addHeadingWidget(actionButton(m_newReturn, u"newReturnButton"_qs));
    if (manage || fulfil)
        m_detail->addHeadingWidget(actionButton(m_shippingDetails, u"shippingDetailsButton"_qs));
    if (m_actor.can(Permission::ManagePurchases)) {
        m_detail->addHeadingWidget(actionButton(m_orderFromSupplier, u"orderFromSupplierButton"_qs));
        m_detail->addDropshipWidget(actionButton(m_dropshipPdf, u"dropshipPdfButton"_qs));
    }
    if (manage)
        m_detail->addHeadingWidget(actionButton(m_payment, u"recordPaymentButton"_qs));
    m_detail->addHeadingWidget(actionButton(m_open, u"openOrderButton"_qs));
}

int OrdersPage::showDocuments()
{
    QList<Id> ids = selectedOrderIds();
    if (ids.isEmpty() && !m_currentId.isNull())
        ids = {m_currentId};
    if (ids.isEmpty())
        return QDialog::Rejected;
    OrderDocumentsDialog dialog(m_services, m_actor, ids, this);
    return dialog.exec();
}

int OrdersPage::packWithScanner()
{
    auto order = currentOrder();
    if (!order)
        return QDialog::Rejected;
    PackingDialog dialog(m_services.orders, m_services.products, m_actor, order->id, this);
    return dialog.exec();
}

int OrdersPage::editShippingDetails()
{
    auto order = currentOrder();
    if (!order)
        return QDialog::Rejected;
    ShippingDetailsDialog dialog(m_services, m_actor, *order, this);
    return dialog.exec();
}

int OrdersPage::newReturn()
{
    auto order = currentOrder();
    if (!order)
        return QDialog::Rejected;
    return ReturnDialog::newReturnForOrder(m_services, m_actor, order->id, this) ? QDialog::Accepted
                                                                                 : QDialog::Rejected;
}

bool OrdersPage::orderFromSupplier()
{
    if (!m_actor.can(Permission::ManagePurchases))
        return false;
    auto order = currentOrder();
    if (!order)
        return false;
    auto made = m_services.purchases.createDropship(m_actor, order->id);
    if (!made) {
        showError(*order, made.error());
        return false;
    }
    // The details list the new POs (they follow purchaseOrdersChanged); show the last one made.
    m_detail->refresh();
    if (!made->isEmpty())
        m_detail->selectDropshipPo(made->last().id);
    updateActions();
    return true;
}

QString OrdersPage::saveDropshipPdf(const QString& path)
{
    const Id poId = m_detail->currentDropshipPoId();
    if (poId.isNull() || !m_actor.can(Permission::ManagePurchases))
        return {};
    const PurchaseOrderDocument::Sources sources{m_services.purchases, m_services.suppliers, m_services.stock,
                                                 m_services.shopDetails};
    auto data = PurchaseOrderDocument::load(sources, m_actor, poId);
    if (!data) {
        MessageBox::critical(this, tr("Cannot print"), data.error().message);
        return {};
    }
    const PurchaseOrderDocument document(std::move(*data));
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(this, tr("Save the purchase order as PDF"),
                                              QDir::home().filePath(document.suggestedFileName()),
                                              tr("PDF files (*.pdf)"));
        if (target.isEmpty())
            return {};
        if (QFileInfo(target).suffix().isEmpty())
            target += u".pdf"_qs;
    }
    if (auto written = document.writePdf(target); !written) {
        MessageBox::critical(this, tr("Not saved"), written.error().message);
        return {};
    }
    return target;
}

void OrdersPage::addOrderAction(QAction* action)
{
    action->setParent(this);
    m_extraActions.append(action);
    m_actionBar->insertWidget(m_extraActionIndex++,
                              actionButton(action, action->objectName() + u"Button"_qs));
    updateActions();
}

// ---- filter -------------------------------------------------------------------------------------

OrderFilter OrdersPage::currentFilter() const
{
    OrderFilter f;
    const QString status = m_status->currentData().toString();
    if (status == OpenStatuses)
        f.statuses = OrderText::openStatuses();
    else if (auto s = OrderKinds::statusFromCode(status))
        f.statuses = {*s};
    f.channel = OrderKinds::channelFromCode(m_channel->currentData().toString());
    f.paid = PaidFilter(m_paid->currentData().toInt());
    f.overdueToShip = m_overdue->isChecked();
    if (m_fromCheck->isChecked())
        f.from = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
    if (m_toCheck->isChecked())
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    f.text = m_search->text().trimmed();
    return f;
}

void OrdersPage::applyFilter()
{
    m_searchDebounce->stop();
    m_model->setFilter(currentFilter());
}

void OrdersPage::updateCount()
{
    m_count->setText(OrderText::orderCount(m_model->rowCount()));
}

// ---- selection ------------------------------------------------------------------------------------

void OrdersPage::selectQuietly(int row)
{
    m_selecting = true;
    const QModelIndex index = m_model->index(row, OrderListModel::Number);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selecting = false;
}

void OrdersPage::setCurrent(const Id& orderId)
{
    const bool changed = orderId != m_currentId;
    m_currentId = orderId;
    m_detail->showOrder(orderId);
    updateActions();
    if (changed)
        Q_EMIT currentOrderChanged(orderId);
}

void OrdersPage::showOrder(const Id& orderId)
{
    setCurrent(orderId);
    int row = m_model->rowOf(orderId);
    if (row < 0 && m_model->rowCount() > 0) {
        // Not read yet (after a reset): new orders come first.
        m_model->rowAt(0);
        row = m_model->rowOf(orderId);
    }
    if (row >= 0)
        selectQuietly(row);
}

void OrdersPage::onCurrentRowChanged(const QModelIndex& current)
{
    if (m_selecting || !current.isValid())
        return;
    setCurrent(m_model->idAt(current.row()));
}

void OrdersPage::onSelectionChanged()
{
    updateActions();
    Q_EMIT selectedOrdersChanged();
}

QList<Id> OrdersPage::selectedOrderIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<Id> ids;
    for (int row : rows) {
        const Id id = m_model->idAt(row);
        if (!id.isNull())
            ids.append(id);
    }
    return ids;
}

void OrdersPage::updateActions()
{
    const std::optional<Order>& order = m_detail->order();
    const bool has = order.has_value() && order->id == m_currentId && !m_currentId.isNull();
    m_open->setEnabled(has);
    const bool editable = has && order->status == OrderStatus::Draft && m_actor.can(Permission::ManageOrders);
    m_open->setText(editable ? tr("&Edit…") : tr("&Open…"));
    const QList<OrderStatus> allowed =
        has ? OrderService::allowedTransitions(order->status) : QList<OrderStatus>();
    for (auto it = m_transitions.cbegin(); it != m_transitions.cend(); ++it)
        it.value()->setVisible(allowed.contains(it.key()) && mayMakeTransition(m_actor, it.key()));
    m_payment->setEnabled(has && order->status != OrderStatus::Cancelled);
    m_pack->setVisible(has && order->status == OrderStatus::Picking && !order->isFbo() &&
                       m_actor.can(Permission::FulfilOrders) && m_actor.can(Permission::MoveStock));
    // A draft is edited in the editor; after that the shipping details are corrected here.
    m_shippingDetails->setVisible(
        has && order->status != OrderStatus::Draft && order->status != OrderStatus::Cancelled &&
        (m_actor.can(Permission::ManageOrders) || m_actor.can(Permission::FulfilOrders)));
    m_newReturn->setVisible(
        has && (order->status == OrderStatus::Shipped || order->status == OrderStatus::Delivered) &&
        m_actor.can(Permission::ManageReturns));
    const bool purchases = m_actor.can(Permission::ManagePurchases);
    m_orderFromSupplier->setVisible(has && purchases && order->status != OrderStatus::Cancelled &&
                                    m_detail->hasDropshipLines());
    const int toOrder = has ? m_detail->dropshipLinesToOrder() : 0;
    m_orderFromSupplier->setEnabled(has && order->status != OrderStatus::Draft && toOrder > 0);
    m_orderFromSupplier->setToolTip(
        has && order->status == OrderStatus::Draft
            ? tr("Confirm the order first: then its dropshipped lines can be ordered from their suppliers")
        : toOrder > 0 ? tr("Send the dropshipped lines to their suppliers: a purchase order per supplier, "
                           "marked sent; the supplier ships to the customer")
                      : tr("Every dropshipped line is on a purchase order to its supplier"));
    m_dropshipPdf->setEnabled(has && purchases && !m_detail->currentDropshipPoId().isNull());
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_bulkShip->setEnabled(selected > 0);
    for (QAction* action : std::as_const(m_extraActions))
        action->setEnabled(selected > 0 || has);
}

// ---- actions --------------------------------------------------------------------------------------

void OrdersPage::showError(const Order& order, const Error& error)
{
    MessageBox::warning(this, order.number.isEmpty() ? tr("Orders") : tr("Order %1").arg(order.number),
                        error.message);
}

std::optional<Order> OrdersPage::currentOrder()
{
    if (m_currentId.isNull())
        return std::nullopt;
    auto order = m_services.orders.order(m_actor, m_currentId);
    if (!order) {
        showError({}, order.error());
        return std::nullopt;
    }
    return *order;
}

int OrdersPage::newOrder()
{
    if (!m_actor.can(Permission::ManageOrders))
        return QDialog::Rejected;
    OrderEditor editor(m_services, m_actor, {}, this);
    const int result = editor.exec();
    if (!editor.orderId().isNull())
        showOrder(editor.orderId());
    return result;
}

int OrdersPage::openOrder()
{
    if (m_currentId.isNull())
        return QDialog::Rejected;
    OrderEditor editor(m_services, m_actor, m_currentId, this);
    const int result = editor.exec();
    showOrder(m_currentId);
    return result;
}

bool OrdersPage::transition(OrderStatus to)
{
    if (!mayMakeTransition(m_actor, to))
        return false;
    auto order = currentOrder();
    if (!order)
        return false;
    const QString number = order->number;
    Result<Order> done = fail(ErrorCode::Invalid, QString());
    switch (to) {
    case OrderStatus::Confirmed:
        done = m_services.orders.confirm(m_actor, order->id);
        break;
    case OrderStatus::Draft:
        done = m_services.orders.backToDraft(m_actor, order->id);
        break;
    case OrderStatus::Picking:
        done = m_services.orders.startPicking(m_actor, order->id);
        break;
    case OrderStatus::Packed:
        done = m_services.orders.markPacked(m_actor, order->id);
        break;
    case OrderStatus::Shipped:
        return ship() == QDialog::Accepted;
    case OrderStatus::Delivered:
        done = m_services.orders.markDelivered(m_actor, order->id);
        break;
    case OrderStatus::NotCollected:
    case OrderStatus::Refused: {
        const bool refused = to == OrderStatus::Refused;
        ReasonDialog dialog(
            refused ? tr("Order %1 refused").arg(number) : tr("Order %1 not collected").arg(number),
            refused ? tr("The customer refused order %1. Its goods come back to stock, to the "
                         "locations they left from.")
                          .arg(number)
                    : tr("Order %1 was not picked up. Its goods come back to stock, to the "
                         "locations they left from.")
                          .arg(number),
            {tr("Did not come to the pickup point"), tr("Changed their mind"), tr("Damaged parcel"),
             tr("Wrong item"), tr("Delivered too late")},
            refused ? tr("Mark &refused") : tr("Mark &not collected"), false, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        done = refused ? m_services.orders.markRefused(m_actor, order->id, dialog.reason())
                       : m_services.orders.markNotCollected(m_actor, order->id, dialog.reason());
        break;
    }
    case OrderStatus::Cancelled: {
        ReasonDialog dialog(tr("Cancel order %1").arg(number),
                            tr("Order %1 will be cancelled: its reservations are released and goods already "
                               "picked go back to their shelves. A cancelled order cannot be reopened.")
                                .arg(number),
                            {tr("The customer cancelled"), tr("Not paid in time"), tr("Out of stock"),
                             tr("Duplicate order"), tr("Cancelled by the marketplace"),
                             tr("Suspected fraud")},
                            tr("Cance&l order"), true, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        done = m_services.orders.cancel(m_actor, order->id, dialog.reason());
        break;
    }
    }
    if (!done) {
        showError(*order, done.error());
        return false;
    }
    showOrder(order->id);
    return true;
}

int OrdersPage::ship()
{
    if (!mayMakeTransition(m_actor, OrderStatus::Shipped))
        return QDialog::Rejected;
    auto order = currentOrder();
    if (!order)
        return QDialog::Rejected;
    ShipDialog dialog(m_services, m_actor, *order, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted && !dialog.result().backorderId.isNull()) {
        auto back = m_services.orders.order(m_actor, dialog.result().backorderId);
        MessageBox::information(this, tr("Order %1 shipped").arg(order->number),
                                tr("What did not ship now stays on the new order %1, which keeps its "
                                   "reservations.")
                                    .arg(back ? back->number : QString()));
    }
    showOrder(order->id);
    return result;
}

int OrdersPage::bulkShip()
{
    if (!mayMakeTransition(m_actor, OrderStatus::Shipped))
        return QDialog::Rejected;
    const QList<Id> ids = selectedOrderIds();
    if (ids.isEmpty())
        return QDialog::Rejected;
    if (ids.size() > MaxBulkOrders) {
        MessageBox::warning(this, tr("Mark shipped"),
                            tr("%n orders are selected; ship at most %1 at once.", nullptr, int(ids.size()))
                                .arg(MaxBulkOrders));
        return QDialog::Rejected;
    }
    QList<Order> orders;
    for (const Id& id : ids) {
        auto order = m_services.orders.order(m_actor, id);
        if (!order) {
            showError({}, order.error());
            return QDialog::Rejected;
        }
        orders.append(*order);
    }
    BulkShipDialog dialog(m_services, m_actor, orders, this);
    const int result = dialog.exec();
    if (!m_currentId.isNull())
        showOrder(m_currentId);
    return result;
}

int OrdersPage::recordPayment()
{
    if (!m_actor.can(Permission::ManageOrders))
        return QDialog::Rejected;
    auto order = currentOrder();
    if (!order)
        return QDialog::Rejected;
    PaymentDialog dialog(m_services, m_actor, *order, this);
    return dialog.exec();
}

int OrdersPage::showCarriers()
{
    if (!m_actor.can(Permission::ManageOrders))
        return QDialog::Rejected;
    CarriersDialog dialog(m_services.orders, m_actor, this);
    const int result = dialog.exec();
    // Links in the details follow renamed carriers.
    m_detail->refresh();
    return result;
}

void OrdersPage::fillMenu(QMenu* menu)
{
    menu->addAction(m_open);
    menu->addSeparator();
    for (OrderStatus to : std::as_const(m_transitionOrder)) {
        if (m_transitions[to]->isVisible())
            menu->addAction(m_transitions[to]);
    }
    menu->addSeparator();
    if (m_payment->isVisible())
        menu->addAction(m_payment);
    if (m_bulkShip->isVisible())
        menu->addAction(m_bulkShip);
    for (QAction* action : std::as_const(m_extraActions)) {
        if (action->isVisible())
            menu->addAction(action);
    }
}

void OrdersPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    QMenu menu(this);
    fillMenu(&menu);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// ---- remembered layout ----------------------------------------------------------------------------

QByteArray OrdersPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateVersion << m_splitter->saveState() << m_view->horizontalHeader()->saveState()
        << m_status->currentData().toString() << m_channel->currentData().toString()
        << qint32(m_paid->currentIndex()) << m_overdue->isChecked();
    return state;
}

void OrdersPage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    qint32 version = 0;
    QByteArray splitter;
    QByteArray header;
    QString status;
    QString channel;
    qint32 paid = 0;
    bool overdue = false;
    in >> version >> splitter >> header >> status >> channel >> paid >> overdue;
    if (in.status() != QDataStream::Ok || version != StateVersion)
        return;
    m_splitter->restoreState(splitter);
    m_view->horizontalHeader()->restoreState(header);
    m_view->horizontalHeader()->setSectionResizeMode(OrderListModel::Customer, QHeaderView::Stretch);
    // One reload for all the choices, not one per widget.
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockChannel(m_channel);
    const QSignalBlocker blockPaid(m_paid);
    const QSignalBlocker blockOverdue(m_overdue);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    m_paid->setCurrentIndex(std::clamp(int(paid), 0, m_paid->count() - 1));
    m_overdue->setChecked(overdue);
    applyFilter();
}

} // namespace kontor

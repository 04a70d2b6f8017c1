#include "TicketCustomerPanel.h"

#include "customers/CustomerDialog.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/OrderText.h"
#include "orders/ReturnService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool bold = false, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

TicketCustomerPanel::TicketCustomerPanel(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_customer(new QLabel)
    , m_orders(makeTable(u"customerOrdersTable"_qs, {tr("Order"), tr("Date"), tr("Status"), tr("Total")}))
    , m_returns(makeTable(u"customerReturnsTable"_qs, {tr("Return"), tr("Order"), tr("Status")}))
    , m_ordersNote(new QLabel)
    , m_linkOrder(new QPushButton(tr("&Link to ticket")))
    , m_createReturn(new QPushButton(tr("Create re&turn…")))
    , m_card(new QPushButton(tr("Customer c&ard…")))
{
    m_customer->setObjectName(u"customerLabel"_qs);
    m_customer->setWordWrap(true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ordersNote->setObjectName(u"ordersNote"_qs);
    m_ordersNote->setEnabled(false);
    m_ordersNote->setWordWrap(true);
    m_ordersNote->hide();
    m_orders->horizontalHeaderItem(OrdersTotal)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_linkOrder->setObjectName(u"linkOrderButton"_qs);
    m_linkOrder->setToolTip(tr("The ticket is about the selected order"));
    m_linkOrder->setAutoDefault(false);
    m_createReturn->setObjectName(u"createReturnButton"_qs);
    m_createReturn->setToolTip(tr("Open a return for the ticket's order (or the selected one) and link it "
                                  "to the ticket"));
    m_createReturn->setAutoDefault(false);
    m_createReturn->setVisible(m_actor.can(Permission::ManageReturns));
    m_card->setObjectName(u"customerCardButton"_qs);
    m_card->setAutoDefault(false);

    auto* cardRow = new QHBoxLayout;
    cardRow->addWidget(m_card);
    cardRow->addStretch(1);
    auto* orderButtons = new QHBoxLayout;
    orderButtons->addWidget(m_linkOrder);
    orderButtons->addWidget(m_createReturn);
    orderButtons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_customer);
    layout->addLayout(cardRow);
    layout->addWidget(heading(tr("Orders")));
    layout->addWidget(m_orders, 3);
    layout->addWidget(m_ordersNote);
    layout->addLayout(orderButtons);
    layout->addWidget(heading(tr("Returns")));
    layout->addWidget(m_returns, 2);

    connect(m_orders, &QTableWidget::itemSelectionChanged, this, &TicketCustomerPanel::updateButtons);
    connect(m_orders, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem* item = m_orders->item(row, OrdersNumber))
            Q_EMIT orderActivated(item->data(IdRole).value<Id>());
    });
    connect(m_returns, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem* item = m_returns->item(row, ReturnsNumber))
            Q_EMIT returnActivated(item->data(IdRole).value<Id>());
    });
    connect(m_linkOrder, &QPushButton::clicked, this, [this] {
        if (const Id id = selectedOrderId(); !id.isNull())
            Q_EMIT linkOrderRequested(id);
    });
    connect(m_createReturn, &QPushButton::clicked, this, [this] {
        if (const Id id = returnOrderId(); !id.isNull())
            Q_EMIT createReturnRequested(id);
    });
    connect(m_card, &QPushButton::clicked, this, &TicketCustomerPanel::openCard);
    clear();
}

void TicketCustomerPanel::clear()
{
    m_ticket = {};
    m_orderRows.clear();
    m_customer->clear();
    m_orders->setRowCount(0);
    m_returns->setRowCount(0);
    m_ordersNote->hide();
    updateButtons();
}

void TicketCustomerPanel::showTicket(const Ticket& ticket)
{
    const Id selected = selectedOrderId();
    m_ticket = ticket;
    m_orderRows.clear();
    m_orders->setRowCount(0);
    m_returns->setRowCount(0);
    m_ordersNote->hide();
    if (ticket.customerId.isNull()) {
        QStringList lines{
            tr("<b>%1</b> is not among the customers.")
                .arg((ticket.contactName.isEmpty() ? tr("The sender") : ticket.contactName).toHtmlEscaped())};
        if (!ticket.contactAddress.isEmpty())
            lines.append(ticket.contactAddress.toHtmlEscaped());
        m_customer->setText(lines.join(u"<br>"_qs));
        updateButtons();
        return;
    }
    auto customer = m_services.customers.customer(m_actor, ticket.customerId);
    if (!customer) {
        m_customer->setText(customer.error().message.toHtmlEscaped());
        updateButtons();
        return;
    }
    QStringList lines{u"<b>%1</b>"_qs.arg(customer->name.toHtmlEscaped())};
    QStringList reach;
    if (!customer->email.isEmpty())
        reach.append(customer->email.toHtmlEscaped());
    if (!customer->phone.isEmpty())
        reach.append(customer->phone.toHtmlEscaped());
    if (!reach.isEmpty())
        lines.append(reach.join(u" · "_qs));
    if (!customer->tags.isEmpty())
        lines.append(tr("Tags: %1").arg(customer->tags.join(u", "_qs).toHtmlEscaped()));
    if (!ticket.contactAddress.isEmpty() && ticket.contactAddress != customer->email &&
        ticket.contactAddress != customer->phone)
        lines.append(tr("Wrote from %1").arg(ticket.contactAddress.toHtmlEscaped()));
    m_customer->setText(lines.join(u"<br>"_qs));

    OrderFilter filter;
    filter.customerId = ticket.customerId;
    if (auto orders = m_services.orders.list(m_actor, filter, 0, OrdersShown)) {
        m_orderRows = *orders;
        m_orders->setRowCount(int(m_orderRows.size()));
        for (int row = 0; row < m_orderRows.size(); ++row) {
            const OrderListRow& o = m_orderRows.at(row);
            const bool linked = o.id == ticket.orderId;
            auto* number = cell(o.number, linked);
            number->setData(IdRole, QVariant::fromValue(o.id));
            if (linked)
                number->setToolTip(tr("The ticket is about this order"));
            m_orders->setItem(row, OrdersNumber, number);
            m_orders->setItem(
                row, OrdersDate,
                cell(QLocale().toString(OrderText::localDate(o.orderedAt), QLocale::ShortFormat), linked));
            m_orders->setItem(row, OrdersState, cell(OrderKinds::statusName(o.status), linked));
            m_orders->setItem(row, OrdersTotal, cell(OrderText::money(o.total, o.currency), linked, true));
            if (o.id == selected)
                m_orders->selectRow(row);
        }
        if (m_orderRows.size() >= OrdersShown) {
            m_ordersNote->setText(tr("The latest %1 orders").arg(OrdersShown));
            m_ordersNote->show();
        }
    } else {
        m_ordersNote->setText(orders.error().message);
        m_ordersNote->show();
    }
    ReturnFilter returns;
    returns.customerId = ticket.customerId;
    if (auto list = m_services.returns.returns(m_actor, returns)) {
        m_returns->setRowCount(int(list->size()));
        for (int row = 0; row < list->size(); ++row) {
            const Return& r = list->at(row);
            const bool linked = r.id == ticket.returnId;
            auto* number = cell(r.number, linked);
            number->setData(IdRole, QVariant::fromValue(r.id));
            m_returns->setItem(row, ReturnsNumber, number);
            m_returns->setItem(row, ReturnsOrder, cell(r.orderNumber, linked));
            m_returns->setItem(row, ReturnsState, cell(OrderKinds::returnStatusName(r.status), linked));
        }
    }
    updateButtons();
}

Id TicketCustomerPanel::selectedOrderId() const
{
    const QList<QTableWidgetItem*> items = m_orders->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem* number = m_orders->item(items.first()->row(), OrdersNumber);
    return number ? number->data(IdRole).value<Id>() : Id();
}

Id TicketCustomerPanel::returnOrderId() const
{
    return m_ticket.orderId.isNull() ? selectedOrderId() : m_ticket.orderId;
}

QStringList TicketCustomerPanel::orderNumbers() const
{
    QStringList numbers;
    for (int row = 0; row < m_orders->rowCount(); ++row)
        numbers.append(m_orders->item(row, OrdersNumber)->text());
    return numbers;
}

QStringList TicketCustomerPanel::returnNumbers() const
{
    QStringList numbers;
    for (int row = 0; row < m_returns->rowCount(); ++row)
        numbers.append(m_returns->item(row, ReturnsNumber)->text());
    return numbers;
}

void TicketCustomerPanel::updateButtons()
{
    const bool has = !m_ticket.id.isNull();
    const bool customer = has && !m_ticket.customerId.isNull();
    m_card->setVisible(customer);
    const Id selected = selectedOrderId();
    m_linkOrder->setEnabled(!selected.isNull() && selected != m_ticket.orderId);
    m_linkOrder->setVisible(customer);
    m_createReturn->setEnabled(has && !returnOrderId().isNull());
    m_createReturn->setVisible(customer && m_actor.can(Permission::ManageReturns));
    QString orderNumber;
    for (const OrderListRow& o : std::as_const(m_orderRows)) {
        if (o.id == returnOrderId())
            orderNumber = o.number;
    }
    if (orderNumber.isEmpty() && returnOrderId() == m_ticket.orderId)
        orderNumber = m_ticket.orderNumber;
    m_createReturn->setToolTip(orderNumber.isEmpty()
                                   ? tr("Link the ticket to an order, or select one, to open a return")
                                   : tr("Open a return for %1 and link it to the ticket").arg(orderNumber));
}

void TicketCustomerPanel::openCard()
{
    if (m_ticket.customerId.isNull())
        return;
    CustomerDialog dialog(m_services, m_actor, m_ticket.customerId, this);
    dialog.exec();
}

} // namespace kontor

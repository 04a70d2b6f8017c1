#include "OrderDetailPanel.h"

#include "OrderText.h"
#include "catalog/ProductService.h"
#include "orders/OrderService.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/PurchaseText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSet>
#include <QStackedLayout>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

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
    return table;
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OrderDetailPanel::OrderDetailPanel(Services services, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_title(new QLabel)
    , m_empty(new QLabel(tr("Select an order to see its lines, shipping and history.")))
    , m_content(new QWidget)
    , m_lines(makeTable(u"detailLinesTable"_qs, {tr("SKU"), tr("Name"), tr("Quantity"), tr("Price"),
                                                 tr("Total"), tr("Reserved"), tr("Shipped")}))
    , m_history(makeTable(u"detailHistoryTable"_qs, {tr("When"), tr("Change"), tr("Who"), tr("Note")}))
    , m_heading(new QHBoxLayout)
    , m_dropshipBox(new QWidget)
    , m_dropship(
          makeTable(u"dropshipTable"_qs, {tr("PO"), tr("Supplier"), tr("Status"), tr("Supplier shipped")}))
    , m_dropshipActions(new QHBoxLayout)
{
    m_title->setObjectName(u"detailTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_heading->addWidget(m_title, 1);

    // Two columns of facts beside the lines.
    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight);
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->setVerticalSpacing(3);
    facts->addRow(tr("Customer:"), field(u"customer"_qs));
    facts->addRow(tr("Channel:"), field(u"channel"_qs));
    facts->addRow(tr("Ordered:"), field(u"ordered"_qs));
    facts->addRow(tr("Ship by:"), field(u"shipBy"_qs));
    facts->addRow(tr("Payment:"), field(u"payment"_qs));
    facts->addRow(tr("Shipping:"), field(u"shipping"_qs));
    facts->addRow(tr("Ship to:"), field(u"shipTo"_qs));
    auto* factsBox = new QWidget;
    factsBox->setLayout(facts);
    factsBox->setMinimumWidth(fontMetrics().averageCharWidth() * 44);

    QHeaderView* lineHeader = m_lines->horizontalHeader();
    lineHeader->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int column : {0, 2, 3, 4, 5, 6})
        lineHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {2, 3, 4, 5, 6})
        m_lines->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView* historyHeader = m_history->horizontalHeader();
    for (int column = 0; column < 3; ++column)
        historyHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    historyHeader->setSectionResizeMode(3, QHeaderView::Stretch);

    // The dropship POs of the order, above its history (the lines keep their room).
    QHeaderView* dropshipHeader = m_dropship->horizontalHeader();
    dropshipHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    dropshipHeader->setSectionResizeMode(DropshipSupplier, QHeaderView::Stretch);
    m_dropship->horizontalHeaderItem(DropshipShipped)
        ->setToolTip(tr("When the supplier sent the parcel to the customer, and its tracking number"));
    auto* dropshipTitle = new QLabel(tr("Ordered from suppliers (dropship)"));
    dropshipTitle->setObjectName(u"dropshipTitle"_qs);
    auto* dropshipLayout = new QVBoxLayout(m_dropshipBox);
    dropshipLayout->setContentsMargins(0, 0, 0, 4);
    dropshipLayout->addWidget(dropshipTitle);
    dropshipLayout->addWidget(m_dropship);
    m_dropshipActions->addStretch(1);
    dropshipLayout->addLayout(m_dropshipActions);
    m_dropshipBox->setObjectName(u"dropshipBox"_qs);
    m_dropshipBox->hide();

    auto* linesBox = new QVBoxLayout;
    linesBox->addWidget(new QLabel(tr("Lines")));
    linesBox->addWidget(m_lines, 1);
    auto* historyBox = new QVBoxLayout;
    historyBox->addWidget(m_dropshipBox);
    historyBox->addWidget(new QLabel(tr("History")));
    historyBox->addWidget(m_history, 1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(factsBox, 3);
    columns->addLayout(linesBox, 4);
    columns->addLayout(historyBox, 3);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_heading);
    contentLayout->addLayout(columns, 1);

    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_content);

    connect(&services.orders, &OrderService::ordersChanged, this, [this](const QList<Id>& ids) {
        if (m_order && (ids.isEmpty() || ids.contains(m_order->id)))
            refresh();
    });
    // A new dropship PO does not say its order in the signal: read the order's list again (one
    // query) whenever a PO changes while an order with dropshipped lines is shown.
    connect(&services.purchases, &PurchaseOrderService::purchaseOrdersChanged, this, [this] {
        if (m_order && (hasDropshipLines() || !m_dropshipOrders.isEmpty()))
            refreshDropship();
    });
    connect(m_dropship->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderDetailPanel::dropshipChanged);
    clear();
}

void OrderDetailPanel::addDropshipWidget(QWidget* widget)
{
    m_dropshipActions->insertWidget(m_dropshipActions->count() - 1, widget);
}

bool OrderDetailPanel::hasDropshipLines() const
{
    return m_order && std::any_of(m_order->lines.cbegin(), m_order->lines.cend(),
                                  [](const OrderLine& l) { return l.dropship; });
}

int OrderDetailPanel::dropshipLinesToOrder() const
{
    if (!m_order)
        return 0;
    QSet<Id> ordered;
    for (const PurchaseOrder& po : m_dropshipOrders) {
        if (po.status == PoStatus::Cancelled)
            continue;
        for (const PoLine& l : po.lines)
            ordered.insert(l.salesOrderLineId);
    }
    return int(std::count_if(m_order->lines.cbegin(), m_order->lines.cend(),
                             [&](const OrderLine& l) { return l.dropship && !ordered.contains(l.id); }));
}

Id OrderDetailPanel::currentDropshipPoId() const
{
    const int row = m_dropship->currentRow();
    if (row >= 0 && row < m_dropshipOrders.size())
        return m_dropshipOrders.at(row).id;
    return m_dropshipOrders.size() == 1 ? m_dropshipOrders.first().id : Id();
}

void OrderDetailPanel::selectDropshipPo(const Id& poId)
{
    for (int row = 0; row < m_dropshipOrders.size(); ++row) {
        if (m_dropshipOrders.at(row).id == poId)
            m_dropship->selectRow(row);
    }
}

void OrderDetailPanel::refreshDropship()
{
    const Id selected = currentDropshipPoId();
    m_dropshipOrders.clear();
    if (m_order && m_actor.can(Permission::ManagePurchases)) {
        if (auto list = m_services.purchases.dropshipOrdersFor(m_actor, m_order->id))
            m_dropshipOrders = *list;
    }
    m_dropshipBox->setVisible(m_actor.can(Permission::ManagePurchases) &&
                              (hasDropshipLines() || !m_dropshipOrders.isEmpty()));
    const QLocale locale;
    const QSignalBlocker quiet(m_dropship->selectionModel());
    m_dropship->setRowCount(int(m_dropshipOrders.size()));
    for (int row = 0; row < m_dropshipOrders.size(); ++row) {
        const PurchaseOrder& po = m_dropshipOrders.at(row);
        m_dropship->setItem(row, DropshipNumber, cell(po.number));
        m_dropship->setItem(row, DropshipSupplier, cell(po.supplierName));
        m_dropship->setItem(row, DropshipStatus, cell(PurchasingKinds::poStatusName(po.status)));
        const QColor color = PurchaseText::statusColor(po.status);
        if (color.isValid())
            m_dropship->item(row, DropshipStatus)->setForeground(color);
        QString shipped = tr("not yet");
        if (po.supplierShippedOn.isValid())
            shipped = po.supplierTracking.isEmpty()
                          ? PurchaseText::date(po.supplierShippedOn, locale)
                          : tr("%1 · %2").arg(PurchaseText::date(po.supplierShippedOn, locale),
                                              po.supplierTracking);
        m_dropship->setItem(row, DropshipShipped, cell(shipped));
        if (!po.supplierShippedOn.isValid())
            m_dropship->item(row, DropshipShipped)->setForeground(palette().color(QPalette::PlaceholderText));
        if (po.id == selected)
            m_dropship->selectRow(row);
    }
    if (m_dropship->currentRow() < 0 && !m_dropshipOrders.isEmpty())
        m_dropship->selectRow(int(m_dropshipOrders.size()) - 1);
    // Room for the POs there are (a supplier or two, usually), not more.
    const int rows = std::clamp(int(m_dropshipOrders.size()), 1, 4);
    m_dropship->setMaximumHeight(m_dropship->horizontalHeader()->sizeHint().height() +
                                 rows * m_dropship->verticalHeader()->defaultSectionSize() +
                                 2 * m_dropship->frameWidth());
    Q_EMIT dropshipChanged();
}

void OrderDetailPanel::addHeadingWidget(QWidget* widget)
{
    m_heading->addWidget(widget, 0, Qt::AlignBottom);
}

QLabel* OrderDetailPanel::field(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    m_fields.append(label);
    return label;
}

QString OrderDetailPanel::fieldText(const QString& name) const
{
    for (QLabel* label : m_fields) {
        if (label->objectName() == name)
            return label->text();
    }
    return {};
}

void OrderDetailPanel::clear()
{
    m_order.reset();
    m_dropshipOrders.clear();
    m_dropship->setRowCount(0);
    m_dropshipBox->hide();
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_empty);
}

void OrderDetailPanel::showOrder(const Id& orderId)
{
    if (orderId.isNull()) {
        clear();
        return;
    }
    auto order = m_services.orders.order(m_actor, orderId);
    if (!order) {
        clear();
        m_empty->setText(order.error().message);
        return;
    }
    m_order = *order;
    refresh();
}

void OrderDetailPanel::refresh()
{
    if (!m_order)
        return;
    auto fresh = m_services.orders.order(m_actor, m_order->id);
    if (!fresh) {
        clear();
        return;
    }
    m_order = *fresh;
    const Order& o = *m_order;
    const QLocale locale;
    const QString currency = o.currency;
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_content);
    m_title->setText(tr("%1 · %2").arg(o.number, OrderKinds::statusName(o.status)));
    auto set = [this](const QString& name, const QString& text) {
        for (QLabel* label : std::as_const(m_fields)) {
            if (label->objectName() == name)
                label->setText(text);
        }
    };
    set(u"customer"_qs, o.customerName.toHtmlEscaped());
    QString channel = OrderKinds::channelName(o.channel);
    if (!o.marketplace.isEmpty())
        channel += u" · "_qs + o.marketplace;
    if (!o.externalRef.isEmpty())
        channel += u" · "_qs + tr("no. %1").arg(o.externalRef);
    set(u"channel"_qs, channel.toHtmlEscaped());
    set(u"ordered"_qs, OrderText::dateTime(o.orderedAt, locale));
    const qint64 now = m_services.products.database().clock().nowMs();
    QString shipBy;
    if (o.shipBy) {
        shipBy = OrderText::promisedDate(*o.shipBy, locale);
        if (OrderText::isOverdue(o.status, o.shipBy, now))
            shipBy = u"<span style=\"color:%1\">%2</span>"_qs.arg(OrderText::warningColor().name(),
                                                                  tr("%1, overdue").arg(shipBy));
    }
    if (o.promisedDelivery)
        shipBy += (shipBy.isEmpty() ? QString() : u"; "_qs) +
                  tr("delivery promised by %1").arg(OrderText::promisedDate(*o.promisedDelivery, locale));
    set(u"shipBy"_qs, shipBy);
    QString payment = tr("%1, %2: %3 of %4")
                          .arg(OrderKinds::paymentMethodName(o.paymentMethod),
                               OrderKinds::paymentStatusName(o.paymentStatus).toLower(),
                               OrderText::money(o.paidAmount, currency, locale),
                               OrderText::money(o.total, currency, locale));
    if (o.refundedAmount > 0)
        payment += u", "_qs + tr("%1 refunded").arg(OrderText::money(o.refundedAmount, currency, locale));
    set(u"payment"_qs, payment.toHtmlEscaped());
    QStringList shipping;
    Carrier carrier;
    if (!o.carrierId.isNull()) {
        if (auto all = m_services.orders.carriers(m_actor, true)) {
            for (const Carrier& c : std::as_const(*all)) {
                if (c.id == o.carrierId)
                    carrier = c;
            }
        }
    }
    if (!carrier.name.isEmpty())
        shipping.append(carrier.name.toHtmlEscaped());
    if (!o.shippingService.isEmpty())
        shipping.append(o.shippingService.toHtmlEscaped());
    if (!o.trackingNumber.isEmpty()) {
        const QString link = carrier.trackingLink(o.trackingNumber);
        shipping.append(link.isEmpty() ? o.trackingNumber.toHtmlEscaped()
                                       : u"<a href=\"%1\">%2</a>"_qs.arg(link.toHtmlEscaped(),
                                                                         o.trackingNumber.toHtmlEscaped()));
    }
    if (o.shippedAt)
        shipping.append(tr("shipped %1").arg(OrderText::dateTime(*o.shippedAt, locale)));
    if (o.deliveredAt)
        shipping.append(tr("delivered %1").arg(OrderText::dateTime(*o.deliveredAt, locale)));
    if (!o.delayReason.isEmpty())
        shipping.append(tr("late: %1").arg(o.delayReason.toHtmlEscaped()));
    set(u"shipping"_qs, shipping.isEmpty() ? tr("Not shipped yet") : shipping.join(u", "_qs));
    set(u"shipTo"_qs, o.shipTo.toHtmlEscaped().replace(u'\n', u"<br>"_qs));

    m_lines->setRowCount(int(o.lines.size()));
    for (int row = 0; row < o.lines.size(); ++row) {
        const OrderLine& l = o.lines[row];
        m_lines->setItem(row, 0, cell(l.sku));
        m_lines->setItem(row, 1, cell(l.name));
        m_lines->setItem(row, 2, cell(l.quantity.toLocaleString(locale), true));
        m_lines->setItem(row, 3, cell(OrderText::money(l.unitPrice, currency, locale), true));
        m_lines->setItem(row, 4, cell(OrderText::money(l.total, currency, locale), true));
        m_lines->setItem(row, 5, cell(l.reserved.toLocaleString(locale), true));
        m_lines->setItem(row, 6, cell(l.shipped.toLocaleString(locale), true));
        if (l.dropship) {
            // Nothing of ours is reserved for it: the supplier ships it to the customer.
            QTableWidgetItem* reserved = m_lines->item(row, 5);
            reserved->setText(tr("dropship"));
            reserved->setToolTip(tr("The supplier ships this line to the customer; no stock of ours is "
                                    "reserved for it"));
            reserved->setForeground(palette().color(QPalette::PlaceholderText));
        } else if (OrderText::isOpen(o.status) && o.status != OrderStatus::Draft && !o.isFbo() &&
                   l.reserved + l.shipped < l.quantity) {
            // A confirmed line that waits for stock.
            m_lines->item(row, 5)->setForeground(OrderText::warningColor());
            m_lines->item(row, 5)->setToolTip(tr("Waits for stock"));
        }
    }
    auto events = m_services.orders.events(m_actor, o.id);
    const QList<OrderEvent> list = events ? *events : QList<OrderEvent>();
    m_history->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const OrderEvent& e = list.at(list.size() - 1 - i);
        const QString change =
            e.from == e.to ? OrderKinds::statusName(e.to)
                           : u"%1 → %2"_qs.arg(OrderKinds::statusName(e.from), OrderKinds::statusName(e.to));
        m_history->setItem(i, 0, cell(OrderText::dateTime(e.at, locale)));
        m_history->setItem(i, 1, cell(change));
        m_history->setItem(i, 2, cell(e.userName));
        m_history->setItem(i, 3, cell(e.note));
    }
    refreshDropship();
}

} // namespace kontor

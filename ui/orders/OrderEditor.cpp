#include "OrderEditor.h"

#include "CustomerPicker.h"
#include "OrderText.h"
#include "catalog/ProductService.h"
#include "common/Decimal.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "orders/CustomerService.h"
#include "orders/OrderMath.h"
#include "orders/OrderService.h"
#include "products/ProductSearchField.h"
#include "stock/LocationCombo.h"
#include "stock/StockService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace kontor {

namespace {

constexpr qint64 RateOne = 1000000;

const SalesChannel Channels[] = {SalesChannel::Site,           SalesChannel::MarketplaceFbs,
                                 SalesChannel::MarketplaceFbo, SalesChannel::Phone,
                                 SalesChannel::Social,         SalesChannel::InPerson};
const PaymentMethod Methods[] = {PaymentMethod::Card, PaymentMethod::CashOnDelivery, PaymentMethod::Invoice,
                                 PaymentMethod::Cash};

bool isMarketplace(SalesChannel c)
{
    return c == SalesChannel::MarketplaceFbs || c == SalesChannel::MarketplaceFbo;
}

// Enter in the product picker chooses a product; it must not also press Save.
class EnterKeeper : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                if (auto* field = qobject_cast<QLineEdit*>(watched))
                    Q_EMIT field->returnPressed();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

QTableWidgetItem* fixedItem(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* editableItem(const QString& text, bool editable)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable)
        flags |= Qt::ItemIsEditable;
    item->setFlags(flags);
    return item;
}

QLabel* figureLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OrderEditor::OrderEditor(Services services, Actor actor, const Id& orderId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_shopCurrency(services.products.currency())
    , m_title(new QLabel)
    , m_shippingInfo(new QLabel)
    , m_channel(new QComboBox)
    , m_marketplaceLabel(new QLabel)
    , m_marketplace(new QComboBox)
    , m_externalRef(new QLineEdit)
    , m_customer(new CustomerPicker(services.customers, m_actor))
    , m_shipTo(new QPlainTextEdit)
    , m_paymentMethod(new QComboBox)
    , m_shipByCheck(new QCheckBox(tr("Ship &by:")))
    , m_shipBy(new QDateEdit)
    , m_promisedCheck(new QCheckBox(tr("Deli&very by:")))
    , m_promised(new QDateEdit)
    , m_location(new LocationCombo(services.stock, m_actor, tr("Automatically")))
    , m_note(new QLineEdit)
    , m_lines(new QTableWidget(0, ColumnCount))
    , m_picker(new ProductSearchField(services.products, m_actor))
    , m_removeLine(new QPushButton(tr("&Remove line")))
    , m_shippingCharge(moneyEdit(u"shippingChargeEdit"_qs))
    , m_orderDiscount(moneyEdit(u"orderDiscountEdit"_qs))
    , m_shippingCost(moneyEdit(u"shippingCostEdit"_qs))
    , m_commission(moneyEdit(u"commissionEdit"_qs))
    , m_paymentFee(moneyEdit(u"paymentFeeEdit"_qs))
    , m_costsBox(new QGroupBox(tr("The shop's costs of the order")))
    , m_subtotal(figureLabel(u"subtotalLabel"_qs))
    , m_vatLabel(new QLabel)
    , m_vat(figureLabel(u"vatLabel"_qs))
    , m_shipping(figureLabel(u"shippingLabel"_qs))
    , m_total(figureLabel(u"totalLabel"_qs))
    , m_margin(new QLabel)
    , m_historyBox(new QGroupBox(tr("History")))
    , m_history(new QTableWidget(0, 4))
    , m_error(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_saveAndConfirm(new QPushButton(tr("Save and &confirm")))
    , m_close(new QPushButton(tr("Cancel")))
{
    resize(1120, 760);

    // ---- load ----
    Order order;
    if (!orderId.isNull()) {
        auto loaded = services.orders.order(m_actor, orderId);
        if (loaded)
            order = *loaded;
        else
            m_error->setText(loaded.error().message);
    } else if (auto blank = services.orders.newDraft(m_actor)) {
        order = *blank;
    }
    m_readOnly = !m_actor.can(Permission::ManageOrders) || order.status != OrderStatus::Draft ||
                 (!orderId.isNull() && order.id.isNull());

    m_title->setObjectName(u"orderTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shippingInfo->setObjectName(u"shippingInfo"_qs);
    m_shippingInfo->setWordWrap(true);
    m_shippingInfo->setOpenExternalLinks(true);
    m_shippingInfo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_shippingInfo->hide();

    // ---- header ----
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    buildHeader(left, right);
    auto* header = new QHBoxLayout;
    header->addLayout(left, 3);
    header->addSpacing(16);
    header->addLayout(right, 2);

    // ---- lines ----
    m_lines->setObjectName(u"linesTable"_qs);
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Quantity"), tr("Unit price"),
                                        tr("Discount"), tr("Line total"), tr("Available"), tr("Reserved"),
                                        tr("Shipped"), tr("Margin")});
    m_lines->horizontalHeaderItem(Available)->setToolTip(
        tr("On hand minus reserved where the order ships from; red when the line wants more"));
    m_lines->horizontalHeaderItem(Discount)->setToolTip(tr("An amount off this line"));
    m_lines->horizontalHeaderItem(UnitPrice)->setToolTip(m_actor.can(Permission::OverridePrices)
                                                             ? tr("The catalog price; you may change it")
                                                             : tr("The catalog price"));
    m_lines->horizontalHeaderItem(Margin)->setToolTip(tr("Net of VAT and discounts minus the cost of goods"));
    for (int column = Quantity; column < ColumnCount; ++column)
        m_lines->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 10);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_lines->setAlternatingRowColors(true);
    m_lines->setWordWrap(false);
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    QHeaderView* lineHeader = m_lines->horizontalHeader();
    lineHeader->setHighlightSections(false);
    lineHeader->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    lineHeader->setSectionResizeMode(Name, QHeaderView::Stretch);
    const int charWidth = m_lines->fontMetrics().averageCharWidth();
    const QList<std::pair<int, int>> widths{{Sku, 13},       {Quantity, 9},  {UnitPrice, 13}, {Discount, 12},
                                            {Available, 10}, {Reserved, 10}, {Shipped, 10}};
    for (const auto& [column, chars] : widths) {
        const int needed =
            lineHeader->fontMetrics().horizontalAdvance(m_lines->horizontalHeaderItem(column)->text()) +
            2 * charWidth + 12;
        lineHeader->resizeSection(column, std::max(charWidth * chars, needed));
    }
    // Sums with their currency: as wide as a large one.
    const int sumWidth = m_lines->fontMetrics().horizontalAdvance(OrderText::money(9999999, m_shopCurrency)) +
                         2 * charWidth + 12;
    for (int column : {LineTotal, Margin})
        lineHeader->resizeSection(column,
                                  std::max(sumWidth, lineHeader->fontMetrics().horizontalAdvance(
                                                         m_lines->horizontalHeaderItem(column)->text()) +
                                                         2 * charWidth + 12));
    m_lines->setMinimumHeight(m_lines->verticalHeader()->defaultSectionSize() * 5 +
                              lineHeader->sizeHint().height());
    m_picker->setObjectName(u"productPicker"_qs);
    m_picker->setClearOnChoose(true);
    m_picker->setPlaceholderText(tr("Add a product: type a SKU, name or barcode"));
    m_picker->installEventFilter(new EnterKeeper(this));
    m_removeLine->setObjectName(u"removeLineButton"_qs);
    m_removeLine->setAutoDefault(false);
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_removeLine);
    auto* linesBox = new QGroupBox(tr("Lines"));
    auto* linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addWidget(m_lines, 1);
    linesLayout->addLayout(pickRow);

    // ---- charges, costs and totals ----
    auto* chargesBox = new QGroupBox(tr("Charged to the customer"));
    auto* charges = new QFormLayout(chargesBox);
    charges->addRow(tr("S&hipping:"), withCurrency(m_shippingCharge));
    charges->addRow(tr("Order &discount:"), withCurrency(m_orderDiscount));
    m_orderDiscount->setToolTip(tr("An amount off the whole order, spread over the lines"));
    m_costsBox->setObjectName(u"costsBox"_qs);
    m_costsBox->setToolTip(tr("What the order costs the shop besides the goods; for its margin"));
    auto* costs = new QFormLayout(m_costsBox);
    costs->addRow(tr("Shipping c&ost:"), withCurrency(m_shippingCost));
    costs->addRow(tr("Co&mmission:"), withCurrency(m_commission));
    costs->addRow(tr("Pa&yment fee:"), withCurrency(m_paymentFee));

    auto* totalsBox = new QGroupBox(tr("Totals"));
    auto* totals = new QGridLayout(totalsBox);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    auto* totalName = new QLabel(tr("Total:"));
    totalName->setFont(bold);
    totals->addWidget(new QLabel(tr("Subtotal:")), 0, 0);
    totals->addWidget(m_subtotal, 0, 1);
    totals->addWidget(m_vatLabel, 1, 0);
    totals->addWidget(m_vat, 1, 1);
    totals->addWidget(new QLabel(tr("Shipping:")), 2, 0);
    totals->addWidget(m_shipping, 2, 1);
    totals->addWidget(totalName, 3, 0);
    totals->addWidget(m_total, 3, 1);
    m_margin->setObjectName(u"marginLabel"_qs);
    m_margin->setWordWrap(true);
    m_margin->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_margin->setVisible(m_actor.can(Permission::ViewCosts));
    totals->addWidget(m_margin, 4, 0, 1, 2);
    totals->setColumnStretch(1, 1);
    totals->setRowStretch(5, 1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(chargesBox, 1);
    bottom->addWidget(m_costsBox, 1);
    bottom->addWidget(totalsBox, 1);

    // ---- history ----
    m_history->setObjectName(u"historyTable"_qs);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("Who"), tr("Note")});
    m_history->verticalHeader()->hide();
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 8);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(false);
    m_history->horizontalHeader()->setHighlightSections(false);
    m_history->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = 0; column < 3; ++column)
        m_history->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_history->setMaximumHeight(m_history->verticalHeader()->defaultSectionSize() * 5 +
                                m_history->horizontalHeader()->sizeHint().height() + 4);
    auto* historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_history);

    // ---- buttons ----
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, OrderText::warningColor());
    m_error->setPalette(errorPalette);
    m_error->setVisible(!m_error->text().isEmpty());
    m_save->setObjectName(u"saveButton"_qs);
    m_saveAndConfirm->setObjectName(u"saveAndConfirmButton"_qs);
    m_close->setObjectName(u"closeButton"_qs);
    m_save->setDefault(true);
    m_saveAndConfirm->setAutoDefault(false);
    m_close->setAutoDefault(false);
    m_saveAndConfirm->setToolTip(tr("Save the draft and confirm it: stock is reserved for its lines"));
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_saveAndConfirm, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_shippingInfo);
    layout->addLayout(header);
    layout->addWidget(linesBox, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_historyBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // ---- wiring ----
    connect(m_save, &QPushButton::clicked, this, &OrderEditor::accept);
    connect(m_saveAndConfirm, &QPushButton::clicked, this, &OrderEditor::saveAndConfirm);
    connect(m_close, &QPushButton::clicked, this, &OrderEditor::reject);
    connect(m_picker, &ProductSearchField::productChosen, this,
            [this](const ProductListEntry& entry) { addProduct(entry.id); });
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_lines->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : rows)
            removeLine(row);
    });
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling)
            onItemChanged(item->row(), item->column());
    });
    connect(m_lines->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeLine->setEnabled(!m_readOnly && m_lines->selectionModel()->hasSelection()); });
    connect(m_customer, &CustomerPicker::customerChosen, this,
            [this](const Id& id) { onCustomerChosen(id); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        updateChannel();
        refreshAvailability();
        markDirty();
    });
    connect(m_location, &LocationCombo::choiceChanged, this, [this] {
        refreshAvailability();
        markDirty();
    });
    for (QLineEdit* edit : {m_shippingCharge, m_orderDiscount, m_shippingCost, m_commission, m_paymentFee}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            markDirty();
            recompute();
        });
        // "350" reads back as "350.00" once typed.
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (auto amount = moneyOf(edit, nullptr); amount && !edit->isReadOnly())
                edit->setText(OrderText::moneyNumber(*amount, currency()));
        });
    }
    for (QLineEdit* edit : {m_externalRef, m_note})
        connect(edit, &QLineEdit::textChanged, this, &OrderEditor::markDirty);
    connect(m_customer->lineEdit(), &QLineEdit::textEdited, this, &OrderEditor::markDirty);
    connect(m_marketplace, &QComboBox::currentTextChanged, this, &OrderEditor::markDirty);
    connect(m_shipTo, &QPlainTextEdit::textChanged, this, &OrderEditor::markDirty);
    connect(m_paymentMethod, &QComboBox::currentIndexChanged, this, &OrderEditor::markDirty);
    for (auto [check, edit] : {std::pair{m_shipByCheck, m_shipBy}, std::pair{m_promisedCheck, m_promised}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &OrderEditor::markDirty);
        connect(edit, &QDateEdit::dateChanged, this, &OrderEditor::markDirty);
    }

    load(order);
    if (m_readOnly)
        setReadOnlyMode();
    m_removeLine->setEnabled(false);
    if (!m_readOnly)
        (isNew() ? static_cast<QWidget*>(m_customer) : m_picker)->setFocus();
}

// ---- building ---------------------------------------------------------------------------------------

QLineEdit* OrderEditor::moneyEdit(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignRight);
    edit->setMaximumWidth(edit->fontMetrics().averageCharWidth() * 16);
    return edit;
}

QWidget* OrderEditor::withCurrency(QLineEdit* edit)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    auto* symbol = new QLabel;
    symbol->setObjectName(u"currencySymbol"_qs);
    layout->addWidget(symbol);
    layout->addStretch(1);
    return row;
}

void OrderEditor::buildHeader(QFormLayout* left, QFormLayout* right)
{
    m_channel->setObjectName(u"channelCombo"_qs);
    for (SalesChannel c : Channels)
        m_channel->addItem(OrderKinds::channelName(c), int(c));
    m_marketplace->setObjectName(u"marketplaceCombo"_qs);
    m_marketplace->setEditable(true);
    m_marketplace->addItems(
        {u"Ozon"_qs, u"Wildberries"_qs, u"Yandex Market"_qs, u"AliExpress"_qs, u"Megamarket"_qs});
    m_marketplace->setCurrentIndex(-1);
    m_marketplace->setMinimumContentsLength(16);
    m_marketplaceLabel->setText(tr("&Marketplace:"));
    m_marketplaceLabel->setBuddy(m_marketplace);
    m_externalRef->setObjectName(u"externalRefEdit"_qs);
    m_externalRef->setPlaceholderText(tr("The shop's or marketplace's own number"));
    m_customer->setObjectName(u"customerPicker"_qs);
    m_shipTo->setObjectName(u"shipToEdit"_qs);
    m_shipTo->setTabChangesFocus(true);
    m_shipTo->setPlaceholderText(tr("Address, pickup point or locker"));
    m_shipTo->setFixedHeight(m_shipTo->fontMetrics().lineSpacing() * 3 + 12);

    auto* channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel);
    channelRow->addSpacing(12);
    channelRow->addWidget(m_marketplaceLabel);
    channelRow->addWidget(m_marketplace, 1);
    auto* channelLabel = new QLabel(tr("C&hannel:"));
    channelLabel->setBuddy(m_channel);
    left->addRow(channelLabel, channelRow);
    left->addRow(tr("E&xternal number:"), m_externalRef);
    left->addRow(tr("C&ustomer:"), m_customer);
    left->addRow(tr("Ship &to:"), m_shipTo);

    m_paymentMethod->setObjectName(u"paymentMethodCombo"_qs);
    for (PaymentMethod m : Methods)
        m_paymentMethod->addItem(OrderKinds::paymentMethodName(m), int(m));
    const QDate today = OrderText::localDate(m_services.products.database().clock().nowMs());
    for (QDateEdit* edit : {m_shipBy, m_promised}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_shipByCheck->setObjectName(u"shipByCheck"_qs);
    m_shipBy->setObjectName(u"shipByEdit"_qs);
    m_shipByCheck->setToolTip(tr("The day the order must leave at the latest (a marketplace's deadline)"));
    m_promisedCheck->setObjectName(u"promisedCheck"_qs);
    m_promised->setObjectName(u"promisedEdit"_qs);
    m_promisedCheck->setToolTip(tr("The delivery date promised to the customer"));
    m_location->setObjectName(u"locationCombo"_qs);
    m_location->setToolTip(tr("Where the order ships from; automatically: the first location by priority "
                              "that has everything"));
    m_note->setObjectName(u"noteEdit"_qs);
    right->addRow(tr("&Payment:"), m_paymentMethod);
    right->addRow(m_shipByCheck, m_shipBy);
    right->addRow(m_promisedCheck, m_promised);
    right->addRow(tr("Ship &from:"), m_location);
    right->addRow(tr("N&ote:"), m_note);
}

// ---- loading ----------------------------------------------------------------------------------------

void OrderEditor::load(const Order& order)
{
    m_filling = true;
    m_order = order;
    const QLocale locale;
    if (order.id.isNull())
        m_title->setText(tr("New order"));
    else
        m_title->setText(tr("Order %1 · %2").arg(order.number, OrderKinds::statusName(order.status)));
    setWindowTitle(order.id.isNull() ? tr("New order") : tr("Order %1").arg(order.number));

    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(order.channel))));
    m_marketplace->setEditText(order.marketplace);
    m_externalRef->setText(order.externalRef);
    m_customer->setCustomer(order.customerId, order.customerName);
    m_shipTo->setPlainText(order.shipTo);
    m_paymentMethod->setCurrentIndex(std::max(0, m_paymentMethod->findData(int(order.paymentMethod))));
    m_shipByCheck->setChecked(order.shipBy.has_value());
    m_shipBy->setEnabled(order.shipBy.has_value());
    if (order.shipBy)
        m_shipBy->setDate(OrderText::localDate(*order.shipBy));
    m_promisedCheck->setChecked(order.promisedDelivery.has_value());
    m_promised->setEnabled(order.promisedDelivery.has_value());
    if (order.promisedDelivery)
        m_promised->setDate(OrderText::localDate(*order.promisedDelivery));
    m_note->setText(order.note);
    const QString c = currency();
    for (QLabel* symbol : findChildren<QLabel*>(u"currencySymbol"_qs))
        symbol->setText(Money::symbol(c));
    m_shippingCharge->setText(OrderText::moneyNumber(order.shippingCharge, c, locale));
    m_orderDiscount->setText(OrderText::moneyNumber(order.orderDiscount, c, locale));
    m_shippingCost->setText(OrderText::moneyNumber(order.shippingCost, c, locale));
    m_commission->setText(OrderText::moneyNumber(order.commission, c, locale));
    m_paymentFee->setText(OrderText::moneyNumber(order.paymentFee, c, locale));
    m_vatLabel->setText(order.pricesIncludeVat ? tr("VAT included:") : tr("VAT:"));
    updateChannel();
    m_location->setCurrentLocationId(order.locationId);

    // Payment and what happened to the parcel, in one line.
    QStringList facts;
    if (order.paidAmount > 0 || order.status != OrderStatus::Draft)
        facts.append(tr("Paid %1 of %2")
                         .arg(OrderText::money(order.paidAmount, c, locale),
                              OrderText::money(order.total, c, locale)));
    QString shipped;
    if (order.shippedAt)
        shipped = tr("Shipped %1").arg(OrderText::dateTime(*order.shippedAt, locale));
    if (!order.carrierId.isNull() || !order.trackingNumber.isEmpty()) {
        Carrier carrier;
        if (auto all = m_services.orders.carriers(m_actor, true)) {
            for (const Carrier& x : std::as_const(*all)) {
                if (x.id == order.carrierId)
                    carrier = x;
            }
        }
        const QString link = carrier.trackingLink(order.trackingNumber);
        QString tracking = order.trackingNumber.toHtmlEscaped();
        if (!link.isEmpty())
            tracking = u"<a href=\"%1\">%2</a>"_qs.arg(link.toHtmlEscaped(), tracking);
        if (!carrier.name.isEmpty())
            shipped += (shipped.isEmpty() ? tr("Carrier %1") : u" "_qs + tr("by %1"))
                           .arg(carrier.name.toHtmlEscaped());
        if (!tracking.isEmpty())
            shipped += (shipped.isEmpty() ? QString() : u", "_qs) + tr("tracking %1").arg(tracking);
    }
    if (!shipped.isEmpty())
        facts.append(shipped);
    if (order.deliveredAt)
        facts.append(tr("Delivered %1").arg(OrderText::dateTime(*order.deliveredAt, locale)));
    if (!order.delayReason.isEmpty())
        facts.append(tr("Late because: %1").arg(order.delayReason.toHtmlEscaped()));
    m_shippingInfo->setText(facts.join(u" · "_qs));
    m_shippingInfo->setVisible(!order.id.isNull() && !facts.isEmpty());

    m_rows.clear();
    for (const OrderLine& l : order.lines)
        m_rows.append(Row{l, std::nullopt});
    fillLines();
    m_filling = false;
    refreshAvailability();
    loadHistory();
    m_dirty = false;
}

void OrderEditor::fillLines()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_lines->setRowCount(0);
    for (const Row& row : std::as_const(m_rows))
        appendRow(row);
    m_filling = wasFilling;
    const bool draft = m_order.status == OrderStatus::Draft;
    m_lines->setColumnHidden(Available, !draft);
    m_lines->setColumnHidden(Reserved, draft || m_order.isFbo());
    m_lines->setColumnHidden(Shipped, draft);
    m_lines->setColumnHidden(Margin, !m_actor.can(Permission::ViewCosts));
}

void OrderEditor::appendRow(const Row& r)
{
    const QLocale locale;
    const QString c = currency();
    const int row = m_lines->rowCount();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_lines->insertRow(row);
    m_lines->setItem(row, Sku, fixedItem(r.line.sku));
    auto* name = fixedItem(r.line.name);
    name->setToolTip(r.line.name);
    m_lines->setItem(row, Name, name);
    m_lines->setItem(row, Quantity, editableItem(r.line.quantity.toLocaleString(locale), !m_readOnly));
    auto* price = editableItem(OrderText::moneyNumber(r.line.unitPrice, c, locale),
                               !m_readOnly && m_actor.can(Permission::OverridePrices));
    if (r.line.priceOverridden)
        price->setToolTip(tr("Not the catalog price"));
    m_lines->setItem(row, UnitPrice, price);
    m_lines->setItem(row, Discount,
                     editableItem(OrderText::moneyNumber(r.line.lineDiscount, c, locale), !m_readOnly));
    for (int column : {LineTotal, Available, Reserved, Shipped, Margin})
        m_lines->setItem(row, column, fixedItem(QString(), true));
    m_lines->item(row, Reserved)->setText(r.line.reserved.toLocaleString(locale));
    m_lines->item(row, Shipped)->setText(r.line.shipped.toLocaleString(locale));
    m_filling = wasFilling;
}

void OrderEditor::loadHistory()
{
    m_historyBox->setVisible(!m_order.id.isNull());
    m_history->setRowCount(0);
    if (m_order.id.isNull())
        return;
    auto events = m_services.orders.events(m_actor, m_order.id);
    if (!events)
        return;
    const QLocale locale;
    m_history->setRowCount(int(events->size()));
    // Newest first, like every list in Kontor.
    for (int i = 0; i < events->size(); ++i) {
        const OrderEvent& e = events->at(events->size() - 1 - i);
        const QString change =
            e.from == e.to ? OrderKinds::statusName(e.to)
                           : u"%1 → %2"_qs.arg(OrderKinds::statusName(e.from), OrderKinds::statusName(e.to));
        m_history->setItem(i, 0, fixedItem(OrderText::dateTime(e.at, locale)));
        m_history->setItem(i, 1, fixedItem(change));
        m_history->setItem(i, 2, fixedItem(e.userName));
        auto* note = fixedItem(e.note);
        note->setToolTip(e.note);
        m_history->setItem(i, 3, note);
    }
}

void OrderEditor::setReadOnlyMode()
{
    for (QComboBox* combo : {m_channel, m_marketplace, m_paymentMethod, static_cast<QComboBox*>(m_location)})
        combo->setEnabled(false);
    for (QLineEdit* edit : {m_externalRef, m_note, m_shippingCharge, m_orderDiscount, m_shippingCost,
                            m_commission, m_paymentFee})
        edit->setReadOnly(true);
    m_customer->setReadOnly(true);
    m_shipTo->setReadOnly(true);
    for (QLineEdit* edit : {m_externalRef, m_customer->lineEdit(), m_note})
        edit->setPlaceholderText(QString());
    m_shipTo->setPlaceholderText(QString());
    // A date that was never set is not shown as if it were.
    m_shipBy->setVisible(m_shipByCheck->isChecked());
    m_promised->setVisible(m_promisedCheck->isChecked());
    for (QWidget* w : {static_cast<QWidget*>(m_shipByCheck), static_cast<QWidget*>(m_shipBy),
                       static_cast<QWidget*>(m_promisedCheck), static_cast<QWidget*>(m_promised)})
        w->setEnabled(false);
    m_picker->hide();
    m_removeLine->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_save->hide();
    m_saveAndConfirm->hide();
    m_close->setText(tr("Close"));
    m_close->setDefault(true);
    // A read-only view has no unsaved changes to ask about.
    m_dirty = false;
}

// ---- header changes ---------------------------------------------------------------------------------

void OrderEditor::updateChannel()
{
    const auto channel = SalesChannel(m_channel->currentData().toInt());
    const bool marketplace = isMarketplace(channel);
    m_marketplaceLabel->setVisible(marketplace);
    m_marketplace->setVisible(marketplace);
    // An FBO order ships from the marketplace's warehouse; others from the shop's storage.
    const bool fbo = channel == SalesChannel::MarketplaceFbo;
    m_location->setLocationFilter([fbo](const Location& l) {
        return fbo ? l.kind == LocationKind::Fbo : l.kind == LocationKind::Storage;
    });
}

void OrderEditor::onCustomerChosen(const Id& id)
{
    markDirty();
    if (id.isNull() || !m_shipTo->toPlainText().trimmed().isEmpty())
        return;
    if (auto customer = m_services.customers.customer(m_actor, id))
        m_shipTo->setPlainText(customer->defaultAddress());
}

void OrderEditor::setCustomer(const Id& customerId)
{
    auto customer = m_services.customers.customer(m_actor, customerId);
    if (!customer) {
        showError(customer.error().message);
        return;
    }
    m_customer->setCustomer(customer->id, customer->name);
    onCustomerChosen(customer->id);
}

// ---- lines ------------------------------------------------------------------------------------------

QString OrderEditor::currency() const
{
    return m_order.currency.isEmpty() ? m_shopCurrency : m_order.currency;
}

bool OrderEditor::addProduct(const Id& productId, kontor::Quantity quantity)
{
    if (m_readOnly)
        return false;
    // The same product again: one more on its line.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].line.productId == productId) {
            auto current = quantityAt(row, nullptr);
            setQuantityText(row, (current.value_or(kontor::Quantity()) + quantity).toLocaleString());
            m_lines->setCurrentCell(row, Quantity);
            return true;
        }
    }
    // Priced by the rules for this order as the form stands (channel, customer, date, currency).
    const std::optional<Order> context = formOrder();
    auto line = m_services.orders.lineFor(m_actor, context.value_or(m_order), productId, quantity);
    if (!line) {
        showError(line.error().message);
        return false;
    }
    m_rows.append(Row{*line, std::nullopt});
    appendRow(m_rows.last());
    m_lines->setCurrentCell(int(m_rows.size()) - 1, Quantity);
    markDirty();
    refreshAvailability();
    return true;
}

void OrderEditor::removeLine(int row)
{
    if (m_readOnly || row < 0 || row >= m_rows.size())
        return;
    m_rows.removeAt(row);
    m_lines->removeRow(row);
    markDirty();
    recompute();
}

void OrderEditor::setQuantityText(int row, const QString& text)
{
    if (QTableWidgetItem* item = m_lines->item(row, Quantity))
        item->setText(text);
}

void OrderEditor::setPriceText(int row, const QString& text)
{
    QTableWidgetItem* item = m_lines->item(row, UnitPrice);
    // As the user could: not at all without the permission.
    if (item && (item->flags() & Qt::ItemIsEditable))
        item->setText(text);
}

void OrderEditor::setDiscountText(int row, const QString& text)
{
    if (QTableWidgetItem* item = m_lines->item(row, Discount))
        item->setText(text);
}

void OrderEditor::onItemChanged(int row, int column)
{
    if (column != Quantity && column != UnitPrice && column != Discount)
        return;
    // A valid amount is shown as amounts are ("50" -> "50.00").
    if (column != Quantity) {
        auto amount = column == UnitPrice ? priceAt(row, nullptr) : discountAt(row, nullptr);
        if (amount) {
            const QString text = OrderText::moneyNumber(*amount, currency());
            if (m_lines->item(row, column)->text() != text) {
                m_filling = true;
                m_lines->item(row, column)->setText(text);
                m_filling = false;
            }
        }
    }
    markDirty();
    recompute();
}

std::optional<kontor::Quantity> OrderEditor::quantityAt(int row, QString* problem) const
{
    const QTableWidgetItem* item = m_lines->item(row, Quantity);
    auto q = kontor::Quantity::parse(item ? item->text().trimmed() : QString(),
                                     NumberFormat::fromLocale(QLocale()));
    if (!q) {
        if (problem)
            *problem = tr("Line %1: %2").arg(row + 1).arg(q.error().message);
        return std::nullopt;
    }
    if (q->milli() <= 0) {
        if (problem)
            *problem = tr("Line %1: the quantity must be more than zero.").arg(row + 1);
        return std::nullopt;
    }
    return *q;
}

std::optional<qint64> OrderEditor::priceAt(int row, QString* problem) const
{
    const QTableWidgetItem* item = m_lines->item(row, UnitPrice);
    auto price = OrderText::parseMoney(item ? item->text() : QString(), currency());
    if (!price) {
        if (problem)
            *problem = tr("Line %1, price: %2").arg(row + 1).arg(price.error().message);
        return std::nullopt;
    }
    return *price;
}

std::optional<qint64> OrderEditor::discountAt(int row, QString* problem) const
{
    const QTableWidgetItem* item = m_lines->item(row, Discount);
    auto discount = OrderText::parseMoney(item ? item->text() : QString(), currency());
    if (!discount) {
        if (problem)
            *problem = tr("Line %1, discount: %2").arg(row + 1).arg(discount.error().message);
        return std::nullopt;
    }
    return *discount;
}

std::optional<qint64> OrderEditor::moneyOf(const QLineEdit* edit, QString* problem) const
{
    auto amount = OrderText::parseMoney(edit->text(), currency());
    if (!amount) {
        if (problem)
            *problem = amount.error().message;
        return std::nullopt;
    }
    return *amount;
}

void OrderEditor::refreshAvailability()
{
    if (m_order.status != OrderStatus::Draft) {
        recompute();
        return;
    }
    const auto channel = SalesChannel(m_channel->currentData().toInt());
    Id where = m_location->currentLocationId();
    if (where.isNull() && channel == SalesChannel::MarketplaceFbo) {
        if (auto all = m_services.stock.locations(m_actor)) {
            for (const Location& l : std::as_const(*all)) {
                if (l.kind == LocationKind::Fbo && where.isNull())
                    where = l.id;
            }
        }
    }
    for (Row& r : m_rows) {
        auto free = where.isNull() ? m_services.stock.available(m_actor, r.line.productId)
                                   : m_services.stock.availableAt(m_actor, r.line.productId, where);
        r.available = free ? std::optional<kontor::Quantity>(*free) : std::nullopt;
    }
    recompute();
}

std::optional<Order> OrderEditor::formOrder() const
{
    Order o = m_order;
    o.channel = SalesChannel(m_channel->currentData().toInt());
    o.marketplace = isMarketplace(o.channel) ? m_marketplace->currentText().trimmed() : QString();
    o.externalRef = m_externalRef->text().trimmed();
    o.customerId = m_customer->customerId();
    o.customerName = m_customer->lineEdit()->text().trimmed();
    o.shipTo = m_shipTo->toPlainText().trimmed();
    o.paymentMethod = PaymentMethod(m_paymentMethod->currentData().toInt());
    o.shipBy = m_shipByCheck->isChecked() ? std::optional<qint64>(OrderText::endOfDay(m_shipBy->date()))
                                          : std::nullopt;
    o.promisedDelivery = m_promisedCheck->isChecked()
                             ? std::optional<qint64>(OrderText::endOfDay(m_promised->date()))
                             : std::nullopt;
    o.locationId = m_location->currentLocationId();
    o.note = m_note->text().trimmed();
    QString problem;
    auto shipping = moneyOf(m_shippingCharge, &problem);
    auto discount = moneyOf(m_orderDiscount, &problem);
    auto shippingCost = moneyOf(m_shippingCost, &problem);
    auto commission = moneyOf(m_commission, &problem);
    auto fee = moneyOf(m_paymentFee, &problem);
    if (!shipping || !discount || !shippingCost || !commission || !fee)
        return std::nullopt;
    o.shippingCharge = *shipping;
    o.orderDiscount = *discount;
    o.shippingCost = *shippingCost;
    o.commission = *commission;
    o.paymentFee = *fee;
    o.lines.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        OrderLine l = m_rows[row].line;
        auto q = quantityAt(row, nullptr);
        auto price = priceAt(row, nullptr);
        auto lineDiscount = discountAt(row, nullptr);
        if (!q || !price || !lineDiscount)
            return std::nullopt;
        l.quantity = *q;
        // A price typed over the automatic one is the user's; otherwise the rules keep pricing it.
        if (*price != l.unitPrice)
            l.priceOverridden = true;
        l.unitPrice = *price;
        l.lineDiscount = *lineDiscount;
        o.lines.append(l);
    }
    OrderMath::computeTotals(o);
    return o;
}

void OrderEditor::recompute()
{
    const QLocale locale;
    const QString c = currency();
    const bool wasFilling = m_filling;
    m_filling = true;
    // Line by line: problems marked in their cells, totals of the valid lines.
    QString firstProblem;
    for (int row = 0; row < m_rows.size(); ++row) {
        QString qProblem;
        QString pProblem;
        QString dProblem;
        auto q = quantityAt(row, &qProblem);
        auto price = priceAt(row, &pProblem);
        auto discount = discountAt(row, &dProblem);
        const auto mark = [&](int column, const QString& problem) {
            QTableWidgetItem* item = m_lines->item(row, column);
            item->setForeground(problem.isEmpty() ? QBrush() : QBrush(OrderText::warningColor()));
            item->setToolTip(problem);
            if (firstProblem.isEmpty())
                firstProblem = problem;
        };
        mark(Quantity, qProblem);
        mark(UnitPrice, pProblem);
        mark(Discount, dProblem);
        QTableWidgetItem* total = m_lines->item(row, LineTotal);
        total->setText(
            q && price && discount
                ? OrderText::money(std::max<qint64>(0, OrderMath::lineAmount(*price, *q) - *discount), c,
                                   locale)
                : QString());
        QTableWidgetItem* available = m_lines->item(row, Available);
        const auto& free = m_rows[row].available;
        available->setText(free ? free->toLocaleString(locale) : QString());
        const bool short_ = free && q && *q > *free;
        available->setForeground(short_ ? QBrush(OrderText::warningColor()) : QBrush());
        available->setToolTip(
            short_ ? tr("Only %1 available: confirming needs more stock, or backorders allowed "
                        "for the product")
                         .arg(free->toLocaleString(locale))
                   : QString());
        if (short_ && qProblem.isEmpty())
            m_lines->item(row, Quantity)->setForeground(OrderText::warningColor());
    }
    for (QLineEdit* edit : {m_shippingCharge, m_orderDiscount, m_shippingCost, m_commission, m_paymentFee}) {
        QString problem;
        const bool ok = moneyOf(edit, &problem).has_value();
        if (ok) {
            edit->setPalette(QPalette());
        } else {
            QPalette palette = edit->palette();
            palette.setColor(QPalette::Text, OrderText::warningColor());
            edit->setPalette(palette);
        }
        edit->setToolTip(problem);
        if (!ok && firstProblem.isEmpty())
            firstProblem = problem;
    }
    m_filling = wasFilling;

    const std::optional<Order> o = formOrder();
    if (o) {
        m_subtotal->setText(OrderText::money(o->subtotal, c, locale));
        m_vat->setText(OrderText::money(o->vatTotal, c, locale));
        m_shipping->setText(OrderText::money(o->shippingCharge, c, locale));
        m_total->setText(OrderText::money(o->total, c, locale));
    } else {
        for (QLabel* label : {m_subtotal, m_vat, m_shipping, m_total})
            label->setText(u"—"_qs);
    }
    if (m_actor.can(Permission::ViewCosts)) {
        QString text;
        if (o && !o->lines.isEmpty()) {
            auto margin = m_services.orders.margin(m_actor, *o);
            if (!margin) {
                text = margin.error().message;
            } else {
                const QString percent =
                    margin->revenue > 0
                        ? locale.toString(double(margin->grossMargin) * 100.0 / double(margin->revenue), 'f',
                                          1) +
                              u"%"_qs
                        : u"—"_qs;
                text = tr("Gross margin %1 (%2); after shipping, commission and fees %3.")
                           .arg(OrderText::money(margin->grossMargin, m_shopCurrency, locale), percent,
                                OrderText::money(margin->contribution, m_shopCurrency, locale));
                if (!margin->costComplete)
                    text += u" "_qs + tr("Some products have no known cost.");
                m_filling = true;
                for (int row = 0; row < m_rows.size() && row < margin->lineMargins.size(); ++row)
                    m_lines->item(row, Margin)
                        ->setText(OrderText::money(margin->lineMargins[row], m_shopCurrency, locale));
                m_filling = wasFilling;
            }
        }
        m_margin->setText(text);
    }
    if (!m_readOnly) {
        showError(firstProblem);
        const bool valid = o.has_value();
        m_save->setEnabled(valid);
        m_saveAndConfirm->setEnabled(valid && !o->lines.isEmpty());
    }
}

// ---- saving -----------------------------------------------------------------------------------------

QString OrderEditor::subtotalText() const
{
    return m_subtotal->text();
}

QString OrderEditor::vatText() const
{
    return m_vat->text();
}

QString OrderEditor::shippingText() const
{
    return m_shipping->text();
}

QString OrderEditor::totalText() const
{
    return m_total->text();
}

QString OrderEditor::marginText() const
{
    return m_margin->isHidden() ? QString() : m_margin->text();
}

QString OrderEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OrderEditor::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void OrderEditor::markDirty()
{
    if (!m_filling && !m_readOnly)
        m_dirty = true;
}

bool OrderEditor::save()
{
    if (m_readOnly)
        return false;
    const std::optional<Order> o = formOrder();
    if (!o) {
        recompute();
        return false;
    }
    auto saved = isNew() ? m_services.orders.create(m_actor, *o) : m_services.orders.updateDraft(m_actor, *o);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    // Lines now have ids, numbers and catalog names: show what was stored.
    load(*saved);
    return true;
}

bool OrderEditor::saveAndConfirm()
{
    if (!save())
        return false;
    auto confirmed = m_services.orders.confirm(m_actor, m_order.id);
    if (!confirmed) {
        showError(tr("The draft is saved, but it cannot be confirmed: %1").arg(confirmed.error().message));
        return false;
    }
    m_order = *confirmed;
    QDialog::accept();
    return true;
}

void OrderEditor::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    if (save())
        QDialog::accept();
}

void OrderEditor::reject()
{
    if (m_dirty && !m_readOnly) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved order"), tr("Save the changes to this order?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (save())
                QDialog::accept();
            return;
        }
    }
    QDialog::reject();
}

} // namespace kontor

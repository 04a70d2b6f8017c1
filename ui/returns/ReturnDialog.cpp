#include "ReturnDialog.h"

#include "catalog/ProductService.h"
#include "common/Money.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "stock/StockText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <numeric>

namespace kontor {

namespace {

QColor errorColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

QLabel* makeErrorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor());
    label->setPalette(palette);
    label->hide();
    return label;
}

void setError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

constexpr ReturnReason Reasons[] = {ReturnReason::ChangedMind,       ReturnReason::Defect,
                                    ReturnReason::WrongItem,         ReturnReason::NotAsDescribed,
                                    ReturnReason::DamagedInDelivery, ReturnReason::LateDelivery};
constexpr ReturnDecision Decisions[] = {ReturnDecision::Restock, ReturnDecision::Quarantine,
                                        ReturnDecision::WriteOff, ReturnDecision::ToSupplier};

void selectData(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ReturnDialog::ReturnDialog(Services services, Actor actor, const Id& orderId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_number(new QLineEdit)
    , m_find(new QPushButton(tr("&Find")))
    , m_orderError(makeErrorLabel(u"orderError"_qs))
    , m_summary(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_linesError(makeErrorLabel(u"linesError"_qs))
    , m_refund(new QRadioButton(tr("&Refund the money")))
    , m_exchange(new QRadioButton(tr("&Exchange: send the same goods again")))
    , m_note(new QLineEdit)
    , m_total(new QLabel)
    , m_error(makeErrorLabel(u"serviceError"_qs))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New return"));
    // Only a minimum width: the height's minimum comes from the layout, so the window grows when
    // errors appear instead of squeezing the table.
    setMinimumWidth(1120);
    resize(1120, 540);

    // ---- the order ----
    m_number->setObjectName(u"orderNumberEdit"_qs);
    m_number->setPlaceholderText(tr("SO-00042 or the shop's order number"));
    m_number->setMaximumWidth(m_number->fontMetrics().horizontalAdvance(m_number->placeholderText()) + 32);
    m_find->setObjectName(u"findOrderButton"_qs);
    m_find->setAutoDefault(false);
    auto* orderRow = new QHBoxLayout;
    orderRow->setContentsMargins(0, 0, 0, 0);
    orderRow->addWidget(m_number, 1);
    orderRow->addWidget(m_find);
    orderRow->addStretch(1);
    m_summary->setObjectName(u"orderSummary"_qs);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* orderForm = new QFormLayout;
    auto* orderLabel = new QLabel(tr("&Order:"));
    orderLabel->setBuddy(m_number);
    orderForm->addRow(orderLabel, orderRow);
    orderForm->addRow(QString(), m_orderError);

    // ---- the lines ----
    m_table->setObjectName(u"returnLinesTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Shipped"), tr("Can return"), tr("Return"),
                                        tr("Reason"), tr("Condition"), tr("Decision"), tr("Refund")});
    m_table->horizontalHeaderItem(Returnable)
        ->setToolTip(tr("Shipped, less what is already returned or in another open return"));
    m_table->horizontalHeaderItem(ToReturn)->setToolTip(tr("How many come back; leave empty for none"));
    m_table->horizontalHeaderItem(Decision)->setToolTip(
        tr("What happens to the goods when they arrive: back to stock, to quarantine to be inspected, "
           "written off, or to quarantine to go back to the supplier"));
    m_table->horizontalHeaderItem(Refund)->setToolTip(tr("Prefilled with the line's share of what was paid"));
    for (int column : {Shipped, Returnable, ToReturn, Refund})
        m_table->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 6);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setFocusPolicy(Qt::NoFocus); // Tab goes through the editors in the cells
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    int widest = 0;
    for (ReturnReason r : Reasons)
        widest = std::max(widest, m_table->fontMetrics().horizontalAdvance(OrderKinds::returnReasonName(r)));
    header->resizeSection(Reason, widest + 48);
    widest = 0;
    for (ReturnDecision d : Decisions)
        widest =
            std::max(widest, m_table->fontMetrics().horizontalAdvance(OrderKinds::returnDecisionName(d)));
    header->resizeSection(Decision, widest + 48);
    header->resizeSection(Sku, charWidth * 12);
    header->resizeSection(Shipped, charWidth * 9);
    header->resizeSection(Returnable, charWidth * 9);
    header->resizeSection(ToReturn, charWidth * 9);
    header->resizeSection(Condition, charWidth * 20);
    header->resizeSection(Refund, charWidth * 13);
    for (int column : {Sku, Shipped, Returnable, ToReturn, Condition, Refund}) {
        const int needed =
            header->fontMetrics().horizontalAdvance(m_table->horizontalHeaderItem(column)->text()) +
            2 * charWidth + 12;
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
    header->setMinimumSectionSize(charWidth * 14); // the name keeps some room in a narrow window
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5 +
                              header->sizeHint().height());

    // ---- resolution ----
    m_refund->setObjectName(u"refundRadio"_qs);
    m_exchange->setObjectName(u"exchangeRadio"_qs);
    m_exchange->setToolTip(
        tr("Closing the return creates a draft order with the returned products at no charge"));
    m_refund->setChecked(true);
    auto* resolutionGroup = new QButtonGroup(this);
    resolutionGroup->addButton(m_refund);
    resolutionGroup->addButton(m_exchange);
    m_note->setObjectName(u"noteEdit"_qs);
    m_note->setPlaceholderText(tr("What the customer said, the courier's act number, …"));
    m_total->setObjectName(u"totalLabel"_qs);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    auto* resolutionRow = new QHBoxLayout;
    resolutionRow->setContentsMargins(0, 0, 0, 0);
    resolutionRow->addWidget(m_refund);
    resolutionRow->addSpacing(16);
    resolutionRow->addWidget(m_exchange);
    resolutionRow->addStretch(1);
    resolutionRow->addWidget(m_total);
    auto* bottomForm = new QFormLayout;
    bottomForm->addRow(tr("Resolution:"), resolutionRow);
    bottomForm->addRow(tr("&Note:"), m_note);

    okButton()->setText(tr("Open return"));
    okButton()->setObjectName(u"openReturnButton"_qs);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(orderForm);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_linesError);
    layout->addLayout(bottomForm);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, [this] { findOrder(m_number->text()); });
    connect(m_number, &QLineEdit::returnPressed, this, [this] { findOrder(m_number->text()); });
    connect(m_refund, &QRadioButton::toggled, this, &ReturnDialog::revalidate);

    clearOrder();
    if (!orderId.isNull()) {
        // Opened for one order: the order is not a choice.
        m_number->setReadOnly(true);
        m_find->hide();
        auto order = m_services.orders.order(m_actor, orderId);
        if (order) {
            m_number->setText(order->number);
            findOrder(order->number);
        } else {
            setError(m_orderError, order.error().message);
        }
    }
}

std::optional<Return> ReturnDialog::newReturnForOrder(Services services, const Actor& actor,
                                                      const Id& orderId, QWidget* parent)
{
    ReturnDialog dialog(services, actor, orderId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.created();
}

QString ReturnDialog::currency() const
{
    return m_order && !m_order->currency.isEmpty() ? m_order->currency : m_services.products.currency();
}

// ---- the order ----------------------------------------------------------------------------------

bool ReturnDialog::findOrder(const QString& number)
{
    setError(m_error, {});
    if (number.trimmed().isEmpty()) {
        clearOrder();
        setError(m_orderError, tr("Type the number of the order the goods were shipped with."));
        return false;
    }
    if (m_number->text() != number)
        m_number->setText(number);
    auto order = m_services.orders.orderByNumber(m_actor, number.trimmed());
    if (!order) {
        clearOrder();
        setError(m_orderError, order.error().message);
        return false;
    }
    if (order->status != OrderStatus::Shipped && order->status != OrderStatus::Delivered) {
        clearOrder();
        setError(m_orderError, tr("Order %1 is %2: only goods shipped to the customer can be returned.")
                                   .arg(order->number, OrderKinds::statusName(order->status).toLower()));
        return false;
    }
    setError(m_orderError, {});
    showOrder(*order);
    return true;
}

void ReturnDialog::clearOrder()
{
    m_order.reset();
    m_rows.clear();
    m_table->setRowCount(0);
    m_summary->setText(tr("Find the order to see its lines."));
    m_summary->setEnabled(false);
    revalidate();
}

void ReturnDialog::showOrder(const Order& order)
{
    m_order = order;
    m_rows.clear();
    m_table->setRowCount(0);
    auto left = m_services.returns.returnable(m_actor, order.id);
    if (!left) {
        setError(m_orderError, left.error().message);
        revalidate();
        return;
    }
    for (const OrderLine& line : order.lines) {
        Quantity returnable;
        for (const auto& [id, q] : *left) {
            if (id == line.id)
                returnable = q;
        }
        addRow(line, returnable);
    }

    QStringList parts{tr("Order %1").arg(order.number)};
    if (!order.customerName.isEmpty())
        parts.append(order.customerName);
    if (order.shippedAt)
        parts.append(tr("shipped %1").arg(StockText::dateTime(*order.shippedAt)));
    parts.append(
        tr("total %1, paid %2")
            .arg(StockText::money(order.total, currency()), StockText::money(order.paidAmount, currency())));
    if (order.refundedAmount > 0)
        parts.append(tr("refunded %1").arg(StockText::money(order.refundedAmount, currency())));
    m_summary->setText(parts.join(u"  ·  "_qs));
    m_table->horizontalHeaderItem(Refund)->setText(tr("Refund, %1").arg(Money::symbol(currency())));
    m_summary->setEnabled(true);
    bool any = false;
    for (const Row& r : std::as_const(m_rows))
        any = any || r.returnable.milli() > 0;
    if (!any)
        setError(m_orderError,
                 tr("Everything shipped with order %1 is already returned or in an open return.")
                     .arg(order.number));
    // A single line that can come back: it is almost always the one being returned.
    if (m_rows.size() == 1 && any)
        setQuantityText(0, m_rows.first().returnable.toLocaleString());
    revalidate();
    if (!m_rows.isEmpty() && m_rows.first().quantity->isEnabled())
        m_rows.first().quantity->setFocus();
}

void ReturnDialog::addRow(const OrderLine& line, Quantity returnable)
{
    Row r;
    r.line = line;
    r.returnable = returnable;
    r.unitCode = u"pcs"_qs;
    if (auto product = m_services.products.product(m_actor, line.productId))
        r.unitCode = Units::code(product->unit);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto text = [](const QString& s, bool number = false) {
        auto* item = new QTableWidgetItem(s);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    m_table->setItem(row, Sku, text(line.sku));
    m_table->setItem(row, Name, text(line.name));
    m_table->item(row, Name)->setToolTip(line.name);
    m_table->setItem(row, Shipped, text(StockText::quantity(line.shipped, r.unitCode), true));
    m_table->setItem(row, Returnable, text(StockText::quantity(returnable, r.unitCode), true));
    const bool open = returnable.milli() > 0;
    if (!open) {
        for (int column : {Sku, Name, Shipped, Returnable})
            m_table->item(row, column)->setForeground(QColor(Qt::gray));
        m_table->item(row, Returnable)->setToolTip(tr("Nothing left to return on this line"));
    }

    r.quantity = new QLineEdit;
    r.quantity->setObjectName(u"quantityEdit%1"_qs.arg(row));
    r.quantity->setAlignment(Qt::AlignRight);
    r.quantity->setPlaceholderText(u"0"_qs);
    r.reason = new QComboBox;
    r.reason->setObjectName(u"reasonCombo%1"_qs.arg(row));
    for (ReturnReason reason : Reasons)
        r.reason->addItem(OrderKinds::returnReasonName(reason), int(reason));
    r.condition = new QLineEdit;
    r.condition->setObjectName(u"conditionEdit%1"_qs.arg(row));
    r.condition->setPlaceholderText(tr("sealed, worn, box damaged…"));
    r.decision = new QComboBox;
    r.decision->setObjectName(u"decisionCombo%1"_qs.arg(row));
    for (ReturnDecision decision : Decisions)
        r.decision->addItem(OrderKinds::returnDecisionName(decision), int(decision));
    r.refund = new QLineEdit;
    r.refund->setObjectName(u"refundEdit%1"_qs.arg(row));
    r.refund->setAlignment(Qt::AlignRight);
    for (QWidget* w : {static_cast<QWidget*>(r.quantity), static_cast<QWidget*>(r.reason),
                       static_cast<QWidget*>(r.condition), static_cast<QWidget*>(r.decision),
                       static_cast<QWidget*>(r.refund)})
        w->setEnabled(open);
    m_table->setCellWidget(row, ToReturn, r.quantity);
    m_table->setCellWidget(row, Reason, r.reason);
    m_table->setCellWidget(row, Condition, r.condition);
    m_table->setCellWidget(row, Decision, r.decision);
    m_table->setCellWidget(row, Refund, r.refund);
    m_rows.append(r);

    connect(r.quantity, &QLineEdit::textChanged, this, [this, row] { onQuantityEdited(row); });
    connect(r.refund, &QLineEdit::textEdited, this, [this, row] {
        m_rows[row].refundTouched = true;
        revalidate();
    });
    connect(r.reason, &QComboBox::currentIndexChanged, this, [this, row] { onReasonChanged(row); });
    connect(r.decision, &QComboBox::activated, this, [this, row] { m_rows[row].decisionTouched = true; });
}

// ---- editing ------------------------------------------------------------------------------------

Quantity ReturnDialog::returnableAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].returnable : Quantity();
}

void ReturnDialog::setQuantityText(int row, const QString& text)
{
    if (row >= 0 && row < m_rows.size())
        m_rows[row].quantity->setText(text);
}

void ReturnDialog::setReason(int row, ReturnReason reason)
{
    if (row >= 0 && row < m_rows.size())
        selectData(m_rows[row].reason, int(reason));
}

void ReturnDialog::setCondition(int row, const QString& text)
{
    if (row >= 0 && row < m_rows.size())
        m_rows[row].condition->setText(text);
}

void ReturnDialog::setDecision(int row, ReturnDecision decision)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].decisionTouched = true;
    selectData(m_rows[row].decision, int(decision));
}

void ReturnDialog::setRefundText(int row, const QString& text)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].refundTouched = true;
    m_rows[row].refund->setText(text);
    revalidate();
}

QString ReturnDialog::refundText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].refund->text() : QString();
}

void ReturnDialog::setResolution(ReturnResolution resolution)
{
    (resolution == ReturnResolution::Exchange ? m_exchange : m_refund)->setChecked(true);
}

void ReturnDialog::setNote(const QString& note)
{
    m_note->setText(note);
}

qint64 ReturnDialog::shareOf(const OrderLine& line, Quantity quantity) const
{
    // The same share the service computes for a line left at 0.
    if (line.quantity.milli() <= 0)
        return 0;
    return Decimal::mulDivRound(line.total, quantity.milli(), line.quantity.milli());
}

void ReturnDialog::onQuantityEdited(int row)
{
    Row& r = m_rows[row];
    if (!r.refundTouched) {
        const auto quantity = quantityAt(row);
        const bool some = quantity && quantity->milli() > 0 && *quantity <= r.returnable;
        r.refund->setText(some ? Money(shareOf(r.line, *quantity), currency()).toLocaleNumber() : QString());
    }
    revalidate();
}

void ReturnDialog::onReasonChanged(int row)
{
    Row& r = m_rows[row];
    if (r.decisionTouched)
        return;
    // A defective or damaged unit is inspected before it may be sold again.
    const auto reason = ReturnReason(r.reason->currentData().toInt());
    const bool inspect = reason == ReturnReason::Defect || reason == ReturnReason::DamagedInDelivery;
    selectData(r.decision, int(inspect ? ReturnDecision::Quarantine : ReturnDecision::Restock));
}

std::optional<Quantity> ReturnDialog::quantityAt(int row, QString* problem) const
{
    const Row& r = m_rows[row];
    const QString text = r.quantity->text().trimmed();
    if (text.isEmpty())
        return Quantity();
    auto quantity = Quantity::parse(text, NumberFormat::fromLocale(QLocale()));
    if (!quantity) {
        if (problem)
            *problem = quantity.error().message;
        return std::nullopt;
    }
    if (quantity->milli() < 0) {
        if (problem)
            *problem = tr("the quantity cannot be negative.");
        return std::nullopt;
    }
    if (*quantity > r.returnable) {
        if (problem)
            *problem = tr("only %1 can be returned.").arg(StockText::quantity(r.returnable, r.unitCode));
        return std::nullopt;
    }
    return *quantity;
}

std::optional<qint64> ReturnDialog::refundAt(int row, Quantity quantity, QString* problem) const
{
    const Row& r = m_rows[row];
    const QString text = r.refund->text().trimmed();
    if (text.isEmpty())
        return shareOf(r.line, quantity);
    auto money = Money::parse(text, currency(), NumberFormat::fromLocale(QLocale()));
    if (!money) {
        if (problem)
            *problem = money.error().message;
        return std::nullopt;
    }
    // The service takes a refund of 0 as "the line's share": a line cannot be returned for nothing.
    if (money->minorUnits() <= 0) {
        if (problem)
            *problem = tr("the refund must be more than zero (empty: the line's share).");
        return std::nullopt;
    }
    if (money->minorUnits() > r.line.total) {
        if (problem)
            *problem = tr("the refund is more than the line cost (%1).")
                           .arg(StockText::money(r.line.total, currency()));
        return std::nullopt;
    }
    return money->minorUnits();
}

void ReturnDialog::revalidate()
{
    setError(m_error, {});
    const bool exchange = m_exchange->isChecked();
    QStringList problems;
    qint64 total = 0;
    int returning = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows[row];
        r.refund->setEnabled(!exchange && r.returnable.milli() > 0);
        QString problem;
        const auto quantity = quantityAt(row, &problem);
        if (!quantity) {
            problems.append(tr("Line %1 (%2): %3").arg(row + 1).arg(r.line.sku, problem));
            continue;
        }
        if (quantity->milli() == 0)
            continue;
        ++returning;
        if (exchange)
            continue;
        const auto refund = refundAt(row, *quantity, &problem);
        if (!refund) {
            problems.append(tr("Line %1 (%2): %3").arg(row + 1).arg(r.line.sku, problem));
            continue;
        }
        total += *refund;
    }
    setError(m_linesError, problems.join(u'\n'));
    if (exchange)
        m_total->setText(returning > 0 ? tr("No refund: the same goods go out again") : QString());
    else
        m_total->setText(m_order ? tr("Refund: %1").arg(StockText::money(total, currency())) : QString());
    okButton()->setEnabled(m_order && problems.isEmpty() && returning > 0);
}

qint64 ReturnDialog::totalRefund() const
{
    const auto d = draft();
    return d ? std::accumulate(d->lines.cbegin(), d->lines.cend(), qint64(0),
                               [](qint64 sum, const ReturnLine& l) { return sum + l.refund; })
             : 0;
}

std::optional<Return> ReturnDialog::draft() const
{
    if (!m_order)
        return std::nullopt;
    Return r;
    r.orderId = m_order->id;
    r.resolution = m_exchange->isChecked() ? ReturnResolution::Exchange : ReturnResolution::Refund;
    r.note = m_note->text().trimmed();
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& entry = m_rows[row];
        const auto quantity = quantityAt(row);
        if (!quantity)
            return std::nullopt;
        if (quantity->milli() == 0)
            continue;
        ReturnLine l;
        l.orderLineId = entry.line.id;
        l.quantity = *quantity;
        l.reason = ReturnReason(entry.reason->currentData().toInt());
        l.condition = entry.condition->text().trimmed();
        l.decision = ReturnDecision(entry.decision->currentData().toInt());
        if (r.resolution == ReturnResolution::Refund) {
            const auto refund = refundAt(row, *quantity);
            if (!refund)
                return std::nullopt;
            l.refund = *refund;
        }
        r.lines.append(l);
    }
    if (r.lines.isEmpty())
        return std::nullopt;
    return r;
}

// ---- saving -------------------------------------------------------------------------------------

QPushButton* ReturnDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ReturnDialog::orderErrorText() const
{
    return m_orderError->isVisibleTo(this) ? m_orderError->text() : QString();
}

QString ReturnDialog::linesErrorText() const
{
    return m_linesError->isVisibleTo(this) ? m_linesError->text() : QString();
}

QString ReturnDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ReturnDialog::accept()
{
    const auto d = draft();
    if (!d || !okButton()->isEnabled())
        return;
    auto created = m_services.returns.create(m_actor, *d);
    if (!created) {
        setError(m_error, created.error().message);
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace kontor

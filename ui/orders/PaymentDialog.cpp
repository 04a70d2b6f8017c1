#include "PaymentDialog.h"

#include "OrderText.h"
#include "common/Money.h"
#include "orders/OrderService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

PaymentDialog::PaymentDialog(Services services, Actor actor, const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_order(order)
    , m_amount(new QLineEdit)
    , m_error(new QLabel)
    , m_record(new QPushButton(tr("&Record payment")))
{
    setWindowTitle(tr("Payment for order %1").arg(order.number));
    setMinimumWidth(420);
    const QLocale locale;
    const QString currency = order.currency;
    auto figure = [&](qint64 minor, const QString& name) {
        auto* label = new QLabel(OrderText::money(minor, currency, locale));
        label->setObjectName(name);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return label;
    };
    const qint64 due = std::max<qint64>(0, order.total - order.paidAmount);
    auto* form = new QFormLayout;
    form->addRow(tr("Order total:"), figure(order.total, u"totalLabel"_qs));
    form->addRow(tr("Paid so far:"), figure(order.paidAmount, u"paidLabel"_qs));
    form->addRow(tr("Still due:"), figure(due, u"dueLabel"_qs));
    form->addRow(tr("Payment method:"), new QLabel(OrderKinds::paymentMethodName(order.paymentMethod)));

    m_amount->setObjectName(u"amountEdit"_qs);
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setText(OrderText::moneyNumber(due, currency, locale));
    m_amount->setToolTip(tr("What the customer paid now; a negative amount corrects an earlier entry"));
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(new QLabel(Money::symbol(currency)));
    form->addRow(tr("&Amount received:"), amountRow);

    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, OrderText::warningColor());
    m_error->setPalette(palette);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_record->setObjectName(u"recordButton"_qs);
    m_record->setDefault(true);
    buttons->addButton(m_record, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::revalidate);
    m_amount->selectAll();
    m_amount->setFocus();
    revalidate();
}

QString PaymentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PaymentDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PaymentDialog::revalidate()
{
    auto amount = OrderText::parseMoney(m_amount->text(), m_order.currency, true);
    if (!amount)
        showError(amount.error().message);
    else
        showError({});
    m_record->setEnabled(amount && *amount != 0);
}

void PaymentDialog::accept()
{
    auto amount = OrderText::parseMoney(m_amount->text(), m_order.currency, true);
    if (!amount) {
        showError(amount.error().message);
        return;
    }
    auto paid = m_services.orders.recordPayment(m_actor, m_order.id, *amount);
    if (!paid) {
        showError(paid.error().message);
        return;
    }
    m_order = *paid;
    QDialog::accept();
}

} // namespace kontor

#include "NewTicketDialog.h"

#include "AttachmentsEdit.h"
#include "orders/CustomerPicker.h"
#include "orders/OrderService.h"
#include "orders/OrderText.h"
#include "security/UserService.h"
#include "support/SupportService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr int OrdersListed = 30;

} // namespace

NewTicketDialog::NewTicketDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_subject(new QLineEdit)
    , m_channel(new QComboBox)
    , m_fromCustomer(new QRadioButton(tr("A c&ustomer:")))
    , m_fromContact(new QRadioButton(tr("So&meone else:")))
    , m_customer(new CustomerPicker(services.customers, m_actor))
    , m_contactName(new QLineEdit)
    , m_contactAddress(new QLineEdit)
    , m_order(new QComboBox)
    , m_category(new QComboBox)
    , m_priority(new QComboBox)
    , m_assignee(new QComboBox)
    , m_body(new QPlainTextEdit)
    , m_attachments(new AttachmentsEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New ticket"));
    setMinimumWidth(620);
    resize(700, 600);

    m_subject->setObjectName(u"subjectEdit"_qs);
    m_subject->setPlaceholderText(tr("What it is about, in a few words"));
    m_channel->setObjectName(u"channelCombo"_qs);
    for (TicketChannel c : SupportKinds::allChannels())
        m_channel->addItem(SupportKinds::channelName(c), int(c));
    m_channel->setCurrentIndex(m_channel->findData(int(TicketChannel::Phone)));
    m_fromCustomer->setObjectName(u"customerRadio"_qs);
    m_fromContact->setObjectName(u"contactRadio"_qs);
    auto* fromGroup = new QButtonGroup(this);
    fromGroup->addButton(m_fromCustomer);
    fromGroup->addButton(m_fromContact);
    m_fromCustomer->setChecked(true);
    m_contactName->setObjectName(u"contactNameEdit"_qs);
    m_contactName->setPlaceholderText(tr("Name"));
    m_contactAddress->setObjectName(u"contactAddressEdit"_qs);
    m_contactAddress->setPlaceholderText(tr("Email, phone or messenger to answer to"));
    m_order->setObjectName(u"orderCombo"_qs);
    m_order->setToolTip(tr("The customer's order the request is about"));
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setObjectName(u"categoryCombo"_qs);
    for (TicketCategory c : SupportKinds::allCategories())
        m_category->addItem(SupportKinds::categoryName(c), int(c));
    m_category->setCurrentIndex(m_category->findData(int(TicketCategory::Other)));
    m_priority->setObjectName(u"priorityCombo"_qs);
    for (TicketPriority p : SupportKinds::allPriorities())
        m_priority->addItem(SupportKinds::priorityName(p), int(p));
    m_priority->setCurrentIndex(m_priority->findData(int(TicketPriority::Normal)));
    m_assignee->setObjectName(u"assigneeCombo"_qs);
    m_assignee->addItem(tr("Unassigned"), QVariant::fromValue(Id()));
    if (auto users = m_services.users.list(m_actor)) {
        for (const User& u : std::as_const(*users))
            m_assignee->addItem(u.displayName(), QVariant::fromValue(u.id));
    }
    // Who takes a call usually answers it.
    const int me = m_assignee->findData(QVariant::fromValue(m_actor.userId));
    m_assignee->setCurrentIndex(m_actor.userId.isNull() || me < 0 ? 0 : me);
    m_body->setObjectName(u"bodyEdit"_qs);
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("What the customer wrote or said"));
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_error->setPalette(palette);
    m_error->hide();
    createButton()->setText(tr("&Create ticket"));

    // Who it is from: a customer, or a name and an address.
    auto* contactRow = new QHBoxLayout;
    contactRow->setContentsMargins(0, 0, 0, 0);
    contactRow->addWidget(m_contactName, 2);
    contactRow->addWidget(m_contactAddress, 3);
    auto* from = new QGridLayout;
    from->setContentsMargins(0, 0, 0, 0);
    from->addWidget(m_fromCustomer, 0, 0);
    from->addWidget(m_customer, 0, 1);
    from->addWidget(m_fromContact, 1, 0);
    from->addLayout(contactRow, 1, 1);
    from->setColumnStretch(1, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("From:"), from);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Assi&gnee:"), m_assignee);
    form->addRow(tr("&Message:"), m_body);
    form->addRow(QString(), m_attachments);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fromCustomer, &QRadioButton::toggled, this, &NewTicketDialog::updateFrom);
    connect(m_customer, &CustomerPicker::customerChosen, this, [this] {
        m_fromCustomer->setChecked(true);
        fillOrders();
    });
    connect(m_contactName, &QLineEdit::textEdited, this, [this] { m_fromContact->setChecked(true); });
    connect(m_contactAddress, &QLineEdit::textEdited, this, [this] { m_fromContact->setChecked(true); });
    fillOrders();
    updateFrom();
    m_subject->setFocus();
}

QPushButton* NewTicketDialog::createButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString NewTicketDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewTicketDialog::setCustomer(const Id& customerId, const QString& name)
{
    m_customer->setCustomer(customerId, name);
    m_fromCustomer->setChecked(true);
    fillOrders();
}

void NewTicketDialog::updateFrom()
{
    const bool customer = m_fromCustomer->isChecked();
    m_order->setEnabled(customer && m_order->count() > 1);
}

void NewTicketDialog::fillOrders()
{
    m_order->clear();
    m_order->addItem(tr("No order"), QVariant::fromValue(Id()));
    const Id customerId = m_customer->customerId();
    if (!customerId.isNull()) {
        OrderFilter filter;
        filter.customerId = customerId;
        if (auto orders = m_services.orders.list(m_actor, filter, 0, OrdersListed)) {
            for (const OrderListRow& o : std::as_const(*orders))
                m_order->addItem(
                    tr("%1 of %2 · %3")
                        .arg(o.number,
                             QLocale().toString(OrderText::localDate(o.orderedAt), QLocale::ShortFormat),
                             OrderKinds::statusName(o.status)),
                    QVariant::fromValue(o.id));
        }
    }
    updateFrom();
}

NewTicket NewTicketDialog::draft() const
{
    NewTicket n;
    n.subject = m_subject->text().trimmed();
    n.channel = TicketChannel(m_channel->currentData().toInt());
    if (m_fromCustomer->isChecked()) {
        n.customerId = m_customer->customerId();
        n.orderId = m_order->currentData().value<Id>();
    } else {
        n.contactName = m_contactName->text().trimmed();
        n.contactAddress = m_contactAddress->text().trimmed();
    }
    n.category = TicketCategory(m_category->currentData().toInt());
    n.priority = TicketPriority(m_priority->currentData().toInt());
    n.assigneeId = m_assignee->currentData().value<Id>();
    n.body = m_body->toPlainText();
    n.attachments = m_attachments->attachments();
    return n;
}

void NewTicketDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void NewTicketDialog::accept()
{
    const NewTicket n = draft();
    auto made = m_services.support.create(m_actor, n);
    if (!made) {
        showError(made.error().message);
        if (made.error().field == u"subject")
            m_subject->setFocus();
        else if (made.error().field == u"customer")
            (m_fromCustomer->isChecked() ? static_cast<QWidget*>(m_customer) : m_contactName)->setFocus();
        return;
    }
    m_created = *made;
    QDialog::accept();
}

} // namespace kontor

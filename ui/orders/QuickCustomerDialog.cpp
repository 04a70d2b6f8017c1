#include "QuickCustomerDialog.h"

#include "OrderText.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

QuickCustomerDialog::QuickCustomerDialog(CustomerService& customers, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_actor(std::move(actor))
    , m_name(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_email(new QLineEdit)
    , m_error(new QLabel)
    , m_create(new QPushButton(tr("&Create")))
{
    setWindowTitle(tr("New customer"));
    setMinimumWidth(420);
    m_name->setObjectName(u"nameEdit"_qs);
    m_phone->setObjectName(u"phoneEdit"_qs);
    m_phone->setPlaceholderText(u"+7 912 345-67-89"_qs);
    m_email->setObjectName(u"emailEdit"_qs);
    m_email->setPlaceholderText(u"name@example.com"_qs);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    auto* hint = new QLabel(tr("Addresses, company details and the rest are on the customer's card."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, OrderText::warningColor());
    m_error->setPalette(palette);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create->setObjectName(u"createButton"_qs);
    m_create->setDefault(true);
    m_create->setEnabled(false);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QuickCustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_create->setEnabled(!text.trimmed().isEmpty()); });
}

void QuickCustomerDialog::setName(const QString& name)
{
    m_name->setText(name);
}

QString QuickCustomerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void QuickCustomerDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void QuickCustomerDialog::accept()
{
    Customer draft;
    draft.name = m_name->text().trimmed();
    draft.phone = m_phone->text().trimmed();
    draft.email = m_email->text().trimmed();
    auto created = m_customers.create(m_actor, draft);
    if (!created && created.error().code == ErrorCode::Conflict) {
        auto same = m_customers.findDuplicates(m_actor, draft.email, draft.phone);
        if (same && !same->isEmpty()) {
            const Customer& existing = same->first();
            const auto answer = MessageBox::question(
                this, tr("Customer exists"),
                tr("%1 Use %2 for this order? Choose No to add a second customer anyway.")
                    .arg(created.error().message, existing.name),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
            if (answer == QMessageBox::Cancel)
                return;
            if (answer == QMessageBox::Yes) {
                m_customerId = existing.id;
                m_customerName = existing.name;
                QDialog::accept();
                return;
            }
            created = m_customers.create(m_actor, draft, true);
        }
    }
    if (!created) {
        showError(created.error().message);
        return;
    }
    m_customerId = created->id;
    m_customerName = created->name;
    QDialog::accept();
}

} // namespace kontor

#include "WarehouseDialog.h"

#include "stock/StockService.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kontor {

WarehouseDialog::WarehouseDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_code(new QLineEdit)
    , m_name(new QLineEdit)
    , m_own(new QRadioButton(tr("The shop's &own premises")))
    , m_marketplace(new QRadioButton(tr("A &marketplace's warehouse (FBO)")))
    , m_kindHint(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New warehouse"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_code->setObjectName(u"codeEdit"_qs);
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(tr("Required, e.g. SPB or OZON-1"));
    m_name->setObjectName(u"nameEdit"_qs);
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. Saint Petersburg"));
    m_own->setObjectName(u"ownRadio"_qs);
    m_marketplace->setObjectName(u"marketplaceRadio"_qs);
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_own);
    kinds->addButton(m_marketplace);
    m_own->setChecked(true);
    m_kindHint->setWordWrap(true);
    m_kindHint->setEnabled(false);
    m_error->setObjectName(u"serviceError"_qs);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_error->setPalette(palette);
    m_error->hide();

    auto* kindBox = new QWidget;
    auto* kindLayout = new QVBoxLayout(kindBox);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(m_own);
    kindLayout->addWidget(m_marketplace);
    kindLayout->addWidget(m_kindHint);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Kind:"), kindBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WarehouseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_code, m_name})
        connect(edit, &QLineEdit::textChanged, this, &WarehouseDialog::validate);
    connect(m_own, &QRadioButton::toggled, this, &WarehouseDialog::validate);
    validate();
}

void WarehouseDialog::validate()
{
    m_kindHint->setText(m_own->isChecked()
                            ? tr("Comes with a storage, an in-transit and a quarantine location.")
                            : tr("Comes with one location for the goods the marketplace holds; they are "
                                 "never available to the shop's own orders."));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_code->text().trimmed().isEmpty());
}

QString WarehouseDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void WarehouseDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    auto created = m_services.stock.createWarehouse(m_actor, m_code->text(), m_name->text(),
                                                    m_marketplace->isChecked() ? WarehouseKind::Marketplace
                                                                               : WarehouseKind::Own);
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace kontor

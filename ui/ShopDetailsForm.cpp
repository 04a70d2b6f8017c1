#include "ShopDetailsForm.h"

#include "orders/ShopDetailsService.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kontor {

namespace {

const QString AddressKey = u"shop.legal_address"_qs;

} // namespace

ShopDetailsForm::ShopDetailsForm(ShopDetailsService& service, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_actor(actor)
    , m_canEdit(actor.can(Permission::ManageSettings))
    , m_address(new QPlainTextEdit)
    , m_error(new QLabel)
{
    auto line = [this](const QString& key, const QString& placeholder = {}, int maxChars = 0) {
        auto* edit = new QLineEdit;
        edit->setObjectName(key);
        edit->setPlaceholderText(placeholder);
        edit->setReadOnly(!m_canEdit);
        if (maxChars > 0) {
            // Codes have a fixed length: a field that fits them, not the whole dialog's width.
            edit->setMaxLength(maxChars + 8); // room for the spaces people paste with
            edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QString(maxChars + 2, u'0')));
        }
        m_lines.insert(key, edit);
        return edit;
    };

    // One form with section headings, so every field lines up under the same label column.
    auto* form = new QFormLayout;
    auto section = [form](const QString& title, bool first = false) {
        auto* label = new QLabel(title);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        if (!first)
            label->setContentsMargins(0, 8, 0, 0);
        form->addRow(label);
    };
    section(tr("Seller"), true);
    form->addRow(tr("Shop &name:"), line(u"shop.name"_qs, tr("as customers know it")));
    form->addRow(tr("&Legal name:"), line(u"shop.legal_name"_qs, tr("ООО «Ромашка», ИП Иванов И. И.")));
    form->addRow(tr("&INN:"), line(u"shop.tax_id"_qs, tr("10 or 12 digits"), 12));
    form->addRow(tr("&KPP:"), line(u"shop.tax_reason_code"_qs, tr("9 characters, companies only"), 9));
    form->addRow(tr("&OGRN:"), line(u"shop.ogrn"_qs, tr("optional"), 15));
    m_address->setObjectName(AddressKey);
    m_address->setReadOnly(!m_canEdit);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Legal &address:"), m_address);
    form->addRow(tr("&Phone:"), line(u"shop.phone"_qs));
    form->addRow(tr("&Email:"), line(u"shop.email"_qs));
    section(tr("Bank details (for invoices)"));
    form->addRow(tr("&Bank:"), line(u"shop.bank_name"_qs));
    form->addRow(tr("BI&C:"), line(u"shop.bank_bic"_qs, tr("9 digits"), 9));
    form->addRow(tr("A&ccount:"), line(u"shop.bank_account"_qs, tr("20 digits"), 20));
    form->addRow(tr("Co&rr. account:"), line(u"shop.correspondent_account"_qs, tr("20 digits"), 20));
    section(tr("Documents"));
    form->addRow(tr("&VAT note:"),
                 line(u"shop.vat_note"_qs, tr("printed when goods carry no VAT: Без НДС (УСН)")));

    m_error->setObjectName(u"shopDetailsError"_qs);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_qs);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    if (!m_canEdit) {
        auto* note = new QLabel(tr("Only a user who may change settings can edit the shop details."));
        note->setObjectName(u"readOnlyNote"_qs);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();

    auto loaded = m_service.details(m_actor);
    if (loaded) {
        m_loaded = *loaded;
        setDetails(m_loaded);
    } else {
        m_error->setText(loaded.error().toString());
        m_error->show();
    }
}

QWidget* ShopDetailsForm::editor(const QString& key) const
{
    if (key == AddressKey)
        return m_address;
    return m_lines.value(key);
}

ShopDetails ShopDetailsForm::details() const
{
    ShopDetails d;
    for (const ShopDetailsField& f : ShopDetailsFields::all()) {
        if (f.key == AddressKey)
            d.*f.member = m_address->toPlainText().trimmed();
        else if (QLineEdit* edit = m_lines.value(f.key))
            d.*f.member = edit->text().trimmed();
    }
    return d;
}

void ShopDetailsForm::setDetails(const ShopDetails& details)
{
    for (const ShopDetailsField& f : ShopDetailsFields::all()) {
        if (f.key == AddressKey)
            m_address->setPlainText(details.*f.member);
        else if (QLineEdit* edit = m_lines.value(f.key))
            edit->setText(details.*f.member);
    }
}

bool ShopDetailsForm::save()
{
    if (!m_canEdit || !isModified())
        return true;
    auto saved = m_service.save(m_actor, details());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        if (QWidget* w = editor(u"shop."_qs + saved.error().field))
            w->setFocus();
        return false;
    }
    m_error->hide();
    m_loaded = *saved;
    setDetails(m_loaded);
    return true;
}

} // namespace kontor

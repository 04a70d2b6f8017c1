#include "SupplierDialog.h"

#include "catalog/ProductService.h"
#include "common/TableViews.h"
#include "prices/PriceText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QPlainTextEdit* shortTextEdit(const QString& objectName, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

SupplierDialog::SupplierDialog(Services services, Actor actor, const Id& supplierId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_canEdit(m_actor.can(Permission::ManageSuppliers))
    , m_title(new QLabel)
    , m_tabs(new QTabWidget)
    , m_error(PriceText::errorLabel(u"serviceError"_qs))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    resize(700, 620);
    m_title->setObjectName(u"supplierTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"supplierTabs"_qs);
    buildDetailsTab();
    buildContactsTab();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SupplierDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SupplierDialog::updateSave);

    if (!supplierId.isNull()) {
        if (auto s = m_services.suppliers.supplier(m_actor, supplierId)) {
            m_id = supplierId;
            fill(*s);
        } else {
            PriceText::showError(m_error, s.error().message);
        }
    }
    if (isNew()) {
        setWindowTitle(tr("New supplier"));
        m_title->setText(tr("New supplier"));
        modelCheck(SupplierModel::OwnStock)->setChecked(true);
    }
    if (!m_canEdit)
        setReadOnly();
    updateSave();
    m_name->setFocus();
}

void SupplierDialog::buildDetailsTab()
{
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameEdit"_qs);
    m_name->setPlaceholderText(tr("How the shop calls the supplier, e.g. Textile Wholesale"));
    m_legalName = new QLineEdit;
    m_legalName->setObjectName(u"legalNameEdit"_qs);
    m_legalName->setPlaceholderText(tr("LLC \"Textile Wholesale\""));
    m_taxId = new QLineEdit;
    m_taxId->setObjectName(u"taxIdEdit"_qs);
    m_taxId->setToolTip(tr("INN: 10 digits for a company, 12 for a sole trader"));
    m_taxId->setMaxLength(20);
    m_taxReasonCode = new QLineEdit;
    m_taxReasonCode->setObjectName(u"taxReasonCodeEdit"_qs);
    m_taxReasonCode->setToolTip(tr("KPP: the 9-digit registration reason code of a company"));
    m_taxReasonCode->setMaxLength(20);
    const int codeWidth = m_taxId->fontMetrics().horizontalAdvance(u"000000000000"_qs) + 24;
    m_taxId->setMaximumWidth(codeWidth);
    m_taxReasonCode->setMaximumWidth(codeWidth);
    auto* codesRow = new QHBoxLayout;
    codesRow->setContentsMargins(0, 0, 0, 0);
    codesRow->addWidget(m_taxId);
    codesRow->addSpacing(16);
    auto* kppLabel = new QLabel(tr("&KPP:"));
    kppLabel->setBuddy(m_taxReasonCode);
    codesRow->addWidget(kppLabel);
    codesRow->addWidget(m_taxReasonCode);
    codesRow->addStretch(1);
    m_legalAddress = shortTextEdit(u"legalAddressEdit"_qs, 2);
    m_bankDetails = shortTextEdit(u"bankDetailsEdit"_qs, 3);
    m_bankDetails->setPlaceholderText(tr("Bank, BIC, settlement and correspondent accounts"));
    m_email = new QLineEdit;
    m_email->setObjectName(u"emailEdit"_qs);
    m_email->setPlaceholderText(tr("orders@supplier.ru"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"phoneEdit"_qs);
    m_phone->setPlaceholderText(tr("+7 495 123-45-67"));
    m_website = new QLineEdit;
    m_website->setObjectName(u"websiteEdit"_qs);
    m_website->setPlaceholderText(tr("https://supplier.ru"));
    m_currency = new QLineEdit;
    m_currency->setObjectName(u"currencyEdit"_qs);
    m_currency->setMaxLength(3);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_qs), m_currency));
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(u"WWWW"_qs) + 24);
    const QString shopCurrency = m_services.products.currency();
    m_currency->setPlaceholderText(shopCurrency);
    m_currency->setToolTip(
        tr("The ISO code of the currency the supplier sells in; empty: the shop's (%1)").arg(shopCurrency));
    connect(m_currency, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_currency->cursorPosition();
        m_currency->setText(text.toUpper());
        m_currency->setCursorPosition(cursor);
    });

    auto* modelsBox = new QWidget;
    auto* modelsLayout = new QVBoxLayout(modelsBox);
    modelsLayout->setContentsMargins(0, 0, 0, 0);
    modelsLayout->setSpacing(2);
    const QList<std::pair<SupplierModel, QString>> models = {
        {SupplierModel::OwnStock, tr("The shop buys, stores and ships the goods")},
        {SupplierModel::Dropship, tr("The supplier ships orders straight to the shop's customers")},
        {SupplierModel::MarketplaceFbs, tr("Goods for marketplace orders that the shop ships itself")},
        {SupplierModel::MarketplaceFbo, tr("Goods delivered straight to a marketplace warehouse")},
    };
    for (const auto& [model, tip] : models) {
        auto* check = new QCheckBox(PurchasingKinds::modelName(model));
        check->setObjectName(u"model"_qs + QString::number(int(model)) + u"Check"_qs);
        check->setToolTip(tip);
        modelsLayout->addWidget(check);
        m_models.append({model, check});
        connect(check, &QCheckBox::toggled, this, &SupplierDialog::updateSave);
    }
    m_notes = shortTextEdit(u"notesEdit"_qs, 3);
    m_notes->setPlaceholderText(tr("Anything the team should know: how to order, who to call"));

    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Legal name:"), m_legalName);
    auto* innLabel = new QLabel(tr("&INN:"));
    innLabel->setBuddy(m_taxId);
    form->addRow(innLabel, codesRow);
    form->addRow(tr("Legal &address:"), m_legalAddress);
    form->addRow(tr("&Bank details:"), m_bankDetails);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Works as:"), modelsBox);
    form->addRow(tr("N&otes:"), m_notes);
    m_tabs->insertTab(DetailsTab, page, tr("&Details"));
}

void SupplierDialog::buildContactsTab()
{
    m_contacts = new QTableWidget(0, ContactColumnCount);
    m_contacts->setObjectName(u"contactTable"_qs);
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Email"), tr("Phone")});
    m_contacts->verticalHeader()->hide();
    m_contacts->verticalHeader()->setDefaultSectionSize(m_contacts->fontMetrics().height() + 10);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contacts->setAlternatingRowColors(true);
    m_contacts->setWordWrap(false);
    QHeaderView* header = m_contacts->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int charWidth = m_contacts->fontMetrics().averageCharWidth();
    header->setSectionResizeMode(ContactName, QHeaderView::Stretch);
    header->resizeSection(ContactRole, charWidth * 16);
    header->resizeSection(ContactEmail, charWidth * 22);
    header->resizeSection(ContactPhone, charWidth * 18);
    TableViews::fitTitles(m_contacts, ContactRole);
    m_addContact = new QPushButton(tr("&Add contact"));
    m_addContact->setObjectName(u"addContactButton"_qs);
    m_addContact->setAutoDefault(false);
    m_removeContact = new QPushButton(tr("&Remove"));
    m_removeContact->setObjectName(u"removeContactButton"_qs);
    m_removeContact->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addContact);
    buttons->addWidget(m_removeContact);
    buttons->addStretch(1);
    auto* hint = new QLabel(tr("The people you deal with: sales manager, warehouse, accountant."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_contacts, 1);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    m_tabs->insertTab(ContactsTab, page, tr("Co&ntacts"));

    connect(m_addContact, &QPushButton::clicked, this, [this] {
        addContactRow({});
        m_contacts->setCurrentCell(m_contacts->rowCount() - 1, ContactName);
        m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, ContactName));
    });
    connect(m_removeContact, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0)
            m_contacts->removeRow(m_contacts->currentRow());
    });
}

void SupplierDialog::fill(const Supplier& s)
{
    m_original = s;
    setWindowTitle(tr("Supplier — %1").arg(s.name));
    m_title->setText(s.archived ? tr("%1 (archived)").arg(s.name) : s.name);
    m_name->setText(s.name);
    m_legalName->setText(s.legalName);
    m_taxId->setText(s.taxId);
    m_taxReasonCode->setText(s.taxReasonCode);
    m_legalAddress->setPlainText(s.legalAddress);
    m_bankDetails->setPlainText(s.bankDetails);
    m_email->setText(s.email);
    m_phone->setText(s.phone);
    m_website->setText(s.website);
    m_currency->setText(s.currency);
    for (const auto& [model, check] : std::as_const(m_models))
        check->setChecked(s.models.testFlag(model));
    m_notes->setPlainText(s.notes);
    m_contacts->setRowCount(0);
    for (const SupplierContact& c : s.contacts)
        addContactRow(c);
}

void SupplierDialog::addContactRow(const SupplierContact& c)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto* name = new QTableWidgetItem(c.name);
    name->setData(IdRole, QVariant::fromValue(c.id));
    m_contacts->setItem(row, ContactName, name);
    m_contacts->setItem(row, ContactRole, new QTableWidgetItem(c.role));
    m_contacts->setItem(row, ContactEmail, new QTableWidgetItem(c.email));
    m_contacts->setItem(row, ContactPhone, new QTableWidgetItem(c.phone));
}

void SupplierDialog::setReadOnly()
{
    for (QLineEdit* edit :
         {m_name, m_legalName, m_taxId, m_taxReasonCode, m_email, m_phone, m_website, m_currency})
        edit->setReadOnly(true);
    for (QPlainTextEdit* edit : {m_legalAddress, m_bankDetails, m_notes})
        edit->setReadOnly(true);
    for (const auto& [model, check] : std::as_const(m_models))
        check->setEnabled(false);
    m_addContact->hide();
    m_removeContact->hide();
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    saveButton()->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

QPushButton* SupplierDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QCheckBox* SupplierDialog::modelCheck(SupplierModel model) const
{
    for (const auto& [m, check] : m_models) {
        if (m == model)
            return check;
    }
    return nullptr;
}

QString SupplierDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SupplierDialog::updateSave()
{
    bool anyModel = false;
    for (const auto& [model, check] : std::as_const(m_models))
        anyModel = anyModel || check->isChecked();
    saveButton()->setEnabled(m_canEdit && !m_name->text().trimmed().isEmpty() && anyModel);
}

Supplier SupplierDialog::supplierFromFields() const
{
    Supplier s = m_original;
    s.name = m_name->text().trimmed();
    s.legalName = m_legalName->text().trimmed();
    s.taxId = m_taxId->text().trimmed();
    s.taxReasonCode = m_taxReasonCode->text().trimmed();
    s.legalAddress = m_legalAddress->toPlainText().trimmed();
    s.bankDetails = m_bankDetails->toPlainText().trimmed();
    s.email = m_email->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.website = m_website->text().trimmed();
    s.currency = m_currency->text().trimmed().toUpper();
    s.models = {};
    for (const auto& [model, check] : m_models) {
        if (check->isChecked())
            s.models |= model;
    }
    s.notes = m_notes->toPlainText().trimmed();
    s.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        SupplierContact c;
        c.id = m_contacts->item(row, ContactName)
                   ? m_contacts->item(row, ContactName)->data(IdRole).value<Id>()
                   : Id();
        c.name = cellText(m_contacts, row, ContactName);
        c.role = cellText(m_contacts, row, ContactRole);
        c.email = cellText(m_contacts, row, ContactEmail);
        c.phone = cellText(m_contacts, row, ContactPhone);
        if (!c.name.isEmpty() || !c.role.isEmpty() || !c.email.isEmpty() || !c.phone.isEmpty())
            s.contacts.append(c); // a row added and left empty is no contact
    }
    return s;
}

void SupplierDialog::focusField(const QString& field)
{
    const QHash<QString, QWidget*> widgets = {
        {u"name"_qs, m_name},        {u"currency"_qs, m_currency},
        {u"email"_qs, m_email},      {u"models"_qs, m_models.value(0).second},
        {u"contact"_qs, m_contacts},
    };
    QWidget* w = widgets.value(field);
    if (!w)
        return;
    m_tabs->setCurrentIndex(w == m_contacts ? ContactsTab : DetailsTab);
    w->setFocus();
}

void SupplierDialog::accept()
{
    if (!m_canEdit)
        return;
    PriceText::showError(m_error, {});
    const Supplier s = supplierFromFields();
    Error error;
    if (isNew()) {
        auto created = m_services.suppliers.create(m_actor, s);
        if (created) {
            m_id = created->id;
            QDialog::accept();
            return;
        }
        error = created.error();
    } else {
        auto updated = m_services.suppliers.update(m_actor, s);
        if (updated) {
            QDialog::accept();
            return;
        }
        error = updated.error();
    }
    PriceText::showError(m_error, error.message);
    focusField(error.field);
}

} // namespace kontor

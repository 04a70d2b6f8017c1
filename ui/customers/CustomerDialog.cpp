#include "CustomerDialog.h"

#include "catalog/PriceService.h"
#include "catalog/ProductService.h"
#include "common/TableViews.h"
#include "orders/OrderService.h"
#include "returns/ReturnListModel.h"
#include "stock/StockText.h"
#include "support/TicketListModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr int OrdersShown = 200;
constexpr int IdRole = Qt::UserRole + 1;

QColor errorColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

QLabel* makeErrorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
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

// A field with its error line under it, for one row of a form.
QWidget* withError(QWidget* field, QLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

QLabel* mutedLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false); // the muted colour of secondary text
    return label;
}

// A late date and time, for the width of a column of them.
qint64 sampleTime()
{
    return QDateTime(QDate(2026, 12, 28), QTime(23, 59)).toMSecsSinceEpoch();
}

QString dateText(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date(),
                              QLocale::ShortFormat);
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidget* makeEditTable(const QStringList& titles, const QString& objectName)
{
    auto* table = new QTableWidget(0, int(titles.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(titles);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

// The same rules as CustomerService's: the card says so while typing, the service on saving.
QString emailProblem(const QString& text)
{
    const QString email = text.trimmed();
    if (email.isEmpty())
        return {};
    if (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@') || email.contains(u' '))
        return QCoreApplication::translate("kontor::CustomerDialog",
                                           "Not an email address: it needs a name, @ and a domain, like "
                                           "anna@example.com.");
    return {};
}

QString phoneProblem(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    if (CustomerService::phoneKey(text).size() < 5)
        return QCoreApplication::translate("kontor::CustomerDialog",
                                           "Not a phone number: it needs at least 5 digits.");
    return {};
}

QStringList tagsFrom(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

} // namespace

CustomerDialog::CustomerDialog(Services services, Actor actor, const Id& customerId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_currency(services.products.currency())
    , m_canEdit(m_actor.can(Permission::ManageCustomers))
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_tabs(new QTabWidget)
    , m_duplicatesPanel(new QFrame)
    , m_duplicatesText(new QLabel)
    , m_duplicatesList(new QListWidget)
    , m_openDuplicate(new QPushButton(tr("&Open this customer")))
    , m_createAnyway(new QPushButton(tr("Create &anyway")))
    , m_error(makeErrorLabel(u"serviceError"_qs))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    // Only a minimum width: the height's minimum comes from the layout, so the window grows when
    // the duplicates or an error appear instead of squeezing the fields.
    setMinimumWidth(720);
    resize(760, 600);

    m_title->setObjectName(u"customerTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(u"customerSubtitle"_qs);
    m_subtitle->setEnabled(false);

    m_tabs->setObjectName(u"customerTabs"_qs);
    buildDetailsTab();
    buildCompanyTab();
    buildAddressesTab();
    buildContactsTab();
    buildHistoryTab();
    buildTicketsTab();

    // ---- duplicates found on saving ----
    m_duplicatesPanel->setObjectName(u"duplicatesPanel"_qs);
    m_duplicatesPanel->setFrameShape(QFrame::StyledPanel);
    m_duplicatesPanel->setAutoFillBackground(true);
    QPalette notice = m_duplicatesPanel->palette();
    notice.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xD6));
    notice.setColor(QPalette::WindowText, QColor(0x33, 0x2B, 0x00));
    m_duplicatesPanel->setPalette(notice);
    m_duplicatesText->setObjectName(u"duplicatesText"_qs);
    m_duplicatesText->setWordWrap(true);
    m_duplicatesList->setObjectName(u"duplicatesList"_qs);
    m_duplicatesList->setMaximumHeight(m_duplicatesList->fontMetrics().height() * 4 + 12);
    m_openDuplicate->setObjectName(u"openDuplicateButton"_qs);
    m_openDuplicate->setAutoDefault(false);
    m_openDuplicate->setToolTip(tr("Show that customer's card instead; what you typed here is dropped"));
    m_createAnyway->setObjectName(u"createAnywayButton"_qs);
    m_createAnyway->setAutoDefault(false);
    m_createAnyway->setToolTip(tr("Save a second customer with the same email or phone"));
    auto* duplicateButtons = new QHBoxLayout;
    duplicateButtons->addWidget(m_openDuplicate);
    duplicateButtons->addWidget(m_createAnyway);
    duplicateButtons->addStretch(1);
    auto* duplicatesLayout = new QVBoxLayout(m_duplicatesPanel);
    duplicatesLayout->addWidget(m_duplicatesText);
    duplicatesLayout->addWidget(m_duplicatesList);
    duplicatesLayout->addLayout(duplicateButtons);
    m_duplicatesPanel->hide();

    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_duplicatesPanel);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openDuplicate, &QPushButton::clicked, this,
            [this] { openDuplicate(std::max(0, m_duplicatesList->currentRow())); });
    connect(m_duplicatesList, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { openDuplicate(m_duplicatesList->row(item)); });
    connect(m_createAnyway, &QPushButton::clicked, this, &CustomerDialog::createAnyway);

    if (customerId.isNull()) {
        m_person->setChecked(true);
        updateKind();
        updateConsent();
        updateTitle();
        m_tabs->setTabVisible(HistoryTab, false);
        m_tabs->setTabVisible(TicketsTab, false);
    } else {
        load(customerId);
    }
    if (!m_canEdit)
        setReadOnly();
    validate();
    m_name->setFocus();
}

// ---- building -------------------------------------------------------------------------------------

void CustomerDialog::buildDetailsTab()
{
    m_person = new QRadioButton(tr("&Person"));
    m_person->setObjectName(u"personRadio"_qs);
    m_company = new QRadioButton(tr("Co&mpany"));
    m_company->setObjectName(u"companyRadio"_qs);
    auto* kindGroup = new QButtonGroup(this);
    kindGroup->addButton(m_person);
    kindGroup->addButton(m_company);
    auto* kindRow = new QHBoxLayout;
    kindRow->setContentsMargins(0, 0, 0, 0);
    kindRow->addWidget(m_person);
    kindRow->addWidget(m_company);
    kindRow->addStretch(1);
    auto* kindBox = new QWidget;
    kindBox->setLayout(kindRow);

    m_name = new QLineEdit;
    m_name->setObjectName(u"nameEdit"_qs);
    m_nameError = makeErrorLabel(u"nameError"_qs);
    m_email = new QLineEdit;
    m_email->setObjectName(u"emailEdit"_qs);
    m_email->setPlaceholderText(tr("anna@example.com"));
    m_emailError = makeErrorLabel(u"emailError"_qs);
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"phoneEdit"_qs);
    m_phone->setPlaceholderText(tr("+7 912 345-67-89"));
    m_phoneError = makeErrorLabel(u"phoneError"_qs);
    m_tags = new QLineEdit;
    m_tags->setObjectName(u"tagsEdit"_qs);
    m_tags->setPlaceholderText(tr("wholesale, VIP"));
    m_tags->setToolTip(tr("Separate tags with commas"));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"notesEdit"_qs);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(
        tr("Anything the team should know: preferences, agreements, how to reach them"));
    m_consent = new QCheckBox(tr("Agrees to receive news and offers"));
    m_consent->setObjectName(u"consentCheck"_qs);
    m_consent->setToolTip(tr("Record the customer's consent to marketing messages (152-FZ, GDPR)"));
    m_consentDate = new QLabel;
    m_consentDate->setObjectName(u"consentDateLabel"_qs);
    m_consentDate->setEnabled(false);
    auto* consentRow = new QHBoxLayout;
    consentRow->setContentsMargins(0, 0, 0, 0);
    consentRow->addWidget(m_consent);
    consentRow->addSpacing(12);
    consentRow->addWidget(m_consentDate, 1);
    auto* consentBox = new QWidget;
    consentBox->setLayout(consentRow);

    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(tr("Kind:"), kindBox);
    form->addRow(tr("&Name:"), withError(m_name, m_nameError));
    form->addRow(tr("&Email:"), withError(m_email, m_emailError));
    form->addRow(tr("P&hone:"), withError(m_phone, m_phoneError));
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("Marketing:"), consentBox);
    m_tabs->insertTab(DetailsTab, page, tr("&Details"));

    connect(m_company, &QRadioButton::toggled, this, &CustomerDialog::updateKind);
    connect(m_consent, &QCheckBox::toggled, this, &CustomerDialog::updateConsent);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_name->setProperty("touched", true);
        validate();
    });
    connect(m_email, &QLineEdit::textChanged, this, &CustomerDialog::onContactFieldEdited);
    connect(m_phone, &QLineEdit::textChanged, this, &CustomerDialog::onContactFieldEdited);
}

void CustomerDialog::buildCompanyTab()
{
    m_legalName = new QLineEdit;
    m_legalName->setObjectName(u"legalNameEdit"_qs);
    m_legalName->setPlaceholderText(tr("LLC \"Romashka\""));
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
    auto* codesBox = new QWidget;
    codesBox->setLayout(codesRow);

    m_legalAddress = new QPlainTextEdit;
    m_legalAddress->setObjectName(u"legalAddressEdit"_qs);
    m_legalAddress->setTabChangesFocus(true);
    m_legalAddress->setFixedHeight(m_legalAddress->fontMetrics().lineSpacing() * 3 + 12);
    m_bankDetails = new QPlainTextEdit;
    m_bankDetails->setObjectName(u"bankDetailsEdit"_qs);
    m_bankDetails->setTabChangesFocus(true);
    m_bankDetails->setPlaceholderText(tr("Bank, BIC, settlement and correspondent accounts"));
    m_bankDetails->setFixedHeight(m_bankDetails->fontMetrics().lineSpacing() * 4 + 12);

    m_paymentTerms = new QSpinBox;
    m_paymentTerms->setObjectName(u"paymentTermsSpin"_qs);
    m_paymentTerms->setRange(0, 365);
    m_paymentTerms->setSuffix(tr(" days"));
    m_paymentTerms->setSpecialValueText(tr("Pay before shipping"));
    m_paymentTerms->setToolTip(tr("Days the company has to pay after delivery"));
    m_paymentTerms->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_creditLimit = new QLineEdit;
    m_creditLimit->setObjectName(u"creditLimitEdit"_qs);
    m_creditLimit->setPlaceholderText(tr("No limit"));
    m_creditLimit->setAlignment(Qt::AlignRight);
    m_creditLimit->setMaximumWidth(m_creditLimit->fontMetrics().horizontalAdvance(u"000 000 000,00"_qs) + 24);
    m_creditLimit->setToolTip(tr("The most the company may owe at once, in %1").arg(m_currency));
    m_creditLimitError = makeErrorLabel(u"creditLimitError"_qs);
    auto* limitRow = new QHBoxLayout;
    limitRow->setContentsMargins(0, 0, 0, 0);
    limitRow->addWidget(m_creditLimit);
    limitRow->addWidget(new QLabel(Money::symbol(m_currency)));
    limitRow->addStretch(1);
    auto* limitBox = new QWidget;
    limitBox->setLayout(limitRow);

    m_companyPage = new QWidget;
    auto* pageLayout = new QVBoxLayout(m_companyPage);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1); // the rows keep their height; the space goes below them
    form->addRow(tr("&Legal name:"), m_legalName);
    auto* innLabel = new QLabel(tr("&INN:"));
    innLabel->setBuddy(m_taxId);
    form->addRow(innLabel, codesBox);
    form->addRow(tr("Legal &address:"), m_legalAddress);
    form->addRow(tr("&Bank details:"), m_bankDetails);
    form->addRow(tr("&Payment terms:"), m_paymentTerms);
    form->addRow(tr("&Credit limit:"), withError(limitBox, m_creditLimitError));
    m_priceList = new QComboBox;
    m_priceList->setObjectName(u"priceListCombo"_qs);
    m_priceList->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_priceList->setToolTip(
        tr("The company's prices and volume tiers; without a list it pays the usual prices"));
    // Which list a customer buys at decides their prices: only those who may edit prices choose it.
    m_priceList->setEnabled(m_canEdit && m_actor.can(Permission::EditPrices));
    auto* priceListRow = new QHBoxLayout;
    priceListRow->setContentsMargins(0, 0, 0, 0);
    priceListRow->addWidget(m_priceList);
    priceListRow->addStretch(1);
    form->addRow(tr("P&rice list:"), priceListRow);
    fillPriceLists({});
    m_tabs->insertTab(CompanyTab, m_companyPage, tr("&Company"));

    connect(m_creditLimit, &QLineEdit::textChanged, this, [this] { validate(); });
}

void CustomerDialog::buildAddressesTab()
{
    m_addresses = makeEditTable({tr("Label"), tr("Address"), tr("Default")}, u"addressTable"_qs);
    m_addresses->horizontalHeaderItem(AddressDefault)->setToolTip(tr("The address new orders get"));
    QHeaderView* header = m_addresses->horizontalHeader();
    header->setSectionResizeMode(AddressText, QHeaderView::Stretch);
    header->resizeSection(AddressLabel, m_addresses->fontMetrics().averageCharWidth() * 18);
    header->resizeSection(AddressDefault, header->fontMetrics().horizontalAdvance(tr("Default")) +
                                              4 * m_addresses->fontMetrics().averageCharWidth() + 12);
    m_addAddress = new QPushButton(tr("&Add address"));
    m_addAddress->setObjectName(u"addAddressButton"_qs);
    m_addAddress->setAutoDefault(false);
    m_removeAddress = new QPushButton(tr("&Remove"));
    m_removeAddress->setObjectName(u"removeAddressButton"_qs);
    m_removeAddress->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addAddress);
    buttons->addWidget(m_removeAddress);
    buttons->addStretch(1);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_addresses, 1);
    layout->addLayout(buttons);
    layout->addWidget(mutedLabel(tr("Home, office, a pickup point: the default one goes on new orders.")));
    m_tabs->insertTab(AddressesTab, page, tr("Addre&sses"));

    connect(m_addAddress, &QPushButton::clicked, this, [this] {
        addAddressRow(CustomerAddress{{}, {}, {}, m_addresses->rowCount() == 0});
        m_addresses->setCurrentCell(m_addresses->rowCount() - 1, AddressLabel);
        m_addresses->editItem(m_addresses->item(m_addresses->rowCount() - 1, AddressLabel));
    });
    connect(m_removeAddress, &QPushButton::clicked, this, [this] {
        if (m_addresses->currentRow() >= 0)
            m_addresses->removeRow(m_addresses->currentRow());
    });
    // One default address: ticking one unticks the others.
    connect(m_addresses, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_loading || item->column() != AddressDefault || item->checkState() != Qt::Checked)
            return;
        m_loading = true;
        for (int row = 0; row < m_addresses->rowCount(); ++row) {
            if (row != item->row())
                m_addresses->item(row, AddressDefault)->setCheckState(Qt::Unchecked);
        }
        m_loading = false;
    });
}

void CustomerDialog::buildContactsTab()
{
    m_contacts = makeEditTable({tr("Name"), tr("Role"), tr("Email"), tr("Phone")}, u"contactTable"_qs);
    QHeaderView* header = m_contacts->horizontalHeader();
    const int charWidth = m_contacts->fontMetrics().averageCharWidth();
    header->setSectionResizeMode(ContactName, QHeaderView::Stretch);
    header->resizeSection(ContactRole, charWidth * 18);
    header->resizeSection(ContactEmail, charWidth * 24);
    header->resizeSection(ContactPhone, charWidth * 18);
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
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_contacts, 1);
    layout->addLayout(buttons);
    layout->addWidget(
        mutedLabel(tr("The people you deal with at the company: buyer, accountant, director.")));
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

void CustomerDialog::fillPriceLists(const Id& current)
{
    const QSignalBlocker block(m_priceList);
    m_priceList->clear();
    m_priceList->addItem(tr("None: the usual prices"), QVariant::fromValue(Id()));
    auto lists = m_services.prices.priceLists(m_actor, true);
    if (!lists) {
        showError(lists.error().message);
        return;
    }
    for (const PriceList& list : std::as_const(*lists)) {
        // An archived list no longer applies; it is only shown while this customer still has it.
        if (list.archived && list.id != current)
            continue;
        m_priceList->addItem(list.archived ? tr("%1 (archived)").arg(list.name) : list.name,
                             QVariant::fromValue(list.id));
    }
    for (int i = 0; i < m_priceList->count(); ++i) {
        if (m_priceList->itemData(i).value<Id>() == current)
            m_priceList->setCurrentIndex(i);
    }
}

void CustomerDialog::buildHistoryTab()
{
    m_historyPage = new QWidget;
    m_figures = new QGridLayout;
    m_figures->setHorizontalSpacing(16);
    m_figures->setVerticalSpacing(6);
    struct Figure
    {
        const char* objectName;
        QString title;
        QString toolTip;
        int row;
        int column;
    };
    const QList<Figure> figures = {
        {"ordersValue", tr("Orders:"), tr("Orders confirmed or later, not counting cancelled ones"), 0, 0},
        {"lifetimeValue", tr("Lifetime value:"), tr("The sum of those orders' totals in %1").arg(m_currency),
         1, 0},
        {"averageValue", tr("Average order:"), tr("Lifetime value / orders"), 2, 0},
        {"firstOrderValue", tr("First order:"), {}, 0, 2},
        {"lastOrderValue", tr("Last order:"), {}, 1, 2},
        {"returnsValue", tr("Returns:"), tr("Returns opened, not counting cancelled ones"), 0, 4},
        {"returnRateValue", tr("Return rate:"), tr("Units returned / units shipped"), 1, 4},
    };
    QFont valueFont = font();
    valueFont.setBold(true);
    for (const Figure& f : figures) {
        auto* title = new QLabel(f.title);
        title->setToolTip(f.toolTip);
        auto* value = new QLabel;
        value->setObjectName(QString::fromLatin1(f.objectName));
        value->setFont(valueFont);
        value->setToolTip(f.toolTip);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_figures->addWidget(title, f.row, f.column);
        m_figures->addWidget(value, f.row, f.column + 1);
    }
    m_figures->setColumnStretch(1, 1);
    m_figures->setColumnStretch(3, 1);
    m_figures->setColumnStretch(5, 1);

    m_ordersTable = makeEditTable({tr("Number"), tr("Date"), tr("Status"), tr("Total"), tr("Payment")},
                                  u"customerOrdersTable"_qs);
    m_ordersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersTable->setFocusPolicy(Qt::NoFocus);
    QHeaderView* header = m_ordersTable->horizontalHeader();
    const int charWidth = m_ordersTable->fontMetrics().averageCharWidth();
    const QFontMetrics metrics = m_ordersTable->fontMetrics();
    header->resizeSection(OrdersNumber, metrics.horizontalAdvance(u"SO-00000"_qs) + 24);
    header->resizeSection(OrdersDate, metrics.horizontalAdvance(StockText::dateTime(sampleTime())) + 24);
    header->resizeSection(OrdersStatus, charWidth * 14);
    header->resizeSection(OrdersTotal, charWidth * 16);
    header->setSectionResizeMode(OrdersPayment, QHeaderView::Stretch);
    m_ordersTable->horizontalHeaderItem(OrdersTotal)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ordersNote = new QLabel;
    m_ordersNote->setObjectName(u"ordersNote"_qs);
    m_ordersNote->setEnabled(false);
    m_ordersNote->hide();

    m_returnsView = new QTableView;
    m_returnsView->setObjectName(u"customerReturnsTable"_qs);

    auto* ordersBox = new QGroupBox(tr("Orders"));
    auto* ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->addWidget(m_ordersTable, 1);
    ordersLayout->addWidget(m_ordersNote);
    auto* returnsBox = new QGroupBox(tr("Returns"));
    auto* returnsLayout = new QVBoxLayout(returnsBox);
    returnsLayout->addWidget(m_returnsView, 1);

    auto* layout = new QVBoxLayout(m_historyPage);
    layout->addLayout(m_figures);
    layout->addWidget(ordersBox, 3);
    layout->addWidget(returnsBox, 2);
    m_tabs->insertTab(HistoryTab, m_historyPage, tr("&History"));
}

// ---- loading ------------------------------------------------------------------------------------

void CustomerDialog::load(const Id& id)
{
    auto c = m_services.customers.customer(m_actor, id);
    if (!c) {
        showError(c.error().message);
        return;
    }
    m_id = id;
    fill(*c);
    m_tabs->setTabVisible(HistoryTab, true);
    loadHistory();
    loadTickets();
}

void CustomerDialog::buildTicketsTab()
{
    m_ticketsPage = new QWidget;
    m_ticketsView = new QTableView;
    m_ticketsView->setObjectName(u"customerTicketsTable"_qs);
    auto* layout = new QVBoxLayout(m_ticketsPage);
    layout->addWidget(m_ticketsView, 1);
    m_tabs->insertTab(TicketsTab, m_ticketsPage, tr("T&ickets"));
    m_tabs->setTabVisible(TicketsTab, false);
}

void CustomerDialog::loadTickets()
{
    // Tickets are for those who handle them.
    if (!m_actor.can(Permission::HandleTickets))
        return;
    TicketFilter filter;
    filter.customerId = m_id;
    filter.openOnly = false;
    if (!m_ticketsModel) {
        m_ticketsModel = new TicketListModel(m_services, m_actor, filter, this);
        m_ticketsView->setModel(m_ticketsModel);
        TableViews::setUp(m_ticketsView, QAbstractItemView::SingleSelection, TicketListModel::Subject);
        TicketListModel::sizeColumns(m_ticketsView);
        TableViews::fitTitles(m_ticketsView);
        m_ticketsView->horizontalHeader()->setSectionHidden(TicketListModel::Requester, true);
    } else {
        m_ticketsModel->setFilter(filter);
    }
    m_tabs->setTabVisible(TicketsTab, true);
}

void CustomerDialog::fill(const Customer& c)
{
    m_loading = true;
    m_original = c;
    (c.kind == CustomerKind::Company ? m_company : m_person)->setChecked(true);
    m_name->setText(c.name);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_tags->setText(c.tags.join(u", "_qs));
    m_notes->setPlainText(c.notes);
    m_consent->setChecked(c.marketingConsent);
    m_legalName->setText(c.legalName);
    m_taxId->setText(c.taxId);
    m_taxReasonCode->setText(c.taxReasonCode);
    m_legalAddress->setPlainText(c.legalAddress);
    m_bankDetails->setPlainText(c.bankDetails);
    m_paymentTerms->setValue(c.paymentTermsDays);
    m_creditLimit->setText(c.creditLimit ? Money(*c.creditLimit, m_currency).toLocaleNumber() : QString());
    fillPriceLists(c.priceListId);
    m_addresses->setRowCount(0);
    for (const CustomerAddress& a : c.addresses)
        addAddressRow(a);
    m_contacts->setRowCount(0);
    for (const CustomerContact& p : c.contacts)
        addContactRow(p);
    m_loading = false;
    updateKind();
    updateConsent();
    updateTitle();
    validate();
}

void CustomerDialog::loadHistory()
{
    QLocale locale;
    auto setFigure = [this](const char* name, const QString& text) {
        if (auto* label = m_historyPage->findChild<QLabel*>(QString::fromLatin1(name)))
            label->setText(text);
    };
    if (auto stats = m_services.customers.stats(m_actor, m_id)) {
        const QString none = u"—"_qs;
        setFigure("ordersValue", locale.toString(stats->orders));
        setFigure("lifetimeValue", StockText::money(stats->lifetimeValue, m_currency));
        setFigure("averageValue",
                  stats->orders > 0 ? StockText::money(stats->averageOrderValue, m_currency) : none);
        setFigure("firstOrderValue", stats->firstOrderAt ? dateText(*stats->firstOrderAt) : none);
        setFigure("lastOrderValue", stats->lastOrderAt ? dateText(*stats->lastOrderAt) : none);
        setFigure("returnsValue", locale.toString(stats->returns));
        if (stats->returnRateBp) {
            setFigure("returnRateValue", tr("%1% (%2 of %3 units)")
                                             .arg(locale.toString(*stats->returnRateBp / 100.0, 'f', 1),
                                                  stats->unitsReturned.toLocaleString(locale),
                                                  stats->unitsShipped.toLocaleString(locale)));
        } else {
            setFigure("returnRateValue", tr("— (nothing shipped yet)"));
        }
    } else {
        showError(stats.error().message);
    }

    OrderFilter filter;
    filter.customerId = m_id;
    m_ordersTable->setRowCount(0);
    if (auto orders = m_services.orders.list(m_actor, filter, 0, OrdersShown)) {
        m_ordersTable->setRowCount(int(orders->size()));
        for (int row = 0; row < orders->size(); ++row) {
            const OrderListRow& o = orders->at(row);
            const QString currency = o.currency.isEmpty() ? m_currency : o.currency;
            const QStringList texts = {o.number, StockText::dateTime(o.orderedAt),
                                       OrderKinds::statusName(o.status), StockText::money(o.total, currency),
                                       OrderKinds::paymentStatusName(o.paymentStatus)};
            for (int column = 0; column < OrdersColumnCount; ++column) {
                auto* item = new QTableWidgetItem(texts.at(column));
                if (column == OrdersTotal)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (o.status == OrderStatus::Cancelled || o.status == OrderStatus::Draft)
                    item->setForeground(QColor(Qt::gray));
                m_ordersTable->setItem(row, column, item);
            }
            m_ordersTable->item(row, OrdersNumber)->setData(IdRole, QVariant::fromValue(o.id));
        }
        const int total = m_services.orders.count(m_actor, filter).value_or(int(orders->size()));
        m_ordersNote->setVisible(total > orders->size());
        m_ordersNote->setText(tr("The latest %1 of %Ln orders", nullptr, total).arg(orders->size()));
    } else {
        showError(orders.error().message);
    }

    ReturnFilter returns;
    returns.customerId = m_id;
    if (!m_returnsModel) {
        m_returnsModel = new ReturnListModel(m_services, m_actor, returns, this);
        m_returnsView->setModel(m_returnsModel);
        TableViews::setUp(m_returnsView, QAbstractItemView::SingleSelection, ReturnListModel::Resolution);
        TableViews::setColumnWidths(m_returnsView,
                                    {{ReturnListModel::Status, 12}, {ReturnListModel::Refund, 16}});
        ReturnListModel::sizeColumns(m_returnsView);
        TableViews::fitTitles(m_returnsView);
        m_returnsView->horizontalHeader()->setSectionHidden(ReturnListModel::Customer, true);
    } else {
        m_returnsModel->setFilter(returns);
    }
}

void CustomerDialog::addAddressRow(const CustomerAddress& a)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_addresses->rowCount();
    m_addresses->insertRow(row);
    auto* label = new QTableWidgetItem(a.label);
    label->setData(IdRole, QVariant::fromValue(a.id));
    m_addresses->setItem(row, AddressLabel, label);
    m_addresses->setItem(row, AddressText, new QTableWidgetItem(a.address));
    auto* isDefault = new QTableWidgetItem;
    isDefault->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                        (m_canEdit ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
    isDefault->setCheckState(a.isDefault ? Qt::Checked : Qt::Unchecked);
    m_addresses->setItem(row, AddressDefault, isDefault);
    m_loading = wasLoading;
}

void CustomerDialog::addContactRow(const CustomerContact& p)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto* name = new QTableWidgetItem(p.name);
    name->setData(IdRole, QVariant::fromValue(p.id));
    m_contacts->setItem(row, ContactName, name);
    m_contacts->setItem(row, ContactRole, new QTableWidgetItem(p.role));
    m_contacts->setItem(row, ContactEmail, new QTableWidgetItem(p.email));
    m_contacts->setItem(row, ContactPhone, new QTableWidgetItem(p.phone));
}

// ---- state --------------------------------------------------------------------------------------

void CustomerDialog::setReadOnly()
{
    for (QLineEdit* edit :
         {m_name, m_email, m_phone, m_tags, m_legalName, m_taxId, m_taxReasonCode, m_creditLimit})
        edit->setReadOnly(true);
    for (QPlainTextEdit* edit : {m_notes, m_legalAddress, m_bankDetails})
        edit->setReadOnly(true);
    m_paymentTerms->setReadOnly(true);
    m_paymentTerms->setButtonSymbols(QAbstractSpinBox::NoButtons);
    for (QWidget* w : {static_cast<QWidget*>(m_person), static_cast<QWidget*>(m_company),
                       static_cast<QWidget*>(m_consent)})
        w->setEnabled(false);
    for (QPushButton* b : {m_addAddress, m_removeAddress, m_addContact, m_removeContact})
        b->hide();
    m_addresses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    saveButton()->hide();
    cancelButton()->setText(tr("Close"));
}

void CustomerDialog::updateKind()
{
    const bool company = m_company->isChecked();
    m_tabs->setTabVisible(CompanyTab, company);
    m_tabs->setTabVisible(ContactsTab, company || m_contacts->rowCount() > 0);
    m_name->setPlaceholderText(company ? tr("How the shop calls the company, e.g. Romashka")
                                       : tr("First and last name"));
}

void CustomerDialog::updateConsent()
{
    if (!m_consent->isChecked()) {
        m_consentDate->clear();
        return;
    }
    if (m_original.marketingConsent && m_original.consentAt)
        m_consentDate->setText(tr("given on %1").arg(StockText::dateTime(*m_original.consentAt)));
    else
        m_consentDate->setText(tr("the date is recorded when you save"));
}

void CustomerDialog::updateTitle()
{
    if (isNew()) {
        setWindowTitle(tr("New customer"));
        m_title->setText(tr("New customer"));
        m_subtitle->setText(tr("Saving checks that no other customer has the same email or phone."));
        return;
    }
    setWindowTitle(tr("Customer — %1").arg(m_original.name));
    QString title = m_original.name;
    if (m_original.archived)
        title += u"  "_qs + tr("(archived)");
    m_title->setText(title);
    m_subtitle->setText(
        tr("%1 · customer since %2")
            .arg(OrderKinds::customerKindName(m_original.kind), dateText(m_original.createdAt)));
}

bool CustomerDialog::validate()
{
    const bool nameMissing = m_name->text().trimmed().isEmpty();
    // The name complains only once touched, not on an empty new card.
    setError(m_nameError,
             nameMissing && m_name->property("touched").toBool() ? tr("The name is required.") : QString());
    setError(m_emailError, emailProblem(m_email->text()));
    setError(m_phoneError, phoneProblem(m_phone->text()));
    QString limitError;
    if (const QString text = m_creditLimit->text().trimmed(); !text.isEmpty()) {
        auto limit = Money::parse(text, m_currency, NumberFormat::fromLocale(QLocale()));
        if (!limit)
            limitError = limit.error().message;
        else if (limit->minorUnits() < 0)
            limitError = tr("A credit limit cannot be negative.");
    }
    setError(m_creditLimitError, m_company->isChecked() ? limitError : QString());
    const bool ok = !nameMissing && m_emailError->text().isEmpty() && m_phoneError->text().isEmpty() &&
                    m_creditLimitError->text().isEmpty();
    saveButton()->setEnabled(m_canEdit && ok);
    return ok;
}

void CustomerDialog::onContactFieldEdited()
{
    if (m_loading)
        return;
    // Another email or phone may have other duplicates (or none): ask the service again.
    if (duplicatesShown())
        hideDuplicates();
    m_allowDuplicate = false;
    validate();
}

// ---- saving -------------------------------------------------------------------------------------

QPushButton* CustomerDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QPushButton* CustomerDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QString CustomerDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void CustomerDialog::showError(const QString& text)
{
    setError(m_error, text);
}

std::optional<Customer> CustomerDialog::customerFromFields()
{
    m_name->setProperty("touched", true);
    if (!validate())
        return std::nullopt;
    Customer c = m_original;
    c.kind = m_company->isChecked() ? CustomerKind::Company : CustomerKind::Person;
    c.name = m_name->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.tags = tagsFrom(m_tags->text());
    c.notes = m_notes->toPlainText().trimmed();
    c.marketingConsent = m_consent->isChecked();
    if (c.kind == CustomerKind::Company) {
        c.legalName = m_legalName->text().trimmed();
        c.taxId = m_taxId->text().trimmed();
        c.taxReasonCode = m_taxReasonCode->text().trimmed();
        c.legalAddress = m_legalAddress->toPlainText().trimmed();
        c.bankDetails = m_bankDetails->toPlainText().trimmed();
        c.paymentTermsDays = m_paymentTerms->value();
        c.priceListId = m_priceList->currentData().value<Id>();
        const QString limit = m_creditLimit->text().trimmed();
        c.creditLimit =
            limit.isEmpty()
                ? std::nullopt
                : std::optional<qint64>(
                      Money::parse(limit, m_currency, NumberFormat::fromLocale(QLocale()))->minorUnits());
    }
    c.addresses.clear();
    for (int row = 0; row < m_addresses->rowCount(); ++row) {
        CustomerAddress a;
        a.id = m_addresses->item(row, AddressLabel)->data(IdRole).value<Id>();
        a.label = cellText(m_addresses, row, AddressLabel);
        a.address = cellText(m_addresses, row, AddressText);
        a.isDefault = m_addresses->item(row, AddressDefault)->checkState() == Qt::Checked;
        if (!a.label.isEmpty() || !a.address.isEmpty()) // a row added and left empty is no address
            c.addresses.append(a);
    }
    c.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        CustomerContact p;
        p.id = m_contacts->item(row, ContactName)->data(IdRole).value<Id>();
        p.name = cellText(m_contacts, row, ContactName);
        p.role = cellText(m_contacts, row, ContactRole);
        p.email = cellText(m_contacts, row, ContactEmail);
        p.phone = cellText(m_contacts, row, ContactPhone);
        if (!p.name.isEmpty() || !p.role.isEmpty() || !p.email.isEmpty() || !p.phone.isEmpty())
            c.contacts.append(p);
    }
    return c;
}

void CustomerDialog::accept()
{
    if (!m_canEdit)
        return;
    auto c = customerFromFields();
    if (!c) {
        m_tabs->setCurrentIndex(m_creditLimitError->text().isEmpty() ? DetailsTab : CompanyTab);
        return;
    }
    showError({});
    Error error;
    if (isNew()) {
        auto created = m_services.customers.create(m_actor, *c, m_allowDuplicate);
        if (created) {
            m_id = created->id;
            QDialog::accept();
            return;
        }
        error = created.error();
        if (error.code == ErrorCode::Conflict) {
            showDuplicates(error.message);
            return;
        }
    } else {
        auto updated = m_services.customers.update(m_actor, *c);
        if (updated) {
            QDialog::accept();
            return;
        }
        error = updated.error();
    }
    showError(error.message);
    if (error.field == u"address")
        m_tabs->setCurrentIndex(AddressesTab);
    else if (error.field == u"contact")
        m_tabs->setCurrentIndex(ContactsTab);
    else if (error.field == u"payment_terms" || error.field == u"credit_limit")
        m_tabs->setCurrentIndex(CompanyTab);
    else if (!error.field.isEmpty())
        m_tabs->setCurrentIndex(DetailsTab);
}

// ---- duplicates ---------------------------------------------------------------------------------

bool CustomerDialog::duplicatesShown() const
{
    return m_duplicatesPanel->isVisibleTo(this);
}

void CustomerDialog::showDuplicates(const QString& message)
{
    auto found = m_services.customers.findDuplicates(m_actor, m_email->text(), m_phone->text());
    if (!found) {
        showError(found.error().message);
        return;
    }
    m_duplicates = *found;
    m_duplicatesList->clear();
    for (const Customer& d : std::as_const(m_duplicates)) {
        QStringList details;
        for (const QString& part : {d.email, d.phone, d.legalName}) {
            if (!part.isEmpty())
                details.append(part);
        }
        QString text = d.name;
        if (!details.isEmpty())
            text += u"  ·  "_qs + details.join(u", "_qs);
        if (d.archived)
            text += u"  "_qs + tr("(archived)");
        auto* item = new QListWidgetItem(text, m_duplicatesList);
        item->setToolTip(tr("Customer since %1").arg(dateText(d.createdAt)));
    }
    if (!m_duplicates.isEmpty())
        m_duplicatesList->setCurrentRow(0);
    m_duplicatesText->setText(
        message + u" "_qs + tr("Is it the same customer? Open their card, or create a new customer anyway."));
    m_duplicatesList->setVisible(m_duplicates.size() > 1);
    m_openDuplicate->setEnabled(!m_duplicates.isEmpty());
    m_duplicatesPanel->show();
    m_createAnyway->setFocus();
}

void CustomerDialog::hideDuplicates()
{
    m_duplicatesPanel->hide();
    m_duplicates.clear();
}

void CustomerDialog::openDuplicate(int index)
{
    if (index < 0 || index >= m_duplicates.size())
        return;
    const Id id = m_duplicates.at(index).id;
    hideDuplicates();
    m_allowDuplicate = false;
    m_name->setProperty("touched", false);
    load(id);
    m_tabs->setCurrentIndex(DetailsTab);
}

void CustomerDialog::createAnyway()
{
    if (!isNew())
        return;
    m_allowDuplicate = true;
    hideDuplicates();
    accept();
}

QString CustomerDialog::historyValue(const QString& objectName) const
{
    const auto* label = m_historyPage->findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

} // namespace kontor

#include "ContractDialog.h"

#include "SupplierText.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "common/TableViews.h"
#include "prices/PriceText.h"
#include "products/ProductSearchField.h"
#include "stock/StockText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
// A date edit at its minimum shows its special text: the date is not set.
const QDate NoDate(2000, 1, 1);

QDateEdit* makeDateEdit(const QString& objectName, const QString& noDateText = {})
{
    auto* edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setMinimumDate(NoDate);
    if (!noDateText.isEmpty())
        edit->setSpecialValueText(noDateText);
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void setDate(QDateEdit* edit, QDate day)
{
    edit->setDate(day.isValid() ? day : edit->minimumDate());
}

// A short number field sized for `sample`, right-aligned.
QLineEdit* makeNumberEdit(const QString& objectName, const QString& sample)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignRight);
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(sample) + 24);
    return edit;
}

QSpinBox* makeDaysSpin(const QString& objectName, int max, const QString& suffix)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0, max);
    spin->setSuffix(suffix);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return spin;
}

// A field followed by its unit ("%", "₽") and optional further widgets, left-aligned in a form row.
QWidget* row(std::initializer_list<QWidget*> widgets)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    layout->addStretch(1);
    return box;
}

QPlainTextEdit* makeTextEdit(const QString& objectName, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QTableWidget* makeTable(const QStringList& titles, const QString& objectName)
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

QLabel* mutedLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidgetItem* fixedItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setEditable(QWidget* w, bool editable)
{
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        edit->setReadOnly(!editable);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
        text->setReadOnly(!editable);
    else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
        spin->setReadOnly(!editable);
        spin->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
        if (auto* date = qobject_cast<QDateEdit*>(w))
            date->setCalendarPopup(editable);
    } else if (auto* table = qobject_cast<QTableWidget*>(w))
        table->setEditTriggers(editable
                                   ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::AnyKeyPressed
                                   : QAbstractItemView::NoEditTriggers);
    else
        w->setEnabled(editable);
}

QString percentOrEmpty(const std::optional<int>& bp)
{
    return bp ? SupplierText::percentNumber(*bp) : QString();
}

} // namespace

ContractDialog::ContractDialog(Services services, Actor actor, const Id& supplierId, const Id& contractId,
                               QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_canEdit(m_actor.can(Permission::ManageSuppliers))
    , m_title(new QLabel)
    , m_lockedNote(new QLabel)
    , m_tabs(new QTabWidget)
    , m_error(PriceText::errorLabel(u"contractError"_qs))
    , m_activate(new QPushButton(tr("&Activate…")))
    , m_terminate(new QPushButton(tr("&Terminate…")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    resize(860, 660);
    m_title->setObjectName(u"contractTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lockedNote->setObjectName(u"lockedNote"_qs);
    m_lockedNote->setWordWrap(true);
    m_lockedNote->setFrameShape(QFrame::StyledPanel);
    m_lockedNote->setMargin(6);
    m_lockedNote->setAutoFillBackground(true);
    QPalette notice = m_lockedNote->palette();
    notice.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xD6));
    notice.setColor(QPalette::WindowText, QColor(0x33, 0x2B, 0x00));
    m_lockedNote->setPalette(notice);
    m_lockedNote->hide();

    if (auto s = m_services.suppliers.supplier(m_actor, supplierId)) {
        m_supplierName = s->name;
        m_supplierCurrency = s->currency;
    }
    m_original.supplierId = supplierId;

    m_tabs->setObjectName(u"contractTabs"_qs);
    buildGeneralTab();
    buildTermsTab();
    buildPricesTab();
    buildDiscountsTab();
    buildFilesTab();

    m_activate->setObjectName(u"activateButton"_qs);
    m_activate->setAutoDefault(false);
    m_activate->setToolTip(
        tr("Put the contract in force: its terms, prices and discounts are fixed from then on"));
    m_terminate->setObjectName(u"terminateButton"_qs);
    m_terminate->setAutoDefault(false);
    m_terminate->setToolTip(tr("End the contract on a day you choose; it applies up to that day"));
    m_buttons->addButton(m_activate, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_terminate, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_lockedNote);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContractDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_activate, &QPushButton::clicked, this, &ContractDialog::activate);
    connect(m_terminate, &QPushButton::clicked, this, &ContractDialog::terminate);

    if (contractId.isNull()) {
        Contract draft;
        draft.supplierId = supplierId;
        draft.validFrom =
            m_services.products.database().clock().now().toTimeZone(QTimeZone::systemTimeZone()).date();
        draft.currency = m_supplierCurrency;
        fill(draft);
    } else if (auto c = m_services.suppliers.contract(m_actor, contractId)) {
        fill(*c);
    } else {
        showError(c.error().message);
    }
    updateState();
    m_number->setFocus();
}

// ---- building -------------------------------------------------------------------------------------

void ContractDialog::buildGeneralTab()
{
    m_number = new QLineEdit;
    m_number->setObjectName(u"numberEdit"_qs);
    m_number->setPlaceholderText(tr("As on the signed paper, e.g. 12/2026"));
    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_qs);
    m_signedOn = makeDateEdit(u"signedOnEdit"_qs, tr("not signed yet"));
    m_validFrom = makeDateEdit(u"validFromEdit"_qs);
    m_validFrom->setMinimumDate(NoDate.addDays(1));
    m_validTo = makeDateEdit(u"validToEdit"_qs, tr("no end"));
    m_validTo->setToolTip(tr("The last day the contract applies; at the earliest date it has no end"));
    m_renewalNotice = makeDaysSpin(u"renewalNoticeSpin"_qs, 365, tr(" days"));
    m_renewalNotice->setToolTip(tr("Kontor reminds you this many days before the contract ends"));
    m_currency = new QLineEdit;
    m_currency->setObjectName(u"currencyEdit"_qs);
    m_currency->setMaxLength(3);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_qs), m_currency));
    m_currency->setFixedWidth(m_currency->fontMetrics().horizontalAdvance(u"WWWW"_qs) + 24);
    m_currency->setToolTip(tr("The ISO code of the currency of the prices; empty: the supplier's"));
    m_deliverySchedule = new QLineEdit;
    m_deliverySchedule->setObjectName(u"deliveryScheduleEdit"_qs);
    m_deliverySchedule->setPlaceholderText(tr("e.g. Tuesdays and Fridays"));
    m_minOrderValue = makeNumberEdit(u"minOrderValueEdit"_qs, u"000 000 000,00"_qs);
    m_minOrderValue->setPlaceholderText(tr("none"));
    m_prepayment = makeNumberEdit(u"prepaymentEdit"_qs, u"100,00"_qs);
    m_prepayment->setPlaceholderText(u"0"_qs);
    m_deferral = makeDaysSpin(u"deferralSpin"_qs, 365, tr(" days"));
    m_deferral->setSpecialValueText(tr("none"));
    m_deferral->setToolTip(tr("Days after delivery before the supplier must be paid"));
    m_exclusive = new QCheckBox(tr("E&xclusive"));
    m_exclusive->setObjectName(u"exclusiveCheck"_qs);
    m_exclusive->setToolTip(tr("The shop is the supplier's only reseller, or buys these goods only from it"));
    m_region = new QLineEdit;
    m_region->setObjectName(u"regionEdit"_qs);
    m_region->setPlaceholderText(tr("region, if any"));
    m_region->setMinimumWidth(m_region->fontMetrics().averageCharWidth() * 16);
    m_notes = makeTextEdit(u"notesEdit"_qs, 3);
    m_notes->setPlaceholderText(tr("Anything the team should know about this contract"));

    auto* moneyUnit = new QLabel;
    m_currencyLabels.append(moneyUnit);

    auto* contractBox = new QGroupBox(tr("Contract"));
    auto* contractForm = new QFormLayout(contractBox);
    contractForm->addRow(tr("&Number:"), m_number);
    contractForm->addRow(tr("Status:"), m_status);
    contractForm->addRow(tr("&Signed on:"), m_signedOn);
    contractForm->addRow(tr("Valid &from:"), m_validFrom);
    contractForm->addRow(tr("Valid t&o:"), m_validTo);
    contractForm->addRow(tr("&Renewal notice:"), m_renewalNotice);

    auto* supplyBox = new QGroupBox(tr("Supply and payment"));
    auto* supplyForm = new QFormLayout(supplyBox);
    supplyForm->addRow(tr("C&urrency:"), m_currency);
    supplyForm->addRow(tr("&Deliveries:"), m_deliverySchedule);
    supplyForm->addRow(tr("&Minimum order:"), row({m_minOrderValue, moneyUnit}));
    supplyForm->addRow(tr("&Prepayment:"), row({m_prepayment, new QLabel(tr("%"))}));
    supplyForm->addRow(tr("Payment &deferral:"), m_deferral);
    supplyForm->addRow(tr("Exclusivity:"), row({m_exclusive, m_region}));

    auto* page = new QWidget;
    auto* layout = new QGridLayout(page);
    layout->addWidget(contractBox, 0, 0);
    layout->addWidget(supplyBox, 0, 1);
    auto* notesLabel = new QLabel(tr("N&otes:"));
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel, 1, 0, 1, 2);
    layout->addWidget(m_notes, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(2, 1);
    m_tabs->insertTab(GeneralTab, page, tr("&General"));

    connect(m_currency, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_currency->cursorPosition();
        m_currency->setText(text.toUpper());
        m_currency->setCursorPosition(cursor);
        updateCurrency();
    });
    connect(m_exclusive, &QCheckBox::toggled, m_region, &QWidget::setEnabled);
}

void ContractDialog::buildTermsTab()
{
    m_leadTime = makeDaysSpin(u"leadTimeSpin"_qs, 365, QString());
    m_leadTime->setToolTip(tr("Days from the start event to the due date of a delivery"));
    m_dayKind = new QComboBox;
    m_dayKind->setObjectName(u"dayKindCombo"_qs);
    m_dayKind->addItem(tr("calendar days"), false);
    m_dayKind->addItem(tr("business days"), true);
    m_dayKind->setToolTip(tr("Business days skip weekends and the holidays of the working calendar"));
    m_startEvent = new QComboBox;
    m_startEvent->setObjectName(u"startEventCombo"_qs);
    m_startEvent->addItem(tr("the supplier confirms the order"), int(StartEvent::Confirmation));
    m_startEvent->addItem(tr("the shop pays the prepayment"), int(StartEvent::Prepayment));

    const QString percentSample = u"100,00"_qs;
    m_targetOnTime = makeNumberEdit(u"targetOnTimeEdit"_qs, percentSample);
    m_targetInFull = makeNumberEdit(u"targetInFullEdit"_qs, percentSample);
    m_maxDefect = makeNumberEdit(u"maxDefectEdit"_qs, percentSample);
    m_maxMissort = makeNumberEdit(u"maxMissortEdit"_qs, percentSample);
    for (QLineEdit* e : {m_targetOnTime, m_targetInFull, m_maxDefect, m_maxMissort}) {
        e->setPlaceholderText(tr("none"));
        e->setToolTip(tr("Empty: the contract sets no target"));
    }
    m_latePerDay = makeNumberEdit(u"latePerDayEdit"_qs, percentSample);
    m_latePerDay->setPlaceholderText(u"0"_qs);
    m_latePerDay->setToolTip(tr("Of the value delivered late, for each day late"));
    m_lateCap = makeNumberEdit(u"lateCapEdit"_qs, percentSample);
    m_lateCap->setPlaceholderText(tr("none"));
    m_lateCap->setToolTip(tr("The late penalty never exceeds this share; empty: no cap"));
    m_capBasis = new QComboBox;
    m_capBasis->setObjectName(u"capBasisCombo"_qs);
    m_capBasis->addItem(tr("of the line's value"), int(CapBasis::Line));
    m_capBasis->addItem(tr("of the order's value"), int(CapBasis::Order));
    const auto penaltyKinds = [this](const QString& name) {
        auto* combo = new QComboBox;
        combo->setObjectName(name);
        combo->addItem(tr("none"), int(PenaltyKind::None));
        combo->addItem(tr("per unit"), int(PenaltyKind::PerUnit));
        combo->addItem(tr("percent of value"), int(PenaltyKind::Percent));
        connect(combo, &QComboBox::currentIndexChanged, this, &ContractDialog::updatePenaltyFields);
        return combo;
    };
    m_defectKind = penaltyKinds(u"defectKindCombo"_qs);
    m_defectValue = makeNumberEdit(u"defectValueEdit"_qs, u"000 000,00"_qs);
    m_defectUnit = new QLabel;
    m_missortKind = penaltyKinds(u"missortKindCombo"_qs);
    m_missortValue = makeNumberEdit(u"missortValueEdit"_qs, u"000 000,00"_qs);
    m_missortUnit = new QLabel;
    m_shortage = makeNumberEdit(u"shortageEdit"_qs, percentSample);
    m_shortage->setPlaceholderText(u"0"_qs);
    m_shortage->setToolTip(tr("Of the value never delivered, when an order is closed short"));
    m_claimDays = makeDaysSpin(u"claimDaysSpin"_qs, 365, tr(" days"));
    m_claimDays->setSpecialValueText(tr("no deadline"));
    m_claimDays->setToolTip(tr("Claims are due within this many days of a delivery"));
    m_returnProcedure = makeTextEdit(u"returnProcedureEdit"_qs, 2);
    m_returnProcedure->setPlaceholderText(
        tr("How defective and mis-sorted goods go back, and at whose cost"));

    auto* leadBox = new QGroupBox(tr("Lead time"));
    auto* leadForm = new QFormLayout(leadBox);
    leadForm->addRow(tr("&Lead time:"), row({m_leadTime, m_dayKind}));
    leadForm->addRow(tr("Counted from:"), m_startEvent);

    auto* targetsBox = new QGroupBox(tr("Service level targets"));
    auto* targetsForm = new QFormLayout(targetsBox);
    targetsForm->addRow(tr("On time at &least:"), row({m_targetOnTime, new QLabel(tr("%"))}));
    targetsForm->addRow(tr("In full at l&east:"), row({m_targetInFull, new QLabel(tr("%"))}));
    targetsForm->addRow(tr("Defects at &most:"), row({m_maxDefect, new QLabel(tr("%"))}));
    targetsForm->addRow(tr("Mis-sorts at m&ost:"), row({m_maxMissort, new QLabel(tr("%"))}));

    auto* penaltiesBox = new QGroupBox(tr("Penalties"));
    auto* penaltiesForm = new QFormLayout(penaltiesBox);
    penaltiesForm->addRow(tr("Late deliver&y:"), row({m_latePerDay, new QLabel(tr("% per day, capped at")),
                                                      m_lateCap, new QLabel(tr("%")), m_capBasis}));
    penaltiesForm->addRow(tr("De&fects:"), row({m_defectKind, m_defectValue, m_defectUnit}));
    penaltiesForm->addRow(tr("M&is-sorts:"), row({m_missortKind, m_missortValue, m_missortUnit}));
    penaltiesForm->addRow(tr("S&hortage:"),
                          row({m_shortage, new QLabel(tr("% of the value not delivered"))}));

    auto* claimsBox = new QGroupBox(tr("Claims and returns"));
    auto* claimsForm = new QFormLayout(claimsBox);
    claimsForm->addRow(tr("&Claim deadline:"), m_claimDays);
    claimsForm->addRow(tr("&Return procedure:"), m_returnProcedure);

    auto* page = new QWidget;
    auto* layout = new QGridLayout(page);
    layout->addWidget(leadBox, 0, 0);
    layout->addWidget(targetsBox, 0, 1);
    layout->addWidget(penaltiesBox, 1, 0, 1, 2);
    layout->addWidget(claimsBox, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(2, 1);
    m_tabs->insertTab(TermsTab, page, tr("Te&rms"));
}

void ContractDialog::buildPricesTab()
{
    m_productSearch = new ProductSearchField(m_services.products, m_actor);
    m_productSearch->setObjectName(u"productSearch"_qs);
    m_productSearch->setPlaceholderText(tr("Add a product: type its SKU or name"));
    m_productSearch->setClearOnChoose(true);
    m_prices = makeTable(
        {tr("SKU"), tr("Name"), tr("Supplier's SKU"), tr("Price"), tr("Min. quantity"), tr("Pack size")},
        u"priceTable"_qs);
    QHeaderView* header = m_prices->horizontalHeader();
    const int charWidth = m_prices->fontMetrics().averageCharWidth();
    // SKUs and contract numbers are mostly capitals and digits, wider than average characters.
    header->resizeSection(PriceSku, m_prices->fontMetrics().horizontalAdvance(u"WWWW-00000"_qs) + 16);
    header->setSectionResizeMode(PriceName, QHeaderView::Stretch);
    header->resizeSection(PriceSupplierSku, m_prices->fontMetrics().horizontalAdvance(u"WWW-00000"_qs) + 16);
    header->resizeSection(PricePrice, charWidth * 13);
    header->resizeSection(PriceMinQuantity, charWidth * 12);
    header->resizeSection(PricePackSize, charWidth * 11);
    for (int column : {PricePrice, PriceMinQuantity, PricePackSize})
        m_prices->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_prices->horizontalHeaderItem(PriceMinQuantity)
        ->setToolTip(tr("The least the supplier accepts; empty: none"));
    m_prices->horizontalHeaderItem(PricePackSize)
        ->setToolTip(tr("Orders are in multiples of it; empty: any quantity"));
    m_removePrice = new QPushButton(tr("Re&move product"));
    m_removePrice->setObjectName(u"removePriceButton"_qs);
    m_removePrice->setAutoDefault(false);
    m_pricesHint = mutedLabel({});
    auto* top = new QHBoxLayout;
    top->addWidget(m_productSearch, 1);
    top->addWidget(m_removePrice);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_prices, 1);
    layout->addWidget(m_pricesHint);
    m_tabs->insertTab(PricesTab, page, tr("&Prices"));

    connect(m_productSearch, &ProductSearchField::productChosen, this,
            [this](const ProductListEntry& entry) { addPrice(entry.id, entry.sku, entry.name); });
    connect(m_removePrice, &QPushButton::clicked, this, [this] {
        if (m_prices->currentRow() >= 0)
            m_prices->removeRow(m_prices->currentRow());
    });
}

void ContractDialog::buildDiscountsTab()
{
    m_discounts = makeTable({tr("Order value from"), tr("Discount, %")}, u"discountTable"_qs);
    QHeaderView* header = m_discounts->horizontalHeader();
    header->resizeSection(DiscountMinValue, m_discounts->fontMetrics().averageCharWidth() * 24);
    header->setSectionResizeMode(DiscountPercent, QHeaderView::Stretch);
    m_discounts->horizontalHeaderItem(DiscountMinValue)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_addDiscount = new QPushButton(tr("&Add tier"));
    m_addDiscount->setObjectName(u"addDiscountButton"_qs);
    m_addDiscount->setAutoDefault(false);
    m_removeDiscount = new QPushButton(tr("Re&move"));
    m_removeDiscount->setObjectName(u"removeDiscountButton"_qs);
    m_removeDiscount->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addDiscount);
    buttons->addWidget(m_removeDiscount);
    buttons->addStretch(1);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_discounts, 1);
    layout->addLayout(buttons);
    layout->addWidget(mutedLabel(tr("An order of at least the value gets the discount of the largest tier it "
                                    "reaches, on the whole order.")));
    m_tabs->insertTab(DiscountsTab, page, tr("&Volume discounts"));

    connect(m_addDiscount, &QPushButton::clicked, this, [this] {
        addDiscountRow();
        const int last = m_discounts->rowCount() - 1;
        m_discounts->setCurrentCell(last, DiscountMinValue);
        m_discounts->editItem(m_discounts->item(last, DiscountMinValue));
    });
    connect(m_removeDiscount, &QPushButton::clicked, this, [this] {
        if (m_discounts->currentRow() >= 0)
            m_discounts->removeRow(m_discounts->currentRow());
    });
}

void ContractDialog::buildFilesTab()
{
    m_files = makeTable({tr("File"), tr("Size"), tr("Added")}, u"fileTable"_qs);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_files->horizontalHeader();
    header->setSectionResizeMode(FileName, QHeaderView::Stretch);
    header->resizeSection(FileSize, m_files->fontMetrics().averageCharWidth() * 12);
    header->resizeSection(FileAdded, m_files->fontMetrics().averageCharWidth() * 20);
    m_files->horizontalHeaderItem(FileSize)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    TableViews::fitTitles(m_files, FileSize);
    m_addFile = new QPushButton(tr("&Add file…"));
    m_addFile->setObjectName(u"addFileButton"_qs);
    m_addFile->setAutoDefault(false);
    m_saveFile = new QPushButton(tr("&Save a copy…"));
    m_saveFile->setObjectName(u"saveFileButton"_qs);
    m_saveFile->setAutoDefault(false);
    m_removeFile = new QPushButton(tr("Re&move"));
    m_removeFile->setObjectName(u"removeFileButton"_qs);
    m_removeFile->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addFile);
    buttons->addWidget(m_saveFile);
    buttons->addWidget(m_removeFile);
    buttons->addStretch(1);
    m_filesHint =
        mutedLabel(tr("Scans of the signed contract and its supplements, up to %1 MB each. They are "
                      "kept in the shop's database, so a backup keeps them too.")
                       .arg(SupplierService::MaxFileBytes / (1024 * 1024)));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_files, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_filesHint);
    m_tabs->insertTab(FilesTab, page, tr("F&iles"));

    connect(m_addFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Attach a file"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt);;All files (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_saveFile, &QPushButton::clicked, this, [this] {
        const int row = m_files->currentRow();
        if (row < 0 || row >= m_original.files.size())
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save a copy"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(m_original.files.at(row).name));
        if (!path.isEmpty())
            saveFileCopy(row, path);
    });
    connect(m_removeFile, &QPushButton::clicked, this, [this] { removeFile(m_files->currentRow()); });
    connect(m_files, &QTableWidget::itemSelectionChanged, this, &ContractDialog::updateState);
}

// ---- filling ------------------------------------------------------------------------------------

void ContractDialog::fill(const Contract& c)
{
    m_original = c;
    m_number->setText(c.number);
    setDate(m_signedOn, c.signedOn);
    setDate(m_validFrom, c.validFrom);
    setDate(m_validTo, c.validTo);
    m_renewalNotice->setValue(c.renewalNoticeDays);
    m_currency->setText(c.currency);
    m_deliverySchedule->setText(c.deliverySchedule);
    const QString cur = c.currency.isEmpty() ? m_supplierCurrency : c.currency;
    m_minOrderValue->setText(c.minOrderValue > 0 ? SupplierText::moneyNumber(c.minOrderValue, cur)
                                                 : QString());
    m_prepayment->setText(c.prepaymentBp > 0 ? SupplierText::percentNumber(c.prepaymentBp) : QString());
    m_deferral->setValue(c.deferralDays);
    m_exclusive->setChecked(c.exclusive);
    m_region->setText(c.region);
    m_region->setEnabled(c.exclusive);
    m_notes->setPlainText(c.notes);

    const ContractTerms& t = c.terms;
    m_leadTime->setValue(t.leadTimeDays);
    m_dayKind->setCurrentIndex(t.businessDays ? 1 : 0);
    m_startEvent->setCurrentIndex(m_startEvent->findData(int(t.startEvent)));
    m_targetOnTime->setText(percentOrEmpty(c.targetOnTimeBp));
    m_targetInFull->setText(percentOrEmpty(c.targetInFullBp));
    m_maxDefect->setText(percentOrEmpty(c.maxDefectBp));
    m_maxMissort->setText(percentOrEmpty(c.maxMissortBp));
    m_latePerDay->setText(t.lateBpPerDay > 0 ? SupplierText::percentNumber(t.lateBpPerDay) : QString());
    m_lateCap->setText(percentOrEmpty(t.lateCapBp));
    m_capBasis->setCurrentIndex(m_capBasis->findData(int(t.capBasis)));
    for (auto [combo, edit, rule] : {std::tuple{m_defectKind, m_defectValue, t.defect},
                                     std::tuple{m_missortKind, m_missortValue, t.missort}}) {
        combo->setCurrentIndex(combo->findData(int(rule.kind)));
        edit->setText(rule.kind == PenaltyKind::PerUnit   ? SupplierText::moneyNumber(rule.value, cur)
                      : rule.kind == PenaltyKind::Percent ? SupplierText::percentNumber(int(rule.value))
                                                          : QString());
    }
    m_shortage->setText(t.shortageBp > 0 ? SupplierText::percentNumber(t.shortageBp) : QString());
    m_claimDays->setValue(t.claimDays);
    m_returnProcedure->setPlainText(c.returnProcedure);

    m_prices->setRowCount(0);
    for (const ContractPrice& p : c.prices)
        addPriceRow(p);
    m_discounts->setRowCount(0);
    for (const VolumeDiscount& d : c.discounts)
        addDiscountRow(d);
    fillFiles();
    updateCurrency();
    updatePenaltyFields();

    const QString supplier = m_supplierName.isEmpty() ? tr("supplier") : m_supplierName;
    if (c.id.isNull()) {
        setWindowTitle(tr("New contract — %1").arg(supplier));
        m_title->setText(tr("New contract with %1").arg(supplier));
    } else {
        setWindowTitle(tr("Contract %1 — %2").arg(c.number, supplier));
        m_title->setText(tr("Contract %1 with %2").arg(c.number, supplier));
    }
    QString status = PurchasingKinds::contractStatusName(c.status);
    if (c.status != ContractStatus::Draft)
        status += u" · "_qs + SupplierText::validity(c.validFrom, c.validTo);
    m_status->setText(status);
}

void ContractDialog::fillFiles()
{
    m_files->setRowCount(0);
    for (const ContractFile& f : std::as_const(m_original.files)) {
        const int r = m_files->rowCount();
        m_files->insertRow(r);
        auto* name = new QTableWidgetItem(f.name);
        name->setData(IdRole, QVariant::fromValue(f.id));
        m_files->setItem(r, FileName, name);
        m_files->setItem(r, FileSize, numberItem(SupplierText::fileSize(f.size)));
        m_files->setItem(r, FileAdded, new QTableWidgetItem(StockText::dateTime(f.addedAt)));
    }
}

int ContractDialog::addPriceRow(const ContractPrice& p)
{
    const QString cur = currency();
    const int r = m_prices->rowCount();
    m_prices->insertRow(r);
    auto* sku = fixedItem(p.sku);
    sku->setData(IdRole, QVariant::fromValue(p.productId));
    m_prices->setItem(r, PriceSku, sku);
    m_prices->setItem(r, PriceName, fixedItem(p.name));
    m_prices->setItem(r, PriceSupplierSku, new QTableWidgetItem(p.supplierSku));
    m_prices->setItem(r, PricePrice, numberItem(SupplierText::moneyNumber(p.price, cur)));
    m_prices->setItem(r, PriceMinQuantity,
                      numberItem(p.minQuantity.milli() > 0 ? p.minQuantity.toLocaleString() : QString()));
    m_prices->setItem(r, PricePackSize,
                      numberItem(p.packSize.milli() > 0 ? p.packSize.toLocaleString() : QString()));
    return r;
}

void ContractDialog::addPrice(const Id& productId, const QString& sku, const QString& name)
{
    for (int r = 0; r < m_prices->rowCount(); ++r) {
        if (m_prices->item(r, PriceSku)->data(IdRole).value<Id>() == productId) {
            m_prices->setCurrentCell(r, PricePrice);
            return;
        }
    }
    ContractPrice p;
    p.productId = productId;
    p.sku = sku;
    p.name = name;
    const int r = addPriceRow(p);
    m_prices->item(r, PricePrice)->setText({});
    m_prices->setCurrentCell(r, PricePrice);
    if (isVisible())
        m_prices->editItem(m_prices->item(r, PricePrice));
}

void ContractDialog::addDiscountRow(const VolumeDiscount& d)
{
    const int r = m_discounts->rowCount();
    m_discounts->insertRow(r);
    m_discounts->setItem(
        r, DiscountMinValue,
        numberItem(d.minValue > 0 ? SupplierText::moneyNumber(d.minValue, currency()) : QString()));
    m_discounts->setItem(
        r, DiscountPercent,
        new QTableWidgetItem(d.discountBp > 0 ? SupplierText::percentNumber(d.discountBp) : QString()));
}

// ---- state --------------------------------------------------------------------------------------

QString ContractDialog::currency() const
{
    const QString typed = m_currency->text().trimmed().toUpper();
    if (typed.size() == 3)
        return typed;
    if (!m_original.currency.isEmpty())
        return m_original.currency;
    return m_supplierCurrency.isEmpty() ? m_services.products.currency() : m_supplierCurrency;
}

void ContractDialog::updateCurrency()
{
    const QString symbol = Money::symbol(currency());
    for (QLabel* label : std::as_const(m_currencyLabels))
        label->setText(symbol);
    m_prices->horizontalHeaderItem(PricePrice)->setText(tr("Price, %1").arg(symbol));
    m_discounts->horizontalHeaderItem(DiscountMinValue)->setText(tr("Order value from, %1").arg(symbol));
    m_pricesHint->setText(tr("Prices in %1 before the volume discount. Minimum quantity and pack size in the "
                             "product's unit; empty: none.")
                              .arg(currency()));
    TableViews::fitTitles(m_prices, PriceSupplierSku);
    TableViews::fitTitles(m_discounts);
    updatePenaltyFields();
}

void ContractDialog::updatePenaltyFields()
{
    const QString symbol = Money::symbol(currency());
    for (auto [combo, edit, unit] : {std::tuple{m_defectKind, m_defectValue, m_defectUnit},
                                     std::tuple{m_missortKind, m_missortValue, m_missortUnit}}) {
        const PenaltyKind kind = PenaltyKind(combo->currentData().toInt());
        edit->setVisible(kind != PenaltyKind::None);
        unit->setVisible(kind != PenaltyKind::None);
        unit->setText(kind == PenaltyKind::PerUnit ? tr("%1 per unit").arg(symbol) : tr("% of their value"));
    }
}

void ContractDialog::updateState()
{
    const bool draft = m_original.status == ContractStatus::Draft;
    const bool active = m_original.status == ContractStatus::Active;
    const bool editTerms = m_canEdit && draft;
    // What an active contract may still change; a terminated one only its notes.
    const bool editValidity = m_canEdit && (draft || active);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_number,       m_signedOn,    m_validFrom,   m_currency,     m_minOrderValue, m_prepayment,
             m_deferral,     m_exclusive,   m_leadTime,    m_dayKind,      m_startEvent,    m_targetOnTime,
             m_targetInFull, m_maxDefect,   m_maxMissort,  m_latePerDay,   m_lateCap,       m_capBasis,
             m_defectKind,   m_defectValue, m_missortKind, m_missortValue, m_shortage,      m_claimDays,
             m_prices,       m_discounts})
        setEditable(w, editTerms);
    setEditable(m_region, editTerms && m_exclusive->isChecked());
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_validTo, m_renewalNotice, m_deliverySchedule, m_returnProcedure})
        setEditable(w, editValidity);
    setEditable(m_notes, m_canEdit);
    m_productSearch->setVisible(editTerms);
    m_removePrice->setVisible(editTerms);
    m_addDiscount->setVisible(editTerms);
    m_removeDiscount->setVisible(editTerms);

    const bool fileSelected = m_files->currentRow() >= 0 && m_files->currentRow() < m_original.files.size();
    m_addFile->setVisible(m_canEdit);
    m_removeFile->setVisible(m_canEdit);
    m_removeFile->setEnabled(fileSelected);
    m_saveFile->setEnabled(fileSelected);

    if (active) {
        m_lockedNote->setText(
            tr("This contract is active, so its terms, prices and volume discounts are fixed: "
               "figures computed under it must stay explainable. To change them, make a new "
               "contract (as a supplement would be). Its end, renewal notice, deliveries, "
               "return procedure, notes and files can still change."));
    } else if (m_original.status == ContractStatus::Terminated) {
        m_lockedNote->setText(
            tr("This contract was terminated: it applied up to %1. Only its notes and files "
               "can change.")
                .arg(SupplierText::date(m_original.validTo)));
    }
    m_lockedNote->setVisible(!draft);
    m_activate->setVisible(m_canEdit && draft);
    m_terminate->setVisible(m_canEdit && active);
    saveButton()->setVisible(m_canEdit);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_canEdit ? tr("Cancel") : tr("Close"));
}

QPushButton* ContractDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString ContractDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ContractDialog::showError(const QString& text, QWidget* field)
{
    PriceText::showError(m_error, text);
    if (!field)
        return;
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->isAncestorOf(field)) {
            m_tabs->setCurrentIndex(tab);
            break;
        }
    }
    field->setFocus();
}

void ContractDialog::showServiceError(const Error& error)
{
    const QHash<QString, QWidget*> fields = {
        {u"number"_qs, m_number},
        {u"signed_on"_qs, m_signedOn},
        {u"valid_from"_qs, m_validFrom},
        {u"valid_to"_qs, m_validTo},
        {u"renewal_notice_days"_qs, m_renewalNotice},
        {u"currency"_qs, m_currency},
        {u"min_order_value"_qs, m_minOrderValue},
        {u"prepayment"_qs, m_prepayment},
        {u"deferral_days"_qs, m_deferral},
        {u"exclusive"_qs, m_exclusive},
        {u"lead_time_days"_qs, m_leadTime},
        {u"terms"_qs, m_leadTime},
        {u"target_on_time"_qs, m_targetOnTime},
        {u"target_in_full"_qs, m_targetInFull},
        {u"max_defect"_qs, m_maxDefect},
        {u"max_missort"_qs, m_maxMissort},
        {u"late_per_day"_qs, m_latePerDay},
        {u"late_cap"_qs, m_lateCap},
        {u"defect_penalty"_qs, m_defectValue},
        {u"missort_penalty"_qs, m_missortValue},
        {u"shortage"_qs, m_shortage},
        {u"claim_days"_qs, m_claimDays},
        {u"product"_qs, m_prices},
        {u"price"_qs, m_prices},
        {u"min_quantity"_qs, m_prices},
        {u"pack_size"_qs, m_prices},
        {u"prices"_qs, m_prices},
        {u"min_value"_qs, m_discounts},
        {u"discount"_qs, m_discounts},
        {u"discounts"_qs, m_discounts},
        {u"file"_qs, m_files},
    };
    showError(error.message, fields.value(error.field));
}

// ---- reading ------------------------------------------------------------------------------------

std::optional<Contract> ContractDialog::contractFromFields()
{
    Contract k = m_original;
    const bool draft = k.status == ContractStatus::Draft;
    if (draft || k.status == ContractStatus::Active) {
        k.validTo = dateOf(m_validTo);
        k.renewalNoticeDays = m_renewalNotice->value();
        k.deliverySchedule = m_deliverySchedule->text().trimmed();
        k.returnProcedure = m_returnProcedure->toPlainText().trimmed();
    }
    k.notes = m_notes->toPlainText().trimmed();
    if (!draft)
        return k; // the rest is fixed: never read back from the form

    const QString cur = currency();
    // Each reader shows its own refusal and focuses its field; empty reads as none.
    const auto percent = [this](QLineEdit* edit, const QString& what, std::optional<int>& out) {
        out.reset();
        if (edit->text().trimmed().isEmpty())
            return true;
        auto bp = SupplierText::parsePercent(edit->text(), what);
        if (!bp) {
            showError(bp.error().message, edit);
            return false;
        }
        out = *bp;
        return true;
    };
    const auto plainPercent = [&percent](QLineEdit* edit, const QString& what, auto& out) {
        std::optional<int> v;
        if (!percent(edit, what, v))
            return false;
        out = v.value_or(0);
        return true;
    };
    const auto money = [this, &cur](QLineEdit* edit, const QString& what, qint64& out) {
        out = 0;
        if (edit->text().trimmed().isEmpty())
            return true;
        auto v = SupplierText::parseMoney(edit->text(), cur, what);
        if (!v) {
            showError(v.error().message, edit);
            return false;
        }
        out = *v;
        return true;
    };

    k.number = m_number->text().trimmed();
    k.signedOn = dateOf(m_signedOn);
    k.validFrom = dateOf(m_validFrom);
    k.currency = m_currency->text().trimmed().toUpper();
    if (!money(m_minOrderValue, tr("Minimum order"), k.minOrderValue) ||
        !plainPercent(m_prepayment, tr("Prepayment"), k.prepaymentBp))
        return std::nullopt;
    k.deferralDays = m_deferral->value();
    k.exclusive = m_exclusive->isChecked();
    k.region = k.exclusive ? m_region->text().trimmed() : QString();

    ContractTerms& t = k.terms;
    t.leadTimeDays = m_leadTime->value();
    t.businessDays = m_dayKind->currentData().toBool();
    t.startEvent = StartEvent(m_startEvent->currentData().toInt());
    if (!percent(m_targetOnTime, tr("On-time target"), k.targetOnTimeBp) ||
        !percent(m_targetInFull, tr("In-full target"), k.targetInFullBp) ||
        !percent(m_maxDefect, tr("Maximum defects"), k.maxDefectBp) ||
        !percent(m_maxMissort, tr("Maximum mis-sorts"), k.maxMissortBp) ||
        !plainPercent(m_latePerDay, tr("Late penalty per day"), t.lateBpPerDay) ||
        !percent(m_lateCap, tr("Late penalty cap"), t.lateCapBp) ||
        !plainPercent(m_shortage, tr("Shortage penalty"), t.shortageBp))
        return std::nullopt;
    t.capBasis = CapBasis(m_capBasis->currentData().toInt());
    for (auto [combo, edit, rule, what] :
         {std::tuple{m_defectKind, m_defectValue, &t.defect, tr("Defect penalty")},
          std::tuple{m_missortKind, m_missortValue, &t.missort, tr("Mis-sort penalty")}}) {
        rule->kind = PenaltyKind(combo->currentData().toInt());
        rule->value = 0;
        if (rule->kind == PenaltyKind::PerUnit && !money(edit, what, rule->value))
            return std::nullopt;
        if (rule->kind == PenaltyKind::Percent && !plainPercent(edit, what, rule->value))
            return std::nullopt;
    }
    t.claimDays = m_claimDays->value();

    k.prices.clear();
    for (int r = 0; r < m_prices->rowCount(); ++r) {
        ContractPrice p;
        p.productId = m_prices->item(r, PriceSku)->data(IdRole).value<Id>();
        p.sku = cellText(m_prices, r, PriceSku);
        p.name = cellText(m_prices, r, PriceName);
        p.supplierSku = cellText(m_prices, r, PriceSupplierSku);
        const auto fieldError = [&](const QString& message, int column) {
            m_tabs->setCurrentIndex(PricesTab);
            m_prices->setCurrentCell(r, column);
            showError(message, m_prices);
        };
        const QString priceText = cellText(m_prices, r, PricePrice);
        if (priceText.isEmpty()) {
            fieldError(tr("Type the price of %1.").arg(p.sku), PricePrice);
            return std::nullopt;
        }
        auto price = SupplierText::parseMoney(priceText, cur, tr("The price of %1").arg(p.sku));
        if (!price) {
            fieldError(price.error().message, PricePrice);
            return std::nullopt;
        }
        p.price = *price;
        for (auto [column, target, what] :
             {std::tuple{int(PriceMinQuantity), &p.minQuantity, tr("The minimum quantity of %1").arg(p.sku)},
              std::tuple{int(PricePackSize), &p.packSize, tr("The pack size of %1").arg(p.sku)}}) {
            const QString text = cellText(m_prices, r, column);
            if (text.isEmpty())
                continue;
            auto q = SupplierText::parseQuantity(text, what);
            if (!q) {
                fieldError(q.error().message, column);
                return std::nullopt;
            }
            *target = *q;
        }
        k.prices.append(p);
    }

    k.discounts.clear();
    for (int r = 0; r < m_discounts->rowCount(); ++r) {
        const QString valueText = cellText(m_discounts, r, DiscountMinValue);
        const QString percentText = cellText(m_discounts, r, DiscountPercent);
        if (valueText.isEmpty() && percentText.isEmpty())
            continue; // a tier added and left empty is none
        const auto fieldError = [&](const QString& message, int column) {
            m_tabs->setCurrentIndex(DiscountsTab);
            m_discounts->setCurrentCell(r, column);
            showError(message, m_discounts);
        };
        auto value = SupplierText::parseMoney(valueText, cur, tr("Order value"));
        if (!value) {
            fieldError(value.error().message, DiscountMinValue);
            return std::nullopt;
        }
        auto bp = SupplierText::parsePercent(percentText, tr("Discount"));
        if (!bp) {
            fieldError(bp.error().message, DiscountPercent);
            return std::nullopt;
        }
        k.discounts.append(VolumeDiscount{*value, *bp});
    }
    return k;
}

// ---- commands -----------------------------------------------------------------------------------

bool ContractDialog::save()
{
    if (!m_canEdit)
        return false;
    PriceText::showError(m_error, {});
    const auto k = contractFromFields();
    if (!k)
        return false;
    auto saved = isNew() ? m_services.suppliers.createContract(m_actor, *k)
                         : m_services.suppliers.updateContract(m_actor, *k);
    if (!saved) {
        showServiceError(saved.error());
        return false;
    }
    fill(*saved);
    updateState();
    return true;
}

void ContractDialog::accept()
{
    if (!m_canEdit) {
        QDialog::reject();
        return;
    }
    if (save())
        QDialog::accept();
}

bool ContractDialog::activate()
{
    if (!m_canEdit || m_original.status != ContractStatus::Draft)
        return false;
    const QString number = m_number->text().trimmed();
    if (MessageBox::question(
            this, tr("Activate contract"),
            tr("Activate contract %1? From then on its terms, prices and volume discounts cannot "
               "change; new terms will need a new contract.")
                .arg(number.isEmpty() ? tr("(no number)") : number),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    if (!save())
        return false;
    auto active = m_services.suppliers.activateContract(m_actor, m_original.id);
    if (!active) {
        showServiceError(active.error());
        return false;
    }
    fill(*active);
    updateState();
    return true;
}

bool ContractDialog::terminate()
{
    if (!m_canEdit || m_original.status != ContractStatus::Active)
        return false;
    QDialog ask(this);
    ask.setObjectName(u"terminateDialog"_qs);
    ask.setWindowTitle(tr("Terminate contract"));
    auto* text =
        new QLabel(tr("Terminate contract %1. It applies to purchase orders dated up to its last day; "
                      "it stays in the list with its terms.")
                       .arg(m_original.number));
    text->setWordWrap(true);
    auto* lastDay = makeDateEdit(u"lastDayEdit"_qs);
    lastDay->setDate(
        m_services.products.database().clock().now().toTimeZone(QTimeZone::systemTimeZone()).date());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Terminate"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Last day:"), lastDay);
    auto* layout = new QVBoxLayout(&ask);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    text->setMinimumWidth(380);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return false;
    return terminateOn(lastDay->date());
}

bool ContractDialog::terminateOn(QDate lastDay)
{
    if (!m_canEdit || isNew())
        return false;
    PriceText::showError(m_error, {});
    auto ended = m_services.suppliers.terminateContract(m_actor, m_original.id, lastDay);
    if (!ended) {
        showServiceError(ended.error());
        return false;
    }
    // Unsaved notes stay as typed; everything else shows the terminated contract.
    const QString notes = m_notes->toPlainText();
    fill(*ended);
    m_notes->setPlainText(notes);
    updateState();
    return true;
}

bool ContractDialog::addFile(const QString& path)
{
    if (!m_canEdit)
        return false;
    PriceText::showError(m_error, {});
    const QFileInfo info(path);
    // A huge file is refused before it is read into memory.
    if (info.size() > SupplierService::MaxFileBytes) {
        showError(tr("The file %1 is %2; files up to %3 MB can be attached.")
                      .arg(info.fileName(), SupplierText::fileSize(info.size()))
                      .arg(SupplierService::MaxFileBytes / (1024 * 1024)),
                  m_files);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), m_files);
        return false;
    }
    const QByteArray data = file.readAll();
    if (isNew() && !save())
        return false;
    auto added = m_services.suppliers.addFile(m_actor, m_original.id, info.fileName(), data);
    if (!added) {
        showServiceError(added.error());
        return false;
    }
    m_original.files.append(*added);
    fillFiles();
    m_files->setCurrentCell(int(m_original.files.size()) - 1, FileName);
    updateState();
    return true;
}

bool ContractDialog::saveFileCopy(int row, const QString& path)
{
    if (row < 0 || row >= m_original.files.size())
        return false;
    auto data = m_services.suppliers.fileData(m_actor, m_original.files.at(row).id);
    if (!data) {
        showServiceError(data.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), m_files);
        return false;
    }
    return true;
}

bool ContractDialog::removeFile(int row)
{
    if (!m_canEdit || row < 0 || row >= m_original.files.size())
        return false;
    const ContractFile f = m_original.files.at(row);
    if (MessageBox::question(
            this, tr("Remove file"),
            tr("Remove %1 from the contract? The copy in the database is deleted.").arg(f.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    if (auto ok = m_services.suppliers.removeFile(m_actor, f.id); !ok) {
        showServiceError(ok.error());
        return false;
    }
    m_original.files.removeAt(row);
    fillFiles();
    updateState();
    return true;
}

} // namespace kontor

#include "ProductEditor.h"

#include "CategoryCombo.h"
#include "ProductSearchField.h"
#include "ProductText.h"
#include "common/MessageBox.h"
#include "prices/ChannelPricesDialog.h"
#include "purchasing/SupplierService.h"
#include "suppliers/ProductSupplierDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTableWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcProductEditor, "kontor.ui.producteditor")

namespace kontor {

namespace {

constexpr int BarcodeRole = Qt::UserRole + 1;
constexpr int BarcodeKindRole = Qt::UserRole + 2;
constexpr int VariantIdRole = Qt::UserRole + 3;

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

// The field with its error line underneath.
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

// A field with a unit shown after it ("₽", "kg").
QWidget* withSuffix(QWidget* field, const QString& suffix, QLabel** suffixLabel = nullptr)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    auto* label = new QLabel(suffix);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(u"kg"_qs) + 4);
    layout->addWidget(label);
    if (suffixLabel)
        *suffixLabel = label;
    return box;
}

void setError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString barcodeItemText(const Barcode& barcode)
{
    return barcode.code + QStringLiteral("  ·  ") + Barcodes::kindDisplayName(barcode.kind);
}

QString variantText(const Product& variant)
{
    QStringList attributes;
    for (const auto& [name, value] : variant.attributes)
        attributes.append(name + QStringLiteral(": ") + value);
    QString text = ProductSearchField::displayText(variant.sku, variant.name);
    if (!attributes.isEmpty())
        text += QStringLiteral(" (") + attributes.join(QStringLiteral(", ")) + u')';
    return text;
}

} // namespace

ProductEditor::ProductEditor(ProductService& service, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_actor(std::move(actor))
{
    buildUi();
    clear();
}

void ProductEditor::buildUi()
{
    const bool canEdit = m_actor.can(Permission::EditCatalog);
    const bool canEditPrices = canEdit && m_actor.can(Permission::EditPrices);
    const QString currencySign = Money::symbol(m_service.currency());

    auto* stack = new QStackedLayout(this);
    m_emptyLabel = new QLabel(tr("Select a product in the list, or create a new one."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    stack->addWidget(m_emptyLabel);

    m_form = new QWidget;
    stack->addWidget(m_form);
    auto* outer = new QVBoxLayout(m_form);
    outer->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel;
    m_title->setObjectName(u"titleLabel"_qs);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setEnabled(false);
    outer->addWidget(m_title);
    outer->addWidget(m_subtitle);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    scroll->setWidget(content);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    outer->addWidget(scroll, 1);

    // ---- general ----
    auto* general = new QGroupBox(tr("Product"));
    auto* form = new QFormLayout(general);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_sku = new QLineEdit;
    m_sku->setObjectName(u"skuEdit"_qs);
    m_sku->setMaxLength(100);
    m_sku->setPlaceholderText(tr("Required"));
    m_skuError = makeErrorLabel(u"skuError"_qs);
    form->addRow(tr("&SKU:"), withError(m_sku, m_skuError));
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameEdit"_qs);
    m_name->setMaxLength(500);
    m_name->setPlaceholderText(tr("Required"));
    m_nameError = makeErrorLabel(u"nameError"_qs);
    form->addRow(tr("&Name:"), withError(m_name, m_nameError));
    m_category = new CategoryCombo(m_service, m_actor, tr("No category"));
    m_category->setObjectName(u"categoryCombo"_qs);
    form->addRow(tr("&Category:"), m_category);
    m_unit = new QComboBox;
    m_unit->setObjectName(u"unitCombo"_qs);
    for (Unit unit : {Unit::Piece, Unit::Kilogram, Unit::Metre, Unit::Litre})
        m_unit->addItem(Units::displayName(unit), int(unit));
    form->addRow(tr("&Unit:"), m_unit);
    m_supplierText = new QLabel;
    m_supplierText->setObjectName(u"supplierText"_qs);
    m_supplierButton = new QPushButton(tr("Change…"));
    m_supplierButton->setObjectName(u"supplierButton"_qs);
    m_supplierButton->setToolTip(
        tr("The preferred supplier, and whether it ships the product to the customer"));
    auto* supplierRow = new QHBoxLayout;
    supplierRow->setContentsMargins(0, 0, 0, 0);
    supplierRow->addWidget(m_supplierText, 1);
    supplierRow->addWidget(m_supplierButton);
    m_supplierLabel = new QLabel(tr("Suppli&er:"));
    m_supplierLabel->setBuddy(m_supplierButton);
    form->addRow(m_supplierLabel, supplierRow);
    connect(m_supplierButton, &QPushButton::clicked, this, [this] {
        if (!m_services || m_mode != Mode::Existing)
            return;
        ProductSupplierDialog dialog(*m_services, m_actor, m_original.id,
                                     ProductSearchField::displayText(m_original.sku, m_original.name), this);
        if (dialog.exec() == QDialog::Accepted)
            updateSupplier();
    });
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"descriptionEdit"_qs);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Description:"), m_description);
    contentLayout->addWidget(general);

    // ---- prices ----
    auto* prices = new QGroupBox(tr("Price and tax"));
    auto* priceForm = new QFormLayout(prices);
    priceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto moneyEdit = [canEditPrices](const QString& objectName, const QString& placeholder) {
        auto* edit = new QLineEdit;
        edit->setObjectName(objectName);
        edit->setAlignment(Qt::AlignRight);
        edit->setPlaceholderText(placeholder);
        edit->setReadOnly(!canEditPrices);
        return edit;
    };
    m_price = moneyEdit(u"priceEdit"_qs, Money(0, m_service.currency()).toLocaleNumber(QLocale()));
    m_priceError = makeErrorLabel(u"priceError"_qs);
    priceForm->addRow(tr("&Price:"), withError(withSuffix(m_price, currencySign), m_priceError));
    m_salePrice = moneyEdit(u"salePriceEdit"_qs, tr("no sale"));
    m_salePriceError = makeErrorLabel(u"salePriceError"_qs);
    priceForm->addRow(tr("Sa&le price:"), withError(withSuffix(m_salePrice, currencySign), m_salePriceError));
    m_channelPrices = new QPushButton(tr("C&hannel prices…"));
    m_channelPrices->setObjectName(u"channelPricesButton"_qs);
    m_channelPrices->setToolTip(tr("Own prices for a marketplace or another sales channel"));
    m_channelPrices->hide();
    auto* channelRow = new QHBoxLayout;
    channelRow->setContentsMargins(0, 0, 0, 0);
    channelRow->addWidget(m_channelPrices);
    channelRow->addStretch(1);
    priceForm->addRow(QString(), channelRow);
    connect(m_channelPrices, &QPushButton::clicked, this, [this] {
        if (!m_services || m_mode != Mode::Existing)
            return;
        ChannelPricesDialog dialog(*m_services, m_actor, m_original, this);
        dialog.exec();
    });
    m_cost = moneyEdit(u"costEdit"_qs, tr("unknown"));
    m_costError = makeErrorLabel(u"costError"_qs);
    m_costField = withError(withSuffix(m_cost, currencySign), m_costError);
    m_costLabel = new QLabel(tr("C&ost:"));
    m_costLabel->setBuddy(m_cost);
    priceForm->addRow(m_costLabel, m_costField);
    // Someone who may not see costs does not get the field at all.
    m_costLabel->setVisible(m_actor.can(Permission::ViewCosts));
    m_costField->setVisible(m_actor.can(Permission::ViewCosts));
    m_vat = new QComboBox;
    m_vat->setObjectName(u"vatCombo"_qs);
    m_vat->setEditable(true);
    m_vat->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& rate : ProductText::standardVatRates())
        m_vat->addItem(ProductText::vatRate(rate));
    m_vatError = makeErrorLabel(u"vatError"_qs);
    priceForm->addRow(tr("&VAT:"), withError(m_vat, m_vatError));
    m_weight = new QLineEdit;
    m_weight->setObjectName(u"weightEdit"_qs);
    m_weight->setAlignment(Qt::AlignRight);
    m_weight->setPlaceholderText(tr("unknown"));
    m_weightError = makeErrorLabel(u"weightError"_qs);
    priceForm->addRow(tr("&Weight:"), withError(withSuffix(m_weight, tr("kg")), m_weightError));
    contentLayout->addWidget(prices);

    // ---- barcodes ----
    auto* barcodes = new QGroupBox(tr("Barcodes"));
    auto* barcodeLayout = new QGridLayout(barcodes);
    m_barcodes = new QListWidget;
    m_barcodes->setObjectName(u"barcodeList"_qs);
    m_barcodes->setFixedHeight(m_barcodes->fontMetrics().lineSpacing() * 3 + 12);
    m_removeBarcode = new QPushButton(tr("Remove"));
    m_removeBarcode->setObjectName(u"removeBarcodeButton"_qs);
    m_barcodeInput = new QLineEdit;
    m_barcodeInput->setObjectName(u"barcodeEdit"_qs);
    m_barcodeInput->setPlaceholderText(tr("Scan or type a barcode"));
    m_barcodeInternal = new QCheckBox(tr("Internal code"));
    m_barcodeInternal->setObjectName(u"barcodeInternalCheck"_qs);
    m_barcodeInternal->setToolTip(tr("A code the shop made up and prints itself; it has no check digit."));
    m_addBarcode = new QPushButton(tr("Add"));
    m_addBarcode->setObjectName(u"addBarcodeButton"_qs);
    auto* barcodeRow = new QHBoxLayout;
    barcodeRow->addWidget(m_barcodeInput, 1);
    barcodeRow->addWidget(m_barcodeInternal);
    barcodeLayout->addWidget(m_barcodes, 0, 0);
    barcodeLayout->addWidget(m_removeBarcode, 0, 1, Qt::AlignTop);
    barcodeLayout->addLayout(barcodeRow, 1, 0);
    barcodeLayout->addWidget(m_addBarcode, 1, 1);
    m_barcodeError = makeErrorLabel(u"barcodeError"_qs);
    barcodeLayout->addWidget(m_barcodeError, 2, 0, 1, 2);
    contentLayout->addWidget(barcodes);

    // ---- variants ----
    auto* variantGroup = new QGroupBox(tr("Variants"));
    auto* variantLayout = new QVBoxLayout(variantGroup);
    auto* parentForm = new QFormLayout;
    parentForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_parentPicker = new ProductSearchField(m_service, m_actor);
    m_parentPicker->setObjectName(u"parentPicker"_qs);
    m_parentPicker->setPlaceholderText(tr("Main product, if this is a colour or size of it"));
    m_parentError = makeErrorLabel(u"parentError"_qs);
    parentForm->addRow(tr("V&ariant of:"), withError(m_parentPicker, m_parentError));
    variantLayout->addLayout(parentForm);

    m_attributesBox = new QWidget;
    auto* attributesLayout = new QVBoxLayout(m_attributesBox);
    attributesLayout->setContentsMargins(0, 0, 0, 0);
    m_attributes = new QTableWidget(0, 2);
    m_attributes->setObjectName(u"attributesTable"_qs);
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_attributes->verticalHeader()->hide();
    m_attributes->setFixedHeight(m_attributes->fontMetrics().lineSpacing() * 5 + 16);
    attributesLayout->addWidget(m_attributes);
    auto* attributeButtons = new QHBoxLayout;
    auto* addAttribute = new QPushButton(tr("Add attribute"));
    addAttribute->setObjectName(u"addAttributeButton"_qs);
    auto* removeAttribute = new QPushButton(tr("Remove attribute"));
    attributeButtons->addWidget(addAttribute);
    attributeButtons->addWidget(removeAttribute);
    attributeButtons->addStretch();
    attributesLayout->addLayout(attributeButtons);
    m_attributesError = makeErrorLabel(u"attributesError"_qs);
    attributesLayout->addWidget(m_attributesError);
    variantLayout->addWidget(m_attributesBox);

    m_variantsBox = new QWidget;
    auto* variantsLayout = new QVBoxLayout(m_variantsBox);
    variantsLayout->setContentsMargins(0, 0, 0, 0);
    m_variants = new QListWidget;
    m_variants->setObjectName(u"variantList"_qs);
    m_variants->setFixedHeight(m_variants->fontMetrics().lineSpacing() * 4 + 12);
    m_variants->setToolTip(tr("Double-click a variant to open it."));
    variantsLayout->addWidget(m_variants);
    m_addVariant = new QPushButton(tr("Add variant"));
    m_addVariant->setObjectName(u"addVariantButton"_qs);
    auto* variantButtons = new QHBoxLayout;
    variantButtons->addWidget(m_addVariant);
    variantButtons->addStretch();
    variantsLayout->addLayout(variantButtons);
    variantLayout->addWidget(m_variantsBox);
    contentLayout->addWidget(variantGroup);
    contentLayout->addStretch();

    // One label column width for all groups, so the fields line up down the form.
    int labelWidth = 0;
    for (QFormLayout* f : {form, priceForm, parentForm}) {
        for (int row = 0; row < f->rowCount(); ++row) {
            if (QLayoutItem* item = f->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
        }
    }
    for (QFormLayout* f : {form, priceForm, parentForm}) {
        for (int row = 0; row < f->rowCount(); ++row) {
            if (QLayoutItem* item = f->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(labelWidth);
        }
    }

    // ---- bottom: errors from the service and the commands ----
    m_serviceError = makeErrorLabel(u"serviceError"_qs);
    m_serviceError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_serviceError);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(u"saveButton"_qs);
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Revert"));
    m_revert->setObjectName(u"revertButton"_qs);
    m_revert->setToolTip(tr("Throw away the unsaved changes"));
    m_archive = new QPushButton(tr("Archive"));
    m_archive->setObjectName(u"archiveButton"_qs);
    m_delete = new QPushButton(tr("Delete"));
    m_delete->setObjectName(u"deleteButton"_qs);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    buttons->addWidget(m_archive);
    buttons->addWidget(m_delete);
    outer->addLayout(buttons);

    if (!canEdit) {
        for (QLineEdit* edit :
             {m_sku, m_name, m_price, m_salePrice, m_cost, m_weight, static_cast<QLineEdit*>(m_parentPicker)})
            edit->setReadOnly(true);
        m_description->setReadOnly(true);
        for (QWidget* w : std::initializer_list<QWidget*>{m_category, m_unit, m_vat, m_barcodeInput,
                                                          m_barcodeInternal, m_addBarcode, m_removeBarcode,
                                                          addAttribute, removeAttribute, m_addVariant})
            w->setEnabled(false);
        m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (QPushButton* b : {m_save, m_revert, m_archive, m_delete})
            b->hide();
    }

    // ---- wiring ----
    for (QLineEdit* edit : {m_sku, m_name, m_price, m_salePrice, m_cost, m_weight})
        connect(edit, &QLineEdit::textChanged, this, &ProductEditor::onFieldChanged);
    for (QLineEdit* edit : {m_sku, m_name})
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            // textEdited comes after textChanged: check again now that the field counts as touched.
            edit->setProperty("touched", true);
            onFieldChanged();
        });
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProductEditor::onFieldChanged);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ProductEditor::onFieldChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ProductEditor::onFieldChanged);
    connect(m_vat, &QComboBox::currentTextChanged, this, &ProductEditor::onFieldChanged);
    connect(m_attributes, &QTableWidget::itemChanged, this, &ProductEditor::onFieldChanged);
    connect(m_parentPicker, &QLineEdit::textChanged, this, [this] {
        if (m_parentPicker->text().trimmed().isEmpty() && !m_loading) {
            m_parentId = Id();
            m_parentText.clear();
            updateVariantWidgets();
        }
        onFieldChanged();
    });
    connect(m_parentPicker, &ProductSearchField::productChosen, this, [this](const ProductListEntry& entry) {
        setParent(entry.id, ProductSearchField::displayText(entry.sku, entry.name));
        onFieldChanged();
    });

    connect(m_addBarcode, &QPushButton::clicked, this, &ProductEditor::addBarcode);
    connect(m_barcodeInput, &QLineEdit::returnPressed, this, &ProductEditor::addBarcode);
    connect(m_barcodeInput, &QLineEdit::textEdited, this, [this] { setError(m_barcodeError, {}); });
    connect(m_removeBarcode, &QPushButton::clicked, this, &ProductEditor::removeBarcode);
    connect(m_barcodes, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    connect(addAttribute, &QPushButton::clicked, this, [this] {
        addAttributeRow();
        m_attributes->setCurrentCell(m_attributes->rowCount() - 1, 0);
        m_attributes->editItem(m_attributes->item(m_attributes->rowCount() - 1, 0));
        onFieldChanged();
    });
    connect(removeAttribute, &QPushButton::clicked, this, [this] {
        if (m_attributes->currentRow() >= 0) {
            m_attributes->removeRow(m_attributes->currentRow());
            onFieldChanged();
        }
    });
    connect(m_variants, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openProductRequested(item->data(VariantIdRole).value<Id>());
    });
    connect(m_addVariant, &QPushButton::clicked, this, [this] {
        Product draft;
        draft.parentId = m_original.id;
        draft.categoryId = m_original.categoryId;
        draft.unit = m_original.unit;
        Q_EMIT addVariantRequested(draft);
    });

    connect(m_save, &QPushButton::clicked, this, &ProductEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ProductEditor::revert);
    connect(m_archive, &QPushButton::clicked, this, &ProductEditor::toggleArchived);
    connect(m_delete, &QPushButton::clicked, this, &ProductEditor::deleteProduct);
}

QString ProductEditor::currency() const
{
    return m_original.listPrice.isValid() ? m_original.listPrice.currency() : m_service.currency();
}

// ---- showing ------------------------------------------------------------------------------------

void ProductEditor::clear()
{
    m_mode = Mode::Empty;
    m_original = Product();
    setDirty(false);
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_emptyLabel);
    Q_EMIT stateChanged();
}

void ProductEditor::setProduct(const Product& product)
{
    load(product, Mode::Existing);
}

void ProductEditor::startNew(const Product& draft)
{
    Product p = draft;
    p.id = Id();
    p.localId = 0;
    p.archived = false;
    load(p, Mode::New);
    m_sku->setFocus();
}

void ProductEditor::load(const Product& product, Mode mode)
{
    m_loading = true;
    m_mode = mode;
    m_original = product;
    const QLocale locale;
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_form);

    m_sku->setText(product.sku);
    m_name->setText(product.name);
    m_description->setPlainText(product.description);
    m_category->setCurrentCategoryId(product.categoryId);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(product.unit))));
    m_price->setText(mode == Mode::New && product.listPrice.minorUnits() == 0
                         ? QString()
                         : Money(product.listPrice.minorUnits(), currency()).toLocaleNumber(locale));
    m_cost->setText(product.cost ? product.cost->toLocaleNumber(locale) : QString());
    m_salePrice->setText(product.salePrice ? product.salePrice->toLocaleNumber(locale) : QString());
    m_vat->setCurrentText(ProductText::vatRate(product.vatRateBp, locale));
    m_weight->setText(ProductText::weightKg(product.weightGrams, locale));
    for (QLineEdit* edit : {m_sku, m_name, m_price, m_salePrice, m_cost, m_weight})
        edit->setCursorPosition(0); // long names show their beginning

    m_barcodes->clear();
    for (const Barcode& b : product.barcodes) {
        auto* item = new QListWidgetItem(barcodeItemText(b), m_barcodes);
        item->setData(BarcodeRole, b.code);
        item->setData(BarcodeKindRole, int(b.kind));
    }
    m_barcodeInput->clear();
    m_barcodeInternal->setChecked(false);
    setError(m_barcodeError, {});

    QString parentText;
    if (!product.parentId.isNull()) {
        if (auto parent = m_service.product(m_actor, product.parentId))
            parentText = ProductSearchField::displayText(parent->sku, parent->name);
        else
            parentText = tr("(missing product)");
    }
    setParent(product.parentId, parentText);
    m_parentPicker->setText(parentText);
    m_attributes->setRowCount(0);
    for (const auto& [name, value] : product.attributes)
        addAttributeRow(name, value);

    m_variants->clear();
    m_hasVariants = false;
    m_hasHistory = false;
    if (mode == Mode::Existing) {
        if (!product.isVariant()) {
            if (auto variants = m_service.variants(m_actor, product.id)) {
                for (const Product& v : std::as_const(*variants)) {
                    auto* item = new QListWidgetItem(variantText(v), m_variants);
                    item->setData(VariantIdRole, QVariant::fromValue(v.id));
                }
                m_hasVariants = !variants->isEmpty();
            }
        }
        auto history = m_service.hasHistory(m_actor, product.id);
        // When in doubt, do not offer Delete: the service refuses anyway.
        m_hasHistory = !history || *history;
    }

    if (mode == Mode::New) {
        m_title->setText(product.isVariant() ? tr("New variant") : tr("New product"));
        m_subtitle->setText(tr("Not saved yet"));
    } else {
        m_title->setText(product.name);
        QString subtitle = product.sku;
        if (product.archived)
            subtitle += QStringLiteral("  ·  ") + tr("Archived");
        m_subtitle->setText(subtitle);
    }
    setError(m_serviceError, {});
    for (QLabel* e : {m_skuError, m_nameError, m_priceError, m_costError, m_vatError, m_weightError,
                      m_parentError, m_attributesError})
        setError(e, {});
    m_sku->setProperty("touched", false);
    m_name->setProperty("touched", false);
    m_loading = false;
    updateVariantWidgets();
    updateSupplier();
    setDirty(false);
    validateFields();
    updateButtons();
    Q_EMIT stateChanged();
}

void ProductEditor::setParent(const Id& parentId, const QString& displayText)
{
    m_parentId = parentId;
    m_parentText = displayText;
    setError(m_parentError, {});
    if (!parentId.isNull() && parentId == m_original.id && m_mode == Mode::Existing) {
        setError(m_parentError, tr("A product cannot be a variant of itself."));
    } else if (!parentId.isNull() && !m_loading) {
        auto parent = m_service.product(m_actor, parentId);
        if (parent && parent->isVariant())
            setError(m_parentError, tr("%1 is a variant itself; choose its main product.").arg(parent->sku));
    }
    updateVariantWidgets();
}

void ProductEditor::updateVariantWidgets()
{
    const bool isVariant = !m_parentId.isNull() || !m_parentPicker->text().trimmed().isEmpty();
    m_attributesBox->setVisible(isVariant);
    // A product with variants cannot become a variant; a variant cannot have variants.
    m_parentPicker->setEnabled(!m_hasVariants && m_actor.can(Permission::EditCatalog));
    m_parentPicker->setToolTip(
        m_hasVariants ? tr("This product has variants, so it cannot be a variant itself.") : QString());
    m_variantsBox->setVisible(m_mode == Mode::Existing && !m_original.isVariant() && !isVariant);
    m_addVariant->setEnabled(m_mode == Mode::Existing && !m_dirty && m_actor.can(Permission::EditCatalog));
}

void ProductEditor::addAttributeRow(const QString& name, const QString& value)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_attributes->rowCount();
    m_attributes->insertRow(row);
    m_attributes->setItem(row, 0, new QTableWidgetItem(name));
    m_attributes->setItem(row, 1, new QTableWidgetItem(value));
    m_loading = wasLoading;
}

// ---- editing ------------------------------------------------------------------------------------

void ProductEditor::onFieldChanged()
{
    if (m_loading || m_mode == Mode::Empty)
        return;
    setError(m_serviceError, {});
    setDirty(true);
    validateFields();
    updateButtons();
}

void ProductEditor::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    updateVariantWidgets();
    Q_EMIT dirtyChanged(dirty);
    Q_EMIT stateChanged();
}

bool ProductEditor::validateFields()
{
    const QLocale locale;
    bool ok = true;
    auto check = [&ok](QLabel* label, const QString& error) {
        setError(label, error);
        ok = ok && error.isEmpty();
    };

    // Required fields complain only once touched, not on an empty new form.
    const bool skuMissing = m_sku->text().trimmed().isEmpty();
    check(m_skuError,
          skuMissing && m_sku->property("touched").toBool() ? tr("The SKU is required.") : QString());
    ok = ok && !skuMissing;
    const bool nameMissing = m_name->text().trimmed().isEmpty();
    check(m_nameError,
          nameMissing && m_name->property("touched").toBool() ? tr("The name is required.") : QString());
    ok = ok && !nameMissing;

    auto moneyError = [&](const QString& text, const QString& negativeMessage) -> QString {
        if (text.trimmed().isEmpty())
            return {};
        auto money = Money::parse(text, currency(), NumberFormat::fromLocale(locale));
        if (!money)
            return money.error().message;
        if (money->minorUnits() < 0)
            return negativeMessage;
        return {};
    };
    check(m_priceError, moneyError(m_price->text(), tr("The price cannot be negative.")));
    check(m_salePriceError, moneyError(m_salePrice->text(), tr("The sale price cannot be negative.")));
    if (m_actor.can(Permission::ViewCosts))
        check(m_costError, moneyError(m_cost->text(), tr("The cost cannot be negative.")));

    auto vat = ProductText::parseVatRate(m_vat->currentText(), locale);
    check(m_vatError, vat ? QString() : vat.error().message);
    auto weight = ProductText::parseWeightKg(m_weight->text(), locale);
    check(m_weightError, weight ? QString() : weight.error().message);

    const QString parentText = m_parentPicker->text().trimmed();
    if (!parentText.isEmpty() && (m_parentId.isNull() || parentText != m_parentText))
        check(m_parentError, tr("Choose the main product from the list."));
    else if (!m_parentError->text().isEmpty() && !m_parentId.isNull())
        ok = false; // kept from setParent: the chosen product cannot be a parent
    else
        check(m_parentError, {});

    QString attributeError;
    if (m_attributesBox->isVisibleTo(this)) {
        for (int row = 0; row < m_attributes->rowCount(); ++row) {
            const QString name =
                m_attributes->item(row, 0) ? m_attributes->item(row, 0)->text().trimmed() : QString();
            const QString value =
                m_attributes->item(row, 1) ? m_attributes->item(row, 1)->text().trimmed() : QString();
            if (name.isEmpty() && !value.isEmpty())
                attributeError = tr("Every attribute needs a name (e.g. Colour or Size).");
        }
    }
    check(m_attributesError, attributeError);
    return ok;
}

bool ProductEditor::canSave() const
{
    if (m_mode == Mode::Empty || !m_actor.can(Permission::EditCatalog))
        return false;
    if (!m_dirty && m_mode == Mode::Existing)
        return false;
    for (QLabel* e : {m_skuError, m_nameError, m_priceError, m_costError, m_vatError, m_weightError,
                      m_parentError, m_attributesError}) {
        if (!e->text().isEmpty())
            return false;
    }
    return !m_sku->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty();
}

void ProductEditor::updateButtons()
{
    const bool existing = m_mode == Mode::Existing;
    m_save->setEnabled(canSave());
    m_revert->setEnabled(m_dirty);
    m_archive->setEnabled(existing);
    m_archive->setText(existing && m_original.archived ? tr("Restore") : tr("Archive"));
    m_archive->setToolTip(existing && m_original.archived
                              ? tr("Show the product in lists again")
                              : tr("Hide the product from lists; its history is kept"));
    m_delete->setEnabled(existing && !m_hasHistory);
    m_delete->setToolTip(existing && m_hasHistory
                             ? tr("This product has variants or history, so it can only be archived.")
                             : tr("Delete the product for good"));
    m_removeBarcode->setEnabled(m_actor.can(Permission::EditCatalog) && m_barcodes->currentRow() >= 0);
    // Channel prices belong to a stored product, so a new one gets them after its first save.
    m_channelPrices->setVisible(m_services && existing && m_actor.can(Permission::EditPrices));
    Q_EMIT stateChanged();
}

void ProductEditor::enableChannelPrices(Services services)
{
    m_services.emplace(services);
    connect(&services.suppliers, &SupplierService::suppliersChanged, this, &ProductEditor::updateSupplier);
    updateSupplier();
    updateButtons();
}

void ProductEditor::updateSupplier()
{
    // The supplier belongs to a stored product, so a new one gets it after its first save.
    const bool shown = m_services && m_mode == Mode::Existing;
    m_supplierLabel->setVisible(shown);
    m_supplierText->setVisible(shown);
    m_supplierButton->setVisible(shown && m_actor.can(Permission::ManageSuppliers));
    m_supplierText->setText(shown ? ProductSupplierDialog::describe(*m_services, m_actor, m_original.id)
                                  : QString());
}

QString ProductEditor::supplierText() const
{
    return m_supplierText->isVisibleTo(this) ? m_supplierText->text() : QString();
}

std::optional<Product> ProductEditor::productFromFields()
{
    if (!validateFields()) {
        updateButtons();
        return std::nullopt;
    }
    const QLocale locale;
    const NumberFormat format = NumberFormat::fromLocale(locale);
    Product p = m_original;
    p.sku = m_sku->text().trimmed();
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText();
    p.categoryId = m_category->currentCategoryId();
    p.unit = Unit(m_unit->currentData().toInt());
    p.listPrice = m_price->text().trimmed().isEmpty() ? Money(0, currency())
                                                      : *Money::parse(m_price->text(), currency(), format);
    p.salePrice = m_salePrice->text().trimmed().isEmpty()
                      ? std::nullopt
                      : std::optional<Money>(*Money::parse(m_salePrice->text(), currency(), format));
    if (m_actor.can(Permission::ViewCosts)) {
        p.cost = m_cost->text().trimmed().isEmpty()
                     ? std::nullopt
                     : std::optional<Money>(*Money::parse(m_cost->text(), currency(), format));
    }
    p.vatRateBp = *ProductText::parseVatRate(m_vat->currentText(), locale);
    p.weightGrams = *ProductText::parseWeightKg(m_weight->text(), locale);
    p.parentId = m_parentId;
    p.attributes.clear();
    if (!p.parentId.isNull()) {
        for (int row = 0; row < m_attributes->rowCount(); ++row) {
            const QString name =
                m_attributes->item(row, 0) ? m_attributes->item(row, 0)->text().trimmed() : QString();
            const QString value =
                m_attributes->item(row, 1) ? m_attributes->item(row, 1)->text().trimmed() : QString();
            if (!name.isEmpty())
                p.attributes.append({name, value});
        }
    }
    p.barcodes.clear();
    for (int row = 0; row < m_barcodes->count(); ++row) {
        const QListWidgetItem* item = m_barcodes->item(row);
        p.barcodes.append(
            Barcode{item->data(BarcodeRole).toString(), BarcodeKind(item->data(BarcodeKindRole).toInt())});
    }
    return p;
}

void ProductEditor::addBarcode()
{
    const QString text = m_barcodeInput->text().trimmed();
    if (text.isEmpty())
        return;
    auto barcode = Barcodes::validate(text, m_barcodeInternal->isChecked());
    if (!barcode) {
        setError(m_barcodeError, barcode.error().message);
        return;
    }
    for (int row = 0; row < m_barcodes->count(); ++row) {
        if (m_barcodes->item(row)->data(BarcodeRole).toString() == barcode->code) {
            setError(m_barcodeError, tr("The barcode %1 is already in the list.").arg(barcode->code));
            return;
        }
    }
    auto* item = new QListWidgetItem(barcodeItemText(*barcode), m_barcodes);
    item->setData(BarcodeRole, barcode->code);
    item->setData(BarcodeKindRole, int(barcode->kind));
    m_barcodeInput->clear();
    m_barcodeInternal->setChecked(false);
    setError(m_barcodeError, {});
    onFieldChanged();
}

void ProductEditor::removeBarcode()
{
    const int row = m_barcodes->currentRow();
    if (row < 0)
        return;
    delete m_barcodes->takeItem(row);
    onFieldChanged();
}

// ---- commands -----------------------------------------------------------------------------------

void ProductEditor::showServiceError(const Error& error)
{
    setError(m_serviceError, error.toString());
    // Point at the field the service complained about, when we know it.
    const std::pair<const char*, QWidget*> fields[] = {{"SKU", m_sku},
                                                       {"Name", m_name},
                                                       {"Price", m_price},
                                                       {"Sale price", m_salePrice},
                                                       {"Cost", m_cost},
                                                       {"VAT", m_vat},
                                                       {"Weight", m_weight},
                                                       {"Category", m_category},
                                                       {"Variant of", m_parentPicker},
                                                       {"Barcode", m_barcodeInput},
                                                       {"Attributes", m_attributes}};
    for (const auto& [name, widget] : fields) {
        if (error.field == QCoreApplication::translate("kontor::ProductService", name) ||
            error.field == QCoreApplication::translate("kontor::Barcodes", name)) {
            widget->setFocus();
            break;
        }
    }
}

bool ProductEditor::save()
{
    if (!canSave())
        return false;
    auto product = productFromFields();
    if (!product)
        return false;
    ProductFields fields = AllProductFields;
    // Archiving has its own button; the sale price is not edited here.
    fields &= ~ProductFields(ProductField::Archived);
    fields &= ~ProductFields(ProductField::SalePrice);
    if (!m_actor.can(Permission::EditPrices))
        fields &= ~(ProductFields(ProductField::ListPrice) | ProductField::Cost);
    auto result = m_mode == Mode::New ? m_service.create(m_actor, *product)
                                      : m_service.update(m_actor, *product, fields);
    if (!result) {
        showServiceError(result.error());
        return false;
    }
    const Product saved = *result;
    setProduct(saved);
    Q_EMIT this->saved(saved);
    return true;
}

void ProductEditor::revert()
{
    if (m_mode == Mode::Existing) {
        auto fresh = m_service.product(m_actor, m_original.id);
        load(fresh ? *fresh : m_original, Mode::Existing);
    } else if (m_mode == Mode::New) {
        load(m_original, Mode::New);
    }
}

void ProductEditor::toggleArchived()
{
    if (m_mode != Mode::Existing)
        return;
    const bool archive = !m_original.archived;
    if (auto ok = m_service.setArchived(m_actor, m_original.id, archive); !ok) {
        MessageBox::warning(this, archive ? tr("Archive product") : tr("Restore product"),
                            ok.error().toString());
        return;
    }
    if (m_dirty) {
        // Keep the unsaved edits; only the stored state changed.
        m_original.archived = archive;
        updateButtons();
        Q_EMIT stateChanged();
    } else if (auto fresh = m_service.product(m_actor, m_original.id)) {
        setProduct(*fresh);
    }
}

bool ProductEditor::deleteProduct()
{
    if (m_mode != Mode::Existing || m_hasHistory)
        return false;
    const auto answer = MessageBox::question(
        this, tr("Delete product"),
        tr("Delete %1 (%2) for good? This cannot be undone.").arg(m_original.sku, m_original.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const Id id = m_original.id;
    if (auto ok = m_service.remove(m_actor, id); !ok) {
        MessageBox::warning(this, tr("Delete product"), ok.error().toString());
        return false;
    }
    clear();
    Q_EMIT deleted(id);
    return true;
}

bool ProductEditor::confirmLeave()
{
    if (!m_dirty)
        return true;
    const QString what = m_mode == Mode::New ? tr("the new product") : m_original.sku;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to %1?").arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        setDirty(false);
        return true;
    }
    return false;
}

} // namespace kontor

#include "PurchaseOrderEditor.h"

#include "PurchaseText.h"
#include "catalog/ProductService.h"
#include "common/Decimal.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "orders/OrderText.h"
#include "products/ProductSearchField.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierService.h"
#include "purchasing/SupplierSla.h"
#include "stock/LocationCombo.h"
#include "stock/StockService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace kontor {

namespace {

// Enter in the product picker chooses a product; it must not also press Save.
class EnterKeeper : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                if (auto* field = qobject_cast<QLineEdit*>(watched))
                    Q_EMIT field->returnPressed();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

QTableWidgetItem* fixedItem(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* editableItem(const QString& text, bool editable)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable)
        flags |= Qt::ItemIsEditable;
    item->setFlags(flags);
    return item;
}

QLabel* figureLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The smallest quantity the contract takes for the product: its minimum, in whole packs.
Quantity defaultQuantity(const ContractPrice* price)
{
    qint64 milli = Quantity::One;
    if (price) {
        milli = std::max(milli, price->minQuantity.milli());
        const qint64 pack = price->packSize.milli();
        if (pack > 0)
            milli = (milli + pack - 1) / pack * pack;
    }
    return Quantity::fromMilli(milli);
}

} // namespace

PurchaseOrderEditor::PurchaseOrderEditor(Services services, Actor actor, const Id& poId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_title(new QLabel)
    , m_supplier(new QComboBox)
    , m_orderedOn(new QDateEdit)
    , m_location(new LocationCombo(services.stock, m_actor))
    , m_note(new QLineEdit)
    , m_contractInfo(new QLabel)
    , m_lines(new QTableWidget(0, ColumnCount))
    , m_picker(new ProductSearchField(services.products, m_actor))
    , m_removeLine(new QPushButton(tr("&Remove line")))
    , m_subtotal(figureLabel(u"subtotalLabel"_qs))
    , m_discountLabel(new QLabel)
    , m_discount(figureLabel(u"discountLabel"_qs))
    , m_total(figureLabel(u"totalLabel"_qs))
    , m_nextTier(new QLabel)
    , m_error(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_close(new QPushButton(tr("Cancel")))
{
    resize(980, 680);

    // ---- load ----
    PurchaseOrder po;
    QString loadError;
    if (!poId.isNull()) {
        auto loaded = services.purchases.purchaseOrder(m_actor, poId);
        if (loaded)
            po = *loaded;
        else
            loadError = loaded.error().message;
    } else {
        po.orderedOn = services.purchases.today();
        po.currency = services.products.currency();
    }
    m_readOnly = !m_actor.can(Permission::ManagePurchases) || po.status != PoStatus::Draft ||
                 (!poId.isNull() && po.id.isNull());

    m_title->setObjectName(u"poTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // ---- header ----
    m_supplier->setObjectName(u"supplierCombo"_qs);
    m_supplier->setMinimumContentsLength(28);
    m_supplier->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    PurchaseText::fillSuppliers(m_supplier, services.suppliers, m_actor, tr("Choose a supplier…"));
    m_orderedOn->setObjectName(u"orderedOnEdit"_qs);
    m_orderedOn->setCalendarPopup(true);
    m_orderedOn->setToolTip(tr("The contract valid on this day gives the prices and terms"));
    m_location->setObjectName(u"locationCombo"_qs);
    m_location->setLocationFilter([](const Location& l) { return l.kind == LocationKind::Storage; });
    m_location->setToolTip(tr("Where the goods are received (and where the supplier delivers)"));
    m_note->setObjectName(u"noteEdit"_qs);
    m_note->setPlaceholderText(tr("Printed on the PO for the supplier"));
    m_contractInfo->setObjectName(u"contractInfo"_qs);
    m_contractInfo->setWordWrap(true);
    m_contractInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    left->addRow(tr("S&upplier:"), m_supplier);
    left->addRow(tr("N&ote:"), m_note);
    right->addRow(tr("&Ordered on:"), m_orderedOn);
    right->addRow(tr("Recei&ve at:"), m_location);
    auto* header = new QHBoxLayout;
    header->addLayout(left, 3);
    header->addSpacing(16);
    header->addLayout(right, 2);

    // ---- lines ----
    m_lines->setObjectName(u"linesTable"_qs);
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Name"), tr("Supplier SKU"), tr("Quantity"), tr("Unit price"), tr("Value")});
    m_lines->horizontalHeaderItem(UnitPrice)->setToolTip(
        tr("The contract's price; a price typed by hand is kept and flagged"));
    for (int column = Quantity; column < ColumnCount; ++column)
        m_lines->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 10);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_lines->setAlternatingRowColors(true);
    m_lines->setWordWrap(false);
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    QHeaderView* lineHeader = m_lines->horizontalHeader();
    lineHeader->setHighlightSections(false);
    lineHeader->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    lineHeader->setSectionResizeMode(Name, QHeaderView::Stretch);
    const int charWidth = m_lines->fontMetrics().averageCharWidth();
    const int sumWidth =
        m_lines->fontMetrics().horizontalAdvance(OrderText::money(99999999, services.products.currency())) +
        2 * charWidth + 12;
    const QList<std::pair<int, int>> widths{{Sku, charWidth * 14},
                                            {SupplierSku, charWidth * 14},
                                            {Quantity, charWidth * 10},
                                            {UnitPrice, sumWidth + 20},
                                            {Value, sumWidth}};
    for (const auto& [column, width] : widths) {
        const int needed =
            lineHeader->fontMetrics().horizontalAdvance(m_lines->horizontalHeaderItem(column)->text()) +
            2 * charWidth + 12;
        lineHeader->resizeSection(column, std::max(width, needed));
    }
    m_lines->setMinimumHeight(m_lines->verticalHeader()->defaultSectionSize() * 6 +
                              lineHeader->sizeHint().height());
    m_picker->setObjectName(u"productPicker"_qs);
    m_picker->setClearOnChoose(true);
    m_picker->setPlaceholderText(tr("Add a product: type a SKU, name or barcode"));
    m_picker->installEventFilter(new EnterKeeper(this));
    m_removeLine->setObjectName(u"removeLineButton"_qs);
    m_removeLine->setAutoDefault(false);
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_removeLine);
    auto* linesBox = new QGroupBox(tr("Lines"));
    auto* linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addWidget(m_contractInfo);
    linesLayout->addWidget(m_lines, 1);
    linesLayout->addLayout(pickRow);

    // ---- totals ----
    auto* totals = new QGridLayout;
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    auto* totalName = new QLabel(tr("Total:"));
    totalName->setFont(bold);
    m_discountLabel->setObjectName(u"discountName"_qs);
    m_nextTier->setObjectName(u"nextTierLabel"_qs);
    m_nextTier->setEnabled(false);
    m_nextTier->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totals->addWidget(new QLabel(tr("Subtotal:")), 0, 0);
    totals->addWidget(m_subtotal, 0, 1);
    totals->addWidget(m_discountLabel, 1, 0);
    totals->addWidget(m_discount, 1, 1);
    totals->addWidget(totalName, 2, 0);
    totals->addWidget(m_total, 2, 1);
    totals->addWidget(m_nextTier, 3, 0, 1, 2);
    totals->setColumnMinimumWidth(1, sumWidth);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addLayout(totals);

    // ---- buttons ----
    m_error->setObjectName(u"errorLabel"_qs);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, OrderText::warningColor());
    m_error->setPalette(errorPalette);
    m_error->setText(loadError);
    m_error->setVisible(!loadError.isEmpty());
    m_save->setObjectName(u"saveButton"_qs);
    m_close->setObjectName(u"closeButton"_qs);
    m_save->setDefault(true);
    m_close->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addWidget(linesBox, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // ---- wiring ----
    connect(m_save, &QPushButton::clicked, this, &PurchaseOrderEditor::accept);
    connect(m_close, &QPushButton::clicked, this, &PurchaseOrderEditor::reject);
    connect(m_picker, &ProductSearchField::productChosen, this,
            [this](const ProductListEntry& entry) { addProduct(entry.id); });
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_lines->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : rows)
            removeLine(row);
    });
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling)
            onItemChanged(item->row(), item->column());
    });
    connect(m_lines->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeLine->setEnabled(!m_readOnly && m_lines->selectionModel()->hasSelection()); });
    connect(m_supplier, &QComboBox::currentIndexChanged, this, &PurchaseOrderEditor::onSupplierChosen);
    connect(m_orderedOn, &QDateEdit::dateChanged, this, &PurchaseOrderEditor::onDateChanged);
    connect(m_location, &LocationCombo::choiceChanged, this, &PurchaseOrderEditor::markDirty);
    connect(m_note, &QLineEdit::textChanged, this, &PurchaseOrderEditor::markDirty);

    load(po);
    if (m_readOnly)
        setReadOnlyMode();
    m_removeLine->setEnabled(false);
    if (!m_readOnly)
        (isNew() ? static_cast<QWidget*>(m_supplier) : m_picker)->setFocus();
}

// ---- loading ------------------------------------------------------------------------------------

void PurchaseOrderEditor::load(const PurchaseOrder& po)
{
    m_filling = true;
    m_order = po;
    if (po.id.isNull()) {
        m_title->setText(tr("New purchase order"));
        setWindowTitle(tr("New purchase order"));
    } else {
        m_title->setText(
            tr("Purchase order %1 · %2").arg(po.number, PurchasingKinds::poStatusName(po.status)));
        setWindowTitle(tr("Purchase order %1").arg(po.number));
    }
    if (!po.supplierId.isNull()) {
        int index = m_supplier->findData(QVariant::fromValue(po.supplierId));
        if (index < 0) {
            // An archived supplier still shows on its own POs.
            m_supplier->addItem(po.supplierName, QVariant::fromValue(po.supplierId));
            index = m_supplier->count() - 1;
        }
        m_supplier->setCurrentIndex(index);
    }
    m_orderedOn->setDate(po.orderedOn.isValid() ? po.orderedOn : m_services.purchases.today());
    m_location->setCurrentLocationId(po.locationId.isNull() ? StockService::mainLocationId() : po.locationId);
    m_note->setText(po.note);
    loadContract();
    m_rows.clear();
    m_lines->setRowCount(0);
    for (const PoLine& l : po.lines) {
        Row row{l, std::nullopt, QString()};
        if (m_contract) {
            if (const ContractPrice* price = m_contract->priceOf(l.productId))
                row.contractPrice = price->price;
        }
        m_rows.append(row);
        appendRow(row);
    }
    m_filling = false;
    recompute();
    m_dirty = false;
}

void PurchaseOrderEditor::loadContract()
{
    m_contract.reset();
    const Id supplierId = m_supplier->currentData().value<Id>();
    if (supplierId.isNull()) {
        m_contractInfo->setText(
            tr("Choose the supplier: the contract valid on the order date gives the prices."));
        return;
    }
    auto contract = m_services.suppliers.contractOn(m_actor, supplierId, m_orderedOn->date());
    if (!contract) {
        m_contractInfo->setText(contract.error().message);
        return;
    }
    if (!*contract) {
        m_contractInfo->setText(tr("No contract with %1 is valid on %2: type the prices by hand; no lead "
                                   "time or penalties apply.")
                                    .arg(m_supplier->currentText(), PurchaseText::date(m_orderedOn->date())));
        return;
    }
    m_contract = **contract;
    const Contract& c = *m_contract;
    QStringList parts{tr("Contract %1").arg(c.number)};
    parts.append(PurchaseText::leadTimeClause(c.terms));
    if (c.minOrderValue > 0)
        parts.append(tr("minimum order %1").arg(OrderText::money(c.minOrderValue, c.currency)));
    if (c.prepaymentBp > 0)
        parts.append(tr("prepayment %1").arg(PurchaseText::percent(c.prepaymentBp)));
    if (!c.discounts.isEmpty()) {
        QStringList tiers;
        for (const VolumeDiscount& d : c.discounts)
            tiers.append(
                tr("%1 from %2")
                    .arg(PurchaseText::percent(d.discountBp), OrderText::money(d.minValue, c.currency)));
        parts.append(tr("volume discount %1").arg(tiers.join(u", "_qs)));
    }
    if (!c.deliverySchedule.isEmpty())
        parts.append(tr("deliveries %1").arg(c.deliverySchedule));
    m_contractInfo->setText(parts.join(u"; "_qs) + u"."_qs);
}

void PurchaseOrderEditor::appendRow(const Row& r)
{
    const QLocale locale;
    const int row = m_lines->rowCount();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_lines->insertRow(row);
    m_lines->setItem(row, Sku, fixedItem(r.line.sku));
    auto* name = fixedItem(r.line.name);
    name->setToolTip(r.line.name);
    m_lines->setItem(row, Name, name);
    m_lines->setItem(row, SupplierSku, fixedItem(r.line.supplierSku));
    m_lines->setItem(row, Quantity, editableItem(r.line.quantity.toLocaleString(locale), !m_readOnly));
    m_lines->setItem(
        row, UnitPrice,
        editableItem(OrderText::moneyNumber(r.line.unitPrice, m_order.currency, locale), !m_readOnly));
    m_lines->setItem(row, Value, fixedItem(QString(), true));
    m_filling = wasFilling;
}

// ---- header changes -----------------------------------------------------------------------------

void PurchaseOrderEditor::onSupplierChosen()
{
    if (m_filling || m_readOnly)
        return;
    const Id supplierId = m_supplier->currentData().value<Id>();
    if (!supplierId.isNull() && isNew()) {
        // A new PO takes the supplier's currency and the contract's; the form keeps its choices.
        if (auto draft = m_services.purchases.newDraft(m_actor, supplierId)) {
            m_order.currency = draft->currency;
            m_order.supplierId = supplierId;
        } else {
            showError(draft.error().message);
        }
    }
    loadContract();
    repriceAll();
    markDirty();
}

void PurchaseOrderEditor::onDateChanged()
{
    if (m_filling || m_readOnly)
        return;
    loadContract();
    repriceAll();
    markDirty();
}

PurchaseOrder PurchaseOrderEditor::context() const
{
    PurchaseOrder po = m_order;
    po.supplierId = m_supplier->currentData().value<Id>();
    po.supplierName = m_supplier->currentText();
    po.orderedOn = m_orderedOn->date();
    po.locationId = m_location->currentLocationId();
    po.note = m_note->text().trimmed();
    return po;
}

// ---- lines --------------------------------------------------------------------------------------

bool PurchaseOrderEditor::setSupplier(const Id& supplierId)
{
    const int index = m_supplier->findData(QVariant::fromValue(supplierId));
    if (index < 0 || m_readOnly)
        return false;
    m_supplier->setCurrentIndex(index);
    return true;
}

bool PurchaseOrderEditor::isManualPrice(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].line.manualPrice;
}

bool PurchaseOrderEditor::addProduct(const Id& productId, std::optional<kontor::Quantity> quantity)
{
    if (m_readOnly)
        return false;
    if (m_supplier->currentData().value<Id>().isNull()) {
        showError(tr("Choose the supplier first: the prices come from its contract."));
        return false;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].line.productId == productId) {
            const kontor::Quantity step =
                quantity.value_or(defaultQuantity(m_contract ? m_contract->priceOf(productId) : nullptr));
            auto current = quantityAt(row, nullptr);
            setQuantityText(row, (current.value_or(kontor::Quantity()) + step).toLocaleString());
            m_lines->setCurrentCell(row, Quantity);
            return true;
        }
    }
    const kontor::Quantity q =
        quantity.value_or(defaultQuantity(m_contract ? m_contract->priceOf(productId) : nullptr));
    Row row;
    auto line = m_services.purchases.lineFor(m_actor, context(), productId, q);
    if (!line) {
        // Refused for this quantity (minimum, pack): the line is added with the reason, to fix there.
        auto product = m_services.products.product(m_actor, productId);
        if (!product) {
            showError(line.error().message);
            return false;
        }
        row.line.productId = productId;
        row.line.sku = product->sku;
        row.line.name = product->name;
        row.line.unit = Units::code(product->unit);
        row.line.quantity = q;
        row.line.manualPrice = true;
        row.problem = line.error().message;
    } else {
        row.line = *line;
        if (!line->manualPrice)
            row.contractPrice = line->unitPrice;
    }
    if (m_contract && !row.contractPrice) {
        if (const ContractPrice* price = m_contract->priceOf(productId)) {
            row.contractPrice = price->price;
            row.line.unitPrice = price->price;
            row.line.supplierSku = price->supplierSku;
            row.line.manualPrice = false;
        }
    }
    m_rows.append(row);
    appendRow(row);
    m_lines->setCurrentCell(int(m_rows.size()) - 1, Quantity);
    markDirty();
    recompute();
    return true;
}

void PurchaseOrderEditor::removeLine(int row)
{
    if (m_readOnly || row < 0 || row >= m_rows.size())
        return;
    m_rows.removeAt(row);
    m_lines->removeRow(row);
    markDirty();
    recompute();
}

void PurchaseOrderEditor::setQuantityText(int row, const QString& text)
{
    if (QTableWidgetItem* item = m_lines->item(row, Quantity); item && (item->flags() & Qt::ItemIsEditable))
        item->setText(text);
}

void PurchaseOrderEditor::setPriceText(int row, const QString& text)
{
    if (QTableWidgetItem* item = m_lines->item(row, UnitPrice); item && (item->flags() & Qt::ItemIsEditable))
        item->setText(text);
}

void PurchaseOrderEditor::repriceRow(int row)
{
    Row& r = m_rows[row];
    auto q = quantityAt(row, nullptr);
    if (!q)
        return;
    auto line = m_services.purchases.lineFor(m_actor, context(), r.line.productId, *q);
    if (!line) {
        r.problem = line.error().message;
        return;
    }
    r.problem.clear();
    r.line.supplierSku = line->supplierSku;
    const bool typedByHand = r.line.manualPrice && r.contractPrice.has_value();
    r.contractPrice = line->manualPrice ? std::nullopt : std::optional<qint64>(line->unitPrice);
    // A price the user typed stays theirs; otherwise the contract (or its absence) decides.
    if (!typedByHand && r.contractPrice) {
        r.line.unitPrice = *r.contractPrice;
        r.line.manualPrice = false;
    } else if (!r.contractPrice) {
        r.line.manualPrice = true;
    } else {
        r.line.manualPrice = r.line.unitPrice != *r.contractPrice;
    }
    const bool wasFilling = m_filling;
    m_filling = true;
    m_lines->item(row, SupplierSku)->setText(r.line.supplierSku);
    m_lines->item(row, UnitPrice)->setText(OrderText::moneyNumber(r.line.unitPrice, m_order.currency));
    m_filling = wasFilling;
}

void PurchaseOrderEditor::repriceAll()
{
    for (int row = 0; row < m_rows.size(); ++row)
        repriceRow(row);
    recompute();
}

void PurchaseOrderEditor::onItemChanged(int row, int column)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (column == Quantity) {
        repriceRow(row);
    } else if (column == UnitPrice) {
        auto price = priceAt(row, nullptr);
        if (price) {
            Row& r = m_rows[row];
            r.line.unitPrice = *price;
            r.line.manualPrice = !r.contractPrice || *price != *r.contractPrice;
            // "50" reads back as "50.00".
            const QString text = OrderText::moneyNumber(*price, m_order.currency);
            if (m_lines->item(row, column)->text() != text) {
                m_filling = true;
                m_lines->item(row, column)->setText(text);
                m_filling = false;
            }
        }
    } else {
        return;
    }
    markDirty();
    recompute();
}

std::optional<kontor::Quantity> PurchaseOrderEditor::quantityAt(int row, QString* problem) const
{
    const QTableWidgetItem* item = m_lines->item(row, Quantity);
    auto q = kontor::Quantity::parse(item ? item->text().trimmed() : QString(),
                                     NumberFormat::fromLocale(QLocale()));
    if (!q) {
        if (problem)
            *problem = tr("Line %1: %2").arg(row + 1).arg(q.error().message);
        return std::nullopt;
    }
    if (q->milli() <= 0) {
        if (problem)
            *problem = tr("Line %1: the quantity must be more than zero.").arg(row + 1);
        return std::nullopt;
    }
    return *q;
}

std::optional<qint64> PurchaseOrderEditor::priceAt(int row, QString* problem) const
{
    const QTableWidgetItem* item = m_lines->item(row, UnitPrice);
    auto price = OrderText::parseMoney(item ? item->text() : QString(), m_order.currency);
    if (!price) {
        if (problem)
            *problem = tr("Line %1, price: %2").arg(row + 1).arg(price.error().message);
        return std::nullopt;
    }
    return *price;
}

std::optional<PurchaseOrder> PurchaseOrderEditor::formOrder() const
{
    PurchaseOrder po = context();
    po.lines.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        PoLine l = m_rows[row].line;
        auto q = quantityAt(row, nullptr);
        auto price = priceAt(row, nullptr);
        if (!q || !price)
            return std::nullopt;
        l.quantity = *q;
        l.unitPrice = *price;
        po.lines.append(l);
    }
    po.discountBp = m_contract ? m_contract->discountFor(po.subtotal()) : 0;
    return po;
}

void PurchaseOrderEditor::recompute()
{
    const QLocale locale;
    const QString currency = m_order.currency;
    const bool wasFilling = m_filling;
    m_filling = true;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QString firstProblem;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows[row];
        QString qProblem;
        QString pProblem;
        auto q = quantityAt(row, &qProblem);
        auto price = priceAt(row, &pProblem);
        if (qProblem.isEmpty() && !r.problem.isEmpty())
            qProblem = tr("Line %1: %2").arg(row + 1).arg(r.problem);
        QTableWidgetItem* quantityItem = m_lines->item(row, Quantity);
        quantityItem->setForeground(qProblem.isEmpty() ? QBrush() : QBrush(OrderText::warningColor()));
        quantityItem->setToolTip(qProblem);
        QTableWidgetItem* priceItem = m_lines->item(row, UnitPrice);
        priceItem->setForeground(pProblem.isEmpty() ? QBrush() : QBrush(OrderText::warningColor()));
        if (!pProblem.isEmpty()) {
            priceItem->setToolTip(pProblem);
            priceItem->setIcon(QIcon());
        } else if (r.line.manualPrice) {
            priceItem->setIcon(warning);
            priceItem->setToolTip(
                r.contractPrice ? tr("Typed by hand: the contract's price is %1")
                                      .arg(OrderText::money(*r.contractPrice, currency, locale))
                                : (m_contract ? tr("Typed by hand: contract %1 has no price for this product")
                                                    .arg(m_contract->number)
                                              : tr("Typed by hand: no contract is valid on the order date")));
        } else {
            priceItem->setIcon(QIcon());
            priceItem->setToolTip(m_contract ? tr("The price of contract %1").arg(m_contract->number)
                                             : QString());
        }
        for (const QString& problem : {qProblem, pProblem}) {
            if (firstProblem.isEmpty() && !problem.isEmpty())
                firstProblem = problem;
        }
        m_lines->item(row, Value)
            ->setText(q && price ? OrderText::money(SupplierSla::valueOf(*q, *price), currency, locale)
                                 : QString());
    }
    m_filling = wasFilling;

    const std::optional<PurchaseOrder> po = formOrder();
    if (po) {
        m_subtotal->setText(OrderText::money(po->subtotal(), currency, locale));
        m_discountLabel->setText(
            po->discountBp > 0 ? tr("Volume discount %1:").arg(PurchaseText::percent(po->discountBp, locale))
                               : tr("Volume discount:"));
        m_discount->setText(po->discount() > 0 ? u"−"_qs + OrderText::money(po->discount(), currency, locale)
                                               : OrderText::money(0, currency, locale));
        m_total->setText(OrderText::money(po->total(), currency, locale));
        // The next tier of the contract, so the buyer sees what a little more would save.
        QString next;
        if (m_contract) {
            const qint64 subtotal = po->subtotal();
            std::optional<VolumeDiscount> tier;
            for (const VolumeDiscount& d : m_contract->discounts) {
                if (d.minValue > subtotal && d.discountBp > po->discountBp &&
                    (!tier || d.minValue < tier->minValue))
                    tier = d;
            }
            if (tier)
                next = tr("%1 more for a %2 discount")
                           .arg(OrderText::money(tier->minValue - subtotal, currency, locale),
                                PurchaseText::percent(tier->discountBp, locale));
            if (m_contract->minOrderValue > 0 && po->total() < m_contract->minOrderValue)
                next = tr("Below the contract's minimum order of %1: it cannot be sent yet")
                           .arg(OrderText::money(m_contract->minOrderValue, currency, locale)) +
                       (next.isEmpty() ? QString() : u"; "_qs + next);
        }
        m_nextTier->setText(next);
        m_nextTier->setVisible(!next.isEmpty());
    } else {
        for (QLabel* label : {m_subtotal, m_discount, m_total})
            label->setText(u"—"_qs);
        m_nextTier->hide();
    }
    if (!m_readOnly) {
        showError(firstProblem);
        m_save->setEnabled(po.has_value() && firstProblem.isEmpty() && !po->supplierId.isNull());
    }
}

void PurchaseOrderEditor::setReadOnlyMode()
{
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_supplier, m_orderedOn, m_location, m_note, m_picker, m_removeLine})
        widget->setEnabled(false);
    m_picker->hide();
    m_removeLine->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_save->hide();
    m_close->setText(tr("Close"));
}

// ---- saving -------------------------------------------------------------------------------------

QString PurchaseOrderEditor::contractText() const
{
    return m_contractInfo->text();
}

QString PurchaseOrderEditor::subtotalText() const
{
    return m_subtotal->text();
}

QString PurchaseOrderEditor::discountText() const
{
    return m_discountLabel->text() + u' ' + m_discount->text();
}

QString PurchaseOrderEditor::totalText() const
{
    return m_total->text();
}

QString PurchaseOrderEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PurchaseOrderEditor::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PurchaseOrderEditor::markDirty()
{
    if (!m_filling && !m_readOnly)
        m_dirty = true;
}

bool PurchaseOrderEditor::save()
{
    if (m_readOnly)
        return false;
    recompute();
    if (!m_save->isEnabled())
        return false;
    const std::optional<PurchaseOrder> po = formOrder();
    if (!po)
        return false;
    auto saved =
        isNew() ? m_services.purchases.create(m_actor, *po) : m_services.purchases.updateDraft(m_actor, *po);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    // Lines now have ids and the number is known: show what was stored.
    load(*saved);
    return true;
}

void PurchaseOrderEditor::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    if (save())
        QDialog::accept();
}

void PurchaseOrderEditor::reject()
{
    if (m_dirty && !m_readOnly) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved purchase order"), tr("Save the changes to this purchase order?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (save())
                QDialog::accept();
            return;
        }
    }
    QDialog::reject();
}

} // namespace kontor

#include "KitDialog.h"

#include "ProductSearchField.h"
#include "catalog/ProductService.h"
#include "stock/StockText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace kontor {

namespace {

QColor errorColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

// Enter in the picker chooses a product; it must not also press Save.
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

bool sameComponents(QList<KitComponent> a, QList<KitComponent> b)
{
    if (a.size() != b.size())
        return false;
    const auto byId = [](const KitComponent& x, const KitComponent& y) {
        return x.componentId < y.componentId;
    };
    std::sort(a.begin(), a.end(), byId);
    std::sort(b.begin(), b.end(), byId);
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].componentId != b[i].componentId || a[i].quantity != b[i].quantity)
            return false;
    return true;
}

} // namespace

KitDialog::KitDialog(Services services, Actor actor, const Id& productId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_productId(productId)
    , m_title(new QLabel)
    , m_backorders(new QCheckBox(tr("Allow &backorders")))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_picker(new ProductSearchField(services.products, m_actor))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_hint(new QLabel)
    , m_availableLine(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Kit and stock settings"));
    setMinimumWidth(640);
    const bool canEdit = m_actor.can(Permission::EditCatalog);

    m_title->setObjectName(u"productTitle"_qs);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // ---- stock policy ----
    m_backorders->setObjectName(u"allowBackordersCheck"_qs);
    auto* backorderHint =
        new QLabel(tr("Orders may take more than is available; they wait unreserved until goods arrive."));
    backorderHint->setWordWrap(true);
    backorderHint->setEnabled(false); // the muted colour of secondary text
    backorderHint->setContentsMargins(m_backorders->style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                                          m_backorders->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing),
                                      0, 0, 0);
    auto* policyBox = new QGroupBox(tr("Stock policy"));
    auto* policyLayout = new QVBoxLayout(policyBox);
    policyLayout->setSpacing(2);
    policyLayout->addWidget(m_backorders);
    policyLayout->addWidget(backorderHint);

    // ---- kit components ----
    m_table->setObjectName(u"componentTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Per kit"), tr("Unit"), tr("Available")});
    m_table->horizontalHeaderItem(PerKit)->setToolTip(tr("How many of the component go into one kit"));
    m_table->horizontalHeaderItem(Available)->setToolTip(
        tr("On hand minus reserved at sellable locations, now"));
    m_table->horizontalHeaderItem(PerKit)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeaderItem(Available)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(canEdit
                                 ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                       QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
                                 : QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(Sku, charWidth * 14);
    header->resizeSection(PerKit, charWidth * 10);
    header->resizeSection(Unit, charWidth * 7);
    header->resizeSection(Available, charWidth * 14);
    for (int column : {Sku, PerKit, Unit, Available}) {
        const int needed =
            header->fontMetrics().horizontalAdvance(m_table->horizontalHeaderItem(column)->text()) +
            2 * charWidth + 12;
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6 +
                              header->sizeHint().height());

    m_picker->setObjectName(u"componentPicker"_qs);
    m_picker->setClearOnChoose(true);
    m_picker->setPlaceholderText(tr("Add a component: type a SKU, name or barcode"));
    m_picker->installEventFilter(new EnterKeeper(this));
    m_remove->setObjectName(u"removeComponentButton"_qs);
    m_remove->setAutoDefault(false);
    m_remove->setToolTip(tr("Remove the selected components from the kit"));
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_remove);

    m_hint->setObjectName(u"kitHint"_qs);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_availableLine->setObjectName(u"availableKitsLabel"_qs);
    m_availableLine->setWordWrap(true);
    QFont availableFont = m_availableLine->font();
    availableFont.setBold(true);
    m_availableLine->setFont(availableFont);

    auto* kitBox = new QGroupBox(tr("This product is a kit made of:"));
    auto* kitLayout = new QVBoxLayout(kitBox);
    kitLayout->addWidget(m_table, 1);
    kitLayout->addLayout(pickRow);
    kitLayout->addWidget(m_hint);
    kitLayout->addWidget(m_availableLine);

    m_error->setObjectName(u"serviceError"_qs);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, errorColor());
    m_error->setPalette(palette);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(policyBox);
    layout->addWidget(kitBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_backorders->setEnabled(canEdit);
    m_picker->setVisible(canEdit);
    m_remove->setVisible(canEdit);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(canEdit);
    if (!canEdit)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &KitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &ProductSearchField::productChosen, this,
            [this](const ProductListEntry& entry) { addComponent(entry.id); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : std::as_const(rows))
            removeRow(row);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == PerKit)
            revalidate();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(&services.stock, &StockService::stockChanged, this, [this] { refreshAvailability(); });

    load();
}

void KitDialog::load()
{
    auto product = m_services.products.product(m_actor, m_productId);
    if (!product) {
        m_title->setText(tr("Product not found"));
        showError(product.error().message);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_title->setText(ProductSearchField::displayText(product->sku, product->name));
    setWindowTitle(tr("Kit and stock settings: %1").arg(product->sku));

    auto backorders = m_services.stock.allowsBackorders(m_actor, m_productId);
    if (!backorders)
        showError(backorders.error().message);
    m_savedBackorders = backorders.value_or(false);
    m_backorders->setChecked(m_savedBackorders);

    auto components = m_services.stock.kitComponents(m_actor, m_productId);
    if (!components) {
        showError(components.error().message);
        return;
    }
    m_savedComponents = *components;
    for (const KitComponent& component : std::as_const(*components)) {
        auto part = m_services.products.product(m_actor, component.componentId);
        if (!part) {
            showError(part.error().message);
            continue;
        }
        auto available = m_services.stock.available(m_actor, part->id);
        appendRow(Row{part->id, part->sku, Units::code(part->unit), available.value_or(Quantity())},
                  part->name, component.quantity);
    }
    revalidate();
}

void KitDialog::appendRow(const Row& row, const QString& name, Quantity perKit)
{
    m_filling = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    const auto fixed = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        return item;
    };
    m_table->setItem(r, Sku, fixed(row.sku));
    m_table->setItem(r, Name, fixed(name));
    auto* quantity = new QTableWidgetItem(perKit.toLocaleString());
    quantity->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    quantity->setToolTip(tr("Double-click to change how many go into one kit"));
    m_table->setItem(r, PerKit, quantity);
    m_table->setItem(r, Unit, fixed(StockText::unitName(row.unitCode)));
    auto* available = fixed(row.available.toLocaleString());
    available->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(r, Available, available);
    m_rows.append(row);
    m_filling = false;
}

bool KitDialog::addComponent(const Id& componentId)
{
    if (componentId == m_productId) {
        showError(tr("A kit cannot contain itself."));
        return false;
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].id == componentId) {
            // Already listed: take the user to it rather than listing it twice.
            m_table->setCurrentCell(r, PerKit);
            m_table->editItem(m_table->item(r, PerKit));
            return false;
        }
    }
    auto part = m_services.products.product(m_actor, componentId);
    if (!part) {
        showError(part.error().message);
        return false;
    }
    auto inner = m_services.stock.kitComponents(m_actor, componentId);
    if (inner && !inner->isEmpty()) {
        showError(tr("%1 is a kit itself: add its components instead.").arg(part->sku));
        return false;
    }
    auto available = m_services.stock.available(m_actor, componentId);
    appendRow(Row{part->id, part->sku, Units::code(part->unit), available.value_or(Quantity())}, part->name,
              Quantity::fromUnits(1));
    showError({});
    revalidate();
    return true;
}

void KitDialog::setQuantityText(int row, const QString& text)
{
    m_table->item(row, PerKit)->setText(text);
}

void KitDialog::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_table->removeRow(row);
    m_rows.removeAt(row);
    revalidate();
}

std::optional<Quantity> KitDialog::quantityAt(int row, QString* problem) const
{
    const QString text = m_table->item(row, PerKit)->text().trimmed();
    const QString& sku = m_rows[row].sku;
    QString reason;
    std::optional<Quantity> result;
    if (auto quantity = Quantity::parse(text, NumberFormat::fromLocale(QLocale())); !quantity)
        reason = tr("%1: not a quantity; type a number such as %2.")
                     .arg(sku, Quantity::fromMilli(2500).toLocaleString());
    else if (quantity->milli() <= 0)
        reason = tr("%1: the quantity per kit must be more than zero.").arg(sku);
    else if (m_rows[row].unitCode == u"pcs" && !quantity->isWhole())
        reason = tr("%1 is counted in pieces: use a whole number.").arg(sku);
    else
        result = *quantity;
    if (problem)
        *problem = reason;
    return result;
}

std::optional<QList<KitComponent>> KitDialog::components() const
{
    QList<KitComponent> result;
    for (int r = 0; r < m_rows.size(); ++r) {
        auto quantity = quantityAt(r);
        if (!quantity)
            return std::nullopt;
        result.append(KitComponent{m_rows[r].id, *quantity});
    }
    return result;
}

std::optional<qint64> KitDialog::availableKits() const
{
    if (m_rows.isEmpty())
        return std::nullopt;
    qint64 kits = std::numeric_limits<qint64>::max();
    for (int r = 0; r < m_rows.size(); ++r) {
        auto quantity = quantityAt(r);
        if (!quantity)
            return std::nullopt;
        // The same rule as StockService::available: whole kits only, none from a shortage.
        kits = std::min(kits, std::max<qint64>(0, m_rows[r].available.milli()) / quantity->milli());
    }
    return kits;
}

QString KitDialog::availableText() const
{
    return m_availableLine->isVisibleTo(this) ? m_availableLine->text() : QString();
}

QString KitDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void KitDialog::refreshAvailability()
{
    m_filling = true;
    for (int r = 0; r < m_rows.size(); ++r) {
        auto available = m_services.stock.available(m_actor, m_rows[r].id);
        m_rows[r].available = available.value_or(Quantity());
        m_table->item(r, Available)->setText(m_rows[r].available.toLocaleString());
    }
    m_filling = false;
    revalidate();
}

void KitDialog::revalidate()
{
    QStringList problems;
    m_filling = true;
    for (int r = 0; r < m_rows.size(); ++r) {
        QString problem;
        const bool valid = quantityAt(r, &problem).has_value();
        QTableWidgetItem* item = m_table->item(r, PerKit);
        item->setForeground(valid ? m_table->palette().brush(QPalette::Text) : QBrush(errorColor()));
        item->setToolTip(valid ? tr("Double-click to change how many go into one kit") : problem);
        if (!valid)
            problems.append(problem);
        // Red when this component alone leaves no whole kit: the one to restock.
        const bool noWholeKit = valid && m_rows[r].available.milli() < quantityAt(r)->milli();
        m_table->item(r, Available)
            ->setForeground(noWholeKit ? QBrush(errorColor()) : m_table->palette().brush(QPalette::Text));
    }
    m_filling = false;

    if (m_rows.isEmpty()) {
        m_hint->setText(m_savedComponents.isEmpty()
                            ? tr("No components: this is a normal product with stock of its own. Add "
                                 "components to sell it as a bundle of other products.")
                            : tr("No components: once saved, this is a normal product again."));
        m_hint->show();
        m_availableLine->hide();
    } else {
        m_hint->setText(tr("A kit has no stock of its own: selling one ships its components."));
        m_hint->show();
        const auto kits = availableKits();
        QString text =
            kits ? tr("Available as kits: %1").arg(QLocale().toString(*kits)) : tr("Available as kits: —");
        if (kits && m_rows.size() > 1) {
            // Which component to restock for more kits.
            int limiting = 0;
            qint64 fewest = std::numeric_limits<qint64>::max();
            for (int r = 0; r < m_rows.size(); ++r) {
                const qint64 made = std::max<qint64>(0, m_rows[r].available.milli()) / quantityAt(r)->milli();
                if (made < fewest) {
                    fewest = made;
                    limiting = r;
                }
            }
            text = tr("%1 (limited by %2)").arg(text, m_rows[limiting].sku);
        }
        m_availableLine->setText(text);
        m_availableLine->show();
    }
    if (!problems.isEmpty())
        showError(problems.join(u'\n'));
    else if (m_errorFromQuantities)
        showError({});
    m_errorFromQuantities = !problems.isEmpty();
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
    if (QPushButton* save = saveButton())
        save->setEnabled(problems.isEmpty() && m_actor.can(Permission::EditCatalog));
}

void KitDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_errorFromQuantities = false;
}

QPushButton* KitDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void KitDialog::accept()
{
    if (!m_actor.can(Permission::EditCatalog))
        return;
    const auto wanted = components();
    if (!wanted) {
        revalidate();
        return;
    }
    if (!sameComponents(*wanted, m_savedComponents)) {
        if (auto ok = m_services.stock.setKitComponents(m_actor, m_productId, *wanted); !ok) {
            showError(ok.error().message);
            return;
        }
        m_savedComponents = *wanted;
    }
    if (m_backorders->isChecked() != m_savedBackorders) {
        if (auto ok = m_services.stock.setAllowBackorders(m_actor, m_productId, m_backorders->isChecked());
            !ok) {
            showError(ok.error().message);
            return;
        }
        m_savedBackorders = m_backorders->isChecked();
    }
    QDialog::accept();
}

} // namespace kontor

#include "NewCountDialog.h"

#include "catalog/ProductService.h"
#include "products/CategoryCombo.h"
#include "products/ProductSearchField.h"
#include "stock/CountService.h"
#include "stock/StockService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kontor {

namespace {
constexpr int PreviewDelayMs = 250;
constexpr int ProductIdRole = Qt::UserRole + 1;

QSpinBox* daysBox(int value)
{
    auto* box = new QSpinBox;
    box->setRange(1, 3650);
    box->setValue(value);
    return box;
}
} // namespace

NewCountDialog::NewCountDialog(CountService& counts, StockService& stock, ProductService& products,
                               Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_counts(counts)
    , m_stock(stock)
    , m_products(products)
    , m_actor(std::move(actor))
    , m_form(new QFormLayout)
    , m_name(new QLineEdit)
    , m_scope(new QComboBox)
    , m_warehouse(new QComboBox)
    , m_location(new QComboBox)
    , m_category(new CategoryCombo(products, m_actor, tr("Choose a category")))
    , m_cycleBox(new QWidget)
    , m_aDays(daysBox(30))
    , m_bDays(daysBox(90))
    , m_cDays(daysBox(365))
    , m_maxItems(new QSpinBox)
    , m_listBox(new QWidget)
    , m_productPicker(new ProductSearchField(products, m_actor))
    , m_productList(new QListWidget)
    , m_blind(new QCheckBox(tr("&Blind count: counters do not see the expected quantities")))
    , m_counters(new QLineEdit)
    , m_preview(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(u"newCountDialog"_qs);
    setWindowTitle(tr("New count"));

    m_name->setObjectName(u"countNameEdit"_qs);
    m_name->setPlaceholderText(tr("Optional, e.g. Year-end stocktake"));
    m_scope->setObjectName(u"scopeCombo"_qs);
    for (CountScope scope :
         {CountScope::Full, CountScope::Location, CountScope::Category, CountScope::Cycle, CountScope::List})
        m_scope->addItem(CountKinds::scopeName(scope), int(scope));
    m_scope->setItemData(0, tr("Every product at every location of the warehouse where stock can be counted"),
                         Qt::ToolTipRole);
    m_scope->setItemData(3, tr("The products due for a count: A items often, C items rarely"),
                         Qt::ToolTipRole);
    m_warehouse->setObjectName(u"warehouseCombo"_qs);
    m_location->setObjectName(u"locationCombo"_qs);
    m_location->setMinimumContentsLength(18);
    m_category->setObjectName(u"categoryCombo"_qs);

    // ---- cycle policy ----
    m_maxItems->setObjectName(u"maxItemsSpin"_qs);
    m_maxItems->setRange(0, 100000);
    m_maxItems->setSpecialValueText(tr("all due"));
    m_maxItems->setSuffix(tr(" items"));
    m_aDays->setObjectName(u"aDaysSpin"_qs);
    m_bDays->setObjectName(u"bDaysSpin"_qs);
    m_cDays->setObjectName(u"cDaysSpin"_qs);
    for (QSpinBox* box : {m_aDays, m_bDays, m_cDays})
        box->setSuffix(tr(" days"));
    auto* cycle = new QHBoxLayout(m_cycleBox);
    cycle->setContentsMargins(0, 0, 0, 0);
    cycle->addWidget(new QLabel(tr("A every")));
    cycle->addWidget(m_aDays);
    cycle->addWidget(new QLabel(tr("B every")));
    cycle->addWidget(m_bDays);
    cycle->addWidget(new QLabel(tr("C every")));
    cycle->addWidget(m_cDays);
    cycle->addSpacing(12);
    cycle->addWidget(new QLabel(tr("at most")));
    cycle->addWidget(m_maxItems);
    cycle->addStretch(1);
    m_cycleBox->setToolTip(
        tr("A product is due when it was never counted at a location, or its last count there "
           "is older than its ABC class allows. ABC: by revenue over the last 365 days."));

    // ---- chosen products ----
    m_productPicker->setObjectName(u"productPicker"_qs);
    m_productPicker->setPlaceholderText(tr("Add a product by name, SKU or barcode"));
    m_productPicker->setClearOnChoose(true);
    m_productList->setObjectName(u"productList"_qs);
    m_productList->setMaximumHeight(m_productList->fontMetrics().height() * 6);
    auto* remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(u"removeProductButton"_qs);
    remove->setAutoDefault(false);
    auto* list = new QVBoxLayout(m_listBox);
    list->setContentsMargins(0, 0, 0, 0);
    list->addWidget(m_productPicker);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_productList, 1);
    listRow->addWidget(remove, 0, Qt::AlignTop);
    list->addLayout(listRow);

    m_blind->setObjectName(u"blindCheck"_qs);
    m_counters->setObjectName(u"countersEdit"_qs);
    m_counters->setText(m_actor.name);
    m_counters->setPlaceholderText(tr("Names, separated by commas"));
    m_preview->setObjectName(u"previewLabel"_qs);
    m_preview->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start count"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"startCountButton"_qs);

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&What to count:"), m_scope);
    m_form->addRow(tr("&Warehouse:"), m_warehouse);
    m_form->addRow(tr("&Location:"), m_location);
    m_form->addRow(tr("&Category:"), m_category);
    m_form->addRow(tr("Cycle:"), m_cycleBox);
    m_form->addRow(tr("&Products:"), m_listBox);
    m_form->addRow(QString(), m_blind);
    m_form->addRow(tr("C&ounters:"), m_counters);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_preview);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(640);

    if (auto warehouses = m_stock.warehouses(m_actor)) {
        for (const Warehouse& w : *warehouses) {
            if (w.kind == WarehouseKind::Own)
                m_warehouse->addItem(StockService::displayName(w), QVariant::fromValue(w.id));
        }
    }
    reloadLocations();

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &NewCountDialog::startPreview);
    connect(&m_watcher, &QFutureWatcher<Preview>::finished, this,
            [this] { applyPreview(m_watcher.result()); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &NewCountDialog::updateFields);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, [this] {
        reloadLocations();
        schedulePreview();
    });
    connect(m_location, &QComboBox::currentIndexChanged, this, &NewCountDialog::schedulePreview);
    connect(m_category, &CategoryCombo::categoryChosen, this, &NewCountDialog::schedulePreview);
    for (QSpinBox* box : {m_aDays, m_bDays, m_cDays, m_maxItems})
        connect(box, &QSpinBox::valueChanged, this, &NewCountDialog::schedulePreview);
    connect(m_productPicker, &ProductSearchField::productChosen, this, [this](const ProductListEntry& entry) {
        addProduct(entry.id, ProductSearchField::displayText(entry.sku, entry.name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_productList->currentItem();
        schedulePreview();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

NewCountDialog::~NewCountDialog()
{
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

void NewCountDialog::reloadLocations()
{
    const Id keep = m_location->currentData().value<Id>();
    const Id warehouse = m_warehouse->currentData().value<Id>();
    const bool single = CountScope(m_scope->currentData().toInt()) == CountScope::Location;
    m_location->blockSignals(true);
    m_location->clear();
    if (!single)
        m_location->addItem(tr("All locations"), QVariant::fromValue(Id()));
    if (auto locations = m_stock.locations(m_actor)) {
        for (const Location& l : *locations) {
            const bool countable = l.kind == LocationKind::Storage || l.kind == LocationKind::Packing ||
                                   l.kind == LocationKind::Quarantine;
            if (countable && (warehouse.isNull() || l.warehouseId == warehouse))
                m_location->addItem(StockService::displayName(l), QVariant::fromValue(l.id));
        }
    }
    const int index = m_location->findData(QVariant::fromValue(keep));
    m_location->setCurrentIndex(std::max(0, index));
    m_location->blockSignals(false);
}

void NewCountDialog::updateFields()
{
    const CountScope scope = CountScope(m_scope->currentData().toInt());
    reloadLocations();
    m_form->setRowVisible(m_warehouse, m_warehouse->count() > 1);
    m_form->setRowVisible(m_category, scope == CountScope::Category);
    m_form->setRowVisible(m_cycleBox, scope == CountScope::Cycle);
    m_form->setRowVisible(m_listBox, scope == CountScope::List);
    adjustSize();
    schedulePreview();
}

CountSessionDraft NewCountDialog::draft() const
{
    CountSessionDraft d;
    d.name = m_name->text().trimmed();
    d.scope = CountScope(m_scope->currentData().toInt());
    d.warehouseId = m_warehouse->currentData().value<Id>();
    d.locationId = m_location->currentData().value<Id>();
    if (d.scope == CountScope::Category)
        d.categoryId = m_category->currentCategoryId();
    if (d.scope == CountScope::List) {
        for (int i = 0; i < m_productList->count(); ++i)
            d.productIds.append(m_productList->item(i)->data(ProductIdRole).value<Id>());
    }
    d.blind = m_blind->isChecked();
    for (const QString& name : m_counters->text().split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            d.counters.append(name.trimmed());
    }
    d.cycle = CyclePolicy{m_aDays->value(), m_bDays->value(), m_cDays->value(), m_maxItems->value()};
    return d;
}

void NewCountDialog::setScope(CountScope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void NewCountDialog::setLocation(const Id& locationId)
{
    m_location->setCurrentIndex(m_location->findData(QVariant::fromValue(locationId)));
}

void NewCountDialog::setCategory(const Id& categoryId)
{
    m_category->setCurrentCategoryId(categoryId);
    schedulePreview();
}

void NewCountDialog::addProduct(const Id& productId, const QString& text)
{
    for (int i = 0; i < m_productList->count(); ++i) {
        if (m_productList->item(i)->data(ProductIdRole).value<Id>() == productId)
            return;
    }
    auto* item = new QListWidgetItem(text, m_productList);
    item->setData(ProductIdRole, QVariant::fromValue(productId));
    schedulePreview();
}

void NewCountDialog::setBlind(bool blind)
{
    m_blind->setChecked(blind);
}

void NewCountDialog::setCounters(const QString& commaSeparated)
{
    m_counters->setText(commaSeparated);
}

QString NewCountDialog::previewText() const
{
    return m_preview->text();
}

void NewCountDialog::schedulePreview()
{
    ++m_generation;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_preview->setText(tr("Listing what to count…"));
    m_previewTimer->start();
}

void NewCountDialog::startPreview()
{
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([counts = &m_counts, actor = m_actor, draft = draft(), generation] {
        return Preview{counts->planItems(actor, draft), generation};
    }));
}

int NewCountDialog::previewNow()
{
    m_previewTimer->stop();
    m_watcher.waitForFinished();
    applyPreview(Preview{m_counts.planItems(m_actor, draft()), m_generation});
    return m_previewCount;
}

void NewCountDialog::applyPreview(const Preview& preview)
{
    if (preview.generation != m_generation)
        return; // the choice changed meanwhile; a newer preview follows
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!preview.items) {
        m_previewCount = -1;
        m_preview->setText(preview.items.error().message);
        ok->setEnabled(false);
        return;
    }
    QSet<Id> locations;
    for (const CountItem& item : *preview.items)
        locations.insert(item.locationId);
    m_previewCount = int(preview.items->size());
    const int places = int(locations.size());
    const QString items = m_previewCount == 1 ? tr("1 item") : tr("%Ln items", nullptr, m_previewCount);
    const QString where = places == 1 ? tr("1 location") : tr("%Ln locations", nullptr, places);
    m_preview->setText(m_previewCount == 0 ? tr("Nothing to count with this choice.")
                                           : tr("The count will list %1 at %2.").arg(items, where));
    // An empty list is allowed for a location: what is found there is counted as it is scanned.
    ok->setEnabled(m_previewCount > 0 || CountScope(m_scope->currentData().toInt()) == CountScope::Location);
}

} // namespace kontor

#include "LocationsDialog.h"

#include "LocationEditDialog.h"
#include "StockLocations.h"
#include "WarehouseDialog.h"
#include "common/MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int IsWarehouseRole = Qt::UserRole + 2;

enum Column
{
    NameColumn,
    KindColumn,
    CodeColumn,
    PriorityColumn,
    StatusColumn,
    ColumnCount
};

} // namespace

LocationsDialog::LocationsDialog(Services services, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_tree(new QTreeWidget)
    , m_showArchived(new QCheckBox(tr("Show &archived")))
    , m_newWarehouse(new QPushButton(tr("New &warehouse…")))
    , m_addLocation(new QPushButton(tr("Add &location…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_archive(new QPushButton(tr("Arc&hive")))
{
    setWindowTitle(tr("Warehouses and locations"));
    resize(820, 480);

    m_tree->setObjectName(u"locationTree"_qs);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Name"), tr("Kind"), tr("Code"), tr("Priority"), tr("Status")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(true);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    const int charWidth = m_tree->fontMetrics().averageCharWidth();
    header->resizeSection(KindColumn, charWidth * 16);
    header->resizeSection(CodeColumn, charWidth * 10);
    header->resizeSection(PriorityColumn, charWidth * 9);
    header->resizeSection(StatusColumn, charWidth * 10);
    m_tree->headerItem()->setTextAlignment(PriorityColumn, Qt::AlignRight | Qt::AlignVCenter);

    m_showArchived->setObjectName(u"showArchivedCheck"_qs);
    m_newWarehouse->setObjectName(u"newWarehouseButton"_qs);
    m_addLocation->setObjectName(u"addLocationButton"_qs);
    m_addLocation->setToolTip(tr("A new location in the selected warehouse"));
    m_edit->setObjectName(u"editLocationButton"_qs);
    m_archive->setObjectName(u"archiveLocationButton"_qs);
    const bool canManage = m_actor.can(Permission::ManageSettings);
    for (QPushButton* b : {m_newWarehouse, m_addLocation, m_edit, m_archive})
        b->setVisible(canManage);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_newWarehouse, m_addLocation, m_edit, m_archive})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* main = new QHBoxLayout;
    main->addWidget(m_tree, 1);
    main->addLayout(buttons);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    // Enter in the tree edits the location (itemActivated); it must not press a button as well.
    for (QPushButton* b :
         {m_newWarehouse, m_addLocation, m_edit, m_archive, close->button(QDialogButtonBox::Close)})
        b->setAutoDefault(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_showArchived);
    bottom->addStretch();
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addLayout(bottom);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showArchived, &QCheckBox::toggled, this, &LocationsDialog::reload);
    connect(m_newWarehouse, &QPushButton::clicked, this, &LocationsDialog::newWarehouse);
    connect(m_addLocation, &QPushButton::clicked, this, &LocationsDialog::addLocation);
    connect(m_edit, &QPushButton::clicked, this, &LocationsDialog::editLocation);
    connect(m_archive, &QPushButton::clicked, this, &LocationsDialog::toggleArchived);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LocationsDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this, canManage] {
        if (canManage && !currentIsWarehouse())
            editLocation();
    });
    connect(&services.stock, &StockService::locationsChanged, this, &LocationsDialog::reload);
    reload();
}

Id LocationsDialog::currentId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(NameColumn, IdRole).value<Id>() : Id();
}

bool LocationsDialog::currentIsWarehouse() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->data(NameColumn, IsWarehouseRole).toBool();
}

bool LocationsDialog::select(const Id& id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(NameColumn, IdRole).value<Id>() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void LocationsDialog::reload()
{
    const Id keep = currentId();
    m_tree->clear();
    auto loaded = StockLocations::load(m_services.stock, m_actor, m_showArchived->isChecked());
    if (!loaded) {
        MessageBox::warning(this, windowTitle(), loaded.error().message);
        return;
    }
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const Warehouse& w : loaded->warehouses()) {
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(NameColumn, StockService::displayName(w));
        top->setFont(NameColumn, bold);
        top->setText(KindColumn, w.kind == WarehouseKind::Marketplace ? tr("Marketplace warehouse (FBO)")
                                                                      : tr("Own warehouse"));
        top->setText(CodeColumn, w.code);
        top->setText(StatusColumn, w.archived ? tr("Archived") : QString());
        top->setData(NameColumn, IdRole, QVariant::fromValue(w.id));
        top->setData(NameColumn, IsWarehouseRole, true);
        for (const Location& l : loaded->locationsOf(w.id)) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(NameColumn, StockService::displayName(l));
            item->setText(KindColumn, StockKinds::locationKindName(l.kind));
            item->setText(CodeColumn, l.code);
            item->setText(PriorityColumn, QLocale().toString(l.priority));
            item->setTextAlignment(PriorityColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(StatusColumn, l.archived ? tr("Archived") : QString());
            item->setData(NameColumn, IdRole, QVariant::fromValue(l.id));
            item->setData(NameColumn, IsWarehouseRole, false);
            if (l.archived) {
                for (int column = 0; column < ColumnCount; ++column)
                    item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    m_tree->expandAll();
    for (int column = KindColumn; column < ColumnCount; ++column) {
        const int before = m_tree->header()->sectionSize(column);
        m_tree->resizeColumnToContents(column);
        m_tree->header()->resizeSection(column, std::max(before, m_tree->header()->sectionSize(column) + 12));
    }
    if (keep.isNull() || !select(keep))
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

void LocationsDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const bool location = item && !currentIsWarehouse();
    m_addLocation->setEnabled(item != nullptr);
    m_edit->setEnabled(location);
    m_archive->setEnabled(location);
    const bool archived = location && !item->text(StatusColumn).isEmpty();
    m_archive->setText(archived ? tr("Rest&ore") : tr("Arc&hive"));
    m_archive->setToolTip(archived
                              ? tr("Use the location again")
                              : tr("Hide the location from lists; only an empty location can be archived"));
}

void LocationsDialog::newWarehouse()
{
    WarehouseDialog dialog(m_services, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.created().id);
}

void LocationsDialog::addLocation()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const QTreeWidgetItem* top = item->parent() ? item->parent() : item;
    const Id warehouseId = top->data(NameColumn, IdRole).value<Id>();
    auto warehouses = m_services.stock.warehouses(m_actor, true);
    if (!warehouses) {
        MessageBox::warning(this, windowTitle(), warehouses.error().message);
        return;
    }
    auto it = std::find_if(warehouses->cbegin(), warehouses->cend(),
                           [&](const Warehouse& w) { return w.id == warehouseId; });
    if (it == warehouses->cend())
        return;
    LocationEditDialog dialog(m_services, m_actor, *it, this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.location().id);
}

void LocationsDialog::editLocation()
{
    if (currentIsWarehouse() || currentId().isNull())
        return;
    auto location = m_services.stock.location(m_actor, currentId());
    if (!location) {
        MessageBox::warning(this, windowTitle(), location.error().message);
        return;
    }
    LocationEditDialog dialog(m_services, m_actor, *location, this);
    dialog.exec();
}

void LocationsDialog::toggleArchived()
{
    if (currentIsWarehouse() || currentId().isNull())
        return;
    auto location = m_services.stock.location(m_actor, currentId());
    if (!location) {
        MessageBox::warning(this, windowTitle(), location.error().message);
        return;
    }
    auto done = m_services.stock.setLocationArchived(m_actor, location->id, !location->archived);
    if (!done)
        MessageBox::warning(this, tr("Archive location"), done.error().message);
}

} // namespace kontor

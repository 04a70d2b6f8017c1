#include "CategoryDialog.h"

#include "CategoryCombo.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

CategoryDialog::CategoryDialog(ProductService& service, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_tree(new QTreeWidget)
    , m_add(new QPushButton(tr("&Add")))
    , m_addChild(new QPushButton(tr("Add &sub-category")))
    , m_rename(new QPushButton(tr("&Rename…")))
    , m_move(new QPushButton(tr("&Move to…")))
    , m_remove(new QPushButton(tr("&Delete")))
{
    setWindowTitle(tr("Categories"));
    resize(480, 420);

    m_tree->setObjectName(u"categoryTree"_qs);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_addChild, m_rename, m_move, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    m_add->setToolTip(tr("A new top-level category"));
    m_addChild->setToolTip(tr("A new category inside the selected one"));
    m_remove->setToolTip(tr("Only empty categories can be deleted"));

    auto* main = new QHBoxLayout;
    main->addWidget(m_tree, 1);
    main->addLayout(buttons);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* hint =
        new QLabel(tr("Products in a category are also shown when filtering by any category above it."));
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(hint);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, [this] { askAdd(false); });
    connect(m_addChild, &QPushButton::clicked, this, [this] { askAdd(true); });
    connect(m_rename, &QPushButton::clicked, this, &CategoryDialog::askRename);
    connect(m_move, &QPushButton::clicked, this, &CategoryDialog::askMove);
    connect(m_remove, &QPushButton::clicked, this, &CategoryDialog::askRemove);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CategoryDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &CategoryDialog::askRename);
    connect(&service, &ProductService::categoriesChanged, this, &CategoryDialog::reload);

    reload();
}

Id CategoryDialog::currentCategoryId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, IdRole).value<Id>() : Id();
}

void CategoryDialog::selectCategory(const Id& id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).value<Id>() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
    }
}

void CategoryDialog::reload()
{
    const Id keep = currentCategoryId();
    auto categories = m_service.categories(m_actor);
    if (!categories) {
        showError(tr("Categories"), categories.error());
        return;
    }
    m_categories = *categories;
    m_tree->clear();
    QHash<Id, QTreeWidgetItem*> items;
    // Tree order puts every parent before its children.
    for (const auto& [category, depth] : CategoryCombo::treeOrder(m_categories)) {
        Q_UNUSED(depth);
        QTreeWidgetItem* parent = items.value(category.parentId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, category.name);
        item->setData(0, IdRole, QVariant::fromValue(category.id));
        items.insert(category.id, item);
    }
    m_tree->expandAll();
    selectCategory(keep);
    updateButtons();
}

void CategoryDialog::updateButtons()
{
    const bool canEdit = m_actor.can(Permission::EditCatalog);
    const bool selected = !currentCategoryId().isNull();
    m_add->setEnabled(canEdit);
    for (QPushButton* b : {m_addChild, m_rename, m_move, m_remove})
        b->setEnabled(canEdit && selected);
}

void CategoryDialog::showError(const QString& title, const Error& error)
{
    MessageBox::warning(this, title, error.toString());
}

bool CategoryDialog::addCategory(const QString& name, const Id& parentId)
{
    auto created = m_service.createCategory(m_actor, name, parentId);
    if (!created) {
        showError(tr("Add category"), created.error());
        return false;
    }
    selectCategory(created->id);
    return true;
}

bool CategoryDialog::renameCategory(const Id& id, const QString& name)
{
    if (auto ok = m_service.renameCategory(m_actor, id, name); !ok) {
        showError(tr("Rename category"), ok.error());
        return false;
    }
    return true;
}

bool CategoryDialog::moveCategory(const Id& id, const Id& newParentId)
{
    if (auto ok = m_service.moveCategory(m_actor, id, newParentId); !ok) {
        showError(tr("Move category"), ok.error());
        return false;
    }
    selectCategory(id);
    return true;
}

bool CategoryDialog::removeCategory(const Id& id)
{
    if (auto ok = m_service.removeCategory(m_actor, id); !ok) {
        showError(tr("Delete category"), ok.error());
        return false;
    }
    return true;
}

void CategoryDialog::askAdd(bool asChild)
{
    const Id parentId = asChild ? currentCategoryId() : Id();
    const QString label = asChild ? tr("Name of the new category inside \"%1\":")
                                        .arg(ProductService::categoryPath(m_categories, parentId))
                                  : tr("Name of the new category:");
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add category"), label, QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        addCategory(name, parentId);
}

void CategoryDialog::askRename()
{
    const Id id = currentCategoryId();
    if (id.isNull() || !m_actor.can(Permission::EditCatalog))
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename category"), tr("New name:"),
                                               QLineEdit::Normal, m_tree->currentItem()->text(0), &ok);
    if (ok && !name.trimmed().isEmpty() && name != m_tree->currentItem()->text(0))
        renameCategory(id, name);
}

void CategoryDialog::askMove()
{
    const Id id = currentCategoryId();
    if (id.isNull())
        return;
    // Every category except this one and those inside it, shown by path.
    QList<Id> targets{Id()};
    QStringList labels{tr("(top level)")};
    for (const auto& [category, depth] : CategoryCombo::treeOrder(m_categories)) {
        Q_UNUSED(depth);
        bool inside = false;
        Id walk = category.id;
        for (int guard = 0; !walk.isNull() && guard < 64; ++guard) {
            if (walk == id) {
                inside = true;
                break;
            }
            auto it = std::find_if(m_categories.begin(), m_categories.end(),
                                   [&](const Category& c) { return c.id == walk; });
            walk = it == m_categories.end() ? Id() : it->parentId;
        }
        if (inside)
            continue;
        targets.append(category.id);
        labels.append(ProductService::categoryPath(m_categories, category.id));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Move category"),
        tr("Move \"%1\" into:").arg(ProductService::categoryPath(m_categories, id)), labels, 0, false, &ok);
    if (!ok)
        return;
    moveCategory(id, targets.value(labels.indexOf(chosen)));
}

void CategoryDialog::askRemove()
{
    const Id id = currentCategoryId();
    if (id.isNull())
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete category"),
        tr("Delete the category \"%1\"?").arg(ProductService::categoryPath(m_categories, id)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        removeCategory(id);
}

} // namespace kontor

#pragma once

// CategoryDialog: manages the category tree. Add, add a sub-category, rename, move under another
// category and delete; every change is a ProductService call, and its refusals (a name taken, a
// category that still holds products) are shown as they come.

#include "catalog/ProductService.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kontor {

class CategoryDialog : public QDialog
{
    Q_OBJECT

public:
    CategoryDialog(ProductService& service, Actor actor, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    Id currentCategoryId() const;
    void selectCategory(const Id& id);

    // The commands behind the buttons, with the name or target given (for tests and callers that
    // already know it). They show the service's error and return false when it refuses.
    bool addCategory(const QString& name, const Id& parentId);
    bool renameCategory(const Id& id, const QString& name);
    bool moveCategory(const Id& id, const Id& newParentId);
    bool removeCategory(const Id& id);

private:
    void reload();
    void updateButtons();
    void askAdd(bool asChild);
    void askRename();
    void askMove();
    void askRemove();
    void showError(const QString& title, const Error& error);

    ProductService& m_service;
    Actor m_actor;
    QList<Category> m_categories;
    QTreeWidget* m_tree;
    QPushButton* m_add;
    QPushButton* m_addChild;
    QPushButton* m_rename;
    QPushButton* m_move;
    QPushButton* m_remove;
};

} // namespace kontor

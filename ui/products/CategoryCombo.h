#pragma once

// CategoryCombo: picks a category from the tree, shown indented by depth, with a first entry for
// "none" ("All categories" in a filter, "No category" in the editor). Keeps itself up to date
// when categories change and keeps the chosen category by id across reloads.

#include "catalog/ProductService.h"

#include <QComboBox>

namespace kontor {

class CategoryCombo : public QComboBox
{
    Q_OBJECT

public:
    CategoryCombo(ProductService& service, Actor actor, QString noneText, QWidget* parent = nullptr);

    Id currentCategoryId() const;
    void setCurrentCategoryId(const Id& id);
    void reload();

    // Categories in tree order (parents before children, siblings by name) with their depth.
    static QList<std::pair<Category, int>> treeOrder(const QList<Category>& categories);

protected:
    // The closed box shows the category's path ("Tea › Green") instead of the indented name.
    void paintEvent(QPaintEvent* event) override;

Q_SIGNALS:
    // Emitted when the user picks another category (not on reloads that keep the choice).
    void categoryChosen(const kontor::Id& id);

private:
    ProductService& m_service;
    Actor m_actor;
    QString m_noneText;
    bool m_reloading = false;
};

} // namespace kontor

#include "CategoryCombo.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QStyleOptionComboBox>
#include <QStylePainter>

#include <functional>

Q_LOGGING_CATEGORY(lcCategoryCombo, "kontor.ui.categorycombo")

namespace kontor {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
} // namespace

CategoryCombo::CategoryCombo(ProductService& service, Actor actor, QString noneText, QWidget* parent)
    : QComboBox(parent)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_noneText(std::move(noneText))
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    connect(&service, &ProductService::categoriesChanged, this, &CategoryCombo::reload);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            Q_EMIT categoryChosen(currentCategoryId());
    });
    reload();
}

QList<std::pair<Category, int>> CategoryCombo::treeOrder(const QList<Category>& categories)
{
    // categories() comes sorted by name in the user's language; keep that order among siblings.
    QHash<Id, QList<Category>> children;
    QSet<Id> known;
    for (const Category& c : categories)
        known.insert(c.id);
    for (const Category& c : categories)
        children[known.contains(c.parentId) ? c.parentId : Id()].append(c);
    QList<std::pair<Category, int>> result;
    std::function<void(const Id&, int)> walk = [&](const Id& parent, int depth) {
        if (depth > 64)
            return;
        for (const Category& c : children.value(parent)) {
            result.append({c, depth});
            walk(c.id, depth + 1);
        }
    };
    walk(Id(), 0);
    return result;
}

void CategoryCombo::reload()
{
    const Id keep = currentCategoryId();
    auto categories = m_service.categories(m_actor);
    if (!categories) {
        qCWarning(lcCategoryCombo) << "cannot load categories:" << categories.error().toString();
        return;
    }
    m_reloading = true;
    clear();
    addItem(m_noneText, QVariant::fromValue(Id()));
    setItemData(0, m_noneText, PathRole);
    for (const auto& [category, depth] : treeOrder(*categories)) {
        // Em spaces indent evenly in proportional fonts.
        addItem(QString(depth * 2, QChar(0x2003)) + category.name, QVariant::fromValue(category.id));
        const QString path = ProductService::categoryPath(*categories, category.id, u" › ");
        setItemData(count() - 1, path, Qt::ToolTipRole);
        setItemData(count() - 1, path, PathRole);
    }
    const int index = findData(QVariant::fromValue(keep));
    setCurrentIndex(index >= 0 ? index : 0);
    m_reloading = false;
    if (index < 0 && !keep.isNull())
        Q_EMIT categoryChosen(Id()); // the chosen category was deleted
}

void CategoryCombo::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    if (currentIndex() >= 0)
        option.currentText = itemData(currentIndex(), PathRole).toString();
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

Id CategoryCombo::currentCategoryId() const
{
    return currentData().value<Id>();
}

void CategoryCombo::setCurrentCategoryId(const Id& id)
{
    const int index = findData(QVariant::fromValue(id));
    setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace kontor

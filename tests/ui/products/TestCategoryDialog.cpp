#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "products/CategoryDialog.h"
#include "support/TempDatabase.h"

#include <QTest>
#include <QTreeWidget>

using namespace kontor;

class TestCategoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void managesTheTree()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        CategoryDialog dialog(service, Actor::owner());
        QTreeWidget* tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 0);

        QVERIFY(dialog.addCategory(u"Чай"_qs, {}));
        const Id tea = dialog.currentCategoryId();
        QVERIFY(!tea.isNull());
        QVERIFY(dialog.addCategory(u"Зелёный"_qs, tea));
        const Id green = dialog.currentCategoryId();
        QVERIFY(dialog.addCategory(u"Кофе"_qs, {}));
        const Id coffee = dialog.currentCategoryId();
        QCOMPARE(tree->topLevelItemCount(), 2);
        // Sorted in the user's language order; children under their parent.
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Кофе"_qs);
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), u"Зелёный"_qs);

        QVERIFY(dialog.renameCategory(green, u"Зелёный чай"_qs));
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), u"Зелёный чай"_qs);

        QVERIFY(dialog.moveCategory(green, coffee));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
        QCOMPARE(tree->topLevelItem(1)->childCount(), 0);
        QCOMPARE(dialog.currentCategoryId(), green);

        // A category cannot move into its own sub-category: the reason is shown.
        QVERIFY(!dialog.moveCategory(coffee, green));
        QVERIFY(MessageBox::lastText().contains(u"cannot be moved into itself"_qs));
    }

    void refusesToDeleteACategoryInUse()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto shoes = service.createCategory(Actor::owner(), u"Shoes"_qs);
        Product p;
        p.sku = u"S1"_qs;
        p.name = u"Boot"_qs;
        p.categoryId = shoes->id;
        QVERIFY(service.create(Actor::owner(), p));
        CategoryDialog dialog(service, Actor::owner());
        QVERIFY(!dialog.removeCategory(shoes->id));
        QVERIFY2(MessageBox::lastText().contains(u"still holds products"_qs),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(dialog.tree()->topLevelItemCount(), 1);

        auto empty = service.createCategory(Actor::owner(), u"Hats"_qs);
        QCOMPARE(dialog.tree()->topLevelItemCount(), 2); // follows categoriesChanged
        QVERIFY(dialog.removeCategory(empty->id));
        QCOMPARE(dialog.tree()->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestCategoryDialog)
#include "TestCategoryDialog.moc"

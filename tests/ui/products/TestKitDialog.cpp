#include "Services.h"
#include "catalog/PriceService.h"
#include "catalog/ProductService.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "orders/ShopDetailsService.h"
#include "products/KitDialog.h"
#include "products/ProductPage.h"
#include "products/ProductTableModel.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierPerformance.h"
#include "purchasing/SupplierService.h"
#include "security/AuditService.h"
#include "security/UserService.h"
#include "settings/CalendarService.h"
#include "stock/StockService.h"
#include "support/SupportMetrics.h"
#include "support/SupportService.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace kontor;
using test::makeProduct;

namespace {

// A kit product, two components (pieces and kilograms) with stock, and one with nothing.
struct Fixture
{
    Fixture()
        : products(t.db())
        , stock(t.db())
    {
        kit = create(u"GIFT"_qs, u"Gift box"_qs);
        mug = create(u"MUG"_qs, u"Mug"_qs);
        Product tea = makeProduct(u"TEA"_qs, u"Loose tea"_qs);
        tea.unit = Unit::Kilogram;
        this->tea = products.create(Actor::owner(), tea)->id;
        spoon = create(u"SPN"_qs, u"Spoon"_qs);
        check(stock.receive(Actor::owner(), mug, StockService::mainLocationId(), Quantity::fromUnits(10)));
        check(
            stock.receive(Actor::owner(), this->tea, StockService::mainLocationId(), Quantity::fromUnits(5)));
    }
    Id create(const QString& sku, const QString& name)
    {
        auto created = products.create(Actor::owner(), makeProduct(sku, name));
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return created->id;
    }
    template <typename T>
    static void check(const Result<T>& result)
    {
        if (!result)
            qFatal("%s", qPrintable(result.error().toString()));
    }
    Services services()
    {
        return Services{products, stock,       customers, orders,         returns,
                        prices,   shopDetails, suppliers, purchases,      performance,
                        calendar, support,     users,     supportMetrics, audit};
    }

    test::TempDatabase t;
    ProductService products;
    StockService stock;
    CustomerService customers{t.db()};
    OrderService orders{t.db(), stock};
    ReturnService returns{t.db(), stock, orders};
    PriceService prices{t.db()};
    ShopDetailsService shopDetails{t.db()};
    SupplierService suppliers{t.db()};
    PurchaseOrderService purchases{t.db(), stock, suppliers};
    SupplierPerformance performance{t.db(), purchases, suppliers, prices};
    SupportService support{t.db()};
    UserService users{t.db()};
    CalendarService calendar{t.db()};
    SupportMetrics supportMetrics{t.db()};
    AuditService audit{t.db()};
    Id kit;
    Id mug;
    Id tea;
    Id spoon;
};

} // namespace

class TestKitDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void makesAKitOfTwoComponents()
    {
        Fixture f;
        // Typed quantities are read in the user's locale: "1,5" is one and a half in Russian.
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        KitDialog dialog(f.services(), Actor::owner(), f.kit);
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.availableText().isEmpty()); // not a kit yet
        QVERIFY(dialog.addComponent(f.mug));
        QVERIFY(dialog.addComponent(f.tea));
        QVERIFY(!dialog.addComponent(f.mug)); // listed once
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, KitDialog::Sku)->text(), u"MUG"_qs);
        QCOMPARE(dialog.table()->item(1, KitDialog::Name)->text(), u"Loose tea"_qs);
        QCOMPARE(dialog.table()->item(0, KitDialog::Available)->text(), u"10"_qs);
        QCOMPARE(dialog.availableKits(), std::optional<qint64>(5)); // one of each per kit

        dialog.setQuantityText(0, u"2"_qs);
        dialog.setQuantityText(1, u"1,5"_qs);
        // 10 mugs / 2 = 5, 5 kg / 1.5 kg = 3 whole kits.
        QCOMPARE(dialog.availableKits(), std::optional<qint64>(3));
        QCOMPARE(dialog.availableText(), u"Available as kits: 3 (limited by TEA)"_qs);
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        auto components = f.stock.kitComponents(Actor::owner(), f.kit);
        QVERIFY(components);
        QCOMPARE(components->size(), 2);
        for (const KitComponent& c : *components) {
            if (c.componentId == f.mug)
                QCOMPARE(c.quantity, Quantity::fromUnits(2));
            else
                QCOMPARE(c.quantity, Quantity::fromMilli(1500));
        }
        QCOMPARE(*f.stock.available(Actor::owner(), f.kit), Quantity::fromUnits(3));

        // Opened again, it shows the kit as saved.
        KitDialog again(f.services(), Actor::owner(), f.kit);
        QCOMPARE(again.table()->rowCount(), 2);
        QCOMPARE(again.availableKits(), std::optional<qint64>(3));
        QVERIFY(again.availableText().contains(u'3'));
    }

    void availableFollowsStock()
    {
        Fixture f;
        QVERIFY(f.stock.setKitComponents(Actor::owner(), f.kit, {{f.mug, Quantity::fromUnits(2)}}));
        KitDialog dialog(f.services(), Actor::owner(), f.kit);
        QCOMPARE(dialog.availableKits(), std::optional<qint64>(5));
        QVERIFY(
            f.stock.receive(Actor::owner(), f.mug, StockService::mainLocationId(), Quantity::fromUnits(3)));
        QCOMPARE(dialog.table()->item(0, KitDialog::Available)->text(), u"13"_qs);
        QCOMPARE(dialog.availableKits(), std::optional<qint64>(6));
    }

    void piecesMustBeWholeAndPositive()
    {
        Fixture f;
        KitDialog dialog(f.services(), Actor::owner(), f.kit);
        dialog.show();
        QVERIFY(dialog.addComponent(f.mug));
        dialog.setQuantityText(0, u"1.5"_qs);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(u"whole number"_qs));
        QCOMPARE(dialog.availableText(), u"Available as kits: —"_qs);
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.setQuantityText(0, u"0"_qs);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(u"more than zero"_qs));
        dialog.setQuantityText(0, u"abc"_qs);
        QVERIFY(dialog.errorText().contains(u"not a quantity"_qs));
        dialog.setQuantityText(0, u"3"_qs);
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(dialog.availableKits(), std::optional<qint64>(3));
    }

    void refusesKitsAndItself()
    {
        Fixture f;
        QVERIFY(f.stock.setKitComponents(Actor::owner(), f.spoon, {{f.mug, Quantity::fromUnits(1)}}));
        KitDialog dialog(f.services(), Actor::owner(), f.kit);
        dialog.show();
        QVERIFY(!dialog.addComponent(f.kit));
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!dialog.addComponent(f.spoon));
        QVERIFY(dialog.errorText().contains(u"SPN"_qs));
        QCOMPARE(dialog.table()->rowCount(), 0);
    }

    void productWithOwnStockIsRefusedAndTheDialogStaysOpen()
    {
        Fixture f;
        // The mug has receipts of its own: it cannot become a kit.
        KitDialog dialog(f.services(), Actor::owner(), f.mug);
        dialog.show();
        QVERIFY(dialog.addComponent(f.spoon));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(u"stock movements of its own"_qs),
                 qPrintable(dialog.errorText()));
        QVERIFY(f.stock.kitComponents(Actor::owner(), f.mug)->isEmpty());
        // Taking the component out again lets the rest (the policy) be saved.
        dialog.removeRow(0);
        dialog.backorderCheck()->setChecked(true);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(*f.stock.allowsBackorders(Actor::owner(), f.mug));
    }

    void removingAllComponentsMakesANormalProduct()
    {
        Fixture f;
        QVERIFY(f.stock.setKitComponents(Actor::owner(), f.kit,
                                         {{f.mug, Quantity::fromUnits(1)}, {f.tea, Quantity::fromUnits(1)}}));
        KitDialog dialog(f.services(), Actor::owner(), f.kit);
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 2);
        dialog.table()->selectAll();
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"removeComponentButton"_qs), Qt::LeftButton);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.availableText().isEmpty());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(f.stock.kitComponents(Actor::owner(), f.kit)->isEmpty());
        // A normal product again: it can be received.
        QVERIFY(
            f.stock.receive(Actor::owner(), f.kit, StockService::mainLocationId(), Quantity::fromUnits(1)));
    }

    void backorderFlagRoundTrip()
    {
        Fixture f;
        {
            KitDialog dialog(f.services(), Actor::owner(), f.spoon);
            dialog.show();
            QVERIFY(!dialog.backorderCheck()->isChecked());
            dialog.backorderCheck()->setChecked(true);
            QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(*f.stock.allowsBackorders(Actor::owner(), f.spoon));
        QVERIFY(!*f.stock.allowsBackorders(Actor::owner(), f.mug));
        {
            KitDialog dialog(f.services(), Actor::owner(), f.spoon);
            dialog.show();
            QVERIFY(dialog.backorderCheck()->isChecked());
            dialog.backorderCheck()->setChecked(false);
            QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        }
        QVERIFY(!*f.stock.allowsBackorders(Actor::owner(), f.spoon));
        {
            // Cancel keeps what was stored.
            KitDialog dialog(f.services(), Actor::owner(), f.spoon);
            dialog.show();
            dialog.backorderCheck()->setChecked(true);
            dialog.reject();
        }
        QVERIFY(!*f.stock.allowsBackorders(Actor::owner(), f.spoon));
    }

    void readOnlyWithoutEditCatalog()
    {
        Fixture f;
        QVERIFY(f.stock.setKitComponents(Actor::owner(), f.kit, {{f.mug, Quantity::fromUnits(2)}}));
        KitDialog dialog(f.services(), Actor::withRole(Role::Warehouse), f.kit);
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(!dialog.backorderCheck()->isEnabled());
        QVERIFY(!dialog.saveButton()->isVisible());
        QCOMPARE(dialog.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    }

    void productPageOffersTheActionOnlyWithEditCatalog_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("offered");
        QTest::newRow("owner") << int(Role::Owner) << true;
        QTest::newRow("manager") << int(Role::Manager) << true;
        QTest::newRow("warehouse") << int(Role::Warehouse) << false;
        QTest::newRow("support") << int(Role::Support) << false;
    }

    void productPageOffersTheActionOnlyWithEditCatalog()
    {
        QFETCH(int, role);
        QFETCH(bool, offered);
        Fixture f;
        ProductPage page(f.products, Actor::withRole(Role(role)));
        page.resize(1100, 600);
        QVERIFY(!page.kitAction()->isVisible()); // nobody listens yet
        QSignalSpy requested(&page, &ProductPage::kitRequested);
        connect(&page, &ProductPage::kitRequested, this, [] {});
        connect(&page, &ProductPage::stockHistoryRequested, this, [] {});
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        QCOMPARE(page.kitAction()->isVisible(), offered);
        QCOMPARE(page.findChild<QToolButton*>(u"kitSettingsButton"_qs)->isVisible(), offered);

        const int row = page.model()->rowOf(f.mug);
        QVERIFY(row >= 0);
        const QRect cell = page.view()->visualRect(page.model()->index(row, ProductTableModel::Name));
        bool menuShown = false;
        bool kitOffered = false;
        QTimer::singleShot(0, &page, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            menuShown = true;
            auto* kit = menu->findChild<QAction*>(u"kitSettingsAction"_qs);
            kitOffered = kit != nullptr;
            if (kit)
                kit->trigger();
            menu->close();
        });
        Q_EMIT page.view()->customContextMenuRequested(cell.center());
        QVERIFY(menuShown); // stock history is there for everybody
        QCOMPARE(kitOffered, offered);
        QCOMPARE(requested.size(), offered ? 1 : 0);
        if (offered)
            QCOMPARE(requested.first().first().value<Id>(), f.mug);

        if (offered) {
            // The toolbar action asks for the product in the editor.
            page.showProduct(f.tea);
            QTRY_VERIFY(page.kitAction()->isEnabled());
            page.kitAction()->trigger();
            QCOMPARE(requested.size(), 2);
            QCOMPARE(requested.last().first().value<Id>(), f.tea);
        }
    }

    void screenshot()
    {
        // KONTOR_SCREENSHOT_DIR=/tmp saves the dialog with a few components, to look at.
        const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set KONTOR_SCREENSHOT_DIR to save a screenshot");
        Fixture f;
        QVERIFY(f.stock.setKitComponents(Actor::owner(), f.kit,
                                         {{f.mug, Quantity::fromUnits(2)},
                                          {f.tea, Quantity::fromMilli(1500)},
                                          {f.spoon, Quantity::fromUnits(1)}}));
        KitDialog dialog(f.services(), Actor::owner(), f.kit);
        dialog.show();
        dialog.setQuantityText(2, u"2.5"_qs); // an error on show
        QVERIFY(dialog.grab().save(dir + u"/kits-dialog.png"_qs));
        dialog.setQuantityText(2, u"1"_qs);
        QVERIFY(dialog.grab().save(dir + u"/kits-dialog-ok.png"_qs));

        ProductPage page(f.products, Actor::owner());
        connect(&page, &ProductPage::kitRequested, this, [] {});
        page.resize(1000, 300);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        page.showProduct(f.kit);
        QVERIFY(page.grab().save(dir + u"/kits-page.png"_qs));
    }
};

QTEST_MAIN(TestKitDialog)
#include "TestKitDialog.moc"

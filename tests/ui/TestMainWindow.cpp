#include "AppSettings.h"
#include "MainWindow.h"
#include "catalog/PriceService.h"
#include "catalog/ProductService.h"
#include "common/MessageBox.h"
#include "customers/CustomersPage.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/OrdersPage.h"
#include "orders/ReturnService.h"
#include "orders/ShopDetailsService.h"
#include "products/KitDialog.h"
#include "products/ProductEditor.h"
#include "products/ProductPage.h"
#include "products/ProductSearchField.h"
#include "products/ProductTableModel.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierPerformance.h"
#include "purchasing/SupplierService.h"
#include "returns/ReturnsPage.h"
#include "security/AuditService.h"
#include "security/UserService.h"
#include "settings/CalendarService.h"
#include "settings/UsersDialog.h"
#include "settings/WorkingCalendarDialog.h"
#include "stock/MovementListModel.h"
#include "stock/MovementsDialog.h"
#include "stock/ReplenishmentService.h"
#include "stock/StockPage.h"
#include "stock/StockService.h"
#include "stock/StockTableModel.h"
#include "suppliers/SuppliersPage.h"
#include "support/ModalAnswer.h"
#include "support/SlaPoliciesDialog.h"
#include "support/SupportMetrics.h"
#include "support/SupportPage.h"
#include "support/SupportService.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kontor;
using test::makeProduct;

namespace {

struct Fixture
{
    Fixture()
        : service(t.db())
        , stock(t.db())
        , settings(dir.filePath(u"settings.ini"_qs))
    {
        for (const auto& [sku, name] : {std::pair{u"APL"_qs, u"Apple"_qs}, std::pair{u"BAN"_qs, u"Banana"_qs},
                                        std::pair{u"CHR"_qs, u"Cherry"_qs}})
            ids.append(service.create(Actor::owner(), makeProduct(sku, name, 100))->id);
    }
    Services services()
    {
        return Services{service,  stock,       customers, orders,         returns,
                        prices,   shopDetails, suppliers, purchases,      performance,
                        calendar, support,     users,     supportMetrics, audit};
    }
    std::unique_ptr<MainWindow> open()
    {
        auto window = std::make_unique<MainWindow>(
            Services{service, stock, customers, orders, returns, prices, shopDetails, suppliers, purchases,
                     performance, calendar, support, users, supportMetrics, audit},
            Actor::owner(), settings);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active");
        return window;
    }

    test::TempDatabase t;
    QTemporaryDir dir;
    ProductService service;
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
    AppSettings settings;
    QList<Id> ids;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The stock page's "Below reorder point" filter uses the replenishment rules.
    void stockPageReplenishmentFilter()
    {
        Fixture f;
        const Actor owner = Actor::owner();
        QVERIFY(f.stock.receive(owner, f.ids[0], StockService::mainLocationId(), Quantity::fromUnits(2)));
        QVERIFY(f.stock.receive(owner, f.ids[1], StockService::mainLocationId(), Quantity::fromUnits(20)));
        ReplenishmentService rules(f.t.db());
        for (const Id& id : {f.ids[0], f.ids[1]}) {
            ReplenishmentRule rule;
            rule.productId = id;
            rule.locationId = StockService::mainLocationId();
            rule.reorderPoint = Quantity::fromUnits(5);
            QVERIFY(rules.setRule(owner, rule));
        }
        auto window = f.open();
        StockPage* page = window->stockPage();
        QTRY_VERIFY(!page->model()->isLoading());
        QCOMPARE(page->model()->rowCount(), 2);
        QCheckBox* below = nullptr;
        for (QCheckBox* box : page->findChildren<QCheckBox*>()) {
            if (box->text() == u"Below reorder point"_qs)
                below = box;
        }
        QVERIFY(below);
        below->setChecked(true);
        QTRY_VERIFY(!page->model()->isLoading());
        QTRY_COMPARE(page->model()->rowCount(), 1);
        below->setChecked(false);
        QTRY_COMPARE(page->model()->rowCount(), 2);
    }

    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsOnlyExistingAreasAndTheDatabase()
    {
        Fixture f;
        auto window = f.open();
        QCOMPARE(window->windowTitle(), u"Kontor — test.kontor"_qs);
        auto* navigation = window->findChild<QListWidget*>(u"navigation"_qs);
        QStringList titles;
        for (int row = 0; row < navigation->count(); ++row)
            titles.append(navigation->item(row)->text());
        QCOMPARE(
            titles,
            (QStringList{u"Products"_qs, u"Orders"_qs, u"Customers"_qs, u"Returns"_qs, u"Support"_qs,
                         u"Support quality"_qs, u"Suppliers"_qs, u"Purchase orders"_qs, u"Supplier claims"_qs,
                         u"Supplier performance"_qs, u"Stock"_qs, u"Replenishment"_qs, u"Counts"_qs}));
        QCOMPARE(window->currentPageKey(), u"products"_qs);
        window->showPage(u"orders"_qs);
        QCOMPARE(window->currentPageKey(), u"orders"_qs);
        QVERIFY(window->ordersPage());
        QCOMPARE(window->findChild<QStackedWidget*>()->currentWidget(),
                 static_cast<QWidget*>(window->ordersPage()));
        window->showPage(u"counts"_qs);
        QCOMPARE(window->currentPageKey(), u"counts"_qs);
        window->showPage(u"stock"_qs);
        QCOMPARE(window->currentPageKey(), u"stock"_qs);
        QCOMPARE(window->findChild<QStackedWidget*>()->currentWidget(),
                 static_cast<QWidget*>(window->stockPage()));
        window->showPage(u"customers"_qs);
        QCOMPARE(window->currentPageKey(), u"customers"_qs);
        QVERIFY(window->customersPage());
        QCOMPARE(window->findChild<QStackedWidget*>()->currentWidget(),
                 static_cast<QWidget*>(window->customersPage()));
        window->showPage(u"returns"_qs);
        QCOMPARE(window->currentPageKey(), u"returns"_qs);
        QVERIFY(window->returnsPage());
        QCOMPARE(window->findChild<QStackedWidget*>()->currentWidget(),
                 static_cast<QWidget*>(window->returnsPage()));
        window->showPage(u"support"_qs);
        QCOMPARE(window->currentPageKey(), u"support"_qs);
        QVERIFY(window->supportPage());
        QCOMPARE(window->findChild<QStackedWidget*>()->currentWidget(),
                 static_cast<QWidget*>(window->supportPage()));
        window->showPage(u"suppliers"_qs);
        QCOMPARE(window->currentPageKey(), u"suppliers"_qs);
        QVERIFY(window->suppliersPage());
        QCOMPARE(window->findChild<QStackedWidget*>()->currentWidget(),
                 static_cast<QWidget*>(window->suppliersPage()));
        window->showPage(u"products"_qs);

        // File menu: import and export for those who may, then settings and quit.
        QVERIFY(window->fileMenu());
        QStringList entries;
        for (QAction* a : window->fileMenu()->actions()) {
            if (!a->isSeparator())
                entries.append(a->text());
        }
        QCOMPARE(entries,
                 (QStringList{u"&Import products…"_qs, u"Import &opening stock…"_qs, u"&Export products…"_qs,
                              u"Export s&tock…"_qs, u"&Settings…"_qs, u"Working &calendar…"_qs, u"&Users…"_qs,
                              u"&Audit log…"_qs, u"&Quit"_qs}));

        // Support may export but not import: both exports, no import at all; no audit log.
        MainWindow support(f.services(), Actor::withRole(Role::Support), f.settings);
        entries.clear();
        for (QAction* a : support.fileMenu()->actions()) {
            if (!a->isSeparator())
                entries.append(a->text());
        }
        QCOMPARE(entries, (QStringList{u"&Export products…"_qs, u"Export s&tock…"_qs, u"&Settings…"_qs,
                                       u"Working &calendar…"_qs, u"&Users…"_qs, u"&Quit"_qs}));

        // Prices, right after File: each entry only for those who may use it, no menu for the others.
        QVERIFY(window->pricesMenu());
        QCOMPARE(window->menuBar()->actions().value(1), window->pricesMenu()->menuAction());
        auto menuTexts = [](QMenu* menu) {
            QStringList texts;
            for (QAction* a : menu->actions())
                texts.append(a->text());
            return texts;
        };
        QCOMPARE(menuTexts(window->pricesMenu()),
                 (QStringList{u"Price &lists…"_qs, u"&Exchange rates…"_qs, u"&VAT rate changes…"_qs}));
        MainWindow manager(f.services(), Actor::withRole(Role::Manager), f.settings);
        QCOMPARE(menuTexts(manager.pricesMenu()), (QStringList{u"Price &lists…"_qs, u"&Exchange rates…"_qs}));
        QVERIFY(!support.pricesMenu());
        // Suppliers for those who buy or see purchase prices.
        QVERIFY(manager.suppliersPage());
        QVERIFY(!support.suppliersPage());

        // A warehouse worker may neither import nor export: the entries are not there at all.
        MainWindow warehouse(f.services(), Actor::withRole(Role::Warehouse), f.settings);
        QVERIFY(!warehouse.importAction());
        QVERIFY(!warehouse.exportAction());
        QVERIFY(!warehouse.suppliersPage());
        QVERIFY(!warehouse.supportPage()); // no tickets for the warehouse
        // Support quality for who works on tickets; not for the warehouse.
        QStringList warehouseTitles;
        const auto* warehouseNavigation = warehouse.findChild<QListWidget*>(u"navigation"_qs);
        for (int row = 0; row < warehouseNavigation->count(); ++row)
            warehouseTitles.append(warehouseNavigation->item(row)->text());
        QVERIFY(!warehouseTitles.contains(u"Support quality"_qs));
        // Support does not count stock: no counts page.
        QCOMPARE(support.findChild<QListWidget*>(u"navigation"_qs)->count(),
                 8); // products, orders, customers, returns, support, support quality, stock, replenishment
        // Both take part in orders: support manages them, the warehouse ships them.
        QVERIFY(support.ordersPage());
        QVERIFY(warehouse.ordersPage());

        QVERIFY(window->findChild<QLabel*>(u"databaseLabel"_qs)->text().contains(f.t.path()));
        auto* count = window->findChild<QLabel*>(u"productCountLabel"_qs);
        QCOMPARE(count->text(), u"3 products"_qs);
        QVERIFY(f.service.setArchived(Actor::owner(), f.ids[0], true));
        QCOMPARE(count->text(), u"2 products · 1 archived"_qs);
    }

    void ctrlKFocusesTheGlobalSearch()
    {
        Fixture f;
        auto window = f.open();
        window->productPage()->view()->setFocus();
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window->globalSearch()));
    }

    void globalSearchOpensTheProduct()
    {
        Fixture f;
        auto window = f.open();
        ProductSearchField* search = window->globalSearch();
        search->setFocus();
        QTest::keyClicks(search, u"cher"_qs);
        QTRY_COMPARE(search->matches().size(), 1); // after the typing pause
        QCOMPARE(search->matches().front().name, u"Cherry"_qs);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window->productPage()->editor()->productId(), f.ids[2]);
        QVERIFY(search->text().isEmpty());
        QTRY_COMPARE(window->productPage()->view()->currentIndex().row(),
                     window->productPage()->model()->rowOf(f.ids[2]));
    }

    void globalSearchFindsArchivedProducts()
    {
        Fixture f;
        QVERIFY(f.service.setArchived(Actor::owner(), f.ids[1], true));
        auto window = f.open();
        ProductPage* page = window->productPage();
        QTRY_VERIFY(!page->model()->isLoading());
        QCOMPARE(page->model()->rowOf(f.ids[1]), -1);
        window->globalSearch()->setText(u"BAN"_qs);
        window->globalSearch()->searchNow();
        QCOMPARE(window->globalSearch()->matches().size(), 1);
        window->globalSearch()->setFocus();
        QTest::keyClick(window->globalSearch(), Qt::Key_Return);
        QCOMPARE(page->editor()->productId(), f.ids[1]);
        // The list widens its filter to show it.
        QVERIFY(page->findChild<QCheckBox*>(u"showArchivedCheck"_qs)->isChecked());
        QVERIFY(!page->view()->horizontalHeader()->isSectionHidden(ProductTableModel::Status));
        QTRY_VERIFY(page->model()->rowOf(f.ids[1]) >= 0);
        QTRY_COMPARE(page->view()->currentIndex().row(), page->model()->rowOf(f.ids[1]));
    }

    void remembersGeometryAndLayout()
    {
        Fixture f;
        {
            auto window = f.open();
            window->resize(1100, 700);
            QVERIFY(window->close());
        }
        QVERIFY(!f.settings.windowGeometry().isEmpty());
        QVERIFY(!f.settings.productPageState().isEmpty());
        QVERIFY(!f.settings.stockPageState().isEmpty());
        QVERIFY(!f.settings.ordersPageState().isEmpty());
        QCOMPARE(f.settings.lastPage(), u"products"_qs);
        auto window = f.open();
        QCOMPARE(window->size(), QSize(1100, 700));
    }

    void ordersPageRemembersItsFilter()
    {
        Fixture f;
        {
            auto window = f.open();
            window->showPage(u"orders"_qs);
            QComboBox* status = window->ordersPage()->statusFilter();
            status->setCurrentIndex(status->findData(u"open"_qs));
            window->ordersPage()->overdueCheck()->setChecked(true);
            QVERIFY(window->close());
        }
        QCOMPARE(f.settings.lastPage(), u"orders"_qs);
        auto window = f.open();
        QCOMPARE(window->currentPageKey(), u"orders"_qs);
        QCOMPARE(window->ordersPage()->statusFilter()->currentData().toString(), u"open"_qs);
        QVERIFY(window->ordersPage()->overdueCheck()->isChecked());
    }

    void productContextMenuOpensStockHistory()
    {
        Fixture f;
        QVERIFY(f.stock.receive(Actor::owner(), f.ids[1], StockService::mainLocationId(),
                                Quantity::fromUnits(4)));
        QVERIFY(f.stock.receive(Actor::owner(), f.ids[2], StockService::mainLocationId(),
                                Quantity::fromUnits(1)));
        auto window = f.open();
        ProductPage* page = window->productPage();
        QTRY_VERIFY(!page->model()->isLoading());
        const int row = page->model()->rowOf(f.ids[1]);
        QVERIFY(row >= 0);
        const QRect cell = page->view()->visualRect(page->model()->index(row, ProductTableModel::Name));
        QString offered;
        QTimer::singleShot(0, page, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            auto* history = menu->findChild<QAction*>(u"stockHistoryAction"_qs);
            QVERIFY(history);
            offered = history->text();
            history->trigger();
            menu->close();
        });
        Q_EMIT page->view()->customContextMenuRequested(cell.center());
        QCOMPARE(offered, u"Stock &history…"_qs);
        auto* movements = window->findChild<MovementsDialog*>();
        QVERIFY(movements);
        QVERIFY(movements->isVisible());
        QVERIFY(movements->windowTitle().contains(u"BAN"_qs));
        QCOMPARE(movements->model()->rowCount(), 1); // only Banana's receipt
        QCOMPARE(movements->model()->movementAt(0)->productId, f.ids[1]);
    }

    void kitSettingsOpenFromTheProductsPage()
    {
        Fixture f;
        QVERIFY(f.stock.receive(Actor::owner(), f.ids[1], StockService::mainLocationId(),
                                Quantity::fromUnits(6)));
        auto window = f.open();
        ProductPage* page = window->productPage();
        QTRY_VERIFY(!page->model()->isLoading());
        QVERIFY(page->kitAction()->isVisible());
        page->showProduct(f.ids[0]);
        QTRY_VERIFY(page->kitAction()->isEnabled());
        Id shownFor;
        int rows = -1;
        test::answerNextModal<KitDialog>([&](KitDialog* dialog) {
            shownFor = dialog->productId();
            QVERIFY(dialog->addComponent(f.ids[1]));
            dialog->setQuantityText(0, u"2"_qs);
            rows = dialog->table()->rowCount();
            dialog->saveButton()->click();
        });
        page->kitAction()->trigger();
        QCOMPARE(shownFor, f.ids[0]);
        QCOMPARE(rows, 1);
        QCOMPARE(*f.stock.available(Actor::owner(), f.ids[0]), Quantity::fromUnits(3));
    }

    void closingAsksAboutUnsavedChanges()
    {
        Fixture f;
        auto window = f.open();
        ProductPage* page = window->productPage();
        QTRY_VERIFY(!page->model()->isLoading());
        page->showProduct(f.ids[0]);
        auto* name = page->findChild<QLineEdit*>(u"nameEdit"_qs);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" pie"_qs);
        QVERIFY(page->editor()->isDirty());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Save);
        QVERIFY(window->close());
        QCOMPARE(f.service.product(Actor::owner(), f.ids[0])->name, u"Apple pie"_qs);
    }

    // Support's settings in their own menu; the shop's calendar and users under Settings in File.
    void supportAndSettingsMenus()
    {
        Fixture f;
        const auto texts = [](QMenu* menu) {
            QStringList list;
            for (QAction* a : menu->actions())
                list.append(a->text());
            return list;
        };
        const QStringList all{u"&SLA policies…"_qs, u"&Canned responses…"_qs, u"&Help articles…"_qs};
        MainWindow owner(f.services(), Actor::owner(), f.settings);
        QVERIFY(owner.supportMenu());
        QCOMPARE(texts(owner.supportMenu()), all);
        // Before Help.
        const QList<QAction*> bar = owner.menuBar()->actions();
        QCOMPARE(bar.indexOf(owner.supportMenu()->menuAction()), bar.size() - 2);
        MainWindow agent(f.services(), Actor::withRole(Role::Support), f.settings);
        QCOMPARE(texts(agent.supportMenu()), all); // the policies read-only
        MainWindow warehouse(f.services(), Actor::withRole(Role::Warehouse), f.settings);
        QVERIFY(!warehouse.supportMenu());

        // The entries open their dialogs, read-only for those who may not change them.
        bool readOnly = false;
        test::answerNextModal<SlaPoliciesDialog>([&](SlaPoliciesDialog* d) { readOnly = d->isReadOnly(); });
        agent.supportMenu()->actions().first()->trigger();
        QVERIFY(readOnly);
        const auto fileAction = [](MainWindow& w, const QString& text) -> QAction* {
            for (QAction* a : w.fileMenu()->actions()) {
                if (a->text() == text)
                    return a;
            }
            return nullptr;
        };
        bool shown = false;
        test::answerNextModal<WorkingCalendarDialog>(
            [&](WorkingCalendarDialog* d) { shown = !d->isReadOnly(); });
        fileAction(owner, u"Working &calendar…"_qs)->trigger();
        QVERIFY(shown);
        readOnly = false;
        test::answerNextModal<UsersDialog>([&](UsersDialog* d) { readOnly = d->isReadOnly(); });
        fileAction(agent, u"&Users…"_qs)->trigger();
        QVERIFY(readOnly);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

#include "common/MessageBox.h"
#include "products/CategoryCombo.h"
#include "stock/ArrivalDialog.h"
#include "stock/LocationCombo.h"
#include "stock/MovementListModel.h"
#include "stock/MovementsDialog.h"
#include "stock/ReceiveDialog.h"
#include "stock/StockDetailPanel.h"
#include "stock/StockPage.h"
#include "support/ModalAnswer.h"
#include "support/StockShop.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using test::StockShop;

namespace {

const Id Main = StockService::mainLocationId();
const Id Quarantine = StockService::quarantineLocationId();

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

struct Fixture
{
    explicit Fixture(Actor actor = Actor::owner())
    {
        apple = shop.product(u"APL"_qs, u"Apple"_qs, Unit::Piece, 5000);
        banana = shop.product(u"BAN"_qs, u"Banana"_qs);
        cherry = shop.product(u"CHR"_qs, u"Cherry"_qs);
        page = std::make_unique<StockPage>(shop.services(), std::move(actor));
        page->resize(1100, 700);
        page->show();
        QTRY_VERIFY(!page->model()->isLoading());
    }
    StockTableModel* model() { return page->model(); }
    QString footer() { return child<QLabel>(page.get(), u"footerLabel"_qs)->text(); }
    void waitLoaded() { QTRY_VERIFY(!page->model()->isLoading()); }
    QList<Id> shownProducts()
    {
        QList<Id> ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids.append(model()->rowAt(row)->productId);
        return ids;
    }

    StockShop shop;
    Id apple, banana, cherry;
    std::unique_ptr<StockPage> page;
};

} // namespace

class TestStockPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsRowsAfterReceipts()
    {
        Fixture f;
        QCOMPARE(f.model()->rowCount(), 0);
        QCOMPARE(f.footer(), u"0 rows · total value 0.00\u00A0₽"_qs);
        f.shop.receive(f.apple, Main, 4, 2500);
        f.shop.receive(f.banana, Quarantine, 1);
        QTRY_COMPARE(f.model()->rowCount(), 2);
        f.waitLoaded();
        QCOMPARE(f.footer(), u"2 rows · total value 100.00\u00A0₽"_qs);
        const int row = f.model()->rowOf(f.apple, Main);
        QCOMPARE(f.model()->index(row, StockTableModel::OnHand).data().toString(), u"4\u00A0pcs"_qs);
        // Cost columns are there for the owner.
        QVERIFY(!f.page->view()->horizontalHeader()->isSectionHidden(StockTableModel::AverageCost));
        QVERIFY(!f.page->view()->horizontalHeader()->isSectionHidden(StockTableModel::Value));
    }

    void filtersByLocationNegativeAndText()
    {
        Fixture f;
        f.shop.receive(f.apple, Main, 4);
        f.shop.receive(f.banana, Quarantine, 2);
        f.shop.receive(f.cherry, Main, 1);
        f.shop.applyRemote(f.cherry, Quarantine, -Quantity::fromUnits(3));
        f.waitLoaded();
        QTRY_COMPARE(f.model()->rowCount(), 4);

        auto* location = child<LocationCombo>(f.page.get(), u"locationFilter"_qs);
        QVERIFY(location->setCurrentLocationId(Quarantine));
        f.waitLoaded();
        QCOMPARE(f.model()->rowCount(), 2);
        QVERIFY(f.shownProducts().contains(f.banana) && f.shownProducts().contains(f.cherry));
        QVERIFY(location->setCurrentWarehouseId(StockService::mainWarehouseId()));
        f.waitLoaded();
        QCOMPARE(f.model()->rowCount(), 4);
        QVERIFY(location->setCurrentLocationId(Id())); // all locations

        auto* negative = child<QCheckBox>(f.page.get(), u"negativeOnlyCheck"_qs);
        negative->setChecked(true);
        f.waitLoaded();
        QCOMPARE(f.shownProducts(), QList<Id>{f.cherry});
        negative->setChecked(false);
        f.waitLoaded();

        auto* search = child<QLineEdit>(f.page.get(), u"searchEdit"_qs);
        search->setFocus();
        QTest::keyClicks(search, u"nan"_qs);
        QCOMPARE(f.model()->rowCount(), 4); // typing waits for a pause
        QTRY_COMPARE(f.model()->rowCount(), 1);
        QCOMPARE(f.shownProducts(), QList<Id>{f.banana});
        QCOMPARE(f.footer(), u"1 row (of 4) · total value 0.00\u00A0₽"_qs);
        search->clear();
        QTRY_COMPARE(f.model()->rowCount(), 4);
        QTest::keyClicks(search, u"APL"_qs);
        QTRY_COMPARE(f.shownProducts(), QList<Id>{f.apple});
    }

    void filtersByCategoryAndZero()
    {
        Fixture f;
        auto fruit = f.shop.products.createCategory(f.shop.owner, u"Fruit"_qs);
        Product apple = *f.shop.products.product(f.shop.owner, f.apple);
        apple.categoryId = fruit->id;
        QVERIFY(f.shop.products.update(f.shop.owner, apple));
        f.shop.receive(f.apple, Main, 1);
        f.shop.receive(f.banana, Main, 1);
        QVERIFY(f.shop.stock.adjust(f.shop.owner, f.banana, Main, -Quantity::fromUnits(1),
                                    MovementReasons::Loss.toString()));
        f.waitLoaded();
        QTRY_COMPARE(f.model()->rowCount(), 1);
        child<QCheckBox>(f.page.get(), u"showZeroCheck"_qs)->setChecked(true);
        f.waitLoaded();
        QCOMPARE(f.model()->rowCount(), 2);
        auto* category = child<CategoryCombo>(f.page.get(), u"categoryFilter"_qs);
        category->setCurrentCategoryId(fruit->id);
        f.waitLoaded();
        QCOMPARE(f.shownProducts(), QList<Id>{f.apple});
        // Moving categories changes what a category filter matches.
        auto food = f.shop.products.createCategory(f.shop.owner, u"Food"_qs);
        category->setCurrentCategoryId(food->id);
        f.waitLoaded();
        QCOMPARE(f.model()->rowCount(), 0);
        QVERIFY(f.shop.products.moveCategory(f.shop.owner, fruit->id, food->id));
        QTRY_COMPARE(f.shownProducts(), QList<Id>{f.apple});
    }

    void costsAndPostingsHiddenForSupport()
    {
        Fixture f(Actor::withRole(Role::Support));
        f.shop.receive(f.apple, Main, 2, 5000);
        QTRY_COMPARE(f.model()->rowCount(), 1);
        f.waitLoaded();
        QHeaderView* header = f.page->view()->horizontalHeader();
        QVERIFY(header->isSectionHidden(StockTableModel::AverageCost));
        QVERIFY(header->isSectionHidden(StockTableModel::Value));
        QVERIFY(!header->isSectionHidden(StockTableModel::OnHand));
        QCOMPARE(f.footer(), u"1 row"_qs);
        for (const QString& name : {u"receiveButton"_qs, u"adjustButton"_qs, u"transferButton"_qs,
                                    u"arrivalButton"_qs, u"locationsButton"_qs})
            QVERIFY2(!f.page->findChild<QToolButton*>(name), qPrintable(name));
        QVERIFY(f.page->findChild<QToolButton*>(u"movementsButton"_qs));
        QCOMPARE(f.page->receive(), int(QDialog::Rejected));

        // A warehouse worker posts but sees no costs and no locations settings.
        Fixture w(Actor::withRole(Role::Warehouse));
        QVERIFY(w.page->findChild<QToolButton*>(u"receiveButton"_qs));
        QVERIFY(!w.page->findChild<QToolButton*>(u"locationsButton"_qs));
        QVERIFY(w.page->view()->horizontalHeader()->isSectionHidden(StockTableModel::Value));
    }

    void detailFollowsTheSelectionAndStockChanges()
    {
        Fixture f;
        f.shop.receive(f.apple, Main, 4);
        f.shop.receive(f.apple, Quarantine, 1);
        f.shop.receive(f.banana, Main, 2);
        f.waitLoaded();
        QTRY_COMPARE(f.model()->rowCount(), 3);
        StockDetailPanel* detail = f.page->detail();
        f.page->view()->selectRow(f.model()->rowOf(f.apple, Quarantine));
        QCOMPARE(f.page->currentProductId(), f.apple);
        QCOMPARE(f.page->currentLocationId(), Quarantine);
        QCOMPARE(detail->productId(), f.apple);
        QCOMPARE(child<QLabel>(detail, u"detailTitle"_qs)->text(), u"APL — Apple"_qs);
        QCOMPARE(detail->balancesTable()->rowCount(), 2);
        QCOMPARE(detail->balancesTable()->item(0, 0)->text(), u"Main stock"_qs);
        QCOMPARE(detail->balancesTable()->item(1, 3)->text(), u"—"_qs); // quarantine is not for sale
        QCOMPARE(detail->movementsTable()->rowCount(), 2);
        QCOMPARE(child<QLabel>(detail, u"detailSummary"_qs)->text(),
                 u"On hand in all locations: 5\u00A0pcs · available to sell: 4\u00A0pcs"_qs);

        // A posting changes the numbers in place; the selection stays.
        f.shop.receive(f.apple, Quarantine, 6);
        f.waitLoaded();
        QTRY_COMPARE(detail->movementsTable()->rowCount(), 3);
        QCOMPARE(detail->movementsTable()->item(0, 3)->text(), u"+6\u00A0pcs"_qs);
        QCOMPARE(f.page->view()->currentIndex().row(), f.model()->rowOf(f.apple, Quarantine));
        // A new row resets the model; the page selects the same row again.
        f.shop.receive(f.cherry, Main, 1);
        QTRY_COMPARE(f.model()->rowCount(), 4);
        f.waitLoaded();
        QTRY_COMPARE(f.page->view()->currentIndex().row(), f.model()->rowOf(f.apple, Quarantine));
        QCOMPARE(f.page->view()->selectionModel()->selectedRows().size(), 1);

        // Full history opens the movements window for the product.
        child<QPushButton>(detail, u"fullHistoryButton"_qs)->click();
        auto* movements = f.page->findChild<MovementsDialog*>();
        QVERIFY(movements && movements->isVisible());
        QCOMPARE(movements->model()->filter().productId, f.apple);
        QCOMPARE(movements->model()->rowCount(), 3);
        movements->close();
    }

    void dialogsStartFromTheSelectedRow()
    {
        Fixture f;
        f.shop.receive(f.banana, Quarantine, 2);
        f.waitLoaded();
        QTRY_COMPARE(f.model()->rowCount(), 1);
        f.page->view()->selectRow(0);
        Id shownProduct;
        Id shownLocation;
        test::answerNextModal<ReceiveDialog>([&](ReceiveDialog* dialog) {
            shownProduct = dialog->productId();
            shownLocation = dialog->locationCombo()->currentLocationId();
            child<QLineEdit>(dialog, u"quantityEdit"_qs)->setText(u"3"_qs);
            dialog->okButton()->click();
        });
        QCOMPARE(f.page->receive(), int(QDialog::Accepted));
        QCOMPARE(shownProduct, f.banana);
        QCOMPARE(shownLocation, Quarantine);
        QCOMPARE(f.shop.onHand(f.banana, Quarantine), Quantity::fromUnits(5));
        f.waitLoaded();
        QTRY_COMPARE(f.model()->index(0, StockTableModel::OnHand).data().toString(), u"5\u00A0pcs"_qs);

        // Nothing selected: the dialog starts empty, and receiving selects the new row.
        f.page->view()->selectionModel()->clear();
        test::answerNextModal<ReceiveDialog>([&](ReceiveDialog* dialog) {
            QVERIFY(dialog->productId().isNull() || dialog->productId() == f.banana);
            dialog->setProduct(f.cherry);
            dialog->setLocation(Main);
            child<QLineEdit>(dialog, u"quantityEdit"_qs)->setText(u"7"_qs);
            dialog->okButton()->click();
        });
        QCOMPARE(f.page->receive(), int(QDialog::Accepted));
        f.waitLoaded();
        QTRY_COMPARE(f.model()->rowCount(), 2);
        QTRY_COMPARE(f.page->view()->currentIndex().row(), f.model()->rowOf(f.cherry, Main));
    }

    void transitRowOffersArrival()
    {
        Fixture f;
        const auto [spb, spbMain] = f.shop.ownWarehouse(u"SPB"_qs, u"Saint Petersburg"_qs);
        const Id transit = *f.shop.stock.transitLocationOf(f.shop.owner, spb.id);
        f.shop.receive(f.apple, Main, 10);
        QVERIFY(f.shop.stock.transfer(f.shop.owner, f.apple, Main, transit, Quantity::fromUnits(4),
                                      MovementReasons::Dispatch.toString()));
        f.waitLoaded();
        QTRY_VERIFY(f.model()->rowOf(f.apple, transit) >= 0);
        f.page->view()->selectRow(f.model()->rowOf(f.apple, Main));
        QVERIFY(!f.page->arrivalAction()->isEnabled());
        QVERIFY(!child<QPushButton>(f.page->detail(), u"markArrivedButton"_qs)->isVisible());
        f.page->view()->selectRow(f.model()->rowOf(f.apple, transit));
        QVERIFY(f.page->arrivalAction()->isEnabled());
        QVERIFY(child<QPushButton>(f.page->detail(), u"markArrivedButton"_qs)->isVisible());

        QString offeredQuantity;
        Id destination;
        test::answerNextModal<ArrivalDialog>([&](ArrivalDialog* dialog) {
            offeredQuantity = dialog->quantityEdit()->text();
            destination = dialog->toCombo()->currentLocationId();
            dialog->okButton()->click();
        });
        child<QPushButton>(f.page->detail(), u"markArrivedButton"_qs)->click();
        QCOMPARE(offeredQuantity, u"4"_qs);
        QCOMPARE(destination, spbMain);
        QCOMPARE(f.shop.onHand(f.apple, spbMain), Quantity::fromUnits(4));
        QCOMPARE(f.shop.onHand(f.apple, transit), Quantity());
        MovementFilter arrived;
        arrived.productId = f.apple;
        arrived.locationId = spbMain;
        auto moves = f.shop.stock.movements(f.shop.owner, arrived);
        QCOMPARE(moves->first().reason, MovementReasons::Arrival.toString());
        QTRY_VERIFY(!f.page->arrivalAction()->isEnabled());
    }

    void addedProductFilterNarrowsTheRows()
    {
        Fixture f;
        for (const Id& id : {f.apple, f.banana, f.cherry})
            f.shop.receive(id, Main, 1);
        f.waitLoaded();
        QTRY_COMPARE(f.model()->rowCount(), 3);
        const Id only = f.banana;
        QCheckBox* check = f.page->addProductFilter(u"Below reorder point"_qs, u"Only products to reorder"_qs,
                                                    [only] { return Result<QList<Id>>(QList<Id>{only}); });
        QTRY_VERIFY(check->isVisible());
        QVERIFY(!check->isChecked());
        check->setChecked(true);
        f.waitLoaded();
        QCOMPARE(f.shownProducts(), QList<Id>{f.banana});
        // It combines with the other filters.
        child<QCheckBox>(f.page.get(), u"negativeOnlyCheck"_qs)->setChecked(true);
        f.waitLoaded();
        QCOMPARE(f.model()->rowCount(), 0);
        child<QCheckBox>(f.page.get(), u"negativeOnlyCheck"_qs)->setChecked(false);
        check->setChecked(false);
        f.waitLoaded();
        QCOMPARE(f.model()->rowCount(), 3);
    }

    void rememberesItsLayout()
    {
        Fixture f;
        f.page->view()->horizontalHeader()->resizeSection(StockTableModel::Location, 333);
        const QByteArray state = f.page->saveState();
        Fixture g;
        g.page->restoreState(state);
        QCOMPARE(g.page->view()->horizontalHeader()->sectionSize(StockTableModel::Location), 333);
        g.page->restoreState("garbage");
        QCOMPARE(g.page->view()->horizontalHeader()->sectionSize(StockTableModel::Location), 333);
    }
};

QTEST_MAIN(TestStockPage)
#include "TestStockPage.moc"

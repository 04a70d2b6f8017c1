#include "stock/MovementListModel.h"
#include "support/StockShop.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace kontor;
using test::StockShop;

namespace {

const Id Main = StockService::mainLocationId();
constexpr qint64 Hour = 3600 * 1000;

// Many movements at once, as another device would send them.
void applyMany(StockShop& shop, const Id& product, int count, qint64 firstAt)
{
    QList<Movement> moves;
    for (int i = 0; i < count; ++i) {
        Movement m;
        m.id = Id::create();
        m.docId = Id::create();
        m.kind = MovementKind::Receipt;
        m.productId = product;
        m.locationId = Main;
        m.quantity = Quantity::fromUnits(1);
        m.occurredAt = firstAt + i * 60000;
        m.recordedAt = m.occurredAt;
        m.userName = u"Laptop"_qs;
        m.hlc = shop.tmp.db().hybridClock().tick();
        moves.append(m);
    }
    QCOMPARE(shop.stock.applyRecords(shop.owner, moves, {}).value(), count);
}

} // namespace

class TestMovementListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void pagesWithFetchMore()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs, u"Paged"_qs);
        const qint64 start = shop.tmp.clock().nowMs() - 1000 * Hour;
        applyMany(shop, p, 2 * MovementListModel::PageSize + 50, start);
        MovementListModel model(shop.services(), shop.owner);
        QCOMPARE(model.rowCount(), MovementListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        // Newest first.
        QCOMPARE(model.movementAt(0)->occurredAt, start + (2 * MovementListModel::PageSize + 49) * 60000);
        QVERIFY(model.movementAt(0)->occurredAt > model.movementAt(1)->occurredAt);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * MovementListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * MovementListModel::PageSize + 50);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.pageFetchCount(), 3);
        // The oldest is last.
        QCOMPARE(model.movementAt(model.rowCount() - 1)->occurredAt, start);

        // A change reloads as many rows as were shown, in one read.
        shop.receive(p, Main, 2);
        QCOMPARE(model.rowCount(), 2 * MovementListModel::PageSize + 51);
        QCOMPARE(model.pageFetchCount(), 4);

        // The tester fetches what it likes while filters change.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MovementFilter f;
        f.kind = MovementKind::Receipt;
        model.setFilter(f);
        QVERIFY(model.rowCount() >= MovementListModel::PageSize);
        f.kind = MovementKind::Shipment;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setFilter({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * MovementListModel::PageSize + 51);
    }

    void showsColumnsAndMarksReversals()
    {
        StockShop shop;
        const Id p = shop.product(u"TEA"_qs, u"Green tea"_qs, Unit::Kilogram);
        QVERIFY(
            shop.stock.receive(shop.owner, p, Main, Quantity::fromMilli(1500), 40000, 0, u"Waybill 7"_qs));
        const Id wrong = shop.receive(p, Main, 3);
        MovementListModel model(shop.services(), shop.owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        auto text = [&](int row, int c) { return model.index(row, c).data().toString(); };
        QCOMPARE(text(1, MovementListModel::Kind), u"Receipt"_qs);
        QCOMPARE(text(1, MovementListModel::Sku), u"TEA"_qs);
        QCOMPARE(text(1, MovementListModel::Product), u"Green tea"_qs);
        QCOMPARE(text(1, MovementListModel::Location), u"Main stock"_qs);
        QCOMPARE(text(1, MovementListModel::Quantity), u"+1.5\u00A0kg"_qs);
        QCOMPARE(text(1, MovementListModel::UnitCost), u"400.00\u00A0₽"_qs);
        QCOMPARE(text(1, MovementListModel::Who), u"Owner"_qs);
        QCOMPARE(text(1, MovementListModel::Note), u"Waybill 7"_qs);
        QCOMPARE(text(1, MovementListModel::Status), QString());

        QVERIFY(shop.stock.reverse(shop.owner, wrong));
        QCOMPARE(model.rowCount(), 3);
        // The reversal is dated like the original and comes just before it, newest first.
        QVERIFY(model.isReversal(0));
        QCOMPARE(text(0, MovementListModel::Quantity), u"\u22123\u00A0kg"_qs);
        QCOMPARE(text(0, MovementListModel::Status), u"Reversal"_qs);
        QVERIFY(model.isReversed(1));
        QVERIFY(model.index(1, 0).data(MovementListModel::ReversedRole).toBool());
        QCOMPARE(text(1, MovementListModel::Status), u"Reversed"_qs);
        QVERIFY(model.index(1, MovementListModel::Kind).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!model.isReversed(2) && !model.isReversal(2));
        QCOMPARE(model.index(1, 0).data(MovementListModel::DocIdRole).value<Id>(), wrong);
    }

    void filters()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs, u"A"_qs);
        const Id b = shop.product(u"B"_qs, u"B"_qs);
        const qint64 day = 24 * Hour;
        const qint64 now = shop.tmp.clock().nowMs();
        QVERIFY(shop.stock.receive(shop.owner, a, Main, Quantity::fromUnits(5), {}, now - 3 * day));
        QVERIFY(shop.stock.receive(shop.owner, b, Main, Quantity::fromUnits(5), {}, now - 2 * day));
        QVERIFY(shop.stock.transfer(shop.owner, a, Main, StockService::quarantineLocationId(),
                                    Quantity::fromUnits(1), {}, now - day));
        MovementListModel model(shop.services(), shop.owner);
        QCOMPARE(model.rowCount(), 4);
        MovementFilter f;
        f.productId = a;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 3);
        f.kind = MovementKind::Transfer;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        f = {};
        f.locationId = StockService::quarantineLocationId();
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        f = {};
        f.from = now - 2 * day - Hour;
        f.to = now - day;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.movementAt(0)->productId, b);
    }

    void hidesCostWithoutPermission()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs, u"P"_qs);
        shop.receive(p, Main, 1, 9900);
        MovementListModel model(shop.services(), Actor::withRole(Role::Warehouse));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, MovementListModel::UnitCost).data().toString(), QString());
        QCOMPARE(model.index(0, MovementListModel::Quantity).data().toString(), u"+1\u00A0pcs"_qs);
    }
};

QTEST_MAIN(TestMovementListModel)
#include "TestMovementListModel.moc"

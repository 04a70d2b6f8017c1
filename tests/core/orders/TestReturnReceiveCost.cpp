#include "support/ShippedOrders.h"

#include <QTest>

using namespace kontor;
using test::StockShop;

// Goods that come back carry the cost frozen when they shipped, whoever receives the return.
class TestReturnReceiveCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnKeepsTheShipmentCost_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("owner") << int(Role::Owner);
        QTest::newRow("warehouse, who may not see costs") << int(Role::Warehouse);
    }

    void returnKeepsTheShipmentCost()
    {
        QFETCH(int, role);
        StockShop shop;
        const Id tea = shop.product(u"TEA"_qs);
        shop.receive(tea, StockService::mainLocationId(), 10, 4200);
        const Customer anna = test::makeCustomer(shop, u"Anna"_qs);
        const Order order = test::shippedOrder(shop, anna.id, {{tea, 2}});
        QCOMPARE(order.lines.at(0).unitCost, std::optional<qint64>(4200));
        // A later receipt at another cost must not change what the returned unit is worth.
        shop.receive(tea, StockService::mainLocationId(), 10, 9000);

        Return r;
        r.orderId = order.id;
        ReturnLine line;
        line.orderLineId = order.lines.at(0).id;
        line.quantity = Quantity::fromUnits(1);
        r.lines = {line};
        const Actor actor = Actor::withRole(Role(role), u"Receiver"_qs);
        const Return opened = shop.returns.create(actor, r).value();
        QVERIFY(shop.returns.receive(actor, opened.id));

        MovementFilter filter;
        filter.productId = tea;
        filter.kind = MovementKind::CustomerReturn;
        const QList<Movement> back = shop.stock.movements(shop.owner, filter).value();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().quantity, Quantity::fromUnits(1));
        QCOMPARE(back.first().unitCost, std::optional<qint64>(4200));
    }
};

QTEST_MAIN(TestReturnReceiveCost)
#include "TestReturnReceiveCost.moc"

#include "support/Must.h"
#include "support/StockShop.h"

#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

// Returns against shipped order lines: limits, the stock effect of each decision, refunds and
// exchanges, permissions, and the return rate per product and reason.
class TestReturnService : public QObject
{
    Q_OBJECT

    const Id Main = StockService::mainLocationId();
    const Id Quarantine = StockService::quarantineLocationId();

    static Quantity units(qint64 n) { return Quantity::fromUnits(n); }

    // An order of `lines` (product, units) at 100.00 each, confirmed and shipped; paid in full.
    static Order shippedOrder(StockShop& shop, const QList<std::pair<Id, qint64>>& lines)
    {
        Order d;
        d.customerName = u"Мария"_qs;
        for (const auto& [product, n] : lines)
            d.lines.append(must(shop.orders.lineFor(shop.owner, product, units(n))));
        const Order o = must(shop.orders.create(shop.owner, d));
        must(shop.orders.recordPayment(shop.owner, o.id, o.total));
        must(shop.orders.confirm(shop.owner, o.id));
        must(shop.orders.ship(shop.owner, o.id));
        return must(shop.orders.order(shop.owner, o.id));
    }

    static ReturnLine returnLine(const OrderLine& l, qint64 n, ReturnReason reason, ReturnDecision decision)
    {
        ReturnLine r;
        r.orderLineId = l.id;
        r.quantity = units(n);
        r.reason = reason;
        r.decision = decision;
        return r;
    }

private Q_SLOTS:
    void eachDecisionMovesStockItsWay()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        const Id b = shop.product(u"B"_qs);
        const Id c = shop.product(u"C"_qs);
        const Id d = shop.product(u"D"_qs);
        for (const Id& p : {a, b, c, d})
            shop.receive(p, Main, 10);
        const Order o = shippedOrder(shop, {{a, 2}, {b, 2}, {c, 2}, {d, 2}});

        Return draft;
        draft.orderId = o.id;
        draft.lines = {returnLine(o.lines[0], 1, ReturnReason::ChangedMind, ReturnDecision::Restock),
                       returnLine(o.lines[1], 2, ReturnReason::Defect, ReturnDecision::Quarantine),
                       returnLine(o.lines[2], 1, ReturnReason::DamagedInDelivery, ReturnDecision::WriteOff),
                       returnLine(o.lines[3], 1, ReturnReason::WrongItem, ReturnDecision::ToSupplier)};
        draft.lines[3].condition = u"wrong colour, sealed"_qs;
        const Return r = must(shop.returns.create(shop.owner, draft));
        QCOMPARE(r.number, u"RMA-00001"_qs);
        QCOMPARE(r.status, ReturnStatus::Open);
        QCOMPARE(r.customerName, u"Мария"_qs);
        // Refunds default to each line's share of its total: 100.00 a unit.
        QCOMPARE(r.refundAmount, qint64(5 * 10000));
        QCOMPARE(r.lines[3].condition, u"wrong colour, sealed"_qs);
        // Nothing moves before the goods are back.
        QCOMPARE(shop.onHand(a, Main), units(8));

        const Return received = must(shop.returns.receive(shop.owner, r.id));
        QCOMPARE(received.status, ReturnStatus::Received);
        QCOMPARE(shop.onHand(a, Main), units(9));       // back to stock
        QCOMPARE(shop.onHand(b, Quarantine), units(2)); // to be inspected
        QCOMPARE(shop.onHand(b, Main), units(8));
        QCOMPARE(shop.onHand(c, Quarantine), Quantity()); // received and written off
        QCOMPARE(shop.onHand(c, Main), units(8));
        QCOMPARE(shop.onHand(d, Quarantine), units(1));                // awaits the supplier
        QCOMPARE(must(shop.stock.available(shop.owner, b)), units(8)); // quarantine is not for sale
        const Order after = must(shop.orders.order(shop.owner, o.id));
        QCOMPARE(after.lines[0].returned, units(1));
        QCOMPARE(after.lines[1].returned, units(2));
        QCOMPARE(must(shop.stock.verify(shop.owner)).size(), 0);

        // Closing refunds the money on the order.
        const Return closed = must(shop.returns.close(shop.owner, r.id));
        QCOMPARE(closed.status, ReturnStatus::Closed);
        QVERIFY(closed.refundedAt.has_value());
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).refundedAmount, qint64(50000));
        QVERIFY(!shop.returns.close(shop.owner, r.id));
    }

    // A return recorded late keeps the days it happened on: asked for, received and refunded in
    // the past, never before the order shipped, the goods came back or in the future.
    void keepsTheDaysOfAReturnRecordedLate()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        const Order o = shippedOrder(shop, {{a, 2}}); // shipped now
        const qint64 shipped = *o.shippedAt;
        constexpr qint64 Day = 86400000;
        shop.tmp.clock().advanceMs(20 * Day);
        const qint64 now = shop.tmp.clock().nowMs();

        Return draft;
        draft.orderId = o.id;
        draft.lines = {returnLine(o.lines[0], 1, ReturnReason::ChangedMind, ReturnDecision::Restock)};
        draft.createdAt = shipped - 1;
        QCOMPARE(shop.returns.create(shop.owner, draft).error().code, ErrorCode::Invalid);
        draft.createdAt = now + 1;
        QCOMPARE(shop.returns.create(shop.owner, draft).error().code, ErrorCode::Invalid);
        draft.createdAt = shipped + 5 * Day;
        const Return r = must(shop.returns.create(shop.owner, draft));
        QCOMPARE(r.createdAt, shipped + 5 * Day);
        const Return received = must(shop.returns.receive(shop.owner, r.id, shipped + 9 * Day));
        QCOMPARE(*received.receivedAt, shipped + 9 * Day);
        MovementFilter back;
        back.kind = MovementKind::CustomerReturn;
        const QList<Movement> moved = must(shop.stock.movements(shop.owner, back));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved[0].occurredAt, shipped + 9 * Day);

        QCOMPARE(shop.returns.close(shop.owner, r.id, shipped + 8 * Day).error().code, ErrorCode::Invalid);
        QCOMPARE(shop.returns.close(shop.owner, r.id, now + 1).error().code, ErrorCode::Invalid);
        QCOMPARE(must(shop.returns.returnById(shop.owner, r.id)).status, ReturnStatus::Received);
        const Return closed = must(shop.returns.close(shop.owner, r.id, shipped + 10 * Day));
        QCOMPARE(*closed.refundedAt, shipped + 10 * Day);
        QCOMPARE(must(shop.returns.returnById(shop.owner, r.id)).refundedAt,
                 std::optional(shipped + 10 * Day));
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).refundedAmount, qint64(10000));
    }

    void returnsAreLimitedToWhatShipped()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        const Order o = shippedOrder(shop, {{a, 3}});
        Return draft;
        draft.orderId = o.id;
        draft.lines = {returnLine(o.lines[0], 4, ReturnReason::Defect, ReturnDecision::Quarantine)};
        auto tooMany = shop.returns.create(shop.owner, draft);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().field, u"quantity"_qs);
        QVERIFY(tooMany.error().message.contains(u"Only 3 of A"_qs));

        draft.lines[0].quantity = units(2);
        const Return first = must(shop.returns.create(shop.owner, draft));
        QCOMPARE(must(shop.returns.returnable(shop.owner, o.id)).value(0).second, units(1));
        // An open return counts against what can be returned; a cancelled one no longer does.
        QVERIFY(!shop.returns.create(shop.owner, draft));
        must(shop.returns.cancel(shop.owner, first.id));
        QCOMPARE(must(shop.returns.returnable(shop.owner, o.id)).value(0).second, units(3));
        QVERIFY(!shop.returns.receive(shop.owner, first.id)); // cancelled stays cancelled

        // Orders that did not ship cannot be returned.
        const Order open = must(shop.orders.create(shop.owner, [&] {
            Order d;
            d.lines = {must(shop.orders.lineFor(shop.owner, a, units(1)))};
            return d;
        }()));
        Return notShipped;
        notShipped.orderId = open.id;
        notShipped.lines = {returnLine(open.lines[0], 1, ReturnReason::Defect, ReturnDecision::Restock)};
        QCOMPARE(shop.returns.create(shop.owner, notShipped).error().code, ErrorCode::Conflict);
    }

    void exchangeOpensAFreeOrder()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        const Order o = shippedOrder(shop, {{a, 1}});
        Return draft;
        draft.orderId = o.id;
        draft.resolution = ReturnResolution::Exchange;
        draft.lines = {returnLine(o.lines[0], 1, ReturnReason::Defect, ReturnDecision::Quarantine)};
        const Return r = must(shop.returns.create(shop.owner, draft));
        must(shop.returns.receive(shop.owner, r.id));
        const Return closed = must(shop.returns.close(shop.owner, r.id));
        QVERIFY(!closed.exchangeOrderId.isNull());
        const Order exchange = must(shop.orders.order(shop.owner, closed.exchangeOrderId));
        QCOMPARE(exchange.status, OrderStatus::Draft);
        QCOMPARE(exchange.total, qint64(0));
        QCOMPARE(exchange.lines.value(0).productId, a);
        QCOMPARE(exchange.customerName, u"Мария"_qs);
        QVERIFY(exchange.note.contains(r.number));
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).refundedAmount, qint64(0));
    }

    void rolesOpenReceiveAndRefund()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        const Order o = shippedOrder(shop, {{a, 2}});
        Return draft;
        draft.orderId = o.id;
        draft.lines = {returnLine(o.lines[0], 1, ReturnReason::ChangedMind, ReturnDecision::Restock)};
        const Actor support = Actor::withRole(Role::Support, u"Ира"_qs);
        const Actor warehouse = Actor::withRole(Role::Warehouse, u"Олег"_qs);
        const Return r = must(shop.returns.create(support, draft));
        // Support opens returns but does not move stock; the warehouse receives but does not refund.
        QCOMPARE(shop.returns.receive(support, r.id).error().code, ErrorCode::PermissionDenied);
        must(shop.returns.receive(warehouse, r.id));
        QCOMPARE(shop.returns.close(warehouse, r.id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(must(shop.returns.returnById(shop.owner, r.id)).status, ReturnStatus::Received);
        must(shop.returns.close(Actor::withRole(Role::Manager), r.id));
        QCOMPARE(must(shop.returns.returns(shop.owner, {})).size(), 1);
        ReturnFilter open;
        open.status = ReturnStatus::Open;
        QCOMPARE(must(shop.returns.returns(shop.owner, open)).size(), 0);
    }

    void returnRatesPerProductAndReason()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        const Id b = shop.product(u"B"_qs);
        shop.receive(a, Main, 20);
        shop.receive(b, Main, 20);
        const Order o1 = shippedOrder(shop, {{a, 4}, {b, 5}});
        const Order o2 = shippedOrder(shop, {{a, 6}});
        for (const auto& [order, lineIndex, n, reason] :
             {std::tuple{o1, 0, qint64(1), ReturnReason::Defect},
              std::tuple{o2, 0, qint64(2), ReturnReason::ChangedMind},
              std::tuple{o1, 1, qint64(1), ReturnReason::Defect}}) {
            Return d;
            d.orderId = order.id;
            d.lines = {returnLine(order.lines[lineIndex], n, reason, ReturnDecision::Restock)};
            must(shop.returns.receive(shop.owner, must(shop.returns.create(shop.owner, d)).id));
        }
        // An open return is not a return yet.
        Return pending;
        pending.orderId = o2.id;
        pending.lines = {returnLine(o2.lines[0], 1, ReturnReason::Defect, ReturnDecision::Restock)};
        must(shop.returns.create(shop.owner, pending));

        const auto perProduct = must(shop.returns.returnRates(shop.owner, 0, 0, false));
        QCOMPARE(perProduct.size(), 2);
        QCOMPARE(perProduct[0].sku, u"A"_qs);
        QCOMPARE(perProduct[0].shipped, units(10));
        QCOMPARE(perProduct[0].returned, units(3));
        QCOMPARE(perProduct[0].rateBp, 3000);
        QCOMPARE(perProduct[1].rateBp, 2000);
        const auto perReason = must(shop.returns.returnRates(shop.owner, 0, 0, true));
        QCOMPARE(perReason.size(), 3);
        // Sorted by SKU, then reason code: A changed mind (2 of 10), A defect (1 of 10), B defect.
        QCOMPARE(perReason[0].sku, u"A"_qs);
        QCOMPARE(perReason[0].reason, std::optional<ReturnReason>(ReturnReason::ChangedMind));
        QCOMPARE(perReason[0].rateBp, 2000);
        QCOMPARE(perReason[1].reason, std::optional<ReturnReason>(ReturnReason::Defect));
        QCOMPARE(perReason[1].returned, units(1));
        QCOMPARE(perReason[1].shipped, units(10));
        QCOMPARE(perReason[1].rateBp, 1000);
        QCOMPARE(perReason[2].sku, u"B"_qs);
        // Shipments outside the period are not counted.
        const qint64 later = shop.tmp.clock().nowMs() + 1;
        QCOMPARE(must(shop.returns.returnRates(shop.owner, later, 0, false)).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReturnService)
#include "TestReturnService.moc"

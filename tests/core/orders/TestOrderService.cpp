#include "security/AuditLog.h"
#include "support/Must.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

namespace {

constexpr qint64 Hour = 3600 * 1000;

} // namespace

// The sales order lifecycle: every transition allowed and refused, allocation and reservations,
// backorders, picking to the packing location, partial shipments, goods coming back, kits, FBO,
// lists and figures. On a real database file through the real stock ledger.
class TestOrderService : public QObject
{
    Q_OBJECT

    const Id Main = StockService::mainLocationId();
    const Id Packing = StockService::packingLocationId();

    // A line at the automatic price, or at a price set by hand.
    static OrderLine line(const Id& product, qint64 units, std::optional<qint64> handPrice = {})
    {
        OrderLine l;
        l.productId = product;
        l.quantity = Quantity::fromUnits(units);
        l.unitPrice = handPrice.value_or(0);
        l.priceOverridden = handPrice.has_value();
        return l;
    }

    static Order draftOf(QList<OrderLine> lines, SalesChannel channel = SalesChannel::Site)
    {
        Order o;
        o.channel = channel;
        o.customerName = u"Анна Петрова"_qs;
        o.lines = std::move(lines);
        return o;
    }

    static Quantity reserved(StockShop& shop, const Id& product, const Id& location)
    {
        return must(shop.stock.balance(shop.owner, product, location)).reserved;
    }

    static Quantity units(qint64 n) { return Quantity::fromUnits(n); }

private Q_SLOTS:
    void stateMachineTable()
    {
        using S = OrderStatus;
        const QList<S> all{S::Draft,     S::Confirmed,    S::Picking, S::Packed,   S::Shipped,
                           S::Delivered, S::NotCollected, S::Refused, S::Cancelled};
        const QList<std::pair<S, S>> allowed{
            {S::Draft, S::Confirmed},      {S::Draft, S::Cancelled},  {S::Confirmed, S::Picking},
            {S::Confirmed, S::Shipped},    {S::Confirmed, S::Draft},  {S::Confirmed, S::Cancelled},
            {S::Picking, S::Packed},       {S::Picking, S::Shipped},  {S::Picking, S::Cancelled},
            {S::Packed, S::Shipped},       {S::Packed, S::Cancelled}, {S::Shipped, S::Delivered},
            {S::Shipped, S::NotCollected}, {S::Shipped, S::Refused},
        };
        for (S from : all) {
            for (S to : all) {
                QCOMPARE(OrderService::canTransition(from, to), allowed.contains({from, to}));
            }
        }
    }

    void createFillsLinesFromTheCatalog()
    {
        StockShop shop;
        Product p = test::makeProduct(u"SOCK"_qs, u"Носки шерстяные"_qs, 49900);
        p.vatRateBp = 2200;
        const Id socks = must(shop.products.create(shop.owner, p)).id;
        QSignalSpy changed(&shop.orders, &OrderService::ordersChanged);

        OrderLine l = must(shop.orders.lineFor(shop.owner, socks, units(2)));
        QCOMPARE(l.unitPrice, qint64(49900));
        const Order o = must(shop.orders.create(shop.owner, draftOf({l})));
        QCOMPARE(o.number, u"SO-00001"_qs);
        QCOMPARE(o.status, OrderStatus::Draft);
        QCOMPARE(o.currency, u"RUB"_qs);
        QVERIFY(o.pricesIncludeVat);
        QCOMPARE(o.lines.size(), 1);
        QCOMPARE(o.lines[0].sku, u"SOCK"_qs);
        QCOMPARE(o.lines[0].name, u"Носки шерстяные"_qs);
        QCOMPARE(o.lines[0].vatBp, std::optional<int>(2200));
        QVERIFY(!o.lines[0].priceOverridden);
        QCOMPARE(o.total, qint64(99800));
        QCOMPARE(o.vatTotal, qint64(17997)); // 998.00 x 22/122 = 179.967...
        QCOMPARE(changed.count(), 1);
        // Read back the same; the second order gets the next number.
        const Order again = must(shop.orders.order(shop.owner, o.id));
        QCOMPARE(again.total, o.total);
        QCOMPARE(again.lines[0].vat, o.lines[0].vat);
        QCOMPARE(must(shop.orders.create(shop.owner, draftOf({l}))).number, u"SO-00002"_qs);
        // Every write left change-log rows.
        auto q = shop.tmp.db().connection().query(
            "SELECT COUNT(*) FROM change_log WHERE table_name IN ('sales_orders', 'sales_order_lines')");
        QCOMPARE(must(q.scalarInt()).value_or(0), qint64(4));
    }

    void draftEditingAndValidation()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        const Id b = shop.product(u"B"_qs);
        Order o = must(shop.orders.create(shop.owner, draftOf({line(a, 1)})));
        o.lines.append(line(b, 2));
        o.lines[0].quantity = units(3);
        o = must(shop.orders.updateDraft(shop.owner, o));
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.total, qint64(50000));
        o.lines.removeFirst();
        o = must(shop.orders.updateDraft(shop.owner, o));
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).lines.size(), 1);

        Order bad = o;
        bad.lines[0].quantity = Quantity();
        auto refused = shop.orders.updateDraft(shop.owner, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"quantity"_qs);
        QVERIFY(refused.error().message.contains(u"line 1"_qs));

        // Confirmed orders are not edited in place.
        shop.receive(b, Main, 5);
        must(shop.orders.confirm(shop.owner, o.id));
        auto locked = shop.orders.updateDraft(shop.owner, o);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, ErrorCode::Conflict);
        must(shop.orders.backToDraft(shop.owner, o.id));
        QCOMPARE(reserved(shop, b, Main), Quantity());
        QVERIFY(shop.orders.updateDraft(shop.owner, o));
    }

    void priceOverrideNeedsThePermissionAndIsAudited()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        const Actor support = Actor::withRole(Role::Support, u"Ира"_qs);
        auto refused = shop.orders.create(support, draftOf({line(a, 1, 5000)}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        // At the catalog price support may take the order.
        QVERIFY(shop.orders.create(support, draftOf({line(a, 1, 10000)})));

        const Order o = must(shop.orders.create(shop.owner, draftOf({line(a, 1, 5000)})));
        QVERIFY(o.lines[0].priceOverridden);
        QCOMPARE(o.total, qint64(5000));
        const QList<AuditEntry> audit = must(AuditLog::entries(shop.tmp.db().connection(), o.id));
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(),
                            [](const AuditEntry& e) { return e.action == u"order.price_override"; }));
        // Saving the draft again at the same price asks nothing more of support.
        Order same = o;
        same.note = u"call first"_qs;
        QVERIFY(shop.orders.updateDraft(support, same));
    }

    void confirmReservesAndCancelReleases()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        const Order o = must(shop.orders.create(shop.owner, draftOf({line(a, 3)})));
        const Order c = must(shop.orders.confirm(shop.owner, o.id));
        QCOMPARE(c.status, OrderStatus::Confirmed);
        QCOMPARE(c.lines[0].reserved, units(3));
        QCOMPARE(c.lines[0].locationId, Main);
        QCOMPARE(reserved(shop, a, Main), units(3));
        QCOMPARE(must(shop.stock.available(shop.owner, a)), units(7));
        QCOMPARE(must(shop.stock.reservationsFor(shop.owner, OrderService::reservationKind(), o.id)).size(),
                 1);

        shop.tmp.clock().advanceMs(Hour);
        const Order x = must(shop.orders.cancel(shop.owner, o.id, u"customer changed mind"_qs));
        QCOMPARE(x.status, OrderStatus::Cancelled);
        QCOMPARE(reserved(shop, a, Main), Quantity());
        QCOMPARE(must(shop.stock.available(shop.owner, a)), units(10));
        const QList<OrderEvent> events = must(shop.orders.events(shop.owner, o.id));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].from, OrderStatus::Draft);
        QCOMPARE(events[0].to, OrderStatus::Confirmed);
        QCOMPARE(events[1].to, OrderStatus::Cancelled);
        QCOMPARE(events[1].note, u"customer changed mind"_qs);
        QCOMPARE(events[1].userName, shop.owner.name);
        QCOMPARE(events[1].at - events[0].at, Hour);
    }

    void illegalTransitionsAreRefusedWithAReason()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        const Order o = must(shop.orders.create(shop.owner, draftOf({line(a, 1)})));

        auto early = shop.orders.ship(shop.owner, o.id);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::Conflict);
        QVERIFY2(early.error().message.contains(u"Confirm it first"_qs), qPrintable(early.error().message));
        QVERIFY(!shop.orders.startPicking(shop.owner, o.id));
        QVERIFY(!shop.orders.markDelivered(shop.owner, o.id));

        must(shop.orders.confirm(shop.owner, o.id));
        QVERIFY(!shop.orders.confirm(shop.owner, o.id));
        QVERIFY(!shop.orders.markPacked(shop.owner, o.id)); // picking first
        must(shop.orders.ship(shop.owner, o.id));
        auto late = shop.orders.cancel(shop.owner, o.id);
        QVERIFY(!late);
        QVERIFY2(late.error().message.contains(u"return"_qs), qPrintable(late.error().message));
        QVERIFY(!shop.orders.backToDraft(shop.owner, o.id));
        must(shop.orders.markDelivered(shop.owner, o.id));
        QVERIFY(!shop.orders.markNotCollected(shop.owner, o.id));
        QVERIFY(!shop.orders.ship(shop.owner, o.id));

        const Order gone = must(shop.orders.create(shop.owner, draftOf({line(a, 1)})));
        must(shop.orders.cancel(shop.owner, gone.id));
        auto again = shop.orders.confirm(shop.owner, gone.id);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"stays cancelled"_qs));
        // An order with no lines is not confirmed.
        const Order empty = must(shop.orders.create(shop.owner, draftOf({})));
        auto nothing = shop.orders.confirm(shop.owner, empty.id);
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().field, u"lines"_qs);
    }

    void permissionsPerRole()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        const Actor warehouse = Actor::withRole(Role::Warehouse, u"Склад"_qs);
        const Actor support = Actor::withRole(Role::Support, u"Поддержка"_qs);
        QCOMPARE(shop.orders.create(warehouse, draftOf({line(a, 1)})).error().code,
                 ErrorCode::PermissionDenied);
        const Order o = must(shop.orders.create(support, draftOf({line(a, 1)})));
        QCOMPARE(shop.orders.confirm(warehouse, o.id).error().code, ErrorCode::PermissionDenied);
        must(shop.orders.confirm(support, o.id));
        QCOMPARE(shop.orders.startPicking(support, o.id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(shop.orders.ship(support, o.id).error().code, ErrorCode::PermissionDenied);
        must(shop.orders.startPicking(warehouse, o.id));
        must(shop.orders.markPacked(warehouse, o.id));
        must(shop.orders.ship(warehouse, o.id));
        QCOMPARE(shop.orders.margin(support, o).error().code, ErrorCode::PermissionDenied);
        // Support reads orders but never costs.
        QVERIFY(!must(shop.orders.order(support, o.id)).lines[0].unitCost.has_value());
    }

    void confirmIsRefusedWhenStockIsShort()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        const Id b = shop.product(u"B"_qs);
        shop.receive(a, Main, 5);
        shop.receive(b, Main, 2);
        const Order o = must(shop.orders.create(shop.owner, draftOf({line(a, 1), line(b, 3)})));
        auto refused = shop.orders.confirm(shop.owner, o.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(u"Only 2 of B"_qs), qPrintable(refused.error().message));
        // Nothing half-done: the first line's reservation was rolled back with the rest.
        QCOMPARE(reserved(shop, a, Main), Quantity());
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).status, OrderStatus::Draft);
    }

    void backordersWaitAndAreReservedOldestFirst()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        must(shop.stock.setAllowBackorders(shop.owner, a, true));
        const Order older = must(shop.orders.create(shop.owner, draftOf({line(a, 2)})));
        shop.tmp.clock().advanceMs(Hour);
        const Order newer = must(shop.orders.create(shop.owner, draftOf({line(a, 2)})));
        // Confirmed in the other order: allocation goes by the order date, not by confirmation.
        QCOMPARE(must(shop.orders.confirm(shop.owner, newer.id)).waitingLines(), 1);
        QCOMPARE(must(shop.orders.confirm(shop.owner, older.id)).waitingLines(), 1);
        QCOMPARE(reserved(shop, a, Main), Quantity());

        QSignalSpy changed(&shop.orders, &OrderService::ordersChanged);
        shop.receive(a, Main, 3); // enough for one whole line only
        QCOMPARE(must(shop.orders.order(shop.owner, older.id)).lines[0].reserved, units(2));
        QCOMPARE(must(shop.orders.order(shop.owner, newer.id)).lines[0].reserved, Quantity());
        QCOMPARE(reserved(shop, a, Main), units(2));
        QVERIFY(changed.count() >= 1);
        shop.receive(a, Main, 1);
        QCOMPARE(must(shop.orders.order(shop.owner, newer.id)).lines[0].reserved, units(2));
        QCOMPARE(must(shop.stock.available(shop.owner, a)), Quantity());
    }

    void allocationPrefersOneLocationForTheWholeOrder()
    {
        StockShop shop;
        const auto [spb, spbMain] = shop.ownWarehouse(u"SPB"_qs, u"Петербург"_qs);
        const Id x = shop.product(u"X"_qs);
        const Id y = shop.product(u"Y"_qs);
        shop.receive(x, Main, 1);
        shop.receive(x, spbMain, 5);
        shop.receive(y, spbMain, 2);
        // Main (priority 10) cannot ship it whole; Saint Petersburg can: everything from there.
        const Order whole = must(shop.orders.create(shop.owner, draftOf({line(x, 3), line(y, 1)})));
        const Order w = must(shop.orders.confirm(shop.owner, whole.id));
        QCOMPARE(w.lines[0].locationId, spbMain);
        QCOMPARE(w.lines[1].locationId, spbMain);

        // No location has it all: line by line, by priority.
        shop.receive(x, Main, 4); // main: 5 of X
        const Order split = must(shop.orders.create(shop.owner, draftOf({line(x, 4), line(y, 1)})));
        const Order s = must(shop.orders.confirm(shop.owner, split.id));
        QCOMPARE(s.lines[0].locationId, Main);
        QCOMPARE(s.lines[1].locationId, spbMain);

        // The user's choice wins, and is refused when that location cannot ship.
        Order chosen = draftOf({line(x, 1)});
        chosen.locationId = spbMain;
        const Order c =
            must(shop.orders.confirm(shop.owner, must(shop.orders.create(shop.owner, chosen)).id));
        QCOMPARE(c.lines[0].locationId, spbMain);
        Order quarantine = draftOf({line(x, 1)});
        quarantine.locationId = StockService::quarantineLocationId();
        auto refused = shop.orders.confirm(shop.owner, must(shop.orders.create(shop.owner, quarantine)).id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"location"_qs);
    }

    void packingMovesGoodsAndShippingFreezesCost()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10, 1200);
        const Order o = must(shop.orders.create(shop.owner, draftOf({line(a, 4)})));
        must(shop.orders.confirm(shop.owner, o.id));
        must(shop.orders.startPicking(shop.owner, o.id));
        const Order packed = must(shop.orders.markPacked(shop.owner, o.id));
        QCOMPARE(packed.lines[0].picked, units(4));
        QCOMPARE(shop.onHand(a, Main), units(6));
        QCOMPARE(shop.onHand(a, Packing), units(4));
        QCOMPARE(reserved(shop, a, Main), Quantity());
        QCOMPARE(reserved(shop, a, Packing), units(4));
        QCOMPARE(must(shop.stock.available(shop.owner, a)), units(6));

        ShipRequest request;
        request.trackingNumber = u" RA123456789RU "_qs;
        const ShipResult shipped = must(shop.orders.ship(shop.owner, o.id, request));
        QVERIFY(shipped.backorderId.isNull());
        QCOMPARE(shop.onHand(a, Packing), Quantity());
        QCOMPARE(reserved(shop, a, Packing), Quantity());
        QCOMPARE(shop.onHand(a, Main), units(6));
        const Order s = must(shop.orders.order(shop.owner, o.id));
        QCOMPARE(s.status, OrderStatus::Shipped);
        QCOMPARE(s.trackingNumber, u"RA123456789RU"_qs);
        QCOMPARE(s.lines[0].shipped, units(4));
        QCOMPARE(s.lines[0].unitCost, std::optional<qint64>(1200));
        const QList<Movement> doc = must(shop.stock.document(shop.owner, shipped.stockDocId));
        QCOMPARE(doc.size(), 1);
        QCOMPARE(doc[0].kind, MovementKind::Shipment);
        QCOMPARE(doc[0].refId, o.id);
        // A receipt at another cost later does not re-cost the shipped order.
        shop.receive(a, Main, 10, 3000);
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).lines[0].unitCost, std::optional<qint64>(1200));
    }

    void cancellingAPackedOrderPutsTheGoodsBack()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 5);
        const Order o = must(shop.orders.create(shop.owner, draftOf({line(a, 2)})));
        must(shop.orders.confirm(shop.owner, o.id));
        must(shop.orders.startPicking(shop.owner, o.id));
        must(shop.orders.markPacked(shop.owner, o.id));
        QCOMPARE(shop.onHand(a, Packing), units(2));
        must(shop.orders.cancel(shop.owner, o.id));
        QCOMPARE(shop.onHand(a, Packing), Quantity());
        QCOMPARE(shop.onHand(a, Main), units(5));
        QCOMPARE(reserved(shop, a, Main), Quantity());
        QCOMPARE(reserved(shop, a, Packing), Quantity());
        QCOMPARE(must(shop.stock.verify(shop.owner)).size(), 0);
    }

    void partialShipmentSplitsTheRestIntoANewOrder()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        const Id b = shop.product(u"B"_qs);
        must(shop.stock.setAllowBackorders(shop.owner, b, true));
        shop.receive(a, Main, 10);
        Order d = draftOf({line(a, 5), line(b, 2, 25000)});
        d.orderDiscount = 1000;
        d.shippingCharge = 30000;
        const Order o = must(shop.orders.create(shop.owner, d));
        const qint64 originalTotal = o.total;
        must(shop.orders.confirm(shop.owner, o.id));

        // Ship 3 of the 5 reserved A; B waits for stock.
        ShipRequest request;
        request.lines = {{o.lines[0].id, units(3)}};
        const ShipResult r = must(shop.orders.ship(shop.owner, o.id, request));
        QVERIFY(!r.backorderId.isNull());
        const Order shipped = must(shop.orders.order(shop.owner, o.id));
        const Order back = must(shop.orders.order(shop.owner, r.backorderId));
        QCOMPARE(shipped.status, OrderStatus::Shipped);
        QCOMPARE(shipped.lines.size(), 1);
        QCOMPARE(shipped.lines[0].quantity, units(3));
        QCOMPARE(shipped.lines[0].shipped, units(3));
        QCOMPARE(back.status, OrderStatus::Confirmed);
        QCOMPARE(back.splitFrom, o.id);
        QCOMPARE(back.lines.size(), 2);
        QCOMPARE(back.lines[0].quantity, units(2));
        QCOMPARE(back.lines[0].reserved, units(2));
        QCOMPARE(back.lines[1].id, o.lines[1].id); // the whole waiting line moved
        QCOMPARE(back.waitingLines(), 1);
        QCOMPARE(back.shippingCharge, qint64(0));
        // Money: the parts add up to the original order (whole units, so no rounding to lose).
        QCOMPARE(shipped.total + back.total, originalTotal);
        QCOMPARE(shipped.orderDiscount + back.orderDiscount, qint64(1000));
        // The reservation of the 2 A left moved to the new order.
        QCOMPARE(reserved(shop, a, Main), units(2));
        QCOMPARE(must(shop.stock.reservationsFor(shop.owner, OrderService::reservationKind(), o.id)).size(),
                 0);
        QCOMPARE(
            must(shop.stock.reservationsFor(shop.owner, OrderService::reservationKind(), back.id)).size(), 1);
        QCOMPARE(shop.onHand(a, Main), units(7));
        // B arrives: the backorder's waiting line is reserved; then it ships whole.
        shop.receive(b, Main, 2);
        QCOMPARE(must(shop.orders.order(shop.owner, back.id)).waitingLines(), 0);
        QVERIFY(must(shop.orders.ship(shop.owner, back.id)).backorderId.isNull());
        QCOMPARE(must(shop.stock.verify(shop.owner)).size(), 0);
        // Shipping more than is reserved is refused.
        const Order more = must(shop.orders.create(shop.owner, draftOf({line(a, 1)})));
        must(shop.orders.confirm(shop.owner, more.id));
        ShipRequest tooMany;
        tooMany.lines = {{more.lines[0].id, units(2)}};
        auto refused = shop.orders.ship(shop.owner, more.id, tooMany);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"reserved"_qs));
    }

    void partialPaymentStaysWithTheShippedOrder()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        const Order o = must(shop.orders.create(shop.owner, draftOf({line(a, 4)})));
        must(shop.orders.recordPayment(shop.owner, o.id, o.total));
        must(shop.orders.confirm(shop.owner, o.id));
        ShipRequest half;
        half.lines = {{o.lines[0].id, units(2)}};
        const ShipResult r = must(shop.orders.ship(shop.owner, o.id, half));
        const Order shipped = must(shop.orders.order(shop.owner, o.id));
        const Order back = must(shop.orders.order(shop.owner, r.backorderId));
        QCOMPARE(shipped.paymentStatus, PaymentStatus::Paid);
        QCOMPARE(back.paymentStatus, PaymentStatus::Paid);
        QCOMPARE(shipped.paidAmount + back.paidAmount, o.total);
    }

    void goodsComeBackWhenNotCollectedOrRefused()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        QList<Id> ids;
        for (int i = 0; i < 4; ++i) {
            Order d = draftOf({line(a, 1)}, SalesChannel::MarketplaceFbs);
            d.customerName = i % 2 ? u"Борис"_qs : u"Анна"_qs;
            const Order o = must(shop.orders.create(shop.owner, d));
            must(shop.orders.confirm(shop.owner, o.id));
            must(shop.orders.ship(shop.owner, o.id));
            ids.append(o.id);
        }
        QCOMPARE(shop.onHand(a, Main), units(6));
        must(shop.orders.markDelivered(shop.owner, ids[0]));
        must(shop.orders.markDelivered(shop.owner, ids[1]));
        QCOMPARE(must(shop.orders.markNotCollected(shop.owner, ids[2])).status, OrderStatus::NotCollected);
        QCOMPARE(must(shop.orders.markRefused(shop.owner, ids[3], u"damaged box"_qs)).status,
                 OrderStatus::Refused);
        QCOMPARE(shop.onHand(a, Main), units(8));
        const QList<Movement> moves = must(shop.stock.movements(shop.owner, [&] {
            MovementFilter f;
            f.productId = a;
            f.locationId = Main;
            return f;
        }()));
        QCOMPARE(moves[0].kind, MovementKind::CustomerReturn);
        QCOMPARE(moves[0].reason, u"refused"_qs);

        const auto byChannel =
            must(shop.orders.buyoutRates(shop.owner, OrderService::BuyoutBy::Channel, 0, 0));
        QCOMPARE(byChannel.size(), 1);
        QCOMPARE(byChannel[0].key, u"marketplace_fbs"_qs);
        QCOMPARE(byChannel[0].shipped, 4);
        QCOMPARE(byChannel[0].collected, 2);
        QCOMPARE(byChannel[0].rateBp, 5000);
        const auto byCustomer =
            must(shop.orders.buyoutRates(shop.owner, OrderService::BuyoutBy::Customer, 0, 0));
        QCOMPARE(byCustomer.size(), 2);
        QCOMPARE(byCustomer[0].key, u"Анна"_qs);
        QCOMPARE(byCustomer[0].rateBp, 5000); // delivered + not collected
        const auto byProduct =
            must(shop.orders.buyoutRates(shop.owner, OrderService::BuyoutBy::Product, 0, 0));
        QCOMPARE(byProduct.value(0).shipped, 4);
    }

    void cashOnDeliveryIsPaidWhenDelivered()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 1);
        Order d = draftOf({line(a, 1)});
        d.paymentMethod = PaymentMethod::CashOnDelivery;
        const Order o = must(shop.orders.create(shop.owner, d));
        QCOMPARE(o.paymentStatus, PaymentStatus::Unpaid);
        must(shop.orders.confirm(shop.owner, o.id));
        must(shop.orders.ship(shop.owner, o.id));
        const Order done = must(shop.orders.markDelivered(shop.owner, o.id));
        QCOMPARE(done.paymentStatus, PaymentStatus::Paid);
        QCOMPARE(done.paidAmount, o.total);
        QVERIFY(done.deliveredAt.has_value());
    }

    void paymentsAndRefunds()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        const Order o = must(shop.orders.create(shop.owner, draftOf({line(a, 2)}))); // 200.00
        QCOMPARE(must(shop.orders.recordPayment(shop.owner, o.id, 5000)).paymentStatus,
                 PaymentStatus::Partial);
        QCOMPARE(must(shop.orders.recordPayment(shop.owner, o.id, 15000)).paymentStatus, PaymentStatus::Paid);
        QVERIFY(!shop.orders.recordPayment(shop.owner, o.id, -30000));
        const Actor support = Actor::withRole(Role::Support);
        QCOMPARE(shop.orders.recordRefund(support, o.id, 100).error().code, ErrorCode::PermissionDenied);
        QVERIFY(!shop.orders.recordRefund(shop.owner, o.id, 20001));
        QCOMPARE(must(shop.orders.recordRefund(shop.owner, o.id, 5000)).paymentStatus, PaymentStatus::Paid);
        QCOMPARE(must(shop.orders.recordRefund(shop.owner, o.id, 15000)).paymentStatus,
                 PaymentStatus::Refunded);
    }

    void kitsReserveAndShipTheirComponents()
    {
        StockShop shop;
        const Id cup = shop.product(u"CUP"_qs);
        const Id tea = shop.product(u"TEA"_qs);
        const Id gift = shop.product(u"GIFT"_qs);
        must(shop.stock.setKitComponents(shop.owner, gift, {{cup, units(2)}, {tea, units(1)}}));
        shop.receive(cup, Main, 10);
        shop.receive(tea, Main, 3);
        const Order o = must(shop.orders.create(shop.owner, draftOf({line(gift, 2)})));
        must(shop.orders.confirm(shop.owner, o.id));
        QCOMPARE(reserved(shop, cup, Main), units(4));
        QCOMPARE(reserved(shop, tea, Main), units(2));
        QCOMPARE(must(shop.stock.available(shop.owner, gift)), units(1));
        must(shop.orders.startPicking(shop.owner, o.id));
        must(shop.orders.markPacked(shop.owner, o.id));
        QCOMPARE(shop.onHand(cup, Packing), units(4));
        must(shop.orders.ship(shop.owner, o.id));
        QCOMPARE(shop.onHand(cup, Main), units(6));
        QCOMPARE(shop.onHand(cup, Packing), Quantity());
        QCOMPARE(shop.onHand(tea, Main), units(1));
        QCOMPARE(must(shop.stock.verify(shop.owner)).size(), 0);
    }

    void fboOrdersShipFromTheMarketplaceStock()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        const Order none =
            must(shop.orders.create(shop.owner, draftOf({line(a, 1)}, SalesChannel::MarketplaceFbo)));
        auto refused = shop.orders.confirm(shop.owner, none.id);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"marketplace"_qs));

        const Warehouse ozon = must(
            shop.stock.createWarehouse(shop.owner, u"OZON"_qs, u"Ozon FBO"_qs, WarehouseKind::Marketplace));
        Id fbo;
        for (const Location& l : must(shop.stock.locations(shop.owner))) {
            if (l.warehouseId == ozon.id)
                fbo = l.id;
        }
        shop.receive(a, Main, 5);
        shop.receive(a, fbo, 4);
        const Order o = must(shop.orders.confirm(shop.owner, none.id));
        QCOMPARE(o.lines[0].locationId, fbo);
        QCOMPARE(o.waitingLines(), 0);
        QCOMPARE(must(shop.stock.available(shop.owner, a)), units(5)); // own stock untouched
        must(shop.orders.ship(shop.owner, o.id));
        QCOMPARE(shop.onHand(a, fbo), units(3));
        QCOMPARE(shop.onHand(a, Main), units(5));
    }

    void listFiltersAndCounts()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 100);
        QList<Order> made;
        for (int i = 0; i < 12; ++i) {
            shop.tmp.clock().advanceMs(Hour);
            Order d = draftOf({line(a, 1)}, i % 3 == 0 ? SalesChannel::Phone : SalesChannel::Site);
            d.customerName = i == 5 ? u"Ёлкин Пётр"_qs : u"Customer %1"_qs.arg(i);
            d.shipBy = shop.tmp.clock().nowMs() + 2 * Hour;
            made.append(must(shop.orders.create(shop.owner, d)));
        }
        for (int i = 0; i < 6; ++i)
            must(shop.orders.confirm(shop.owner, made[i].id));
        must(shop.orders.ship(shop.owner, made[0].id));
        must(shop.orders.recordPayment(shop.owner, made[1].id, made[1].total));

        const auto all = must(shop.orders.list(shop.owner, {}, 0, 100));
        QCOMPARE(all.size(), 12);
        QCOMPARE(all.first().id, made.last().id); // newest first
        QCOMPARE(must(shop.orders.count(shop.owner, {})), 12);
        OrderFilter page;
        QCOMPARE(must(shop.orders.list(shop.owner, page, 10, 5)).size(), 2);
        // Seeking from a neighbouring page, or reading from the far end, gives the same pages.
        auto ids = [](const QList<OrderListRow>& rows) {
            QList<Id> out;
            for (const OrderListRow& r : rows)
                out.append(r.id);
            return out;
        };
        const auto p0 = must(shop.orders.list(shop.owner, page, 0, 5));
        const auto p1 = must(shop.orders.list(shop.owner, page, 5, 5));
        const auto p2 = must(shop.orders.list(shop.owner, page, 10, 5));
        QCOMPARE(ids(must(shop.orders.list(shop.owner, page, 5, 5,
                                           OrderPageAnchor{p0.last().orderedAt, p0.last().localId, false}))),
                 ids(p1));
        QCOMPARE(ids(must(shop.orders.list(shop.owner, page, 5, 5,
                                           OrderPageAnchor{p2.first().orderedAt, p2.first().localId, true}))),
                 ids(p1));
        QCOMPARE(ids(must(shop.orders.list(shop.owner, page, 10, 5, {}, 12))), ids(p2));
        QCOMPARE(ids(must(shop.orders.list(shop.owner, page, 7, 5, {}, 12))), ids(all.mid(7, 5)));

        OrderFilter confirmed;
        confirmed.statuses = {OrderStatus::Confirmed};
        QCOMPARE(must(shop.orders.count(shop.owner, confirmed)), 5);
        OrderFilter phone;
        phone.channel = SalesChannel::Phone;
        QCOMPARE(must(shop.orders.count(shop.owner, phone)), 4);
        OrderFilter paid;
        paid.paid = PaidFilter::Paid;
        QCOMPARE(must(shop.orders.count(shop.owner, paid)), 1);
        OrderFilter text;
        text.text = u"Ёлкин"_qs;
        QCOMPARE(must(shop.orders.list(shop.owner, text, 0, 10)).value(0).id, made[5].id);
        text.text = made[7].number;
        QCOMPARE(must(shop.orders.count(shop.owner, text)), 1);
        // Any part, any case: the middle of a name, of a tracking number; short text: the number's start.
        text.text = u"ЛКИН П"_qs;
        QCOMPARE(must(shop.orders.count(shop.owner, text)), 1);
        text.text = u"mer 1"_qs; // Customer 1, 10, 11
        QCOMPARE(must(shop.orders.count(shop.owner, text)), 3);
        Order tracked = must(shop.orders.order(shop.owner, made[0].id));
        tracked.trackingNumber = u"RA123456789RU"_qs;
        must(shop.orders.updateShipping(shop.owner, tracked));
        text.text = u"456789"_qs;
        QCOMPARE(must(shop.orders.list(shop.owner, text, 0, 10)).value(0).id, made[0].id);
        text.text = u"SO"_qs;
        QCOMPARE(must(shop.orders.count(shop.owner, text)), 12);
        // Later on, the confirmed ones not shipped are overdue; the shipped one is not.
        shop.tmp.clock().advanceMs(10 * Hour);
        OrderFilter overdue;
        overdue.overdueToShip = true;
        QCOMPARE(must(shop.orders.count(shop.owner, overdue)), 5);
        OrderFilter period;
        period.from = made[2].orderedAt;
        period.to = made[4].orderedAt;
        QCOMPARE(must(shop.orders.count(shop.owner, period)), 2);
    }

    void marginAfterCostsShippingCommissionAndFees()
    {
        StockShop shop;
        Product p = test::makeProduct(u"A"_qs, u"A"_qs, 12000);
        p.vatRateBp = 2000;
        const Id a = must(shop.products.create(shop.owner, p)).id;
        shop.receive(a, Main, 10, 5000);
        Order d = draftOf({line(a, 3)});
        d.shippingCost = 3000;
        d.commission = 2000;
        d.paymentFee = 500;
        const Order o = must(shop.orders.create(shop.owner, d));
        const OrderMargin m = must(shop.orders.margin(shop.owner, o));
        // 360.00 with 20 % VAT contained: net 300.00; cost 3 x 50.00.
        QCOMPARE(m.revenue, qint64(30000));
        QCOMPARE(m.costOfGoods, qint64(15000));
        QCOMPARE(m.grossMargin, qint64(15000));
        QCOMPARE(m.contribution, qint64(15000 - 5500));
        QVERIFY(m.costComplete);
        QCOMPARE(m.lineMargins, (QList<qint64>{15000}));
        // Unknown cost is said, not taken as zero silently.
        const Id b = shop.product(u"B"_qs);
        QVERIFY(
            !must(shop.orders.margin(shop.owner, must(shop.orders.create(shop.owner, draftOf({line(b, 1)})))))
                 .costComplete);
    }

    void carriersAndOnTimeRate()
    {
        StockShop shop;
        Carrier cdek;
        cdek.name = u"СДЭК"_qs;
        cdek.trackingUrl = u"https://www.cdek.ru/ru/tracking?order_id={tracking}"_qs;
        cdek = must(shop.orders.saveCarrier(shop.owner, cdek));
        QCOMPARE(cdek.trackingLink(u"10 20"_qs), u"https://www.cdek.ru/ru/tracking?order_id=10%2020"_qs);
        Carrier twin;
        twin.name = u"сдэк"_qs;
        QCOMPARE(shop.orders.saveCarrier(shop.owner, twin).error().code, ErrorCode::Conflict);
        Carrier bad;
        bad.name = u"Post"_qs;
        bad.trackingUrl = u"javascript:alert(1)"_qs;
        QVERIFY(!shop.orders.saveCarrier(shop.owner, bad));
        QCOMPARE(must(shop.orders.carriers(shop.owner)).size(), 1);

        const Id a = shop.product(u"A"_qs);
        shop.receive(a, Main, 10);
        const qint64 now = shop.tmp.clock().nowMs();
        for (int i = 0; i < 4; ++i) {
            Order d = draftOf({line(a, 1)});
            d.promisedDelivery = now + 2 * 24 * Hour;
            const Order o = must(shop.orders.create(shop.owner, d));
            must(shop.orders.confirm(shop.owner, o.id));
            ShipRequest r;
            r.carrierId = cdek.id;
            must(shop.orders.ship(shop.owner, o.id, r));
            // Three on time, one a day late.
            must(shop.orders.markDelivered(shop.owner, o.id, now + (i < 3 ? 1 : 3) * 24 * Hour));
        }
        QCOMPARE(must(shop.orders.carrierOnTimeBp(shop.owner, cdek.id, 0, 0)), std::optional<int>(7500));
        shop.tmp.clock().advanceMs(4 * 24 * Hour);
        QCOMPARE(must(shop.orders.carrierOnTimeRates(shop.owner, 90)).value(cdek.id, -1), 7500);
        shop.tmp.clock().advanceMs(100 * 24 * Hour); // the deliveries are older than 90 days now
        QVERIFY(must(shop.orders.carrierOnTimeRates(shop.owner, 90)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderService)
#include "TestOrderService.moc"

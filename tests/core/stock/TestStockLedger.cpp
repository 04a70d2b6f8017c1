#include "stock/StockService.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace kontor;
using namespace kontor::test;

namespace {

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Minute = 60 * 1000;
// 2026-03-02 00:00 UTC
constexpr qint64 Day0 = 1772409600000;

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

} // namespace

// The ledger and count rules of ARCHITECTURE.md ("Data rules"), balances against a reference
// computation, reversals, availability, transfers, kits and moving-average valuation.
class TestStockLedger : public QObject
{
    Q_OBJECT

private:
    // Reference: on hand = latest count (ties: later hlc) + movements strictly after it.
    static qint64 referenceOnHand(const QList<Movement>& moves, const QList<CountEvent>& counts)
    {
        const CountEvent* governing = nullptr;
        for (const CountEvent& c : counts) {
            if (!governing || c.countedAt > governing->countedAt ||
                (c.countedAt == governing->countedAt && c.hlc > governing->hlc))
                governing = &c;
        }
        qint64 total = governing ? governing->quantity.milli() : 0;
        for (const Movement& m : moves) {
            if (!governing || m.occurredAt > governing->countedAt)
                total += m.quantity.milli();
        }
        return total;
    }

private Q_SLOTS:
    void builtInLocations()
    {
        StockShop f;
        auto locations = f.stock.locations(f.owner);
        QVERIFY(locations);
        QCOMPARE(locations->size(), 4);
        auto main = f.stock.location(f.owner, StockService::mainLocationId());
        QVERIFY(main && main->sellable());
        QVERIFY(!f.stock.location(f.owner, StockService::transitLocationId())->sellable());
        QVERIFY(!f.stock.location(f.owner, StockService::quarantineLocationId())->sellable());
        QVERIFY(f.stock.location(f.owner, StockService::packingLocationId())->sellable());
        QCOMPARE(StockService::displayName(*main), u"Main stock"_qs);
    }

    // ARCHITECTURE.md: receive 20 at 09:00, ship 2 at 10:00, count 16 at 11:00 on an offline laptop,
    // ship 1 at 12:05, the count syncs at 12:10 -> on hand 15; a shipment entered later but dated
    // 10:30 keeps 15.
    void workedExample()
    {
        StockShop shop;
        const Id p = shop.product(u"W-1"_qs);
        shop.tmp.clock().setMs(Day0 + 9 * Hour);
        QVERIFY(shop.stock.receive(shop.owner, p, StockService::mainLocationId(), units(20)));
        shop.tmp.clock().setMs(Day0 + 10 * Hour);
        QVERIFY(shop.stock.ship(shop.owner, p, StockService::mainLocationId(), units(2)));

        // The laptop: its own database file, same product (the same ids, as sync would give it).
        TempDatabase laptop;
        laptop.clock().setMs(Day0 + 11 * Hour);
        StockService laptopStock(laptop.db());
        ProductService laptopProducts(laptop.db());
        Product copy = *shop.products.product(shop.owner, p);
        QVERIFY(laptopProducts.create(shop.owner, copy)); // a different id, mapped below
        const Id laptopProduct = laptopProducts.productBySku(shop.owner, u"W-1"_qs).value()->id;
        QVERIFY(laptopStock.postCounts(shop.owner, {CountEvent{{},
                                                               {},
                                                               laptopProduct,
                                                               StockService::mainLocationId(),
                                                               units(16),
                                                               Day0 + 11 * Hour,
                                                               0,
                                                               {},
                                                               {},
                                                               0}}));
        QList<CountEvent> offline = *laptopStock.counts(shop.owner, laptopProduct);
        QCOMPARE(offline.size(), 1);
        offline[0].productId = p;

        shop.tmp.clock().setMs(Day0 + 12 * Hour + 5 * Minute);
        QVERIFY(shop.stock.ship(shop.owner, p, StockService::mainLocationId(), units(1)));
        QCOMPARE(shop.onHand(p), units(17));

        shop.tmp.clock().setMs(Day0 + 12 * Hour + 10 * Minute);
        QCOMPARE(shop.stock.applyRecords(shop.owner, {}, offline).value(), 1);
        QCOMPARE(shop.onHand(p), units(15));
        // Applying the same count again (sync retried) changes nothing.
        QCOMPARE(shop.stock.applyRecords(shop.owner, {}, offline).value(), 0);
        QCOMPARE(shop.onHand(p), units(15));

        // A shipment entered now but dated 10:30 happened before the count: already in it.
        shop.tmp.clock().setMs(Day0 + 13 * Hour);
        QVERIFY(shop.stock.ship(shop.owner, p, StockService::mainLocationId(), units(1),
                                Day0 + 10 * Hour + 30 * Minute));
        QCOMPARE(shop.onHand(p), units(15));
        // The count difference is derived: before the 10:30 shipment it was 16 - 18 = -2, now 16 - 17 = -1.
        QCOMPARE(shop.stock.countDifference(shop.owner, offline[0]).value(), units(-1));
        QVERIFY(shop.stock.verify(shop.owner)->isEmpty());
    }

    void movementAtCountTimeIsInTheCount()
    {
        StockShop f;
        const Id p = f.product(u"T-1"_qs);
        f.tmp.clock().setMs(Day0 + 12 * Hour);
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(10), {}, Day0 + 8 * Hour));
        QVERIFY(f.stock.postCounts(
            f.owner,
            {CountEvent{
                {}, {}, p, StockService::mainLocationId(), units(7), Day0 + 10 * Hour, 0, {}, {}, 0}}));
        QVERIFY(f.stock.adjust(f.owner, p, StockService::mainLocationId(), units(-1),
                               MovementReasons::Damage.toString(), {}, Day0 + 10 * Hour));
        QCOMPARE(f.onHand(p), units(7));
        QVERIFY(f.stock.adjust(f.owner, p, StockService::mainLocationId(), units(-1),
                               MovementReasons::Damage.toString(), {}, Day0 + 10 * Hour + 1));
        QCOMPARE(f.onHand(p), units(6));
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    // Random movements and counts over a few products and locations, applied in a random arrival
    // order, always give the balances of the reference computation over the final ledger.
    void randomArrivalOrderMatchesReference_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 17u, 42u, 20240601u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomArrivalOrderMatchesReference()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        StockShop f;
        f.tmp.clock().setMs(Day0 + 30 * 24 * Hour);
        const QList<Id> products{f.product(u"R-1"_qs), f.product(u"R-2"_qs), f.product(u"R-3"_qs)};
        const QList<Id> locations{StockService::mainLocationId(), StockService::quarantineLocationId()};

        QList<Movement> moves;
        QList<CountEvent> counts;
        qint64 hlc = 1;
        for (int i = 0; i < 300; ++i) {
            const Id product = products.at(rng.bounded(int(products.size())));
            const Id location = locations.at(rng.bounded(int(locations.size())));
            // Coarse times so that ties between movements and counts happen.
            const qint64 at = Day0 + qint64(rng.bounded(200)) * 10 * Minute;
            if (rng.bounded(5) == 0) {
                counts.append(CountEvent{Id::create(),
                                         {},
                                         product,
                                         location,
                                         units(rng.bounded(40)),
                                         at,
                                         at,
                                         {},
                                         u"Counter"_qs,
                                         hlc++});
            } else {
                Movement m;
                m.id = Id::create();
                m.docId = Id::create();
                m.kind = MovementKind::Adjustment;
                m.reason = MovementReasons::Correction.toString();
                m.productId = product;
                m.locationId = location;
                qint64 delta = qint64(rng.bounded(1, 25)) - 10;
                if (delta == 0)
                    delta = 3;
                m.quantity = units(delta);
                m.occurredAt = at;
                m.recordedAt = at;
                m.userName = u"Someone"_qs;
                m.hlc = hlc++;
                moves.append(m);
            }
        }
        // Arrival order: shuffled, in random batches.
        QList<int> order(moves.size() + counts.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), std::mt19937(seed));
        qsizetype i = 0;
        while (i < order.size()) {
            const qsizetype batch = std::min<qsizetype>(order.size() - i, rng.bounded(1, 20));
            QList<Movement> ms;
            QList<CountEvent> cs;
            for (qsizetype k = i; k < i + batch; ++k) {
                const int index = order.at(k);
                if (index < moves.size())
                    ms.append(moves.at(index));
                else
                    cs.append(counts.at(index - moves.size()));
            }
            QVERIFY(f.stock.applyRecords(f.owner, ms, cs));
            i += batch;
        }

        for (const Id& product : products) {
            for (const Id& location : locations) {
                QList<Movement> m;
                std::copy_if(moves.cbegin(), moves.cend(), std::back_inserter(m), [&](const Movement& x) {
                    return x.productId == product && x.locationId == location;
                });
                QList<CountEvent> c;
                std::copy_if(counts.cbegin(), counts.cend(), std::back_inserter(c), [&](const CountEvent& x) {
                    return x.productId == product && x.locationId == location;
                });
                QCOMPARE(f.onHand(product, location).milli(), referenceOnHand(m, c));
            }
        }
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void shipmentNeverMakesStockNegative()
    {
        StockShop f;
        const Id p = f.product(u"N-1"_qs);
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(3)));
        auto tooMany = f.stock.ship(f.owner, p, StockService::mainLocationId(), units(5));
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, ErrorCode::Conflict);
        QVERIFY(tooMany.error().message.contains(u"N-1"_qs));
        QCOMPARE(f.onHand(p), units(3));
        QCOMPARE(f.stock.movements(f.owner, MovementFilter{p, {}, {}, 0, 0, 100, 0})->size(), 1);

        // Reserved stock is not free for another shipment.
        const Id order = Id::create();
        QVERIFY(f.stock.reserve(f.owner, p, StockService::mainLocationId(), units(2), u"order"_qs, order));
        QCOMPARE(f.stock.available(f.owner, p).value(), units(1));
        QVERIFY(!f.stock.ship(f.owner, p, StockService::mainLocationId(), units(2)));
        QVERIFY(!f.stock.reserve(f.owner, p, StockService::mainLocationId(), units(2), u"order"_qs,
                                 Id::create()));
        // Shipping the order consumes its own reservation.
        QVERIFY(f.stock.ship(f.owner, p, StockService::mainLocationId(), units(2), 0, u"order"_qs, order));
        const Balance b = f.stock.balance(f.owner, p, StockService::mainLocationId()).value();
        QCOMPARE(b.onHand, units(1));
        QCOMPARE(b.reserved, units(0));
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void reservationRelease()
    {
        StockShop f;
        const Id p = f.product(u"RR-1"_qs);
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(5)));
        const Id order = Id::create();
        QVERIFY(f.stock.reserve(f.owner, p, StockService::mainLocationId(), units(4), u"order"_qs, order));
        QCOMPARE(f.stock.available(f.owner, p).value(), units(1));
        QVERIFY(f.stock.releaseReservations(f.owner, u"order"_qs, order));
        QCOMPARE(f.stock.available(f.owner, p).value(), units(5));
        QVERIFY(
            !f.stock.reserve(f.owner, p, StockService::quarantineLocationId(), units(1), u"order"_qs, order));
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void reversalKeepsHistory()
    {
        StockShop f;
        const Id p = f.product(u"V-1"_qs);
        auto doc = f.stock.receive(f.owner, p, StockService::mainLocationId(), units(10));
        QVERIFY(doc);
        auto undo = f.stock.reverse(f.owner, *doc, u"Typed 10 instead of 1"_qs);
        QVERIFY2(undo, qPrintable(undo ? QString() : undo.error().message));
        QCOMPARE(f.onHand(p), units(0));
        const QList<Movement> history = *f.stock.movements(f.owner, MovementFilter{p, {}, {}, 0, 0, 100, 0});
        QCOMPARE(history.size(), 2);
        const auto reversal = std::find_if(history.cbegin(), history.cend(),
                                           [](const Movement& m) { return !m.reversesId.isNull(); });
        QVERIFY(reversal != history.cend());
        QCOMPARE(reversal->quantity, units(-10));
        QCOMPARE(reversal->kind, MovementKind::Receipt);
        // Neither twice, nor a reversal of a reversal.
        QVERIFY(!f.stock.reverse(f.owner, *doc));
        QVERIFY(!f.stock.reverse(f.owner, *undo));
        // The ledger refuses edits at the storage level too.
        auto edit = f.tmp.db().connection().query("UPDATE stock_movements SET quantity = 1");
        QVERIFY(!edit.run());
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void reversalRefusedWhenStockIsGone()
    {
        StockShop f;
        const Id p = f.product(u"V-2"_qs);
        auto doc = f.stock.receive(f.owner, p, StockService::mainLocationId(), units(10));
        QVERIFY(f.stock.ship(f.owner, p, StockService::mainLocationId(), units(9)));
        QVERIFY(!f.stock.reverse(f.owner, *doc));
        QCOMPARE(f.onHand(p), units(1));
    }

    void transferThroughTransit()
    {
        StockShop f;
        const Id p = f.product(u"X-1"_qs);
        auto shop2 = f.stock.createWarehouse(f.owner, u"SPB"_qs, u"Saint Petersburg"_qs, WarehouseKind::Own);
        QVERIFY2(shop2, qPrintable(shop2 ? QString() : shop2.error().message));
        const QList<Location> all = *f.stock.locations(f.owner);
        const auto spbMain = std::find_if(all.cbegin(), all.cend(), [&](const Location& l) {
            return l.warehouseId == shop2->id && l.kind == LocationKind::Storage;
        });
        QVERIFY(spbMain != all.cend());
        const Id transit = *f.stock.transitLocationOf(f.owner, shop2->id);

        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(10)));
        QVERIFY(f.stock.transfer(f.owner, p, StockService::mainLocationId(), transit, units(4),
                                 MovementReasons::Dispatch.toString()));
        QCOMPARE(f.onHand(p), units(6));
        QCOMPARE(f.onHand(p, transit), units(4));
        QCOMPARE(f.stock.available(f.owner, p).value(), units(6)); // in transit is not available
        QVERIFY(f.stock.transfer(f.owner, p, transit, spbMain->id, units(4),
                                 MovementReasons::Arrival.toString()));
        QCOMPARE(f.onHand(p, spbMain->id), units(4));
        QCOMPARE(f.stock.available(f.owner, p).value(), units(10));
        QVERIFY(!f.stock.transfer(f.owner, p, transit, spbMain->id, units(1))); // nothing left in transit
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void locationCodesAreUniquePerWarehouse()
    {
        StockShop f;
        Location shelf;
        shelf.warehouseId = StockService::mainWarehouseId();
        shelf.code = u"A-1"_qs;
        auto a1 = f.stock.createLocation(f.owner, shelf);
        QVERIFY(a1);
        shelf.code = u"a-1"_qs;
        QCOMPARE(f.stock.createLocation(f.owner, shelf).error().code, ErrorCode::Conflict);
        shelf.code = u"A-2"_qs;
        auto a2 = f.stock.createLocation(f.owner, shelf);
        QVERIFY(a2);
        Location renamed = *a2;
        renamed.code = u"A-1"_qs;
        auto refused = f.stock.updateLocation(f.owner, renamed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"code"_qs);
        QVERIFY(refused.error().message.contains(u"A-1"_qs));
        renamed.code = u"  "_qs;
        QVERIFY(!f.stock.updateLocation(f.owner, renamed));
        renamed.code = u"A-2"_qs; // its own code is fine
        renamed.name = u"Shelf A, second row"_qs;
        QVERIFY(f.stock.updateLocation(f.owner, renamed));
        QCOMPARE(f.stock.location(f.owner, a2->id)->name, u"Shelf A, second row"_qs);
    }

    void marketplaceStockIsNotAvailable()
    {
        StockShop f;
        const Id p = f.product(u"F-1"_qs);
        auto ozon = f.stock.createWarehouse(f.owner, u"OZON"_qs, u"Ozon FBO"_qs, WarehouseKind::Marketplace);
        QVERIFY(ozon);
        const QList<Location> all = *f.stock.locations(f.owner);
        const auto fbo = std::find_if(all.cbegin(), all.cend(),
                                      [&](const Location& l) { return l.warehouseId == ozon->id; });
        QVERIFY(fbo != all.cend());
        QCOMPARE(fbo->kind, LocationKind::Fbo);
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(10)));
        QVERIFY(f.stock.transfer(f.owner, p, StockService::mainLocationId(), fbo->id, units(7)));
        QCOMPARE(f.stock.available(f.owner, p).value(), units(3));
    }

    void kitsSellFromComponents()
    {
        StockShop f;
        const Id mug = f.product(u"MUG"_qs);
        const Id spoon = f.product(u"SPOON"_qs);
        const Id kit = f.product(u"GIFT-SET"_qs);
        QVERIFY(f.stock.setKitComponents(f.owner, kit, {{mug, units(1)}, {spoon, units(2)}}));
        QVERIFY(f.stock.receive(f.owner, mug, StockService::mainLocationId(), units(5)));
        QVERIFY(f.stock.receive(f.owner, spoon, StockService::mainLocationId(), units(7)));
        QCOMPARE(f.stock.available(f.owner, kit).value(), units(3)); // 7 spoons / 2
        QVERIFY(f.stock.ship(f.owner, kit, StockService::mainLocationId(), units(2)));
        QCOMPARE(f.onHand(mug), units(3));
        QCOMPARE(f.onHand(spoon), units(3));
        QCOMPARE(f.stock.available(f.owner, kit).value(), units(1));
        QVERIFY(
            !f.stock.receive(f.owner, kit, StockService::mainLocationId(), units(1))); // no stock of its own
        QVERIFY(!f.stock.setKitComponents(f.owner, mug, {{kit, units(1)}}));           // no nesting
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void movingAverageCost()
    {
        StockShop f;
        const Id p = f.product(u"C-1"_qs);
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(10), 10000));
        QCOMPARE(f.stock.averageCost(f.owner, p).value(), std::optional<qint64>(10000));
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(30), 12000));
        // (10 x 100.00 + 30 x 120.00) / 40 = 115.00
        QCOMPARE(f.stock.averageCost(f.owner, p).value(), std::optional<qint64>(11500));
        QVERIFY(f.stock.ship(f.owner, p, StockService::mainLocationId(), units(20)));
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(1), 10001));
        // (20 x 115.00 + 1 x 100.01) / 21 = 114.286 -> 114.29
        QCOMPARE(f.stock.averageCost(f.owner, p).value(), std::optional<qint64>(11429));
        // The shipment froze the cost of the time.
        const QList<Movement> ships =
            *f.stock.movements(f.owner, MovementFilter{p, {}, MovementKind::Shipment, 0, 0, 10, 0});
        QCOMPARE(ships.value(0).unitCost, std::optional<qint64>(11500));
        // Stock value per location.
        const QList<StockRow> rows = *f.stock.stockRows(f.owner, {});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].value, std::optional<qint64>(21 * 11429));
        // Hidden from a role without ViewCosts.
        const Actor support = Actor::withRole(Role::Support, u"Agent"_qs);
        QVERIFY(!f.stock.averageCost(support, p));
        QVERIFY(!f.stock.stockRows(support, {})->value(0).value);
        QVERIFY(!f.stock.movements(support, MovementFilter{p, {}, {}, 0, 0, 10, 0})->value(0).unitCost);
    }

    void permissions()
    {
        StockShop f;
        const Id p = f.product(u"P-1"_qs);
        const Actor support = Actor::withRole(Role::Support, u"Agent"_qs);
        const Actor warehouse = Actor::withRole(Role::Warehouse, u"Storekeeper"_qs);
        auto refused = f.stock.receive(support, p, StockService::mainLocationId(), units(1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!f.stock.postCounts(
            support, {CountEvent{{}, {}, p, StockService::mainLocationId(), units(1), 0, 0, {}, {}, 0}}));
        QVERIFY(f.stock.receive(warehouse, p, StockService::mainLocationId(), units(1)));
        QVERIFY(f.stock.postCounts(
            warehouse, {CountEvent{{}, {}, p, StockService::mainLocationId(), units(2), 0, 0, {}, {}, 0}}));
        QVERIFY(!f.stock.createWarehouse(warehouse, u"X"_qs, {}, WarehouseKind::Own));
        const QList<Movement> moves = *f.stock.movements(f.owner, MovementFilter{p, {}, {}, 0, 0, 10, 0});
        QCOMPARE(moves.value(0).userName, u"Storekeeper"_qs);
    }

    void validation()
    {
        StockShop f;
        const Id p = f.product(u"Q-1"_qs);
        QVERIFY(!f.stock.receive(f.owner, p, StockService::mainLocationId(),
                                 Quantity::fromMilli(1500))); // pieces
        QVERIFY(!f.stock.receive(f.owner, p, StockService::mainLocationId(), units(-1)));
        QVERIFY(!f.stock.receive(f.owner, p, Id::create(), units(1)));
        QVERIFY(!f.stock.receive(f.owner, Id::create(), StockService::mainLocationId(), units(1)));
        QVERIFY(!f.stock.adjust(f.owner, p, StockService::mainLocationId(), units(1), {}));
        f.tmp.clock().setMs(Day0);
        QVERIFY(!f.stock.receive(f.owner, p, StockService::mainLocationId(), units(1), {}, Day0 + 24 * Hour));
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void changeSignalAndAudit()
    {
        StockShop f;
        const Id p = f.product(u"S-1"_qs);
        QSignalSpy spy(&f.stock, &StockService::stockChanged);
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(2)));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<Id>>(), QList<Id>{p});
        auto changes = f.tmp.db().connection().query(
            "SELECT COUNT(*) FROM change_log WHERE table_name = 'stock_movements'");
        QCOMPARE(changes.scalarInt()->value_or(0), 1);
        auto audit =
            f.tmp.db().connection().query("SELECT COUNT(*) FROM audit_log WHERE action = 'stock.receipt'");
        QCOMPARE(audit.scalarInt()->value_or(0), 1);
    }

    void productWithStockHistoryIsArchivedNotDeleted()
    {
        StockShop f;
        const Id p = f.product(u"H-1"_qs);
        const Id untouched = f.product(u"H-2"_qs);
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(1)));
        auto refused = f.products.remove(f.owner, p);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(f.products.remove(f.owner, untouched));
    }

    void verifyFindsAndRepairsDrift()
    {
        StockShop f;
        const Id p = f.product(u"D-1"_qs);
        QVERIFY(f.stock.receive(f.owner, p, StockService::mainLocationId(), units(5)));
        auto tamper = f.tmp.db().connection().query("UPDATE stock_balances SET on_hand = 1000");
        QVERIFY(tamper.run());
        const QList<BalanceMismatch> wrong = *f.stock.verify(f.owner);
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong[0].expectedOnHand, units(5));
        QCOMPARE(wrong[0].actualOnHand, units(1));
        QCOMPARE(f.stock.rebuildBalances(f.owner).value(), 1);
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
        QCOMPARE(f.onHand(p), units(5));
    }
};

QTEST_GUILESS_MAIN(TestStockLedger)
#include "TestStockLedger.moc"

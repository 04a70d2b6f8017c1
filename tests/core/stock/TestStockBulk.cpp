#include "stock/StockService.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

constexpr qint64 Day = 24 * 3600 * 1000;

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

MovementDraft draft(MovementKind kind, QList<MovementLine> lines, qint64 occurredAt,
                    const QString& reason = {})
{
    MovementDraft d;
    d.kind = kind;
    d.lines = std::move(lines);
    d.occurredAt = occurredAt;
    d.reason = reason;
    return d;
}

} // namespace

// The set-based and bulk paths of StockService: availableAll() against available() product by
// product, and postHistory() against the rules of a single posting.
class TestStockBulk : public QObject
{
    Q_OBJECT

private:
    struct Fixture : StockShop
    {
        Id fboLocation()
        {
            auto ozon = stock.createWarehouse(owner, u"OZON"_qs, u"Ozon"_qs, WarehouseKind::Marketplace);
            if (!ozon)
                qFatal("%s", qPrintable(ozon.error().message));
            const QList<Location> all = stock.locations(owner).value();
            for (const Location& l : all) {
                if (l.warehouseId == ozon->id)
                    return l.id;
            }
            qFatal("no FBO location");
        }
        qint64 scalar(const char* sql) { return tmp.db().connection().query(sql).scalarInt()->value_or(-1); }
    };

private Q_SLOTS:
    void availableAllAgreesWithAvailable()
    {
        Fixture f;
        const Id main = StockService::mainLocationId();
        const Id fbo = f.fboLocation();
        const Id a = f.product(u"A"_qs);
        const Id b = f.product(u"B"_qs);
        const Id c = f.product(u"C"_qs);
        const Id d = f.product(u"D"_qs);
        const Id kit = f.product(u"KIT"_qs);
        const Id idle = f.product(u"IDLE"_qs);
        const qint64 now = f.tmp.clock().nowMs();
        // A: 10 on the shelf (3 reserved), 2 picked, 5 in quarantine, 4 at Ozon -> 10 - 3 + 2 = 9.
        QVERIFY(f.stock.receive(f.owner, a, main, units(21)));
        QVERIFY(f.stock.transfer(f.owner, a, main, StockService::packingLocationId(), units(2)));
        QVERIFY(f.stock.transfer(f.owner, a, main, StockService::quarantineLocationId(), units(5)));
        QVERIFY(f.stock.transfer(f.owner, a, main, fbo, units(4)));
        QVERIFY(f.stock.reserve(f.owner, a, main, units(3), u"order"_qs, Id::create()));
        // B: oversold by a late-synced sale -> -2. C: only in quarantine -> 0.
        QVERIFY(f.stock.postHistory(f.owner,
                                    {draft(MovementKind::Receipt, {{b, main, units(1), {}}}, now - 2 * Day),
                                     draft(MovementKind::Shipment, {{b, main, units(-3), {}}}, now - Day)},
                                    u"test"_qs));
        QVERIFY(f.stock.receive(f.owner, c, StockService::quarantineLocationId(), units(6)));
        // The kit: 2 x A + 1 x D; D has 5 -> min(9 / 2, 5 / 1) = 4 kits.
        QVERIFY(f.stock.receive(f.owner, d, main, units(5)));
        QVERIFY(f.stock.setKitComponents(f.owner, kit, {{a, units(2)}, {d, units(1)}}));

        const QHash<Id, Quantity> all = f.stock.availableAll(f.owner).value();
        QCOMPARE(all.value(a), units(9));
        QCOMPARE(all.value(b), units(-2));
        QCOMPARE(all.value(c), units(0));
        QCOMPARE(all.value(d), units(5));
        QCOMPARE(all.value(kit), units(4));
        QVERIFY(all.contains(kit));
        QVERIFY(!all.contains(idle)); // no stock anywhere: not listed
        for (const Id& p : {a, b, c, d, kit, idle})
            QCOMPARE(all.value(p), f.stock.available(f.owner, p).value());
        // On hand per location: only that location's balances.
        const QHash<Id, Quantity> atMain = f.stock.onHandAt(f.owner, main).value();
        QCOMPARE(atMain.size(), 3);
        QCOMPARE(atMain.value(a), units(10));
        QCOMPARE(atMain.value(b), units(-2));
        QCOMPARE(atMain.value(d), units(5));
        QCOMPARE(f.stock.onHandAt(f.owner, fbo).value(), (QHash<Id, Quantity>{{a, units(4)}}));

        // A kit whose component is oversold makes no kits (never negative).
        QVERIFY(f.stock.setKitComponents(f.owner, kit, {{a, units(1)}, {b, units(1)}}));
        QCOMPARE(f.stock.availableAll(f.owner)->value(kit), units(0));
        QCOMPARE(f.stock.available(f.owner, kit).value(), units(0));
    }

    void postHistoryWritesWhatPostWould()
    {
        Fixture f;
        const Id main = StockService::mainLocationId();
        const Id fbo = f.fboLocation();
        const Id p = f.product(u"H-1"_qs, 9000);
        const qint64 now = f.tmp.clock().nowMs();
        QSignalSpy changed(&f.stock, &StockService::stockChanged);
        const QList<MovementDraft> history{
            draft(MovementKind::Receipt, {{p, main, units(10), 10000}}, now - 10 * Day),
            draft(MovementKind::Receipt, {{p, main, units(10), 12000}}, now - 9 * Day),
            draft(MovementKind::Transfer, {{p, main, units(-4), {}}, {p, fbo, units(4), {}}}, now - 8 * Day),
            draft(MovementKind::Adjustment, {{p, main, units(-1), {}}}, now - 7 * Day, u"damage"_qs),
            // History may run negative: 15 left at the shelf, 17 shipped.
            draft(MovementKind::Shipment, {{p, main, units(-17), {}}}, now - 6 * Day),
        };
        QCOMPARE(f.stock.postHistory(f.owner, history, u"demo data"_qs).value(), 6);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QList<Id>>(), QList<Id>{p});

        QCOMPARE(f.stock.balance(f.owner, p, main)->onHand, units(-2));
        QCOMPARE(f.stock.balance(f.owner, p, fbo)->onHand, units(4));
        QCOMPARE(f.stock.averageCost(f.owner, p).value(), std::optional<qint64>(11000));
        const QList<Movement> moves = *f.stock.movements(f.owner, MovementFilter{p, {}, {}, 0, 0, 100, 0});
        QCOMPARE(moves.size(), 6);
        QCOMPARE(moves.first().kind, MovementKind::Shipment); // newest first, dated in the past
        QCOMPARE(moves.first().occurredAt, now - 6 * Day);
        QCOMPARE(moves.first().unitCost, std::optional<qint64>(11000)); // frozen at shipment
        QCOMPARE(moves.last().occurredAt, now - 10 * Day);
        // The two legs of the transfer share a document; every posting has its own.
        QCOMPARE(f.scalar("SELECT count(DISTINCT doc_id) FROM stock_movements"), 5);
        // Synced like any posting; one audit entry for the batch.
        QCOMPARE(f.scalar("SELECT count(*) FROM change_log WHERE table_name = 'stock_movements'"), 6);
        QCOMPARE(f.scalar("SELECT count(*) FROM audit_log WHERE action = 'stock.history'"), 1);
        QCOMPARE(f.scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'stock.%'"), 1);
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void postHistoryIsAllOrNothing()
    {
        Fixture f;
        const Id main = StockService::mainLocationId();
        const Id p = f.product(u"H-2"_qs);
        const qint64 now = f.tmp.clock().nowMs();
        const MovementDraft good = draft(MovementKind::Receipt, {{p, main, units(5), {}}}, now - Day);
        // Each draft is checked like a posting: a fractional piece, a wrong sign, the future.
        for (const MovementDraft& bad :
             {draft(MovementKind::Receipt, {{p, main, Quantity::fromMilli(1500), {}}}, now - Day),
              draft(MovementKind::Shipment, {{p, main, units(2), {}}}, now - Day),
              draft(MovementKind::Receipt, {{p, main, units(1), {}}}, now + Day),
              draft(MovementKind::Receipt, {{p, Id::create(), units(1), {}}}, now - Day)}) {
            auto refused = f.stock.postHistory(f.owner, {good, bad}, u"test"_qs);
            QVERIFY(!refused);
            QCOMPARE(f.scalar("SELECT count(*) FROM stock_movements"), 0);
            QCOMPARE(f.scalar("SELECT count(*) FROM change_log WHERE table_name = 'stock_movements'"), 0);
        }
        auto denied = f.stock.postHistory(Actor::withRole(Role::Support), {good}, u"test"_qs);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(f.stock.postHistory(f.owner, {}, u"test"_qs).value(), 0);
        QCOMPARE(f.scalar("SELECT count(*) FROM stock_movements"), 0);
    }
};

QTEST_GUILESS_MAIN(TestStockBulk)
#include "TestStockBulk.moc"

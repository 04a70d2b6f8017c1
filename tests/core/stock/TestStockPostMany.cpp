#include "security/AuditLog.h"
#include "stock/StockService.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

MovementDraft opening(const Id& product, Quantity quantity, std::optional<qint64> unitCost = {},
                      const Id& location = StockService::mainLocationId())
{
    MovementDraft d;
    d.kind = MovementKind::Adjustment;
    d.reason = MovementReasons::Opening.toString();
    d.lines = {MovementLine{product, location, quantity, unitCost}};
    return d;
}

} // namespace

// StockService::postMany (many documents in one transaction) and the valuation of opening stock.
class TestStockPostMany : public QObject
{
    Q_OBJECT

private:
    struct Fixture : StockShop
    {
        std::optional<qint64> cost(const Id& product) { return stock.averageCost(owner, product).value(); }
        qint64 rows(QByteArrayView table)
        {
            auto q = tmp.db().connection().query(QByteArray("SELECT COUNT(*) FROM " + table.toByteArray()));
            return q.scalarInt().value().value_or(-1);
        }
    };

private Q_SLOTS:
    void eachDraftIsItsOwnDocumentWithOneAuditEntry()
    {
        Fixture f;
        const Id a = f.product(u"A"_qs);
        const Id b = f.product(u"B"_qs);
        const qint64 changesBefore = f.rows("change_log");
        const qint64 auditBefore = f.rows("audit_log");
        QSignalSpy changed(&f.stock, &StockService::stockChanged);
        BulkPostOptions options;
        options.source = u"opening.csv"_qs;
        auto result = f.stock.postMany(
            f.owner, {opening(a, units(5)), opening(b, units(7)), opening(a, units(1))}, options);
        QVERIFY(result);
        QVERIFY(result->committed);
        QCOMPARE(result->posted, 3);
        QCOMPARE(result->docIds.size(), 3);
        QCOMPARE(QSet<Id>(result->docIds.begin(), result->docIds.end()).size(), 3);
        for (const Id& doc : result->docIds)
            QCOMPARE(f.stock.document(f.owner, doc)->size(), 1);
        QCOMPARE(f.onHand(a), units(6));
        QCOMPARE(f.onHand(b), units(7));
        QCOMPARE(f.rows("change_log") - changesBefore, 3);
        QCOMPARE(f.rows("audit_log") - auditBefore, 1);
        auto audit = AuditLog::entries(f.tmp.db().connection());
        QCOMPARE(audit->front().action, u"stock.import"_qs);
        QVERIFY(audit->front().summary.contains(u"opening.csv"_qs));
        QCOMPARE(changed.count(), 1);
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void oneBadDraftPostsNothing()
    {
        Fixture f;
        const Id a = f.product(u"A"_qs);
        QVERIFY(f.stock.receive(f.owner, a, StockService::mainLocationId(), units(2)));
        const qint64 movementsBefore = f.rows("stock_movements");
        const qint64 changesBefore = f.rows("change_log");
        MovementDraft tooMuch;
        tooMuch.kind = MovementKind::Shipment;
        tooMuch.lines = {MovementLine{a, StockService::mainLocationId(), -units(10), {}}};
        auto result = f.stock.postMany(f.owner, {opening(a, units(5)), tooMuch, opening(a, Quantity())});
        QVERIFY(result);
        QVERIFY(!result->committed);
        QCOMPARE(result->posted, 0);
        QCOMPARE(result->skipped, 3);
        QCOMPARE(result->draftErrors.size(), 2);
        QCOMPARE(result->draftErrors[0].line, 2); // only 2 + 5 on hand: the opening before it counts
        QCOMPARE(result->draftErrors[1].line, 3); // a zero quantity
        QCOMPARE(result->draftErrors[1].field, u"quantity"_qs);
        QCOMPARE(result->docIds, (QList<Id>{Id(), Id(), Id()}));
        QCOMPARE(f.onHand(a), units(2));
        QCOMPARE(f.rows("stock_movements"), movementsBefore);
        QCOMPARE(f.rows("change_log"), changesBefore);
    }

    void skipBadDraftsKeepsTheGoodOnesAndUndoesTheBadOnesWholly()
    {
        Fixture f;
        const Id a = f.product(u"A"_qs);
        const Id order = Id::create();
        QVERIFY(f.stock.receive(f.owner, a, StockService::mainLocationId(), units(3)));
        QVERIFY(f.stock.reserve(f.owner, a, StockService::mainLocationId(), units(2), u"order"_qs, order));
        // Ships 5 for the order: its reservation of 2 is consumed before the availability check
        // fails; the draft's savepoint must put the reservation back.
        MovementDraft shipment;
        shipment.kind = MovementKind::Shipment;
        shipment.refKind = u"order"_qs;
        shipment.refId = order;
        shipment.lines = {MovementLine{a, StockService::mainLocationId(), -units(5), {}}};
        BulkPostOptions options;
        options.skipBadDrafts = true;
        auto result = f.stock.postMany(f.owner, {shipment, opening(a, units(4))}, options);
        QVERIFY(result);
        QVERIFY(result->committed);
        QCOMPARE(result->posted, 1);
        QCOMPARE(result->skipped, 1);
        QCOMPARE(result->draftErrors.value(0).line, 1);
        QVERIFY(result->docIds[0].isNull());
        QVERIFY(!result->docIds[1].isNull());
        QCOMPARE(f.onHand(a), units(7));
        QCOMPARE(f.stock.balance(f.owner, a, StockService::mainLocationId())->reserved, units(2));
        QCOMPARE(f.stock.reservations(f.owner, a)->size(), 1);
        QVERIFY(f.stock.verify(f.owner)->isEmpty());
    }

    void cancelAndPermission()
    {
        Fixture f;
        const Id a = f.product(u"A"_qs);
        QList<MovementDraft> drafts(600, opening(a, units(1)));
        BulkPostOptions options;
        options.progress = [](qsizetype done) { return done < 300; };
        auto cancelled = f.stock.postMany(f.owner, drafts, options);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(f.onHand(a), Quantity());
        QCOMPARE(f.rows("stock_movements"), 0);

        auto denied = f.stock.postMany(Actor::withRole(Role::Support), drafts);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    }

    // The moving average takes opening stock with a cost like a receipt; other adjustments, legs
    // without a cost and reversals leave it alone.
    void openingStockWithACostSetsTheAverage()
    {
        Fixture f;
        const Id a = f.product(u"A"_qs, 9000); // the catalog cost, until stock is valued
        QCOMPARE(f.cost(a), std::optional<qint64>(9000));
        auto first = f.stock.post(f.owner, opening(a, units(10), 10000));
        QVERIFY(first);
        QCOMPARE(f.cost(a), std::optional<qint64>(10000));
        QCOMPARE(f.stock.document(f.owner, *first)->front().unitCost, std::optional<qint64>(10000));
        // 10 at 100.00 + 30 at 200.00 at another location = 40 at 175.00.
        QVERIFY(f.stock.post(f.owner, opening(a, units(30), 20000, StockService::packingLocationId())));
        QCOMPARE(f.cost(a), std::optional<qint64>(17500));

        QVERIFY(f.stock.post(f.owner, opening(a, units(10))));
        MovementDraft found = opening(a, units(10), 99900);
        found.reason = MovementReasons::Found.toString();
        QVERIFY(f.stock.post(f.owner, found));
        QCOMPARE(f.cost(a), std::optional<qint64>(17500));
        QVERIFY(f.stock.reverse(f.owner, *first));
        QCOMPARE(f.cost(a), std::optional<qint64>(17500));

        // A receipt then averages with what is held: 50 at 175.00 + 50 at 275.00 = 225.00.
        QCOMPARE(f.onHand(a) + f.onHand(a, StockService::packingLocationId()), units(50));
        QVERIFY(f.stock.receive(f.owner, a, StockService::mainLocationId(), units(50), 27500));
        QCOMPARE(f.cost(a), std::optional<qint64>(22500));
    }
};

QTEST_GUILESS_MAIN(TestStockPostMany)
#include "TestStockPostMany.moc"

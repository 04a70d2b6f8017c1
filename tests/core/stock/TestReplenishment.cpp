#include "catalog/ProductService.h"
#include "io/CsvReader.h"
#include "stock/ReplenishmentService.h"
#include "stock/StockService.h"
#include "storage/ChangeLog.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;
// 2026-03-02 00:00 UTC: the start of "today" in every test; day -1 is yesterday.
constexpr qint64 Day0 = 1772409600000;
constexpr qint64 Now = Day0 + 12 * Hour;

qint64 at(int day, int hour = 10)
{
    return Day0 + qint64(day) * Day + qint64(hour) * Hour;
}

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

Quantity milli(qint64 n)
{
    return Quantity::fromMilli(n);
}

// The sales histories of the demand cases, each over a 10-day window (days -10 .. -1).
enum class History
{
    Steady,           // 2 a day every day, always in stock
    SoldOut,          // 6 received on day -10 at 09:00, 2 sold on days -10, -9, -8, then nothing left
    OneSaleInStock,   // in stock all along, 3 sold on day -5 only
    ReceivedLate,     // nothing until 5 arrive on day -3 at 12:00, never sold
    ReversedShipment, // 4 shipped on day -2 and reversed, 1 shipped on day -1
    QuarantineOnly,   // shipped from quarantine: not a sellable location, no demand
    CountedToZero,    // 5 on hand, 1 sold on day -8, a count finds 0 on day -6, 3 arrive on day -3
    NeverStocked,     // no stock and no sales at all
};

} // namespace

Q_DECLARE_METATYPE(History)
Q_DECLARE_METATYPE(kontor::ReplenishmentRule)
Q_DECLARE_METATYPE(kontor::LeadTimeSource)
Q_DECLARE_METATYPE(kontor::Unit)

// Replenishment figures (DOMAIN.md "Stock figures") computed by hand: demand with out-of-stock
// days left out, sigma and safety stock, reorder point and target, suggestions, low stock,
// overstock and dead stock; rules and their validation; the CSV export.
class TestReplenishment : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TempDatabase tmp;
        ProductService products{tmp.db()};
        StockService stock{tmp.db()};
        ReplenishmentService service{tmp.db()};
        Actor owner = Actor::owner();

        Fixture() { tmp.clock().setMs(Now); }

        Id product(const QString& sku, Unit unit = Unit::Piece)
        {
            Product draft = makeProduct(sku, u"Product "_qs + sku);
            draft.unit = unit;
            auto p = products.create(owner, draft);
            if (!p)
                qFatal("%s", qPrintable(p.error().message));
            return p->id;
        }
        Id receive(const Id& p, Quantity q, qint64 when, const Id& location = StockService::mainLocationId())
        {
            auto doc = stock.receive(owner, p, location, q, {}, when);
            if (!doc)
                qFatal("receive: %s", qPrintable(doc.error().message));
            return *doc;
        }
        Id ship(const Id& p, Quantity q, qint64 when, const Id& location = StockService::mainLocationId())
        {
            auto doc = stock.ship(owner, p, location, q, when);
            if (!doc)
                qFatal("ship: %s", qPrintable(doc.error().message));
            return *doc;
        }
        void adjust(const Id& p, Quantity q, qint64 when)
        {
            auto doc = stock.adjust(owner, p, StockService::mainLocationId(), q,
                                    MovementReasons::Opening.toString(), {}, when);
            if (!doc)
                qFatal("adjust: %s", qPrintable(doc.error().message));
        }
        void count(const Id& p, Quantity q, qint64 when)
        {
            auto ok = stock.postCounts(
                owner, {CountEvent{{}, {}, p, StockService::mainLocationId(), q, when, 0, {}, {}, 0}});
            if (!ok)
                qFatal("count: %s", qPrintable(ok.error().message));
        }
        static ReplenishmentParams params(int demandDays = 10)
        {
            ReplenishmentParams p;
            p.demandDays = demandDays;
            p.now = Now;
            p.timeZone = QTimeZone::utc();
            return p;
        }
        ReplenishmentLine line(const Id& p, const ReplenishmentParams& params = Fixture::params(),
                               const Id& warehouse = {})
        {
            auto lines = service.analyse(owner, params, warehouse);
            if (!lines)
                qFatal("analyse: %s", qPrintable(lines.error().message));
            for (const ReplenishmentLine& l : *lines) {
                if (l.productId == p)
                    return l;
            }
            qFatal("no line for the product");
        }
        void setRule(const ReplenishmentRule& rule)
        {
            auto ok = service.setRule(owner, rule);
            if (!ok)
                qFatal("setRule: %s", qPrintable(ok.error().message));
        }
        // Sells `perDay` units on each of the last `days` days from ample stock received long before.
        Id steadySeller(const QString& sku, qint64 perDay, int days = 10, qint64 stockLeft = 100)
        {
            const Id p = product(sku);
            receive(p, units(stockLeft + perDay * days), at(-60));
            for (int d = -days; d < 0; ++d)
                ship(p, units(perDay), at(d, 15));
            return p;
        }
    };

    void build(Fixture& f, const Id& p, History history)
    {
        switch (history) {
        case History::Steady:
            f.receive(p, units(100), at(-30));
            for (int d = -10; d < 0; ++d)
                f.ship(p, units(2), at(d, 15));
            break;
        case History::SoldOut:
            f.receive(p, units(6), at(-10, 9));
            for (int d = -10; d <= -8; ++d)
                f.ship(p, units(2), at(d, 15));
            break;
        case History::OneSaleInStock:
            f.receive(p, units(10), at(-30));
            f.ship(p, units(3), at(-5));
            break;
        case History::ReceivedLate:
            f.receive(p, units(5), at(-3, 12));
            break;
        case History::ReversedShipment: {
            f.receive(p, units(10), at(-30));
            const Id wrong = f.ship(p, units(4), at(-2));
            QVERIFY(f.stock.reverse(f.owner, wrong));
            f.ship(p, units(1), at(-1));
            break;
        }
        case History::QuarantineOnly:
            f.receive(p, units(10), at(-30), StockService::quarantineLocationId());
            for (int d = -10; d < 0; ++d)
                f.ship(p, units(1), at(d), StockService::quarantineLocationId());
            break;
        case History::CountedToZero:
            f.receive(p, units(5), at(-20));
            f.ship(p, units(1), at(-8));
            f.count(p, units(0), at(-6, 12));
            f.receive(p, units(3), at(-3, 10));
            break;
        case History::NeverStocked:
            break;
        }
    }

private Q_SLOTS:
    void zForServiceLevel_data()
    {
        QTest::addColumn<double>("level");
        QTest::addColumn<double>("z");
        QTest::newRow("90 %") << 0.90 << 1.2816;
        QTest::newRow("95 %") << 0.95 << 1.6449;
        QTest::newRow("97.5 %") << 0.975 << 1.96;
        QTest::newRow("99 %") << 0.99 << 2.3263;
        QTest::newRow("50 %") << 0.5 << 0.0;
    }
    void zForServiceLevel()
    {
        QFETCH(double, level);
        QFETCH(double, z);
        QVERIFY2(std::abs(ReplenishmentService::zForServiceLevel(level) - z) < 1e-3,
                 qPrintable(QString::number(ReplenishmentService::zForServiceLevel(level), 'f', 6)));
    }

    // A day is out of stock when the product had no sellable stock at its start and sold nothing
    // that day; such days do not count towards the average.
    void dailyDemandLeavesOutStockouts_data()
    {
        QTest::addColumn<History>("history");
        QTest::addColumn<double>("demand");
        QTest::addColumn<int>("inStockDays");
        QTest::addColumn<qint64>("soldTotalMilli");
        QTest::newRow("2 a day, always in stock") << History::Steady << 2.0 << 10 << qint64(20000);
        // Day -10 starts at 0 but sells (stock arrived at 09:00): it counts; days -7 .. -1 do not.
        QTest::newRow("sold out after three days") << History::SoldOut << 2.0 << 3 << qint64(6000);
        QTest::newRow("in stock, one sale") << History::OneSaleInStock << 0.3 << 10 << qint64(3000);
        // Stock arrives on day -3 at noon: day -3 starts empty and sells nothing.
        QTest::newRow("received late, no sales") << History::ReceivedLate << 0.0 << 2 << qint64(0);
        QTest::newRow("a reversed shipment nets out")
            << History::ReversedShipment << 0.1 << 10 << qint64(1000);
        QTest::newRow("quarantine is not sellable") << History::QuarantineOnly << 0.0 << 0 << qint64(0);
        // Days -10 .. -6 in stock (the count at noon of day -6 comes after its start), days -5 ..
        // -3 start at 0 without sales, the receipt of day -3 makes days -2 and -1 in stock.
        QTest::newRow("a count in the window") << History::CountedToZero << 1.0 / 7 << 7 << qint64(1000);
        QTest::newRow("never stocked") << History::NeverStocked << 0.0 << 0 << qint64(0);
    }
    void dailyDemandLeavesOutStockouts()
    {
        QFETCH(History, history);
        QFETCH(double, demand);
        QFETCH(int, inStockDays);
        QFETCH(qint64, soldTotalMilli);
        Fixture f;
        const Id p = f.product(u"P-1"_qs);
        build(f, p, history);
        const ReplenishmentLine line = f.line(p);
        QCOMPARE(line.inStockDays, inStockDays);
        QVERIFY2(std::abs(line.dailyDemand - demand) < 1e-9, qPrintable(QString::number(line.dailyDemand)));
        QVERIFY(std::abs(line.dailyDemand * line.inStockDays * 1000 - double(soldTotalMilli)) < 1e-6);
    }

    // The same histories through the other warehouse give nothing: demand is per scope.
    void demandIsPerWarehouse()
    {
        Fixture f;
        const Id p = f.steadySeller(u"P-1"_qs, 2);
        auto other = f.stock.createWarehouse(f.owner, u"WH2"_qs, u"Second"_qs, WarehouseKind::Own);
        QVERIFY(other);
        QCOMPARE(f.line(p, Fixture::params(), StockService::mainWarehouseId()).dailyDemand, 2.0);
        const ReplenishmentLine elsewhere = f.line(p, Fixture::params(), other->id);
        QCOMPARE(elsewhere.dailyDemand, 0.0);
        QCOMPARE(elsewhere.onHand, Quantity());
    }

    // Daily sales 2, 4, 4, 4, 6 over 5 days: mean 4, sample sigma sqrt(8 / 4) = 1.41421; lead time 4
    // days: safety stock = z x 1.41421 x 2, reorder point = 4 x 4 + safety stock. In kilograms to the
    // gram; in pieces up to a whole piece.
    void sigmaAndSafetyStock_data()
    {
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<double>("level");
        QTest::addColumn<qint64>("safetyMilli");
        QTest::newRow("90 %") << Unit::Kilogram << 0.90 << qint64(3625);
        QTest::newRow("95 %") << Unit::Kilogram << 0.95 << qint64(4652);
        QTest::newRow("97.5 %") << Unit::Kilogram << 0.975 << qint64(5544);
        QTest::newRow("99 %") << Unit::Kilogram << 0.99 << qint64(6580);
        QTest::newRow("95 %, pieces") << Unit::Piece << 0.95 << qint64(5000);
        QTest::newRow("99 %, pieces") << Unit::Piece << 0.99 << qint64(7000);
    }
    void sigmaAndSafetyStock()
    {
        QFETCH(Unit, unit);
        QFETCH(double, level);
        QFETCH(qint64, safetyMilli);
        Fixture f;
        const Id p = f.product(u"P-1"_qs, unit);
        f.receive(p, units(100), at(-30));
        const int sales[] = {2, 4, 4, 4, 6};
        for (int d = 0; d < 5; ++d)
            f.ship(p, units(sales[d]), at(d - 5, 15));
        ReplenishmentParams params = Fixture::params(5);
        params.serviceLevel = level;
        params.defaultLeadTimeDays = 4;
        const ReplenishmentLine line = f.line(p, params);
        QCOMPARE(line.dailyDemand, 4.0);
        QVERIFY(std::abs(line.demandSigma - std::sqrt(2.0)) < 1e-9);
        QCOMPARE(line.safetyStock, milli(safetyMilli));
        QVERIFY(!line.safetyStockFromRule);
        QCOMPARE(line.reorderPoint, milli(16000 + safetyMilli));
        // Target = reorder point + 4 a day x the 14-day review period.
        QCOMPARE(line.target, milli(16000 + safetyMilli + 56000));
    }

    void sigmaNeedsTwoDays()
    {
        Fixture f;
        const Id p = f.product(u"P-1"_qs);
        f.receive(p, units(5), at(-1, 8)); // only day -1 counts (days before start empty)
        f.ship(p, units(3), at(-1, 15));
        const ReplenishmentLine line = f.line(p);
        QCOMPARE(line.inStockDays, 1);
        QCOMPARE(line.dailyDemand, 3.0);
        QCOMPARE(line.demandSigma, 0.0);
        QCOMPARE(line.safetyStock, Quantity());
    }

    // 2 a day, no variation (safety stock 0), lead time 10: computed reorder point 20.
    void reorderPointRuleVersusComputed_data()
    {
        QTest::addColumn<std::optional<qint64>>("ruleReorderPoint");
        QTest::addColumn<std::optional<qint64>>("ruleSafetyStock");
        QTest::addColumn<qint64>("reorderPoint");
        QTest::addColumn<qint64>("safetyStock");
        QTest::addColumn<bool>("fromRule");
        QTest::newRow("computed") << std::optional<qint64>() << std::optional<qint64>() << qint64(20)
                                  << qint64(0) << false;
        QTest::newRow("explicit reorder point")
            << std::optional<qint64>(50) << std::optional<qint64>() << qint64(50) << qint64(0) << true;
        QTest::newRow("explicit safety stock")
            << std::optional<qint64>() << std::optional<qint64>(5) << qint64(25) << qint64(5) << false;
        QTest::newRow("both: the reorder point wins")
            << std::optional<qint64>(8) << std::optional<qint64>(5) << qint64(8) << qint64(5) << true;
    }
    void reorderPointRuleVersusComputed()
    {
        QFETCH(std::optional<qint64>, ruleReorderPoint);
        QFETCH(std::optional<qint64>, ruleSafetyStock);
        QFETCH(qint64, reorderPoint);
        QFETCH(qint64, safetyStock);
        QFETCH(bool, fromRule);
        Fixture f;
        const Id p = f.steadySeller(u"P-1"_qs, 2);
        ReplenishmentRule rule{p, StockService::mainLocationId(), {}, {}, {}, {}};
        if (ruleReorderPoint)
            rule.reorderPoint = units(*ruleReorderPoint);
        if (ruleSafetyStock)
            rule.safetyStock = units(*ruleSafetyStock);
        if (!rule.isEmpty())
            f.setRule(rule);
        ReplenishmentParams params = Fixture::params();
        params.defaultLeadTimeDays = 10;
        const ReplenishmentLine line = f.line(p, params);
        QCOMPARE(line.dailyDemand, 2.0);
        QCOMPARE(line.reorderPoint, units(reorderPoint));
        QCOMPARE(line.safetyStock, units(safetyStock));
        QCOMPARE(line.reorderPointFromRule, fromRule);
        QCOMPARE(line.hasRule, !rule.isEmpty());
    }

    void leadTimeSourcePrecedence_data()
    {
        QTest::addColumn<std::optional<int>>("ruleDays");
        QTest::addColumn<std::optional<double>>("learnedDays");
        QTest::addColumn<double>("leadTime");
        QTest::addColumn<LeadTimeSource>("source");
        QTest::newRow("default") << std::optional<int>() << std::optional<double>() << 14.0
                                 << LeadTimeSource::Default;
        QTest::newRow("learned") << std::optional<int>() << std::optional<double>(7.5) << 7.5
                                 << LeadTimeSource::Learned;
        QTest::newRow("rule over learned")
            << std::optional<int>(3) << std::optional<double>(7.5) << 3.0 << LeadTimeSource::Rule;
        QTest::newRow("rule of 0 days")
            << std::optional<int>(0) << std::optional<double>() << 0.0 << LeadTimeSource::Rule;
    }
    void leadTimeSourcePrecedence()
    {
        QFETCH(std::optional<int>, ruleDays);
        QFETCH(std::optional<double>, learnedDays);
        QFETCH(double, leadTime);
        QFETCH(LeadTimeSource, source);
        Fixture f;
        const Id p = f.steadySeller(u"P-1"_qs, 2);
        const Id other = f.steadySeller(u"P-2"_qs, 2);
        if (ruleDays)
            f.setRule({p, StockService::mainLocationId(), {}, {}, {}, ruleDays});
        QList<Id> asked;
        f.service.setLearnedLeadTime([&](const Id& product) -> std::optional<double> {
            asked.append(product);
            return product == p ? learnedDays : std::nullopt;
        });
        const ReplenishmentLine line = f.line(p);
        QCOMPARE(line.leadTimeDays, leadTime);
        QCOMPARE(line.leadTimeSource, source);
        // Reorder point follows the lead time (no variation: no safety stock).
        QCOMPARE(line.reorderPoint, milli(qint64(std::llround(2000 * leadTime))));
        QVERIFY(asked.contains(other));
        QCOMPARE(f.line(other).leadTimeSource, LeadTimeSource::Default);
        // Without the purchasing hook there is never a learned lead time.
        f.service.setLearnedLeadTime({});
        QCOMPARE(f.line(p).leadTimeSource, ruleDays ? LeadTimeSource::Rule : LeadTimeSource::Default);
    }

    // 7 sold over 10 in-stock days = 0.7 a day; rule: lead time 5, safety stock 0. Reorder point 3.5,
    // target 3.5 + 0.7 x 14 = 13.3; in pieces each part rounds up: 4 and 4 + 10 = 14.
    void targetAndSuggestedQuantity_data()
    {
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<qint64>("leftMilli");
        QTest::addColumn<std::optional<qint64>>("ruleTargetMilli");
        QTest::addColumn<qint64>("onOrderMilli");
        QTest::addColumn<qint64>("reorderPointMilli");
        QTest::addColumn<qint64>("targetMilli");
        QTest::addColumn<bool>("below");
        QTest::addColumn<qint64>("suggestedMilli");
        const std::optional<qint64> none;
        const qint64 zero = 0;
        QTest::newRow("kilograms stay exact") << Unit::Kilogram << qint64(3000) << none << zero
                                              << qint64(3500) << qint64(13300) << true << qint64(10300);
        QTest::newRow("kilograms at the reorder point")
            << Unit::Kilogram << qint64(3500) << none << zero << qint64(3500) << qint64(13300) << true
            << qint64(9800);
        QTest::newRow("kilograms above the reorder point") << Unit::Kilogram << qint64(3501) << none << zero
                                                           << qint64(3500) << qint64(13300) << false << zero;
        QTest::newRow("pieces round up") << Unit::Piece << qint64(3000) << none << zero << qint64(4000)
                                         << qint64(14000) << true << qint64(11000);
        QTest::newRow("pieces at the reorder point")
            << Unit::Piece << qint64(4000) << none << zero << qint64(4000) << qint64(14000) << true
            << qint64(10000);
        QTest::newRow("pieces above the reorder point")
            << Unit::Piece << qint64(5000) << none << zero << qint64(4000) << qint64(14000) << false << zero;
        QTest::newRow("explicit target") << Unit::Piece << qint64(3000) << std::optional<qint64>(20000)
                                         << zero << qint64(4000) << qint64(20000) << true << qint64(17000);
        // A suggestion in pieces is whole even when the rest is not.
        QTest::newRow("pieces, a fraction on order") << Unit::Piece << qint64(3000) << none << qint64(4250)
                                                     << qint64(4000) << qint64(14000) << true << qint64(7000);
        QTest::newRow("kilograms, a fraction on order")
            << Unit::Kilogram << qint64(3000) << none << qint64(4250) << qint64(3500) << qint64(13300) << true
            << qint64(6050);
        QTest::newRow("on order counts") << Unit::Piece << qint64(3000) << none << qint64(4000)
                                         << qint64(4000) << qint64(14000) << true << qint64(7000);
        QTest::newRow("on order covers it") << Unit::Piece << qint64(3000) << none << qint64(12000)
                                            << qint64(4000) << qint64(14000) << true << zero;
    }
    void targetAndSuggestedQuantity()
    {
        QFETCH(Unit, unit);
        QFETCH(qint64, leftMilli);
        QFETCH(std::optional<qint64>, ruleTargetMilli);
        QFETCH(qint64, onOrderMilli);
        QFETCH(qint64, reorderPointMilli);
        QFETCH(qint64, targetMilli);
        QFETCH(bool, below);
        QFETCH(qint64, suggestedMilli);
        Fixture f;
        const Id p = f.product(u"P-1"_qs, unit);
        f.receive(p, milli(7000 + leftMilli), at(-30));
        for (int d = -7; d < 0; ++d)
            f.ship(p, units(1), at(d, 15));
        ReplenishmentRule rule{p, StockService::mainLocationId(), {}, {}, units(0), 5};
        if (ruleTargetMilli)
            rule.target = milli(*ruleTargetMilli);
        f.setRule(rule);
        f.service.setOnOrder([&](const Id&) { return milli(onOrderMilli); });
        const ReplenishmentLine line = f.line(p);
        QCOMPARE(line.dailyDemand, 0.7);
        QCOMPARE(line.available, milli(leftMilli));
        QCOMPARE(line.reorderPoint, milli(reorderPointMilli));
        QCOMPARE(line.target, milli(targetMilli));
        QCOMPARE(line.targetFromRule, ruleTargetMilli.has_value());
        QCOMPARE(line.onOrder, milli(onOrderMilli));
        QCOMPARE(line.belowReorderPoint, below);
        QCOMPARE(line.suggested, milli(suggestedMilli));
    }

    // Reserved stock is not available: it can put a product below its reorder point.
    void reservationsLowerAvailable()
    {
        Fixture f;
        const Id p = f.steadySeller(u"P-1"_qs, 1, 10, 20); // reorder point 14, target 28
        QVERIFY(!f.line(p).belowReorderPoint);
        QVERIFY(
            f.stock.reserve(f.owner, p, StockService::mainLocationId(), units(6), u"order"_qs, Id::create()));
        const ReplenishmentLine line = f.line(p);
        QCOMPARE(line.onHand, units(20));
        QCOMPARE(line.reserved, units(6));
        QCOMPARE(line.available, units(14));
        QVERIFY(line.belowReorderPoint);
        QCOMPARE(line.suggested, units(14));
        QCOMPARE(*line.daysOfCover, 14.0);
    }

    void noDemandNoDaysOfCover()
    {
        Fixture f;
        const Id idle = f.product(u"IDLE"_qs);
        f.receive(idle, units(10), at(-5));
        const Id empty = f.product(u"EMPTY"_qs);
        const Id soldOut = f.steadySeller(u"GONE"_qs, 1, 10, 0);

        const ReplenishmentLine a = f.line(idle);
        QCOMPARE(a.dailyDemand, 0.0);
        QVERIFY(!a.daysOfCover);
        QVERIFY(!a.belowReorderPoint); // nothing to base a reorder point on
        QVERIFY(!a.overstock);
        QCOMPARE(a.suggested, Quantity());

        const ReplenishmentLine b = f.line(empty);
        QVERIFY(!b.daysOfCover);
        QVERIFY(!b.belowReorderPoint);

        const ReplenishmentLine c = f.line(soldOut);
        QCOMPARE(c.dailyDemand, 1.0);
        QVERIFY(c.daysOfCover);
        QCOMPARE(*c.daysOfCover, 0.0);
        QVERIFY(c.belowReorderPoint);
        QCOMPARE(c.suggested, units(28));
    }

    // A rule that sets quantities makes a product without sales low stock all the same.
    void ruleWithoutDemand()
    {
        Fixture f;
        const Id p = f.product(u"NEW"_qs);
        f.setRule({p, StockService::mainLocationId(), {}, units(10), {}, {}});
        const ReplenishmentLine line = f.line(p);
        QCOMPARE(line.reorderPoint, Quantity());
        QVERIFY(line.belowReorderPoint);
        QCOMPARE(line.suggested, units(10));
        // A rule with only a lead time does not.
        const Id q = f.product(u"NEW-2"_qs);
        f.setRule({q, StockService::mainLocationId(), {}, {}, {}, 3});
        QVERIFY(!f.line(q).belowReorderPoint);
    }

    // 1 a day: reorder point 14 (default lead time), target 28.
    void overstock_data()
    {
        QTest::addColumn<qint64>("stockLeft");
        QTest::addColumn<std::optional<qint64>>("ruleTarget");
        QTest::addColumn<bool>("overstock");
        QTest::addColumn<qint64>("excess");
        QTest::newRow("at the target") << qint64(28) << std::optional<qint64>() << false << qint64(0);
        QTest::newRow("above the target") << qint64(40) << std::optional<qint64>() << true << qint64(12);
        QTest::newRow("above an explicit target")
            << qint64(40) << std::optional<qint64>(35) << true << qint64(5);
        QTest::newRow("below an explicit target")
            << qint64(40) << std::optional<qint64>(100) << false << qint64(0);
        // 200 days of cover > 180, though under the explicit target.
        QTest::newRow("too many days of cover")
            << qint64(200) << std::optional<qint64>(1000) << true << qint64(0);
    }
    void overstock()
    {
        QFETCH(qint64, stockLeft);
        QFETCH(std::optional<qint64>, ruleTarget);
        QFETCH(bool, overstock);
        QFETCH(qint64, excess);
        Fixture f;
        const Id p = f.steadySeller(u"P-1"_qs, 1, 10, stockLeft);
        if (ruleTarget)
            f.setRule({p, StockService::mainLocationId(), {}, units(*ruleTarget), {}, {}});
        const ReplenishmentLine line = f.line(p);
        QCOMPARE(line.available, units(stockLeft));
        QCOMPARE(line.overstock, overstock);
        QCOMPARE(line.excess, units(excess));
        QVERIFY(!line.belowReorderPoint);
    }

    // Dead: on hand > 0, no sale at or after now - 90 days, first stock before it.
    void deadStock_data()
    {
        QTest::addColumn<qint64>("receivedAgo");
        QTest::addColumn<qint64>("soldAgo"); // 0: never sold
        QTest::addColumn<bool>("byAdjustment");
        QTest::addColumn<bool>("dead");
        QTest::newRow("received 100 days ago, never sold") << 100 * Day << qint64(0) << false << true;
        QTest::newRow("received exactly 90 days ago") << 90 * Day << qint64(0) << false << false;
        QTest::newRow("received 90 days and 1 ms ago") << 90 * Day + 1 << qint64(0) << false << true;
        QTest::newRow("received recently") << 10 * Day << qint64(0) << false << false;
        QTest::newRow("sold exactly 90 days ago") << 100 * Day << 90 * Day << false << false;
        QTest::newRow("sold 90 days and 1 ms ago") << 100 * Day << 90 * Day + 1 << false << true;
        QTest::newRow("sold recently") << 100 * Day << 10 * Day << false << false;
        QTest::newRow("opening stock as an adjustment") << 100 * Day << qint64(0) << true << true;
        QTest::newRow("recent opening adjustment") << 30 * Day << qint64(0) << true << false;
    }
    void deadStock()
    {
        QFETCH(qint64, receivedAgo);
        QFETCH(qint64, soldAgo);
        QFETCH(bool, byAdjustment);
        QFETCH(bool, dead);
        Fixture f;
        const Id p = f.product(u"P-1"_qs);
        if (byAdjustment)
            f.adjust(p, units(10), Now - receivedAgo);
        else
            f.receive(p, units(10), Now - receivedAgo);
        if (soldAgo > 0)
            f.ship(p, units(1), Now - soldAgo);
        const ReplenishmentLine line = f.line(p);
        QCOMPARE(line.dead, dead);
        // The first arrival is looked up where it decides: no sale since the cut-off.
        if (soldAgo == 0 || soldAgo > 90 * Day)
            QCOMPARE(*line.firstReceivedAt, Now - receivedAgo);
        else
            QVERIFY(!line.firstReceivedAt);
        QCOMPARE(line.lastSaleAt.has_value(), soldAgo > 0);
        auto ids = f.service.deadStock(f.owner, Fixture::params());
        QVERIFY(ids);
        QCOMPARE(ids->contains(p), dead);
    }

    void deadStockDetails()
    {
        Fixture f;
        // Opening stock by adjustment 200 days ago, a receipt 10 days ago: the stock has been there
        // since the adjustment.
        const Id sat = f.product(u"SAT"_qs);
        f.adjust(sat, units(5), Now - 200 * Day);
        f.receive(sat, units(5), Now - 10 * Day);
        QCOMPARE(*f.line(sat).firstReceivedAt, Now - 200 * Day);
        QVERIFY(f.line(sat).dead);

        // A receipt entered by mistake and reversed does not date the stock.
        const Id mistaken = f.product(u"MISTAKE"_qs);
        const Id wrong = f.receive(mistaken, units(5), Now - 200 * Day);
        QVERIFY(f.stock.reverse(f.owner, wrong));
        f.receive(mistaken, units(5), Now - 20 * Day);
        QCOMPARE(*f.line(mistaken).firstReceivedAt, Now - 20 * Day);
        QVERIFY(!f.line(mistaken).dead);

        // A reversed sale is no sale.
        const Id unsold = f.product(u"UNSOLD"_qs);
        f.receive(unsold, units(5), Now - 200 * Day);
        const Id sale = f.ship(unsold, units(1), Now - 5 * Day);
        QVERIFY(!f.line(unsold).dead);
        QVERIFY(f.stock.reverse(f.owner, sale));
        QVERIFY(!f.line(unsold).lastSaleAt);
        QVERIFY(f.line(unsold).dead);

        // Opening stock by a count.
        const Id counted = f.product(u"COUNTED"_qs);
        f.count(counted, units(3), Now - 120 * Day);
        QCOMPARE(*f.line(counted).firstReceivedAt, Now - 120 * Day);
        QVERIFY(f.line(counted).dead);

        // Nothing on hand: not dead, whatever its history.
        const Id gone = f.product(u"GONE"_qs);
        f.receive(gone, units(1), Now - 200 * Day);
        f.adjust(gone, units(-1), Now - 150 * Day);
        QVERIFY(!f.line(gone).dead);

        // Dead days are a parameter.
        ReplenishmentParams shorter = Fixture::params();
        shorter.deadDays = 3;
        QVERIFY(f.line(unsold, shorter).dead);
        const Id fresh = f.product(u"FRESH"_qs);
        f.receive(fresh, units(1), Now - 2 * Day);
        QVERIFY(!f.line(fresh, shorter).dead);
    }

    // A kit has no stock of its own: it gets no line, and its sales are its components' demand.
    void kitIsNotSuggestedItsComponentsAre()
    {
        Fixture f;
        const Id component = f.product(u"SOCK"_qs);
        const Id kit = f.product(u"SOCK-PAIR-SET"_qs);
        QVERIFY(f.stock.setKitComponents(f.owner, kit, {KitComponent{component, units(2)}}));
        f.receive(component, units(40), at(-30));
        for (int d = -10; d < 0; ++d)
            f.ship(kit, units(1), at(d, 15));
        auto lines = f.service.analyse(f.owner, Fixture::params());
        QVERIFY(lines);
        for (const ReplenishmentLine& l : *lines)
            QVERIFY(l.productId != kit);
        const ReplenishmentLine line = f.line(component);
        QCOMPARE(line.dailyDemand, 2.0);
        QCOMPARE(line.available, units(20));
        QVERIFY(line.belowReorderPoint);     // 20 <= 2 x 14
        QCOMPARE(line.suggested, units(36)); // target 56 - 20
        auto below = f.service.belowReorderPoint(f.owner, Fixture::params());
        QVERIFY(below);
        QCOMPARE(*below, QList<Id>{component});
        QVERIFY(!f.service.setRule(f.owner, {kit, StockService::mainLocationId(), units(1), {}, {}, {}}));
    }

    void archivedProductsAreNotSuggested()
    {
        Fixture f;
        const Id p = f.steadySeller(u"OLD"_qs, 1, 10, 2);
        QVERIFY(f.line(p).belowReorderPoint);
        QVERIFY(f.products.setArchived(f.owner, p, true));
        const ReplenishmentLine line = f.line(p);
        QVERIFY(line.archived);
        QVERIFY(!line.belowReorderPoint);
        QCOMPARE(line.suggested, Quantity());
    }

    // Rules at two sellable locations of one scope add up; the longest lead time counts.
    void rulesOfSeveralLocations()
    {
        Fixture f;
        const Id p = f.steadySeller(u"P-1"_qs, 1);
        f.setRule({p, StockService::mainLocationId(), units(10), units(30), {}, 5});
        f.setRule({p, StockService::packingLocationId(), units(2), {}, {}, 9});
        const ReplenishmentLine line = f.line(p);
        QCOMPARE(line.reorderPoint, units(12));
        QCOMPARE(line.target, units(30));
        QCOMPARE(line.leadTimeDays, 9.0);
        QCOMPARE(line.leadTimeSource, LeadTimeSource::Rule);
        auto all = f.service.rules(f.owner, p);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
    }

    void ruleCrud()
    {
        Fixture f;
        const Id p = f.product(u"P-1"_qs);
        const Id main = StockService::mainLocationId();
        QSignalSpy changed(&f.service, &ReplenishmentService::rulesChanged);
        QVERIFY(!f.service.rule(f.owner, p, main).value());

        const ReplenishmentRule rule{p, main, units(5), units(20), units(2), 7};
        QVERIFY(f.service.setRule(f.owner, rule));
        QCOMPARE(*f.service.rule(f.owner, p, main).value(), rule);
        QCOMPARE(changed.size(), 1);
        QVERIFY(f.service.setRule(f.owner, rule)); // unchanged: no write, no signal
        QCOMPARE(changed.size(), 1);

        ReplenishmentRule partial = rule;
        partial.target.reset();
        partial.leadTimeDays.reset();
        QVERIFY(f.service.setRule(f.owner, partial));
        QCOMPARE(*f.service.rule(f.owner, p, main).value(), partial);

        // Change log and audit rows for every write.
        auto log = f.tmp.db().connection().query(
            "SELECT op FROM change_log WHERE table_name = 'replenishment_rules' ORDER BY seq");
        QStringList ops;
        QVERIFY(log.forEachRow([&] { ops.append(log.text(0)); }));
        QCOMPARE(ops, (QStringList{u"insert"_qs, u"update"_qs}));
        auto audit = f.tmp.db().connection().query(
            "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'replenishment.rule%'");
        QCOMPARE(audit.scalarInt().value().value_or(0), 2);

        // An empty rule removes it, as removeRule does.
        QVERIFY(f.service.setRule(f.owner, {p, main, {}, {}, {}, {}}));
        QVERIFY(!f.service.rule(f.owner, p, main).value());
        QCOMPARE(changed.size(), 3);
        QVERIFY(f.service.setRule(f.owner, rule));
        QVERIFY(f.service.removeRule(f.owner, p, main));
        QVERIFY(!f.service.rule(f.owner, p, main).value());
        QVERIFY(f.service.removeRule(f.owner, p, main)); // nothing to remove is fine
    }

    void ruleValidation_data()
    {
        QTest::addColumn<ReplenishmentRule>("rule");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("kilograms");
        const Id main = StockService::mainLocationId();
        QTest::newRow("negative reorder point")
            << ReplenishmentRule{{}, main, units(-1), {}, {}, {}} << u"reorder_point"_qs << false;
        QTest::newRow("pieces are whole")
            << ReplenishmentRule{{}, main, milli(1500), {}, {}, {}} << u"reorder_point"_qs << false;
        QTest::newRow("target below reorder point")
            << ReplenishmentRule{{}, main, units(10), units(5), {}, {}} << u"target"_qs << false;
        QTest::newRow("negative safety stock")
            << ReplenishmentRule{{}, main, {}, {}, milli(-500), {}} << u"safety_stock"_qs << true;
        QTest::newRow("lead time too long")
            << ReplenishmentRule{{}, main, {}, {}, {}, 400} << u"lead_time_days"_qs << false;
        QTest::newRow("negative lead time")
            << ReplenishmentRule{{}, main, {}, {}, {}, -1} << u"lead_time_days"_qs << false;
        QTest::newRow("quarantine does not sell")
            << ReplenishmentRule{{}, StockService::quarantineLocationId(), units(1), {}, {}, {}}
            << u"location"_qs << false;
    }
    void ruleValidation()
    {
        QFETCH(ReplenishmentRule, rule);
        QFETCH(QString, field);
        QFETCH(bool, kilograms);
        Fixture f;
        rule.productId = f.product(u"P-1"_qs, kilograms ? Unit::Kilogram : Unit::Piece);
        auto result = f.service.setRule(f.owner, rule);
        QVERIFY(!result);
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!f.service.rule(f.owner, rule.productId, rule.locationId).value());
        // Fractions are fine for kilograms.
        const Id kg = f.product(u"KG"_qs, Unit::Kilogram);
        QVERIFY(f.service.setRule(f.owner, {kg, StockService::mainLocationId(), milli(1500), {}, {}, {}}));
    }

    void rulesNeedEditCatalog()
    {
        Fixture f;
        const Id p = f.product(u"P-1"_qs);
        const Actor warehouse = Actor::withRole(Role::Warehouse, u"Pat"_qs);
        auto denied = f.service.setRule(warehouse, {p, StockService::mainLocationId(), units(1), {}, {}, {}});
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        f.setRule({p, StockService::mainLocationId(), units(1), {}, {}, {}});
        QCOMPARE(f.service.removeRule(warehouse, p, StockService::mainLocationId()).error().code,
                 ErrorCode::PermissionDenied);
        // Reading is for everyone.
        QVERIFY(f.service.analyse(warehouse, Fixture::params()));
    }

    void csvExport()
    {
        Fixture f;
        const Id p = f.steadySeller(u"SKU-1"_qs, 2, 10, 4);
        Product formula = *f.products.product(f.owner, p);
        formula.name = u"=SUM(A1)"_qs;
        QVERIFY(f.products.update(f.owner, formula));
        const ReplenishmentLine line = f.line(p);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_qs);
        QCOMPARE(f.service.exportCsv(Actor::withRole(Role::Warehouse), {line}, path).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(path));
        QVERIFY(f.service.exportCsv(f.owner, {line}, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        auto records = CsvReader::readAll(text);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        const QStringList header = records->at(0).fields;
        const QStringList row = records->at(1).fields;
        QCOMPARE(row.size(), header.size());
        auto cell = [&](const QString& title) { return row.value(header.indexOf(title)); };
        QCOMPARE(cell(u"SKU"_qs), u"SKU-1"_qs);
        QCOMPARE(cell(u"Name"_qs), u"'=SUM(A1)"_qs); // defused for spreadsheets
        QCOMPARE(cell(u"Available"_qs), u"4"_qs);
        QCOMPARE(cell(u"Daily demand"_qs), u"2.000"_qs);
        QCOMPARE(cell(u"Days of cover"_qs), u"2.0"_qs);
        QCOMPARE(cell(u"Reorder point"_qs), u"28"_qs);
        QCOMPARE(cell(u"Target"_qs), u"56"_qs);
        QCOMPARE(cell(u"Suggested order"_qs), u"52"_qs);
        QCOMPARE(cell(u"Lead time source"_qs), u"default"_qs);
        QCOMPARE(cell(u"Below reorder point"_qs), u"yes"_qs);
        QCOMPARE(cell(u"Last sale"_qs),
                 QDateTime::fromMSecsSinceEpoch(at(-1, 15)).date().toString(Qt::ISODate));
    }

    void cancelAndInvalidParameters()
    {
        Fixture f;
        f.steadySeller(u"P-1"_qs, 1);
        int calls = 0;
        auto cancelled = f.service.analyse(f.owner, Fixture::params(), {}, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QVERIFY(calls > 1);
        ReplenishmentParams bad = Fixture::params();
        bad.demandDays = 0;
        QCOMPARE(f.service.analyse(f.owner, bad).error().code, ErrorCode::Invalid);
    }

    // Days follow the shop's time zone: a sale at 22:00 UTC on day -1 is on today's date in Moscow
    // (UTC+3), so it is left out of the window there.
    void daysFollowTheTimeZone()
    {
        Fixture f;
        const Id p = f.product(u"P-1"_qs);
        f.receive(p, units(10), at(-30));
        f.ship(p, units(4), at(-1, 22));
        ReplenishmentParams utc = Fixture::params();
        QCOMPARE(f.line(p, utc).dailyDemand, 0.4);
        ReplenishmentParams moscow = utc;
        moscow.timeZone = QTimeZone(QByteArrayLiteral("Europe/Moscow"));
        QVERIFY(moscow.timeZone.isValid()); // tzdata is installed (BUILDING.md)
        QCOMPARE(f.line(p, moscow).dailyDemand, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestReplenishment)
#include "TestReplenishment.moc"

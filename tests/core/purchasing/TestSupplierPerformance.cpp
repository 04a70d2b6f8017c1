#include "support/Must.h"
#include "support/StockShop.h"

#include <QTest>
#include <QTimeZone>

using namespace kontor;
using test::must;
using test::StockShop;

// Scorecards on a known data set, computed by hand in the comments.
//
// Supplier "Носки оптом", contract K-1: lead time 10 calendar days from confirmation, 0.5 % a day
// late, 100.00 per defective unit; targets on time 90 %, in full 95 %, defects at most 2 %.
// - PO A: 10 socks at 100.00, confirmed 2 March (due 12 March), all received 10 March: on time.
// - PO B: confirmed 5 March (due 15 March): 10 socks at 100.00 received 18 March (3 days late,
//   1 000.00 x 0.5 % x 3 = 15.00); 10 mugs at 300.00 received 15 March, 8 good and 2 defective
//   (claim: 2 x 100.00 = 200.00).
// - PO C: 5 mugs confirmed 25 March, due 4 April: not judged in March.
// March, as of 31 March: lines judged 3, ordered 30; on time 10 + 0 + 10 = 20 (66.67 %); in full
// 10 + 10 + 8 = 28 (93.33 %); OTIF 1 of 3 (33.33 %); received 30, defective 2 (6.67 %); lead times
// 8, 13 and 10 days (mean 10.33, p90 13); penalties 15.00 + 200.00; spend 1 000 + 1 000 + 2 400.
// Supplier "Кружки и Ко", contract M-1 (valid to 15 April, no targets): PO D, 5 socks confirmed
// 10 March, due 20 March, nothing arrived: overdue on 31 March.
class TestSupplierPerformance : public QObject
{
    Q_OBJECT

    static Quantity units(qint64 n) { return Quantity::fromUnits(n); }

    static void setToday(StockShop& shop, QDate day)
    {
        shop.tmp.clock().setMs(QDateTime(day, QTime(10, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
    }

    struct Data
    {
        Id s, s2, socks, mug;
        Id contract;
        Id poA, poB, poC, poD;
    };

    static Id supplier(StockShop& shop, const QString& name)
    {
        Supplier s;
        s.name = name;
        s.currency = u"RUB"_qs;
        return must(shop.suppliers.create(shop.owner, s)).id;
    }

    static PurchaseOrder confirmed(StockShop& shop, const Id& supplierId,
                                   const QList<std::pair<Id, qint64>>& lines, QDate on)
    {
        setToday(shop, on);
        PurchaseOrder po = must(shop.purchases.newDraft(shop.owner, supplierId));
        for (const auto& [product, n] : lines)
            po.lines.append(must(shop.purchases.lineFor(shop.owner, po, product, units(n))));
        po = must(shop.purchases.create(shop.owner, po));
        must(shop.purchases.send(shop.owner, po.id));
        return must(shop.purchases.confirm(shop.owner, po.id, on));
    }

    static void receive(StockShop& shop, const PurchaseOrder& po, int line, qint64 accepted, qint64 defective,
                        QDate on)
    {
        setToday(shop, on);
        ReceiptDraft d;
        d.poId = po.id;
        d.receivedOn = on;
        d.lines = {ReceiptLineDraft{po.lines[line].id, units(accepted), units(defective), {}}};
        must(shop.purchases.receive(shop.owner, d));
    }

    static Data build(StockShop& shop)
    {
        Data d;
        d.socks = shop.product(u"SOCK"_qs);
        d.mug = shop.product(u"MUG"_qs);
        d.s = supplier(shop, u"Носки оптом"_qs);
        d.s2 = supplier(shop, u"Кружки и Ко"_qs);
        Contract k;
        k.supplierId = d.s;
        k.number = u"K-1"_qs;
        k.validFrom = QDate(2026, 1, 1);
        k.currency = u"RUB"_qs;
        k.terms.leadTimeDays = 10;
        k.terms.lateBpPerDay = 50;
        k.terms.defect = {PenaltyKind::PerUnit, 10000};
        k.targetOnTimeBp = 9000;
        k.targetInFullBp = 9500;
        k.maxDefectBp = 200;
        k.prices = {ContractPrice{d.socks, {}, {}, u"S-1"_qs, 10000, {}, {}},
                    ContractPrice{d.mug, {}, {}, u"M-7"_qs, 30000, {}, {}}};
        d.contract = must(shop.suppliers.activateContract(
                              shop.owner, must(shop.suppliers.createContract(shop.owner, k)).id))
                         .id;
        Contract m = k;
        m.supplierId = d.s2;
        m.number = u"M-1"_qs;
        m.validTo = QDate(2026, 4, 15);
        m.targetOnTimeBp.reset();
        m.targetInFullBp.reset();
        m.maxDefectBp.reset();
        must(shop.suppliers.activateContract(shop.owner,
                                             must(shop.suppliers.createContract(shop.owner, m)).id));
        must(shop.suppliers.setProductSupplier(shop.owner, ProductSupplier{d.socks, d.s, false}));

        const PurchaseOrder a = confirmed(shop, d.s, {{d.socks, 10}}, QDate(2026, 3, 2));
        const PurchaseOrder b = confirmed(shop, d.s, {{d.socks, 10}, {d.mug, 10}}, QDate(2026, 3, 5));
        const PurchaseOrder dd = confirmed(shop, d.s2, {{d.socks, 5}}, QDate(2026, 3, 10));
        receive(shop, a, 0, 10, 0, QDate(2026, 3, 10));
        receive(shop, b, 1, 8, 2, QDate(2026, 3, 15));
        receive(shop, b, 0, 10, 0, QDate(2026, 3, 18));
        const PurchaseOrder c = confirmed(shop, d.s, {{d.mug, 5}}, QDate(2026, 3, 25));
        // 14 pairs sold in the last four weeks: 0.5 a day.
        if (!shop.stock.ship(
                shop.owner, d.socks, StockService::mainLocationId(), units(14),
                QDateTime(QDate(2026, 3, 24), QTime(12, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch()))
            qFatal("cannot ship");
        d.poA = a.id;
        d.poB = b.id;
        d.poC = c.id;
        d.poD = dd.id;
        setToday(shop, QDate(2026, 3, 31));
        return d;
    }

private Q_SLOTS:
    void scorecardOfAMonth()
    {
        StockShop shop;
        const Data d = build(shop);
        const Scorecard s =
            must(shop.performance.scorecard(shop.owner, d.s, QDate(2026, 3, 1), QDate(2026, 3, 31)));
        QCOMPARE(s.linesJudged, 3);
        QCOMPARE(s.unitsOrdered, units(30));
        QCOMPARE(s.unitsOnTime, units(20));
        QCOMPARE(s.onTimeBp, std::optional<int>(6667));
        QCOMPARE(s.inFullBp, std::optional<int>(9333));
        QCOMPARE(s.otifBp, std::optional<int>(3333));
        QCOMPARE(s.receipts, 3);
        QCOMPARE(s.unitsReceived, units(30));
        QCOMPARE(s.defectBp, std::optional<int>(667));
        QCOMPARE(s.missortBp, std::optional<int>(0));
        QCOMPARE(s.leadTime.count, 3);
        QCOMPARE(s.leadTime.p90, 13);
        QVERIFY(qAbs(s.leadTime.mean - 31.0 / 3.0) < 1e-9);
        QCOMPARE(s.promisedLeadTime, std::optional<int>(10));
        QCOMPARE(s.penaltiesAccrued, qint64(21500));
        QCOMPARE(s.penaltiesClaimed, qint64(20000));
        QCOMPARE(s.penaltiesCollected, qint64(0));
        QCOMPARE(s.spend, qint64(440000));
        QVERIFY(s.onTimeBreached());
        QVERIFY(s.inFullBreached());
        QVERIFY(s.defectBreached());
        QVERIFY(!s.missortBreached());

        // Every figure comes from the judged lines.
        const QList<ScorecardLine> lines =
            must(shop.performance.judgedLines(shop.owner, d.s, QDate(2026, 3, 1), QDate(2026, 3, 31)));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1].poId, d.poB);
        QCOMPARE(lines[1].sku, u"SOCK"_qs);
        QCOMPARE(lines[1].dueOn, QDate(2026, 3, 15));
        QCOMPARE(lines[1].sla.daysLate, 3);
        QCOMPARE(lines[1].sla.latePenalty, qint64(1500));
        QCOMPARE(lines[1].contractNumber, u"K-1"_qs);
        QCOMPARE(lines[1].terms.lateBpPerDay, 50);

        // The same month seen from April: nothing changes (PO C is judged in April).
        const Scorecard later = must(shop.performance.scorecard(shop.owner, d.s, QDate(2026, 3, 1),
                                                                QDate(2026, 3, 31), {}, QDate(2026, 4, 30)));
        QCOMPARE(later.onTimeBp, s.onTimeBp);
        QCOMPARE(later.penaltiesAccrued, s.penaltiesAccrued);
        QCOMPARE(shop.performance
                     .scorecard(Actor::withRole(Role::Support), d.s, QDate(2026, 3, 1), QDate(2026, 3, 31))
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
    }

    void trendWarningsAndReport()
    {
        StockShop shop;
        const Data d = build(shop);
        const QList<ScorecardMonth> trend = must(shop.performance.trend(shop.owner, d.s, 3));
        QCOMPARE(trend.size(), 3);
        QCOMPARE(trend[0].month, QDate(2026, 1, 1));
        QCOMPARE(trend[0].onTimeBp, std::nullopt);
        QCOMPARE(trend[2].month, QDate(2026, 3, 1));
        QCOMPARE(trend[2].onTimeBp, std::optional<int>(6667));

        const QList<Scorecard> all =
            must(shop.performance.scorecards(shop.owner, QDate(2026, 3, 1), QDate(2026, 3, 31)));
        QCOMPARE(all.size(), 2);

        const PurchasingWarnings w = must(shop.performance.warnings(shop.owner));
        QCOMPARE(w.overduePos.size(), 1);
        QCOMPARE(w.overduePos[0].id, d.poD);
        QCOMPARE(w.expiringContracts.size(), 1);
        QCOMPARE(w.expiringContracts[0].number, u"M-1"_qs);
        QCOMPARE(w.expiringContracts[0].daysLeft, 15);
        QCOMPARE(w.breachingSuppliers.size(), 1);
        QCOMPARE(w.breachingSuppliers[0].supplierId, d.s);

        const SupplierReport r =
            must(shop.performance.report(shop.owner, d.s, QDate(2026, 3, 1), QDate(2026, 3, 31), 30, 28));
        QCOMPARE(r.supplier.name, u"Носки оптом"_qs);
        QCOMPARE(r.openClaims.size(), 1);
        QCOMPARE(r.openClaims[0].amount, qint64(20000));
        QCOMPARE(r.forecast.size(), 2);
        QCOMPARE(r.forecast[1].sku, u"SOCK"_qs);
        QCOMPARE(r.forecast[1].supplierSku, u"S-1"_qs);
        QCOMPARE(r.forecast[1].dailyDemand, 0.5);
        QCOMPARE(r.forecast[1].forecast, units(15));
        QCOMPARE(r.forecast[1].onOrder, units(5)); // PO D, from the other supplier
        QCOMPARE(r.forecast[0].sku, u"MUG"_qs);
        QCOMPARE(r.forecast[0].forecast, units(0));
        QCOMPARE(r.forecast[0].onOrder, units(5)); // PO C
        QVERIFY(!shop.performance.report(shop.owner, d.s, QDate(2026, 3, 1), QDate(2026, 3, 31), 0, 28));
    }
};

QTEST_GUILESS_MAIN(TestSupplierPerformance)
#include "TestSupplierPerformance.moc"

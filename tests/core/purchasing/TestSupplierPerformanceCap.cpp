#include "support/Must.h"
#include "support/StockShop.h"

#include <QTest>
#include <QTimeZone>

using namespace kontor;
using test::must;
using test::StockShop;

// A late-penalty cap on the whole PO, shared over its lines in the scorecard's drill-down: the
// lines must add up to the PO's capped penalty, as the lateness claim does.
//
// Contract C-1: lead time 10 days from confirmation, 1 % of the late value a day, capped at 1 % of
// the PO. Three products at 33.35, one unit each, confirmed 2 March (due 12 March), received 22
// March: 10 days late. Each line accrues 33.35 x 1 % x 10 = 3.335 -> 3.34 (half-up), 10.02 in all;
// the cap is 1 % of 100.05 = 1.0005 -> 1.00. Shared by the lines' amounts 3.34 : 3.34 : 3.34, that
// is 0.3333... each: by largest remainder 0.34 + 0.33 + 0.33 = 1.00 (rounding each share half-up
// gave 0.33 x 3 = 0.99, a kopeck lost between the PO and its lines).
class TestSupplierPerformanceCap : public QObject
{
    Q_OBJECT

    static void setToday(StockShop& shop, QDate day)
    {
        shop.tmp.clock().setMs(QDateTime(day, QTime(10, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
    }

private Q_SLOTS:
    void orderCapSharedOverTheLines()
    {
        StockShop shop;
        setToday(shop, QDate(2026, 3, 2));
        QList<Id> products;
        for (const QString& sku : {u"A"_qs, u"B"_qs, u"C"_qs})
            products.append(shop.product(sku));
        Supplier s;
        s.name = u"Поставщик"_qs;
        s.currency = u"RUB"_qs;
        const Id supplierId = must(shop.suppliers.create(shop.owner, s)).id;
        Contract k;
        k.supplierId = supplierId;
        k.number = u"C-1"_qs;
        k.validFrom = QDate(2026, 1, 1);
        k.currency = u"RUB"_qs;
        k.terms.leadTimeDays = 10;
        k.terms.lateBpPerDay = 100;
        k.terms.lateCapBp = 100;
        k.terms.capBasis = CapBasis::Order;
        for (const Id& p : products)
            k.prices.append(ContractPrice{p, {}, {}, {}, 3335, {}, {}});
        must(shop.suppliers.activateContract(shop.owner,
                                             must(shop.suppliers.createContract(shop.owner, k)).id));

        PurchaseOrder po = must(shop.purchases.newDraft(shop.owner, supplierId));
        for (const Id& p : products)
            po.lines.append(must(shop.purchases.lineFor(shop.owner, po, p, Quantity::fromUnits(1))));
        po = must(shop.purchases.create(shop.owner, po));
        must(shop.purchases.send(shop.owner, po.id));
        po = must(shop.purchases.confirm(shop.owner, po.id, QDate(2026, 3, 2)));
        QCOMPARE(po.dueOn, QDate(2026, 3, 12));
        setToday(shop, QDate(2026, 3, 22));
        ReceiptDraft r;
        r.poId = po.id;
        r.receivedOn = QDate(2026, 3, 22);
        for (const PoLine& l : po.lines)
            r.lines.append(ReceiptLineDraft{l.id, Quantity::fromUnits(1), {}, {}});
        must(shop.purchases.receive(shop.owner, r));
        setToday(shop, QDate(2026, 3, 31));

        const PoEvaluation e = must(shop.purchases.evaluate(shop.owner, po.id));
        QCOMPARE(e.sla.latePenalty, qint64(100));
        QVERIFY(e.sla.capReached);

        const QList<ScorecardLine> lines =
            must(shop.performance.judgedLines(shop.owner, supplierId, QDate(2026, 3, 1), QDate(2026, 3, 31)));
        QCOMPARE(lines.size(), 3);
        QList<qint64> shares;
        for (const ScorecardLine& l : lines) {
            shares.append(l.sla.latePenalty);
            QCOMPARE(l.sla.latePenaltyUncapped, qint64(334));
        }
        QCOMPARE(shares, (QList<qint64>{34, 33, 33}));

        const Scorecard card =
            must(shop.performance.scorecard(shop.owner, supplierId, QDate(2026, 3, 1), QDate(2026, 3, 31)));
        QCOMPARE(card.penaltiesAccrued, qint64(100));
        // The claim for the lateness asks for the same.
        QCOMPARE(must(shop.purchases.claimLateness(shop.owner, po.id)).amount, qint64(100));
    }
};

QTEST_GUILESS_MAIN(TestSupplierPerformanceCap)
#include "TestSupplierPerformanceCap.moc"

#include "orders/OrderMath.h"

#include <QTest>

#include <numeric>

using namespace kontor;

// The money of an order, checked by hand: rounding half-up per line, the order discount spread by
// largest remainder, VAT contained in or added to prices.
class TestOrderMath : public QObject
{
    Q_OBJECT

    static OrderLine line(qint64 unitPrice, qint64 milli, std::optional<int> vat = 2000, qint64 discount = 0)
    {
        OrderLine l;
        l.unitPrice = unitPrice;
        l.quantity = Quantity::fromMilli(milli);
        l.vatBp = vat;
        l.lineDiscount = discount;
        return l;
    }

private Q_SLOTS:
    void lineAmountRoundsHalfUp_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("whole pieces") << qint64(49900) << qint64(3000) << qint64(149700);
        QTest::newRow("1.5 kg at 333.33")
            << qint64(33333) << qint64(1500) << qint64(50000);                         // 49999.5 -> 50000
        QTest::newRow("0.333 kg at 1.00") << qint64(100) << qint64(333) << qint64(33); // 33.3 -> 33
        QTest::newRow("0.005 kg at 1.00") << qint64(100) << qint64(5) << qint64(1);    // 0.5 -> 1
        QTest::newRow("free") << qint64(0) << qint64(7000) << qint64(0);
    }
    void lineAmountRoundsHalfUp()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, milli);
        QFETCH(qint64, expected);
        QCOMPARE(OrderMath::lineAmount(price, Quantity::fromMilli(milli)), expected);
    }

    void spreadByLargestRemainder()
    {
        // 100 over 1:1:1 -> 33.33 each; the one kopeck left goes to the first of the equal remainders.
        QCOMPARE(OrderMath::spread(100, {1, 1, 1}), (QList<qint64>{34, 33, 33}));
        // 10 over 3:3:4 -> 3, 3, 4 exactly.
        QCOMPARE(OrderMath::spread(10, {3, 3, 4}), (QList<qint64>{3, 3, 4}));
        // 10 over 1:2 -> 3.33, 6.67: the larger remainder (6.67) gets the kopeck.
        QCOMPARE(OrderMath::spread(10, {1, 2}), (QList<qint64>{3, 7}));
        // Zero weights split evenly; nothing to spread gives zeros.
        QCOMPARE(OrderMath::spread(5, {0, 0}), (QList<qint64>{3, 2}));
        QCOMPARE(OrderMath::spread(0, {5, 7}), (QList<qint64>{0, 0}));
        // Large amounts do not overflow.
        const QList<qint64> big =
            OrderMath::spread(9'000'000'000'000, {3'000'000'000'000, 6'000'000'000'000});
        QCOMPARE(big, (QList<qint64>{3'000'000'000'000, 6'000'000'000'000}));
    }

    void spreadAlwaysAddsUp()
    {
        const QList<qint64> weights{199, 1, 7333, 42, 5};
        for (qint64 total : {1, 2, 3, 99, 1001, 123457}) {
            const QList<qint64> s = OrderMath::spread(total, weights);
            QCOMPARE(std::accumulate(s.cbegin(), s.cend(), qint64(0)), total);
        }
    }

    void vatContainedOrAdded()
    {
        // 1,200.00 with 20 % VAT contained: 200.00 VAT.
        QCOMPARE(OrderMath::vatOf(120000, 2000, true), qint64(20000));
        // 1,000.00 without VAT at 20 %: 200.00 on top.
        QCOMPARE(OrderMath::vatOf(100000, 2000, false), qint64(20000));
        // 499.00 with 22 % contained: 499 * 22 / 122 = 89.98...
        QCOMPARE(OrderMath::vatOf(49900, 2200, true), qint64(8998));
        // 10 % reduced rate, 0.05 contained: 0.0045... -> 0.00
        QCOMPARE(OrderMath::vatOf(5, 1000, true), qint64(0));
        QCOMPARE(OrderMath::vatOf(100000, 0, true), qint64(0));
    }

    void orderTotalsWithVatIncluded()
    {
        Order o;
        o.pricesIncludeVat = true;
        o.lines = {line(49900, 2000), line(75000, 1000, 1000, 5000), line(10000, 3000, std::nullopt)};
        o.orderDiscount = 3000; // 30.00 spread over 998.00, 700.00, 300.00
        o.shippingCharge = 35000;
        OrderMath::computeTotals(o);
        // Amounts after line discounts: 99,800 / 70,000 / 30,000 = 199,800; discount shares 1,498.5 ->
        // 1,499 (largest remainder), 1,051.05 -> 1,051, 450.45 -> 450.
        QCOMPARE(o.lines[0].orderDiscount + o.lines[1].orderDiscount + o.lines[2].orderDiscount,
                 qint64(3000));
        QCOMPARE(o.lines[0].orderDiscount, qint64(1499));
        QCOMPARE(o.lines[1].orderDiscount, qint64(1051));
        QCOMPARE(o.lines[2].orderDiscount, qint64(450));
        // Line 1: 98,301 with 20 % contained -> VAT 16,383.5 -> 16,384; net 81,917.
        QCOMPARE(o.lines[0].vat, qint64(16384));
        QCOMPARE(o.lines[0].net, qint64(81917));
        QCOMPARE(o.lines[0].total, qint64(98301));
        // Line 2: 68,949 with 10 % -> 6,268.09 -> 6,268.
        QCOMPARE(o.lines[1].vat, qint64(6268));
        // Line 3: no VAT.
        QCOMPARE(o.lines[2].vat, qint64(0));
        QCOMPARE(o.lines[2].net, qint64(29550));
        QCOMPARE(o.subtotal, qint64(196800));
        QCOMPARE(o.vatTotal, qint64(16384 + 6268));
        QCOMPARE(o.total, qint64(196800 + 35000));
    }

    void orderTotalsWithVatOnTop()
    {
        Order o;
        o.pricesIncludeVat = false;
        o.lines = {line(10000, 3000), line(3333, 1000)};
        OrderMath::computeTotals(o);
        QCOMPARE(o.lines[0].net, qint64(30000));
        QCOMPARE(o.lines[0].vat, qint64(6000));
        QCOMPARE(o.lines[1].vat, qint64(667)); // 666.6 -> 667
        QCOMPARE(o.subtotal, qint64(33333));
        QCOMPARE(o.total, qint64(30000 + 6000 + 3333 + 667));
    }

    void discountsAreCapped()
    {
        Order o;
        o.lines = {line(1000, 1000, 2000, 5000)}; // a 50.00 discount on a 10.00 line
        o.orderDiscount = 999999;
        OrderMath::computeTotals(o);
        QCOMPARE(o.lines[0].lineDiscount, qint64(1000));
        QCOMPARE(o.orderDiscount, qint64(0));
        QCOMPARE(o.total, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestOrderMath)
#include "TestOrderMath.moc"

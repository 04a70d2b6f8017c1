#include "purchasing/SupplierSla.h"

#include <QTest>

using namespace kontor;

// The supplier figures of DOMAIN.md on hand-checked cases. Prices are minor units: 100000 = 1 000.00.
class TestSupplierSla : public QObject
{
    Q_OBJECT

    static Quantity units(qint64 n) { return Quantity::fromUnits(n); }
    static DeliveryPart part(QDate on, qint64 accepted, qint64 defective = 0, qint64 missorted = 0)
    {
        return DeliveryPart{on, units(accepted), units(defective), units(missorted)};
    }
    static SlaLineInput line(qint64 ordered, qint64 price, QList<DeliveryPart> parts, QDate closedOn = {})
    {
        return SlaLineInput{Id::create(), units(ordered), price, std::move(parts), closedOn};
    }
    // 0.5 % of the late value per day.
    static ContractTerms halfPercentPerDay()
    {
        ContractTerms t;
        t.leadTimeDays = 10;
        t.lateBpPerDay = 50;
        return t;
    }

    const QDate due{2026, 3, 12}; // a Thursday
    BusinessCalendar calendar;

private Q_SLOTS:
    void init()
    {
        calendar = BusinessCalendar();
        calendar.setException(QDate(2026, 3, 9), false); // 8 March fell on a Sunday: Monday off
    }

    void dueDateInCalendarDays()
    {
        ContractTerms t;
        t.leadTimeDays = 10;
        QCOMPARE(SupplierSla::dueDate(QDate(2026, 3, 2), t, calendar), QDate(2026, 3, 12));
        QCOMPARE(SupplierSla::dueDate(QDate(), t, calendar), QDate());
    }

    void dueDateInBusinessDaysSkipsWeekendAndHoliday()
    {
        ContractTerms t;
        t.leadTimeDays = 3;
        t.businessDays = true;
        // Friday 6 March + 3 working days: Tue 10, Wed 11, Thu 12 (Mon 9 is the holiday).
        QCOMPARE(SupplierSla::dueDate(QDate(2026, 3, 6), t, calendar), QDate(2026, 3, 12));
        BusinessCalendar plain;
        QCOMPARE(SupplierSla::dueDate(QDate(2026, 3, 6), t, plain), QDate(2026, 3, 11));
    }

    void daysLate_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("business");
        QTest::addColumn<int>("expected");
        QTest::newRow("early") << QDate(2026, 3, 10) << false << 0;
        QTest::newRow("on the due date") << QDate(2026, 3, 12) << false << 0;
        QTest::newRow("one day") << QDate(2026, 3, 13) << false << 1;
        QTest::newRow("eight days") << QDate(2026, 3, 20) << false << 8;
        QTest::newRow("Monday after, calendar") << QDate(2026, 3, 16) << false << 4;
        QTest::newRow("Monday after, business") << QDate(2026, 3, 16) << true << 2; // Fri 13, Mon 16
        QTest::newRow("Saturday, business") << QDate(2026, 3, 14) << true << 1;
    }

    void daysLate()
    {
        QFETCH(QDate, on);
        QFETCH(bool, business);
        QFETCH(int, expected);
        ContractTerms t;
        t.businessDays = business;
        QCOMPARE(SupplierSla::daysLate(due, on, t, calendar), expected);
    }

    void latePenaltyByDaysLate_data()
    {
        QTest::addColumn<int>("daysLate");
        QTest::addColumn<qint64>("penalty");
        // 10 units x 1 000.00 = 10 000.00; 0.5 % a day = 50.00 a day.
        QTest::newRow("on time") << 0 << qint64(0);
        QTest::newRow("1 day") << 1 << qint64(5000);
        QTest::newRow("3 days") << 3 << qint64(15000);
        QTest::newRow("19 days") << 19 << qint64(95000);
    }

    void latePenaltyByDaysLate()
    {
        QFETCH(int, daysLate);
        QFETCH(qint64, penalty);
        const SlaLine l = SupplierSla::evaluateLine(line(10, 100000, {part(due.addDays(daysLate), 10)}), due,
                                                    halfPercentPerDay(), calendar, due.addDays(30));
        QCOMPARE(l.daysLate, daysLate);
        QCOMPARE(l.latePenalty, penalty);
        QCOMPARE(l.onTime, daysLate == 0 ? units(10) : units(0));
        QCOMPARE(l.inFull, units(10));
        QCOMPARE(l.otif, daysLate == 0);
        QVERIFY(l.due);
    }

    void capOfTheLineValue()
    {
        ContractTerms t = halfPercentPerDay();
        t.lateCapBp = 1000; // 10 % of the line's value
        const SlaLine l = SupplierSla::evaluateLine(line(10, 100000, {part(due.addDays(30), 10)}), due, t,
                                                    calendar, due.addDays(40));
        QCOMPARE(l.latePenaltyUncapped, qint64(150000)); // 10 000.00 x 0.5 % x 30
        QCOMPARE(l.latePenalty, qint64(100000));
        QVERIFY(l.capReached);
    }

    void capOfTheOrderValue()
    {
        ContractTerms t = halfPercentPerDay();
        t.lateCapBp = 1000;
        t.capBasis = CapBasis::Order;
        const SlaOrder o = SupplierSla::evaluate({line(10, 100000, {part(due.addDays(30), 10)}),
                                                  line(10, 100000, {part(due.addDays(30), 10)}),
                                                  line(10, 100000, {part(due, 10)})},
                                                 due, t, calendar, due.addDays(40));
        QCOMPARE(o.value, qint64(3000000));
        // Each late line alone would pass its own 10 % (150 000 > 100 000), but the cap is of the PO.
        QCOMPARE(o.lines[0].latePenalty, qint64(150000));
        QVERIFY(!o.lines[0].capReached);
        QCOMPARE(o.latePenalty, qint64(300000)); // 300 000 <= 10 % of 3 000 000
        QVERIFY(!o.capReached);
        const SlaOrder worse = SupplierSla::evaluate(
            {line(10, 100000, {part(due.addDays(50), 10)}), line(10, 100000, {part(due, 10)})}, due, t,
            calendar, due.addDays(60));
        QCOMPARE(worse.lines[0].latePenalty, qint64(250000));
        QCOMPARE(worse.latePenalty, qint64(200000)); // 10 % of 2 000 000
        QVERIFY(worse.capReached);
    }

    void partialDeliveriesCountEachPartWithItsDate()
    {
        // 6 on the due date, 4 five days late.
        const SlaLine l = SupplierSla::evaluateLine(line(10, 100000, {part(due.addDays(5), 4), part(due, 6)}),
                                                    due, halfPercentPerDay(), calendar, due.addDays(10));
        QCOMPARE(l.parts.size(), 2);
        QCOMPARE(l.parts[0].on, due); // in date order
        QCOMPARE(l.parts[0].daysLate, 0);
        QCOMPARE(l.parts[1].daysLate, 5);
        QCOMPARE(l.parts[1].penalty, qint64(10000)); // 4 000.00 x 0.5 % x 5
        QCOMPARE(l.latePenalty, qint64(10000));
        QCOMPARE(l.onTime, units(6));
        QCOMPARE(l.inFull, units(10));
        QCOMPARE(l.missing, units(0));
        QVERIFY(!l.otif);
        QCOMPARE(l.daysLate, 5);
    }

    void missingUnitsKeepAccruingUntilTheyArrive()
    {
        const SlaLineInput in = line(10, 100000, {part(due, 6)});
        const SlaLine today =
            SupplierSla::evaluateLine(in, due, halfPercentPerDay(), calendar, due.addDays(4));
        QCOMPARE(today.missing, units(4));
        QCOMPARE(today.missingDaysLate, 4);
        QCOMPARE(today.missingPenalty, qint64(8000)); // 4 000.00 x 0.5 % x 4
        QCOMPARE(today.latePenalty, qint64(8000));
        const SlaLine later =
            SupplierSla::evaluateLine(in, due, halfPercentPerDay(), calendar, due.addDays(10));
        QCOMPARE(later.missingPenalty, qint64(20000));
        // Not yet due: nothing is late and the line is not judged.
        const SlaLine early =
            SupplierSla::evaluateLine(in, due, halfPercentPerDay(), calendar, due.addDays(-1));
        QCOMPARE(early.latePenalty, qint64(0));
        QVERIFY(!early.due);
    }

    void closedShortStopsTheAccrualAndAppliesTheShortageClause()
    {
        ContractTerms t = halfPercentPerDay();
        t.shortageBp = 1000; // 10 % of what never came
        const SlaLine l = SupplierSla::evaluateLine(line(10, 100000, {part(due, 6)}, due.addDays(2)), due, t,
                                                    calendar, due.addDays(30));
        QCOMPARE(l.missingDaysLate, 2);
        QCOMPARE(l.missingPenalty, qint64(4000));
        QCOMPARE(l.shortagePenalty, qint64(40000));
        QCOMPARE(l.inFull, units(6));
    }

    void overDeliveryNeverHidesAShortage()
    {
        const SlaOrder o =
            SupplierSla::evaluate({line(10, 100000, {part(due, 15)}), line(10, 100000, {part(due, 5)})}, due,
                                  halfPercentPerDay(), calendar, due);
        const Quantity onTime = o.lines[0].onTime + o.lines[1].onTime;
        QCOMPARE(onTime, units(15)); // 10 (capped) + 5, not 20
        QCOMPARE(SupplierSla::ratioBp(onTime.milli(), units(20).milli()), std::optional<int>(7500));
        QCOMPARE(o.lines[0].inFull, units(10));
        QVERIFY(o.lines[0].otif);
        QVERIFY(!o.lines[1].otif);
    }

    void misSortedUnitsAreNotTheOrderedProduct()
    {
        ContractTerms t = halfPercentPerDay();
        t.missort = {PenaltyKind::PerUnit, 50000}; // 500.00 per unit
        const SlaLine l =
            SupplierSla::evaluateLine(line(10, 100000, {part(due, 8, 0, 2)}), due, t, calendar, due);
        QCOMPARE(l.onTime, units(8));
        QCOMPARE(l.missing, units(2));
        QCOMPARE(l.missorted, units(2));
        QVERIFY(!l.otif);
        QCOMPARE(l.missortPenalty, qint64(100000));
    }

    void defectiveUnitsArriveOnTimeButNotInFull()
    {
        ContractTerms t = halfPercentPerDay();
        t.defect = {PenaltyKind::Percent, 2000}; // 20 % of the defective goods' value
        const SlaLine l =
            SupplierSla::evaluateLine(line(10, 100000, {part(due, 7, 3)}), due, t, calendar, due);
        QCOMPARE(l.onTime, units(10));
        QCOMPARE(l.inFull, units(7));
        QVERIFY(!l.otif);
        QCOMPARE(l.defectPenalty, qint64(60000)); // 3 000.00 x 20 %
    }

    void noStartEventMeansNothingIsLate()
    {
        const SlaLine l = SupplierSla::evaluateLine(line(10, 100000, {part(due.addDays(20), 10)}), QDate(),
                                                    halfPercentPerDay(), calendar, due.addDays(30));
        QCOMPARE(l.latePenalty, qint64(0));
        QVERIFY(!l.due);
    }

    void businessDayLatenessAcrossAWeekend()
    {
        ContractTerms t = halfPercentPerDay();
        t.businessDays = true;
        // Due Friday 13 March; arrives Monday 16: one working day late, not three.
        const SlaLine l = SupplierSla::evaluateLine(line(10, 100000, {part(QDate(2026, 3, 16), 10)}),
                                                    QDate(2026, 3, 13), t, calendar, QDate(2026, 3, 20));
        QCOMPARE(l.daysLate, 1);
        QCOMPARE(l.latePenalty, qint64(5000));
    }

    void roundingIsHalfUp()
    {
        QCOMPARE(SupplierSla::shareOf(5, 1000), qint64(1));   // 0.5 -> 1
        QCOMPARE(SupplierSla::shareOf(-5, 1000), qint64(-1)); // away from zero
        QCOMPARE(SupplierSla::shareOf(4, 1000), qint64(0));
        QCOMPARE(SupplierSla::valueOf(Quantity::fromMilli(1500), 333), qint64(500)); // 499.5
        QCOMPARE(SupplierSla::unitPenalty({PenaltyKind::PerUnit, 333}, Quantity::fromMilli(1500), 0),
                 qint64(500));
        QCOMPARE(SupplierSla::unitPenalty({}, units(5), 100), qint64(0));
    }

    void leadTimeMeanAndP90()
    {
        const LeadTimeStats s = SupplierSla::leadTimeStats({30, 3, 5, 7, 9, 11, 13, 15, 17, 19});
        QCOMPARE(s.count, 10);
        QCOMPARE(s.mean, 12.9);
        QCOMPARE(s.p90, 19); // nearest rank: the 9th of 10
        QCOMPARE(s.min, 3);
        QCOMPARE(s.max, 30);
        QCOMPARE(SupplierSla::leadTimeStats({5}).p90, 5);
        QCOMPARE(SupplierSla::leadTimeStats({}).count, 0);
        // 11 values: rank ceil(9.9) = 10
        QCOMPARE(SupplierSla::leadTimeStats({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}).p90, 10);
    }

    void learnedLeadTimeNeedsFiveReceiptsAndUsesTheLastTen()
    {
        QCOMPARE(SupplierSla::learnedLeadTime({10, 10, 10, 10}), std::nullopt);
        QCOMPARE(SupplierSla::learnedLeadTime({10, 12, 14, 16, 18}), std::optional<double>(14.0));
        // The newest ten of twelve: the two oldest (100) are left out.
        QCOMPARE(SupplierSla::learnedLeadTime({8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 100, 100}),
                 std::optional<double>(8.0));
    }

    void ratios()
    {
        QCOMPARE(SupplierSla::ratioBp(1, 3), std::optional<int>(3333));
        QCOMPARE(SupplierSla::ratioBp(2, 3), std::optional<int>(6667));
        QCOMPARE(SupplierSla::ratioBp(5, 0), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestSupplierSla)
#include "TestSupplierSla.moc"

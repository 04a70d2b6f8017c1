#include "common/BusinessCalendar.h"

#include <QTest>

using namespace kontor;

namespace {

// The Russian calendar around two real transfers: 1 November 2025 (a Saturday) was worked so that
// 3 November could be a day off next to the 4 November holiday; 23 February 2026 is a holiday.
BusinessCalendar russian()
{
    BusinessCalendar cal;
    cal.setException(QDate(2025, 11, 1), true);
    cal.setException(QDate(2025, 11, 3), false);
    cal.setException(QDate(2025, 11, 4), false);
    cal.setException(QDate(2026, 2, 23), false);
    return cal;
}

} // namespace

// Working days: the working week, holidays, transferred working Saturdays, counting both ways.
class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("working");

        QTest::newRow("an ordinary Wednesday") << QDate(2026, 1, 14) << true;
        QTest::newRow("an ordinary Saturday") << QDate(2026, 1, 17) << false;
        QTest::newRow("an ordinary Sunday") << QDate(2026, 1, 18) << false;
        QTest::newRow("a holiday on a Monday") << QDate(2026, 2, 23) << false;
        QTest::newRow("a worked Saturday") << QDate(2025, 11, 1) << true;
        QTest::newRow("the Monday given off for it") << QDate(2025, 11, 3) << false;
    }

    void isWorkingDay()
    {
        QFETCH(QDate, day);
        QFETCH(bool, working);
        QCOMPARE(russian().isWorkingDay(day), working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");

        QTest::newRow("zero days is the same day") << QDate(2026, 1, 17) << 0 << QDate(2026, 1, 17);
        QTest::newRow("within a week") << QDate(2026, 1, 12) << 3 << QDate(2026, 1, 15);
        QTest::newRow("Friday + 1 is Monday") << QDate(2026, 1, 16) << 1 << QDate(2026, 1, 19);
        QTest::newRow("from a Saturday") << QDate(2026, 1, 17) << 1 << QDate(2026, 1, 19);
        QTest::newRow("over a weekend and a holiday") << QDate(2026, 2, 20) << 1 << QDate(2026, 2, 24);
        QTest::newRow("two weeks over a holiday") << QDate(2026, 2, 16) << 10 << QDate(2026, 3, 3);
        QTest::newRow("Friday + 1 is the worked Saturday") << QDate(2025, 10, 31) << 1 << QDate(2025, 11, 1);
        QTest::newRow("past the transferred days off") << QDate(2025, 10, 31) << 2 << QDate(2025, 11, 5);
        QTest::newRow("backwards over a weekend") << QDate(2026, 1, 19) << -1 << QDate(2026, 1, 16);
        QTest::newRow("backwards over a holiday") << QDate(2026, 2, 24) << -1 << QDate(2026, 2, 20);
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QCOMPARE(russian().addWorkingDays(from, days), expected);
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("expected");

        QTest::newRow("same day") << QDate(2026, 1, 14) << QDate(2026, 1, 14) << 0;
        QTest::newRow("from is not counted, to is") << QDate(2026, 1, 12) << QDate(2026, 1, 13) << 1;
        QTest::newRow("a weekend counts nothing") << QDate(2026, 1, 16) << QDate(2026, 1, 18) << 0;
        QTest::newRow("four whole weeks") << QDate(2026, 1, 5) << QDate(2026, 2, 2) << 20;
        QTest::newRow("six weeks and two days") << QDate(2026, 1, 5) << QDate(2026, 2, 18) << 32;
        QTest::newRow("several weeks over a holiday") << QDate(2026, 2, 2) << QDate(2026, 3, 2) << 19;
        QTest::newRow("a worked Saturday and two days off") << QDate(2025, 10, 27) << QDate(2025, 11, 9) << 8;
        QTest::newRow("to before from is negative") << QDate(2026, 1, 16) << QDate(2026, 1, 9) << -5;
        QTest::newRow("negative over a holiday") << QDate(2026, 2, 27) << QDate(2026, 2, 20) << -4;
    }

    void workingDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, expected);
        const BusinessCalendar cal = russian();
        QCOMPARE(cal.workingDaysBetween(from, to), expected);
        // Counting and adding agree: adding the count to `from` reaches the last working day <= to.
        if (expected > 0) {
            QDate last = to;
            while (!cal.isWorkingDay(last))
                last = last.addDays(-1);
            QCOMPARE(cal.addWorkingDays(from, expected), last);
        }
    }

    void customWeek()
    {
        // A shop that also works Saturdays.
        BusinessCalendar cal;
        cal.setWorkingWeekdays({1, 2, 3, 4, 5, 6});
        QVERIFY(cal.isWorkingDay(QDate(2026, 1, 17)));
        QCOMPARE(cal.addWorkingDays(QDate(2026, 1, 16), 1), QDate(2026, 1, 17));
        QCOMPARE(cal.workingDaysBetween(QDate(2026, 1, 5), QDate(2026, 2, 2)), 24);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "TestBusinessCalendar.moc"

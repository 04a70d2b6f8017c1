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

const QTimeZone moscow("Europe/Moscow");
const QTimeZone berlin("Europe/Berlin");

// A local wall-clock time in the zone as UTC ms.
qint64 at(const QTimeZone& zone, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

constexpr qint64 hour = 3600 * 1000;
constexpr qint64 minute = 60 * 1000;

// The Russian calendar in Moscow with 9:00-18:00 working hours.
BusinessCalendar moscowHours()
{
    BusinessCalendar cal = russian();
    cal.setTimeZone(moscow);
    cal.setWorkingHours(9 * 60, 18 * 60);
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

    // Working time between two instants, each case counted by hand on a 9:00-18:00 week in Moscow.
    void workingMsBetween_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("expected");

        const auto& z = moscow;
        QTest::newRow("within a day") << at(z, 2026, 1, 14, 10) << at(z, 2026, 1, 14, 12, 30) << 150 * minute;
        QTest::newRow("overnight: 17:00 to 10:00 next day")
            << at(z, 2026, 1, 14, 17) << at(z, 2026, 1, 15, 10) << 2 * hour;
        QTest::newRow("before opening") << at(z, 2026, 1, 14, 7) << at(z, 2026, 1, 14, 8) << qint64(0);
        QTest::newRow("after closing to before opening")
            << at(z, 2026, 1, 14, 19) << at(z, 2026, 1, 15, 8, 59) << qint64(0);
        QTest::newRow("from before opening into the day")
            << at(z, 2026, 1, 14, 6) << at(z, 2026, 1, 14, 9, 45) << 45 * minute;
        QTest::newRow("the weekend: Friday 17:30 to Monday 9:30")
            << at(z, 2026, 1, 16, 17, 30) << at(z, 2026, 1, 19, 9, 30) << hour;
        QTest::newRow("a whole week") << at(z, 2026, 1, 12, 0) << at(z, 2026, 1, 19, 0) << 45 * hour;
        QTest::newRow("the 23 February holiday: Friday 17:00 to Tuesday 10:00")
            << at(z, 2026, 2, 20, 17) << at(z, 2026, 2, 24, 10) << 2 * hour;
        QTest::newRow("a worked Saturday: Friday 17:00 to Saturday 10:00")
            << at(z, 2025, 10, 31, 17) << at(z, 2025, 11, 1, 10) << 2 * hour;
        QTest::newRow("backwards is nothing")
            << at(z, 2026, 1, 14, 12) << at(z, 2026, 1, 14, 10) << qint64(0);
    }
    void workingMsBetween()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, expected);
        QCOMPARE(moscowHours().workingMsBetween(from, to), expected);
    }

    void addWorkingMs_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("work");
        QTest::addColumn<qint64>("expected");

        const auto& z = moscow;
        QTest::newRow("within the day") << at(z, 2026, 1, 14, 10) << 2 * hour << at(z, 2026, 1, 14, 12);
        QTest::newRow("ends at closing, not next morning")
            << at(z, 2026, 1, 14, 17) << hour << at(z, 2026, 1, 14, 18);
        QTest::newRow("overnight") << at(z, 2026, 1, 14, 17) << 2 * hour << at(z, 2026, 1, 15, 10);
        QTest::newRow("arrives at night")
            << at(z, 2026, 1, 14, 23) << 30 * minute << at(z, 2026, 1, 15, 9, 30);
        QTest::newRow("over the weekend") << at(z, 2026, 1, 16, 17) << 4 * hour << at(z, 2026, 1, 19, 12);
        QTest::newRow("arrives on Saturday") << at(z, 2026, 1, 17, 11) << hour << at(z, 2026, 1, 19, 10);
        QTest::newRow("over the holiday") << at(z, 2026, 2, 20, 17) << 4 * hour << at(z, 2026, 2, 24, 12);
        QTest::newRow("onto a worked Saturday")
            << at(z, 2025, 10, 31, 17) << 2 * hour << at(z, 2025, 11, 1, 10);
        QTest::newRow("three working days") << at(z, 2026, 1, 14, 9) << 27 * hour << at(z, 2026, 1, 16, 18);
        QTest::newRow("nothing to add") << at(z, 2026, 1, 17, 11) << qint64(0) << at(z, 2026, 1, 17, 11);
    }
    void addWorkingMs()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, work);
        QFETCH(qint64, expected);
        QCOMPARE(moscowHours().addWorkingMs(from, work), expected);
    }

    // The clocks go forward in Berlin on 29 March 2026 and back on 25 October 2026: working hours
    // stay 9:00-18:00 local, and a round-the-clock calendar has a 23- and a 25-hour day.
    void daylightSaving()
    {
        BusinessCalendar office;
        office.setTimeZone(berlin);
        office.setWorkingHours(9 * 60, 18 * 60);
        // Friday 17:00 CET (16:00 UTC) to Monday 10:00 CEST (08:00 UTC): one hour each side.
        QCOMPARE(office.workingMsBetween(at(berlin, 2026, 3, 27, 17), at(berlin, 2026, 3, 30, 10)), 2 * hour);
        QCOMPARE(office.addWorkingMs(at(berlin, 2026, 3, 27, 17), 2 * hour), at(berlin, 2026, 3, 30, 10));
        QCOMPARE(at(berlin, 2026, 3, 30, 10) - at(berlin, 2026, 3, 27, 17),
                 64 * hour); // not 65: the clock moved
        QCOMPARE(office.workingMsBetween(at(berlin, 2026, 10, 23, 17), at(berlin, 2026, 10, 26, 10)),
                 2 * hour);

        BusinessCalendar always;
        always.setTimeZone(berlin);
        always.setWorkingWeekdays({1, 2, 3, 4, 5, 6, 7});
        always.setWorkingHours(0, 24 * 60);
        QCOMPARE(always.workingMsBetween(at(berlin, 2026, 3, 28, 12), at(berlin, 2026, 3, 29, 12)),
                 23 * hour);
        QCOMPARE(always.workingMsBetween(at(berlin, 2026, 10, 24, 12), at(berlin, 2026, 10, 25, 12)),
                 25 * hour);
        QCOMPARE(always.addWorkingMs(at(berlin, 2026, 3, 28, 12), 23 * hour), at(berlin, 2026, 3, 29, 12));
        QCOMPARE(always.localDate(at(berlin, 2026, 3, 29, 0, 30)), QDate(2026, 3, 29));
        QCOMPARE(always.localDate(at(berlin, 2026, 3, 28, 23, 59)), QDate(2026, 3, 28));
    }

    // The same instants seen from another zone: a Moscow calendar judges by Moscow's clock.
    void timeZoneDecidesTheDay()
    {
        const BusinessCalendar cal = moscowHours();
        // 23:30 UTC on Friday 16 January is 02:30 on Saturday in Moscow.
        const qint64 lateFridayUtc =
            QDateTime(QDate(2026, 1, 16), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(cal.localDate(lateFridayUtc), QDate(2026, 1, 17));
        QCOMPARE(cal.addWorkingMs(lateFridayUtc, hour), at(moscow, 2026, 1, 19, 10));
    }

    // Adding working time and measuring it back agree, from any instant (a fixed pseudo-random walk).
    void addThenMeasure()
    {
        BusinessCalendar cal = moscowHours();
        quint32 seed = 12345;
        const auto next = [&seed](quint32 bound) {
            seed = seed * 1664525u + 1013904223u;
            return (seed >> 8) % bound;
        };
        const qint64 base = at(moscow, 2025, 10, 1, 0);
        for (int i = 0; i < 500; ++i) {
            const qint64 from = base + qint64(next(120 * 24)) * 30 * minute + next(60) * 1000;
            const qint64 work = qint64(next(40 * 60)) * minute;
            const qint64 due = cal.addWorkingMs(from, work);
            QCOMPARE(cal.workingMsBetween(from, due), work);
            if (work > 0) // nothing earlier would do
                QCOMPARE(cal.workingMsBetween(from, due - 1), work - 1);
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

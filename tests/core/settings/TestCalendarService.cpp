#include "settings/CalendarService.h"
#include "support/Must.h"
#include "support/StockShop.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

qint64 scalar(Database& db, const char* sql)
{
    auto q = db.connection().query(sql);
    return q.scalarInt().value().value_or(0);
}

} // namespace

// The shop's calendar: exceptions by date, the working week, hours and time zone, who may change them.
class TestCalendarService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calendarExceptions()
    {
        StockShop shop;
        QSignalSpy changed(&shop.calendar, &CalendarService::calendarChanged);
        const BusinessCalendar plain = must(shop.calendar.calendar(shop.owner));
        QVERIFY(!plain.isWorkingDay(QDate(2026, 2, 28)));
        QVERIFY(plain.isWorkingDay(QDate(2026, 2, 23)));

        must(shop.calendar.setCalendarDay(shop.owner,
                                          {QDate(2026, 2, 23), false, u"День защитника Отечества"_qs}));
        must(shop.calendar.setCalendarDay(shop.owner, {QDate(2026, 2, 28), true, u"перенос"_qs}));
        must(shop.calendar.setCalendarDay(shop.owner, {QDate(2025, 12, 31), false, {}}));
        QCOMPARE(changed.count(), 3);
        const BusinessCalendar cal = must(shop.calendar.calendar(shop.owner));
        QVERIFY(!cal.isWorkingDay(QDate(2026, 2, 23)));
        QVERIFY(cal.isWorkingDay(QDate(2026, 2, 28)));
        QVERIFY(cal.isWorkingDay(QDate(2026, 2, 24)));
        // Mon 16 Feb to Mon 2 Mar: 10 weekdays, less the holiday, plus the Saturday.
        QCOMPARE(cal.workingDaysBetween(QDate(2026, 2, 16), QDate(2026, 3, 2)), 10);
        QCOMPARE(cal.addWorkingDays(QDate(2026, 2, 20), 1), QDate(2026, 2, 24));

        const auto days = must(shop.calendar.calendarDays(shop.owner, 2026));
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].day, QDate(2026, 2, 23));
        QCOMPARE(days[0].name, u"День защитника Отечества"_qs);
        QVERIFY(!days[0].working);
        QVERIFY(days[1].working);
        QCOMPARE(must(shop.calendar.calendarDays(shop.owner, 2025)).size(), 1);

        // Setting a day again replaces it.
        must(shop.calendar.setCalendarDay(shop.owner, {QDate(2026, 2, 28), false, u"отменён"_qs}));
        QVERIFY(!must(shop.calendar.calendar(shop.owner)).isWorkingDay(QDate(2026, 2, 28)));
        must(shop.calendar.removeCalendarDay(shop.owner, QDate(2026, 2, 23)));
        QVERIFY(must(shop.calendar.calendar(shop.owner)).isWorkingDay(QDate(2026, 2, 23)));
        QCOMPARE(must(shop.calendar.calendarDays(shop.owner, 2026)).size(), 1);
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name = 'calendar_days'"),
                 5);

        QCOMPARE(shop.calendar.setCalendarDay(shop.owner, {QDate(), false, {}}).error().field, u"day"_qs);
        // A manager runs the shop but not its settings.
        for (Role role : {Role::Manager, Role::Support, Role::Warehouse}) {
            const Actor a = Actor::withRole(role);
            QCOMPARE(shop.calendar.setCalendarDay(a, {QDate(2026, 3, 9), false, {}}).error().code,
                     ErrorCode::PermissionDenied);
            QCOMPARE(shop.calendar.removeCalendarDay(a, QDate(2026, 2, 28)).error().code,
                     ErrorCode::PermissionDenied);
            QVERIFY(shop.calendar.calendar(a)); // reading it needs nothing
        }
    }

    void workingHours()
    {
        StockShop shop;
        QSignalSpy changed(&shop.calendar, &CalendarService::calendarChanged);
        // The default: Monday to Friday, 9:00-18:00, this computer's time zone.
        WorkingHours h = must(shop.calendar.workingHours(shop.owner));
        QCOMPARE(h, WorkingHours{});
        QCOMPARE(must(shop.calendar.calendar(shop.owner)).workStartMinute(), 9 * 60);

        h.weekdays = {1, 2, 3, 4, 5, 6};
        h.startMinute = 10 * 60;
        h.endMinute = 19 * 60 + 30;
        h.timeZoneId = "Asia/Yekaterinburg";
        must(shop.calendar.setWorkingHours(shop.owner, h));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(must(shop.calendar.workingHours(shop.owner)), h);
        const BusinessCalendar cal = must(shop.calendar.calendar(shop.owner));
        QVERIFY(cal.isWorkingDay(QDate(2026, 1, 17))); // a Saturday now
        QCOMPARE(cal.timeZone().id(), QByteArray("Asia/Yekaterinburg"));
        // Saturday 17 January 2026, 10:00-19:30 in Yekaterinburg (UTC+5) is 05:00-14:30 UTC.
        const qint64 sat = QDateTime(QDate(2026, 1, 17), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(cal.workingMsBetween(sat, sat + 24 * 3600 * 1000), qint64(9.5 * 3600 * 1000));
        QCOMPARE(cal.addWorkingMs(sat, 1), sat + 5 * 3600 * 1000 + 1);

        // Saving the same again changes nothing; each change is audited.
        must(shop.calendar.setWorkingHours(shop.owner, h));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            scalar(shop.tmp.db(), "SELECT count(*) FROM audit_log WHERE action = 'settings.working_hours'"),
            1);

        WorkingHours bad = h;
        bad.weekdays.clear();
        QCOMPARE(shop.calendar.setWorkingHours(shop.owner, bad).error().field, u"weekdays"_qs);
        bad = h;
        bad.endMinute = bad.startMinute;
        QCOMPARE(shop.calendar.setWorkingHours(shop.owner, bad).error().field, u"hours"_qs);
        bad = h;
        bad.timeZoneId = "Mars/Olympus";
        QCOMPARE(shop.calendar.setWorkingHours(shop.owner, bad).error().field, u"time_zone"_qs);
        QCOMPARE(shop.calendar.setWorkingHours(Actor::withRole(Role::Manager), WorkingHours{}).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(must(shop.calendar.workingHours(shop.owner)), h);
    }
};

QTEST_GUILESS_MAIN(TestCalendarService)
#include "TestCalendarService.moc"

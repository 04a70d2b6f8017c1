#include "common/MessageBox.h"
#include "settings/WorkingCalendarDialog.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace kontor;
using test::must;
using test::StockShop;

class TestWorkingCalendarDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void addsAndRemovesDays()
    {
        StockShop shop;
        QSignalSpy changed(&shop.calendar, &CalendarService::calendarChanged);
        WorkingCalendarDialog d(shop.services(), shop.owner);
        QVERIFY(!d.isReadOnly());
        QCOMPARE(d.year(), 2026); // the clock's year
        QCOMPARE(d.table()->rowCount(), 0);

        // A holiday on a Monday, through the fields and the button.
        d.dateEdit()->setDate(QDate(2026, 2, 23));
        QCOMPARE(d.kindCombo()->currentData().toBool(), false); // a weekday: a day off
        d.nameEdit()->setText(u"Defender of the Fatherland Day"_qs);
        d.addButton()->click();
        QCOMPARE(changed.count(), 1);
        QVERIFY(d.nameEdit()->text().isEmpty());
        QCOMPARE(d.table()->rowCount(), 1);
        QCOMPARE(d.table()->item(0, WorkingCalendarDialog::DateColumn)->text(), u"2/23/26"_qs);
        QCOMPARE(d.table()->item(0, WorkingCalendarDialog::WeekdayColumn)->text(), u"Monday"_qs);
        QCOMPARE(d.table()->item(0, WorkingCalendarDialog::KindColumn)->text(), u"Day off"_qs);
        QCOMPARE(d.table()->item(0, WorkingCalendarDialog::NameColumn)->text(),
                 u"Defender of the Fatherland Day"_qs);
        BusinessCalendar cal = must(shop.calendar.calendar(shop.owner));
        QVERIFY(!cal.isWorkingDay(QDate(2026, 2, 23)));

        // A Saturday made a working day.
        d.dateEdit()->setDate(QDate(2026, 2, 28));
        QCOMPARE(d.kindCombo()->currentData().toBool(), true); // a weekend day: worked
        d.addButton()->click();
        QCOMPARE(d.table()->rowCount(), 2);
        QCOMPARE(d.table()->item(1, WorkingCalendarDialog::KindColumn)->text(), u"Working day"_qs);
        QCOMPARE(d.summaryText(), u"1 day off, 1 working day moved"_qs);
        cal = must(shop.calendar.calendar(shop.owner));
        QVERIFY(cal.isWorkingDay(QDate(2026, 2, 28)));
        QCOMPARE(cal.workingDaysBetween(QDate(2026, 2, 20), QDate(2026, 3, 2)), 6);

        // A day of another year shows that year.
        QVERIFY(d.addDay(CalendarDay{QDate(2027, 1, 1), false, u"New Year"_qs}));
        QCOMPARE(d.year(), 2027);
        QCOMPARE(d.table()->rowCount(), 1);
        d.setYear(2026);
        QCOMPARE(d.table()->rowCount(), 2);

        d.table()->selectRow(0);
        QVERIFY(d.removeButton()->isEnabled());
        d.removeButton()->click();
        QCOMPARE(d.table()->rowCount(), 1);
        QVERIFY(must(shop.calendar.calendar(shop.owner)).isWorkingDay(QDate(2026, 2, 23)));
        d.show();
        test::screenshot(&d, u"working-calendar"_qs);
    }

    void workingHoursRoundTrip()
    {
        StockShop shop;
        QSignalSpy changed(&shop.calendar, &CalendarService::calendarChanged);
        {
            WorkingCalendarDialog d(shop.services(), shop.owner);
            // The default week, in this computer's zone while the shop has not named one.
            for (int day = 1; day <= 7; ++day)
                QCOMPARE(d.weekdayCheck(day)->isChecked(), day <= 5);
            QCOMPARE(d.startEdit()->time(), QTime(9, 0));
            QCOMPARE(d.endEdit()->time(), QTime(18, 0));
            QVERIFY(!d.roundTheClockCheck()->isChecked());
            QCOMPARE(d.timeZoneCombo()->currentData().toByteArray(), QTimeZone::systemTimeZoneId());
            QVERIFY(!d.saveHoursButton()->isEnabled()); // nothing changed yet
            QCOMPARE(d.findChild<QLabel*>(u"hoursNote"_qs)->text(), u"9 h a day, 45 h a week"_qs);

            // Monday to Saturday, 10:00 until midnight, in Yekaterinburg.
            d.weekdayCheck(6)->setChecked(true);
            d.startEdit()->setTime(QTime(10, 0));
            d.endEdit()->setTime(QTime(0, 0));
            const int zone = d.timeZoneCombo()->findData(QByteArray("Asia/Yekaterinburg"));
            QVERIFY(zone >= 0);
            d.timeZoneCombo()->setCurrentIndex(zone);
            // Its offset and time now: the clock says 2026-01-01 00:00 UTC.
            QCOMPARE(d.findChild<QLabel*>(u"zoneOffsetLabel"_qs)->text(), u"UTC+05:00, now 5:00 AM there"_qs);
            QVERIFY(d.saveHoursButton()->isEnabled());
            QCOMPARE(d.findChild<QLabel*>(u"hoursNote"_qs)->text(),
                     u"14 h a day, 84 h a week · not saved yet"_qs);
            d.saveHoursButton()->click();
            QVERIFY2(d.errorText().isEmpty(), qPrintable(d.errorText()));
            QVERIFY(!d.saveHoursButton()->isEnabled());
        }
        QCOMPARE(changed.count(), 1);
        WorkingHours saved = must(shop.calendar.workingHours(shop.owner));
        QCOMPARE(saved.weekdays, (QSet<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(saved.startMinute, 600);
        QCOMPARE(saved.endMinute, 1440);
        QCOMPARE(saved.timeZoneId, QByteArray("Asia/Yekaterinburg"));
        // SLA clocks count in that zone: on Saturday 7 March 04:00-06:00 UTC (09:00-11:00 there) one
        // hour is working time, from 10:00.
        const BusinessCalendar cal = must(shop.calendar.calendar(shop.owner));
        QCOMPARE(cal.timeZone().id(), QByteArray("Asia/Yekaterinburg"));
        const qint64 from = QDateTime(QDate(2026, 3, 7), QTime(4, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(cal.workingMsBetween(from, from + 2 * 3600 * 1000), qint64(3600 * 1000));

        {
            // Shown again as saved; round the clock is 00:00 to 24:00.
            WorkingCalendarDialog d(shop.services(), shop.owner);
            QVERIFY(d.weekdayCheck(6)->isChecked());
            QVERIFY(!d.weekdayCheck(7)->isChecked());
            QCOMPARE(d.startEdit()->time(), QTime(10, 0));
            QCOMPARE(d.endEdit()->time(), QTime(0, 0));
            QCOMPARE(d.timeZoneCombo()->currentData().toByteArray(), QByteArray("Asia/Yekaterinburg"));
            d.roundTheClockCheck()->setChecked(true);
            QVERIFY(!d.startEdit()->isEnabled());
            QCOMPARE(d.formHours().startMinute, 0);
            QCOMPARE(d.formHours().endMinute, 1440);
            QVERIFY(d.saveWorkingHours());
            d.show();
            test::screenshot(&d, u"working-calendar-hours"_qs);
        }
        saved = must(shop.calendar.workingHours(shop.owner));
        QCOMPARE(saved.startMinute, 0);
        QCOMPARE(saved.endMinute, 1440);
        {
            WorkingCalendarDialog d(shop.services(), shop.owner);
            QVERIFY(d.roundTheClockCheck()->isChecked());
            QCOMPARE(d.findChild<QLabel*>(u"hoursNote"_qs)->text(), u"24 h a day, 144 h a week"_qs);
            // The service's refusal is shown: a week needs a working day.
            for (int day = 1; day <= 7; ++day)
                d.weekdayCheck(day)->setChecked(false);
            QVERIFY(!d.saveWorkingHours());
            QCOMPARE(d.errorText(), u"Choose at least one working day of the week."_qs);
            // And a day that ends before it starts.
            d.weekdayCheck(1)->setChecked(true);
            d.roundTheClockCheck()->setChecked(false);
            d.startEdit()->setTime(QTime(18, 0));
            d.endEdit()->setTime(QTime(9, 0));
            QVERIFY(!d.saveWorkingHours());
            QCOMPARE(d.errorText(), u"The working day must start before it ends."_qs);
        }
        QCOMPARE(must(shop.calendar.workingHours(shop.owner)).weekdays.size(), 6);
    }

    void readOnlyWithoutSettingsPermission()
    {
        StockShop shop;
        must(shop.calendar.setCalendarDay(shop.owner, {QDate(2026, 1, 7), false, u"Christmas"_qs}));
        WorkingCalendarDialog d(shop.services(), Actor::withRole(Role::Manager));
        QVERIFY(d.isReadOnly());
        QCOMPARE(d.table()->rowCount(), 1);
        QVERIFY(d.addButton()->isHidden());
        QVERIFY(d.removeButton()->isHidden());
        QVERIFY(!d.findChild<QLabel*>(u"readOnlyNote"_qs)->isHidden());
        QVERIFY(!d.addDay(CalendarDay{QDate(2026, 3, 9), false, {}}));
        QCOMPARE(must(shop.calendar.calendarDays(shop.owner, 2026)).size(), 1);
        // The working week is shown, not changed.
        QVERIFY(d.weekdayCheck(1)->isChecked());
        QVERIFY(!d.weekdayCheck(1)->isEnabled());
        QVERIFY(!d.startEdit()->isEnabled());
        QVERIFY(!d.timeZoneCombo()->isEnabled());
        QVERIFY(d.saveHoursButton()->isHidden());
        d.weekdayCheck(6)->setChecked(true);
        QVERIFY(!d.saveWorkingHours());
        QCOMPARE(must(shop.calendar.workingHours(shop.owner)).weekdays.size(), 5);

        // Support, too, only looks.
        WorkingCalendarDialog support(shop.services(), Actor::withRole(Role::Support));
        QVERIFY(support.isReadOnly());
        QVERIFY(support.saveHoursButton()->isHidden());
    }
};

QTEST_MAIN(TestWorkingCalendarDialog)
#include "TestWorkingCalendarDialog.moc"

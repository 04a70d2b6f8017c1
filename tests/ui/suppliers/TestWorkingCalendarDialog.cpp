#include "common/MessageBox.h"
#include "suppliers/WorkingCalendarDialog.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

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
    }
};

QTEST_MAIN(TestWorkingCalendarDialog)
#include "TestWorkingCalendarDialog.moc"

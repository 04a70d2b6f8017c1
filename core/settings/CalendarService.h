#pragma once

// CalendarService: the shop's working calendar, one for the whole shop and shared by every device:
// the working week, working hours and time zone (shop_settings "calendar.*"), and exceptions by
// date (calendar_days: public holidays, weekend days worked after a transfer). Contracts count lead
// time and lateness in its working days; support SLAs count business hours on it.
//
// Anyone may read it; changing it needs ManageSettings and is audited.

#include "common/BusinessCalendar.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

namespace kontor {

// A calendar exception as stored: a holiday, or a weekend day worked.
struct CalendarDay
{
    QDate day;
    bool working = false;
    QString name;
};

// The working week: days (1 = Monday .. 7 = Sunday), hours as minutes after local midnight, and
// the IANA time zone the hours are in (empty: this computer's).
struct WorkingHours
{
    QSet<int> weekdays{1, 2, 3, 4, 5};
    int startMinute = 9 * 60;
    int endMinute = 18 * 60;
    QByteArray timeZoneId;

    friend bool operator==(const WorkingHours&, const WorkingHours&) = default;
};

class CalendarService : public QObject
{
    Q_OBJECT

public:
    explicit CalendarService(Database& db, QObject* parent = nullptr);

    // The whole calendar: working week, hours, time zone and every exception.
    Result<BusinessCalendar> calendar(const Actor& actor);
    Result<QList<CalendarDay>> calendarDays(const Actor& actor, int year);
    Result<WorkingHours> workingHours(const Actor& actor);

    // Need ManageSettings.
    Result<void> setCalendarDay(const Actor& actor, const CalendarDay& day);
    Result<void> removeCalendarDay(const Actor& actor, QDate day);
    // Refused without a working day, with start not before end, or an unknown time zone.
    Result<void> setWorkingHours(const Actor& actor, const WorkingHours& hours);

Q_SIGNALS:
    void calendarChanged();

private:
    Database& m_db;
};

} // namespace kontor

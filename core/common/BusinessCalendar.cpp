#include "BusinessCalendar.h"

namespace kontor {

bool BusinessCalendar::isWorkingDay(QDate day) const
{
    if (auto it = m_exceptions.constFind(day); it != m_exceptions.cend())
        return *it;
    return m_weekdays.contains(day.dayOfWeek());
}

QDate BusinessCalendar::addWorkingDays(QDate from, int days) const
{
    if (m_weekdays.isEmpty()) {
        // A calendar without a working weekday could loop for ever: count calendar days instead.
        return from.addDays(days);
    }
    QDate day = from;
    const int step = days < 0 ? -1 : 1;
    for (int left = days < 0 ? -days : days; left > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}

int BusinessCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    // Whole weeks at once: a lateness of months stays cheap; exceptions are then corrected one by one.
    const qint64 span = from.daysTo(to);
    const qint64 weeks = span / 7;
    qint64 count = weeks * m_weekdays.size();
    for (QDate day = from.addDays(weeks * 7 + 1); day <= to; day = day.addDays(1))
        count += m_weekdays.contains(day.dayOfWeek()) ? 1 : 0;
    for (auto it = m_exceptions.cbegin(); it != m_exceptions.cend(); ++it) {
        if (it.key() > from && it.key() <= to) {
            const bool usual = m_weekdays.contains(it.key().dayOfWeek());
            count += (it.value() ? 1 : 0) - (usual ? 1 : 0);
        }
    }
    return int(count);
}

} // namespace kontor

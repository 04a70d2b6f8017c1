#include "BusinessCalendar.h"

#include <algorithm>

namespace kontor {

// Out of line: GCC 12 warns of a dangling pointer when the set's initializer list is inlined.
BusinessCalendar::BusinessCalendar()
    : m_weekdays{1, 2, 3, 4, 5}
{}

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

namespace kontor {

namespace {

constexpr qint64 msPerMinute = 60 * 1000;
// Longest span the hour arithmetic walks day by day before giving up (a calendar without any
// working day would otherwise never end a span).
constexpr int maxDaysWalked = 3660;

} // namespace

void BusinessCalendar::setWorkingHours(int startMinute, int endMinute)
{
    startMinute = std::clamp(startMinute, 0, 24 * 60);
    endMinute = std::clamp(endMinute, 0, 24 * 60);
    if (startMinute >= endMinute)
        return;
    m_startMinute = startMinute;
    m_endMinute = endMinute;
    clearWindows();
}

void BusinessCalendar::setTimeZone(const QTimeZone& zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    clearWindows();
}

qint64 BusinessCalendar::localMidnight(QDate day) const
{
    // Where the clocks move at midnight the day starts at the first valid minute.
    for (int hour = 0; hour < 3; ++hour) {
        const QDateTime t(day, QTime(hour, 0), m_zone);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

const BusinessCalendar::Window& BusinessCalendar::window(qint64 julianDay) const
{
    if (auto it = m_windows.constFind(julianDay); it != m_windows.cend())
        return *it;
    const QDate day = QDate::fromJulianDay(julianDay);
    Window w;
    w.midnight = localMidnight(day);
    if (isWorkingDay(day)) {
        // Wall-clock hours: on the day the clocks move, 9:00-18:00 still spans nine hours.
        const auto at = [&](int minute) {
            if (minute >= 24 * 60)
                return localMidnight(day.addDays(1));
            const QDateTime t(day, QTime(minute / 60, minute % 60), m_zone);
            return t.isValid() ? t.toMSecsSinceEpoch() : w.midnight + minute * msPerMinute;
        };
        w.start = at(m_startMinute);
        w.end = at(m_endMinute);
    } else {
        w.start = w.end = w.midnight;
    }
    return *m_windows.insert(julianDay, w);
}

QDate BusinessCalendar::localDate(qint64 ms) const
{
    // Start from the UTC date and step a day at most each way (time zones are within ±14 h).
    qint64 jd = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toJulianDay();
    while (ms < window(jd).midnight)
        --jd;
    while (ms >= window(jd + 1).midnight)
        ++jd;
    return QDate::fromJulianDay(jd);
}

qint64 BusinessCalendar::workingMsBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    qint64 total = 0;
    qint64 jd = localDate(fromMs).toJulianDay();
    for (int walked = 0; walked < maxDaysWalked; ++walked, ++jd) {
        const Window& w = window(jd);
        if (w.midnight >= toMs)
            break;
        const qint64 start = std::max(w.start, fromMs);
        const qint64 end = std::min(w.end, toMs);
        if (end > start)
            total += end - start;
    }
    return total;
}

qint64 BusinessCalendar::addWorkingMs(qint64 fromMs, qint64 workMs) const
{
    if (workMs <= 0)
        return fromMs;
    qint64 jd = localDate(fromMs).toJulianDay();
    for (int walked = 0; walked < maxDaysWalked; ++walked, ++jd) {
        const Window& w = window(jd);
        const qint64 start = std::max(w.start, fromMs);
        if (w.end > start) {
            if (workMs <= w.end - start)
                return start + workMs;
            workMs -= w.end - start;
        }
    }
    return fromMs + workMs; // no working day in ten years: count calendar time
}

} // namespace kontor

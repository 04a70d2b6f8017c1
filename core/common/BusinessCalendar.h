#pragma once

// BusinessCalendar: which days are working days. A working week (Monday to Friday by default) plus
// exceptions by date: public holidays, and weekend days made working days by a transfer (перенос),
// as Russia does several times a year. Contracts count lead time and lateness in its working days.
//
// Working hours (the same on every working day) in the shop's time zone turn it into a clock for
// support SLAs: working time between two UTC instants, and the instant a span of working time
// ends. Local wall-clock hours are kept across daylight-saving changes (9:00-18:00 is nine hours on
// the day the clocks move). The hour arithmetic caches each day's window in UTC, so keep one
// calendar for many calls; a calendar is not shared between threads (copy it).

#include <QDate>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace kontor {

class BusinessCalendar
{
public:
    BusinessCalendar(); // Monday to Friday, 9:00-18:00, this computer's time zone

    // Weekdays as Qt numbers them, 1 = Monday .. 7 = Sunday.
    void setWorkingWeekdays(QSet<int> weekdays)
    {
        m_weekdays = std::move(weekdays);
        clearWindows();
    }
    const QSet<int>& workingWeekdays() const { return m_weekdays; }
    // An exception: `working` false for a holiday, true for a weekend day worked.
    void setException(QDate day, bool working)
    {
        m_exceptions.insert(day, working);
        clearWindows();
    }
    const QHash<QDate, bool>& exceptions() const { return m_exceptions; }

    bool isWorkingDay(QDate day) const;
    // The day `days` working days after `from` (`from` itself does not count; 0 returns `from`).
    QDate addWorkingDays(QDate from, int days) const;
    // Working days d with from < d <= to; negative when `to` is before `from`.
    int workingDaysBetween(QDate from, QDate to) const;

    // Working hours as minutes after local midnight, 0 <= start < end <= 1440 (24 * 60: round the
    // clock). Out-of-range values are clamped; start >= end leaves the hours unchanged.
    void setWorkingHours(int startMinute, int endMinute);
    int workStartMinute() const { return m_startMinute; }
    int workEndMinute() const { return m_endMinute; }
    void setTimeZone(const QTimeZone& zone);
    const QTimeZone& timeZone() const { return m_zone; }

    // Working time in ms between two UTC instants (ms since the epoch); 0 when `to` <= `from`.
    qint64 workingMsBetween(qint64 fromMs, qint64 toMs) const;
    // The first instant by which `workMs` of working time have passed since `fromMs` (`fromMs`
    // itself when workMs <= 0). A span that ends at closing time ends then, not the next morning.
    qint64 addWorkingMs(qint64 fromMs, qint64 workMs) const;
    // The shop's local date of a UTC instant.
    QDate localDate(qint64 ms) const;

private:
    struct Window
    {
        qint64 midnight = 0; // the local day's start, UTC ms
        qint64 start = 0;    // working hours, UTC ms (start == end on a day off)
        qint64 end = 0;
    };
    const Window& window(qint64 julianDay) const;
    qint64 localMidnight(QDate day) const;
    void clearWindows() { m_windows.clear(); }

    QSet<int> m_weekdays;
    QHash<QDate, bool> m_exceptions;
    int m_startMinute = 9 * 60;
    int m_endMinute = 18 * 60;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    mutable QHash<qint64, Window> m_windows; // by Julian day
};

} // namespace kontor

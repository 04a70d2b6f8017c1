#pragma once

// BusinessCalendar: which days are working days. A working week (Monday to Friday by default) plus
// exceptions by date: public holidays, and weekend days made working days by a transfer (перенос),
// as Russia does several times a year. Contracts that count lead time and lateness in business
// days use it; support SLAs will add working hours to it.

#include <QDate>
#include <QHash>
#include <QSet>

namespace kontor {

class BusinessCalendar
{
public:
    BusinessCalendar() = default;

    // Weekdays as Qt numbers them, 1 = Monday .. 7 = Sunday.
    void setWorkingWeekdays(QSet<int> weekdays) { m_weekdays = std::move(weekdays); }
    const QSet<int>& workingWeekdays() const { return m_weekdays; }
    // An exception: `working` false for a holiday, true for a weekend day worked.
    void setException(QDate day, bool working) { m_exceptions.insert(day, working); }
    const QHash<QDate, bool>& exceptions() const { return m_exceptions; }

    bool isWorkingDay(QDate day) const;
    // The day `days` working days after `from` (`from` itself does not count; 0 returns `from`).
    QDate addWorkingDays(QDate from, int days) const;
    // Working days d with from < d <= to; negative when `to` is before `from`.
    int workingDaysBetween(QDate from, QDate to) const;

private:
    QSet<int> m_weekdays{1, 2, 3, 4, 5};
    QHash<QDate, bool> m_exceptions;
};

} // namespace kontor

#include "CalendarService.h"

#include "security/AuditLog.h"
#include "storage/ChangeLog.h"
#include "storage/ShopSettings.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace kontor {

namespace {

const QString weekdaysKey = u"calendar.weekdays"_qs;
const QString startKey = u"calendar.hours_start"_qs;
const QString endKey = u"calendar.hours_end"_qs;
const QString zoneKey = u"calendar.time_zone"_qs;

QString dayCode(QDate day)
{
    return day.toString(Qt::ISODate);
}

Id calendarRowId(QDate day)
{
    return Id::fromKey(QString(u"calendar_days/" + dayCode(day)));
}

QString weekdaysCode(const QSet<int>& days)
{
    QList<int> sorted(days.cbegin(), days.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (int d : sorted)
        parts.append(QString::number(d));
    return parts.join(u',');
}

QJsonObject hoursJson(const WorkingHours& h)
{
    return {{u"weekdays"_qs, weekdaysCode(h.weekdays)},
            {u"start"_qs, h.startMinute},
            {u"end"_qs, h.endMinute},
            {u"time_zone"_qs, QString::fromLatin1(h.timeZoneId)}};
}

} // namespace

CalendarService::CalendarService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

Result<WorkingHours> CalendarService::workingHours(const Actor& actor)
{
    Q_UNUSED(actor); // the calendar is no secret
    auto values = ShopSettings::read(m_db.connection(), u"calendar.");
    if (!values)
        return fail(values.error());
    WorkingHours h;
    if (values->contains(weekdaysKey)) {
        h.weekdays.clear();
        for (const QString& part : values->value(weekdaysKey).split(u',', Qt::SkipEmptyParts)) {
            const int d = part.toInt();
            if (d >= 1 && d <= 7)
                h.weekdays.insert(d);
        }
    }
    bool ok = false;
    if (const int v = values->value(startKey).toInt(&ok); ok)
        h.startMinute = v;
    if (const int v = values->value(endKey).toInt(&ok); ok)
        h.endMinute = v;
    h.timeZoneId = values->value(zoneKey).toLatin1();
    return h;
}

Result<BusinessCalendar> CalendarService::calendar(const Actor& actor)
{
    auto hours = workingHours(actor);
    if (!hours)
        return fail(hours.error());
    BusinessCalendar cal;
    cal.setWorkingWeekdays(hours->weekdays);
    cal.setWorkingHours(hours->startMinute, hours->endMinute);
    if (!hours->timeZoneId.isEmpty())
        cal.setTimeZone(QTimeZone(hours->timeZoneId));
    auto q = m_db.connection().query("SELECT day, working FROM calendar_days");
    if (auto ok = q.forEachRow(
            [&] { cal.setException(QDate::fromString(q.text(0), Qt::ISODate), q.int64(1) != 0); });
        !ok)
        return fail(ok.error());
    return cal;
}

Result<QList<CalendarDay>> CalendarService::calendarDays(const Actor& actor, int year)
{
    Q_UNUSED(actor);
    auto q =
        m_db.connection().query("SELECT day, working, name FROM calendar_days WHERE day >= ? AND day <= ? "
                                "ORDER BY day");
    q.bindAll(dayCode(QDate(year, 1, 1)), dayCode(QDate(year, 12, 31)));
    QList<CalendarDay> days;
    if (auto ok = q.forEachRow([&] {
            days.append(CalendarDay{QDate::fromString(q.text(0), Qt::ISODate), q.int64(1) != 0, q.text(2)});
        });
        !ok)
        return fail(ok.error());
    return days;
}

Result<void> CalendarService::setCalendarDay(const Actor& actor, const CalendarDay& day)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return ok;
    if (!day.day.isValid())
        return fail(ErrorCode::Invalid, tr("A calendar exception needs its date."), u"day"_qs);
    const QString name = day.name.trimmed();
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const QJsonObject payload{
        {u"day"_qs, dayCode(day.day)}, {u"working"_qs, day.working}, {u"name"_qs, name}};
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"calendar_days", calendarRowId(day.day),
                                 ChangeOp::Update, payload);
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("INSERT INTO calendar_days(day, working, name, hlc) VALUES(?1, ?2, ?3, ?4) "
                     "ON CONFLICT(day) DO UPDATE SET working = ?2, name = ?3, hlc = ?4");
    q.bindAll(dayCode(day.day), day.working, name, *hlc);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"settings.calendar", u"settings", Id(),
                                   dayCode(day.day), {}, payload);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT calendarChanged();
    return {};
}

Result<void> CalendarService::removeCalendarDay(const Actor& actor, QDate day)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto has = c.query("SELECT COUNT(*) FROM calendar_days WHERE day = ?");
    has.bind(dayCode(day));
    auto n = has.scalarInt();
    if (!n)
        return fail(n.error());
    if (n->value_or(0) == 0)
        return {};
    if (auto hlc = ChangeLog::record(m_db, c, actor.userId, u"calendar_days", calendarRowId(day),
                                     ChangeOp::Delete, {});
        !hlc)
        return fail(hlc.error());
    auto del = c.query("DELETE FROM calendar_days WHERE day = ?");
    del.bind(dayCode(day));
    if (auto ok = del.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"settings.calendar", u"settings", Id(),
                                   dayCode(day), {{u"day"_qs, dayCode(day)}}, {});
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT calendarChanged();
    return {};
}

Result<void> CalendarService::setWorkingHours(const Actor& actor, const WorkingHours& hours)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return ok;
    if (hours.weekdays.isEmpty())
        return fail(ErrorCode::Invalid, tr("Choose at least one working day of the week."), u"weekdays"_qs);
    if (hours.startMinute < 0 || hours.endMinute > 24 * 60 || hours.startMinute >= hours.endMinute)
        return fail(ErrorCode::Invalid, tr("The working day must start before it ends."), u"hours"_qs);
    if (!hours.timeZoneId.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(hours.timeZoneId))
        return fail(ErrorCode::Invalid,
                    tr("Unknown time zone \"%1\".").arg(QString::fromLatin1(hours.timeZoneId)),
                    u"time_zone"_qs);
    auto before = workingHours(actor);
    if (!before)
        return fail(before.error());
    if (*before == hours)
        return {};
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const std::pair<QString, QString> values[] = {{weekdaysKey, weekdaysCode(hours.weekdays)},
                                                  {startKey, QString::number(hours.startMinute)},
                                                  {endKey, QString::number(hours.endMinute)},
                                                  {zoneKey, QString::fromLatin1(hours.timeZoneId)}};
    for (const auto& [key, value] : values) {
        if (auto ok = ShopSettings::write(m_db, c, actor.userId, key, value); !ok)
            return ok;
    }
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"settings.working_hours", u"settings",
                                   ShopSettings::rowId(u"calendar"), tr("Working hours changed"),
                                   hoursJson(*before), hoursJson(hours));
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT calendarChanged();
    return {};
}

} // namespace kontor

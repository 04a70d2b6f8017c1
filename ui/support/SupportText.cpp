#include "SupportText.h"

#include "support/SlaClock.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace kontor::SupportText {

namespace {

constexpr qint64 msPerMinute = 60 * 1000;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::SupportText", text, disambiguation, n);
}

QString statusNameOf(const QString& code)
{
    if (auto s = SupportKinds::statusFromCode(code))
        return SupportKinds::statusName(*s);
    return code;
}

QString priorityNameOf(const QString& code)
{
    if (auto p = SupportKinds::priorityFromCode(code))
        return SupportKinds::priorityName(*p);
    return code;
}

QString targetNameOf(const QString& code)
{
    if (auto t = SupportKinds::targetFromCode(code))
        return SupportKinds::targetName(*t).toLower();
    return code;
}

} // namespace

QString duration(qint64 ms, bool businessHours, bool roundUp)
{
    ms = std::max<qint64>(0, ms);
    qint64 minutes = roundUp ? (ms + msPerMinute - 1) / msPerMinute : ms / msPerMinute;
    if (minutes == 0)
        return tr("< 1 min");
    const QLocale locale;
    qint64 hours = minutes / 60;
    minutes %= 60;
    if (!businessHours && hours >= 24) {
        const qint64 days = hours / 24;
        hours %= 24;
        if (hours == 0)
            return tr("%1 d").arg(locale.toString(days));
        return tr("%1 d %2 h").arg(locale.toString(days), locale.toString(hours));
    }
    if (hours == 0)
        return tr("%1 min").arg(locale.toString(minutes));
    if (minutes == 0)
        return tr("%1 h").arg(locale.toString(hours));
    return tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(minutes));
}

QString timeLeft(qint64 leftMs, bool businessHours)
{
    if (leftMs < 0)
        return tr("overdue %1").arg(duration(-leftMs, businessHours));
    return tr("%1 left").arg(duration(leftMs, businessHours, true));
}

QString rowCountdown(const TicketListRow& row, const BusinessCalendar& calendar, qint64 now)
{
    const SlaState state = SlaClock::rowState(row, now);
    switch (state) {
    case SlaState::Ok:
    case SlaState::Warning:
    case SlaState::Breached:
        if (auto left = SlaClock::rowLeft(row, calendar, now)) {
            // Due by the wall clock but not a minute of working time over yet (the shop closed at
            // the deadline): overdue all the same.
            if (state == SlaState::Breached && *left >= 0)
                return tr("overdue");
            return timeLeft(*left, row.businessHours);
        }
        return {};
    case SlaState::Paused:
        return tr("paused");
    case SlaState::Met:
        return tr("met");
    case SlaState::Missed:
        return tr("missed");
    case SlaState::None:
        break;
    }
    return {};
}

QString clockText(const SlaClockState& clock, const BusinessCalendar& calendar, qint64 now)
{
    const qint64 left = SlaClock::leftAt(clock, calendar, now);
    switch (SlaClock::state(clock, now)) {
    case SlaState::Ok:
    case SlaState::Warning:
        return timeLeft(left, clock.business);
    case SlaState::Breached:
        if (!clock.running())
            return tr("paused, overdue %1").arg(duration(-left, clock.business));
        return left < 0 ? timeLeft(left, clock.business) : tr("overdue");
    case SlaState::Paused:
        return tr("paused, %1 left").arg(duration(left, clock.business, true));
    case SlaState::Met:
        return tr("met");
    case SlaState::Missed:
        return left < 0 ? tr("missed by %1").arg(duration(-left, clock.business)) : tr("missed");
    case SlaState::None:
        break;
    }
    return {};
}

QColor warningBackground()
{
    return QColor(0xFF, 0xE0, 0x99); // amber
}

QColor breachBackground()
{
    return QColor(0xF6, 0xB8, 0xB8); // red
}

QColor slaBackground(SlaState state)
{
    switch (state) {
    case SlaState::Warning:
        return warningBackground();
    case SlaState::Breached:
        return breachBackground();
    default:
        return {};
    }
}

QColor slaForeground(SlaState state)
{
    switch (state) {
    case SlaState::Warning:
        return QColor(0x5C, 0x3D, 0x00);
    case SlaState::Breached:
    case SlaState::Missed:
        return QColor(0x8E, 0x11, 0x11);
    case SlaState::Paused:
    case SlaState::Met:
        return QColor(0x60, 0x60, 0x60);
    default:
        return {};
    }
}

QColor priorityColor(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Urgent:
        return QColor(0xC6, 0x28, 0x28);
    case TicketPriority::High:
        return QColor(0xB2, 0x6A, 0x00);
    case TicketPriority::Low:
        return QColor(0x70, 0x70, 0x70);
    case TicketPriority::Normal:
        break;
    }
    return {};
}

QColor messageBackground(MessageKind kind)
{
    switch (kind) {
    case MessageKind::FromCustomer:
        return QColor(0xF1, 0xF3, 0xF6); // grey-blue
    case MessageKind::Reply:
        return QColor(0xE3, 0xF2, 0xE6); // green
    case MessageKind::Note:
        return QColor(0xFF, 0xF4, 0xCC); // yellow: never sent
    }
    return {};
}

QString notificationText(const Notification& n, bool withSubject)
{
    QString text;
    if (n.kind == u"sla_warning")
        text = tr("%1: SLA due soon (%2)").arg(n.ticketNumber, targetNameOf(n.detail));
    else if (n.kind == u"sla_breach")
        text = tr("%1: SLA breached (%2)").arg(n.ticketNumber, targetNameOf(n.detail));
    else if (n.kind == u"escalated")
        text = n.detail.isEmpty()
                   ? tr("%1 escalated").arg(n.ticketNumber)
                   : tr("%1 escalated to %2 priority")
                         .arg(n.ticketNumber, priorityNameOf(n.detail.section(u',', -1)).toLower());
    else if (n.kind == u"assigned")
        text = tr("%1 assigned to you").arg(n.ticketNumber);
    else
        text = tr("%1: %2").arg(n.ticketNumber, n.kind);
    if (withSubject && !n.ticketSubject.isEmpty())
        text += u'\n' + n.ticketSubject;
    return text;
}

QString eventText(const TicketEvent& e, const QHash<QString, QString>& userNames)
{
    auto userName = [&](const QString& id) {
        const QString name = userNames.value(id);
        return name.isEmpty() ? tr("someone") : name;
    };
    QString text;
    if (e.kind == u"created") {
        text = tr("Ticket opened");
    } else if (e.kind == u"status") {
        text = tr("%1 → %2").arg(statusNameOf(e.fromValue), statusNameOf(e.toValue));
    } else if (e.kind == u"priority") {
        text = tr("Priority %1 → %2").arg(priorityNameOf(e.fromValue), priorityNameOf(e.toValue));
    } else if (e.kind == u"assignee") {
        text = e.toValue.isEmpty() ? tr("Unassigned") : tr("Assigned to %1").arg(userName(e.toValue));
    } else if (e.kind == u"merged") {
        text = tr("Merged into %1").arg(e.toValue);
    } else if (e.kind == u"merged_in") {
        text = tr("%1 merged into this ticket").arg(e.fromValue);
    } else if (e.kind == u"split") {
        text = tr("A message split off into %1").arg(e.toValue);
    } else if (e.kind == u"split_from") {
        text = tr("Split off from %1").arg(e.fromValue);
    } else if (e.kind == u"follows") {
        text = tr("Follows %1").arg(e.toValue);
    } else if (e.kind == u"warning") {
        text = tr("SLA due soon: %1").arg(targetNameOf(e.toValue));
    } else if (e.kind == u"breach") {
        text = tr("SLA breached: %1").arg(targetNameOf(e.toValue));
    } else if (e.kind == u"escalated") {
        text = tr("Escalated");
    } else if (e.kind == u"csat") {
        text = tr("Satisfaction: %1 of 5").arg(e.toValue);
    } else {
        return {}; // policy changes and the like: not for the thread
    }
    if (!e.note.isEmpty())
        text += u" ("_qs + e.note + u')';
    return text;
}

QString ticketCount(qint64 count)
{
    if (count == 1)
        return tr("1 ticket");
    return tr("%Ln tickets", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())));
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace kontor::SupportText

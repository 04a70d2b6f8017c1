#pragma once

// SupportText: how support values look on the support page, in its dialogs and in the
// notifications: SLA countdowns ("2 h 15 min left", "overdue 30 min", "paused") in the policy's
// clock, the colours of SLA states and of the kinds of messages in a thread, notification texts and
// the events of a ticket's history.

#include "common/BusinessCalendar.h"
#include "support/Support.h"

#include <QColor>
#include <QHash>
#include <QString>

namespace kontor::SupportText {

// A span of clock time: "2 h 15 min", "45 min", "< 1 min"; a calendar clock shows days from 24 h
// on ("2 d 3 h"), a business-hours clock keeps hours (its days are the shop's working hours).
// Time left is rounded up to the minute, time over is rounded down.
QString duration(qint64 ms, bool businessHours, bool roundUp = false);
// Time left, as the queue shows it: "2 h 15 min left", or "overdue 30 min" when negative.
QString timeLeft(qint64 leftMs, bool businessHours);
// A queue row's SLA cell at `now`: the countdown of its nearest deadline, "paused" while it waits,
// "met" or "missed" once done, empty without a target.
QString rowCountdown(const TicketListRow& row, const BusinessCalendar& calendar, qint64 now);
// One target of a ticket at `now`: "2 h 15 min left", "paused, 3 h left", "met", "missed by 1 h".
QString clockText(const SlaClockState& clock, const BusinessCalendar& calendar, qint64 now);

// Backgrounds (with dark text) for the SLA states that need attention; invalid for the others.
QColor slaBackground(SlaState state);
QColor warningBackground();
QColor breachBackground();
// A text colour for an SLA state (invalid: the normal one).
QColor slaForeground(SlaState state);
// A text colour for a priority (invalid: the normal one).
QColor priorityColor(TicketPriority priority);

// The background of a message in the thread: what the customer wrote, replies, internal notes.
QColor messageBackground(MessageKind kind);

// "TK-00042: SLA breached (first response)", with the ticket's subject on a second line when
// `withSubject`.
QString notificationText(const Notification& n, bool withSubject = true);

// A history event in words ("Open → Waiting for customer", "assigned to Anna", "merged into
// TK-00007"); `userNames` names users by id. Empty for events the thread does not show.
QString eventText(const TicketEvent& event, const QHash<QString, QString>& userNames);

// "3 tickets".
QString ticketCount(qint64 count);
// A file size: "12 KB".
QString fileSize(qint64 bytes);

} // namespace kontor::SupportText

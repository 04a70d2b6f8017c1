#pragma once

// SlaClock: the arithmetic of one SLA target's clock, pure and testable. A clock counts time in the
// policy's measure — working time of the shop calendar (business hours) or plain time — and may be
// paused (the ticket waits for the customer or a third party) and resumed. While it runs, its due
// and amber instants are planned ahead, so "which tickets are late" is a comparison with now.
//
// Every change at an instant first settles the clock up to it (settle(): a breach that happened
// before is recorded at the instant it happened), then applies the change.

#include "Support.h"
#include "common/BusinessCalendar.h"

namespace kontor::SlaClock {

// The clock's measure between two instants.
qint64 span(const SlaClockState& clock, const BusinessCalendar& calendar, qint64 from, qint64 to);
// Elapsed clock time at `now`.
qint64 elapsedAt(const SlaClockState& clock, const BusinessCalendar& calendar, qint64 now);
// Target minus elapsed at `now` (negative when over the target).
qint64 leftAt(const SlaClockState& clock, const BusinessCalendar& calendar, qint64 now);

// A running clock for a target, started at `at`.
SlaClockState started(SlaTarget target, int cycle, qint64 targetMs, bool business, int warnShareBp,
                      const BusinessCalendar& calendar, qint64 at);
// Records a breach that happened by `now` (at the instant it happened); true when newly recorded.
bool settle(SlaClockState& clock, qint64 now);
// Records reaching the amber share by `now`; true when newly recorded.
bool settleWarning(SlaClockState& clock, qint64 now);
void pause(SlaClockState& clock, const BusinessCalendar& calendar, qint64 at);
void resume(SlaClockState& clock, const BusinessCalendar& calendar, qint64 at);
// Done: the target's event happened at `at` (met unless breached).
void stop(SlaClockState& clock, const BusinessCalendar& calendar, qint64 at);
// A resolved ticket reopened: the resolution clock runs on from where it stopped.
void restart(SlaClockState& clock, const BusinessCalendar& calendar, qint64 at);
// New terms (the policy changed): elapsed time is kept, the due instants are planned again.
void retarget(SlaClockState& clock, const BusinessCalendar& calendar, qint64 targetMs, bool business,
              int warnShareBp, qint64 at);

SlaState state(const SlaClockState& clock, qint64 now);
// The ticket's state: the worst of its clocks still counting, else met or missed.
SlaState ticketState(const QList<SlaClockState>& clocks, qint64 now);
// The state of a ticket from its summary columns.
SlaState rowState(const TicketSla& row, qint64 now);
SlaState rowState(const TicketListRow& row, qint64 now);
// Time left to the ticket's nearest deadline in its clock's measure (negative: overdue by that much).
std::optional<qint64> rowLeft(const TicketSla& row, const BusinessCalendar& calendar, qint64 now);
std::optional<qint64> rowLeft(const TicketListRow& row, const BusinessCalendar& calendar, qint64 now);

} // namespace kontor::SlaClock

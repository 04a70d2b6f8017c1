#include "SlaClock.h"

namespace kontor::SlaClock {

namespace {

qint64 advance(const SlaClockState& clock, const BusinessCalendar& calendar, qint64 from, qint64 by)
{
    if (by <= 0)
        return from;
    return clock.business ? calendar.addWorkingMs(from, by) : from + by;
}

qint64 warnMs(const SlaClockState& clock)
{
    return clock.targetMs * clock.warnShareBp / 10000;
}

// Plans the due and amber instants of a running clock.
void plan(SlaClockState& clock, const BusinessCalendar& calendar)
{
    if (!clock.runningSince) {
        clock.dueAt.reset();
        clock.warnAt.reset();
        return;
    }
    const qint64 since = *clock.runningSince;
    clock.dueAt = advance(clock, calendar, since, clock.targetMs - clock.elapsedMs);
    clock.warnAt = advance(clock, calendar, since, warnMs(clock) - clock.elapsedMs);
}

} // namespace

qint64 span(const SlaClockState& clock, const BusinessCalendar& calendar, qint64 from, qint64 to)
{
    if (to <= from)
        return 0;
    return clock.business ? calendar.workingMsBetween(from, to) : to - from;
}

qint64 elapsedAt(const SlaClockState& clock, const BusinessCalendar& calendar, qint64 now)
{
    return clock.elapsedMs + (clock.runningSince ? span(clock, calendar, *clock.runningSince, now) : 0);
}

qint64 leftAt(const SlaClockState& clock, const BusinessCalendar& calendar, qint64 now)
{
    return clock.targetMs - elapsedAt(clock, calendar, now);
}

SlaClockState started(SlaTarget target, int cycle, qint64 targetMs, bool business, int warnShareBp,
                      const BusinessCalendar& calendar, qint64 at)
{
    SlaClockState c;
    c.id = Id::create();
    c.target = target;
    c.cycle = cycle;
    c.targetMs = targetMs;
    c.business = business;
    c.warnShareBp = warnShareBp;
    c.startedAt = at;
    c.runningSince = at;
    plan(c, calendar);
    return c;
}

bool settle(SlaClockState& clock, qint64 now)
{
    if (clock.breachedAt || !clock.running() || !clock.dueAt || *clock.dueAt > now)
        return false;
    clock.breachedAt = *clock.dueAt;
    return true;
}

bool settleWarning(SlaClockState& clock, qint64 now)
{
    if (clock.warnedAt || !clock.running() || !clock.warnAt || *clock.warnAt > now)
        return false;
    clock.warnedAt = *clock.warnAt;
    return true;
}

void pause(SlaClockState& clock, const BusinessCalendar& calendar, qint64 at)
{
    if (!clock.running())
        return;
    settle(clock, at);
    clock.elapsedMs = elapsedAt(clock, calendar, at);
    clock.runningSince.reset();
    plan(clock, calendar);
}

void resume(SlaClockState& clock, const BusinessCalendar& calendar, qint64 at)
{
    if (clock.running() || clock.stopped())
        return;
    clock.runningSince = at;
    plan(clock, calendar);
}

void stop(SlaClockState& clock, const BusinessCalendar& calendar, qint64 at)
{
    if (clock.stopped())
        return;
    pause(clock, calendar, at);
    clock.stoppedAt = at;
}

void restart(SlaClockState& clock, const BusinessCalendar& calendar, qint64 at)
{
    clock.stoppedAt.reset();
    resume(clock, calendar, at);
}

void retarget(SlaClockState& clock, const BusinessCalendar& calendar, qint64 targetMs, bool business,
              int warnShareBp, qint64 at)
{
    const bool wasRunning = clock.running();
    pause(clock, calendar, at); // elapsed in the old measure up to now
    clock.targetMs = targetMs;
    clock.business = business;
    clock.warnShareBp = warnShareBp;
    if (wasRunning)
        resume(clock, calendar, at);
    settle(clock, at); // a shorter target may already be over
}

SlaState state(const SlaClockState& clock, qint64 now)
{
    if (clock.stopped())
        return clock.breachedAt ? SlaState::Missed : SlaState::Met;
    if (clock.running()) {
        if (clock.breachedAt || (clock.dueAt && *clock.dueAt <= now))
            return SlaState::Breached;
        if (clock.warnAt && *clock.warnAt <= now)
            return SlaState::Warning;
        return SlaState::Ok;
    }
    return clock.breachedAt || clock.elapsedMs >= clock.targetMs ? SlaState::Breached : SlaState::Paused;
}

SlaState ticketState(const QList<SlaClockState>& clocks, qint64 now)
{
    // Worst first among the clocks still counting.
    static constexpr SlaState order[] = {SlaState::Breached, SlaState::Warning, SlaState::Ok,
                                         SlaState::Paused};
    bool anyMissed = false;
    bool any = false;
    int worst = int(std::size(order));
    for (const SlaClockState& c : clocks) {
        any = true;
        const SlaState s = state(c, now);
        if (s == SlaState::Missed)
            anyMissed = true;
        for (int i = 0; i < int(std::size(order)); ++i) {
            if (order[i] == s && i < worst)
                worst = i;
        }
    }
    if (worst < int(std::size(order)))
        return order[worst];
    if (!any)
        return SlaState::None;
    return anyMissed ? SlaState::Missed : SlaState::Met;
}

SlaState rowState(const TicketSla& row, qint64 now)
{
    if (row.dueAt) {
        if (*row.dueAt <= now)
            return SlaState::Breached;
        if (row.warnAt && *row.warnAt <= now)
            return SlaState::Warning;
        return SlaState::Ok;
    }
    switch (row.status) {
    case TicketStatus::WaitingCustomer:
    case TicketStatus::WaitingThirdParty:
        return SlaState::Paused;
    case TicketStatus::Resolved:
    case TicketStatus::Closed:
        return row.breached ? SlaState::Missed : SlaState::Met;
    default:
        return SlaState::None;
    }
}

std::optional<qint64> rowLeft(const TicketSla& row, const BusinessCalendar& calendar, qint64 now)
{
    if (!row.dueAt)
        return std::nullopt;
    const qint64 due = *row.dueAt;
    const auto measure = [&](qint64 from, qint64 to) {
        return row.businessHours ? calendar.workingMsBetween(from, to) : to - from;
    };
    return due >= now ? measure(now, due) : -measure(due, now);
}

namespace {

TicketSla slaOf(const TicketListRow& row)
{
    return {row.id, row.status, row.slaDueAt, row.slaWarnAt, row.slaBreached, row.businessHours};
}

} // namespace

SlaState rowState(const TicketListRow& row, qint64 now)
{
    return rowState(slaOf(row), now);
}

std::optional<qint64> rowLeft(const TicketListRow& row, const BusinessCalendar& calendar, qint64 now)
{
    return rowLeft(slaOf(row), calendar, now);
}

} // namespace kontor::SlaClock

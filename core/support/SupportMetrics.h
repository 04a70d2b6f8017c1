#pragma once

// SupportMetrics: the quality figures of customer support over a period [from, to) of UTC ms (the
// user picks local dates; period() turns them into the shop calendar's day boundaries), read-only.
//
// What falls in a period (DOMAIN.md, "Support figures"):
// - created: tickets opened in the period; resolved: tickets whose final resolution (resolved_at,
//   which a reopen clears) is in the period.
// - First response time: the first_response clock's elapsed ms (the policy's clock: business or
//   calendar hours, paused time left out where the policy pauses it) of the tickets whose first
//   reply is in the period and stopped that clock. Resolution time: the resolution clock's elapsed
//   ms of the tickets resolved in the period (paused time and time spent resolved before a reopen
//   are not counted). Tickets without such a clock (no SLA policy or no such target) have no time.
// - Averages are rounded half-up to the ms. Median and p90 are nearest-rank percentiles: the k-th
//   smallest value with k = ceil(p x n), so the median of 4 values is the 2nd smallest and the p90
//   of 10 values the 9th; they are always one of the measured values.
// - SLA compliance = targets met / targets due in the period, per target and overall: a clock whose
//   breach happened in the period is due and not met (a breach stays a breach, whenever the clock
//   stops); a clock stopped in the period without a breach is due and met. A clock still running
//   and within its target is not due yet.
// - FCR = tickets resolved in the period with exactly one reply to the customer and never reopened
//   / tickets resolved in the period. CSAT = answers 4-5 / all answers, of the tickets resolved in
//   the period.
// - Backlog = tickets open at `now` (not resolved or closed), by age = now - creation in calendar
//   time: under 1 day, 1 to 3 days, 3 to 7 days, 7 days and more.
// - Tickets per 100 orders: tickets created / sales orders placed in the period (not drafts or
//   cancelled) x 100. Problem products: tickets created in the period per product — the ticket's
//   product, else every product of its linked order (a ticket counts once per product) — with
//   tickets per 100 units of that product ordered in the period's orders.
// - Tickets merged into another are duplicates and count nowhere.
// Breakdowns give the same figures by the ticket's assignee, its channel, or by week (from Monday)
// or month of the shop's time zone, each figure in the bucket of the instant it is counted at
// (created, resolved, first reply, breach or stop); the backlog is not broken down by period.
//
// Rates are in basis points (hundredths of a per cent, half-up), "per 100" figures in hundredths
// (4286 = 42.86 per 100). Every figure is an SQL aggregate or one pass over the period's rows.
//
// Permission: HandleTickets (support agents and leads) or ManageSettings (who sets the SLA).

#include "Support.h"
#include "common/BusinessCalendar.h"
#include "common/Quantity.h"
#include "security/Actor.h"
#include "settings/CalendarService.h"
#include "storage/Database.h"

#include <QDate>
#include <QMap>
#include <QObject>

#include <array>

namespace kontor {

// Durations of one kind in the policy's clock.
struct DurationStats
{
    int count = 0;
    qint64 averageMs = 0;
    qint64 medianMs = 0;   // nearest rank: the ceil(n / 2)-th smallest
    qint64 p90Ms = 0;      // nearest rank: the ceil(0.9 n)-th smallest
    int calendarCount = 0; // of them measured in calendar time (a policy without business hours)

    bool isEmpty() const { return count == 0; }
};

// SLA targets due in a period and how many of them were met.
struct SlaTally
{
    int due = 0;
    int met = 0;

    std::optional<int> bp() const;
    SlaTally& operator+=(const SlaTally& o)
    {
        due += o.due;
        met += o.met;
        return *this;
    }
};

struct SupportFigures
{
    int created = 0;
    int resolved = 0;
    DurationStats firstResponse;
    DurationStats resolution;
    std::array<SlaTally, 3> sla; // by SlaTarget: first response, next response, resolution
    int fcr = 0;                 // resolved with one reply, never reopened
    int csatAnswers = 0;
    int csatSatisfied = 0;   // 4 or 5
    std::optional<int> open; // the backlog at `now` (none in a breakdown by period)

    const SlaTally& slaOf(SlaTarget target) const { return sla[size_t(target)]; }
    SlaTally slaTotal() const;
    std::optional<int> slaBp() const { return slaTotal().bp(); }
    std::optional<int> fcrBp() const;
    std::optional<int> csatBp() const;
};

enum class SupportGrouping
{
    None, // one row: the whole period
    Agent,
    Channel,
    Week,
    Month
};

struct SupportMetricsRow
{
    Id agentId;                           // Agent: the assignee (null: unassigned)
    QString agentName;                    // Agent: the name as shown ("Unassigned" for none)
    std::optional<TicketChannel> channel; // Channel
    QDate periodStart;                    // Week: its Monday; Month: its first day (may precede `from`)
    SupportFigures figures;
};

struct BacklogAges
{
    int underDay = 0;     // < 1 day
    int oneToThree = 0;   // 1-3 days
    int threeToSeven = 0; // 3-7 days
    int overWeek = 0;     // 7 days and more

    int total() const { return underDay + oneToThree + threeToSeven + overWeek; }
};

struct ProblemProduct
{
    Id productId;
    QString sku;
    QString name;
    int tickets = 0;
    Quantity unitsSold; // ordered in the period's orders (not drafts or cancelled)

    // Tickets per 100 units sold, in hundredths; none when nothing was sold.
    std::optional<int> per100Units() const;
};

struct SupportSummary
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 now = 0;
    SupportFigures figures;
    BacklogAges backlog;
    int orders = 0; // placed in the period

    // Tickets created per 100 orders, in hundredths; none without orders.
    std::optional<int> per100Orders() const;
    QList<ProblemProduct> topProducts; // most tickets first
};

// Everything the support quality page shows, from one pass over the period's rows.
struct SupportReport
{
    SupportSummary summary;
    QMap<SupportGrouping, QList<SupportMetricsRow>> breakdowns;
};

class SupportMetrics : public QObject
{
    Q_OBJECT

public:
    explicit SupportMetrics(Database& db, QObject* parent = nullptr);

    // The period from the start of `first` to the end of `last`, local days of the shop calendar.
    Result<std::pair<qint64, qint64>> period(const Actor& actor, QDate first, QDate last);
    // Today in the shop's time zone, and the database clock's now.
    Result<QDate> today(const Actor& actor);
    qint64 nowMs() const;

    // `now` (null: the clock's) is when the backlog is taken. `topProducts`: how many problem
    // products to list.
    Result<SupportSummary> summary(const Actor& actor, qint64 from, qint64 to,
                                   std::optional<qint64> now = std::nullopt, int topProducts = 10);
    // The figures by `grouping`: agents by name (unassigned last), channels in their order, periods
    // in time order with every week or month of the period, empty ones too.
    Result<QList<SupportMetricsRow>> breakdown(const Actor& actor, qint64 from, qint64 to,
                                               SupportGrouping grouping,
                                               std::optional<qint64> now = std::nullopt);
    // The summary and the breakdowns asked for, reading the period's rows once.
    Result<SupportReport> report(const Actor& actor, qint64 from, qint64 to,
                                 const QList<SupportGrouping>& groupings,
                                 std::optional<qint64> now = std::nullopt, int topProducts = 10);

    // Nearest-rank percentile (0 < p <= 100) of sorted values; 0 for none.
    static qint64 percentile(const QList<qint64>& sorted, int p);
    static DurationStats durationStats(QList<qint64> values, int calendarCount = 0);

private:
    Database& m_db;
    CalendarService m_calendar;
};

} // namespace kontor

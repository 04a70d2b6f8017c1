#include "SupportMetrics.h"

#include "common/Decimal.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace kontor {

using namespace SupportKinds;

namespace {

constexpr qint64 msPerDay = 24 * 3600 * 1000;

// num / den in hundredths of a per cent (= hundredths of "per 100"), half-up; none for den 0.
std::optional<int> hundredths(qint64 num, qint64 den)
{
    if (den <= 0)
        return std::nullopt;
    return int(Decimal::mulDivRound(num, 10000, den));
}

Result<void> mayRead(const Actor& actor)
{
    if (actor.can(Permission::HandleTickets) || actor.can(Permission::ManageSettings))
        return {};
    return require(actor, Permission::HandleTickets);
}

qint64 startOf(QDate day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

// What is summed for one row of figures while the period's rows are read.
struct Tally
{
    SupportFigures figures;
    QList<qint64> firstResponse;
    QList<qint64> resolution;
    int firstResponseCalendar = 0;
    int resolutionCalendar = 0;
};

// The rows of one grouping: which row a ticket's figure goes to.
class Grouper
{
public:
    Grouper(SupportGrouping grouping, qint64 from, qint64 to, const BusinessCalendar& calendar)
        : m_grouping(grouping)
    {
        if (grouping == SupportGrouping::None) {
            m_tallies.resize(1);
        } else if (grouping == SupportGrouping::Channel) {
            m_tallies.resize(allChannels().size());
        } else if (grouping == SupportGrouping::Week || grouping == SupportGrouping::Month) {
            // Buckets from the one holding `from` to the one holding the period's last instant.
            const QTimeZone& zone = calendar.timeZone();
            const QDate first = calendar.localDate(from);
            const QDate last = calendar.localDate(std::max(from, to - 1));
            QDate start = grouping == SupportGrouping::Week ? first.addDays(1 - first.dayOfWeek())
                                                            : QDate(first.year(), first.month(), 1);
            while (start <= last) {
                m_starts.append(start);
                m_startMs.append(startOf(start, zone));
                start = grouping == SupportGrouping::Week ? start.addDays(7) : start.addMonths(1);
            }
            m_tallies.resize(m_starts.size());
        }
    }

    SupportGrouping grouping() const { return m_grouping; }
    bool byPeriod() const
    {
        return m_grouping == SupportGrouping::Week || m_grouping == SupportGrouping::Month;
    }

    // The tally a figure counted at `at` of a ticket goes to; nullptr when it is outside every bucket.
    Tally* at(const Id& assignee, TicketChannel channel, qint64 at)
    {
        switch (m_grouping) {
        case SupportGrouping::None:
            return &m_tallies[0];
        case SupportGrouping::Channel:
            return &m_tallies[qsizetype(channel)];
        case SupportGrouping::Agent: {
            auto it = m_agents.constFind(assignee);
            if (it == m_agents.cend()) {
                it = m_agents.insert(assignee, int(m_tallies.size()));
                m_tallies.append(Tally());
                m_agentIds.append(assignee);
            }
            return &m_tallies[*it];
        }
        case SupportGrouping::Week:
        case SupportGrouping::Month: {
            const auto it = std::upper_bound(m_startMs.cbegin(), m_startMs.cend(), at);
            if (it == m_startMs.cbegin())
                return nullptr;
            return &m_tallies[it - m_startMs.cbegin() - 1];
        }
        }
        return nullptr;
    }

    QList<SupportMetricsRow> rows(const QHash<Id, QString>& names)
    {
        QList<SupportMetricsRow> rows;
        for (qsizetype i = 0; i < m_tallies.size(); ++i) {
            Tally& t = m_tallies[i];
            SupportMetricsRow row;
            row.figures = t.figures;
            row.figures.firstResponse =
                SupportMetrics::durationStats(std::move(t.firstResponse), t.firstResponseCalendar);
            row.figures.resolution =
                SupportMetrics::durationStats(std::move(t.resolution), t.resolutionCalendar);
            if (byPeriod())
                row.figures.open.reset();
            else if (!row.figures.open)
                row.figures.open = 0;
            switch (m_grouping) {
            case SupportGrouping::None:
                break;
            case SupportGrouping::Channel:
                row.channel = allChannels().at(i);
                break;
            case SupportGrouping::Agent:
                row.agentId = m_agentIds.at(i);
                row.agentName = row.agentId.isNull()
                                    ? QCoreApplication::translate("kontor::SupportMetrics", "Unassigned")
                                    : names.value(row.agentId);
                break;
            case SupportGrouping::Week:
            case SupportGrouping::Month:
                row.periodStart = m_starts.at(i);
                break;
            }
            rows.append(row);
        }
        if (m_grouping == SupportGrouping::Channel) {
            // Channels nobody wrote through are left out.
            rows.removeIf([](const SupportMetricsRow& r) {
                const SupportFigures& f = r.figures;
                return f.created == 0 && f.resolved == 0 && f.firstResponse.count == 0 &&
                       f.slaTotal().due == 0 && f.open.value_or(0) == 0;
            });
        }
        if (m_grouping == SupportGrouping::Agent) {
            std::sort(rows.begin(), rows.end(), [](const SupportMetricsRow& a, const SupportMetricsRow& b) {
                if (a.agentId.isNull() != b.agentId.isNull())
                    return b.agentId.isNull();
                return QString::localeAwareCompare(a.agentName, b.agentName) < 0;
            });
        }
        return rows;
    }

private:
    SupportGrouping m_grouping;
    QList<Tally> m_tallies;
    QList<QDate> m_starts;
    QList<qint64> m_startMs;
    QHash<Id, int> m_agents;
    QList<Id> m_agentIds;
};

} // namespace

std::optional<int> SlaTally::bp() const
{
    return hundredths(met, due);
}

SlaTally SupportFigures::slaTotal() const
{
    SlaTally total;
    for (const SlaTally& t : sla)
        total += t;
    return total;
}

std::optional<int> SupportFigures::fcrBp() const
{
    return hundredths(fcr, resolved);
}

std::optional<int> SupportFigures::csatBp() const
{
    return hundredths(csatSatisfied, csatAnswers);
}

std::optional<int> ProblemProduct::per100Units() const
{
    // tickets / units x 100 in hundredths = tickets / units x 10000, units = milli / 1000
    return hundredths(qint64(tickets) * Quantity::One, unitsSold.milli());
}

std::optional<int> SupportSummary::per100Orders() const
{
    return hundredths(figures.created, orders); // x 100 per 100 orders, x 100 in hundredths
}

SupportMetrics::SupportMetrics(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_calendar(db)
{}

qint64 SupportMetrics::percentile(const QList<qint64>& sorted, int p)
{
    if (sorted.isEmpty())
        return 0;
    // k = ceil(p / 100 x n), at least 1.
    const qsizetype rank = std::max<qsizetype>(1, (qsizetype(p) * sorted.size() + 99) / 100);
    return sorted.at(std::min(rank, sorted.size()) - 1);
}

DurationStats SupportMetrics::durationStats(QList<qint64> values, int calendarCount)
{
    DurationStats s;
    s.count = int(values.size());
    s.calendarCount = calendarCount;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    qint64 sum = 0;
    for (qint64 v : values)
        sum += v;
    s.averageMs = Decimal::mulDivRound(sum, 1, values.size());
    s.medianMs = percentile(values, 50);
    s.p90Ms = percentile(values, 90);
    return s;
}

qint64 SupportMetrics::nowMs() const
{
    return m_db.clock().nowMs();
}

Result<QDate> SupportMetrics::today(const Actor& actor)
{
    auto cal = m_calendar.calendar(actor);
    if (!cal)
        return fail(cal.error());
    return cal->localDate(nowMs());
}

Result<std::pair<qint64, qint64>> SupportMetrics::period(const Actor& actor, QDate first, QDate last)
{
    auto cal = m_calendar.calendar(actor);
    if (!cal)
        return fail(cal.error());
    if (last < first)
        std::swap(first, last);
    return std::make_pair(startOf(first, cal->timeZone()), startOf(last.addDays(1), cal->timeZone()));
}

Result<SupportSummary> SupportMetrics::summary(const Actor& actor, qint64 from, qint64 to,
                                               std::optional<qint64> now, int topProducts)
{
    auto r = report(actor, from, to, {}, now, topProducts);
    if (!r)
        return fail(r.error());
    return r->summary;
}

Result<QList<SupportMetricsRow>> SupportMetrics::breakdown(const Actor& actor, qint64 from, qint64 to,
                                                           SupportGrouping grouping,
                                                           std::optional<qint64> now)
{
    auto r = report(actor, from, to, {grouping}, now, 0);
    if (!r)
        return fail(r.error());
    if (grouping == SupportGrouping::None) {
        SupportMetricsRow row;
        row.figures = r->summary.figures;
        return QList<SupportMetricsRow>{row};
    }
    return r->breakdowns.value(grouping);
}

Result<SupportReport> SupportMetrics::report(const Actor& actor, qint64 from, qint64 to,
                                             const QList<SupportGrouping>& groupings,
                                             std::optional<qint64> nowAt, int topProducts)
{
    if (auto ok = mayRead(actor); !ok)
        return fail(ok.error());
    auto cal = m_calendar.calendar(actor);
    if (!cal)
        return fail(cal.error());
    const qint64 now = nowAt.value_or(nowMs());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);

    // The summary is the grouping of everything in one row.
    std::vector<Grouper> groupers;
    groupers.emplace_back(SupportGrouping::None, from, to, *cal);
    for (SupportGrouping g : groupings) {
        if (g != SupportGrouping::None)
            groupers.emplace_back(g, from, to, *cal);
    }
    const auto each = [&](const Id& assignee, TicketChannel channel, qint64 at, const auto& apply) {
        for (Grouper& g : groupers) {
            if (Tally* t = g.at(assignee, channel, at))
                apply(*t);
        }
    };
    // Codes turned into numbers by SQLite: converting text for every row would cost more than the
    // figures themselves.
    const QList<TicketChannel> channels = allChannels();
    QByteArray channelCase = "CASE channel";
    for (qsizetype i = 0; i < channels.size(); ++i)
        channelCase += " WHEN '" + channelCode(channels[i]).toLatin1() + "' THEN " + QByteArray::number(i);
    channelCase += " ELSE 0 END";
    const auto channelOf = [&](qint64 index) { return channels.value(index, TicketChannel::Email); };
    constexpr QByteArrayView targetCase =
        "CASE kind WHEN 'first_response' THEN 0 WHEN 'next_response' THEN 1 WHEN 'resolution' THEN 2 END";
    static_assert(int(SlaTarget::FirstResponse) == 0 && int(SlaTarget::NextResponse) == 1 &&
                  int(SlaTarget::Resolution) == 2);

    // A period holding most of the history reads the tables straight through: twice as fast as
    // going through the date indexes and looking each row up.
    QByteArrayView indexed = "";
    {
        auto q = c.query("SELECT min(created_at) FROM tickets");
        auto oldest = q.scalarInt();
        if (!oldest)
            return fail(oldest.error());
        const qint64 first = oldest->value_or(now);
        const qint64 history = std::max<qint64>(1, now - first);
        const qint64 covered = std::min(to, now) - std::max(from, first);
        if (2 * covered >= history)
            indexed = " NOT INDEXED";
    }

    SupportReport result;
    SupportSummary& s = result.summary;
    s.from = from;
    s.to = to;
    s.now = now;

    // One pass over the tickets the period touches: created in it, resolved in it or later (a
    // clock stopped or breached in the period belongs to such a ticket or to an open one), and
    // every open ticket (the backlog is taken at `now`). Looking the clocks' tickets up here is
    // several times faster than joining tickets by their UUID for each clock.
    struct TicketInfo
    {
        Id assignee;
        TicketChannel channel = TicketChannel::Email;
        std::optional<qint64> firstReplyAt;
        std::optional<qint64> resolvedAt; // in the period, of a resolved or closed ticket
    };
    QHash<Id, TicketInfo> tickets;
    {
        auto q = c.query(QByteArray(
            "SELECT id, assignee_id, " + channelCase +
            ", status IN ('resolved', 'closed'), created_at, first_reply_at, resolved_at, replies, "
            "reopened, csat FROM tickets" +
            indexed.toByteArray() +
            " WHERE merged_into IS NULL AND ((created_at >= ?1 AND created_at < ?2) OR (resolved_at >= ?1 "
            "AND created_at < ?2) OR status IN ('new', 'open', 'waiting_customer', 'waiting_third_party', "
            "'reopened'))"));
        q.bindAll(from, to);
        if (auto ok = q.forEachRow([&] {
                TicketInfo info;
                info.assignee = q.id(1);
                info.channel = channelOf(q.int64(2));
                const bool done = q.int64(3) != 0;
                const qint64 created = q.int64(4);
                info.firstReplyAt = q.optInt64(5);
                const std::optional<qint64> resolved = q.optInt64(6);
                if (created >= from && created < to)
                    each(info.assignee, info.channel, created, [](Tally& t) { ++t.figures.created; });
                if (done && resolved && *resolved >= from && *resolved < to) {
                    info.resolvedAt = resolved;
                    const bool fcr = q.int64(7) == 1 && q.int64(8) == 0;
                    const std::optional<qint64> csat = q.optInt64(9);
                    each(info.assignee, info.channel, *resolved, [&](Tally& t) {
                        ++t.figures.resolved;
                        t.figures.fcr += fcr ? 1 : 0;
                        if (csat) {
                            ++t.figures.csatAnswers;
                            t.figures.csatSatisfied += *csat >= 4 ? 1 : 0;
                        }
                    });
                }
                if (!done && created <= now) {
                    const qint64 age = now - created;
                    if (age < msPerDay)
                        ++s.backlog.underDay;
                    else if (age < 3 * msPerDay)
                        ++s.backlog.oneToThree;
                    else if (age < 7 * msPerDay)
                        ++s.backlog.threeToSeven;
                    else
                        ++s.backlog.overWeek;
                    for (Grouper& g : groupers) {
                        if (g.byPeriod())
                            continue;
                        if (Tally* t = g.at(info.assignee, info.channel, now))
                            t->figures.open = t->figures.open.value_or(0) + 1;
                    }
                }
                tickets.insert(q.id(0), info);
            });
            !ok)
            return fail(ok.error());
    }

    // SLA targets breached in the period: due and missed, whenever the clock stops.
    {
        auto q = c.query(
            QByteArray("SELECT ticket_id, " + targetCase.toByteArray() +
                       ", breached_at FROM ticket_clocks WHERE breached_at >= ?1 AND breached_at < ?2"));
        q.bindAll(from, to);
        if (auto ok = q.forEachRow([&] {
                const auto it = tickets.constFind(q.id(0));
                const auto target = q.isNull(1) ? std::nullopt : std::optional(SlaTarget(q.int64(1)));
                if (it == tickets.cend() || !target)
                    return; // a merged duplicate
                each(it->assignee, it->channel, q.int64(2),
                     [&](Tally& t) { ++t.figures.sla[size_t(*target)].due; });
            });
            !ok)
            return fail(ok.error());
    }
    // Clocks stopped in the period: met when never breached; the first-response clock the first
    // reply stopped gives the first response time (one stopped by resolving without a reply measured
    // no response), the resolution clock of a ticket resolved in the period its resolution time.
    {
        auto q =
            c.query(QByteArray("SELECT ticket_id, " + targetCase.toByteArray() +
                               ", stopped_at, breached_at IS NULL, elapsed_ms, business FROM ticket_clocks" +
                               indexed.toByteArray() + " WHERE stopped_at >= ?1 AND stopped_at < ?2"));
        q.bindAll(from, to);
        if (auto ok = q.forEachRow([&] {
                const auto it = tickets.constFind(q.id(0));
                const auto target = q.isNull(1) ? std::nullopt : std::optional(SlaTarget(q.int64(1)));
                if (it == tickets.cend() || !target)
                    return;
                const qint64 stopped = q.int64(2);
                const bool met = q.int64(3) != 0;
                const qint64 elapsed = q.int64(4);
                const bool calendarTime = q.int64(5) == 0;
                const bool firstResponse = *target == SlaTarget::FirstResponse && it->firstReplyAt == stopped;
                const bool resolution = *target == SlaTarget::Resolution && it->resolvedAt == stopped;
                each(it->assignee, it->channel, stopped, [&](Tally& t) {
                    if (met) {
                        SlaTally& sla = t.figures.sla[size_t(*target)];
                        ++sla.due;
                        ++sla.met;
                    }
                    if (firstResponse) {
                        t.firstResponse.append(elapsed);
                        t.firstResponseCalendar += calendarTime ? 1 : 0;
                    }
                    if (resolution) {
                        t.resolution.append(elapsed);
                        t.resolutionCalendar += calendarTime ? 1 : 0;
                    }
                });
            });
            !ok)
            return fail(ok.error());
    }

    // Names of the agents.
    QHash<Id, QString> names;
    {
        auto q = c.query("SELECT id, name, role FROM users");
        if (auto ok = q.forEachRow([&] {
                QString name = q.text(1);
                if (name.isEmpty() && q.text(2) == u"owner")
                    name = QCoreApplication::translate("kontor::Actor", "Owner");
                names.insert(q.id(0), name);
            });
            !ok)
            return fail(ok.error());
    }
    for (Grouper& g : groupers) {
        QList<SupportMetricsRow> rows = g.rows(names);
        if (g.grouping() == SupportGrouping::None)
            s.figures = rows.value(0).figures;
        else
            result.breakdowns.insert(g.grouping(), rows);
    }

    // Orders and problem products.
    {
        auto q = c.query("SELECT count(*) FROM sales_orders WHERE ordered_at >= ?1 AND ordered_at < ?2 AND "
                         "status NOT IN ('draft', 'cancelled')");
        q.bindAll(from, to);
        auto n = q.scalarInt();
        if (!n)
            return fail(n.error());
        s.orders = int(n->value_or(0));
    }
    if (topProducts > 0) {
        auto q = c.query(QByteArray(
            "WITH linked(ticket, product) AS (SELECT id, product_id FROM tickets" + indexed.toByteArray() +
            " WHERE created_at >= ?1 AND created_at < ?2 AND merged_into IS NULL AND product_id IS NOT NULL "
            "UNION SELECT t.id, l.product_id FROM tickets t" +
            indexed.toByteArray() +
            " JOIN sales_order_lines l ON l.order_id = t.order_id WHERE "
            "t.created_at >= ?1 AND t.created_at < ?2 AND t.merged_into IS NULL AND t.product_id IS NULL "
            "AND t.order_id IS NOT NULL) "
            "SELECT p.id, p.sku, p.name, count(*) AS n FROM linked JOIN products p ON p.id = linked.product "
            "GROUP BY p.id ORDER BY n DESC, p.name COLLATE NOCASE, p.sku LIMIT ?3"));
        q.bindAll(from, to, topProducts);
        if (auto ok = q.forEachRow([&] {
                ProblemProduct p;
                p.productId = q.id(0);
                p.sku = q.text(1);
                p.name = q.text(2);
                p.tickets = int(q.int64(3));
                s.topProducts.append(p);
            });
            !ok)
            return fail(ok.error());
        for (ProblemProduct& p : s.topProducts) {
            auto u =
                c.query("SELECT coalesce(sum(l.quantity), 0) FROM sales_order_lines l JOIN sales_orders o "
                        "ON o.id = l.order_id WHERE l.product_id = ?1 AND o.ordered_at >= ?2 AND "
                        "o.ordered_at < ?3 AND o.status NOT IN ('draft', 'cancelled')");
            u.bindAll(p.productId, from, to);
            auto sold = u.scalarInt();
            if (!sold)
                return fail(sold.error());
            p.unitsSold = Quantity::fromMilli(sold->value_or(0));
        }
    }
    return result;
}

} // namespace kontor

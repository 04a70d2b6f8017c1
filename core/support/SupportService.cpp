#include "SupportService.h"

#include "SlaClock.h"
#include "common/SearchText.h"
#include "security/AuditLog.h"
#include "storage/ChangeLog.h"
#include "storage/DocumentNumbers.h"
#include "storage/ShopSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

namespace kontor {

using namespace SupportKinds;

namespace {

constexpr qint64 msPerMinute = 60 * 1000;
constexpr qint64 msPerDay = 24 * 3600 * 1000;
const QString reopenDaysKey = u"support.reopen_days"_qs;

bool isWaiting(TicketStatus s)
{
    return s == TicketStatus::WaitingCustomer || s == TicketStatus::WaitingThirdParty;
}

QString joinTags(const QStringList& tags)
{
    QStringList clean;
    for (const QString& t : tags) {
        const QString s = t.trimmed();
        if (!s.isEmpty() && !clean.contains(s, Qt::CaseInsensitive))
            clean.append(s);
    }
    return clean.join(u", ");
}

QStringList splitTags(const QString& text)
{
    QStringList tags;
    for (const QString& t : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString s = t.trimmed(); !s.isEmpty())
            tags.append(s);
    }
    return tags;
}

QJsonValue json(const std::optional<qint64>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonValue json(const Id& id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(id.toString());
}

// The columns loadTicket reads, in order.
constexpr QByteArrayView TicketColumns =
    "t.id, t.number, t.subject, t.channel, t.customer_id, coalesce(cu.name, ''), t.contact_name, "
    "t.contact_address, t.order_id, coalesce(so.number, ''), t.return_id, coalesce(r.number, ''), "
    "t.product_id, coalesce(p.name, ''), t.category, t.priority, t.status, t.assignee_id, "
    "coalesce(u.name, ''), u.role, t.tags, t.policy_id, t.parent_id, coalesce(pt.number, ''), t.merged_into, "
    "t.created_at, t.updated_at, t.first_reply_at, t.resolved_at, t.closed_at, t.replies, t.reopened, "
    "t.csat, t.csat_comment";
constexpr QByteArrayView TicketJoins =
    " FROM tickets t LEFT JOIN customers cu ON cu.id = t.customer_id "
    "LEFT JOIN sales_orders so ON so.id = t.order_id LEFT JOIN returns r ON r.id = t.return_id "
    "LEFT JOIN products p ON p.id = t.product_id LEFT JOIN users u ON u.id = t.assignee_id "
    "LEFT JOIN tickets pt ON pt.id = t.parent_id ";

// A user's name as shown: the owner row is stored without one and named in the user's language.
QString userName(const QString& name, const QString& role)
{
    if (name.isEmpty() && role == u"owner")
        return QCoreApplication::translate("kontor::Actor", "Owner");
    return name;
}

Ticket readTicket(Query& q)
{
    Ticket t;
    int i = 0;
    t.id = q.id(i++);
    t.number = q.text(i++);
    t.subject = q.text(i++);
    t.channel = channelFromCode(q.text(i++)).value_or(TicketChannel::Email);
    t.customerId = q.id(i++);
    t.customerName = q.text(i++);
    t.contactName = q.text(i++);
    t.contactAddress = q.text(i++);
    t.orderId = q.id(i++);
    t.orderNumber = q.text(i++);
    t.returnId = q.id(i++);
    t.returnNumber = q.text(i++);
    t.productId = q.id(i++);
    t.productName = q.text(i++);
    t.category = categoryFromCode(q.text(i++)).value_or(TicketCategory::Other);
    t.priority = priorityFromCode(q.text(i++)).value_or(TicketPriority::Normal);
    t.status = statusFromCode(q.text(i++)).value_or(TicketStatus::Open);
    t.assigneeId = q.id(i++);
    const QString name = q.text(i++);
    t.assigneeName = userName(name, q.text(i++));
    t.tags = splitTags(q.text(i++));
    t.policyId = q.id(i++);
    t.parentId = q.id(i++);
    t.parentNumber = q.text(i++);
    t.mergedInto = q.id(i++);
    t.createdAt = q.int64(i++);
    t.updatedAt = q.int64(i++);
    t.firstReplyAt = q.optInt64(i++);
    t.resolvedAt = q.optInt64(i++);
    t.closedAt = q.optInt64(i++);
    t.replies = int(q.int64(i++));
    t.reopened = int(q.int64(i++));
    if (auto v = q.optInt64(i++))
        t.csat = int(*v);
    t.csatComment = q.text(i++);
    return t;
}

QString searchTextOf(const Ticket& t)
{
    return SearchText::normalize(
        QStringList{t.number, t.subject, t.customerName, t.contactName, t.contactAddress}.join(u' '));
}

} // namespace

// What one command reads once.
struct SupportService::Context
{
    BusinessCalendar calendar;
    QList<SlaPolicy> policies; // every policy, active or not
    qint64 now = 0;
    int reopenDays = 7;
    // Written by the command, recorded with the ticket.
    QList<TicketEvent> events;
    struct Note
    {
        Id userId;
        QString kind;
        QString detail;
    };
    QList<Note> notes;

    const SlaPolicy* policy(const Id& id) const
    {
        for (const SlaPolicy& p : policies) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    }
    void event(const Actor& actor, QString kind, QString from, QString to, QString note = {})
    {
        events.append(
            TicketEvent{std::move(kind), std::move(from), std::move(to), now, actor.name, std::move(note)});
    }
};

namespace {

// ---- storage helpers (free functions over a connection) ----

Result<QList<SlaPolicy>> readPolicies(Connection& c)
{
    auto q =
        c.query("SELECT id, code, name, position, priority, channel, customer_group, first_response_min, "
                "next_response_min, resolution_min, business_hours, pause_first_response, warn_share_bp, "
                "escalate_at, escalate_priority, escalate_to, active FROM sla_policies ORDER BY position, "
                "local_id");
    QList<SlaPolicy> list;
    const auto minutes = [&](int col) -> std::optional<int> {
        if (auto v = q.optInt64(col))
            return int(*v);
        return std::nullopt;
    };
    if (auto ok = q.forEachRow([&] {
            SlaPolicy p;
            p.id = q.id(0);
            p.code = q.text(1);
            p.name = q.text(2);
            p.position = int(q.int64(3));
            p.priority = priorityFromCode(q.text(4));
            p.channel = channelFromCode(q.text(5));
            p.customerGroup = q.text(6);
            p.firstResponseMinutes = minutes(7);
            p.nextResponseMinutes = minutes(8);
            p.resolutionMinutes = minutes(9);
            p.businessHours = q.int64(10) != 0;
            p.pauseFirstResponse = q.int64(11) != 0;
            p.warnShareBp = int(q.int64(12));
            p.escalateAt = escalateFromCode(q.text(13)).value_or(SlaPolicy::Escalate::AtBreach);
            p.escalateRaisesPriority = q.int64(14) != 0;
            p.escalateTo = q.id(15);
            p.active = q.int64(16) != 0;
            list.append(p);
        });
        !ok)
        return fail(ok.error());
    return list;
}

Result<QList<SlaClockState>> readClocks(Connection& c, const Id& ticketId)
{
    auto q = c.query("SELECT id, kind, cycle, target_ms, business, warn_share_bp, started_at, elapsed_ms, "
                     "running_since, due_at, warn_at, stopped_at, warned_at, breached_at FROM ticket_clocks "
                     "WHERE ticket_id = ? ORDER BY started_at, local_id");
    q.bind(ticketId);
    QList<SlaClockState> clocks;
    if (auto ok = q.forEachRow([&] {
            SlaClockState k;
            k.id = q.id(0);
            k.target = targetFromCode(q.text(1)).value_or(SlaTarget::Resolution);
            k.cycle = int(q.int64(2));
            k.targetMs = q.int64(3);
            k.business = q.int64(4) != 0;
            k.warnShareBp = int(q.int64(5));
            k.startedAt = q.int64(6);
            k.elapsedMs = q.int64(7);
            k.runningSince = q.optInt64(8);
            k.dueAt = q.optInt64(9);
            k.warnAt = q.optInt64(10);
            k.stoppedAt = q.optInt64(11);
            k.warnedAt = q.optInt64(12);
            k.breachedAt = q.optInt64(13);
            clocks.append(k);
        });
        !ok)
        return fail(ok.error());
    return clocks;
}

Result<Ticket> loadTicket(Connection& c, const Id& ticketId)
{
    auto q = c.query(
        QByteArray("SELECT " + TicketColumns.toByteArray() + TicketJoins.toByteArray() + "WHERE t.id = ?"));
    q.bind(ticketId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("kontor::SupportService", "No such ticket."));
    Ticket t = readTicket(q);
    q.reset();
    auto clocks = readClocks(c, ticketId);
    if (!clocks)
        return fail(clocks.error());
    t.clocks = *clocks;
    return t;
}

// The clock of a target still counting (not stopped); the latest cycle.
SlaClockState* openClock(Ticket& t, SlaTarget target)
{
    SlaClockState* found = nullptr;
    for (SlaClockState& k : t.clocks) {
        if (k.target == target && !k.stopped())
            found = &k;
    }
    return found;
}

SlaClockState* lastClock(Ticket& t, SlaTarget target)
{
    SlaClockState* found = nullptr;
    for (SlaClockState& k : t.clocks) {
        if (k.target == target)
            found = &k;
    }
    return found;
}

// Whether waiting pauses this clock under the policy.
bool pausesWhileWaiting(const SlaClockState& k, const SlaPolicy* policy)
{
    return k.target != SlaTarget::FirstResponse || (policy && policy->pauseFirstResponse);
}

TicketPriority raised(TicketPriority p)
{
    return p == TicketPriority::Urgent ? p : TicketPriority(int(p) + 1);
}

} // namespace

SupportService::SupportService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_calendar(db)
{}

SupportService::~SupportService() = default;

// ---- rules ----------------------------------------------------------------------------------------

QList<TicketStatus> SupportService::allowedTransitions(TicketStatus status)
{
    using S = TicketStatus;
    switch (status) {
    case S::New:
    case S::Open:
    case S::Reopened:
        return {S::Open, S::WaitingCustomer, S::WaitingThirdParty, S::Resolved, S::Closed};
    case S::WaitingCustomer:
        return {S::Open, S::WaitingThirdParty, S::Resolved, S::Closed};
    case S::WaitingThirdParty:
        return {S::Open, S::WaitingCustomer, S::Resolved, S::Closed};
    case S::Resolved:
        return {S::Reopened, S::Closed};
    case S::Closed:
        return {};
    }
    return {};
}

bool SupportService::canTransition(TicketStatus from, TicketStatus to)
{
    return from != to && allowedTransitions(from).contains(to);
}

std::optional<SlaPolicy> SupportService::choosePolicy(const QList<SlaPolicy>& policies,
                                                      TicketPriority priority, TicketChannel channel,
                                                      const QStringList& customerTags)
{
    const SlaPolicy* best = nullptr;
    for (const SlaPolicy& p : policies) {
        if (!p.active || (p.priority && *p.priority != priority) || (p.channel && *p.channel != channel) ||
            (!p.customerGroup.isEmpty() && !customerTags.contains(p.customerGroup, Qt::CaseInsensitive)))
            continue;
        if (!best || p.specificity() > best->specificity() ||
            (p.specificity() == best->specificity() && p.position < best->position))
            best = &p;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

// ---- the shared path of every ticket command -------------------------------------------------------

namespace {

Result<QStringList> customerTags(Connection& c, const Id& customerId)
{
    if (customerId.isNull())
        return QStringList();
    auto q = c.query("SELECT tags FROM customers WHERE id = ?");
    q.bind(customerId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    return *row ? splitTags(q.text(0)) : QStringList();
}

// Starts the clock of a target when the policy has one.
void startClock(Ticket& t, const SlaPolicy* policy, SlaTarget target, int cycle, const BusinessCalendar& cal,
                qint64 at)
{
    if (!policy)
        return;
    const auto minutes = policy->minutesFor(target);
    if (!minutes)
        return;
    t.clocks.append(SlaClock::started(target, cycle, *minutes * msPerMinute, policy->businessHours,
                                      policy->warnShareBp, cal, at));
}

// Measures the ticket's counting clocks on `policy`'s targets from `at` on.
void applyPolicy(Ticket& t, const SlaPolicy* policy, const BusinessCalendar& cal, qint64 at)
{
    t.policyId = policy ? policy->id : Id();
    if (!policy)
        return;
    for (SlaClockState& k : t.clocks) {
        if (k.stopped())
            continue;
        if (const auto minutes = policy->minutesFor(k.target))
            SlaClock::retarget(k, cal, *minutes * msPerMinute, policy->businessHours, policy->warnShareBp,
                               at);
    }
}

} // namespace

Result<BusinessCalendar> SupportService::calendar(const Actor& actor)
{
    return m_calendar.calendar(actor);
}

Result<Ticket> SupportService::change(const Actor& actor, const Id& ticketId,
                                      const std::function<Result<void>(Connection&, Context&, Ticket&)>& work)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    Context ctx;
    if (m_replayContext) {
        ctx.calendar = m_replayContext->calendar;
        ctx.policies = m_replayContext->policies;
        ctx.reopenDays = m_replayContext->reopenDays;
    } else {
        auto read = readContext(actor, c);
        if (!read)
            return fail(read.error());
        ctx = std::move(*read);
    }
    ctx.now = m_replayAt.value_or(m_db.clock().nowMs());

    Ticket t;
    if (!ticketId.isNull()) {
        auto loaded = loadTicket(c, ticketId);
        if (!loaded)
            return fail(loaded.error());
        t = std::move(*loaded);
    }
    const QList<SlaClockState> before = t.clocks;
    const Id assigneeBefore = t.assigneeId;
    // What happened by now is recorded before the command's own change.
    for (SlaClockState& k : t.clocks) {
        SlaClock::settleWarning(k, ctx.now);
        SlaClock::settle(k, ctx.now);
    }
    if (auto ok = work(c, ctx, t); !ok)
        return fail(ok.error());

    // Warnings and breaches recorded by this command: events, notifications, escalation.
    const SlaPolicy* policy = ctx.policy(t.policyId);
    bool escalate = false;
    for (const SlaClockState& k : t.clocks) {
        const auto was = std::find_if(before.cbegin(), before.cend(),
                                      [&](const SlaClockState& b) { return b.id == k.id; });
        const bool newlyWarned = k.warnedAt && (was == before.cend() || !was->warnedAt);
        const bool newlyBreached = k.breachedAt && (was == before.cend() || !was->breachedAt);
        if (newlyWarned && !k.breachedAt) {
            ctx.event(actor, u"warning"_qs, {}, targetCode(k.target));
            ctx.notes.append({t.assigneeId, u"sla_warning"_qs, targetCode(k.target)});
            escalate |= k.running() && policy && policy->escalateAt == SlaPolicy::Escalate::AtWarning;
        }
        if (newlyBreached) {
            ctx.event(actor, u"breach"_qs, {}, targetCode(k.target));
            ctx.notes.append({t.assigneeId, u"sla_breach"_qs, targetCode(k.target)});
            escalate |= k.running() && policy && policy->escalateAt != SlaPolicy::Escalate::Never;
        }
    }
    if (escalate) {
        QStringList did;
        if (policy->escalateRaisesPriority && t.priority != TicketPriority::Urgent) {
            ctx.event(actor, u"priority"_qs, priorityCode(t.priority), priorityCode(raised(t.priority)));
            t.priority = raised(t.priority);
            did.append(priorityCode(t.priority));
        }
        if (!policy->escalateTo.isNull() && policy->escalateTo != t.assigneeId) {
            ctx.event(actor, u"assignee"_qs, t.assigneeId.isNull() ? QString() : t.assigneeId.toString(),
                      policy->escalateTo.toString());
            t.assigneeId = policy->escalateTo;
        }
        ctx.event(actor, u"escalated"_qs, {}, {});
        ctx.notes.append({t.assigneeId, u"escalated"_qs, did.join(u',')});
    }
    if (t.assigneeId != assigneeBefore && !t.assigneeId.isNull() && t.assigneeId != actor.userId)
        ctx.notes.append({t.assigneeId, u"assigned"_qs, {}});

    // ---- write the ticket ----
    const bool insert = ticketId.isNull();
    t.updatedAt = std::max(t.updatedAt, ctx.now);
    std::optional<qint64> due;
    std::optional<qint64> warn;
    bool breached = false;
    for (const SlaClockState& k : t.clocks) {
        breached |= k.breachedAt.has_value();
        if (!k.running())
            continue;
        if (k.dueAt && (!due || *k.dueAt < *due))
            due = k.dueAt;
        if (k.warnAt && (!warn || *k.warnAt < *warn))
            warn = k.warnAt;
    }
    const QJsonObject payload{{u"number"_qs, t.number},
                              {u"subject"_qs, t.subject},
                              {u"channel"_qs, channelCode(t.channel)},
                              {u"customer_id"_qs, json(t.customerId)},
                              {u"contact_name"_qs, t.contactName},
                              {u"contact_address"_qs, t.contactAddress},
                              {u"order_id"_qs, json(t.orderId)},
                              {u"return_id"_qs, json(t.returnId)},
                              {u"product_id"_qs, json(t.productId)},
                              {u"category"_qs, categoryCode(t.category)},
                              {u"priority"_qs, priorityCode(t.priority)},
                              {u"status"_qs, statusCode(t.status)},
                              {u"assignee_id"_qs, json(t.assigneeId)},
                              {u"tags"_qs, joinTags(t.tags)},
                              {u"policy_id"_qs, json(t.policyId)},
                              {u"parent_id"_qs, json(t.parentId)},
                              {u"merged_into"_qs, json(t.mergedInto)},
                              {u"created_at"_qs, double(t.createdAt)},
                              {u"updated_at"_qs, double(t.updatedAt)},
                              {u"first_reply_at"_qs, json(t.firstReplyAt)},
                              {u"resolved_at"_qs, json(t.resolvedAt)},
                              {u"closed_at"_qs, json(t.closedAt)},
                              {u"replies"_qs, t.replies},
                              {u"reopened"_qs, t.reopened},
                              {u"csat"_qs, t.csat ? QJsonValue(*t.csat) : QJsonValue()},
                              {u"csat_comment"_qs, t.csatComment}};
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"tickets", t.id,
                                 insert ? ChangeOp::Insert : ChangeOp::Update, payload);
    if (!hlc)
        return fail(hlc.error());
    {
        auto q = c.query(
            "INSERT INTO tickets(id, number, subject, channel, customer_id, contact_name, contact_address, "
            "order_id, return_id, product_id, category, priority, status, assignee_id, tags, policy_id, "
            "parent_id, merged_into, created_at, updated_at, first_reply_at, resolved_at, closed_at, "
            "replies, "
            "reopened, csat, csat_comment, sla_due_at, sla_warn_at, sla_breached, search_text, hlc) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
            "?20, "
            "?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32) "
            "ON CONFLICT(id) DO UPDATE SET subject = ?3, channel = ?4, customer_id = ?5, contact_name = ?6, "
            "contact_address = ?7, order_id = ?8, return_id = ?9, product_id = ?10, category = ?11, "
            "priority = ?12, status = ?13, assignee_id = ?14, tags = ?15, policy_id = ?16, parent_id = ?17, "
            "merged_into = ?18, updated_at = ?20, first_reply_at = ?21, resolved_at = ?22, closed_at = ?23, "
            "replies = ?24, reopened = ?25, csat = ?26, csat_comment = ?27, sla_due_at = ?28, sla_warn_at = "
            "?29, "
            "sla_breached = ?30, search_text = ?31, hlc = ?32");
        q.bindAll(t.id, t.number, t.subject, channelCode(t.channel), t.customerId, t.contactName,
                  t.contactAddress, t.orderId, t.returnId, t.productId, categoryCode(t.category),
                  priorityCode(t.priority), statusCode(t.status), t.assigneeId, joinTags(t.tags), t.policyId,
                  t.parentId, t.mergedInto, t.createdAt, t.updatedAt, t.firstReplyAt, t.resolvedAt,
                  t.closedAt, t.replies, t.reopened);
        q.bind(t.csat ? std::optional<qint64>(*t.csat) : std::nullopt);
        q.bindAll(t.csatComment, due, warn, breached, searchTextOf(t), *hlc);
        if (auto ok = q.run(); !ok)
            return fail(ok.error());
    }
    // Clocks that changed.
    for (const SlaClockState& k : t.clocks) {
        const auto was = std::find_if(before.cbegin(), before.cend(),
                                      [&](const SlaClockState& b) { return b.id == k.id; });
        const bool same = was != before.cend() && was->targetMs == k.targetMs &&
                          was->business == k.business && was->elapsedMs == k.elapsedMs &&
                          was->runningSince == k.runningSince && was->dueAt == k.dueAt &&
                          was->warnAt == k.warnAt && was->stoppedAt == k.stoppedAt &&
                          was->warnedAt == k.warnedAt && was->breachedAt == k.breachedAt;
        if (same)
            continue;
        auto khlc = ChangeLog::record(m_db, c, actor.userId, u"ticket_clocks", k.id,
                                      was == before.cend() ? ChangeOp::Insert : ChangeOp::Update,
                                      {{u"ticket_id"_qs, t.id.toString()},
                                       {u"kind"_qs, targetCode(k.target)},
                                       {u"cycle"_qs, k.cycle},
                                       {u"target_ms"_qs, double(k.targetMs)},
                                       {u"business"_qs, k.business},
                                       {u"warn_share_bp"_qs, k.warnShareBp},
                                       {u"started_at"_qs, double(k.startedAt)},
                                       {u"elapsed_ms"_qs, double(k.elapsedMs)},
                                       {u"running_since"_qs, json(k.runningSince)},
                                       {u"due_at"_qs, json(k.dueAt)},
                                       {u"warn_at"_qs, json(k.warnAt)},
                                       {u"stopped_at"_qs, json(k.stoppedAt)},
                                       {u"warned_at"_qs, json(k.warnedAt)},
                                       {u"breached_at"_qs, json(k.breachedAt)}});
        if (!khlc)
            return fail(khlc.error());
        auto q =
            c.query("INSERT INTO ticket_clocks(id, ticket_id, kind, cycle, target_ms, business, "
                    "warn_share_bp, started_at, "
                    "elapsed_ms, running_since, due_at, warn_at, stopped_at, warned_at, breached_at, hlc) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
                    "ON CONFLICT(id) DO UPDATE SET target_ms = ?5, business = ?6, warn_share_bp = ?7, "
                    "elapsed_ms = ?9, "
                    "running_since = ?10, due_at = ?11, warn_at = ?12, stopped_at = ?13, warned_at = ?14, "
                    "breached_at = ?15, hlc = ?16");
        q.bindAll(k.id, t.id, targetCode(k.target), k.cycle, k.targetMs, k.business, k.warnShareBp,
                  k.startedAt, k.elapsedMs, k.runningSince, k.dueAt, k.warnAt, k.stoppedAt, k.warnedAt,
                  k.breachedAt, *khlc);
        if (auto ok = q.run(); !ok)
            return fail(ok.error());
    }
    // Events.
    for (const TicketEvent& e : ctx.events) {
        const Id id = Id::create();
        auto ehlc = ChangeLog::record(m_db, c, actor.userId, u"ticket_events", id, ChangeOp::Insert,
                                      {{u"ticket_id"_qs, t.id.toString()},
                                       {u"kind"_qs, e.kind},
                                       {u"from_value"_qs, e.fromValue},
                                       {u"to_value"_qs, e.toValue},
                                       {u"at"_qs, double(e.at)},
                                       {u"user_name"_qs, e.userName},
                                       {u"note"_qs, e.note}});
        if (!ehlc)
            return fail(ehlc.error());
        auto q = c.query("INSERT INTO ticket_events(id, ticket_id, kind, from_value, to_value, at, user_id, "
                         "user_name, note, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bindAll(id, t.id, e.kind, e.fromValue, e.toValue, e.at, actor.userId, e.userName, e.note, *ehlc);
        if (auto ok = q.run(); !ok)
            return fail(ok.error());
    }
    // Notifications: to the assignee, or to everyone who works on tickets when there is none (none
    // for the past of an import).
    if (m_replayAt)
        ctx.notes.clear();
    for (const Context::Note& n : ctx.notes) {
        QList<Id> to;
        if (!n.userId.isNull()) {
            to.append(n.userId);
        } else {
            auto q =
                c.query("SELECT id FROM users WHERE active = 1 AND role IN ('owner', 'manager', 'support')");
            if (auto ok = q.forEachRow([&] { to.append(q.id(0)); }); !ok)
                return fail(ok.error());
        }
        for (const Id& user : to) {
            const Id id = Id::create();
            auto nhlc = ChangeLog::record(m_db, c, actor.userId, u"notifications", id, ChangeOp::Insert,
                                          {{u"user_id"_qs, user.toString()},
                                           {u"kind"_qs, n.kind},
                                           {u"ticket_id"_qs, t.id.toString()},
                                           {u"detail"_qs, n.detail},
                                           {u"created_at"_qs, double(ctx.now)}});
            if (!nhlc)
                return fail(nhlc.error());
            auto q =
                c.query("INSERT INTO notifications(id, user_id, kind, ticket_id, detail, created_at, hlc) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?)");
            q.bindAll(id, user, n.kind, t.id, n.detail, ctx.now, *nhlc);
            if (auto ok = q.run(); !ok)
                return fail(ok.error());
        }
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    if (!m_replayAt)
        Q_EMIT ticketsChanged(t.id);
    if (!ctx.notes.isEmpty())
        Q_EMIT notificationsChanged();
    return loadTicket(c, t.id);
}

Result<SupportService::Context> SupportService::readContext(const Actor& actor, Connection& c)
{
    Context ctx;
    auto cal = m_calendar.calendar(actor);
    if (!cal)
        return fail(cal.error());
    ctx.calendar = std::move(*cal);
    auto policies = readPolicies(c);
    if (!policies)
        return fail(policies.error());
    ctx.policies = std::move(*policies);
    auto days = ShopSettings::read(c, reopenDaysKey);
    if (!days)
        return fail(days.error());
    ctx.reopenDays = days->value(reopenDaysKey, u"7"_qs).toInt();
    return ctx;
}

Result<int> SupportService::importHistory(const Actor& actor, const QList<TicketHistory>& tickets, int batch,
                                          const std::function<bool(int, int)>& progress)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    auto shared = readContext(actor, c);
    if (!shared)
        return fail(shared.error());
    m_replayContext = std::make_unique<Context>(std::move(*shared));
    const auto done = qScopeGuard([this] {
        m_replayContext.reset();
        m_replayAt.reset();
    });
    int written = 0;
    for (qsizetype start = 0; start < tickets.size(); start += std::max(1, batch)) {
        WriteTransaction tx(c);
        if (tx.beginError())
            return fail(*tx.beginError());
        const qsizetype end = std::min(tickets.size(), start + std::max(1, batch));
        for (qsizetype i = start; i < end; ++i) {
            const TicketHistory& h = tickets[i];
            m_replayAt = h.ticket.receivedAt.value_or(m_db.clock().nowMs());
            auto made = create(actor, h.ticket);
            if (!made)
                return fail(made.error());
            Id current = made->id;
            for (const TicketStep& step : h.steps) {
                m_replayAt = step.at;
                Actor who = actor;
                if (!step.userId.isNull() && step.kind != TicketStep::Kind::Assign) {
                    who.userId = step.userId;
                    who.name = step.userName;
                }
                Result<Ticket> r = fail(ErrorCode::Invalid, QString());
                switch (step.kind) {
                case TicketStep::Kind::CustomerMessage:
                    r = addCustomerMessage(who, current, step.body, {}, step.at);
                    break;
                case TicketStep::Kind::Reply:
                    r = reply(who, current, step.body, {},
                              step.withStatus ? std::optional<TicketStatus>(step.status) : std::nullopt);
                    break;
                case TicketStep::Kind::Note:
                    r = addNote(who, current, step.body);
                    break;
                case TicketStep::Kind::Status:
                    r = setStatus(who, current, step.status);
                    break;
                case TicketStep::Kind::Priority:
                    r = setPriority(who, current, step.priority);
                    break;
                case TicketStep::Kind::Assign:
                    r = assign(who, current, step.userId);
                    break;
                case TicketStep::Kind::Csat:
                    r = recordCsat(who, current, step.csat, step.body);
                    break;
                }
                if (!r)
                    return fail(r.error().code,
                                tr("Ticket %1, step %2: %3")
                                    .arg(made->number)
                                    .arg(&step - h.steps.constData() + 1)
                                    .arg(r.error().message),
                                r.error().field);
                current = r->id; // a message after closing lands on a new ticket
            }
            ++written;
        }
        if (auto ok = tx.commit(); !ok)
            return fail(ok.error());
        if (progress && !progress(written, int(tickets.size())))
            return fail(ErrorCode::Cancelled, tr("Cancelled after %1 tickets.").arg(written));
    }
    Q_EMIT ticketsChanged({});
    return written;
}

namespace {

Result<Id> insertMessage(Database& db, Connection& c, const Actor& actor, const Id& ticketId,
                         MessageKind kind, const QString& authorName, const QString& body,
                         const QList<NewAttachment>& attachments, qint64 at)
{
    const Id id = Id::create();
    const Id author = kind == MessageKind::FromCustomer ? Id() : actor.userId;
    auto hlc = ChangeLog::record(db, c, actor.userId, u"ticket_messages", id, ChangeOp::Insert,
                                 {{u"ticket_id"_qs, ticketId.toString()},
                                  {u"kind"_qs, messageKindCode(kind)},
                                  {u"author_id"_qs, json(author)},
                                  {u"author_name"_qs, authorName},
                                  {u"body"_qs, body},
                                  {u"created_at"_qs, double(at)}});
    if (!hlc)
        return fail(hlc.error());
    auto q =
        c.query("INSERT INTO ticket_messages(id, ticket_id, kind, author_id, author_name, body, created_at, "
                "hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(id, ticketId, messageKindCode(kind), author, authorName, body, at, *hlc);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    for (const NewAttachment& a : attachments) {
        const Id aid = Id::create();
        // The file itself is synced with its row; the change log carries what it is.
        auto ahlc = ChangeLog::record(db, c, actor.userId, u"ticket_attachments", aid, ChangeOp::Insert,
                                      {{u"message_id"_qs, id.toString()},
                                       {u"file_name"_qs, a.fileName},
                                       {u"mime_type"_qs, a.mimeType},
                                       {u"size"_qs, double(a.data.size())}});
        if (!ahlc)
            return fail(ahlc.error());
        auto qa =
            c.query("INSERT INTO ticket_attachments(id, message_id, file_name, mime_type, size, data, hlc) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?)");
        qa.bindAll(aid, id, a.fileName, a.mimeType, qint64(a.data.size()), a.data, *ahlc);
        if (auto ok = qa.run(); !ok)
            return fail(ok.error());
    }
    return id;
}

// Moves the ticket to `to` at `at` with the clocks following: waiting pauses, back to work resumes,
// resolved and closed stop them, reopened runs the resolution clock on.
Result<void> moveTo(const Actor& actor, SupportService::Context& ctx, Ticket& t, TicketStatus to,
                    const QString& note, qint64 at)
{
    const TicketStatus from = t.status;
    if (from == to)
        return {};
    if (!SupportService::canTransition(from, to))
        return fail(
            ErrorCode::Conflict,
            QCoreApplication::translate("kontor::SupportService", "A ticket that is %1 cannot become %2.")
                .arg(statusName(from).toLower(), statusName(to).toLower()),
            u"status"_qs);
    const SlaPolicy* policy = ctx.policy(t.policyId);
    if (isWaiting(to)) {
        for (SlaClockState& k : t.clocks) {
            if (!k.stopped() && pausesWhileWaiting(k, policy))
                SlaClock::pause(k, ctx.calendar, at);
        }
    } else if (to == TicketStatus::Resolved || to == TicketStatus::Closed) {
        for (SlaClockState& k : t.clocks)
            SlaClock::stop(k, ctx.calendar, at);
        if (!t.resolvedAt)
            t.resolvedAt = at;
        if (to == TicketStatus::Closed)
            t.closedAt = at;
    } else if (to == TicketStatus::Reopened) {
        ++t.reopened;
        t.resolvedAt.reset();
        if (SlaClockState* k = lastClock(t, SlaTarget::Resolution))
            SlaClock::restart(*k, ctx.calendar, at);
    } else if (isWaiting(from)) {
        for (SlaClockState& k : t.clocks) {
            if (!k.stopped())
                SlaClock::resume(k, ctx.calendar, at);
        }
    }
    ctx.event(actor, u"status"_qs, statusCode(from), statusCode(to), note);
    t.status = to;
    return {};
}

} // namespace

// ---- tickets ----------------------------------------------------------------------------------------

Result<Ticket> SupportService::create(const Actor& actor, const NewTicket& input)
{
    const QString subject = input.subject.trimmed();
    if (subject.isEmpty())
        return fail(ErrorCode::Invalid, tr("A ticket needs a subject."), u"subject"_qs);
    if (input.customerId.isNull() && input.contactName.trimmed().isEmpty() &&
        input.contactAddress.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("Choose the customer, or write who the request is from."),
                    u"customer"_qs);
    return change(actor, {}, [&](Connection& c, Context& ctx, Ticket& t) -> Result<void> {
        auto number = DocumentNumbers::next(c, u"TK", 5, "tickets");
        if (!number)
            return fail(number.error());
        const qint64 at = input.receivedAt.value_or(ctx.now);
        t.id = Id::create();
        t.number = *number;
        t.subject = subject;
        t.channel = input.channel;
        t.customerId = input.customerId;
        t.contactName = input.contactName.trimmed();
        t.contactAddress = input.contactAddress.trimmed();
        t.orderId = input.orderId;
        t.returnId = input.returnId;
        t.productId = input.productId;
        t.category = input.category;
        t.priority = input.priority;
        t.status = TicketStatus::New;
        t.assigneeId = input.assigneeId;
        t.tags = input.tags;
        t.createdAt = at;
        t.updatedAt = at;
        auto tags = customerTags(c, t.customerId);
        if (!tags)
            return fail(tags.error());
        if (!t.customerId.isNull()) {
            auto customer = c.query("SELECT name FROM customers WHERE id = ?");
            customer.bind(t.customerId);
            auto row = customer.next();
            if (!row)
                return fail(row.error());
            if (!*row)
                return fail(ErrorCode::NotFound, tr("The customer does not exist."), u"customer"_qs);
            t.customerName = customer.text(0);
        }
        const auto policy = choosePolicy(ctx.policies, t.priority, t.channel, *tags);
        const SlaPolicy* p = policy ? ctx.policy(policy->id) : nullptr;
        t.policyId = p ? p->id : Id();
        startClock(t, p, SlaTarget::FirstResponse, 0, ctx.calendar, at);
        startClock(t, p, SlaTarget::Resolution, 0, ctx.calendar, at);
        ctx.event(actor, u"created"_qs, {}, statusCode(t.status));
        if (!input.body.trimmed().isEmpty() || !input.attachments.isEmpty()) {
            auto id = insertMessage(m_db, c, actor, t.id, MessageKind::FromCustomer, t.requester(),
                                    input.body.trimmed(), input.attachments, at);
            if (!id)
                return fail(id.error());
        }
        // A clock started in the past may already be late: recorded now, at the instant it was.
        for (SlaClockState& k : t.clocks) {
            SlaClock::settleWarning(k, ctx.now);
            SlaClock::settle(k, ctx.now);
        }
        return {};
    });
}

Result<Ticket> SupportService::addCustomerMessage(const Actor& actor, const Id& ticketId, const QString& body,
                                                  const QList<NewAttachment>& attachments,
                                                  std::optional<qint64> at)
{
    if (body.trimmed().isEmpty() && attachments.isEmpty())
        return fail(ErrorCode::Invalid, tr("The message is empty."), u"body"_qs);
    std::optional<NewTicket> follow; // the ticket is closed: a new one follows it
    auto changed = change(actor, ticketId, [&](Connection& c, Context& ctx, Ticket& t) -> Result<void> {
        if (!t.mergedInto.isNull())
            return fail(ErrorCode::Invalid, tr("This ticket was merged into another; write there."),
                        u"ticket"_qs);
        const qint64 when = at.value_or(ctx.now);
        const bool tooLate = t.status == TicketStatus::Resolved && t.resolvedAt &&
                             when - *t.resolvedAt > qint64(ctx.reopenDays) * msPerDay;
        if (t.status == TicketStatus::Closed || tooLate) {
            NewTicket n;
            n.subject = t.subject;
            n.channel = t.channel;
            n.customerId = t.customerId;
            n.contactName = t.contactName;
            n.contactAddress = t.contactAddress;
            n.orderId = t.orderId;
            n.returnId = t.returnId;
            n.productId = t.productId;
            n.category = t.category;
            n.priority = t.priority;
            n.assigneeId = t.assigneeId;
            n.tags = t.tags;
            n.body = body;
            n.attachments = attachments;
            n.receivedAt = at;
            follow = n;
            if (tooLate) // the old ticket is done with
                return moveTo(actor, ctx, t, TicketStatus::Closed, {}, ctx.now);
            return {};
        }
        auto id = insertMessage(m_db, c, actor, t.id, MessageKind::FromCustomer, t.requester(),
                                body.trimmed(), attachments, when);
        if (!id)
            return fail(id.error());
        if (t.status == TicketStatus::Resolved) {
            if (auto ok = moveTo(actor, ctx, t, TicketStatus::Reopened, {}, when); !ok)
                return ok;
        } else if (isWaiting(t.status)) {
            if (auto ok = moveTo(actor, ctx, t, TicketStatus::Open, {}, when); !ok)
                return ok;
        }
        // After the first reply, each customer message waits for a next response.
        if (t.firstReplyAt && !openClock(t, SlaTarget::NextResponse)) {
            const SlaClockState* last = lastClock(t, SlaTarget::NextResponse);
            startClock(t, ctx.policy(t.policyId), SlaTarget::NextResponse, last ? last->cycle + 1 : 1,
                       ctx.calendar, when);
        }
        return {};
    });
    if (!changed || !follow)
        return changed;
    auto made = create(actor, *follow);
    if (!made)
        return made;
    // Link the new ticket to the old one.
    return change(actor, made->id, [&](Connection&, Context& ctx, Ticket& t) -> Result<void> {
        t.parentId = ticketId;
        ctx.event(actor, u"follows"_qs, {}, changed->number);
        return {};
    });
}

Result<Ticket> SupportService::reply(const Actor& actor, const Id& ticketId, const QString& body,
                                     const QList<NewAttachment>& attachments,
                                     std::optional<TicketStatus> then)
{
    if (body.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("Write the reply first."), u"body"_qs);
    return change(actor, ticketId, [&](Connection& c, Context& ctx, Ticket& t) -> Result<void> {
        if (t.status == TicketStatus::Closed)
            return fail(ErrorCode::Invalid, tr("The ticket is closed."), u"status"_qs);
        // A reply puts a new or reopened ticket to work; `then` moves it on from there.
        const bool toWork = t.status == TicketStatus::New || t.status == TicketStatus::Reopened;
        const TicketStatus base = toWork ? TicketStatus::Open : t.status;
        if (then && *then != base && !canTransition(base, *then))
            return fail(ErrorCode::Conflict,
                        tr("A ticket that is %1 cannot become %2.")
                            .arg(statusName(base).toLower(), statusName(*then).toLower()),
                        u"status"_qs);
        auto id = insertMessage(m_db, c, actor, t.id, MessageKind::Reply, actor.name, body.trimmed(),
                                attachments, ctx.now);
        if (!id)
            return fail(id.error());
        ++t.replies;
        if (!t.firstReplyAt) {
            t.firstReplyAt = ctx.now;
            if (SlaClockState* k = openClock(t, SlaTarget::FirstResponse))
                SlaClock::stop(*k, ctx.calendar, ctx.now);
        }
        if (SlaClockState* k = openClock(t, SlaTarget::NextResponse))
            SlaClock::stop(*k, ctx.calendar, ctx.now);
        if (toWork) {
            if (auto ok = moveTo(actor, ctx, t, TicketStatus::Open, {}, ctx.now); !ok)
                return ok;
        }
        if (then && *then != t.status)
            return moveTo(actor, ctx, t, *then, {}, ctx.now);
        return {};
    });
}

Result<Ticket> SupportService::addNote(const Actor& actor, const Id& ticketId, const QString& body,
                                       const QList<NewAttachment>& attachments)
{
    if (body.trimmed().isEmpty() && attachments.isEmpty())
        return fail(ErrorCode::Invalid, tr("Write the note first."), u"body"_qs);
    return change(actor, ticketId, [&](Connection& c, Context& ctx, Ticket& t) -> Result<void> {
        auto id = insertMessage(m_db, c, actor, t.id, MessageKind::Note, actor.name, body.trimmed(),
                                attachments, ctx.now);
        return id ? Result<void>() : fail(id.error());
    });
}

Result<Ticket> SupportService::setStatus(const Actor& actor, const Id& ticketId, TicketStatus status,
                                         const QString& note)
{
    return change(actor, ticketId, [&](Connection&, Context& ctx, Ticket& t) -> Result<void> {
        if (t.status == status)
            return {};
        return moveTo(actor, ctx, t, status, note.trimmed(), ctx.now);
    });
}

Result<Ticket> SupportService::setPriority(const Actor& actor, const Id& ticketId, TicketPriority priority)
{
    return change(actor, ticketId, [&](Connection& c, Context& ctx, Ticket& t) -> Result<void> {
        if (t.priority == priority)
            return {};
        ctx.event(actor, u"priority"_qs, priorityCode(t.priority), priorityCode(priority));
        t.priority = priority;
        auto tags = customerTags(c, t.customerId);
        if (!tags)
            return fail(tags.error());
        const auto policy = choosePolicy(ctx.policies, t.priority, t.channel, *tags);
        if ((policy ? policy->id : Id()) != t.policyId) {
            ctx.event(actor, u"policy"_qs, t.policyId.isNull() ? QString() : t.policyId.toString(),
                      policy ? policy->id.toString() : QString());
            applyPolicy(t, policy ? ctx.policy(policy->id) : nullptr, ctx.calendar, ctx.now);
        }
        return {};
    });
}

Result<Ticket> SupportService::assign(const Actor& actor, const Id& ticketId, const Id& userId)
{
    return change(actor, ticketId, [&](Connection& c, Context& ctx, Ticket& t) -> Result<void> {
        if (t.assigneeId == userId)
            return {};
        if (!userId.isNull()) {
            auto q = c.query("SELECT active FROM users WHERE id = ?");
            q.bind(userId);
            auto active = q.scalarInt();
            if (!active)
                return fail(active.error());
            if (!*active || **active == 0)
                return fail(ErrorCode::Invalid, tr("This user does not exist or is deactivated."),
                            u"assignee"_qs);
        }
        ctx.event(actor, u"assignee"_qs, t.assigneeId.isNull() ? QString() : t.assigneeId.toString(),
                  userId.isNull() ? QString() : userId.toString());
        t.assigneeId = userId;
        return {};
    });
}

Result<Ticket> SupportService::updateDetails(const Actor& actor, const Id& ticketId, const TicketDetails& d)
{
    const QString subject = d.subject.trimmed();
    if (subject.isEmpty())
        return fail(ErrorCode::Invalid, tr("A ticket needs a subject."), u"subject"_qs);
    return change(actor, ticketId, [&](Connection& c, Context& ctx, Ticket& t) -> Result<void> {
        const bool reselect = t.channel != d.channel || t.customerId != d.customerId;
        t.subject = subject;
        t.channel = d.channel;
        t.customerId = d.customerId;
        t.contactName = d.contactName.trimmed();
        t.contactAddress = d.contactAddress.trimmed();
        t.orderId = d.orderId;
        t.returnId = d.returnId;
        t.productId = d.productId;
        t.category = d.category;
        t.tags = d.tags;
        if (!reselect)
            return {};
        auto tags = customerTags(c, t.customerId);
        if (!tags)
            return fail(tags.error());
        const auto policy = choosePolicy(ctx.policies, t.priority, t.channel, *tags);
        if ((policy ? policy->id : Id()) != t.policyId) {
            ctx.event(actor, u"policy"_qs, t.policyId.isNull() ? QString() : t.policyId.toString(),
                      policy ? policy->id.toString() : QString());
            applyPolicy(t, policy ? ctx.policy(policy->id) : nullptr, ctx.calendar, ctx.now);
        }
        return {};
    });
}

Result<Ticket> SupportService::merge(const Actor& actor, const Id& duplicateId, const Id& targetId)
{
    if (duplicateId == targetId)
        return fail(ErrorCode::Invalid, tr("A ticket cannot be merged into itself."), u"ticket"_qs);
    auto target = ticket(actor, targetId);
    if (!target)
        return target;
    if (!target->mergedInto.isNull() || target->status == TicketStatus::Closed)
        return fail(ErrorCode::Invalid,
                    tr("Ticket %1 is closed; merge into an open ticket.").arg(target->number), u"target"_qs);
    auto moved = change(actor, duplicateId, [&](Connection& c, Context& ctx, Ticket& t) -> Result<void> {
        if (!t.mergedInto.isNull())
            return fail(ErrorCode::Invalid, tr("Ticket %1 was already merged.").arg(t.number), u"ticket"_qs);
        auto q = c.query("SELECT id FROM ticket_messages WHERE ticket_id = ?");
        q.bind(t.id);
        QList<Id> messages;
        if (auto ok = q.forEachRow([&] { messages.append(q.id(0)); }); !ok)
            return ok;
        for (const Id& m : messages) {
            auto hlc = ChangeLog::record(m_db, c, actor.userId, u"ticket_messages", m, ChangeOp::Update,
                                         {{u"ticket_id"_qs, targetId.toString()}});
            if (!hlc)
                return fail(hlc.error());
            auto u = c.query("UPDATE ticket_messages SET ticket_id = ?, hlc = ? WHERE id = ?");
            u.bindAll(targetId, *hlc, m);
            if (auto ok = u.run(); !ok)
                return ok;
        }
        t.mergedInto = targetId;
        ctx.event(actor, u"merged"_qs, t.number, target->number);
        if (t.status == TicketStatus::Resolved || canTransition(t.status, TicketStatus::Closed))
            return moveTo(actor, ctx, t, TicketStatus::Closed, {}, ctx.now);
        return {};
    });
    if (!moved)
        return moved;
    return change(actor, targetId, [&](Connection&, Context& ctx, Ticket&) -> Result<void> {
        ctx.event(actor, u"merged_in"_qs, moved->number, {});
        return {};
    });
}

Result<Ticket> SupportService::split(const Actor& actor, const Id& messageId, const QString& subject)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    auto q = c.query("SELECT ticket_id, created_at, kind FROM ticket_messages WHERE id = ?");
    q.bind(messageId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("No such message."), u"message"_qs);
    const Id fromId = q.id(0);
    const qint64 writtenAt = q.int64(1);
    const bool fromCustomer = q.text(2) == messageKindCode(MessageKind::FromCustomer);
    q.reset();
    auto from = ticket(actor, fromId);
    if (!from)
        return from;
    if (!fromCustomer)
        return fail(ErrorCode::Invalid, tr("Only a customer's message can start a ticket of its own."),
                    u"message"_qs);
    auto count = c.query("SELECT count(*) FROM ticket_messages WHERE ticket_id = ?");
    count.bind(fromId);
    if (auto n = count.scalarInt(); !n || n->value_or(0) < 2)
        return fail(ErrorCode::Invalid,
                    tr("The ticket has only this message; there is nothing to split off."), u"message"_qs);
    NewTicket n;
    n.subject = subject.trimmed().isEmpty() ? from->subject : subject.trimmed();
    n.channel = from->channel;
    n.customerId = from->customerId;
    n.contactName = from->contactName;
    n.contactAddress = from->contactAddress;
    n.category = from->category;
    n.priority = from->priority;
    n.receivedAt = writtenAt;
    // One transaction for the new ticket and the move: made through change() on the new ticket.
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto made = create(actor, n);
    if (!made)
        return made;
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"ticket_messages", messageId, ChangeOp::Update,
                                 {{u"ticket_id"_qs, made->id.toString()}});
    if (!hlc)
        return fail(hlc.error());
    auto u = c.query("UPDATE ticket_messages SET ticket_id = ?, hlc = ? WHERE id = ?");
    u.bindAll(made->id, *hlc, messageId);
    if (auto ok = u.run(); !ok)
        return fail(ok.error());
    auto linked = change(actor, made->id, [&](Connection&, Context& ctx, Ticket& t) -> Result<void> {
        t.parentId = fromId;
        ctx.event(actor, u"split_from"_qs, from->number, {});
        return {};
    });
    if (!linked)
        return linked;
    auto old = change(actor, fromId, [&](Connection&, Context& ctx, Ticket&) -> Result<void> {
        ctx.event(actor, u"split"_qs, {}, linked->number);
        return {};
    });
    if (!old)
        return fail(old.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    return ticket(actor, linked->id);
}

Result<Ticket> SupportService::recordCsat(const Actor& actor, const Id& ticketId, int score,
                                          const QString& comment)
{
    if (score < 1 || score > 5)
        return fail(ErrorCode::Invalid, tr("Satisfaction is rated from 1 to 5."), u"csat"_qs);
    return change(actor, ticketId, [&](Connection&, Context& ctx, Ticket& t) -> Result<void> {
        if (t.status != TicketStatus::Resolved && t.status != TicketStatus::Closed)
            return fail(ErrorCode::Invalid, tr("Satisfaction is asked once the ticket is resolved."),
                        u"csat"_qs);
        ctx.event(actor, u"csat"_qs, t.csat ? QString::number(*t.csat) : QString(), QString::number(score),
                  comment.trimmed());
        t.csat = score;
        t.csatComment = comment.trimmed();
        return {};
    });
}

Result<SupportService::SweepResult> SupportService::sweep(const Actor& actor)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    const qint64 now = m_db.clock().nowMs();
    Connection& c = m_db.connection();
    QList<Id> due;
    {
        auto q = c.query("SELECT DISTINCT ticket_id FROM ticket_clocks WHERE running_since IS NOT NULL AND "
                         "((due_at <= ?1 AND breached_at IS NULL) OR (warn_at <= ?1 AND warned_at IS NULL))");
        q.bind(now);
        if (auto ok = q.forEachRow([&] { due.append(q.id(0)); }); !ok)
            return fail(ok.error());
    }
    SweepResult result;
    for (const Id& id : due) {
        auto before = events(actor, id);
        if (!before)
            return fail(before.error());
        auto done = change(actor, id, [](Connection&, Context&, Ticket&) -> Result<void> { return {}; });
        if (!done)
            return fail(done.error());
        auto after = events(actor, id);
        if (!after)
            return fail(after.error());
        for (qsizetype i = before->size(); i < after->size(); ++i) {
            const QString& kind = (*after)[i].kind;
            result.warnings += kind == u"warning" ? 1 : 0;
            result.breaches += kind == u"breach" ? 1 : 0;
            result.escalations += kind == u"escalated" ? 1 : 0;
        }
    }
    // Resolved tickets close once the reopen period is over.
    auto days = reopenDays(actor);
    if (!days)
        return fail(days.error());
    QList<Id> stale;
    {
        auto q = c.query("SELECT id FROM tickets WHERE status = 'resolved' AND resolved_at <= ?");
        q.bind(now - qint64(*days) * msPerDay);
        if (auto ok = q.forEachRow([&] { stale.append(q.id(0)); }); !ok)
            return fail(ok.error());
    }
    for (const Id& id : stale) {
        auto closed = change(actor, id, [&](Connection&, Context& ctx, Ticket& t) -> Result<void> {
            return moveTo(actor, ctx, t, TicketStatus::Closed, {}, ctx.now);
        });
        if (!closed)
            return fail(closed.error());
        ++result.closed;
    }
    return result;
}

// ---- reads ---------------------------------------------------------------------------------------------

Result<Ticket> SupportService::ticket(const Actor& actor, const Id& ticketId)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    return loadTicket(m_db.connection(), ticketId);
}

Result<Ticket> SupportService::ticketByNumber(const Actor& actor, const QString& number)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    auto q = m_db.connection().query("SELECT id FROM tickets WHERE number = ?");
    q.bind(number.trimmed());
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no ticket %1.").arg(number.trimmed()), u"number"_qs);
    const Id id = q.id(0);
    q.reset();
    return loadTicket(m_db.connection(), id);
}

Result<QList<TicketMessage>> SupportService::messages(const Actor& actor, const Id& ticketId)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    auto q = c.query("SELECT m.id, m.kind, m.author_id, m.author_name, m.body, m.created_at, u.name, u.role "
                     "FROM ticket_messages m LEFT JOIN users u ON u.id = m.author_id "
                     "WHERE m.ticket_id = ? ORDER BY m.created_at, m.local_id");
    q.bind(ticketId);
    QList<TicketMessage> list;
    QHash<Id, int> at;
    if (auto ok = q.forEachRow([&] {
            TicketMessage m;
            m.id = q.id(0);
            m.ticketId = ticketId;
            m.kind = messageKindFromCode(q.text(1)).value_or(MessageKind::Note);
            m.authorId = q.id(2);
            m.authorName = q.text(3);
            if (m.authorName.isEmpty())
                m.authorName = userName(q.text(6), q.text(7));
            m.body = q.text(4);
            m.createdAt = q.int64(5);
            at.insert(m.id, int(list.size()));
            list.append(m);
        });
        !ok)
        return fail(ok.error());
    auto a =
        c.query("SELECT a.id, a.message_id, a.file_name, a.mime_type, a.size FROM ticket_attachments a "
                "JOIN ticket_messages m ON m.id = a.message_id WHERE m.ticket_id = ? ORDER BY a.local_id");
    a.bind(ticketId);
    if (auto ok = a.forEachRow([&] {
            if (auto it = at.constFind(a.id(1)); it != at.cend())
                list[*it].attachments.append(TicketAttachment{a.id(0), a.text(2), a.text(3), a.int64(4), {}});
        });
        !ok)
        return fail(ok.error());
    return list;
}

Result<TicketAttachment> SupportService::attachment(const Actor& actor, const Id& attachmentId)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    auto q = m_db.connection().query(
        "SELECT id, file_name, mime_type, size, data FROM ticket_attachments WHERE id = ?");
    q.bind(attachmentId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("No such attachment."));
    return TicketAttachment{q.id(0), q.text(1), q.text(2), q.int64(3), q.blob(4)};
}

Result<QList<TicketEvent>> SupportService::events(const Actor& actor, const Id& ticketId)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    auto q =
        m_db.connection().query("SELECT kind, from_value, to_value, at, user_name, note FROM ticket_events "
                                "WHERE ticket_id = ? ORDER BY at, local_id");
    q.bind(ticketId);
    QList<TicketEvent> list;
    if (auto ok = q.forEachRow([&] {
            list.append(TicketEvent{q.text(0), q.text(1), q.text(2), q.int64(3), q.text(4), q.text(5)});
        });
        !ok)
        return fail(ok.error());
    return list;
}

Result<QList<TicketListRow>> SupportService::list(const Actor& actor, const TicketFilter& filter)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    QByteArray sql =
        "SELECT t.id, t.number, t.subject, t.status, t.priority, t.channel, t.category, "
        "coalesce(cu.name, t.contact_name), t.customer_id, t.assignee_id, coalesce(u.name, ''), u.role, "
        "t.created_at, t.updated_at, t.sla_due_at, t.sla_warn_at, t.sla_breached, "
        "coalesce(sp.business_hours, 1) FROM tickets t LEFT JOIN customers cu ON cu.id = t.customer_id "
        "LEFT JOIN users u ON u.id = t.assignee_id LEFT JOIN sla_policies sp ON sp.id = t.policy_id "
        "WHERE 1";
    if (filter.openOnly)
        sql += " AND t.status NOT IN ('resolved', 'closed')";
    if (filter.status)
        sql += " AND t.status = :status";
    if (filter.priority)
        sql += " AND t.priority = :priority";
    if (filter.channel)
        sql += " AND t.channel = :channel";
    if (filter.queue == TicketQueue::Mine)
        sql += " AND t.assignee_id = :me";
    else if (filter.queue == TicketQueue::Unassigned)
        sql += " AND t.assignee_id IS NULL";
    if (!filter.customerId.isNull())
        sql += " AND t.customer_id = :customer";
    if (!filter.orderId.isNull())
        sql += " AND t.order_id = :order";
    if (!filter.productId.isNull())
        sql += " AND t.product_id = :product";
    const QStringList terms = SearchText::terms(filter.text);
    for (qsizetype i = 0; i < terms.size(); ++i)
        sql += " AND t.search_text LIKE :term" + QByteArray::number(i) + " ESCAPE '\\'";
    // Urgency: a running deadline first (nearest first), then by priority and age.
    sql += " ORDER BY t.sla_due_at IS NULL, t.sla_due_at, CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' "
           "THEN 1 "
           "WHEN 'normal' THEN 2 ELSE 3 END, t.created_at LIMIT :limit";
    // Named parameters bound in the order they appear.
    auto q = m_db.connection().query(sql);
    if (filter.status)
        q.bind(statusCode(*filter.status));
    if (filter.priority)
        q.bind(priorityCode(*filter.priority));
    if (filter.channel)
        q.bind(channelCode(*filter.channel));
    if (filter.queue == TicketQueue::Mine)
        q.bind(filter.me);
    if (!filter.customerId.isNull())
        q.bind(filter.customerId);
    if (!filter.orderId.isNull())
        q.bind(filter.orderId);
    if (!filter.productId.isNull())
        q.bind(filter.productId);
    for (const QString& term : terms) {
        QString escaped = term;
        escaped.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
        q.bind(u'%' + escaped + u'%');
    }
    q.bind(qint64(filter.limit));
    QList<TicketListRow> rows;
    if (auto ok = q.forEachRow([&] {
            TicketListRow r;
            r.id = q.id(0);
            r.number = q.text(1);
            r.subject = q.text(2);
            r.status = statusFromCode(q.text(3)).value_or(TicketStatus::Open);
            r.priority = priorityFromCode(q.text(4)).value_or(TicketPriority::Normal);
            r.channel = channelFromCode(q.text(5)).value_or(TicketChannel::Email);
            r.category = categoryFromCode(q.text(6)).value_or(TicketCategory::Other);
            r.requester = q.text(7);
            r.customerId = q.id(8);
            r.assigneeId = q.id(9);
            r.assigneeName = userName(q.text(10), q.text(11));
            r.createdAt = q.int64(12);
            r.updatedAt = q.int64(13);
            r.slaDueAt = q.optInt64(14);
            r.slaWarnAt = q.optInt64(15);
            r.slaBreached = q.int64(16) != 0;
            r.businessHours = q.int64(17) != 0;
            rows.append(r);
        });
        !ok)
        return fail(ok.error());
    return rows;
}

Result<QList<TicketSla>> SupportService::slaSummary(const Actor& actor, bool openOnly)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    // Policies are few: their clock is looked up here rather than joined per ticket.
    QHash<Id, bool> business;
    {
        auto q = m_db.connection().query("SELECT id, business_hours FROM sla_policies");
        if (auto ok = q.forEachRow([&] { business.insert(q.id(0), q.int64(1) != 0); }); !ok)
            return fail(ok.error());
    }
    auto q = m_db.connection().query(
        openOnly ? "SELECT id, status, sla_due_at, sla_warn_at, sla_breached, policy_id FROM tickets "
                   "WHERE status NOT IN ('resolved', 'closed')"
                 : "SELECT id, status, sla_due_at, sla_warn_at, sla_breached, policy_id FROM tickets");
    QList<TicketSla> rows;
    if (auto ok = q.forEachRow([&] {
            TicketSla r;
            r.id = q.id(0);
            r.status = statusFromCode(q.text(1)).value_or(TicketStatus::Open);
            r.dueAt = q.optInt64(2);
            r.warnAt = q.optInt64(3);
            r.breached = q.int64(4) != 0;
            r.businessHours = business.value(q.id(5), true);
            rows.append(r);
        });
        !ok)
        return fail(ok.error());
    return rows;
}

// ---- notifications ----------------------------------------------------------------------------------

Result<QList<Notification>> SupportService::notifications(const Actor& actor, int limit)
{
    auto q = m_db.connection().query(
        "SELECT n.id, n.kind, n.ticket_id, coalesce(t.number, ''), coalesce(t.subject, ''), n.detail, "
        "n.created_at, "
        "n.read_at IS NOT NULL FROM notifications n LEFT JOIN tickets t ON t.id = n.ticket_id "
        "WHERE n.user_id = ? AND n.read_at IS NULL ORDER BY n.created_at DESC, n.local_id DESC LIMIT ?");
    q.bindAll(actor.userId, qint64(limit));
    QList<Notification> list;
    if (auto ok = q.forEachRow([&] {
            list.append(Notification{q.id(0), q.text(1), q.id(2), q.text(3), q.text(4), q.text(5), q.int64(6),
                                     q.int64(7) != 0});
        });
        !ok)
        return fail(ok.error());
    return list;
}

Result<int> SupportService::unreadCount(const Actor& actor)
{
    auto q =
        m_db.connection().query("SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL");
    q.bind(actor.userId);
    auto n = q.scalarInt();
    if (!n)
        return fail(n.error());
    return int(n->value_or(0));
}

Result<void> SupportService::markRead(const Actor& actor, const QList<Id>& notificationIds)
{
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const qint64 now = m_db.clock().nowMs();
    for (const Id& id : notificationIds) {
        auto hlc = ChangeLog::record(m_db, c, actor.userId, u"notifications", id, ChangeOp::Update,
                                     {{u"read_at"_qs, double(now)}});
        if (!hlc)
            return fail(hlc.error());
        auto q = c.query(
            "UPDATE notifications SET read_at = ?, hlc = ? WHERE id = ? AND user_id = ? AND read_at IS NULL");
        q.bindAll(now, *hlc, id, actor.userId);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT notificationsChanged();
    return {};
}

// ---- SLA policies -----------------------------------------------------------------------------------

Result<QList<SlaPolicy>> SupportService::policies(const Actor& actor, bool includeInactive)
{
    Q_UNUSED(actor); // the targets are no secret
    auto all = readPolicies(m_db.connection());
    if (!all || includeInactive)
        return all;
    QList<SlaPolicy> active;
    for (const SlaPolicy& p : *all) {
        if (p.active)
            active.append(p);
    }
    return active;
}

Result<SlaPolicy> SupportService::savePolicy(const Actor& actor, const SlaPolicy& input)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return fail(ok.error());
    SlaPolicy p = input;
    p.name = p.name.trimmed();
    p.customerGroup = p.customerGroup.trimmed();
    if (p.name.isEmpty() && p.code.isEmpty())
        return fail(ErrorCode::Invalid, tr("The policy needs a name."), u"name"_qs);
    if (!p.firstResponseMinutes && !p.nextResponseMinutes && !p.resolutionMinutes)
        return fail(ErrorCode::Invalid, tr("Set at least one target."), u"targets"_qs);
    for (const auto& m : {p.firstResponseMinutes, p.nextResponseMinutes, p.resolutionMinutes}) {
        if (m && *m <= 0)
            return fail(ErrorCode::Invalid, tr("A target must be longer than zero."), u"targets"_qs);
    }
    if (p.warnShareBp < 1 || p.warnShareBp > 10000)
        return fail(ErrorCode::Invalid, tr("The amber share is between 1 and 100 %."), u"warn_share"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const bool insert = p.id.isNull();
    if (insert)
        p.id = Id::create();
    const auto minutes = [](std::optional<int> m) { return m ? QJsonValue(*m) : QJsonValue(); };
    const QJsonObject payload{{u"code"_qs, p.code},
                              {u"name"_qs, p.name},
                              {u"position"_qs, p.position},
                              {u"priority"_qs, p.priority ? priorityCode(*p.priority) : QString()},
                              {u"channel"_qs, p.channel ? channelCode(*p.channel) : QString()},
                              {u"customer_group"_qs, p.customerGroup},
                              {u"first_response_min"_qs, minutes(p.firstResponseMinutes)},
                              {u"next_response_min"_qs, minutes(p.nextResponseMinutes)},
                              {u"resolution_min"_qs, minutes(p.resolutionMinutes)},
                              {u"business_hours"_qs, p.businessHours},
                              {u"pause_first_response"_qs, p.pauseFirstResponse},
                              {u"warn_share_bp"_qs, p.warnShareBp},
                              {u"escalate_at"_qs, escalateCode(p.escalateAt)},
                              {u"escalate_priority"_qs, p.escalateRaisesPriority},
                              {u"escalate_to"_qs, json(p.escalateTo)},
                              {u"active"_qs, p.active}};
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"sla_policies", p.id,
                                 insert ? ChangeOp::Insert : ChangeOp::Update, payload);
    if (!hlc)
        return fail(hlc.error());
    const qint64 now = m_db.clock().nowMs();
    auto q = c.query(
        "INSERT INTO sla_policies(id, code, name, position, priority, channel, customer_group, "
        "first_response_min, "
        "next_response_min, resolution_min, business_hours, pause_first_response, warn_share_bp, "
        "escalate_at, "
        "escalate_priority, escalate_to, active, hlc, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, "
        "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) ON CONFLICT(id) DO UPDATE SET name = ?3, position = "
        "?4, "
        "priority = ?5, channel = ?6, customer_group = ?7, first_response_min = ?8, next_response_min = ?9, "
        "resolution_min = ?10, business_hours = ?11, pause_first_response = ?12, warn_share_bp = ?13, "
        "escalate_at = ?14, escalate_priority = ?15, escalate_to = ?16, active = ?17, hlc = ?18, updated_at "
        "= ?19");
    const auto optMinutes = [](std::optional<int> m) { return m ? std::optional<qint64>(*m) : std::nullopt; };
    q.bindAll(p.id, p.code, p.name, p.position, p.priority ? priorityCode(*p.priority) : QString(),
              p.channel ? channelCode(*p.channel) : QString(), p.customerGroup,
              optMinutes(p.firstResponseMinutes), optMinutes(p.nextResponseMinutes),
              optMinutes(p.resolutionMinutes), p.businessHours, p.pauseFirstResponse, p.warnShareBp,
              escalateCode(p.escalateAt), p.escalateRaisesPriority, p.escalateTo, p.active, *hlc, now);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, now, insert ? u"sla_policy.create" : u"sla_policy.update",
                                   u"sla_policies", p.id, policyName(p), {}, payload);
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    // Open tickets under the policy are measured on its new terms.
    if (!insert) {
        auto open =
            c.query("SELECT id FROM tickets WHERE policy_id = ? AND status NOT IN ('resolved', 'closed')");
        open.bind(p.id);
        QList<Id> ids;
        if (auto ok = open.forEachRow([&] { ids.append(open.id(0)); }); !ok)
            return fail(ok.error());
        Actor system = actor;
        system.permissions |= Permission::HandleTickets;
        for (const Id& id : ids) {
            auto done = change(system, id, [&](Connection&, Context& ctx, Ticket& t) -> Result<void> {
                applyPolicy(t, ctx.policy(p.id), ctx.calendar, ctx.now);
                return {};
            });
            if (!done)
                return fail(done.error());
        }
    }
    Q_EMIT policiesChanged();
    return p;
}

Result<int> SupportService::reopenDays(const Actor& actor)
{
    Q_UNUSED(actor);
    auto values = ShopSettings::read(m_db.connection(), reopenDaysKey);
    if (!values)
        return fail(values.error());
    return values->value(reopenDaysKey, u"7"_qs).toInt();
}

Result<void> SupportService::setReopenDays(const Actor& actor, int days)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return ok;
    if (days < 0 || days > 365)
        return fail(ErrorCode::Invalid, tr("The reopen period is from 0 to 365 days."), u"reopen_days"_qs);
    auto before = reopenDays(actor);
    if (!before)
        return fail(before.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    if (auto ok = ShopSettings::write(m_db, c, actor.userId, reopenDaysKey, QString::number(days)); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"settings.support", u"settings",
                                   ShopSettings::rowId(reopenDaysKey), tr("Reopen period changed"),
                                   {{u"reopen_days"_qs, *before}}, {{u"reopen_days"_qs, days}});
        !ok)
        return ok;
    return tx.commit();
}

// ---- canned responses and articles ------------------------------------------------------------------

Result<QList<CannedResponse>> SupportService::cannedResponses(const Actor& actor)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    auto q = m_db.connection().query(
        "SELECT id, title, body FROM canned_responses WHERE archived = 0 ORDER BY title COLLATE NOCASE");
    QList<CannedResponse> list;
    if (auto ok = q.forEachRow([&] { list.append(CannedResponse{q.id(0), q.text(1), q.text(2)}); }); !ok)
        return fail(ok.error());
    return list;
}

Result<CannedResponse> SupportService::saveCannedResponse(const Actor& actor, const CannedResponse& input)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    CannedResponse r = input;
    r.title = r.title.trimmed();
    r.body = r.body.trimmed();
    if (r.title.isEmpty())
        return fail(ErrorCode::Invalid, tr("The response needs a title."), u"title"_qs);
    if (r.body.isEmpty())
        return fail(ErrorCode::Invalid, tr("The response needs its text."), u"body"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const bool insert = r.id.isNull();
    if (insert)
        r.id = Id::create();
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"canned_responses", r.id,
                                 insert ? ChangeOp::Insert : ChangeOp::Update,
                                 {{u"title"_qs, r.title}, {u"body"_qs, r.body}, {u"archived"_qs, false}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO canned_responses(id, title, body, hlc, updated_at) VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(id) DO UPDATE SET title = ?2, body = ?3, archived = 0, hlc = ?4, updated_at = ?5");
    q.bindAll(r.id, r.title, r.body, *hlc, m_db.clock().nowMs());
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT cannedResponsesChanged();
    return r;
}

Result<void> SupportService::removeCannedResponse(const Actor& actor, const Id& responseId)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"canned_responses", responseId, ChangeOp::Update,
                                 {{u"archived"_qs, true}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("UPDATE canned_responses SET archived = 1, hlc = ? WHERE id = ?");
    q.bindAll(*hlc, responseId);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT cannedResponsesChanged();
    return {};
}

Result<QString> SupportService::fillPlaceholders(const Actor& actor, const Id& ticketId, const QString& text)
{
    auto t = ticket(actor, ticketId);
    if (!t)
        return fail(t.error());
    QString tracking;
    if (!t->orderId.isNull()) {
        auto q = m_db.connection().query("SELECT tracking_number FROM sales_orders WHERE id = ?");
        q.bind(t->orderId);
        if (auto row = q.next(); row && *row)
            tracking = q.text(0);
    }
    const QString name = t->requester();
    const QHash<QString, QString> values{
        {u"customer_name"_qs, name},          {u"customer_first_name"_qs, name.section(u' ', 0, 0)},
        {u"ticket_number"_qs, t->number},     {u"order_number"_qs, t->orderNumber},
        {u"tracking_number"_qs, tracking},    {u"agent_name"_qs, actor.name},
        {u"product_name"_qs, t->productName},
    };
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_qs);
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        out += values.contains(key) ? values.value(key) : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

Result<QList<KbArticle>> SupportService::articles(const Actor& actor, const QString& text)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    const QString needle = text.trimmed();
    QList<KbArticle> list;
    const auto read = [&](Query& q) {
        return q.forEachRow([&] {
            list.append(KbArticle{q.id(0), q.text(1), q.text(2), splitTags(q.text(3)), q.int64(4)});
        });
    };
    Result<void> ok;
    if (needle.size() >= 3) {
        // The trigram index finds any part of three letters or more.
        QString phrase = needle;
        phrase.replace(u'"', u"\"\""_qs);
        auto q = m_db.connection().query(
            "SELECT a.id, a.title, a.body, a.tags, a.updated_at FROM kb_articles_fts f JOIN kb_articles a "
            "ON a.local_id = f.rowid WHERE kb_articles_fts MATCH ? AND a.archived = 0 ORDER BY a.updated_at "
            "DESC");
        q.bind(u'"' + phrase + u'"');
        ok = read(q);
    } else {
        auto q = m_db.connection().query(
            "SELECT id, title, body, tags, updated_at FROM kb_articles WHERE archived = 0 AND (?1 = '' OR "
            "title LIKE '%' || ?1 || '%' OR body LIKE '%' || ?1 || '%' OR tags LIKE '%' || ?1 || '%') "
            "ORDER BY updated_at DESC");
        q.bind(needle);
        ok = read(q);
    }
    if (!ok)
        return fail(ok.error());
    return list;
}

Result<KbArticle> SupportService::saveArticle(const Actor& actor, const KbArticle& input)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return fail(ok.error());
    KbArticle a = input;
    a.title = a.title.trimmed();
    a.body = a.body.trimmed();
    if (a.title.isEmpty())
        return fail(ErrorCode::Invalid, tr("The article needs a title."), u"title"_qs);
    if (a.body.isEmpty())
        return fail(ErrorCode::Invalid, tr("The article needs its text."), u"body"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const bool insert = a.id.isNull();
    if (insert)
        a.id = Id::create();
    a.updatedAt = m_db.clock().nowMs();
    const QString tags = joinTags(a.tags);
    auto hlc = ChangeLog::record(
        m_db, c, actor.userId, u"kb_articles", a.id, insert ? ChangeOp::Insert : ChangeOp::Update,
        {{u"title"_qs, a.title}, {u"body"_qs, a.body}, {u"tags"_qs, tags}, {u"archived"_qs, false}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO kb_articles(id, title, body, tags, hlc, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(id) DO UPDATE SET title = ?2, body = ?3, tags = ?4, archived = 0, hlc = ?5, "
        "updated_at = ?6");
    q.bindAll(a.id, a.title, a.body, tags, *hlc, a.updatedAt);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    a.tags = splitTags(tags);
    Q_EMIT articlesChanged();
    return a;
}

Result<void> SupportService::removeArticle(const Actor& actor, const Id& articleId)
{
    if (auto ok = require(actor, Permission::HandleTickets); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"kb_articles", articleId, ChangeOp::Update,
                                 {{u"archived"_qs, true}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("UPDATE kb_articles SET archived = 1, hlc = ? WHERE id = ?");
    q.bindAll(*hlc, articleId);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT articlesChanged();
    return {};
}

} // namespace kontor

#pragma once

// Support: the values of customer support — tickets, their messages, SLA policies and the clocks
// that measure a ticket against its policy. SupportService keeps them; SlaClock does the clock
// arithmetic; SupportMetrics computes the quality figures.

#include "common/Id.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kontor {

enum class TicketStatus
{
    New,
    Open,
    WaitingCustomer,
    WaitingThirdParty,
    Resolved,
    Closed,
    Reopened
};

enum class TicketPriority
{
    Low,
    Normal,
    High,
    Urgent
};

enum class TicketChannel
{
    Email,
    Phone,
    Chat,
    Messenger,
    Social,
    Marketplace,
    WebForm
};

enum class TicketCategory
{
    Delivery,
    Return,
    Payment,
    ProductQuestion,
    Complaint,
    Other
};

enum class MessageKind
{
    FromCustomer,
    Reply, // to the customer
    Note   // internal, never sent
};

enum class SlaTarget
{
    FirstResponse,
    NextResponse,
    Resolution
};

// Where a ticket or one of its targets stands against the SLA at a moment.
enum class SlaState
{
    None,     // no target (or no running clock)
    Ok,       // running, less than the amber share used
    Warning,  // running, the amber share used
    Breached, // past the target (still running, or paused after it)
    Paused,   // waiting for the customer or a third party, within the target
    Met,      // done within the target
    Missed    // done after the target
};

// An attachment of a message; `data` is filled only when read on its own.
struct TicketAttachment
{
    Id id;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray data;
};

struct TicketMessage
{
    Id id;
    Id ticketId;
    MessageKind kind = MessageKind::FromCustomer;
    Id authorId; // the user for replies and notes; empty for the customer
    QString authorName;
    QString body;
    qint64 createdAt = 0;
    QList<TicketAttachment> attachments; // without data
};

// One SLA target of a ticket (ticket_clocks): elapsed time counts in the policy's clock up to
// `runningSince`; while it runs `dueAt`/`warnAt` are the instants it reaches the target and the
// amber share of it.
struct SlaClockState
{
    Id id;
    SlaTarget target = SlaTarget::Resolution;
    int cycle = 0; // next responses: 1, 2, ...
    qint64 targetMs = 0;
    bool business = true;
    int warnShareBp = 7500;
    qint64 startedAt = 0;
    qint64 elapsedMs = 0;
    std::optional<qint64> runningSince;
    std::optional<qint64> dueAt;
    std::optional<qint64> warnAt;
    std::optional<qint64> stoppedAt;
    std::optional<qint64> warnedAt;
    std::optional<qint64> breachedAt;

    bool running() const { return runningSince.has_value(); }
    bool stopped() const { return stoppedAt.has_value(); }
};

struct Ticket
{
    Id id;
    QString number; // TK-00042
    QString subject;
    TicketChannel channel = TicketChannel::Email;
    Id customerId;
    QString customerName; // read
    QString contactName;  // an unknown contact, as they wrote
    QString contactAddress;
    Id orderId;
    QString orderNumber; // read
    Id returnId;
    QString returnNumber; // read
    Id productId;
    QString productName; // read
    TicketCategory category = TicketCategory::Other;
    TicketPriority priority = TicketPriority::Normal;
    TicketStatus status = TicketStatus::New;
    Id assigneeId;
    QString assigneeName; // read
    QStringList tags;
    Id policyId;
    Id parentId;
    QString parentNumber; // read
    Id mergedInto;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> firstReplyAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    int replies = 0;
    int reopened = 0;
    std::optional<int> csat; // 1..5
    QString csatComment;
    QList<SlaClockState> clocks; // read

    // Who the ticket is from: the customer's name, else the contact's.
    QString requester() const { return customerName.isEmpty() ? contactName : customerName; }
    bool isOpen() const { return status != TicketStatus::Resolved && status != TicketStatus::Closed; }
};

struct NewAttachment
{
    QString fileName;
    QString mimeType;
    QByteArray data;
};

// A new ticket: what the customer wrote (or what an agent took down from a call).
struct NewTicket
{
    QString subject;
    TicketChannel channel = TicketChannel::Email;
    Id customerId;
    QString contactName;
    QString contactAddress;
    Id orderId;
    Id returnId;
    Id productId;
    TicketCategory category = TicketCategory::Other;
    TicketPriority priority = TicketPriority::Normal;
    Id assigneeId;
    QStringList tags;
    QString body; // the customer's first message; may be empty
    QList<NewAttachment> attachments;
    std::optional<qint64> receivedAt; // when the customer wrote (null: now)
};

// One step of a ticket's past (an import from another help desk, the demo): replayed as the command
// it stands for, at its time.
struct TicketStep
{
    enum class Kind
    {
        CustomerMessage,
        Reply,
        Note,
        Status,
        Priority,
        Assign,
        Csat
    };
    Kind kind = Kind::Reply;
    qint64 at = 0;
    QString body;                             // messages; the CSAT comment
    TicketStatus status = TicketStatus::Open; // Status; Reply: the status to move to with it
    bool withStatus = false;                  // Reply: move to `status` with it
    TicketPriority priority = TicketPriority::Normal;
    Id userId; // who: the agent of a reply, note or change; the assignee of Assign
    QString userName;
    int csat = 0;
};

struct TicketHistory
{
    NewTicket ticket; // ticket.receivedAt: when it was opened
    QList<TicketStep> steps;
};

// What an agent may change on a ticket besides its status, priority and assignee.
struct TicketDetails
{
    QString subject;
    TicketChannel channel = TicketChannel::Email;
    Id customerId;
    QString contactName;
    QString contactAddress;
    Id orderId;
    Id returnId;
    Id productId;
    TicketCategory category = TicketCategory::Other;
    QStringList tags;
};

struct TicketListRow
{
    Id id;
    QString number;
    QString subject;
    TicketStatus status = TicketStatus::New;
    TicketPriority priority = TicketPriority::Normal;
    TicketChannel channel = TicketChannel::Email;
    TicketCategory category = TicketCategory::Other;
    QString requester;
    Id customerId;
    Id assigneeId;
    QString assigneeName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> slaDueAt;  // the earliest deadline of a running clock
    std::optional<qint64> slaWarnAt; // when the first running clock turns amber
    bool slaBreached = false;        // a target of this ticket was ever breached
    bool businessHours = true;       // the policy's clock
};

// What the SLA state of a ticket is read from: the summary columns of its clocks.
struct TicketSla
{
    Id id;
    TicketStatus status = TicketStatus::New;
    std::optional<qint64> dueAt;  // the earliest deadline of a running clock
    std::optional<qint64> warnAt; // when the first running clock turns amber
    bool breached = false;        // a target of this ticket was ever breached
    bool businessHours = true;    // the policy's clock
};

enum class TicketQueue
{
    All,
    Mine,
    Unassigned
};

struct TicketFilter
{
    TicketQueue queue = TicketQueue::All;
    Id me;                // for TicketQueue::Mine
    bool openOnly = true; // not resolved or closed
    std::optional<TicketStatus> status;
    std::optional<TicketPriority> priority;
    std::optional<TicketChannel> channel;
    QString text; // number, subject, requester, contact address
    Id customerId;
    Id orderId;
    Id productId;
    int limit = 5000;
};

struct SlaPolicy
{
    Id id;
    QString code; // a built-in policy ("standard", "high", "urgent"); empty for the shop's own
    QString name; // empty for a built-in one: SupportKinds::policyName() names it
    int position = 0;
    // Criteria; empty: any.
    std::optional<TicketPriority> priority;
    std::optional<TicketChannel> channel;
    QString customerGroup; // a customer tag
    // Targets in minutes of the policy's clock; empty: no such target.
    std::optional<int> firstResponseMinutes;
    std::optional<int> nextResponseMinutes;
    std::optional<int> resolutionMinutes;
    bool businessHours = true;
    bool pauseFirstResponse = false;
    int warnShareBp = 7500;
    enum class Escalate
    {
        Never,
        AtWarning,
        AtBreach
    };
    Escalate escalateAt = Escalate::AtBreach;
    bool escalateRaisesPriority = true;
    Id escalateTo; // reassign to this user; empty: keep the assignee
    bool active = true;

    // Criteria matched (0..3): the more, the more specific.
    int specificity() const
    {
        return (priority ? 1 : 0) + (channel ? 1 : 0) + (customerGroup.isEmpty() ? 0 : 1);
    }
    std::optional<int> minutesFor(SlaTarget target) const;
};

// A ticket event: status, priority and assignee changes, merges, splits, SLA warnings, breaches and
// escalations.
struct TicketEvent
{
    QString kind; // "status", "priority", "assignee", "merged", "split", "warning", "breach", ...
    QString fromValue;
    QString toValue;
    qint64 at = 0;
    QString userName;
    QString note;
};

struct Notification
{
    Id id;
    QString kind; // "sla_warning", "sla_breach", "assigned"
    Id ticketId;
    QString ticketNumber;
    QString ticketSubject;
    QString detail; // the target's code for SLA notifications
    qint64 createdAt = 0;
    bool read = false;
};

struct CannedResponse
{
    Id id;
    QString title;
    QString body; // with placeholders: {customer_name}, {order_number}, ...
};

struct KbArticle
{
    Id id;
    QString title;
    QString body;
    QStringList tags;
    qint64 updatedAt = 0;
};

namespace SupportKinds {
QString statusCode(TicketStatus s);
std::optional<TicketStatus> statusFromCode(QStringView code);
QString statusName(TicketStatus s);
QString priorityCode(TicketPriority p);
std::optional<TicketPriority> priorityFromCode(QStringView code);
QString priorityName(TicketPriority p);
QString channelCode(TicketChannel c);
std::optional<TicketChannel> channelFromCode(QStringView code);
QString channelName(TicketChannel c);
QString categoryCode(TicketCategory c);
std::optional<TicketCategory> categoryFromCode(QStringView code);
QString categoryName(TicketCategory c);
QString messageKindCode(MessageKind k);
std::optional<MessageKind> messageKindFromCode(QStringView code);
QString targetCode(SlaTarget t);
std::optional<SlaTarget> targetFromCode(QStringView code);
QString targetName(SlaTarget t);
QString stateName(SlaState s);
QString escalateCode(SlaPolicy::Escalate e);
std::optional<SlaPolicy::Escalate> escalateFromCode(QStringView code);
// The name of a policy: its own, or a built-in one's in the user's language.
QString policyName(const SlaPolicy& p);

QList<TicketStatus> allStatuses();
QList<TicketPriority> allPriorities();
QList<TicketChannel> allChannels();
QList<TicketCategory> allCategories();
} // namespace SupportKinds

} // namespace kontor

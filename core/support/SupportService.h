#pragma once

// SupportService: customer support tickets, their message threads and their SLA.
//
// - A ticket is opened from what a customer wrote (or an agent took down from a call), linked to
//   the customer (or an unknown contact), and optionally to an order, a return and a product.
// - Lifecycle: new -> open -> waiting for the customer / a third party -> open ... -> resolved ->
//   closed; resolved -> reopened when the customer writes again within the shop's reopen period
//   (support.reopen_days), otherwise the customer's message opens a new ticket linked to the old
//   one. Every change is an event with time and user; illegal moves are refused with the reason.
// - SLA: the policy is chosen when the ticket is opened (SlaPolicy criteria: priority, channel,
//   customer group; the most specific active one) and again when an agent changes the priority,
//   channel or customer. Its targets run as clocks (ticket_clocks, SlaClock): first response from
//   opening to the first reply; next response from each customer message after that to the next
//   reply; resolution from opening to resolved. Waiting pauses the next-response and resolution
//   clocks (and the first-response clock only where the policy says so); the customer's reply
//   resumes them. A breach is recorded at the instant it happened and never taken back.
// - sweep() records the warnings and breaches that happened by now (the app calls it every minute,
//   kontor-cli support sweep does it from a script), escalates per the policy (priority one step
//   up, reassignment) and notifies in the app; it also closes tickets resolved longer ago than the
//   reopen period.
// - Merge a duplicate into another ticket (its messages move, it is closed as merged); split one
//   message off into a new ticket; CSAT recorded on resolved tickets.
//
// Permissions: HandleTickets for everything on tickets, canned responses and articles;
// ManageSettings for SLA policies and the reopen period.

#include "Support.h"
#include "common/BusinessCalendar.h"
#include "security/Actor.h"
#include "settings/CalendarService.h"
#include "storage/Database.h"

#include <QObject>

#include <functional>
#include <memory>

namespace kontor {

class SupportService : public QObject
{
    Q_OBJECT

public:
    explicit SupportService(Database& db, QObject* parent = nullptr);
    ~SupportService() override;

    static QList<TicketStatus> allowedTransitions(TicketStatus status);
    static bool canTransition(TicketStatus from, TicketStatus to);
    // The policy for a ticket among `policies`: active, every criterion matching, most specific
    // first, then by position. `customerTags` are the ticket's customer's tags.
    static std::optional<SlaPolicy> choosePolicy(const QList<SlaPolicy>& policies, TicketPriority priority,
                                                 TicketChannel channel, const QStringList& customerTags);

    // ---- tickets ----
    Result<Ticket> create(const Actor& actor, const NewTicket& ticket);
    // A message from the customer on a ticket: waiting -> open, resolved within the reopen period ->
    // reopened; a closed ticket, or one resolved longer ago, gets a new linked ticket instead (the
    // ticket returned is the one the message landed on). `at`: when they wrote (null: now).
    Result<Ticket> addCustomerMessage(const Actor& actor, const Id& ticketId, const QString& body,
                                      const QList<NewAttachment>& attachments = {},
                                      std::optional<qint64> at = std::nullopt);
    // A reply to the customer; stops the first- or next-response clock. `then`: the status to
    // move to with it (waiting for the customer, resolved, ...); otherwise new -> open.
    Result<Ticket> reply(const Actor& actor, const Id& ticketId, const QString& body,
                         const QList<NewAttachment>& attachments = {},
                         std::optional<TicketStatus> then = std::nullopt);
    Result<Ticket> addNote(const Actor& actor, const Id& ticketId, const QString& body,
                           const QList<NewAttachment>& attachments = {});
    Result<Ticket> setStatus(const Actor& actor, const Id& ticketId, TicketStatus status,
                             const QString& note = {});
    Result<Ticket> setPriority(const Actor& actor, const Id& ticketId, TicketPriority priority);
    // An empty id unassigns.
    Result<Ticket> assign(const Actor& actor, const Id& ticketId, const Id& userId);
    Result<Ticket> updateDetails(const Actor& actor, const Id& ticketId, const TicketDetails& details);
    // Moves `duplicateId`'s messages into `targetId` and closes the duplicate as merged.
    Result<Ticket> merge(const Actor& actor, const Id& duplicateId, const Id& targetId);
    // A new ticket from one message of a ticket (the message moves to it), linked to the old one.
    Result<Ticket> split(const Actor& actor, const Id& messageId, const QString& subject);
    // Customer satisfaction 1..5 on a resolved or closed ticket.
    Result<Ticket> recordCsat(const Actor& actor, const Id& ticketId, int score, const QString& comment = {});

    // Tickets with their past (an import, the demo): each ticket is opened at its receivedAt and
    // each step replayed at its time through the command it stands for, so SLA clocks, breaches and
    // escalations come out as they would have happened; no notifications are made for the past.
    // One transaction per `batch` tickets; `progress(done, total)` returning false cancels, keeping
    // the batches written. Returns the number of tickets written.
    Result<int> importHistory(const Actor& actor, const QList<TicketHistory>& tickets, int batch = 500,
                              const std::function<bool(int done, int total)>& progress = {});

    // What sweep() did.
    struct SweepResult
    {
        int warnings = 0;
        int breaches = 0;
        int escalations = 0;
        int closed = 0;
    };
    Result<SweepResult> sweep(const Actor& actor);

    // ---- reads ----
    Result<Ticket> ticket(const Actor& actor, const Id& ticketId);
    Result<Ticket> ticketByNumber(const Actor& actor, const QString& number);
    Result<QList<TicketMessage>> messages(const Actor& actor, const Id& ticketId);
    Result<TicketAttachment> attachment(const Actor& actor, const Id& attachmentId);
    Result<QList<TicketEvent>> events(const Actor& actor, const Id& ticketId);
    // Sorted by SLA urgency: the nearest deadline first, then those without a running clock by
    // priority and age.
    Result<QList<TicketListRow>> list(const Actor& actor, const TicketFilter& filter = {});
    // The SLA summary of every ticket (or every open one): what SlaClock::rowState and rowLeft
    // need and nothing else, for status over many tickets.
    Result<QList<TicketSla>> slaSummary(const Actor& actor, bool openOnly = true);
    // The shop calendar SLA clocks count on (read once; keep it for many countdowns).
    Result<BusinessCalendar> calendar(const Actor& actor);

    // ---- notifications ----
    // The actor's unread notifications (to them or to everyone), newest first.
    Result<QList<Notification>> notifications(const Actor& actor, int limit = 50);
    Result<int> unreadCount(const Actor& actor);
    Result<void> markRead(const Actor& actor, const QList<Id>& notificationIds);

    // ---- SLA policies (changing them needs ManageSettings) ----
    Result<QList<SlaPolicy>> policies(const Actor& actor, bool includeInactive = false);
    // Inserts (empty id) or updates; open tickets under the policy are measured on its new targets.
    Result<SlaPolicy> savePolicy(const Actor& actor, const SlaPolicy& policy);
    Result<int> reopenDays(const Actor& actor);
    Result<void> setReopenDays(const Actor& actor, int days);

    // ---- canned responses and the knowledge base ----
    Result<QList<CannedResponse>> cannedResponses(const Actor& actor);
    Result<CannedResponse> saveCannedResponse(const Actor& actor, const CannedResponse& response);
    Result<void> removeCannedResponse(const Actor& actor, const Id& responseId);
    // The text with its placeholders filled from the ticket: {customer_name}, {customer_first_name},
    // {ticket_number}, {order_number}, {tracking_number}, {agent_name}, {product_name}; an
    // unknown placeholder stays as written.
    Result<QString> fillPlaceholders(const Actor& actor, const Id& ticketId, const QString& text);
    // Articles matching any part of the title, text or tags (empty: all), most recent first.
    Result<QList<KbArticle>> articles(const Actor& actor, const QString& text = {});
    Result<KbArticle> saveArticle(const Actor& actor, const KbArticle& article);
    Result<void> removeArticle(const Actor& actor, const Id& articleId);

    // What one command reads once (calendar, policies, now) and the events it writes; internal.
    struct Context;

Q_SIGNALS:
    void ticketsChanged(const kontor::Id& ticketId); // empty: many
    void notificationsChanged();
    void policiesChanged();
    void cannedResponsesChanged();
    void articlesChanged();

private:
    Result<Context> readContext(const Actor& actor, Connection& c);
    Result<Ticket> change(const Actor& actor, const Id& ticketId,
                          const std::function<Result<void>(Connection&, Context&, Ticket&)>& work);

    Database& m_db;
    CalendarService m_calendar;
    // While importing history: the time of the step being replayed and what every step shares.
    std::optional<qint64> m_replayAt;
    std::unique_ptr<Context> m_replayContext;
};

} // namespace kontor

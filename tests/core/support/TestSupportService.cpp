#include "support/Must.h"
#include "support/ShippedOrders.h"
#include "support/SlaClock.h"
#include "support/StockShop.h"
#include "support/SupportService.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

const QTimeZone moscow("Europe/Moscow");
constexpr qint64 hour = 3600 * 1000;
constexpr qint64 minute = 60 * 1000;

// A Moscow wall-clock time as UTC ms.
qint64 at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), moscow).toMSecsSinceEpoch();
}

// A shop in Moscow working Monday to Friday 9:00-18:00, with the built-in SLA policies:
// standard 8 h first response / 8 h next response / 40 h resolution (amber at 75 %, escalating at
// a breach by one priority step), high 4/4/16 h, urgent 1/2/8 h, all in business hours.
struct SupportShop : StockShop
{
    SupportShop()
    {
        WorkingHours h;
        h.timeZoneId = "Europe/Moscow";
        must(calendar.setWorkingHours(owner, h));
        must(calendar.setCalendarDay(owner, {QDate(2026, 2, 23), false, u"23 February"_qs}));
    }
    void setNow(qint64 ms) { tmp.clock().setMs(ms); }

    Ticket open(const QString& subject, qint64 when, TicketPriority priority = TicketPriority::Normal,
                const Id& customerId = {})
    {
        setNow(when);
        NewTicket n;
        n.subject = subject;
        n.priority = priority;
        n.customerId = customerId;
        if (customerId.isNull())
            n.contactName = u"Ирина"_qs;
        n.contactAddress = u"irina@example.ru"_qs;
        n.body = u"Здравствуйте! "_qs + subject;
        return must(support.create(owner, n));
    }

    const SlaClockState* clockOf(const Ticket& t, SlaTarget target, int cycle = 0)
    {
        for (const SlaClockState& k : t.clocks) {
            if (k.target == target && k.cycle == cycle)
                return &k;
        }
        return nullptr;
    }

    QStringList eventKinds(const Id& ticketId)
    {
        QStringList kinds;
        for (const TicketEvent& e : must(support.events(owner, ticketId)))
            kinds.append(e.kind);
        return kinds;
    }

    TicketListRow row(const Id& ticketId)
    {
        TicketFilter f;
        f.openOnly = false;
        for (const TicketListRow& r : must(support.list(owner, f))) {
            if (r.id == ticketId)
                return r;
        }
        qFatal("ticket not in the list");
    }
};

} // namespace

// Tickets and their SLA on hand-counted cases in a Moscow shop working 9:00-18:00 on weekdays.
class TestSupportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingStartsTheClocksOfThePolicy()
    {
        SupportShop shop;
        // Wednesday 14 January 2026, 10:00.
        const Ticket t = shop.open(u"Где мой заказ?"_qs, at(2026, 1, 14, 10));
        QCOMPARE(t.number, u"TK-00001"_qs);
        QCOMPARE(t.status, TicketStatus::New);
        QCOMPARE(t.requester(), u"Ирина"_qs);
        const SlaPolicy standard = must(shop.support.policies(shop.owner)).value(2);
        QCOMPARE(standard.code, u"standard"_qs);
        QCOMPARE(t.policyId, standard.id);
        QCOMPARE(t.clocks.size(), 2);
        // First response: 8 working hours from 10:00 Wednesday end at 18:00 the same day; amber
        // after 6 h, at 16:00.
        const SlaClockState* fr = shop.clockOf(t, SlaTarget::FirstResponse);
        QVERIFY(fr);
        QCOMPARE(*fr->dueAt, at(2026, 1, 14, 18));
        QCOMPARE(*fr->warnAt, at(2026, 1, 14, 16));
        // Resolution: 40 working hours = Wed 8 + Thu 9 + Fri 9 + Mon 9 + Tue 5 -> Tuesday 14:00.
        QCOMPARE(*shop.clockOf(t, SlaTarget::Resolution)->dueAt, at(2026, 1, 20, 14));
        QCOMPARE(must(shop.support.messages(shop.owner, t.id)).size(), 1);

        // The queue row turns amber and red with the time.
        TicketListRow r = shop.row(t.id);
        QCOMPARE(*r.slaDueAt, at(2026, 1, 14, 18));
        QCOMPARE(SlaClock::rowState(r, at(2026, 1, 14, 15)), SlaState::Ok);
        QCOMPARE(SlaClock::rowState(r, at(2026, 1, 14, 16)), SlaState::Warning);
        QCOMPARE(SlaClock::rowState(r, at(2026, 1, 14, 18)), SlaState::Breached);
        const BusinessCalendar cal = must(shop.support.calendar(shop.owner));
        // At 17:30 Wednesday half an hour is left; at 9:30 Thursday it is 30 min overdue (the night does not
        // count).
        QCOMPARE(*SlaClock::rowLeft(r, cal, at(2026, 1, 14, 17, 30)), 30 * minute);
        QCOMPARE(*SlaClock::rowLeft(r, cal, at(2026, 1, 15, 9, 30)), -30 * minute);
    }

    void replyMeetsTheFirstResponseAndWaitingPausesResolution()
    {
        SupportShop shop;
        Ticket t = shop.open(u"Размер"_qs, at(2026, 1, 14, 10));
        shop.setNow(at(2026, 1, 14, 12, 30));
        t = must(shop.support.reply(shop.owner, t.id, u"Уточните размер, пожалуйста."_qs, {},
                                    TicketStatus::WaitingCustomer));
        QCOMPARE(t.status, TicketStatus::WaitingCustomer);
        QCOMPARE(t.replies, 1);
        QCOMPARE(*t.firstReplyAt, at(2026, 1, 14, 12, 30));
        const SlaClockState* fr = shop.clockOf(t, SlaTarget::FirstResponse);
        QCOMPARE(SlaClock::state(*fr, shop.tmp.clock().nowMs()), SlaState::Met);
        QCOMPARE(fr->elapsedMs, 150 * minute);
        const SlaClockState* res = shop.clockOf(t, SlaTarget::Resolution);
        QVERIFY(!res->running());
        QCOMPARE(res->elapsedMs, 150 * minute);
        QCOMPARE(SlaClock::state(*res, at(2026, 1, 30, 12)), SlaState::Paused); // however long they take
        QVERIFY(!shop.row(t.id).slaDueAt);
        QCOMPARE(SlaClock::rowState(shop.row(t.id), at(2026, 1, 30, 12)), SlaState::Paused);

        // The customer answers on Monday 19 January at 11:00: the ticket is open again, the
        // resolution clock runs on with 37.5 h left (Mon 7 + Tue 9 + Wed 9 + Thu 9 + Fri 3.5 ->
        // Friday 12:30), and a next response is due in 8 working hours (Mon 7 + Tue 1 -> 10:00).
        t = must(shop.support.addCustomerMessage(shop.owner, t.id, u"Размер M"_qs, {}, at(2026, 1, 19, 11)));
        QCOMPARE(t.status, TicketStatus::Open);
        res = shop.clockOf(t, SlaTarget::Resolution);
        QVERIFY(res->running());
        QCOMPARE(*res->dueAt, at(2026, 1, 23, 12, 30));
        const SlaClockState* next = shop.clockOf(t, SlaTarget::NextResponse, 1);
        QVERIFY(next);
        QCOMPARE(*next->dueAt, at(2026, 1, 20, 10));
        QCOMPARE(*shop.row(t.id).slaDueAt, at(2026, 1, 20, 10)); // the nearest deadline

        // The next reply meets it; a second customer message starts cycle 2.
        shop.setNow(at(2026, 1, 19, 15));
        t = must(shop.support.reply(shop.owner, t.id, u"Отправили M."_qs));
        QCOMPARE(SlaClock::state(*shop.clockOf(t, SlaTarget::NextResponse, 1), shop.tmp.clock().nowMs()),
                 SlaState::Met);
        t = must(shop.support.addCustomerMessage(shop.owner, t.id, u"Спасибо!"_qs, {}, at(2026, 1, 19, 16)));
        QVERIFY(shop.clockOf(t, SlaTarget::NextResponse, 2));
        QCOMPARE(t.replies, 2);
    }

    void firstResponsePausesOnlyWhereThePolicySays()
    {
        SupportShop shop;
        Ticket t = shop.open(u"Оплата"_qs, at(2026, 1, 14, 10));
        shop.setNow(at(2026, 1, 14, 11));
        t = must(shop.support.setStatus(shop.owner, t.id, TicketStatus::WaitingThirdParty, u"ждём банк"_qs));
        QVERIFY(shop.clockOf(t, SlaTarget::FirstResponse)->running()); // by default it does not pause
        QVERIFY(!shop.clockOf(t, SlaTarget::Resolution)->running());

        SlaPolicy standard = must(shop.support.policies(shop.owner)).value(2);
        standard.pauseFirstResponse = true;
        must(shop.support.savePolicy(shop.owner, standard));
        Ticket u = shop.open(u"Оплата 2"_qs, at(2026, 1, 14, 10));
        shop.setNow(at(2026, 1, 14, 11));
        u = must(shop.support.setStatus(shop.owner, u.id, TicketStatus::WaitingThirdParty));
        QVERIFY(!shop.clockOf(u, SlaTarget::FirstResponse)->running());
        QCOMPARE(shop.clockOf(u, SlaTarget::FirstResponse)->elapsedMs, hour);
        shop.setNow(at(2026, 1, 15, 14));
        u = must(shop.support.setStatus(shop.owner, u.id, TicketStatus::Open));
        // 7 h from Thursday 14:00: 4 h to 18:00, 3 h on Friday -> 12:00.
        QCOMPARE(*shop.clockOf(u, SlaTarget::FirstResponse)->dueAt, at(2026, 1, 16, 12));
    }

    void breachIsRecordedAtItsInstantAndEscalates()
    {
        SupportShop shop;
        QSignalSpy notified(&shop.support, &SupportService::notificationsChanged);
        Ticket t = shop.open(u"Не пришёл заказ"_qs, at(2026, 1, 14, 10));
        // Nobody answers; the sweep runs on Thursday at 10:00.
        shop.setNow(at(2026, 1, 15, 10));
        const auto swept = must(shop.support.sweep(shop.owner));
        QCOMPARE(swept.breaches, 1);
        QCOMPARE(swept.escalations, 1);
        t = must(shop.support.ticket(shop.owner, t.id));
        QCOMPARE(*shop.clockOf(t, SlaTarget::FirstResponse)->breachedAt, at(2026, 1, 14, 18));
        QCOMPARE(t.priority, TicketPriority::High);                                // one step up
        QCOMPARE(t.policyId, must(shop.support.policies(shop.owner)).value(2).id); // the policy stays
        QVERIFY(shop.eventKinds(t.id).contains(u"breach"_qs));
        QVERIFY(shop.eventKinds(t.id).contains(u"escalated"_qs));
        QVERIFY(!notified.isEmpty());
        const auto notes = must(shop.support.notifications(shop.owner));
        QStringList kinds;
        for (const Notification& n : notes)
            kinds.append(n.kind);
        QVERIFY(kinds.contains(u"sla_breach"_qs));
        QVERIFY(kinds.contains(u"escalated"_qs));
        QCOMPARE(notes.first().ticketNumber, t.number);
        QCOMPARE(must(shop.support.unreadCount(shop.owner)), int(notes.size()));
        QList<Id> ids;
        for (const Notification& n : notes)
            ids.append(n.id);
        must(shop.support.markRead(shop.owner, ids));
        QCOMPARE(must(shop.support.unreadCount(shop.owner)), 0);

        // A second sweep finds nothing new.
        QCOMPARE(must(shop.support.sweep(shop.owner)).breaches, 0);
        // The late reply ends the clock as missed; the breach stays.
        shop.setNow(at(2026, 1, 15, 10, 30));
        t = must(shop.support.reply(shop.owner, t.id, u"Извините за задержку"_qs));
        const SlaClockState* fr = shop.clockOf(t, SlaTarget::FirstResponse);
        QCOMPARE(SlaClock::state(*fr, shop.tmp.clock().nowMs()), SlaState::Missed);
        QCOMPARE(*fr->breachedAt, at(2026, 1, 14, 18));
        QVERIFY(shop.row(t.id).slaBreached);
        // ...and cannot be taken back, not even by hand.
        auto q = shop.tmp.db().connection().query("UPDATE ticket_clocks SET breached_at = NULL");
        QVERIFY(!q.run());
    }

    void aBreachFoundByACommandIsRecordedToo()
    {
        SupportShop shop;
        Ticket t = shop.open(u"Брак"_qs, at(2026, 1, 14, 10), TicketPriority::Urgent);
        // Urgent: 1 working hour, amber at 45 min; it escalates at the warning (no priority above urgent).
        QCOMPARE(*shop.clockOf(t, SlaTarget::FirstResponse)->dueAt, at(2026, 1, 14, 11));
        shop.setNow(at(2026, 1, 14, 12));
        t = must(shop.support.reply(shop.owner, t.id, u"Разбираемся"_qs));
        QCOMPARE(*shop.clockOf(t, SlaTarget::FirstResponse)->breachedAt, at(2026, 1, 14, 11));
        QCOMPARE(t.priority, TicketPriority::Urgent);
    }

    void changingThePriorityChoosesThePolicyAgain()
    {
        SupportShop shop;
        Ticket t = shop.open(u"Срочно"_qs, at(2026, 1, 14, 10));
        shop.setNow(at(2026, 1, 14, 10, 20));
        t = must(shop.support.setPriority(shop.owner, t.id, TicketPriority::Urgent));
        const auto policies = must(shop.support.policies(shop.owner));
        QCOMPARE(t.policyId, policies.value(0).id); // urgent
        // The 20 minutes already counted stay: first response due at 11:00, resolution (8 h) at 18:00.
        QCOMPARE(*shop.clockOf(t, SlaTarget::FirstResponse)->dueAt, at(2026, 1, 14, 11));
        QCOMPARE(*shop.clockOf(t, SlaTarget::Resolution)->dueAt, at(2026, 1, 14, 18));
        QVERIFY(shop.eventKinds(t.id).contains(u"policy"_qs));
    }

    void calendarHoursAcrossTheClockChange()
    {
        SupportShop shop;
        WorkingHours h;
        h.timeZoneId = "Europe/Berlin";
        must(shop.calendar.setWorkingHours(shop.owner, h));
        SlaPolicy chat;
        chat.name = u"Chat, round the clock"_qs;
        chat.channel = TicketChannel::Chat;
        chat.firstResponseMinutes = 24 * 60;
        chat.businessHours = false;
        must(shop.support.savePolicy(shop.owner, chat));
        const QTimeZone berlin("Europe/Berlin");
        // Saturday 28 March 2026 12:00 in Berlin; the clocks go forward that night, so 24 hours later
        // it is 13:00 on Sunday by the wall clock.
        shop.setNow(QDateTime(QDate(2026, 3, 28), QTime(12, 0), berlin).toMSecsSinceEpoch());
        NewTicket n;
        n.subject = u"Chat"_qs;
        n.channel = TicketChannel::Chat;
        n.contactName = u"Guest"_qs;
        const Ticket t = must(shop.support.create(shop.owner, n));
        QCOMPARE(*shop.clockOf(t, SlaTarget::FirstResponse)->dueAt,
                 QDateTime(QDate(2026, 3, 29), QTime(13, 0), berlin).toMSecsSinceEpoch());
        QVERIFY(!shop.clockOf(t, SlaTarget::Resolution)); // the policy has no resolution target
    }

    void slaSummaryOfManyTickets()
    {
        SupportShop shop;
        SlaPolicy chat;
        chat.name = u"Chat, round the clock"_qs;
        chat.channel = TicketChannel::Chat;
        chat.firstResponseMinutes = 60;
        chat.businessHours = false;
        must(shop.support.savePolicy(shop.owner, chat));
        // Wednesday 10:00 Moscow: one email ticket (business hours), one chat (calendar hours), one
        // waiting for the customer and one resolved.
        const Ticket email = shop.open(u"Email"_qs, at(2026, 1, 14, 10));
        NewTicket n;
        n.subject = u"Chat"_qs;
        n.channel = TicketChannel::Chat;
        n.contactName = u"Guest"_qs;
        const Ticket chatTicket = must(shop.support.create(shop.owner, n));
        Ticket waiting = shop.open(u"Waiting"_qs, at(2026, 1, 14, 10));
        waiting = must(
            shop.support.reply(shop.owner, waiting.id, u"Which size?"_qs, {}, TicketStatus::WaitingCustomer));
        Ticket resolved = shop.open(u"Resolved"_qs, at(2026, 1, 14, 10));
        resolved = must(shop.support.reply(shop.owner, resolved.id, u"Done."_qs, {}, TicketStatus::Resolved));

        const QList<TicketSla> open = must(shop.support.slaSummary(shop.owner));
        QCOMPARE(open.size(), 3);
        const QList<TicketSla> all = must(shop.support.slaSummary(shop.owner, false));
        QCOMPARE(all.size(), 4);
        QHash<Id, TicketSla> byId;
        for (const TicketSla& r : all)
            byId.insert(r.id, r);
        const qint64 now = at(2026, 1, 14, 10, 45);
        QCOMPARE(SlaClock::rowState(byId[email.id], now), SlaState::Ok);
        QCOMPARE(SlaClock::rowState(byId[waiting.id], now), SlaState::Paused);
        QCOMPARE(SlaClock::rowState(byId[resolved.id], now), SlaState::Met);
        // The chat's hour turns amber at 75 % (10:45) and is gone at 11:00.
        QCOMPARE(SlaClock::rowState(byId[chatTicket.id], now), SlaState::Warning);
        QVERIFY(!byId[chatTicket.id].businessHours);
        QVERIFY(byId[email.id].businessHours);
        // Time left is measured in each ticket's own clock: the night counts for the chat only.
        const BusinessCalendar cal = must(shop.support.calendar(shop.owner));
        const qint64 evening = at(2026, 1, 14, 20);
        QCOMPARE(*SlaClock::rowLeft(byId[chatTicket.id], cal, evening), -9 * 60 * minute);
        QCOMPARE(*SlaClock::rowLeft(byId[email.id], cal, evening), 0); // due at 18:00, after hours since
        // The same as the queue rows say.
        for (const TicketSla& r : all) {
            const TicketListRow row = shop.row(r.id);
            QCOMPARE(SlaClock::rowState(r, evening), SlaClock::rowState(row, evening));
            QCOMPARE(SlaClock::rowLeft(r, cal, evening), SlaClock::rowLeft(row, cal, evening));
        }
        // Tickets are only for those who handle them.
        QCOMPARE(shop.support.slaSummary(Actor::withRole(Role::Warehouse)).error().code,
                 ErrorCode::PermissionDenied);
    }

    void choosingThePolicy()
    {
        SlaPolicy any;
        any.id = Id::create();
        any.position = 10;
        SlaPolicy urgent;
        urgent.id = Id::create();
        urgent.priority = TicketPriority::Urgent;
        SlaPolicy vip;
        vip.id = Id::create();
        vip.customerGroup = u"VIP"_qs;
        SlaPolicy vipChat = vip;
        vipChat.id = Id::create();
        vipChat.channel = TicketChannel::Chat;
        SlaPolicy anyFirst = any;
        anyFirst.id = Id::create();
        anyFirst.position = 5;
        SlaPolicy off = vipChat;
        off.id = Id::create();
        off.priority = TicketPriority::Low;
        off.active = false;
        const QList<SlaPolicy> all{any, urgent, vip, vipChat, anyFirst, off};
        const auto pick = [&](TicketPriority p, TicketChannel c, QStringList tags) {
            return SupportService::choosePolicy(all, p, c, tags)->id;
        };
        QCOMPARE(pick(TicketPriority::Normal, TicketChannel::Email, {}), anyFirst.id); // by position
        QCOMPARE(pick(TicketPriority::Urgent, TicketChannel::Email, {}), urgent.id);
        QCOMPARE(pick(TicketPriority::Normal, TicketChannel::Email, {u"vip"_qs}), vip.id); // tags ignore case
        QCOMPARE(pick(TicketPriority::Normal, TicketChannel::Chat, {u"VIP"_qs}), vipChat.id);
        QCOMPARE(pick(TicketPriority::Low, TicketChannel::Chat, {u"VIP"_qs}), vipChat.id); // inactive skipped
        QVERIFY(!SupportService::choosePolicy({urgent}, TicketPriority::Low, TicketChannel::Email, {}));
    }

    void customerGroupPolicyFromTheCustomersTags()
    {
        SupportShop shop;
        Customer vip = makeCustomer(shop, u"ООО Ромашка"_qs, u"buy@romashka.ru"_qs);
        vip.tags = {u"VIP"_qs};
        must(shop.customers.update(shop.owner, vip));
        SlaPolicy p;
        p.name = u"VIP"_qs;
        p.customerGroup = u"VIP"_qs;
        p.firstResponseMinutes = 30;
        const SlaPolicy saved = must(shop.support.savePolicy(shop.owner, p));
        const Ticket t = shop.open(u"Счёт"_qs, at(2026, 1, 14, 10), TicketPriority::Normal, vip.id);
        QCOMPARE(t.policyId, saved.id);
        QCOMPARE(t.customerName, u"ООО Ромашка"_qs);
        QCOMPARE(*shop.clockOf(t, SlaTarget::FirstResponse)->dueAt, at(2026, 1, 14, 10, 30));
    }

    void transitions()
    {
        using S = TicketStatus;
        QVERIFY(SupportService::canTransition(S::New, S::Open));
        QVERIFY(SupportService::canTransition(S::Open, S::WaitingCustomer));
        QVERIFY(SupportService::canTransition(S::WaitingCustomer, S::Open));
        QVERIFY(SupportService::canTransition(S::WaitingThirdParty, S::WaitingCustomer));
        QVERIFY(SupportService::canTransition(S::Resolved, S::Reopened));
        QVERIFY(SupportService::canTransition(S::Resolved, S::Closed));
        QVERIFY(SupportService::canTransition(S::Reopened, S::Resolved));
        QVERIFY(!SupportService::canTransition(S::Resolved, S::WaitingCustomer));
        QVERIFY(!SupportService::canTransition(S::Open, S::Reopened));
        QVERIFY(!SupportService::canTransition(S::Open, S::New));
        for (S s : SupportKinds::allStatuses())
            QVERIFY(!SupportService::canTransition(S::Closed, s));

        SupportShop shop;
        Ticket t = shop.open(u"Вопрос"_qs, at(2026, 1, 14, 10));
        t = must(shop.support.setStatus(shop.owner, t.id, S::Closed));
        const auto refused = shop.support.setStatus(shop.owner, t.id, S::Open);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"status"_qs);
        QVERIFY(refused.error().message.contains(SupportKinds::statusName(S::Closed).toLower()));
        QVERIFY(!shop.support.reply(shop.owner, t.id, u"..."_qs));
    }

    void reopenWithinThePeriodElseANewLinkedTicket()
    {
        SupportShop shop;
        Ticket t = shop.open(u"Вернуть деньги"_qs, at(2026, 1, 14, 10));
        shop.setNow(at(2026, 1, 14, 12));
        t = must(shop.support.reply(shop.owner, t.id, u"Вернули."_qs, {}, TicketStatus::Resolved));
        QCOMPARE(t.status, TicketStatus::Resolved);
        QCOMPARE(shop.clockOf(t, SlaTarget::Resolution)->elapsedMs, 2 * hour);
        // Friday 10:00, two days later: within 7 days, the ticket reopens and its resolution clock
        // runs on from 2 h (the time it spent resolved does not count).
        t = must(shop.support.addCustomerMessage(shop.owner, t.id, u"Деньги не пришли"_qs, {},
                                                 at(2026, 1, 16, 10)));
        QCOMPARE(t.status, TicketStatus::Reopened);
        QCOMPARE(t.reopened, 1);
        QVERIFY(!t.resolvedAt);
        QCOMPARE(SlaClock::elapsedAt(*shop.clockOf(t, SlaTarget::Resolution),
                                     must(shop.support.calendar(shop.owner)), at(2026, 1, 16, 11)),
                 3 * hour);
        shop.setNow(at(2026, 1, 16, 12));
        t = must(shop.support.reply(shop.owner, t.id, u"Проверили, отправили снова."_qs, {},
                                    TicketStatus::Resolved));

        // Ten days later: a new ticket follows the old one, which is closed.
        Ticket next = must(
            shop.support.addCustomerMessage(shop.owner, t.id, u"Опять вопрос"_qs, {}, at(2026, 1, 26, 10)));
        QVERIFY(next.id != t.id);
        QCOMPARE(next.parentId, t.id);
        QCOMPARE(next.parentNumber, t.number);
        QCOMPARE(next.subject, t.subject);
        QCOMPARE(next.status, TicketStatus::New);
        QCOMPARE(next.createdAt, at(2026, 1, 26, 10));
        QCOMPARE(must(shop.support.messages(shop.owner, next.id)).value(0).body, u"Опять вопрос"_qs);
        QCOMPARE(must(shop.support.ticket(shop.owner, t.id)).status, TicketStatus::Closed);
        // A closed ticket likewise.
        Ticket third =
            must(shop.support.addCustomerMessage(shop.owner, t.id, u"И ещё"_qs, {}, at(2026, 1, 26, 11)));
        QCOMPARE(third.parentId, t.id);
        QVERIFY(third.id != next.id);
    }

    void sweepClosesResolvedTicketsAfterThePeriod()
    {
        SupportShop shop;
        must(shop.support.setReopenDays(shop.owner, 3));
        Ticket t = shop.open(u"Вопрос"_qs, at(2026, 1, 14, 10));
        shop.setNow(at(2026, 1, 14, 11));
        must(shop.support.reply(shop.owner, t.id, u"Ответ"_qs, {}, TicketStatus::Resolved));
        shop.setNow(at(2026, 1, 17, 10));
        QCOMPARE(must(shop.support.sweep(shop.owner)).closed, 0);
        shop.setNow(at(2026, 1, 17, 11));
        QCOMPARE(must(shop.support.sweep(shop.owner)).closed, 1);
        QCOMPARE(must(shop.support.ticket(shop.owner, t.id)).status, TicketStatus::Closed);
        QCOMPARE(shop.support.setReopenDays(shop.owner, -1).error().field, u"reopen_days"_qs);
    }

    void mergeMovesTheThread()
    {
        SupportShop shop;
        const Ticket a = shop.open(u"Заказ не пришёл"_qs, at(2026, 1, 14, 10));
        const Ticket b = shop.open(u"Где заказ??"_qs, at(2026, 1, 14, 11));
        Ticket merged = must(shop.support.merge(shop.owner, b.id, a.id));
        QCOMPARE(merged.id, a.id);
        const auto thread = must(shop.support.messages(shop.owner, a.id));
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread[1].body, u"Здравствуйте! Где заказ??"_qs);
        const Ticket dup = must(shop.support.ticket(shop.owner, b.id));
        QCOMPARE(dup.status, TicketStatus::Closed);
        QCOMPARE(dup.mergedInto, a.id);
        QVERIFY(must(shop.support.messages(shop.owner, b.id)).isEmpty());
        QVERIFY(shop.eventKinds(a.id).contains(u"merged_in"_qs));
        QVERIFY(!shop.support.merge(shop.owner, a.id, a.id));
        QVERIFY(!shop.support.merge(shop.owner, a.id, b.id)); // into a closed ticket
        QVERIFY(!shop.support.addCustomerMessage(shop.owner, b.id, u"ещё"_qs));
    }

    void splitMakesATicketOfOneMessage()
    {
        SupportShop shop;
        Ticket t = shop.open(u"Доставка"_qs, at(2026, 1, 14, 10));
        t = must(shop.support.addCustomerMessage(shop.owner, t.id, u"И ещё: как вернуть перчатки?"_qs, {},
                                                 at(2026, 1, 14, 10, 30)));
        shop.setNow(at(2026, 1, 14, 11));
        must(shop.support.addNote(shop.owner, t.id, u"Это отдельный вопрос"_qs));
        const auto thread = must(shop.support.messages(shop.owner, t.id));
        QCOMPARE(thread.size(), 3);
        QVERIFY(!shop.support.split(shop.owner, thread[2].id, {})); // a note is not a request
        const Ticket part = must(shop.support.split(shop.owner, thread[1].id, u"Возврат перчаток"_qs));
        QCOMPARE(part.subject, u"Возврат перчаток"_qs);
        QCOMPARE(part.parentId, t.id);
        QCOMPARE(part.createdAt, at(2026, 1, 14, 10, 30)); // its SLA runs from when the customer wrote
        // 8 working hours from 10:30 Wednesday: 7.5 h that day, 0.5 h on Thursday.
        QCOMPARE(*shop.clockOf(part, SlaTarget::FirstResponse)->dueAt, at(2026, 1, 15, 9, 30));
        QCOMPARE(must(shop.support.messages(shop.owner, part.id)).size(), 1);
        QCOMPARE(must(shop.support.messages(shop.owner, t.id)).size(), 2);
        const Ticket alone = shop.open(u"Один"_qs, at(2026, 1, 14, 12));
        QVERIFY(!shop.support.split(shop.owner, must(shop.support.messages(shop.owner, alone.id)).value(0).id,
                                    {}));
    }

    void csat()
    {
        SupportShop shop;
        Ticket t = shop.open(u"Вопрос"_qs, at(2026, 1, 14, 10));
        QVERIFY(!shop.support.recordCsat(shop.owner, t.id, 5));
        must(shop.support.reply(shop.owner, t.id, u"Ответ"_qs, {}, TicketStatus::Resolved));
        QCOMPARE(shop.support.recordCsat(shop.owner, t.id, 6).error().field, u"csat"_qs);
        t = must(shop.support.recordCsat(shop.owner, t.id, 4, u"быстро"_qs));
        QCOMPARE(*t.csat, 4);
        QCOMPARE(t.csatComment, u"быстро"_qs);
    }

    void attachments()
    {
        SupportShop shop;
        shop.setNow(at(2026, 1, 14, 10));
        NewTicket n;
        n.subject = u"Брак"_qs;
        n.contactName = u"Олег"_qs;
        n.body = u"Фото приложил"_qs;
        n.attachments = {
            NewAttachment{u"photo.jpg"_qs, u"image/jpeg"_qs, QByteArray("\xFF\xD8\xFF jpeg", 8)}};
        const Ticket t = must(shop.support.create(shop.owner, n));
        const auto thread = must(shop.support.messages(shop.owner, t.id));
        QCOMPARE(thread.value(0).attachments.size(), 1);
        const TicketAttachment listed = thread[0].attachments[0];
        QCOMPARE(listed.fileName, u"photo.jpg"_qs);
        QCOMPARE(listed.size, 8);
        QVERIFY(listed.data.isEmpty());
        QCOMPARE(must(shop.support.attachment(shop.owner, listed.id)).data,
                 QByteArray("\xFF\xD8\xFF jpeg", 8));
    }

    void queueFiltersAndUrgency()
    {
        SupportShop shop;
        const Ticket late = shop.open(u"A"_qs, at(2026, 1, 14, 10));                           // due 18:00
        const Ticket urgent = shop.open(u"B"_qs, at(2026, 1, 14, 11), TicketPriority::Urgent); // due 12:00
        Ticket waiting = shop.open(u"C"_qs, at(2026, 1, 14, 11));
        shop.setNow(at(2026, 1, 14, 11, 30));
        waiting =
            must(shop.support.reply(shop.owner, waiting.id, u"?"_qs, {}, TicketStatus::WaitingCustomer));
        must(shop.support.assign(shop.owner, late.id, Actor::ownerId()));
        QList<QString> order;
        for (const TicketListRow& r : must(shop.support.list(shop.owner)))
            order.append(r.subject);
        QCOMPARE(order, (QList<QString>{u"B"_qs, u"A"_qs, u"C"_qs}));
        TicketFilter mine;
        mine.queue = TicketQueue::Mine;
        mine.me = Actor::ownerId();
        QCOMPARE(must(shop.support.list(shop.owner, mine)).size(), 1);
        QCOMPARE(must(shop.support.list(shop.owner, mine)).value(0).assigneeName, u"Owner"_qs);
        TicketFilter unassigned;
        unassigned.queue = TicketQueue::Unassigned;
        QCOMPARE(must(shop.support.list(shop.owner, unassigned)).size(), 2);
        TicketFilter text;
        text.text = u"tk-00002"_qs;
        QCOMPARE(must(shop.support.list(shop.owner, text)).value(0).id, urgent.id);
        QVERIFY(!shop.support.assign(shop.owner, late.id, Id::create()));
    }

    void placeholdersAndArticles()
    {
        SupportShop shop;
        const Id socks = shop.product(u"S-1"_qs, u"Носки"_qs);
        shop.receive(socks, StockService::mainLocationId(), 5);
        const Customer anna = makeCustomer(shop, u"Анна Петрова"_qs, u"anna@example.ru"_qs);
        Order order = shippedOrder(shop, anna.id, {{socks, 1}});
        order.trackingNumber = u"RA123456789RU"_qs;
        order = must(shop.orders.updateShipping(shop.owner, order));
        shop.setNow(at(2026, 1, 14, 10));
        NewTicket n;
        n.subject = u"Трек"_qs;
        n.customerId = anna.id;
        n.orderId = order.id;
        const Ticket t = must(shop.support.create(shop.owner, n));
        QCOMPARE(t.orderNumber, order.number);
        const QString text = must(shop.support.fillPlaceholders(
            shop.owner, t.id,
            u"{customer_first_name}, заказ {order_number}: {tracking_number}. {unknown}"_qs));
        QCOMPARE(text, u"Анна, заказ "_qs + order.number + u": RA123456789RU. {unknown}"_qs);

        must(shop.support.saveArticle(
            shop.owner, {{}, u"Как вернуть товар"_qs, u"Возврат в течение 14 дней."_qs, {u"возврат"_qs}, 0}));
        must(shop.support.saveArticle(shop.owner,
                                      {{}, u"Сроки доставки"_qs, u"СДЭК 2-5 дней."_qs, {u"доставка"_qs}, 0}));
        QCOMPARE(must(shop.support.articles(shop.owner, u"14 дн"_qs)).value(0).title,
                 u"Как вернуть товар"_qs);
        QCOMPARE(must(shop.support.articles(shop.owner, u"СД"_qs)).size(), 1); // short: a plain scan
        QCOMPARE(must(shop.support.articles(shop.owner)).size(), 2);
        const CannedResponse r = must(
            shop.support.saveCannedResponse(shop.owner, {{}, u"Трек"_qs, u"Ваш трек: {tracking_number}"_qs}));
        QCOMPARE(must(shop.support.cannedResponses(shop.owner)).size(), 1);
        must(shop.support.removeCannedResponse(shop.owner, r.id));
        QVERIFY(must(shop.support.cannedResponses(shop.owner)).isEmpty());
        QCOMPARE(shop.support.saveArticle(shop.owner, {{}, {}, u"x"_qs, {}, 0}).error().field, u"title"_qs);
    }

    void permissions()
    {
        SupportShop shop;
        const Actor warehouse = Actor::withRole(Role::Warehouse);
        const Actor agent = Actor::withRole(Role::Support, u"Агент"_qs);
        shop.setNow(at(2026, 1, 14, 10));
        NewTicket n;
        n.subject = u"Вопрос"_qs;
        n.contactName = u"Гость"_qs;
        QCOMPARE(shop.support.create(warehouse, n).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(shop.support.list(warehouse).error().code, ErrorCode::PermissionDenied);
        const Ticket t = must(shop.support.create(agent, n));
        QVERIFY(shop.support.reply(agent, t.id, u"Ответ"_qs));
        SlaPolicy p = must(shop.support.policies(agent)).value(0);
        QCOMPARE(shop.support.savePolicy(agent, p).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(shop.support.setReopenDays(agent, 3).error().code, ErrorCode::PermissionDenied);
        NewTicket nobody;
        nobody.subject = u"?"_qs;
        QCOMPARE(shop.support.create(agent, nobody).error().field, u"customer"_qs);
        NewTicket blank = n;
        blank.subject = u"  "_qs;
        QCOMPARE(shop.support.create(agent, blank).error().field, u"subject"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSupportService)
#include "TestSupportService.moc"

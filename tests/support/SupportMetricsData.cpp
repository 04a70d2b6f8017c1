#include "SupportMetricsData.h"

#include "Must.h"
#include "ShippedOrders.h"

#include <QTimeZone>

namespace kontor::test {

namespace {

const QTimeZone& moscow()
{
    static const QTimeZone zone("Europe/Moscow");
    return zone;
}

} // namespace

qint64 SupportMetricsData::at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), moscow()).toMSecsSinceEpoch();
}

SupportMetricsData::SupportMetricsData(StockShop& shop)
{
    const Actor& owner = shop.owner;
    const auto setNow = [&](qint64 ms) { shop.tmp.clock().setMs(ms); };
    setNow(at(2026, 1, 27, 12));
    WorkingHours hours;
    hours.timeZoneId = "Europe/Moscow";
    must(shop.calendar.setWorkingHours(owner, hours));
    must(shop.calendar.setCalendarDay(owner, {QDate(2026, 2, 23), false, u"23 February"_qs}));
    from = at(2026, 2, 2, 0);
    to = at(2026, 2, 16, 0);
    now = at(2026, 2, 16, 10);

    User u;
    u.name = u"Анна"_qs;
    u.role = Role::Support;
    anna = must(shop.users.save(owner, u)).id;
    u.name = u"Борис"_qs;
    boris = must(shop.users.save(owner, u)).id;

    p1 = shop.product(u"GRN-1"_qs, u"Кофемолка"_qs);
    p2 = shop.product(u"KTL-2"_qs, u"Чайник"_qs);
    p3 = shop.product(u"FLT-3"_qs, u"Фильтр"_qs);
    for (const Id& p : {p1, p2, p3})
        shop.receive(p, StockService::mainLocationId(), 50);
    const Customer customer = makeCustomer(shop, u"Ирина Петрова"_qs, u"irina@example.ru"_qs);

    // Orders: placed (confirmed), a draft and a cancelled one.
    enum class Fate
    {
        Confirmed,
        Draft,
        Cancelled
    };
    const auto order = [&](qint64 when, const QList<std::pair<Id, qint64>>& lines, Fate fate) {
        setNow(when);
        Order draft;
        draft.customerId = customer.id;
        draft.orderedAt = when;
        for (const auto& [productId, units] : lines)
            draft.lines.append(must(shop.orders.lineFor(owner, productId, Quantity::fromUnits(units))));
        const Order o = must(shop.orders.create(owner, draft));
        if (fate != Fate::Draft)
            must(shop.orders.confirm(owner, o.id));
        if (fate == Fate::Cancelled)
            must(shop.orders.cancel(owner, o.id, u"передумал"_qs));
        return o.id;
    };

    // A ticket written at `when`.
    const auto open = [&](qint64 when, const QString& subject, TicketPriority priority, TicketChannel channel,
                          const Id& assignee, const Id& product = {}, const Id& orderId = {}) {
        setNow(when);
        NewTicket n;
        n.subject = subject;
        n.priority = priority;
        n.channel = channel;
        n.assigneeId = assignee;
        n.productId = product;
        n.orderId = orderId;
        n.customerId = customer.id;
        n.body = subject;
        tickets.append(must(shop.support.create(owner, n)));
        return tickets.last().id;
    };
    const auto reply = [&](qint64 when, const Id& ticket, std::optional<TicketStatus> then = std::nullopt) {
        setNow(when);
        must(shop.support.reply(owner, ticket, u"Ответ"_qs, {}, then));
    };
    const auto status = [&](qint64 when, const Id& ticket, TicketStatus s) {
        setNow(when);
        must(shop.support.setStatus(owner, ticket, s));
    };
    const auto customerWrites = [&](qint64 when, const Id& ticket) {
        setNow(when);
        must(shop.support.addCustomerMessage(owner, ticket, u"Ещё вопрос"_qs, {}, when));
    };
    const auto csat = [&](qint64 when, const Id& ticket, int score) {
        setNow(when);
        must(shop.support.recordCsat(owner, ticket, score));
    };

    using P = TicketPriority;
    using C = TicketChannel;
    using S = TicketStatus;
    const Id o7 = order(at(2026, 1, 28, 12), {{p1, 7}}, Fate::Confirmed);
    const Id t0 = open(at(2026, 1, 29, 10), u"Не работает кофемолка"_qs, P::Normal, C::Email, anna, p1);
    const Id o1 = order(at(2026, 2, 2, 8), {{p1, 2}, {p2, 1}}, Fate::Confirmed);
    const Id o2 = order(at(2026, 2, 2, 8, 10), {{p1, 1}}, Fate::Confirmed);
    const Id o3 = order(at(2026, 2, 2, 8, 20), {{p2, 3}}, Fate::Confirmed);
    order(at(2026, 2, 2, 8, 30), {{p3, 4}}, Fate::Confirmed);
    order(at(2026, 2, 2, 8, 40), {{p1, 5}}, Fate::Draft);
    order(at(2026, 2, 2, 8, 50), {{p1, 10}}, Fate::Cancelled);

    reply(at(2026, 2, 2, 10), t0, S::Resolved);
    const Id t1 = open(at(2026, 2, 2, 10), u"Как почистить жернова?"_qs, P::Normal, C::Email, anna, p1);
    const Id t2 = open(at(2026, 2, 2, 11), u"Где мой заказ?"_qs, P::Normal, C::Phone, boris, {}, o1);
    reply(at(2026, 2, 2, 12), t1, S::Resolved);
    csat(at(2026, 2, 2, 12, 30), t1, 5);
    const Id t3 = open(at(2026, 2, 3, 9), u"Чайник течёт"_qs, P::High, C::Chat, anna, p2);
    reply(at(2026, 2, 3, 9, 30), t2, S::WaitingCustomer);
    reply(at(2026, 2, 4, 10), t3, S::Resolved);
    const Id t4 = open(at(2026, 2, 4, 15), u"Нет чека"_qs, P::Normal, C::Email, boris, {}, o2);
    reply(at(2026, 2, 4, 16), t4, S::WaitingThirdParty);
    customerWrites(at(2026, 2, 5, 11), t3); // reopens it
    status(at(2026, 2, 5, 12), t3, S::Resolved);
    csat(at(2026, 2, 5, 12, 30), t3, 4);
    customerWrites(at(2026, 2, 5, 14), t2);
    const Id t5 = open(at(2026, 2, 5, 17), u"Сломалась кофемолка"_qs, P::Urgent, C::Messenger, {}, p1, o3);
    reply(at(2026, 2, 6, 10), t2, S::Resolved);
    csat(at(2026, 2, 6, 10, 30), t2, 3);
    reply(at(2026, 2, 6, 10, 30), t5);
    status(at(2026, 2, 9, 9), t4, S::Open);
    setNow(at(2026, 2, 9, 9, 30));
    must(shop.support.addNote(owner, t5, u"Ждём мастера"_qs)); // records the resolution breach
    const Id t6 = open(at(2026, 2, 9, 10), u"Можно ли вернуть?"_qs, P::Normal, C::Phone, boris);
    reply(at(2026, 2, 9, 11), t6, S::WaitingCustomer);
    status(at(2026, 2, 9, 12), t4, S::Resolved);
    const Id t7 = open(at(2026, 2, 11, 14), u"Какой фильтр подходит?"_qs, P::Normal, C::Chat, anna, p3);
    const Id t8 =
        open(at(2026, 2, 11, 15), u"Какой фильтр подходит? (повтор)"_qs, P::Normal, C::Email, {}, p1);
    setNow(at(2026, 2, 11, 16));
    must(shop.support.merge(owner, t8, t7));
    reply(at(2026, 2, 12, 10), t7);
    open(at(2026, 2, 13, 12), u"Вопрос по заказу"_qs, P::Normal, C::WebForm, anna, {}, o7);
    open(at(2026, 2, 15, 20), u"Доставка в выходные?"_qs, P::Normal, C::Email, boris);
    open(at(2026, 2, 16, 9, 30), u"Счёт для юрлица"_qs, P::Normal, C::Email, anna);
    setNow(now);

    // T0..T11 (TK-00001..TK-00012), as they are now.
    QList<Ticket> all;
    for (const Ticket& t : std::as_const(tickets))
        all.append(must(shop.support.ticket(owner, t.id)));
    tickets = all;
}

} // namespace kontor::test

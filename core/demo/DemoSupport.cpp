#include "DemoSupport.h"

#include "DemoRandom.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/SupportService.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace kontor {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::DemoSupport", text);
}

constexpr quint32 Seed = 20261207;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

struct OrderRef
{
    Id id;
    Id customerId;
    QString customerName;
    QString number;
    Id productId;
    QString productName;
    qint64 orderedAt = 0;
};

struct Topic
{
    TicketCategory category;
    int weight;
    QStringView subject;
    QStringView body;     // %1: the order number, %2: the product
    QStringView followUp; // the customer's answer to a question
};

// What customers write about, and how often (weights in per cent).
const QList<Topic>& topics()
{
    static const QList<Topic> list{
        {TicketCategory::Delivery, 30, u"Где мой заказ %1?",
         u"Здравствуйте! Заказ %1 оформлен неделю назад, а трек-номер не обновляется. Когда ждать?",
         u"Посмотрела ещё раз — статус всё тот же."},
        {TicketCategory::Delivery, 8, u"Заказ %1 пришёл не полностью",
         u"В посылке по заказу %1 нет товара «%2». Проверьте, пожалуйста.", u"Фото коробки прикладываю."},
        {TicketCategory::Return, 18, u"Возврат по заказу %1",
         u"Хочу вернуть «%2» из заказа %1: не подошёл размер. Как оформить возврат?",
         u"Отправила, трек-номер пришлю позже."},
        {TicketCategory::ProductQuestion, 18, u"Вопрос о товаре «%2»",
         u"Подскажите, пожалуйста, есть ли «%2» в другом цвете и какой у него состав?",
         u"А когда будет поступление?"},
        {TicketCategory::Payment, 10, u"Оплата заказа %1",
         u"Деньги за заказ %1 списались дважды. Верните, пожалуйста, лишний платёж.",
         u"Выписку из банка приложила."},
        {TicketCategory::Complaint, 10, u"Брак: «%2»",
         u"Получила заказ %1, у товара «%2» брак — шов разошёлся после первой стирки.",
         u"Могу прислать ещё фото, если нужно."},
        {TicketCategory::Other, 6, u"Счёт для юрлица", u"Можно ли получить счёт с НДС на нашу компанию?",
         u"Реквизиты отправили письмом."},
    };
    return list;
}

const QList<QStringView>& replies()
{
    static const QList<QStringView> list{
        u"Здравствуйте! Спасибо, что написали. Уже проверяем и вернёмся с ответом.",
        u"Проверили: посылка в пути, задержка на сортировочном центре. Ожидайте в течение 2–3 дней.",
        u"Оформили возврат. Отправьте товар Почтой России по адресу склада, деньги вернём после получения.",
        u"Уточните, пожалуйста, номер заказа и приложите фото товара.",
        u"Извините за неудобство! Отправили замену, трек-номер придёт в СМС.",
        u"Лишний платёж вернули, деньги поступят на карту в течение 3–5 рабочих дней.",
    };
    return list;
}

TicketChannel pickChannel(DemoRandom& rnd)
{
    const int r = rnd.below(100);
    if (r < 40)
        return TicketChannel::Email;
    if (r < 60)
        return TicketChannel::Chat;
    if (r < 75)
        return TicketChannel::Marketplace;
    if (r < 85)
        return TicketChannel::Phone;
    if (r < 95)
        return TicketChannel::Messenger;
    return TicketChannel::Social;
}

TicketPriority pickPriority(DemoRandom& rnd, TicketCategory category)
{
    const int r = rnd.below(100);
    if (r < 5)
        return TicketPriority::Urgent;
    if (r < (category == TicketCategory::Complaint || category == TicketCategory::Payment ? 40 : 18))
        return TicketPriority::High;
    if (r < 90)
        return TicketPriority::Normal;
    return TicketPriority::Low;
}

const Topic& pickTopic(DemoRandom& rnd)
{
    int r = rnd.below(100);
    for (const Topic& t : topics()) {
        if (r < t.weight)
            return t;
        r -= t.weight;
    }
    return topics().last();
}

// An agent's delay to answer, mostly within the working day, sometimes long.
qint64 answerDelay(DemoRandom& rnd)
{
    const int r = rnd.below(100);
    if (r < 55)
        return rnd.between64(10 * Minute, 3 * Hour);
    if (r < 85)
        return rnd.between64(3 * Hour, 20 * Hour);
    return rnd.between64(20 * Hour, 3 * Day);
}

} // namespace

DemoSupport::DemoSupport(Database& db, SupportService& support, UserService& users, const Actor& actor)
    : m_db(db)
    , m_support(support)
    , m_users(users)
    , m_actor(actor)
{}

Result<DemoSupport::Summary> DemoSupport::run(int tickets, const std::function<bool(int, int)>& progress)
{
    // ---- agents ----
    const QList<std::pair<QString, Role>> people{{u"Анна Смирнова"_qs, Role::Support},
                                                 {u"Дмитрий Козлов"_qs, Role::Support},
                                                 {u"Елена Волкова"_qs, Role::Manager}};
    auto existing = m_users.list(m_actor, true);
    if (!existing)
        return fail(existing.error());
    for (const User& u : *existing) {
        if (u.name == people.first().first)
            return fail(ErrorCode::Conflict, tr("The demo support desk is already there."));
    }
    QList<User> agents;
    for (const auto& [name, role] : people) {
        auto made = m_users.save(m_actor, User{{}, name, role, {}, true});
        if (!made)
            return fail(made.error());
        agents.append(*made);
    }
    Summary summary;
    summary.agents = int(agents.size());

    // ---- canned responses and help articles ----
    const QList<std::pair<QString, QString>> canned{
        {tr("Greeting"), u"Здравствуйте, {customer_first_name}! Спасибо за обращение {ticket_number}."_qs},
        {tr("Tracking number"),
         u"Ваш заказ {order_number} передан в доставку, трек-номер: {tracking_number}."_qs},
        {tr("Return instructions"),
         u"Чтобы вернуть товар, отправьте его Почтой России на адрес склада и укажите номер заказа "
         u"{order_number}. Деньги вернём в течение 10 дней после получения."_qs},
        {tr("Apology for delay"), u"Извините за задержку, {customer_first_name}. Мы уже разбираемся."_qs},
        {tr("Closing"),
         u"Если останутся вопросы — просто ответьте на это письмо. С уважением, {agent_name}."_qs},
    };
    for (const auto& [title, body] : canned) {
        if (auto ok = m_support.saveCannedResponse(m_actor, CannedResponse{{}, title, body}); !ok)
            return fail(ok.error());
    }
    const QList<KbArticle> articles{
        {{},
         u"Как оформить возврат"_qs,
         u"Товар надлежащего качества можно вернуть в течение 14 дней, если сохранены вид и ярлыки. "
         u"Возврат оформляется по номеру заказа; деньги возвращаются тем же способом, которым платили."_qs,
         {u"возврат"_qs},
         0},
        {{},
         u"Сроки доставки"_qs,
         u"Почта России: 5–12 дней, СДЭК: 2–5 дней, Boxberry: 3–7 дней. Заказы на маркетплейсах "
         u"доставляет маркетплейс, сроки видны в личном кабинете покупателя."_qs,
         {u"доставка"_qs},
         0},
        {{},
         u"Таблица размеров"_qs,
         u"Носки: 36–38, 39–41, 42–44. Футболки: XS–XL по обхвату груди 84–108 см. Перчатки: S–XL по "
         u"обхвату ладони 17–23 см."_qs,
         {u"размер"_qs},
         0},
        {{},
         u"Двойное списание"_qs,
         u"Если деньги списались дважды, второй платёж — обычно блокировка банка, она снимается за 3–5 "
         u"рабочих дней. Если нет — вернём вручную по заявке."_qs,
         {u"оплата"_qs},
         0},
        {{},
         u"Брак и гарантия"_qs,
         u"На брак — обмен или возврат денег в течение гарантийного срока. Попросите фото дефекта и "
         u"номер заказа, оформите возврат с причиной «брак»."_qs,
         {u"брак"_qs, u"возврат"_qs},
         0},
    };
    for (const KbArticle& a : articles) {
        if (auto ok = m_support.saveArticle(m_actor, a); !ok)
            return fail(ok.error());
    }

    // ---- the orders tickets are about ----
    const qint64 now = m_db.clock().nowMs();
    const qint64 from = now - qint64(Days) * Day;
    QList<OrderRef> orders;
    {
        auto q = m_db.connection().query(
            "SELECT o.id, o.customer_id, c.name, o.number, l.product_id, l.name, o.ordered_at FROM "
            "sales_orders o "
            "JOIN customers c ON c.id = o.customer_id JOIN sales_order_lines l ON l.order_id = o.id AND "
            "l.position = (SELECT min(position) FROM sales_order_lines WHERE order_id = o.id) "
            "WHERE o.ordered_at >= ? AND o.status <> 'draft' ORDER BY o.ordered_at");
        q.bind(from - 30 * Day);
        if (auto ok = q.forEachRow([&] {
                orders.append(
                    OrderRef{q.id(0), q.id(1), q.text(2), q.text(3), q.id(4), q.text(5), q.int64(6)});
            });
            !ok)
            return fail(ok.error());
    }

    // ---- tickets ----
    DemoRandom rnd(Seed);
    QList<TicketHistory> histories;
    histories.reserve(tickets);
    for (int i = 0; i < tickets; ++i) {
        // Spread over the period, more of them lately; the last few days are still being worked on.
        const qint64 opened = from + qint64((now - from - Hour) * std::sqrt(double(i + 1) / tickets));
        const Topic& topic = pickTopic(rnd);
        TicketHistory h;
        NewTicket& n = h.ticket;
        n.channel = pickChannel(rnd);
        n.category = topic.category;
        n.priority = pickPriority(rnd, topic.category);
        n.receivedAt = opened;
        QString orderNumber = u"—"_qs;
        QString product = u"товар"_qs;
        if (!orders.isEmpty() && rnd.percent(85)) {
            // An order placed before the ticket, not long before.
            qsizetype hi = std::upper_bound(orders.cbegin(), orders.cend(), opened,
                                            [](qint64 t, const OrderRef& o) { return t < o.orderedAt; }) -
                           orders.cbegin();
            if (hi > 0) {
                const OrderRef& o =
                    orders.at(std::max<qsizetype>(0, hi - 1 - rnd.below(int(std::min<qsizetype>(hi, 400)))));
                n.customerId = o.customerId;
                n.orderId = o.id;
                n.productId = o.productId;
                orderNumber = o.number;
                product = o.productName;
            }
        }
        if (n.customerId.isNull()) {
            n.contactName = rnd.pick(QList<QString>{u"Гость"_qs, u"Ольга"_qs, u"Игорь"_qs, u"Marina K."_qs});
            n.contactAddress = QStringLiteral("guest%1@example.ru").arg(i);
        }
        const auto fill = [&](QStringView text) {
            return text.toString().replace(u"%1"_qs, orderNumber).replace(u"%2"_qs, product);
        };
        n.subject = fill(topic.subject);
        n.body = fill(topic.body);
        const User& agent = agents.at(rnd.below(int(agents.size())));
        const bool recent = now - opened < 10 * Day;
        qint64 t = opened;
        const auto step = [&](TicketStep::Kind kind, qint64 at) {
            TicketStep s;
            s.kind = kind;
            s.at = at;
            s.userId = agent.id;
            s.userName = agent.displayName();
            return s;
        };
        // Assigned soon after it arrives (a few wait in the unassigned queue).
        if (!recent || rnd.percent(60)) {
            t += rnd.between64(2 * Minute, 40 * Minute);
            TicketStep a = step(TicketStep::Kind::Assign, t);
            h.steps.append(a);
        }
        // The stage a recent ticket has reached; older ones go all the way.
        const int stage = recent ? rnd.below(5) : 5;
        const auto work = [&] {
            if (stage < 1)
                return;
            t += answerDelay(rnd);
            if (t >= now)
                return;
            TicketStep r = step(TicketStep::Kind::Reply, t);
            r.body = rnd.pick(replies()).toString();
            const bool asks = rnd.percent(45);
            if (asks) {
                r.withStatus = true;
                r.status = TicketStatus::WaitingCustomer;
            } else if (stage >= 4 || rnd.percent(60)) {
                r.withStatus = true;
                r.status = TicketStatus::Resolved;
            }
            h.steps.append(r);
            if (asks && stage >= 2) {
                t += rnd.between64(1 * Hour, 2 * Day);
                if (t >= now)
                    return;
                TicketStep c = step(TicketStep::Kind::CustomerMessage, t);
                c.body = topic.followUp.toString();
                h.steps.append(c);
                if (stage >= 3) {
                    t += answerDelay(rnd);
                    if (t >= now)
                        return;
                    TicketStep r2 = step(TicketStep::Kind::Reply, t);
                    r2.body = rnd.pick(replies()).toString();
                    r2.withStatus = true;
                    r2.status = TicketStatus::Resolved;
                    h.steps.append(r2);
                }
            }
            const bool resolved = !h.steps.isEmpty() && h.steps.last().withStatus &&
                                  h.steps.last().status == TicketStatus::Resolved;
            if (resolved && !recent) {
                // Some come back within a few days; many rate the help.
                if (rnd.percent(8)) {
                    t += rnd.between64(Day, 4 * Day);
                    if (t < now) {
                        TicketStep c = step(TicketStep::Kind::CustomerMessage, t);
                        c.body = u"Вопрос не решён, посылка так и не пришла."_qs;
                        h.steps.append(c);
                        t += answerDelay(rnd);
                        if (t < now) {
                            TicketStep r3 = step(TicketStep::Kind::Reply, t);
                            r3.body = replies().at(4).toString();
                            r3.withStatus = true;
                            r3.status = TicketStatus::Resolved;
                            h.steps.append(r3);
                        }
                    }
                }
                if (rnd.percent(45)) {
                    TicketStep s = step(TicketStep::Kind::Csat, t + rnd.between64(Hour, Day));
                    if (s.at < now && h.steps.last().status == TicketStatus::Resolved) {
                        const int roll = rnd.below(100);
                        s.csat = roll < 62 ? 5 : roll < 80 ? 4 : roll < 88 ? 3 : roll < 94 ? 2 : 1;
                        h.steps.append(s);
                    }
                }
            }
        };
        work();
        histories.append(h);
    }
    auto written = m_support.importHistory(m_actor, histories, 500, progress);
    if (!written)
        return fail(written.error());
    summary.tickets = *written;
    // What happened since in the open tickets: warnings and breaches up to now.
    if (auto swept = m_support.sweep(m_actor); !swept)
        return fail(swept.error());
    auto q = m_db.connection().query("SELECT count(*), (SELECT count(*) FROM tickets WHERE status NOT IN "
                                     "('resolved', 'closed')) FROM tickets");
    if (auto row = q.next(); row && *row) {
        summary.tickets = int(q.int64(0));
        summary.open = int(q.int64(1));
    }
    return summary;
}

} // namespace kontor

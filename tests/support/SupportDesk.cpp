#include "SupportDesk.h"

namespace kontor::test {

namespace {

template <typename T>
T check(Result<T> result, const char* what)
{
    if (!result)
        qFatal("cannot %s: %s", what, qPrintable(result.error().toString()));
    return std::move(*result);
}

} // namespace

SupportDesk::SupportDesk()
{
    WorkingHours h;
    h.timeZoneId = "Europe/Moscow";
    if (auto ok = calendar.setWorkingHours(owner, h); !ok)
        qFatal("cannot set the working hours: %s", qPrintable(ok.error().toString()));
    socks = product(u"SOCK-1"_qs, u"Wool socks"_qs);
    receive(socks, StockService::mainLocationId(), 10);
    anna = makeCustomer(*this, u"Anna Petrova"_qs, u"anna@example.com"_qs, u"+7 912 345-67-89"_qs);
    annasOrder = shippedOrder(*this, anna.id, {{socks, 2}});
}

qint64 SupportDesk::at(int y, int m, int d, int h, int min)
{
    static const QTimeZone moscow("Europe/Moscow");
    return QDateTime(QDate(y, m, d), QTime(h, min), moscow).toMSecsSinceEpoch();
}

Ticket SupportDesk::open(const QString& subject, qint64 when, TicketPriority priority, bool fromAnna)
{
    setNow(when);
    NewTicket n;
    n.subject = subject;
    n.priority = priority;
    if (fromAnna) {
        n.customerId = anna.id;
        n.contactAddress = anna.email;
    } else {
        n.contactName = u"Irina"_qs;
        n.contactAddress = u"irina@example.com"_qs;
    }
    n.body = u"Hello! "_qs + subject;
    return check(support.create(owner, n), "open a ticket");
}

User SupportDesk::agent(const QString& name)
{
    User u;
    u.name = name;
    u.role = Role::Support;
    return check(users.save(owner, u), "add a user");
}

Ticket SupportDesk::read(const Id& ticketId)
{
    return check(support.ticket(owner, ticketId), "read a ticket");
}

QList<TicketMessage> SupportDesk::messagesOf(const Id& ticketId)
{
    return check(support.messages(owner, ticketId), "read a thread");
}

} // namespace kontor::test

#pragma once

// A support desk for GUI tests: a StockShop in Moscow working Monday to Friday 9:00-18:00 with the
// built-in SLA policies (standard 8 h first response / 40 h resolution, high 4/16 h, urgent 1/8 h,
// all in business hours, amber at 75 %), Anna with a shipped order of socks, and builders for
// tickets opened at a given Moscow time.

#include "ShippedOrders.h"
#include "StockShop.h"

namespace kontor::test {

struct SupportDesk : StockShop
{
    SupportDesk();

    // A Moscow wall-clock time as UTC ms.
    static qint64 at(int y, int m, int d, int h, int min = 0);
    void setNow(qint64 ms) { tmp.clock().setMs(ms); }
    qint64 now() { return tmp.clock().nowMs(); }

    // A ticket opened at `when` (the clock is set to it): from Anna when `fromAnna`, else from an
    // unknown contact "Irina" (qFatal on failure).
    Ticket open(const QString& subject, qint64 when, TicketPriority priority = TicketPriority::Normal,
                bool fromAnna = false);
    // A support agent (a user with the Support role) and an actor for them.
    User agent(const QString& name);
    Ticket read(const Id& ticketId);
    QList<TicketMessage> messagesOf(const Id& ticketId);

    Id socks;
    Customer anna;
    Order annasOrder;
};

} // namespace kontor::test

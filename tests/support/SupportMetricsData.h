#pragma once

// A known set of support tickets for the support quality tests (core and UI), built through
// SupportService, OrderService and a manual clock in a Moscow shop working Monday to Friday
// 9:00-18:00, with the built-in SLA policies (standard 8 h first response / 8 h next response /
// 40 h resolution; high 4/4/16 h; urgent 1/2/8 h, all in business hours).
//
// The period is Monday 2 to Sunday 15 February 2026 (local days); `now` is Monday 16 February
// 10:00. What happens (Moscow times; "FR" first response, "NR" next response, "res" resolution,
// durations in business hours of the policy's clock):
//
//  T0  Thu 29 Jan 10:00, normal, email, Anna, product P1. Nobody answers: FR breached Thu 18:00
//      (January). Reply + resolved Mon 2 Feb 10:00: FR 8+9+1 = 18 h, res 18 h (met).
//  T1  Mon 2 Feb 10:00, normal, email, Anna, product P1. Reply + resolved 12:00: FR 2 h, res 2 h.
//      CSAT 5.
//  T2  Mon 2 Feb 11:00, normal, phone, Boris, order O1 (P1, P2). Reply Tue 9:30 -> waiting for
//      the customer: FR 7.5 h, res paused at 7.5 h. The customer writes Thu 5 Feb 14:00 (NR 1
//      starts); reply + resolved Fri 6 Feb 10:00: NR 5 h, res 7.5+4+1 = 12.5 h. CSAT 3.
//  T3  Tue 3 Feb 9:00, high, chat, Anna, product P2. Reply + resolved Wed 4 Feb 10:00: FR breached
//      Tue 13:00, FR 9+1 = 10 h, res 10 h. The customer writes Thu 5 Feb 11:00: reopened (res runs
//      on from 10 h, NR 1 starts); resolved without a reply Thu 12:00: NR stopped at 1 h (met), res
//      11 h (the day spent resolved does not count). CSAT 4.
//  T4  Wed 4 Feb 15:00, normal, email, Boris, order O2 (P1). Reply 16:00 -> waiting for a third
//      party: FR 1 h, res paused at 1 h. Open again Mon 9 Feb 9:00, resolved 12:00: res 1+3 = 4 h.
//  T5  Thu 5 Feb 17:00, urgent, messenger, unassigned, product P1 (and order O3, which the product
//      overrides). Reply Fri 6 Feb 10:30: FR breached Thu 18:00, FR 1+1.5 = 2.5 h. Res breached Fri
//      16:00 (recorded by a note on Mon 9 Feb). Still open.
//  T6  Mon 9 Feb 10:00, normal, phone, Boris. Reply 11:00 -> waiting for the customer: FR 1 h.
//  T7  Wed 11 Feb 14:00, normal, chat, Anna, product P3. Reply Thu 12 Feb 10:00: FR 4+1 = 5 h.
//  T8  Wed 11 Feb 15:00, email, unassigned, product P1: merged into T7 at 16:00 (counts nowhere).
//  T9  Fri 13 Feb 12:00, normal, web form, Anna, order O7 (P1). No reply yet (FR due Mon 11:00).
//  T10 Sun 15 Feb 20:00, normal, email, Boris. No reply yet.
//  T11 Mon 16 Feb 9:30 (after the period), email, Anna.
//
// Orders: O7 Wed 28 Jan (P1 x7, before the period); on Mon 2 Feb O1 (P1 x2, P2 x1), O2 (P1 x1),
// O3 (P2 x3), O4 (P3 x4), O5 a draft (P1 x5) and O6 cancelled (P1 x10). Users: Anna (Анна) and
// Boris (Борис), support agents.

#include "StockShop.h"

namespace kontor::test {

struct SupportMetricsData
{
    explicit SupportMetricsData(StockShop& shop);

    // A Moscow wall-clock time as UTC ms.
    static qint64 at(int y, int m, int d, int h, int min = 0);

    qint64 from = 0; // Mon 2 Feb 2026 00:00 Moscow
    qint64 to = 0;   // Mon 16 Feb 2026 00:00 Moscow
    qint64 now = 0;  // Mon 16 Feb 2026 10:00 Moscow
    Id anna;
    Id boris;
    Id p1;                 // Кофемолка
    Id p2;                 // Чайник
    Id p3;                 // Фильтр
    QList<Ticket> tickets; // T0 .. T11 (TK-00001 .. TK-00012) as they are at the end
};

} // namespace kontor::test

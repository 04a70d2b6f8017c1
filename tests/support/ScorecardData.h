#pragma once

// A known set of supplier figures for the supplier performance UI tests, built through the core
// services on a StockShop, with "today" = 31 March 2026 (10:00 local). Figures by hand:
//
// "Носки оптом", contract K-7 (valid 1 Jan 2025 – 20 Apr 2026, renewal notice 30 days): lead time 10
// calendar days from confirmation; late 1 % of the late value a day, cap 5 % of the line; 100.00
// per defective unit; 10 % of mis-sorted goods; shortage 10 % of the undelivered value; claims within
// 14 days; targets on time 95 %, in full 95 %, defects at most 2 %, mis-sorts at most 1 %.
// Socks (SOCK) at 100.00, mugs (MUG) at 300.00.
// - April 2025 to February 2026: each month a PO of 10 socks confirmed on the 1st, all received on
//   the 5th (4 days): 100 % on time, in full and OTIF, no defects.
// - PO1: 10 socks confirmed 2 Mar (due 12 Mar), all received 10 Mar: on time, OTIF.
// - PO2: confirmed 5 Mar (due 15 Mar). 10 mugs received 15 Mar, 8 good and 2 defective: on time
//   10, in full 8, not OTIF, defect penalty 2 x 100.00 = 200.00 (claim, paid 200.00 on 29 Mar). 10 socks
//   received 21 Mar, 6 days late: 1 000.00 x 1 % x 6 = 60.00, capped at 5 % of 1 000.00 = 50.00.
//   A lateness claim of 50.00 is made on 31 Mar (open).
// - PO3: 20 socks confirmed 6 Mar (due 16 Mar); 15 good and 1 mis-sorted received 16 Mar; closed
//   short 20 Mar. On time 15, in full 15; 5 missing accrue 4 days: 500.00 x 1 % x 4 = 20.00;
//   shortage 10 % of 500.00 = 50.00; mis-sort 10 % of 100.00 = 10.00 (claim, open).
// - PO4: 5 mugs confirmed 17 Mar (due 27 Mar), nothing arrived: overdue 4 days on 31 Mar;
//   1 500.00 x 1 % x 4 = 60.00 (cap 75.00 not reached).
// March 2026 (to 31 Mar): 5 lines judged, 55 units ordered; on time 10 + 10 + 0 + 15 + 0 = 35
// (63.64 %); in full 10 + 8 + 10 + 15 + 0 = 43 (78.18 %); OTIF 1 of 5 (20 %). Receipts: 4, with
// 10 + 10 + 10 + 16 = 46 units, 2 defective (4.35 %), 1 mis-sorted (2.17 %). Lead times 8, 10, 16,
// 10 days: mean 11, p90 16, promised 10. Penalties accrued 50 + 200 + 20 + 50 + 10 + 60 = 390.00;
// claimed 200 + 10 + 50 = 260.00; collected 200.00; spend 1 000 + 2 400 + 1 000 + 1 500 = 5 900.00.
// Every target is missed.
//
// "Кружки и Ко", contract M-2 (no end, no targets): PO5, 10 mugs at 280.00 confirmed 20 Mar (due 30
// Mar), all received 28 Mar: 100 % on time, in full and OTIF; spend 2 800.00.
//
// Sales: 28 socks shipped on 20 Mar and 14 mugs on 28 Mar, within the last 28 days: 1 and 0.5 a day.
// Warnings on 31 Mar: PO4 overdue (4 days), K-7 expiring (20 days left), "Носки оптом" breaching.

#include "StockShop.h"

#include <QDate>

namespace kontor::test {

struct ScorecardData
{
    static QDate today() { return QDate(2026, 3, 31); }

    Id socks;
    Id mugs;
    Id supplier; // "Носки оптом"
    Id other;    // "Кружки и Ко"
    Id contract; // K-7
    PurchaseOrder po1, po2, po3, po4, po5;

    explicit ScorecardData(StockShop& shop);
};

// Sets the shop's clock to 10:00 local time on `day`.
void setShopDay(StockShop& shop, QDate day);

} // namespace kontor::test

#pragma once

// SupplierSla: the supplier figures of DOMAIN.md as pure functions, so every screen, report and
// test computes them the same way and every figure can be explained from its inputs.
//
// - Due date = start event (confirmation, or prepayment where the contract says so) + lead time,
//   in calendar days or in working days of the shop's calendar, as the contract says.
// - Days late of a receipt = max(0, receipt date - due date) in the same kind of days; a line
//   delivered in several receipts counts each part with its own date; units still missing keep
//   accruing days late until they arrive, the line is closed short, or the evaluation date.
// - Units of the ordered product = accepted + defective (a defective unit is the ordered product,
//   broken); mis-sorted units are not. A part counts only up to what is still missing of the
//   line, so an over-delivery never hides a shortage.
// - On-time units = units of the ordered product received by the due date; in-full units =
//   accepted units; both capped at the ordered quantity per line. OTIF: the accepted units
//   received by the due date cover the ordered quantity.
// - Late penalty per part = its value x rate per day x days late, half-up per part; the missing
//   units accrue likewise. The total is capped at the contract's share of the line's value, or of
//   the PO's value (then the cap applies to the PO's total, and lines keep their uncapped amounts
//   with the reduction shown on the PO).
// - Defect and mis-sort penalties: per unit (amount x units, half-up) or a share of their value.
//   Shortage: a share of the value never delivered, once the line is closed short.
// - Lead time of a receipt = receipt date - PO confirmation date in calendar days; mean and p90
//   (nearest rank). The learned lead time is the mean of the last N receipts (default 10), used
//   once there are at least 5.

#include "Purchasing.h"
#include "common/BusinessCalendar.h"

#include <QList>

#include <optional>

namespace kontor {

struct DeliveryPart
{
    QDate on;
    Quantity accepted;
    Quantity defective;
    Quantity missorted;
};

struct SlaLineInput
{
    Id lineId;
    Quantity ordered;
    qint64 unitPrice = 0; // net of the PO's discount, minor units
    QList<DeliveryPart> parts;
    QDate closedOn; // the line (or its PO) was closed short or cancelled on this day; null: open
};

struct SlaPart
{
    QDate on;
    Quantity units; // units of the ordered product this part counts towards the line
    int daysLate = 0;
    qint64 value = 0;   // units x unit price
    qint64 penalty = 0; // value x rate x days late
};

struct SlaLine
{
    Id lineId;
    Quantity ordered;
    Quantity accepted;
    Quantity defective;
    Quantity missorted;
    Quantity onTime;  // capped at ordered
    Quantity inFull;  // accepted, capped at ordered
    Quantity missing; // ordered - units of the ordered product received (never below 0)
    bool otif = false;
    bool due = false; // the due date has passed (or the line is complete): it counts in rates
    int daysLate = 0; // the largest over its parts and its missing units
    int missingDaysLate = 0;
    qint64 value = 0; // ordered x unit price
    QList<SlaPart> parts;
    qint64 missingPenalty = 0; // the missing units' accrual
    qint64 latePenalty = 0;    // after a line cap
    qint64 latePenaltyUncapped = 0;
    bool capReached = false;
    qint64 defectPenalty = 0;
    qint64 missortPenalty = 0;
    qint64 shortagePenalty = 0;
};

struct SlaOrder
{
    QDate due;
    QList<SlaLine> lines;
    qint64 value = 0;
    qint64 latePenalty = 0; // after every cap
    bool capReached = false;
    qint64 defectPenalty = 0;
    qint64 missortPenalty = 0;
    qint64 shortagePenalty = 0;

    qint64 totalPenalty() const { return latePenalty + defectPenalty + missortPenalty + shortagePenalty; }
};

struct LeadTimeStats
{
    int count = 0;
    double mean = 0;
    int p90 = 0;
    int min = 0;
    int max = 0;
};

namespace SupplierSla {

// value x bp / 10000, half-up (away from zero), without overflow.
qint64 shareOf(qint64 value, qint64 bp);
// quantity x unit price in minor units, half-up.
qint64 valueOf(Quantity quantity, qint64 unitPrice);

QDate dueDate(QDate start, const ContractTerms& terms, const BusinessCalendar& calendar);
int daysLate(QDate due, QDate on, const ContractTerms& terms, const BusinessCalendar& calendar);
qint64 unitPenalty(const PenaltyRule& rule, Quantity units, qint64 unitPrice);

// One line as of `asOf` (missing units accrue until then). A null `due` (no start event yet)
// makes nothing late.
SlaLine evaluateLine(const SlaLineInput& line, QDate due, const ContractTerms& terms,
                     const BusinessCalendar& calendar, QDate asOf);
// Every line of a PO, with the PO-wide cap where the contract puts it.
SlaOrder evaluate(const QList<SlaLineInput>& lines, QDate due, const ContractTerms& terms,
                  const BusinessCalendar& calendar, QDate asOf);

LeadTimeStats leadTimeStats(QList<int> days);
// The mean of the newest `window` lead times (given newest first), once there are `minimum`.
std::optional<double> learnedLeadTime(const QList<int>& newestFirst, int window = 10, int minimum = 5);
// numerator / denominator in basis points, half-up; none when the denominator is 0.
std::optional<int> ratioBp(qint64 numerator, qint64 denominator);

} // namespace SupplierSla

} // namespace kontor

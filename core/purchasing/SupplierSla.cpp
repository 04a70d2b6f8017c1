#include "SupplierSla.h"

#include "common/Decimal.h"

#include <algorithm>
#include <cmath>

namespace kontor::SupplierSla {

namespace {

using Decimal::mulDivRound;

Quantity minQ(Quantity a, Quantity b)
{
    return a.milli() <= b.milli() ? a : b;
}

Quantity nonNegative(Quantity q)
{
    return q.milli() > 0 ? q : Quantity();
}

} // namespace

qint64 shareOf(qint64 value, qint64 bp)
{
    return mulDivRound(value, bp, 10000);
}

qint64 valueOf(Quantity quantity, qint64 unitPrice)
{
    return mulDivRound(quantity.milli(), unitPrice, 1000);
}

QDate dueDate(QDate start, const ContractTerms& terms, const BusinessCalendar& calendar)
{
    if (!start.isValid())
        return {};
    return terms.businessDays ? calendar.addWorkingDays(start, terms.leadTimeDays)
                              : start.addDays(terms.leadTimeDays);
}

int daysLate(QDate due, QDate on, const ContractTerms& terms, const BusinessCalendar& calendar)
{
    if (!due.isValid() || !on.isValid() || on <= due)
        return 0;
    return std::max(0, terms.businessDays ? calendar.workingDaysBetween(due, on) : int(due.daysTo(on)));
}

qint64 unitPenalty(const PenaltyRule& rule, Quantity units, qint64 unitPrice)
{
    switch (rule.kind) {
    case PenaltyKind::None:
        return 0;
    case PenaltyKind::PerUnit:
        return valueOf(units, rule.value);
    case PenaltyKind::Percent:
        return shareOf(valueOf(units, unitPrice), rule.value);
    }
    return 0;
}

SlaLine evaluateLine(const SlaLineInput& input, QDate due, const ContractTerms& terms,
                     const BusinessCalendar& calendar, QDate asOf)
{
    SlaLine line;
    line.lineId = input.lineId;
    line.ordered = input.ordered;
    line.value = valueOf(input.ordered, input.unitPrice);

    QList<DeliveryPart> parts = input.parts;
    std::stable_sort(parts.begin(), parts.end(),
                     [](const DeliveryPart& a, const DeliveryPart& b) { return a.on < b.on; });

    Quantity remaining = input.ordered; // units of the ordered product still expected
    Quantity acceptedOnTime;
    for (const DeliveryPart& p : parts) {
        line.accepted += p.accepted;
        line.defective += p.defective;
        line.missorted += p.missorted;
        SlaPart part;
        part.on = p.on;
        part.units = minQ(nonNegative(p.accepted + p.defective), nonNegative(remaining));
        remaining -= part.units;
        const bool onTime = !due.isValid() || p.on <= due;
        if (onTime) {
            line.onTime += part.units;
            acceptedOnTime += p.accepted;
        }
        part.daysLate = daysLate(due, p.on, terms, calendar);
        part.value = valueOf(part.units, input.unitPrice);
        part.penalty = mulDivRound(part.value, qint64(terms.lateBpPerDay) * part.daysLate, 10000);
        line.daysLate = std::max(line.daysLate, part.daysLate);
        line.latePenaltyUncapped += part.penalty;
        line.parts.append(part);
    }
    line.missing = nonNegative(remaining);
    line.inFull = minQ(line.accepted, input.ordered);
    line.onTime = minQ(line.onTime, input.ordered);
    line.otif = acceptedOnTime.milli() >= input.ordered.milli();

    // Missing units accrue days late until they arrive, the line is closed, or today.
    const QDate end = input.closedOn.isValid() ? std::min(input.closedOn, asOf) : asOf;
    if (line.missing.milli() > 0) {
        line.missingDaysLate = daysLate(due, end, terms, calendar);
        line.missingPenalty = mulDivRound(valueOf(line.missing, input.unitPrice),
                                          qint64(terms.lateBpPerDay) * line.missingDaysLate, 10000);
        line.daysLate = std::max(line.daysLate, line.missingDaysLate);
        line.latePenaltyUncapped += line.missingPenalty;
        if (input.closedOn.isValid())
            line.shortagePenalty = shareOf(valueOf(line.missing, input.unitPrice), terms.shortageBp);
    }
    line.due = due.isValid() && (asOf > due || line.missing.milli() == 0 || input.closedOn.isValid());

    line.latePenalty = line.latePenaltyUncapped;
    if (terms.lateCapBp && terms.capBasis == CapBasis::Line) {
        const qint64 cap = shareOf(line.value, *terms.lateCapBp);
        if (line.latePenaltyUncapped > cap) {
            line.latePenalty = cap;
            line.capReached = true;
        }
    }
    line.defectPenalty = unitPenalty(terms.defect, line.defective, input.unitPrice);
    line.missortPenalty = unitPenalty(terms.missort, line.missorted, input.unitPrice);
    return line;
}

SlaOrder evaluate(const QList<SlaLineInput>& lines, QDate due, const ContractTerms& terms,
                  const BusinessCalendar& calendar, QDate asOf)
{
    SlaOrder order;
    order.due = due;
    for (const SlaLineInput& input : lines) {
        SlaLine line = evaluateLine(input, due, terms, calendar, asOf);
        order.value += line.value;
        order.latePenalty += line.latePenalty;
        order.capReached = order.capReached || line.capReached;
        order.defectPenalty += line.defectPenalty;
        order.missortPenalty += line.missortPenalty;
        order.shortagePenalty += line.shortagePenalty;
        order.lines.append(std::move(line));
    }
    if (terms.lateCapBp && terms.capBasis == CapBasis::Order) {
        const qint64 cap = shareOf(order.value, *terms.lateCapBp);
        if (order.latePenalty > cap) {
            order.latePenalty = cap;
            order.capReached = true;
        }
    }
    return order;
}

LeadTimeStats leadTimeStats(QList<int> days)
{
    LeadTimeStats s;
    s.count = int(days.size());
    if (days.isEmpty())
        return s;
    std::sort(days.begin(), days.end());
    qint64 sum = 0;
    for (int d : days)
        sum += d;
    s.mean = double(sum) / double(days.size());
    // Nearest rank: the smallest value with at least 90 % of the values at or below it.
    const qsizetype rank = (9 * days.size() + 9) / 10; // ceil(0.9 n)
    s.p90 = days.at(std::max<qsizetype>(rank, 1) - 1);
    s.min = days.first();
    s.max = days.last();
    return s;
}

std::optional<double> learnedLeadTime(const QList<int>& newestFirst, int window, int minimum)
{
    if (newestFirst.size() < minimum || window <= 0)
        return std::nullopt;
    const qsizetype n = std::min<qsizetype>(window, newestFirst.size());
    qint64 sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += newestFirst.at(i);
    return double(sum) / double(n);
}

std::optional<int> ratioBp(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return int(mulDivRound(numerator, 10000, denominator));
}

} // namespace kontor::SupplierSla

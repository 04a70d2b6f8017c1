#pragma once

// ScorecardText: how the supplier figures look on the supplier performance page, its drill-down
// and its warnings: rates in basis points as percentages, targets, lead times in days, agreed
// dates, the contract's clauses in words, and how a line's penalties were computed, so every
// figure on the page can be followed back to its inputs.

#include "purchasing/SupplierPerformance.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace kontor::ScorecardText {

// Basis points as a percentage with up to two decimals: 6667 -> "66.67 %", 9500 -> "95 %";
// "—" when there is no figure (nothing was judged).
QString percent(std::optional<int> bp, const QLocale& locale = QLocale());
// "Target 95 %" (a minimum rate) or "Target at most 2 %" (defects, mis-sorts).
QString target(int bp, bool atMost, const QLocale& locale = QLocale());
// A number of days with one decimal when it has one: "10.3", "8".
QString days(double value, const QLocale& locale = QLocale());
// Minor units in the currency: "1 234.50 ₽".
QString money(qint64 minor, const QString& currency, const QLocale& locale = QLocale());
// The locale's short date; empty for a null date.
QString date(QDate day, const QLocale& locale = QLocale());
// A period: "1 Mar 2026 – 31 Mar 2026".
QString period(QDate from, QDate to, const QLocale& locale = QLocale());
// A target a scorecard misses: "On time", "63.64 %", "95 %" or "Defects", "4.35 %", "at most 2 %".
struct MissedTarget
{
    QString figure;
    QString result;
    QString target;
};
QList<MissedTarget> missedTargets(const Scorecard& card, const QLocale& locale = QLocale());
// "3 days", "1 business day".
QString dayCount(int count, bool businessDays);

// The contract's clauses in words.
QString leadTimeClause(const ContractTerms& terms); // "10 calendar days from confirmation"
QString lateClause(const ContractTerms& terms);     // "1 % of the late value per day, cap 5 % of the line"
QString penaltyClause(const PenaltyRule& rule, const QString& currency);
QString clauses(const ContractTerms& terms, const QString& currency); // all of them, one line

// Whether the late penalty of the line stopped at the contract's cap (of the line, or its share
// of the PO's cap).
bool capReached(const ScorecardLine& line);
// The late penalty of a line and how it came about, for its tooltip and the "Why?" text: each
// delivery's value x rate x days late, the missing units' accrual, and the cap.
QString lateWorking(const ScorecardLine& line, const QLocale& locale = QLocale());
// The defect, mis-sort and shortage penalties with their arithmetic (empty parts left out).
QString qualityWorking(const ScorecardLine& line, const QLocale& locale = QLocale());

} // namespace kontor::ScorecardText

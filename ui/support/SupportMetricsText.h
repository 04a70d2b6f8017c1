#pragma once

// SupportMetricsText: how the support quality figures read on the page: clock durations as
// "3 h 20 min", rates as "71.4 %", figures per 100 as "166.7", the name of a breakdown row, and
// the clock the times were measured in ("business hours").

#include "support/SupportMetrics.h"

#include <QLocale>
#include <QString>

namespace kontor::SupportMetricsText {

// Milliseconds of a clock rounded to the minute: "3 h 20 min", "45 min", "8 h", "0 min"; "< 1 min"
// for less than half a minute that is not nothing.
QString duration(qint64 ms);
// A duration figure, or "—" when nothing was measured.
QString duration(const DurationStats& stats, qint64 DurationStats::*member);
// Basis points as a percentage with at most one decimal: 7143 -> "71.4 %"; "—" for none.
QString percent(std::optional<int> bp, const QLocale& locale = QLocale());
// Hundredths as a number with at most one decimal: 16667 -> "166.7"; "—" for none.
QString per100(std::optional<int> hundredths, const QLocale& locale = QLocale());
// What the durations were measured in: "business hours of the shop calendar", "calendar hours", or
// both.
QString clockName(const DurationStats& a, const DurationStats& b);
// A breakdown row's name: the agent, the channel, "2 Feb – 8 Feb 2026" or "February 2026". A week
// is cut to the period's first and last day when given ("1 Jan – 4 Jan 2026").
QString rowName(const SupportMetricsRow& row, SupportGrouping grouping, QDate first = {}, QDate last = {},
                const QLocale& locale = QLocale());
// "3 of 5".
QString ofCount(int part, int whole);

} // namespace kontor::SupportMetricsText

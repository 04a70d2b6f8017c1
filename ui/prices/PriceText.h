#pragma once

// PriceText: how the price dialogs show and read their values: exchange rates typed with up to four
// decimals ("92,50"), VAT rates in percent, dates that start on a local day, and the red line that
// shows a service's refusal.

#include "common/Result.h"

#include <QDate>
#include <QLocale>
#include <QString>

class QLabel;

namespace kontor::PriceText {

// A rate such as "92,50" (shop currency per unit) as rate x 10^6; at most four decimals.
Result<qint64> parseRate(const QString& text, const QLocale& locale = QLocale());
// "92.50", "92.1234": two decimals at least, four at most.
QString rate(qint64 rateE6, const QLocale& locale = QLocale());
// "20", "20,5" (percent) as basis points.
Result<int> parsePercent(const QString& text, const QLocale& locale = QLocale());
// "20 %", "10.5 %".
QString percent(int basisPoints, const QLocale& locale = QLocale());
// The start of a local day in UTC ms: what "valid from 1 March" means.
qint64 startOfDay(QDate date);
// The local date of a UTC time in ms, in the locale's short format.
QString date(qint64 utcMs, const QLocale& locale = QLocale());
// A hidden word-wrapped label in the warning colour, for a service's refusal.
QLabel* errorLabel(const QString& objectName);
// Shows `text` in the label, or hides it when empty.
void showError(QLabel* label, const QString& text);

} // namespace kontor::PriceText

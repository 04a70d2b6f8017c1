#pragma once

// Fixed-point decimal parsing and formatting for money, quantities and rates. Numbers typed by
// users or read from files never pass through double: "1 234,50" (Russian Excel) and "1,234.50"
// (English) both become 123450 at scale 2.

#include "Result.h"

#include <QChar>
#include <QString>

class QLocale;

namespace kontor {

struct NumberFormat
{
    QChar decimalPoint = u'.'; // the separator expected when a lone ',' or '.' is ambiguous
    static NumberFormat fromLocale(const QLocale& locale);
};

namespace Decimal {

// Parses text into an integer scaled by 10^scale. Accepts a leading sign, spaces, no-break spaces
// and apostrophes as group separators, ',' or '.' as the decimal separator (when both occur the
// last one is the decimal point; a lone separator followed by exactly three digits that is not
// the format's decimal point groups thousands). Extra decimals must be zeros.
Result<qint64> parse(QStringView text, int scale, NumberFormat format = {});

// Formats value/10^scale with exactly `scale` decimals (or fewer when trimZeros), using the
// given decimal point and optional group separator.
QString format(qint64 value, int scale, QChar decimalPoint = u'.', QChar groupSeparator = QChar(),
               bool trimZeros = false);

// value * numerator / denominator rounded half away from zero, without overflow for shop sizes.
qint64 mulDivRound(qint64 value, qint64 numerator, qint64 denominator);

} // namespace Decimal
} // namespace kontor

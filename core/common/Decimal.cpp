#include "Decimal.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace kontor {

NumberFormat NumberFormat::fromLocale(const QLocale& locale)
{
    const QString point = locale.decimalPoint();
    return NumberFormat{point.isEmpty() ? QChar(u'.') : point.front()};
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::Decimal", text);
}

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\'';
}

} // namespace

namespace Decimal {

Result<qint64> parse(QStringView text, int scale, NumberFormat format)
{
    Q_ASSERT(scale >= 0 && scale <= 9);
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return fail(ErrorCode::Invalid, tr("a number is required"));

    bool negative = false;
    if (s.front() == u'-' || s.front() == u'+' || s.front() == QChar(0x2212)) {
        negative = s.front() != u'+';
        s = s.mid(1).trimmed();
    }

    // Find the decimal separator: with both kinds present, the last one wins.
    const qsizetype lastComma = s.lastIndexOf(u',');
    const qsizetype lastPoint = s.lastIndexOf(u'.');
    qsizetype decimalAt = -1;
    if (lastComma >= 0 && lastPoint >= 0) {
        decimalAt = std::max(lastComma, lastPoint);
    } else if (lastComma >= 0 || lastPoint >= 0) {
        const qsizetype at = std::max(lastComma, lastPoint);
        const QChar sep = s.at(at);
        const bool repeated = s.indexOf(sep) != at;
        qsizetype digitsAfter = 0;
        while (at + 1 + digitsAfter < s.size() && s.at(at + 1 + digitsAfter).isDigit())
            ++digitsAfter;
        const bool looksLikeThousands = digitsAfter == 3 && at + 1 + digitsAfter == s.size();
        if (repeated)
            decimalAt = -1; // "1,234,567": grouping only
        else if (sep == format.decimalPoint || !looksLikeThousands)
            decimalAt = at;
    }

    qint64 integerPart = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool sawDigit = false;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 10;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (i == decimalAt)
            continue;
        if (c.isDigit() && c.unicode() < 128) {
            const int digit = c.unicode() - u'0';
            sawDigit = true;
            if (decimalAt >= 0 && i > decimalAt) {
                if (fractionDigits < scale) {
                    fraction = fraction * 10 + digit;
                    ++fractionDigits;
                } else if (digit != 0) {
                    return fail(ErrorCode::Invalid,
                                tr("too many decimal places (at most %1 allowed)").arg(scale));
                }
            } else {
                if (integerPart > limit)
                    return fail(ErrorCode::Invalid, tr("the number is too large"));
                integerPart = integerPart * 10 + digit;
            }
            continue;
        }
        const bool beforeDecimal = decimalAt < 0 || i < decimalAt;
        if (beforeDecimal && (isGroupSpace(c) || c == u',' || c == u'.') && i > 0)
            continue;
        return fail(ErrorCode::Invalid, tr("\"%1\" is not a number").arg(text.toString()));
    }
    if (!sawDigit)
        return fail(ErrorCode::Invalid, tr("\"%1\" is not a number").arg(text.toString()));
    while (fractionDigits < scale) {
        fraction *= 10;
        ++fractionDigits;
    }
    qint64 factor = 1;
    for (int i = 0; i < scale; ++i)
        factor *= 10;
    if (integerPart > (std::numeric_limits<qint64>::max() - fraction) / factor)
        return fail(ErrorCode::Invalid, tr("the number is too large"));
    const qint64 value = integerPart * factor + fraction;
    return negative ? -value : value;
}

QString format(qint64 value, int scale, QChar decimalPoint, QChar groupSeparator, bool trimZeros)
{
    const bool negative = value < 0;
    // Work in unsigned so that the minimum value formats too.
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    quint64 factor = 1;
    for (int i = 0; i < scale; ++i)
        factor *= 10;
    const quint64 integerPart = magnitude / factor;
    quint64 fraction = magnitude % factor;

    QString digits = QString::number(integerPart);
    if (!groupSeparator.isNull()) {
        for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
            digits.insert(pos, groupSeparator);
    }
    QString result = negative ? QStringLiteral("-") + digits : digits;
    if (scale > 0) {
        QString frac = QString::number(fraction).rightJustified(scale, u'0');
        if (trimZeros) {
            while (frac.endsWith(u'0'))
                frac.chop(1);
        }
        if (!frac.isEmpty())
            result += decimalPoint + frac;
    }
    return result;
}

qint64 mulDivRound(qint64 value, qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    // Split value = q * denominator + r so the intermediate products stay small: r * numerator is
    // bounded by denominator * numerator, which for rates in basis points is tiny.
    const qint64 q = value / denominator;
    const qint64 r = value % denominator;
    const qint64 remainderProduct = r * numerator;
    qint64 roundedRemainder = remainderProduct / denominator;
    const qint64 rest = remainderProduct % denominator;
    if (2 * (rest < 0 ? -rest : rest) >= denominator)
        roundedRemainder += remainderProduct < 0 ? -1 : 1;
    return q * numerator + roundedRemainder;
}

} // namespace Decimal
} // namespace kontor

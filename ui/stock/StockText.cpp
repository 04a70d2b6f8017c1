#include "StockText.h"

#include "catalog/Product.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>

namespace kontor::StockText {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::StockText", text, disambiguation, n);
}

} // namespace

QString unitName(QStringView unitCode)
{
    const auto unit = Units::fromText(unitCode);
    return unit ? Units::displayName(*unit) : unitCode.toString();
}

QString quantity(Quantity quantity, QStringView unitCode, const QLocale& locale)
{
    const QString number = quantity.milli() < 0 ? QChar(0x2212) + (-quantity).toLocaleString(locale)
                                                : quantity.toLocaleString(locale);
    return number + QChar(0x00A0) + unitName(unitCode);
}

QString change(Quantity quantity, QStringView unitCode, const QLocale& locale)
{
    const QChar sign = quantity.milli() < 0 ? QChar(0x2212) : QChar(u'+');
    const Quantity magnitude = quantity.milli() < 0 ? -quantity : quantity;
    return sign + magnitude.toLocaleString(locale) + QChar(0x00A0) + unitName(unitCode);
}

QString dateTime(qint64 utcMs, const QLocale& locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(), QLocale::ShortFormat);
}

QString money(std::optional<qint64> minor, const QString& currency, const QLocale& locale)
{
    if (!minor)
        return {};
    // The same minus sign as the quantities beside it.
    return *minor < 0 ? QChar(0x2212) + Money(-*minor, currency).toDisplayString(locale)
                      : Money(*minor, currency).toDisplayString(locale);
}

QString rowCount(qint64 count)
{
    if (count == 1)
        return tr("1 row");
    return tr("%Ln rows", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())));
}

} // namespace kontor::StockText

#include "OrderText.h"

#include "common/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>

#include <limits>

namespace kontor::OrderText {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::OrderText", text, disambiguation, n);
}

} // namespace

QString money(qint64 minor, const QString& currency, const QLocale& locale)
{
    return minor < 0 ? QChar(0x2212) + Money(-minor, currency).toDisplayString(locale)
                     : Money(minor, currency).toDisplayString(locale);
}

QString dateTime(qint64 utcMs, const QLocale& locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(), QLocale::ShortFormat);
}

QString promisedDate(qint64 utcMs, const QLocale& locale)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    if (endOfDay(local.date()) == utcMs)
        return locale.toString(local.date(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

qint64 endOfDay(QDate date)
{
    return QDateTime(date, QTime(23, 59, 59, 999)).toMSecsSinceEpoch();
}

QDate localDate(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date();
}

bool isOverdue(OrderStatus status, std::optional<qint64> shipBy, qint64 nowMs)
{
    const bool waiting =
        status == OrderStatus::Confirmed || status == OrderStatus::Picking || status == OrderStatus::Packed;
    return waiting && shipBy && *shipBy < nowMs;
}

bool isOpen(OrderStatus status)
{
    return openStatuses().contains(status);
}

QList<OrderStatus> openStatuses()
{
    return {OrderStatus::Draft, OrderStatus::Confirmed, OrderStatus::Picking, OrderStatus::Packed};
}

QColor statusColor(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return QColor(0x75, 0x75, 0x75);
    case OrderStatus::Confirmed:
    case OrderStatus::Picking:
    case OrderStatus::Packed:
        return QColor(0x15, 0x65, 0xC0);
    case OrderStatus::Shipped:
    case OrderStatus::Delivered:
        return QColor(0x2E, 0x7D, 0x32);
    case OrderStatus::NotCollected:
    case OrderStatus::Refused:
        return QColor(0xEF, 0x6C, 0x00);
    case OrderStatus::Cancelled:
        return QColor(0x9E, 0x9E, 0x9E);
    }
    return {};
}

QColor warningColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

QString orderCount(qint64 count)
{
    if (count == 1)
        return tr("1 order");
    return tr("%Ln orders", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())));
}

Result<qint64> parseMoney(const QString& text, const QString& currency, bool allowNegative,
                          const QLocale& locale)
{
    if (text.trimmed().isEmpty())
        return qint64(0);
    QString cleaned = text.trimmed();
    cleaned.replace(QChar(0x2212), u'-');
    cleaned.remove(Money::symbol(currency));
    auto money = Money::parse(cleaned.trimmed(), currency, NumberFormat::fromLocale(locale));
    if (!money)
        return fail(ErrorCode::Invalid, tr("Not an amount of money: type an amount such as %1.")
                                            .arg(Money(12550, currency).toLocaleNumber(locale)));
    if (money->minorUnits() < 0 && !allowNegative)
        return fail(ErrorCode::Invalid, tr("The amount cannot be negative."));
    return money->minorUnits();
}

QString moneyNumber(qint64 minor, const QString& currency, const QLocale& locale)
{
    return Money(minor, currency).toLocaleNumber(locale);
}

} // namespace kontor::OrderText

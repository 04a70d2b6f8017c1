#pragma once

// OrderText: how order values look on the orders page and in its dialogs: money in the order's
// currency, order times and promised dates in local time, status colours, the counts shown in
// footers, and the reading of money typed by the user.

#include "common/Result.h"
#include "orders/Order.h"

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace kontor::OrderText {

// Minor units of the currency, "1 234,50 ₽"; a negative amount with a real minus sign.
QString money(qint64 minor, const QString& currency, const QLocale& locale = QLocale());
// A UTC time in ms in the user's time zone, short date and time.
QString dateTime(qint64 utcMs, const QLocale& locale = QLocale());
// A promised date (ship by, delivery): the date alone when it is the end of a local day (how the
// editor stores a date), else the date and time.
QString promisedDate(qint64 utcMs, const QLocale& locale = QLocale());
// The end of a local day (23:59:59.999) in UTC ms: what "ship by 15 January" means.
qint64 endOfDay(QDate date);
// The local date of a UTC time in ms.
QDate localDate(qint64 utcMs);
// Not shipped yet although its ship-by date has passed (the same rule as OrderFilter::overdueToShip).
bool isOverdue(OrderStatus status, std::optional<qint64> shipBy, qint64 nowMs);
// Not shipped and not cancelled: still work to do.
bool isOpen(OrderStatus status);
// The statuses "Open (not shipped)" stands for.
QList<OrderStatus> openStatuses();
// A colour for the status in lists (invalid: the normal text colour).
QColor statusColor(OrderStatus status);
QColor warningColor();
// "1 order", "5 orders".
QString orderCount(qint64 count);
// Reads money typed in the user's locale; empty text is 0. Negative amounts only when allowed.
Result<qint64> parseMoney(const QString& text, const QString& currency, bool allowNegative = false,
                          const QLocale& locale = QLocale());
// The number in the user's locale for an edit field ("1 234,50"), without the currency.
QString moneyNumber(qint64 minor, const QString& currency, const QLocale& locale = QLocale());

} // namespace kontor::OrderText

#pragma once

// StockText: how stock figures look on the stock page and in its dialogs: quantities with the
// product's unit, signed changes, movement times in local time, costs in the shop currency, and
// the counts shown in footers.

#include "common/Quantity.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace kontor::StockText {

// The translated short name of a stored unit code ("pcs" -> "pcs" / "шт."); unknown codes as they are.
QString unitName(QStringView unitCode);
// "12 pcs", "1.5 kg" in the locale.
QString quantity(Quantity quantity, QStringView unitCode, const QLocale& locale = QLocale());
// A change: "+12 pcs", "−3 pcs" (a real minus sign).
QString change(Quantity quantity, QStringView unitCode, const QLocale& locale = QLocale());
// A UTC time in ms, shown in the user's time zone in the locale's short date and time.
QString dateTime(qint64 utcMs, const QLocale& locale = QLocale());
// Minor units of the currency, "1 234,50 ₽"; empty for nullopt.
QString money(std::optional<qint64> minor, const QString& currency, const QLocale& locale = QLocale());
// "1 row", "5 rows".
QString rowCount(qint64 count);

} // namespace kontor::StockText

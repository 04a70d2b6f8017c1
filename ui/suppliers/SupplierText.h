#pragma once

// SupplierText: how the suppliers page and its dialogs show and read supplier and contract values:
// percentages typed with two decimals and stored as basis points, money in a contract's currency,
// quantities, validity periods, the ways of working with a supplier, and file sizes.

#include "common/Result.h"
#include "purchasing/Purchasing.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace kontor::SupplierText {

// "12,5" or "12.50 %" as basis points (1250); from 0 to 100 %. `what` names the field in the error.
Result<int> parsePercent(const QString& text, const QString& what, const QLocale& locale = QLocale());
// Basis points for an editor: "12.5", "3", "0.25" (no % sign).
QString percentNumber(int basisPoints, const QLocale& locale = QLocale());
// "12.5 %".
QString percent(int basisPoints, const QLocale& locale = QLocale());
// Money typed in a currency ("1 234,50") as minor units; not negative.
Result<qint64> parseMoney(const QString& text, const QString& currency, const QString& what,
                          const QLocale& locale = QLocale());
// Minor units for an editor: "1 234,50" without the currency sign.
QString moneyNumber(qint64 minor, const QString& currency, const QLocale& locale = QLocale());
// "1 234,50 ₽".
QString money(qint64 minor, const QString& currency, const QLocale& locale = QLocale());
// A quantity typed by the user ("2,5"); not negative.
Result<Quantity> parseQuantity(const QString& text, const QString& what, const QLocale& locale = QLocale());
// A day in the locale's short format; "—" for a null date.
QString date(QDate day, const QLocale& locale = QLocale());
// "01.01.2026 – 31.12.2026", "from 01.01.2026" for an open-ended contract.
QString validity(QDate from, QDate to, const QLocale& locale = QLocale());
// "Own stock, dropshipping".
QString models(SupplierModels models);
// "12 KB", "1.4 MB".
QString fileSize(qint64 bytes, const QLocale& locale = QLocale());
// "ends in 12 days", "ended 3 days ago", "ends today".
QString daysLeft(int days);

} // namespace kontor::SupplierText

#pragma once

// ProductText: how product values look in the table and the editor, and how typed values are read
// back (VAT rates, weights). Exact numbers only: rates are basis points, weights grams.

#include "catalog/Product.h"
#include "common/Result.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace kontor::ProductText {

// "20%", "7.5%" in the locale; "No VAT" for nullopt.
QString vatRate(std::optional<int> basisPoints, const QLocale& locale = QLocale());
// The standard choices of the VAT combo, "No VAT" first.
QList<std::optional<int>> standardVatRates();
// Reads "20", "20 %", "7,5%" or the "No VAT" text (or nothing) back into basis points.
Result<std::optional<int>> parseVatRate(const QString& text, const QLocale& locale = QLocale());

// "1.250" kg for 1250 g, with the locale's decimal point; empty for nullopt.
QString weightKg(std::optional<qint64> grams, const QLocale& locale = QLocale());
// Reads kilograms with up to 3 decimals into grams; empty text is "unknown".
Result<std::optional<qint64>> parseWeightKg(const QString& text, const QLocale& locale = QLocale());

// "Active" or "Archived".
QString status(bool archived);
// "1 product", "5 products" (with Russian plural forms once translated).
QString productCount(qint64 count);

} // namespace kontor::ProductText

#pragma once

// Money: an integer amount in minor units (kopecks, cents) with its ISO 4217 currency. Never a
// double. The shop currency is a setting (RUB by default), never hard-wired.

#include "Decimal.h"

#include <QLocale>
#include <QMetaType>
#include <QString>

namespace kontor {

class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {}

    qint64 minorUnits() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    bool isValid() const { return m_currency.size() == 3; }

    // Number of decimals of the currency's minor unit (RUB 2, JPY 0, KWD 3).
    static int minorDigits(QStringView currency);
    int minorDigits() const { return minorDigits(m_currency); }

    // Parses "1 234,50", "1234.5", "1,234.50" in the given currency; see Decimal::parse.
    static Result<Money> parse(QStringView text, const QString& currency, NumberFormat format = {});

    // "1234.50": the machine form used in files Kontor writes itself.
    QString toPlainString() const;
    // "1 234,50 ₽" in the user's locale.
    QString toDisplayString(const QLocale& locale = QLocale()) const;
    // "₽" for RUB, "$" for USD; the ISO code where no common sign exists.
    static QString symbol(QStringView currency);
    // Just the number in the user's locale ("1 234,50"), for editors.
    QString toLocaleNumber(const QLocale& locale = QLocale()) const;

    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money operator*(qint64 factor) const { return Money(m_minor * factor, m_currency); }
    bool operator==(const Money& other) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace kontor

Q_DECLARE_METATYPE(kontor::Money)

#pragma once

// Quantity: fixed-point with three decimals in the product's unit (pieces, kg, m, l), so 1.5 kg
// and 250 g are exact and 3 pieces is 3000 thousandths. Never a double.

#include "Decimal.h"

#include <QLocale>

namespace kontor {

class Quantity
{
public:
    static constexpr int Scale = 3;
    static constexpr qint64 One = 1000;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static constexpr Quantity fromUnits(qint64 units) { return Quantity(units * One); }
    static Result<Quantity> parse(QStringView text, NumberFormat format = {});

    constexpr qint64 milli() const { return m_milli; }
    constexpr bool isWhole() const { return m_milli % One == 0; }
    QString toString() const { return Decimal::format(m_milli, Scale, u'.', QChar(), true); }
    QString toLocaleString(const QLocale& locale = QLocale()) const;

    constexpr Quantity operator+(Quantity o) const { return Quantity(m_milli + o.m_milli); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_milli - o.m_milli); }
    constexpr Quantity operator-() const { return Quantity(-m_milli); }
    constexpr Quantity& operator+=(Quantity o)
    {
        m_milli += o.m_milli;
        return *this;
    }
    constexpr Quantity& operator-=(Quantity o)
    {
        m_milli -= o.m_milli;
        return *this;
    }
    constexpr auto operator<=>(const Quantity&) const = default;

private:
    constexpr explicit Quantity(qint64 milli)
        : m_milli(milli)
    {}
    qint64 m_milli = 0;
};

} // namespace kontor

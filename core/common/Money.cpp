#include "Money.h"

namespace kontor {

int Money::minorDigits(QStringView currency)
{
    // ISO 4217 exceptions to the usual two decimals; enough for the currencies shops meet.
    static const QStringView zero[] = {u"JPY", u"KRW", u"VND", u"CLP", u"ISK"};
    static const QStringView three[] = {u"KWD", u"BHD", u"OMR", u"JOD", u"TND"};
    for (QStringView c : zero) {
        if (c == currency)
            return 0;
    }
    for (QStringView c : three) {
        if (c == currency)
            return 3;
    }
    return 2;
}

Result<Money> Money::parse(QStringView text, const QString& currency, NumberFormat format)
{
    QStringView s = text.trimmed();
    // Tolerate a currency sign or code typed next to the number.
    static const QStringView suffixes[] = {u"₽", u"руб.", u"руб", u"р.", u"RUB",
                                           u"$",   u"USD",  u"€",   u"EUR"};
    for (QStringView suffix : suffixes) {
        if (s.endsWith(suffix, Qt::CaseInsensitive)) {
            s = s.chopped(suffix.size()).trimmed();
            break;
        }
        if (s.startsWith(suffix, Qt::CaseInsensitive)) {
            s = s.mid(suffix.size()).trimmed();
            break;
        }
    }
    auto value = Decimal::parse(s, minorDigits(currency), format);
    if (!value)
        return fail(value.error());
    return Money(*value, currency);
}

QString Money::toPlainString() const
{
    return Decimal::format(m_minor, minorDigits());
}

QString Money::toLocaleNumber(const QLocale& locale) const
{
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    return Decimal::format(m_minor, minorDigits(), point.isEmpty() ? QChar(u'.') : point.front(),
                           group.isEmpty() ? QChar() : group.front());
}

QString Money::symbol(QStringView currency)
{
    struct Sign
    {
        QStringView code;
        QStringView sign;
    };
    static const Sign signs[] = {{u"RUB", u"₽"}, {u"USD", u"$"}, {u"EUR", u"€"}, {u"GBP", u"£"},
                                 {u"CNY", u"¥"},   {u"KZT", u"₸"}, {u"UAH", u"₴"}, {u"BYN", u"Br"}};
    for (const Sign& s : signs) {
        if (s.code == currency)
            return s.sign.toString();
    }
    return currency.toString();
}

QString Money::toDisplayString(const QLocale& locale) const
{
    return toLocaleNumber(locale) + QChar(0x00A0) + symbol(m_currency);
}

Money Money::operator+(const Money& other) const
{
    Q_ASSERT(m_currency == other.m_currency || m_currency.isEmpty() || other.m_currency.isEmpty());
    return Money(m_minor + other.m_minor, m_currency.isEmpty() ? other.m_currency : m_currency);
}

Money Money::operator-(const Money& other) const
{
    Q_ASSERT(m_currency == other.m_currency || m_currency.isEmpty() || other.m_currency.isEmpty());
    return Money(m_minor - other.m_minor, m_currency.isEmpty() ? other.m_currency : m_currency);
}

} // namespace kontor

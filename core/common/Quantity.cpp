#include "Quantity.h"

namespace kontor {

Result<Quantity> Quantity::parse(QStringView text, NumberFormat format)
{
    auto value = Decimal::parse(text, Scale, format);
    if (!value)
        return fail(value.error());
    return Quantity(*value);
}

QString Quantity::toLocaleString(const QLocale& locale) const
{
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    return Decimal::format(m_milli, Scale, point.isEmpty() ? QChar(u'.') : point.front(),
                           group.isEmpty() ? QChar() : group.front(), true);
}

} // namespace kontor

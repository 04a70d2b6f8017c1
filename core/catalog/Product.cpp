#include "Product.h"

#include <QCoreApplication>

namespace kontor::Units {

QString code(Unit unit)
{
    switch (unit) {
    case Unit::Piece:
        return QStringLiteral("pcs");
    case Unit::Kilogram:
        return QStringLiteral("kg");
    case Unit::Metre:
        return QStringLiteral("m");
    case Unit::Litre:
        return QStringLiteral("l");
    }
    return {};
}

std::optional<Unit> fromText(QStringView text)
{
    QString t = text.trimmed().toString().toCaseFolded();
    if (t.endsWith(u'.'))
        t.chop(1);
    static const QStringView pieces[] = {u"pcs",   u"pc",   u"piece", u"pieces", u"шт",
                                         u"штука", u"штук", u"ea",    u"unit"};
    static const QStringView kilos[] = {u"kg", u"кг", u"kilogram", u"килограмм"};
    static const QStringView metres[] = {u"m", u"м", u"metre", u"meter", u"метр"};
    static const QStringView litres[] = {u"l", u"л", u"litre", u"liter", u"литр"};
    auto in = [&t](const auto& list) {
        return std::find(std::begin(list), std::end(list), QStringView(t)) != std::end(list);
    };
    if (t.isEmpty() || in(pieces))
        return Unit::Piece;
    if (in(kilos))
        return Unit::Kilogram;
    if (in(metres))
        return Unit::Metre;
    if (in(litres))
        return Unit::Litre;
    return std::nullopt;
}

QString displayName(Unit unit)
{
    switch (unit) {
    case Unit::Piece:
        return QCoreApplication::translate("kontor::Units", "pcs");
    case Unit::Kilogram:
        return QCoreApplication::translate("kontor::Units", "kg");
    case Unit::Metre:
        return QCoreApplication::translate("kontor::Units", "m");
    case Unit::Litre:
        return QCoreApplication::translate("kontor::Units", "l");
    }
    return {};
}

} // namespace kontor::Units

#include "ProductText.h"

#include "common/Decimal.h"

#include <QCoreApplication>

namespace kontor::ProductText {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::ProductText", text, disambiguation, n);
}

QChar decimalPoint(const QLocale& locale)
{
    const QString point = locale.decimalPoint();
    return point.isEmpty() ? QChar(u'.') : point.front();
}

} // namespace

QString vatRate(std::optional<int> basisPoints, const QLocale& locale)
{
    if (!basisPoints)
        return tr("No VAT");
    return tr("%1%", "VAT rate in percent")
        .arg(Decimal::format(*basisPoints, 2, decimalPoint(locale), {}, true));
}

QList<std::optional<int>> standardVatRates()
{
    return {std::nullopt, 0, 500, 700, 1000, 2000, 2200};
}

Result<std::optional<int>> parseVatRate(const QString& text, const QLocale& locale)
{
    QString t = text.trimmed();
    if (t.isEmpty() || t.compare(vatRate(std::nullopt, locale), Qt::CaseInsensitive) == 0)
        return std::optional<int>();
    if (t.endsWith(u'%'))
        t.chop(1);
    auto value = Decimal::parse(t, 2, NumberFormat::fromLocale(locale));
    if (!value)
        return fail(ErrorCode::Invalid, tr("\"%1\" is not a VAT rate in percent").arg(text.trimmed()));
    if (*value < 0 || *value > 10000)
        return fail(ErrorCode::Invalid, tr("the VAT rate must be between 0 and 100%"));
    return std::optional<int>(int(*value));
}

QString weightKg(std::optional<qint64> grams, const QLocale& locale)
{
    return grams ? Decimal::format(*grams, 3, decimalPoint(locale)) : QString();
}

Result<std::optional<qint64>> parseWeightKg(const QString& text, const QLocale& locale)
{
    if (text.trimmed().isEmpty())
        return std::optional<qint64>();
    auto grams = Decimal::parse(text, 3, NumberFormat::fromLocale(locale));
    if (!grams)
        return fail(grams.error());
    if (*grams < 0)
        return fail(ErrorCode::Invalid, tr("the weight cannot be negative"));
    return std::optional<qint64>(*grams);
}

QString status(bool archived)
{
    return archived ? tr("Archived") : tr("Active");
}

QString productCount(qint64 count)
{
    // English needs "1 product" apart from "%n products"; Russian gets all forms from the
    // numerus translation of the second string.
    if (count == 1)
        return tr("1 product");
    return tr("%Ln products", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())));
}

} // namespace kontor::ProductText

#include "SupplierText.h"

#include "common/Decimal.h"
#include "common/Money.h"

#include <QCoreApplication>

namespace kontor::SupplierText {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::SupplierText", text, disambiguation, n);
}

QChar decimalPoint(const QLocale& locale)
{
    return locale.decimalPoint().at(0);
}

} // namespace

Result<int> parsePercent(const QString& text, const QString& what, const QLocale& locale)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t = t.chopped(1).trimmed();
    auto value = Decimal::parse(t, 2, NumberFormat::fromLocale(locale));
    if (!value || *value < 0 || *value > 10000)
        return fail(ErrorCode::Invalid,
                    tr("%1: \"%2\" is not a percentage; type a number from 0 to 100 with up to two decimals.")
                        .arg(what, text.trimmed()));
    return int(*value);
}

QString percentNumber(int basisPoints, const QLocale& locale)
{
    return Decimal::format(basisPoints, 2, decimalPoint(locale), QChar(), true);
}

QString percent(int basisPoints, const QLocale& locale)
{
    return tr("%1 %").arg(percentNumber(basisPoints, locale));
}

Result<qint64> parseMoney(const QString& text, const QString& currency, const QString& what,
                          const QLocale& locale)
{
    auto value = Money::parse(text.trimmed(), currency, NumberFormat::fromLocale(locale));
    if (!value)
        return fail(ErrorCode::Invalid, tr("%1: %2").arg(what, value.error().message));
    if (value->minorUnits() < 0)
        return fail(ErrorCode::Invalid, tr("%1 cannot be negative.").arg(what));
    return value->minorUnits();
}

QString moneyNumber(qint64 minor, const QString& currency, const QLocale& locale)
{
    return Money(minor, currency).toLocaleNumber(locale);
}

QString money(qint64 minor, const QString& currency, const QLocale& locale)
{
    return Money(minor, currency).toDisplayString(locale);
}

Result<Quantity> parseQuantity(const QString& text, const QString& what, const QLocale& locale)
{
    auto value = Quantity::parse(text.trimmed(), NumberFormat::fromLocale(locale));
    if (!value)
        return fail(ErrorCode::Invalid, tr("%1: %2").arg(what, value.error().message));
    if (value->milli() < 0)
        return fail(ErrorCode::Invalid, tr("%1 cannot be negative.").arg(what));
    return *value;
}

QString date(QDate day, const QLocale& locale)
{
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : u"—"_qs;
}

QString validity(QDate from, QDate to, const QLocale& locale)
{
    if (!from.isValid())
        return tr("no dates yet");
    if (!to.isValid())
        return tr("from %1, no end").arg(date(from, locale));
    return tr("%1 – %2").arg(date(from, locale), date(to, locale));
}

QString models(SupplierModels models)
{
    QStringList names;
    for (SupplierModel m : {SupplierModel::OwnStock, SupplierModel::Dropship, SupplierModel::MarketplaceFbs,
                            SupplierModel::MarketplaceFbo}) {
        if (models.testFlag(m))
            names.append(PurchasingKinds::modelName(m));
    }
    return names.join(u", "_qs);
}

QString fileSize(qint64 bytes, const QLocale& locale)
{
    if (bytes < 1024)
        return bytes == 1 ? tr("1 byte") : tr("%n bytes", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1024, 'f', 0));
    return tr("%1 MB").arg(locale.toString(double(bytes) / (1024 * 1024), 'f', 1));
}

QString daysLeft(int days)
{
    if (days == 0)
        return tr("ends today");
    if (days > 0)
        return days == 1 ? tr("ends tomorrow") : tr("ends in %n days", nullptr, days);
    return days == -1 ? tr("ended yesterday") : tr("ended %n days ago", nullptr, -days);
}

} // namespace kontor::SupplierText

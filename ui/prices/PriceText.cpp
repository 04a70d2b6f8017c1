#include "PriceText.h"

#include "common/Decimal.h"
#include "orders/OrderText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>

namespace kontor::PriceText {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::PriceText", text);
}
} // namespace

Result<qint64> parseRate(const QString& text, const QLocale& locale)
{
    auto value = Decimal::parse(text.trimmed(), 4, NumberFormat::fromLocale(locale));
    if (!value || *value <= 0)
        return fail(ErrorCode::Invalid,
                    tr("\"%1\" is not a rate: type a positive number with up to four decimals, such as %2.")
                        .arg(text.trimmed(), rate(92500000, locale)),
                    u"rate"_qs);
    return *value * 100;
}

QString rate(qint64 rateE6, const QLocale& locale)
{
    const QChar point = locale.decimalPoint().at(0);
    if (rateE6 % 10000 == 0)
        return Decimal::format(rateE6 / 10000, 2, point);
    if (rateE6 % 100 == 0)
        return Decimal::format(rateE6 / 100, 4, point, QChar(), true);
    return Decimal::format(rateE6, 6, point, QChar(), true);
}

Result<int> parsePercent(const QString& text, const QLocale& locale)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t = t.chopped(1).trimmed();
    auto value = Decimal::parse(t, 2, NumberFormat::fromLocale(locale));
    if (!value || *value < 0 || *value > 10000)
        return fail(ErrorCode::Invalid,
                    tr("\"%1\" is not a VAT rate: type a percentage from 0 to 100.").arg(text.trimmed()),
                    u"rate"_qs);
    return int(*value);
}

QString percent(int basisPoints, const QLocale& locale)
{
    return tr("%1 %").arg(Decimal::format(basisPoints, 2, locale.decimalPoint().at(0), QChar(), true));
}

qint64 startOfDay(QDate date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

QString date(qint64 utcMs, const QLocale& locale)
{
    return locale.toString(OrderText::localDate(utcMs), QLocale::ShortFormat);
}

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, OrderText::warningColor());
    label->setPalette(palette);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace kontor::PriceText

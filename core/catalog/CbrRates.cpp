#include "CbrRates.h"

#include "common/Decimal.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace kontor {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::CbrRates", text);
}

// "92,5012" -> 92501200 (millionths); nullopt when it is not such a number.
std::optional<qint64> millionths(QStringView text)
{
    QString t = text.trimmed().toString();
    t.replace(u',', u'.');
    const qsizetype dot = t.indexOf(u'.');
    const QString whole = dot < 0 ? t : t.left(dot);
    QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > 6)
        return std::nullopt;
    fraction = fraction.leftJustified(6, u'0');
    bool okWhole = false;
    bool okFraction = false;
    const qint64 w = whole.toLongLong(&okWhole);
    const qint64 f = fraction.toLongLong(&okFraction);
    if (!okWhole || !okFraction || w < 0 || f < 0)
        return std::nullopt;
    return w * 1'000'000 + f;
}

} // namespace

Result<CbrDay> CbrRates::parse(const QByteArray& xml, const QString& shopCurrency)
{
    // The file declares windows-1251; only the currency names use it, and they are not needed, so
    // the text is read as Latin-1 whatever this Qt's codecs are.
    QXmlStreamReader reader(QString::fromLatin1(xml));
    CbrDay day;
    QHash<QString, qint64> rubles; // roubles per unit, x 10^6
    QString code;
    qint64 nominal = 0;
    qint64 value = -1; // -1: none read
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == u"ValCurs") {
                sawRoot = true;
                day.date = QDate::fromString(reader.attributes().value(QStringLiteral("Date")).toString(),
                                             u"dd.MM.yyyy");
            } else if (name == u"Valute") {
                code.clear();
                nominal = 0;
                value = -1;
            } else if (name == u"CharCode") {
                code = reader.readElementText().trimmed().toUpper();
            } else if (name == u"Nominal") {
                nominal = reader.readElementText().trimmed().toLongLong();
            } else if (name == u"Value") {
                value = millionths(reader.readElementText()).value_or(-1);
            }
        } else if (reader.isEndElement() && reader.name() == u"Valute") {
            if (code.size() != 3 || nominal <= 0 || value <= 0)
                return fail(
                    ErrorCode::Invalid,
                    tr("The Bank of Russia's file has a currency without a code, nominal or rate (line %1).")
                        .arg(reader.lineNumber()));
            rubles.insert(code, Decimal::mulDivRound(value, 1, nominal));
        }
    }
    if (reader.hasError() || !sawRoot)
        return fail(ErrorCode::Invalid,
                    tr("This is not the Bank of Russia's daily rates file: %1")
                        .arg(reader.hasError() ? reader.errorString() : tr("no rates in it.")));
    if (!day.date.isValid() || rubles.isEmpty())
        return fail(ErrorCode::Invalid, tr("The Bank of Russia's file has no rates for a day."));
    const QString shop = shopCurrency.toUpper();
    qint64 shopInRubles = 1'000'000;
    if (shop != u"RUB") {
        if (!rubles.contains(shop))
            return fail(ErrorCode::Invalid,
                        tr("The Bank of Russia does not quote %1, the shop's currency.").arg(shop));
        shopInRubles = rubles.value(shop);
        rubles.remove(shop);
        rubles.insert(u"RUB"_qs, 1'000'000);
    }
    const qint64 from = day.date.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
    QStringList codes = rubles.keys();
    codes.sort();
    for (const QString& c : codes) {
        const qint64 rate = Decimal::mulDivRound(rubles.value(c), 1'000'000, shopInRubles);
        if (rate > 0)
            day.rates.append(ExchangeRate{c, from, rate});
    }
    return day;
}

QUrl CbrRates::dailyUrl(QDate date, const QUrl& base)
{
    QUrl url = base;
    QUrlQuery query;
    query.addQueryItem(u"date_req"_qs, date.toString(u"dd/MM/yyyy"));
    url.setQuery(query);
    return url;
}

CbrRatesClient::CbrRatesClient(QString shopCurrency, QObject* parent)
    : QObject(parent)
    , m_shopCurrency(std::move(shopCurrency))
    , m_result(fail(ErrorCode::NotFound, tr("Nothing was downloaded yet.")))
    , m_network(new QNetworkAccessManager(this))
{}

void CbrRatesClient::fetch(QDate date)
{
    cancel();
    QNetworkRequest request(CbrRates::dailyUrl(date, m_base));
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Kontor"_qs);
    m_reply = m_network->get(request);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reply != reply)
            return; // cancelled
        m_reply = nullptr;
        if (reply->error() != QNetworkReply::NoError)
            m_result =
                fail(ErrorCode::Io,
                     tr("The Bank of Russia's rates could not be downloaded: %1").arg(reply->errorString()));
        else
            m_result = CbrRates::parse(reply->readAll(), m_shopCurrency);
        Q_EMIT finished();
    });
}

void CbrRatesClient::cancel()
{
    if (QNetworkReply* reply = std::exchange(m_reply, nullptr))
        reply->abort();
}

} // namespace kontor

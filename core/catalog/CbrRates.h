#pragma once

// CbrRates: the official exchange rates of the Bank of Russia (ЦБ РФ) for a day, from its daily
// XML (https://www.cbr.ru/scripts/XML_daily.asp?date_req=DD/MM/YYYY): <ValCurs Date="..."> with a
// <Valute> per currency holding <CharCode>, <Nominal> and <Value> (roubles for Nominal units, a
// comma as the decimal point). parse() is pure; CbrRatesClient downloads a day's file.
// The rates are roubles per unit; for a shop in another currency that the file lists, they are
// converted through the rouble (cross rates).

#include "PriceService.h"
#include "common/Result.h"

#include <QDate>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace kontor {

struct CbrDay
{
    QDate date;                // the day the Bank set them for
    QList<ExchangeRate> rates; // rateE6: shop currency per unit, x 10^6; validFrom: the day, local
};

namespace CbrRates {

// `shopCurrency` RUB: the rates as they are; another currency listed in the file: cross rates
// through the rouble; one that is not listed is refused with the reason.
Result<CbrDay> parse(const QByteArray& xml, const QString& shopCurrency);
// The documented address of the daily file.
QUrl dailyUrl(QDate date,
              const QUrl& base = QUrl(QStringLiteral("https://www.cbr.ru/scripts/XML_daily.asp")));

} // namespace CbrRates

// Downloads one day's rates; finished() once, then result() holds the rates or a translated error.
// The base address is a parameter so tests can serve the same documented format from a local server.
class CbrRatesClient : public QObject
{
    Q_OBJECT

public:
    explicit CbrRatesClient(QString shopCurrency, QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url) { m_base = url; }
    void fetch(QDate date);
    void cancel();
    const Result<CbrDay>& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    QString m_shopCurrency;
    Result<CbrDay> m_result;
    QUrl m_base = QUrl(QStringLiteral("https://www.cbr.ru/scripts/XML_daily.asp"));
    QNetworkAccessManager* m_network;
    QNetworkReply* m_reply = nullptr;
};

} // namespace kontor

#include "catalog/CbrRates.h"
#include "support/CbrSample.h"
#include "support/OneShotHttpServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace kontor;

namespace {

const QByteArray Daily = test::cbrDailySample();

qint64 rateOf(const CbrDay& day, const QString& currency)
{
    for (const ExchangeRate& r : day.rates) {
        if (r.currency == currency)
            return r.rateE6;
    }
    return -1;
}

} // namespace

class TestCbrRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roublesPerUnit()
    {
        const CbrDay day = CbrRates::parse(Daily, u"RUB"_qs).value();
        QCOMPARE(day.date, QDate(2026, 11, 21));
        QCOMPARE(day.rates.size(), 3);
        QCOMPARE(day.rates.first().currency, u"CNY"_qs); // sorted by code
        QCOMPARE(rateOf(day, u"USD"_qs), qint64(81123400));
        QCOMPARE(rateOf(day, u"KZT"_qs), qint64(165432)); // 16,5432 for 100 tenge
        QCOMPARE(day.rates.first().validFrom,
                 QDate(2026, 11, 21).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
    }

    void crossRatesForAShopInAnotherCurrency()
    {
        const CbrDay day = CbrRates::parse(Daily, u"KZT"_qs).value();
        QCOMPARE(rateOf(day, u"USD"_qs), qint64(490373084)); // 81,1234 / 0,165432 tenge
        QCOMPARE(rateOf(day, u"RUB"_qs), qint64(6044780));
        QCOMPARE(rateOf(day, u"KZT"_qs), qint64(-1));
        auto eur = CbrRates::parse(Daily, u"EUR"_qs);
        QVERIFY(!eur);
        QVERIFY(eur.error().message.contains(u"EUR"_qs));
    }

    void badFilesAreRefusedWithTheReason()
    {
        QVERIFY(!CbrRates::parse("<html>Service unavailable</html>", u"RUB"_qs));
        QVERIFY(!CbrRates::parse("<ValCurs Date=\"21.11.2026\"></ValCurs>", u"RUB"_qs));
        auto broken = CbrRates::parse("<ValCurs Date=\"21.11.2026\"><Valute><CharCode>USD</CharCode>"
                                      "<Nominal>1</Nominal><Value>abc</Value></Valute></ValCurs>",
                                      u"RUB"_qs);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, ErrorCode::Invalid);
    }

    void downloadsTheDayAskedFor()
    {
        test::OneShotHttpServer server("200 OK", Daily);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CbrRatesClient client(u"RUB"_qs);
        client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/scripts/XML_daily.asp"_qs.arg(server.serverPort())));
        QSignalSpy done(&client, &CbrRatesClient::finished);
        client.fetch(QDate(2026, 11, 21));
        QVERIFY(done.wait(10000));
        const Result<CbrDay>& result = client.result();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(rateOf(*result, u"USD"_qs), qint64(81123400));
        QCOMPARE(server.requestLine(), QByteArray("GET /scripts/XML_daily.asp?date_req=21/11/2026 HTTP/1.1"));
    }

    void aServerErrorIsReported()
    {
        test::OneShotHttpServer server("503 Service Unavailable", "busy");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CbrRatesClient client(u"RUB"_qs);
        client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/"_qs.arg(server.serverPort())));
        QSignalSpy done(&client, &CbrRatesClient::finished);
        client.fetch(QDate(2026, 11, 21));
        QVERIFY(done.wait(10000));
        const Result<CbrDay>& result = client.result();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestCbrRates)
#include "TestCbrRates.moc"

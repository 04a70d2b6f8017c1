#include "prices/CbrRatesDialog.h"
#include "prices/ExchangeRatesDialog.h"
#include "support/CbrSample.h"
#include "support/Must.h"
#include "support/OneShotHttpServer.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"

#include <QDateEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

// Downloading the Bank of Russia's rates for a day (from a local server speaking its documented
// format) and saving the ticked ones as exchange rates.
class TestCbrRatesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useSessionLanguage(); }

    void downloadsAndSavesTheTickedRates()
    {
        StockShop shop;
        must(shop.prices.setExchangeRate(shop.owner, ExchangeRate{u"KZT"_qs, 0, 180000}));
        test::OneShotHttpServer server("200 OK", test::cbrDailySample());
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CbrRatesDialog dialog(shop.services(), shop.owner, QDate(2026, 11, 21));
        dialog.setBaseUrl(QUrl(u"http://127.0.0.1:%1/scripts/XML_daily.asp"_qs.arg(server.serverPort())));
        dialog.show();
        QVERIFY(!dialog.saveButton()->isEnabled());
        QSignalSpy downloaded(&dialog, &CbrRatesDialog::downloaded);
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        QVERIFY(downloaded.wait(10000));
        QVERIFY(server.requestLine().contains("date_req=21/11/2026"));
        QCOMPARE(dialog.table()->rowCount(), 3); // CNY, KZT, USD
        // Ticked: the usual ones and the currency the shop already uses; untick the yuan.
        QCOMPARE(dialog.table()->item(0, CbrRatesDialog::Currency)->text(), u"CNY"_qs);
        QCOMPARE(dialog.table()->item(0, CbrRatesDialog::Currency)->checkState(), Qt::Checked);
        QCOMPARE(dialog.table()->item(1, CbrRatesDialog::Currency)->checkState(), Qt::Checked);
        dialog.table()->item(0, CbrRatesDialog::Currency)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.save());

        const QList<ExchangeRate> rates = must(shop.prices.exchangeRates(shop.owner));
        const qint64 day = QDate(2026, 11, 21).startOfDay().toMSecsSinceEpoch();
        QCOMPARE(must(shop.prices.rateAt(shop.owner, u"USD"_qs, day)), qint64(81123400));
        QCOMPARE(must(shop.prices.rateAt(shop.owner, u"KZT"_qs, day)), qint64(165432));
        QVERIFY(!shop.prices.rateAt(shop.owner, u"CNY"_qs, day));
        test::screenshot(&dialog, u"cbr-rates-dialog"_qs);
    }

    void aFailedDownloadSaysWhyAndSavesNothing()
    {
        StockShop shop;
        test::OneShotHttpServer server("500 Internal Server Error", "oops");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CbrRatesDialog dialog(shop.services(), shop.owner, QDate(2026, 11, 21));
        dialog.setBaseUrl(QUrl(u"http://127.0.0.1:%1/"_qs.arg(server.serverPort())));
        QSignalSpy finished(&dialog, &CbrRatesDialog::downloaded);
        QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(u"Bank of Russia"_qs) &&
                                     !dialog.statusText().contains(u"…"_qs),
                                 10000);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void onlyThoseWhoEditPricesSeeTheButton()
    {
        StockShop shop;
        ExchangeRatesDialog owner(shop.services(), shop.owner);
        QVERIFY(owner.findChild<QPushButton*>(u"cbrButton"_qs)->isVisibleTo(&owner));
        ExchangeRatesDialog support(shop.services(), Actor::withRole(Role::Support));
        QVERIFY(!support.findChild<QPushButton*>(u"cbrButton"_qs)->isVisibleTo(&support));
    }
};

QTEST_MAIN(TestCbrRatesDialog)
#include "TestCbrRatesDialog.moc"

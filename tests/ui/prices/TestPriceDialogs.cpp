#include "common/MessageBox.h"
#include "prices/ChannelPricesDialog.h"
#include "prices/ExchangeRatesDialog.h"
#include "prices/PriceText.h"
#include "prices/VatChangesDialog.h"
#include "products/ProductEditor.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

// The exchange rates, VAT rate changes and channel prices dialogs: each saves through PriceService,
// shows its refusals and is read-only for those who may not use it; the product editor offers the
// channel prices for a saved product.
class TestPriceDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        test::useSessionLanguage();
    }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void ratesAreReadAndShown_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("rateE6");
        QTest::addColumn<QString>("shown");
        QTest::newRow("comma") << u"92,50"_qs << qint64(92500000) << u"92.50"_qs;
        QTest::newRow("point") << u"92.5"_qs << qint64(92500000) << u"92.50"_qs;
        QTest::newRow("four decimals") << u"0.1234"_qs << qint64(123400) << u"0.1234"_qs;
        QTest::newRow("whole") << u"12"_qs << qint64(12000000) << u"12.00"_qs;
    }
    void ratesAreReadAndShown()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, rateE6);
        QFETCH(QString, shown);
        QCOMPARE(must(PriceText::parseRate(typed)), rateE6);
        QCOMPARE(PriceText::rate(rateE6), shown);
    }

    void ratesRefused()
    {
        QVERIFY(!PriceText::parseRate(u"92.12345"_qs)); // five decimals
        QVERIFY(!PriceText::parseRate(u"0"_qs));
        QVERIFY(!PriceText::parseRate(u"-1"_qs));
        QVERIFY(!PriceText::parseRate(u"abc"_qs));
        QCOMPARE(must(PriceText::parsePercent(u"20"_qs)), 2000);
        QCOMPARE(must(PriceText::parsePercent(u"10.5 %"_qs)), 1050);
        QVERIFY(!PriceText::parsePercent(u"101"_qs));
        QCOMPARE(PriceText::percent(2200), u"22 %"_qs);
    }

    void exchangeRatesSaveAndShowRefusals()
    {
        StockShop shop;
        ExchangeRatesDialog dialog(shop.services(), shop.owner);
        QVERIFY(!dialog.isReadOnly());
        QCOMPARE(dialog.table()->rowCount(), 0);
        dialog.currencyEdit()->setText(u"usd"_qs);
        dialog.dateEdit()->setDate(QDate(2026, 3, 1));
        dialog.rateEdit()->setText(u"92,50"_qs);
        dialog.addButton()->click();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        const QList<ExchangeRate> rates = must(shop.prices.exchangeRates(shop.owner));
        QCOMPARE(rates.size(), 1);
        QCOMPARE(rates[0].currency, u"USD"_qs);
        QCOMPARE(rates[0].rateE6, qint64(92500000));
        QCOMPARE(rates[0].validFrom, QDate(2026, 3, 1).startOfDay().toMSecsSinceEpoch());
        QCOMPARE(must(shop.prices.rateAt(shop.owner, u"USD"_qs, rates[0].validFrom)), qint64(92500000));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, ExchangeRatesDialog::Currency)->text(), u"USD"_qs);
        QCOMPARE(dialog.table()->item(0, ExchangeRatesDialog::ValidFrom)->text(),
                 QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat));
        QCOMPARE(dialog.table()->item(0, ExchangeRatesDialog::Rate)->text(), u"92.50"_qs);
        QVERIFY(dialog.rateEdit()->text().isEmpty());

        // A later rate joins the history; the same date replaces.
        dialog.dateEdit()->setDate(QDate(2026, 4, 1));
        dialog.rateEdit()->setText(u"91.1234"_qs);
        QVERIFY(dialog.addRate());
        dialog.rateEdit()->setText(u"91"_qs);
        QVERIFY(dialog.addRate());
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, ExchangeRatesDialog::Rate)->text(), u"91.00"_qs); // latest first

        // The dialog's own reading, then the service's refusal.
        dialog.rateEdit()->setText(u"ninety"_qs);
        QVERIFY(!dialog.addRate());
        QVERIFY(dialog.errorText().startsWith(u"\"ninety\" is not a rate"_qs));
        dialog.currencyEdit()->setText(u"US"_qs);
        dialog.rateEdit()->setText(u"92"_qs);
        QVERIFY(!dialog.addRate());
        QCOMPARE(dialog.errorText(), u"\"US\" is not a currency code such as USD."_qs);
        QCOMPARE(must(shop.prices.exchangeRates(shop.owner)).size(), 2);
        if (test::screenshotsWanted()) {
            dialog.show();
            test::screenshot(&dialog, u"exchange-rates"_qs);
        }

        ExchangeRatesDialog support(shop.services(), Actor::withRole(Role::Support));
        QVERIFY(support.isReadOnly());
        QCOMPARE(support.table()->rowCount(), 2);
        QVERIFY(support.findChild<QWidget*>(u"rateForm"_qs)->isHidden());
        support.currencyEdit()->setText(u"EUR"_qs);
        support.rateEdit()->setText(u"100"_qs);
        QVERIFY(!support.addRate());
        QCOMPARE(must(shop.prices.exchangeRates(shop.owner)).size(), 2);
    }

    void vatChangesSaveAndShowRefusals()
    {
        StockShop shop;
        VatChangesDialog dialog(shop.services(), shop.owner);
        QVERIFY(!dialog.isReadOnly());
        QVERIFY(dialog.findChild<QLabel*>(u"explanationLabel"_qs)->text().contains(u"today's VAT rate"_qs));
        dialog.oldRateEdit()->setText(u"20"_qs);
        dialog.newRateEdit()->setText(u"22"_qs);
        dialog.dateEdit()->setDate(QDate(2026, 1, 1));
        dialog.addButton()->click();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        const QList<VatRateChange> changes = must(shop.prices.vatRateChanges(shop.owner));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].oldBp, 2000);
        QCOMPARE(changes[0].newBp, 2200);
        QCOMPARE(changes[0].effectiveFrom, QDate(2026, 1, 1).startOfDay().toMSecsSinceEpoch());
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, VatChangesDialog::OldRate)->text(), u"20 %"_qs);
        QCOMPARE(dialog.table()->item(0, VatChangesDialog::NewRate)->text(), u"22 %"_qs);
        // An order dated before the change is taxed at the old rate.
        QCOMPARE(must(shop.prices.vatRateAt(shop.owner, 2200, changes[0].effectiveFrom - 1)),
                 std::optional<int>(2000));

        dialog.oldRateEdit()->setText(u"22"_qs);
        dialog.newRateEdit()->setText(u"22"_qs);
        QVERIFY(!dialog.addChange());
        QCOMPARE(dialog.errorText(), u"A VAT change needs two different rates between 0 and 100 %."_qs);
        dialog.newRateEdit()->setText(u"abc"_qs);
        QVERIFY(!dialog.addChange());
        QVERIFY(dialog.errorText().startsWith(u"\"abc\" is not a VAT rate"_qs));
        QCOMPARE(must(shop.prices.vatRateChanges(shop.owner)).size(), 1);
        if (test::screenshotsWanted()) {
            dialog.show();
            test::screenshot(&dialog, u"vat-changes"_qs);
        }

        // A manager edits prices but not settings: the changes are shown, not added.
        for (Role role : {Role::Manager, Role::Support}) {
            VatChangesDialog readOnly(shop.services(), Actor::withRole(role));
            QVERIFY(readOnly.isReadOnly());
            QCOMPARE(readOnly.table()->rowCount(), 1);
            QVERIFY(readOnly.findChild<QWidget*>(u"changeForm"_qs)->isHidden());
            readOnly.oldRateEdit()->setText(u"22"_qs);
            readOnly.newRateEdit()->setText(u"24"_qs);
            QVERIFY(!readOnly.addChange());
        }
        QCOMPARE(must(shop.prices.vatRateChanges(shop.owner)).size(), 1);
    }

    void channelPriceChangesTheOrderLinePrice()
    {
        StockShop shop;
        Product p = test::makeProduct(u"MUG"_qs, u"Mug"_qs, 50000);
        p.salePrice = Money(45000, u"RUB"_qs);
        const Product mug = must(shop.products.create(shop.owner, p));
        Order fbs;
        fbs.channel = SalesChannel::MarketplaceFbs;
        Order site;
        QCOMPARE(must(shop.orders.lineFor(shop.owner, fbs, mug.id, Quantity::fromUnits(1))).unitPrice,
                 qint64(45000));

        ChannelPricesDialog dialog(shop.services(), shop.owner, mug);
        QVERIFY(!dialog.isReadOnly());
        QLineEdit* fbsPrice = dialog.priceEdit(SalesChannel::MarketplaceFbs);
        QVERIFY(fbsPrice);
        QCOMPARE(fbsPrice->placeholderText(), u"450.00"_qs);
        fbsPrice->setText(u"590"_qs);
        QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
        QCOMPARE(must(shop.prices.channelPrices(shop.owner, mug.id)),
                 (QList<std::pair<QString, qint64>>{{u"marketplace_fbs"_qs, 59000}}));
        QCOMPARE(must(shop.orders.lineFor(shop.owner, fbs, mug.id, Quantity::fromUnits(1))).unitPrice,
                 qint64(59000));
        QCOMPARE(must(shop.orders.lineFor(shop.owner, site, mug.id, Quantity::fromUnits(1))).unitPrice,
                 qint64(45000));

        // Opened again it shows the price; emptied, the channel sells at the usual price again.
        ChannelPricesDialog again(shop.services(), shop.owner, mug);
        QCOMPARE(again.priceEdit(SalesChannel::MarketplaceFbs)->text(), u"590.00"_qs);
        QVERIFY(again.priceEdit(SalesChannel::Site)->text().isEmpty());
        again.priceEdit(SalesChannel::MarketplaceFbs)->clear();
        again.priceEdit(SalesChannel::Phone)->setText(u"480.50"_qs);
        again.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(must(shop.orders.lineFor(shop.owner, fbs, mug.id, Quantity::fromUnits(1))).unitPrice,
                 qint64(45000));
        Order phone;
        phone.channel = SalesChannel::Phone;
        QCOMPARE(must(shop.orders.lineFor(shop.owner, phone, mug.id, Quantity::fromUnits(1))).unitPrice,
                 qint64(48050));

        // Refusals: the service's and the dialog's own; nothing is saved.
        ChannelPricesDialog third(shop.services(), shop.owner, mug);
        third.priceEdit(SalesChannel::Site)->setText(u"-5"_qs);
        QVERIFY(!third.save());
        QCOMPARE(third.errorText(),
                 OrderKinds::channelName(SalesChannel::Site) + u": A price cannot be negative."_qs);
        third.priceEdit(SalesChannel::Site)->setText(u"cheap"_qs);
        third.accept();
        QCOMPARE(third.result(), int(QDialog::Rejected)); // stays open
        QVERIFY(third.errorText().contains(u"\"cheap\" is not a price in RUB."_qs));
        QCOMPARE(must(shop.prices.channelPrices(shop.owner, mug.id)).size(), 1);
        if (test::screenshotsWanted()) {
            third.show();
            test::screenshot(&third, u"channel-prices"_qs);
        }

        ChannelPricesDialog support(shop.services(), Actor::withRole(Role::Support), mug);
        QVERIFY(support.isReadOnly());
        QVERIFY(support.priceEdit(SalesChannel::Phone)->isReadOnly());
        QCOMPARE(support.priceEdit(SalesChannel::Phone)->text(), u"480.50"_qs);
        QVERIFY(!support.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        support.priceEdit(SalesChannel::Phone)->setText(u"1"_qs);
        QVERIFY(!support.save());
        QCOMPARE(must(shop.prices.channelPrices(shop.owner, mug.id)).value(0).second, qint64(48050));
    }

    void productEditorOffersChannelPricesForASavedProduct()
    {
        StockShop shop;
        const Product mug =
            must(shop.products.create(shop.owner, test::makeProduct(u"MUG"_qs, u"Mug"_qs, 50000)));
        ProductEditor plain(shop.products, shop.owner);
        plain.setProduct(mug);
        QVERIFY(plain.channelPricesButton()->isHidden()); // no price service given

        ProductEditor editor(shop.products, shop.owner);
        editor.enableChannelPrices(shop.services());
        QVERIFY(editor.channelPricesButton()->isHidden()); // no product
        editor.setProduct(mug);
        QVERIFY(!editor.channelPricesButton()->isHidden());
        editor.startNew();
        QVERIFY(editor.channelPricesButton()->isHidden()); // not saved yet

        ProductEditor support(shop.products, Actor::withRole(Role::Support));
        support.enableChannelPrices(shop.services());
        support.setProduct(mug);
        QVERIFY(support.channelPricesButton()->isHidden());
    }
};

QTEST_MAIN(TestPriceDialogs)
#include "TestPriceDialogs.moc"

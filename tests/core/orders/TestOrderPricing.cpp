#include "catalog/PriceService.h"
#include "support/Must.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

// Price rules on orders: channel prices, B2B price lists with volume tiers, orders in another
// currency at the rate of their date, VAT rates as they were on the order's date, and the
// permissions around prices.
class TestOrderPricing : public QObject
{
    Q_OBJECT

    static constexpr qint64 Day = 24 * 3600 * 1000;

    static OrderLine autoLine(const Id& product, qint64 units)
    {
        OrderLine l;
        l.productId = product;
        l.quantity = Quantity::fromUnits(units);
        return l;
    }

private Q_SLOTS:
    void channelPriceAndSalePrice()
    {
        StockShop shop;
        PriceService prices(shop.tmp.db());
        Product p = test::makeProduct(u"MUG"_qs, u"Mug"_qs, 50000);
        p.salePrice = Money(45000, u"RUB"_qs);
        const Id mug = must(shop.products.create(shop.owner, p)).id;
        must(prices.setChannelPrice(shop.owner, mug, OrderKinds::channelCode(SalesChannel::MarketplaceFbs),
                                    59000));
        QCOMPARE(must(prices.channelPrices(shop.owner, mug)).size(), 1);

        Order site;
        site.lines = {autoLine(mug, 1)};
        QCOMPARE(must(shop.orders.create(shop.owner, site)).lines[0].unitPrice, qint64(45000)); // sale price
        Order ozon = site;
        ozon.channel = SalesChannel::MarketplaceFbs;
        QCOMPARE(must(shop.orders.create(shop.owner, ozon)).lines[0].unitPrice, qint64(59000));
        const PriceQuote q =
            must(prices.quote(shop.owner, mug, u"marketplace_fbs"_qs, {}, Quantity::fromUnits(1)));
        QCOMPARE(q.source, PriceSource::ChannelPrice);

        must(prices.setChannelPrice(shop.owner, mug, u"marketplace_fbs"_qs, std::nullopt));
        QCOMPARE(must(shop.orders.create(shop.owner, ozon)).lines[0].unitPrice, qint64(45000));
        QCOMPARE(prices.setChannelPrice(Actor::withRole(Role::Support), mug, u"site"_qs, 1).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(!prices.setChannelPrice(shop.owner, mug, u"site"_qs, -1));
    }

    void customerPriceListWithVolumeTiers()
    {
        StockShop shop;
        PriceService prices(shop.tmp.db());
        const Id tea =
            must(shop.products.create(shop.owner, test::makeProduct(u"TEA"_qs, u"Tea"_qs, 30000))).id;
        PriceList wholesale;
        wholesale.name = u"Опт"_qs;
        wholesale.tiers = {PriceTier{tea, {}, Quantity::fromUnits(10), 25000},
                           PriceTier{tea, {}, Quantity::fromUnits(50), 21000}};
        wholesale = must(prices.savePriceList(shop.owner, wholesale));
        QCOMPARE(must(prices.priceLists(shop.owner)).value(0).tiers.size(), 2);
        PriceList twice = wholesale;
        twice.tiers.append(twice.tiers[0]);
        QVERIFY(!prices.savePriceList(shop.owner, twice));

        Customer c;
        c.name = u"ООО Чайная"_qs;
        c.kind = CustomerKind::Company;
        c.priceListId = wholesale.id;
        const Customer b2b = must(shop.customers.create(shop.owner, c));
        QCOMPARE(must(shop.customers.customer(shop.owner, b2b.id)).priceListId, wholesale.id);

        Order d;
        d.customerId = b2b.id;
        d.lines = {autoLine(tea, 5)};
        Order o = must(shop.orders.create(shop.owner, d));
        QCOMPARE(o.lines[0].unitPrice, qint64(30000)); // below the first tier
        // Changing the quantity re-prices the line by the tiers.
        o.lines[0].quantity = Quantity::fromUnits(12);
        o = must(shop.orders.updateDraft(shop.owner, o));
        QCOMPARE(o.lines[0].unitPrice, qint64(25000));
        QVERIFY(!o.lines[0].priceOverridden);
        o.lines[0].quantity = Quantity::fromUnits(60);
        o = must(shop.orders.updateDraft(shop.owner, o));
        QCOMPARE(o.lines[0].unitPrice, qint64(21000));
        QCOMPARE(o.total, qint64(60 * 21000));
        // Another customer pays the list price.
        Order retail;
        retail.lines = {autoLine(tea, 60)};
        QCOMPARE(must(shop.orders.create(shop.owner, retail)).lines[0].unitPrice, qint64(30000));
        // An archived price list no longer applies.
        wholesale.archived = true;
        must(prices.savePriceList(shop.owner, wholesale));
        QCOMPARE(must(shop.orders.lineFor(shop.owner, d, tea, Quantity::fromUnits(60))).unitPrice,
                 qint64(30000));
    }

    void handSetPricesNeedThePermission()
    {
        StockShop shop;
        const Id a = must(shop.products.create(shop.owner, test::makeProduct(u"A"_qs, u"A"_qs, 10000))).id;
        const Actor support = Actor::withRole(Role::Support);
        Order d;
        d.lines = {autoLine(a, 1)};
        d.lines[0].unitPrice = 9000;
        d.lines[0].priceOverridden = true;
        QCOMPARE(shop.orders.create(support, d).error().code, ErrorCode::PermissionDenied);
        // A hand-set price equal to the rule's is no override.
        d.lines[0].unitPrice = 10000;
        QVERIFY(!must(shop.orders.create(support, d)).lines[0].priceOverridden);
        // Without the flag a price from the client is ignored: the rules decide.
        d.lines[0].unitPrice = 1;
        d.lines[0].priceOverridden = false;
        QCOMPARE(must(shop.orders.create(support, d)).lines[0].unitPrice, qint64(10000));
    }

    void foreignCurrencyTakesTheRateOfTheOrderDate()
    {
        StockShop shop;
        PriceService prices(shop.tmp.db());
        const Id a = must(shop.products.create(shop.owner, test::makeProduct(u"A"_qs, u"A"_qs, 920000))).id;
        const qint64 now = shop.tmp.clock().nowMs();
        must(prices.setExchangeRate(shop.owner, ExchangeRate{u"usd"_qs, now - 10 * Day, 90000000})); // 90.00
        must(prices.setExchangeRate(shop.owner, ExchangeRate{u"USD"_qs, now - 2 * Day, 92000000}));  // 92.00
        QVERIFY(!prices.setExchangeRate(shop.owner, ExchangeRate{u"US"_qs, now, 1}));
        QCOMPARE(must(prices.exchangeRates(shop.owner, u"USD"_qs)).size(), 2);

        Order d;
        d.currency = u"USD"_qs;
        d.lines = {autoLine(a, 1)};
        const Order today = must(shop.orders.create(shop.owner, d));
        QCOMPARE(today.rateE6, qint64(92000000));
        QCOMPARE(today.lines[0].unitPrice, qint64(10000)); // 9,200.00 RUB = 100.00 USD
        d.orderedAt = now - 5 * Day;
        const Order earlier = must(shop.orders.create(shop.owner, d));
        QCOMPARE(earlier.rateE6, qint64(90000000));
        QCOMPARE(earlier.lines[0].unitPrice, qint64(10222)); // 9,200 / 90 = 102.22
        d.orderedAt = now - 20 * Day;
        auto none = shop.orders.create(shop.owner, d);
        QVERIFY(!none);
        QCOMPARE(none.error().field, u"rate"_qs);
        QVERIFY(none.error().message.contains(u"USD"_qs));
        // A rate given on the order wins.
        d.rateE6 = 100000000;
        QCOMPARE(must(shop.orders.create(shop.owner, d)).lines[0].unitPrice, qint64(9200));
        // The customer's history is in the shop currency.
        Customer c;
        c.name = u"Tourist"_qs;
        Order mine = today;
        mine.customerId = must(shop.customers.create(shop.owner, c)).id;
        shop.receive(a, StockService::mainLocationId(), 1);
        const Order created = must(shop.orders.create(shop.owner, [&] {
            Order x;
            x.currency = u"USD"_qs;
            x.customerId = mine.customerId;
            x.lines = {autoLine(a, 1)};
            return x;
        }()));
        must(shop.orders.confirm(shop.owner, created.id));
        QCOMPARE(must(shop.customers.stats(shop.owner, mine.customerId)).lifetimeValue, qint64(920000));
    }

    void vatRateAsOnTheOrderDate()
    {
        StockShop shop;
        PriceService prices(shop.tmp.db());
        Product p = test::makeProduct(u"A"_qs, u"A"_qs, 12200);
        p.vatRateBp = 2200;
        const Id a = must(shop.products.create(shop.owner, p)).id;
        const qint64 change = shop.tmp.clock().nowMs() - 30 * Day;
        must(prices.addVatRateChange(shop.owner, VatRateChange{2000, 2200, change}));
        QCOMPARE(prices.addVatRateChange(Actor::withRole(Role::Manager), VatRateChange{2200, 2400, change})
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
        QVERIFY(!prices.addVatRateChange(shop.owner, VatRateChange{2000, 2000, change}));
        QCOMPARE(must(prices.vatRateAt(shop.owner, 2200, change - 1)), std::optional<int>(2000));
        QCOMPARE(must(prices.vatRateAt(shop.owner, 2200, change)), std::optional<int>(2200));
        QCOMPARE(must(prices.vatRateAt(shop.owner, 1000, change - 1)), std::optional<int>(1000));
        QCOMPARE(must(prices.vatRateAt(shop.owner, std::nullopt, change - 1)), std::optional<int>());

        Order d;
        d.lines = {autoLine(a, 1)};
        d.orderedAt = change - Day;
        const Order before = must(shop.orders.create(shop.owner, d));
        QCOMPARE(before.lines[0].vatBp, std::optional<int>(2000));
        QCOMPARE(before.vatTotal, qint64(2033)); // 122.00 x 20/120
        d.orderedAt = 0;
        const Order after = must(shop.orders.create(shop.owner, d));
        QCOMPARE(after.lines[0].vatBp, std::optional<int>(2200));
        QCOMPARE(after.vatTotal, qint64(2200));
    }
};

QTEST_GUILESS_MAIN(TestOrderPricing)
#include "TestOrderPricing.moc"

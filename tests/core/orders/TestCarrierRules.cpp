#include "orders/OrderService.h"
#include "support/StockShop.h"

#include <QTest>

using namespace kontor;
using test::StockShop;

// Carriers' tracking links and the blank draft an editor starts from.
class TestCarrierRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trackingLinksNeedThePlaceholder()
    {
        StockShop shop;
        auto bad =
            shop.orders.saveCarrier(shop.owner, Carrier{{}, u"Post"_qs, u"https://post.example/track"_qs});
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, u"tracking_url"_qs);
        QVERIFY(bad.error().message.contains(u"{tracking}"_qs));
        auto good = shop.orders.saveCarrier(shop.owner,
                                            Carrier{{}, u"Post"_qs, u"https://post.example/t/{tracking}"_qs});
        QVERIFY(good);
        QCOMPARE(good->trackingLink(u"AB 12"_qs), u"https://post.example/t/AB%2012"_qs);
        // No link at all is fine: some carriers have no tracking page.
        QVERIFY(shop.orders.saveCarrier(shop.owner, Carrier{{}, u"Courier"_qs, {}}));
        QVERIFY(!shop.orders.saveCarrier(Actor::withRole(Role::Warehouse),
                                         Carrier{{}, u"Other"_qs, {}})); // needs ManageOrders
    }
};

QTEST_MAIN(TestCarrierRules)
#include "TestCarrierRules.moc"

#include "orders/OrderService.h"
#include "support/StockShop.h"

#include <QTest>

using namespace kontor;
using test::StockShop;

// How a draft gets its set-up and prices before and at its first save.
class TestOrderDraftPrices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDraftIsSetUpLikeCreate()
    {
        StockShop shop;
        auto blank = shop.orders.newDraft(shop.owner);
        QVERIFY(blank);
        QCOMPARE(blank->currency, shop.products.currency());
        QVERIFY(blank->pricesIncludeVat);
        QCOMPARE(blank->orderedAt, shop.tmp.clock().nowMs());
        QCOMPARE(blank->status, OrderStatus::Draft);
        // Prices without VAT as a shop setting: the draft says so, as create() would.
        auto q = shop.tmp.db().connection().query(
            "UPDATE shop_settings SET value = '0' WHERE key = 'prices_include_vat'");
        QVERIFY(q.run());
        QVERIFY(!shop.orders.newDraft(shop.owner)->pricesIncludeVat);
        const Id p = shop.product(u"P1"_qs);
        Order o = *shop.orders.newDraft(shop.owner);
        OrderLine l;
        l.productId = p;
        l.quantity = Quantity::fromUnits(1);
        o.lines.append(l);
        QCOMPARE(shop.orders.create(shop.owner, o)->pricesIncludeVat, false);
    }

    // "Catalog prices filled in for lines that leave them empty": a line without a price sells at
    // the catalog's, needs no OverridePrices and is not marked as overridden.
    void emptyPricesComeFromTheCatalog()
    {
        StockShop shop;
        const Id p = shop.product(u"P1"_qs); // 100.00
        Order o;
        OrderLine l;
        l.productId = p;
        l.quantity = Quantity::fromUnits(2);
        o.lines.append(l);
        const Actor support = Actor::withRole(Role::Support);
        auto created = shop.orders.create(support, o);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QCOMPARE(created->lines[0].unitPrice, 10000);
        QVERIFY(!created->lines[0].priceOverridden);
        QCOMPARE(created->total, 20000);
        // A new line added to the draft without a price, the same.
        Order draft = *created;
        draft.lines.append(l);
        draft.lines.last().id = Id();
        auto updated = shop.orders.updateDraft(support, draft);
        QVERIFY(updated);
        QCOMPARE(updated->lines[1].unitPrice, 10000);
        QCOMPARE(updated->total, 40000);
        // A price set by hand still needs the permission.
        draft = *updated;
        draft.lines[0].unitPrice = 5000;
        draft.lines[0].priceOverridden = true;
        QVERIFY(!shop.orders.updateDraft(support, draft));
        auto cheaper = shop.orders.updateDraft(shop.owner, draft);
        QVERIFY(cheaper);
        QVERIFY(cheaper->lines[0].priceOverridden);
    }
};

QTEST_MAIN(TestOrderDraftPrices)
#include "TestOrderDraftPrices.moc"

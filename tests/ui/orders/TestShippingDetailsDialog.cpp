#include "orders/OrdersPage.h"
#include "orders/ShippingDetailsDialog.h"
#include "support/Must.h"
#include "support/StockShop.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace kontor;
using test::must;

// Shipping details corrected after shipping: the dialog saves through OrderService::updateShipping,
// and the orders page offers it once an order is past its draft.
class TestShippingDetailsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correctsTheTrackingNumberAfterShipping()
    {
        test::StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, StockService::mainLocationId(), 5);
        Carrier post;
        post.name = u"Почта России"_qs;
        post = must(shop.orders.saveCarrier(shop.owner, post));
        Order d;
        d.lines = {must(shop.orders.lineFor(shop.owner, a, Quantity::fromUnits(1)))};
        const Order draft = must(shop.orders.create(shop.owner, d));

        OrdersPage page(shop.services(), shop.owner);
        page.showOrder(draft.id);
        QVERIFY(!page.shippingDetailsAction()->isVisible());

        must(shop.orders.confirm(shop.owner, draft.id));
        ShipRequest r;
        r.trackingNumber = u"RA12345678RU"_qs;
        must(shop.orders.ship(shop.owner, draft.id, r));
        page.showOrder(draft.id);
        QVERIFY(page.shippingDetailsAction()->isVisible());

        ShippingDetailsDialog dialog(shop.services(), shop.owner,
                                     must(shop.orders.order(shop.owner, draft.id)));
        QCOMPARE(dialog.trackingEdit()->text(), u"RA12345678RU"_qs);
        dialog.trackingEdit()->setText(u"RA123456789RU"_qs);
        dialog.carrierCombo()->setCurrentIndex(dialog.carrierCombo()->findText(u"Почта России"_qs));
        dialog.delayReasonEdit()->setText(u"Склад закрыт на инвентаризацию"_qs);
        QVERIFY(dialog.save());
        const Order saved = must(shop.orders.order(shop.owner, draft.id));
        QCOMPARE(saved.trackingNumber, u"RA123456789RU"_qs);
        QCOMPARE(saved.carrierId, post.id);
        QCOMPARE(saved.delayReason, u"Склад закрыт на инвентаризацию"_qs);
        QCOMPARE(saved.status, OrderStatus::Shipped);
    }
};

QTEST_MAIN(TestShippingDetailsDialog)
#include "TestShippingDetailsDialog.moc"

#include "common/MessageBox.h"
#include "orders/OrderDetailPanel.h"
#include "orders/OrdersPage.h"
#include "purchasing/PurchaseText.h"
#include "support/Must.h"
#include "support/PdfTools.h"
#include "support/PurchasingShop.h"
#include "support/ScreenshotTools.h"

#include <QAction>
#include <QFileInfo>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using test::must;
using test::PurchasingShop;

namespace {

const Id Main = StockService::mainLocationId();

// A picture for looking at the UI (KONTOR_SCREENSHOTS), once pending layouts have run.
void shot(QWidget* widget, const QString& name)
{
    if (!test::screenshotsWanted())
        return;
    QTest::qWait(50);
    test::screenshot(widget, name);
}

// A chair dropshipped by the furniture factory at 5 000.00, a lamp dropshipped by Light & Co at
// 1 200.00, and tea the shop keeps in stock (10 on the shelf).
struct Fixture
{
    explicit Fixture(Actor actor = Actor::owner())
        : shop(QDate(2026, 3, 2))
    {
        chair = shop.product(u"CHAIR"_qs, u"Oak chair"_qs);
        lamp = shop.product(u"LAMP"_qs, u"Desk lamp"_qs);
        tea = shop.product(u"TEA"_qs, u"Green tea"_qs);
        shop.receive(tea, Main, 10);
        factory = shop.supplier(u"Furniture Factory"_qs);
        light = shop.supplier(u"Light & Co"_qs);
        shop.contract(factory.id, u"F-1"_qs, {{chair, 500000, u"CH-OAK"_qs}});
        shop.contract(light.id, u"L-1"_qs, {{lamp, 120000, u"LMP-7"_qs}});
        must(shop.suppliers.setProductSupplier(shop.owner, ProductSupplier{chair, factory.id, true}));
        must(shop.suppliers.setProductSupplier(shop.owner, ProductSupplier{lamp, light.id, true}));
        page = std::make_unique<OrdersPage>(shop.services(), std::move(actor));
        page->resize(1280, 800);
        page->show();
    }
    // A draft: two chairs, a lamp and a tea, to Kazan.
    Order draft()
    {
        Order d;
        d.customerName = u"Irina Volkova"_qs;
        d.shipTo = u"Kazan, Baumana 1, apt. 5"_qs;
        d.lines = {must(shop.orders.lineFor(shop.owner, d, chair, Quantity::fromUnits(2))),
                   must(shop.orders.lineFor(shop.owner, d, lamp, Quantity::fromUnits(1))),
                   must(shop.orders.lineFor(shop.owner, d, tea, Quantity::fromUnits(1)))};
        return must(shop.orders.create(shop.owner, d));
    }
    bool shows(const QString& buttonName)
    {
        auto* button = page->findChild<QToolButton*>(buttonName);
        return button && button->isVisibleTo(page.get());
    }
    OrderDetailPanel* detail() { return page->detail(); }
    QString dropshipCell(int row, int column)
    {
        QTableWidgetItem* item = detail()->dropshipTable()->item(row, column);
        return item ? item->text() : QString();
    }

    PurchasingShop shop;
    Id chair;
    Id lamp;
    Id tea;
    Supplier factory;
    Supplier light;
    std::unique_ptr<OrdersPage> page;
};

} // namespace

// The orders page's dropship part: ordering the dropshipped lines of an order from their
// suppliers, the order's dropship POs listed in its details and following their changes, the PO
// saved as a PDF, and all of it only for users who manage purchases.
class TestOrderDropship : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        test::useSessionLanguage();
    }
    void init()
    {
        if (!test::screenshotsWanted())
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void ordersTheDropshippedLinesFromTheirSuppliers()
    {
        Fixture f;
        const Order o = f.draft();
        f.page->showOrder(o.id);
        QAction* order = f.page->orderFromSupplierAction();

        // A draft: offered, but only once the order is confirmed.
        QVERIFY(f.shows(u"orderFromSupplierButton"_qs));
        QVERIFY(!order->isEnabled());
        QVERIFY(order->toolTip().contains(u"Confirm the order first"_qs));
        QVERIFY(f.detail()->dropshipBox()->isVisibleTo(f.page.get()));
        QCOMPARE(f.detail()->dropshipTable()->rowCount(), 0);
        QCOMPARE(f.detail()->dropshipLinesToOrder(), 2);
        // The dropshipped lines say so where the reservation would be; the tea is ours.
        QCOMPARE(f.detail()->linesTable()->item(0, 5)->text(), u"dropship"_qs);
        QCOMPARE(f.detail()->linesTable()->item(1, 5)->text(), u"dropship"_qs);
        QCOMPARE(f.detail()->linesTable()->item(2, 5)->text(), u"0"_qs);
        QVERIFY(!f.page->orderFromSupplier()); // a draft: core refuses, the page says why
        QVERIFY(MessageBox::lastText().contains(u"must be confirmed"_qs));
        QVERIFY(must(f.shop.purchases.dropshipOrdersFor(f.shop.owner, o.id)).isEmpty());

        must(f.shop.orders.confirm(f.shop.owner, o.id));
        QVERIFY(order->isEnabled());
        QVERIFY(!f.page->dropshipPdfAction()->isEnabled()); // no PO yet
        f.page->findChild<QToolButton*>(u"orderFromSupplierButton"_qs)->click();

        // One PO per supplier, sent, with the order's lines at the contract prices.
        const QList<PurchaseOrder> pos = must(f.shop.purchases.dropshipOrdersFor(f.shop.owner, o.id));
        QCOMPARE(pos.size(), 2);
        const Order confirmed = must(f.shop.orders.order(f.shop.owner, o.id));
        const PurchaseOrder& chairs = pos[0];
        const PurchaseOrder& lamps = pos[1];
        QCOMPARE(chairs.supplierId, f.factory.id);
        QCOMPARE(chairs.kind, PoKind::Dropship);
        QCOMPARE(chairs.status, PoStatus::Sent);
        QCOMPARE(chairs.salesOrderId, o.id);
        QVERIFY(chairs.shipTo.contains(u"Baumana 1"_qs));
        QCOMPARE(chairs.lines.size(), 1);
        QCOMPARE(chairs.lines[0].productId, f.chair);
        QCOMPARE(chairs.lines[0].quantity, Quantity::fromUnits(2));
        QCOMPARE(chairs.lines[0].unitPrice, qint64(500000));
        QCOMPARE(chairs.lines[0].salesOrderLineId, confirmed.lines[0].id);
        QCOMPARE(lamps.supplierId, f.light.id);
        QCOMPARE(lamps.lines.size(), 1);
        QCOMPARE(lamps.lines[0].productId, f.lamp);
        QCOMPARE(lamps.lines[0].quantity, Quantity::fromUnits(1));
        QCOMPARE(lamps.lines[0].unitPrice, qint64(120000));
        QCOMPARE(lamps.lines[0].salesOrderLineId, confirmed.lines[1].id);
        // No stock of ours moved or was reserved for them; the tea is reserved.
        QCOMPARE(f.shop.onHand(f.chair), Quantity());
        QCOMPARE(confirmed.lines[2].reserved, Quantity::fromUnits(1));

        // The details list both, and nothing is left to order.
        QTableWidget* table = f.detail()->dropshipTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(f.dropshipCell(0, OrderDetailPanel::DropshipNumber), chairs.number);
        QCOMPARE(f.dropshipCell(0, OrderDetailPanel::DropshipSupplier), u"Furniture Factory"_qs);
        QCOMPARE(f.dropshipCell(0, OrderDetailPanel::DropshipStatus), u"Sent"_qs);
        QCOMPARE(f.dropshipCell(0, OrderDetailPanel::DropshipShipped), u"not yet"_qs);
        QCOMPARE(f.dropshipCell(1, OrderDetailPanel::DropshipNumber), lamps.number);
        QCOMPARE(f.dropshipCell(1, OrderDetailPanel::DropshipSupplier), u"Light & Co"_qs);
        QCOMPARE(f.detail()->currentDropshipPoId(), lamps.id); // the last one made
        QCOMPARE(f.detail()->dropshipLinesToOrder(), 0);
        QVERIFY(!order->isEnabled());
        QVERIFY(f.page->dropshipPdfAction()->isEnabled());
        // Asked again (the action is off, but the call is refused by core as well): nothing new.
        QVERIFY(!f.page->orderFromSupplier());
        QVERIFY(MessageBox::lastText().contains(u"no dropshipped lines left"_qs));
        QCOMPARE(must(f.shop.purchases.dropshipOrdersFor(f.shop.owner, o.id)).size(), 2);

        // The supplier ships (recorded on the purchase orders page): the list follows at once.
        must(f.shop.purchases.markSupplierShipped(f.shop.owner, chairs.id, u"CDEK-1001"_qs,
                                                  QDate(2026, 3, 2)));
        QCOMPARE(f.dropshipCell(0, OrderDetailPanel::DropshipStatus), u"Received"_qs);
        QCOMPARE(f.dropshipCell(0, OrderDetailPanel::DropshipShipped),
                 u"%1 · CDEK-1001"_qs.arg(PurchaseText::date(QDate(2026, 3, 2))));
        QCOMPARE(f.dropshipCell(1, OrderDetailPanel::DropshipShipped), u"not yet"_qs);
        QCOMPARE(f.detail()->currentDropshipPoId(), lamps.id); // the choice is kept
        shot(f.page.get(), u"orders-page-dropship"_qs);

        // The selected PO as the PDF the supplier gets.
        f.detail()->selectDropshipPo(chairs.id);
        QCOMPARE(f.detail()->currentDropshipPoId(), chairs.id);
        QTemporaryDir dir;
        const QString path = f.page->saveDropshipPdf(dir.filePath(u"po.pdf"_qs));
        QCOMPARE(path, dir.filePath(u"po.pdf"_qs));
        QVERIFY(QFileInfo(path).size() > 1000);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(chairs.number), qPrintable(text));
        QVERIFY(text.contains(u"CH-OAK"_qs));
        QVERIFY(text.contains(u"Baumana 1"_qs));
        QVERIFY(!text.contains(u"LMP-7"_qs));

        // A cancelled PO frees its lines to be ordered again.
        must(f.shop.purchases.cancel(f.shop.owner, lamps.id, u"Out of stock at the supplier"_qs));
        QCOMPARE(f.dropshipCell(1, OrderDetailPanel::DropshipStatus), u"Cancelled"_qs);
        QCOMPARE(f.detail()->dropshipLinesToOrder(), 1);
        QVERIFY(order->isEnabled());
        QVERIFY(f.page->orderFromSupplier());
        const QList<PurchaseOrder> after = must(f.shop.purchases.dropshipOrdersFor(f.shop.owner, o.id));
        QCOMPARE(after.size(), 3);
        QCOMPARE(after[2].lines.size(), 1);
        QCOMPARE(after[2].lines[0].productId, f.lamp);
        QCOMPARE(f.detail()->dropshipTable()->rowCount(), 3);
        QCOMPARE(f.detail()->currentDropshipPoId(), after[2].id);
    }

    // The core's refusal is shown with its message: here the lamp stopped being dropshipped after
    // the order was taken, and the chair is already ordered.
    void showsCoreRefusal()
    {
        Fixture f;
        Order d;
        d.customerName = u"Oleg"_qs;
        d.shipTo = u"Perm"_qs;
        d.lines = {must(f.shop.orders.lineFor(f.shop.owner, d, f.lamp, Quantity::fromUnits(1)))};
        const Order o = must(f.shop.orders.create(f.shop.owner, d));
        must(f.shop.orders.confirm(f.shop.owner, o.id));
        must(f.shop.suppliers.setProductSupplier(f.shop.owner, ProductSupplier{f.lamp, f.light.id, false}));
        f.page->showOrder(o.id);
        QVERIFY(f.page->orderFromSupplierAction()->isEnabled()); // the line was taken as dropshipped
        const int boxes = MessageBox::count();
        QVERIFY(!f.page->orderFromSupplier());
        QCOMPARE(MessageBox::count(), boxes + 1);
        QCOMPARE(MessageBox::lastText(),
                 u"The order has no dropshipped lines left to order from a supplier."_qs);
        QVERIFY(must(f.shop.purchases.dropshipOrdersFor(f.shop.owner, o.id)).isEmpty());

        // A cancelled order offers nothing.
        must(f.shop.orders.cancel(f.shop.owner, o.id, u"Duplicate order"_qs));
        QVERIFY(!f.page->orderFromSupplierAction()->isVisible());
    }

    // Support manages orders but not purchases: no dropship action, no list of POs.
    void needsManagePurchases()
    {
        Fixture f(Actor::withRole(Role::Support));
        const Order o = f.draft();
        must(f.shop.orders.confirm(f.shop.owner, o.id));
        f.page->showOrder(o.id);
        QVERIFY(!f.shows(u"orderFromSupplierButton"_qs));
        QVERIFY(!f.page->orderFromSupplierAction()->isVisible());
        QVERIFY(!f.detail()->dropshipBox()->isVisibleTo(f.page.get()));
        QVERIFY(!f.page->orderFromSupplier());
        QVERIFY(must(f.shop.purchases.dropshipOrdersFor(f.shop.owner, o.id)).isEmpty());
        // Made by someone else: still not listed for them.
        must(f.shop.purchases.createDropship(f.shop.owner, o.id));
        QCOMPARE(f.detail()->dropshipTable()->rowCount(), 0);
        QVERIFY(!f.detail()->dropshipBox()->isVisibleTo(f.page.get()));
        QCOMPARE(f.page->saveDropshipPdf(u"/tmp/never.pdf"_qs), QString());

        // A manager may.
        OrdersPage manager(f.shop.services(), Actor::withRole(Role::Manager));
        manager.show();
        manager.showOrder(o.id);
        QVERIFY(manager.orderFromSupplierAction()->isVisible());
        QVERIFY(!manager.orderFromSupplierAction()->isEnabled()); // all ordered already
        QCOMPARE(manager.detail()->dropshipTable()->rowCount(), 2);
    }

    // An order without dropshipped lines shows nothing of it.
    void plainOrderShowsNoDropship()
    {
        Fixture f;
        Order d;
        d.customerName = u"Anna"_qs;
        d.lines = {must(f.shop.orders.lineFor(f.shop.owner, d, f.tea, Quantity::fromUnits(1)))};
        const Order o = must(f.shop.orders.create(f.shop.owner, d));
        must(f.shop.orders.confirm(f.shop.owner, o.id));
        f.page->showOrder(o.id);
        QVERIFY(!f.page->orderFromSupplierAction()->isVisible());
        QVERIFY(!f.detail()->dropshipBox()->isVisibleTo(f.page.get()));
        QCOMPARE(f.detail()->linesTable()->item(0, 5)->text(), u"1"_qs);
    }
};

QTEST_MAIN(TestOrderDropship)
#include "TestOrderDropship.moc"

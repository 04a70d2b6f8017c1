#include "AppSettings.h"
#include "common/MessageBox.h"
#include "stock/ReplenishmentPage.h"
#include "stock/ReplenishmentTableModel.h"
#include "support/Must.h"
#include "support/PurchasingShop.h"
#include "support/ScreenshotTools.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kontor;
using test::must;
using test::PurchasingShop;

namespace {

constexpr qint64 Day = 24 * 3600 * 1000;
const Id Main = StockService::mainLocationId();

// FAST (from Tea House, five past deliveries that each took 4 days from confirmation to
// receipt) and ORPHAN (no preferred supplier) both sell 2 a day and are nearly out of stock.
struct Fixture
{
    Fixture()
        : shop(QDate(2025, 12, 1))
        , settings(dir.filePath(u"settings.ini"_qs))
    {
        fast = shop.product(u"FAST"_qs, u"Fast seller"_qs);
        orphan = shop.product(u"ORPHAN"_qs, u"No supplier"_qs);
        supplier = shop.supplier(u"Tea House"_qs);
        shop.contract(supplier.id, u"K-1"_qs, {{fast, 10000, u"F-1"_qs}});
        must(shop.suppliers.setProductSupplier(shop.owner, {fast, supplier.id, false}));
        for (int i = 0; i < 5; ++i) {
            const QDate day = QDate(2025, 12, 1).addDays(i * 5);
            shop.setToday(day);
            const PurchaseOrder po = shop.confirmed(supplier.id, {{fast, 1}});
            shop.setToday(day.addDays(4));
            ReceiptDraft receipt;
            receipt.poId = po.id;
            receipt.lines = {{po.lines[0].id, Quantity::fromUnits(1), {}, {}}};
            must(shop.purchases.receive(shop.owner, receipt));
        }
        shop.setToday(QDate(2026, 3, 10));
        const qint64 now = shop.tmp.clock().nowMs();
        // FAST has its five delivered units besides: both end with 4.
        must(shop.stock.receive(shop.owner, fast, Main, Quantity::fromUnits(55), {}, now - 40 * Day));
        must(shop.stock.receive(shop.owner, orphan, Main, Quantity::fromUnits(60), {}, now - 40 * Day));
        for (int d = 28; d >= 1; --d) {
            for (const Id& id : {fast, orphan})
                must(shop.stock.ship(shop.owner, id, Main, Quantity::fromUnits(2), now - d * Day));
        }
        page = std::make_unique<ReplenishmentPage>(shop.services(), shop.owner, settings);
        page->resize(1200, 700);
        page->show();
        waitCalculated();
    }
    void waitCalculated() { QTRY_VERIFY_WITH_TIMEOUT(page->hasResult() && !page->isCalculating(), 10000); }
    const ReplenishmentLine& lineOf(const Id& id) const
    {
        for (const ReplenishmentLine& l : page->allLines()) {
            if (l.productId == id)
                return l;
        }
        qFatal("no line");
    }

    PurchasingShop shop;
    QTemporaryDir dir;
    AppSettings settings;
    Id fast;
    Id orphan;
    Supplier supplier;
    std::unique_ptr<ReplenishmentPage> page;
};

} // namespace

// Replenishment and purchasing together: draft POs from the suggestions, what is on order and the
// lead time learned from receipts fed back into the figures.
class TestReplenishmentPurchases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void draftsPurchaseOrdersAndCountsWhatIsOnOrder()
    {
        Fixture f;
        // Five receipts 4 days after their confirmation: the learned lead time replaces the default.
        QCOMPARE(f.lineOf(f.fast).leadTimeSource, LeadTimeSource::Learned);
        QCOMPARE(f.lineOf(f.fast).leadTimeDays, 4.0);
        QCOMPARE(f.lineOf(f.orphan).leadTimeSource, LeadTimeSource::Default);
        const Quantity suggested = f.lineOf(f.fast).suggested;
        QVERIFY(suggested.milli() > 0);
        QVERIFY(f.lineOf(f.orphan).suggested.milli() > 0);
        QCOMPARE(f.lineOf(f.fast).onOrder, Quantity());

        if (test::screenshotsWanted()) {
            QTest::qWait(50);
            test::screenshot(f.page.get(), u"replenishment"_qs);
        }
        auto* button = f.page->createPurchaseOrdersButton();
        QVERIFY(button->isVisibleTo(f.page.get()));
        QVERIFY(button->isEnabled());
        QCOMPARE(f.page->purchaseSuggestions().size(), 2);
        QSignalSpy created(f.page.get(), &ReplenishmentPage::purchaseOrdersCreated);
        QVERIFY(f.page->createPurchaseOrders());
        QCOMPARE(created.size(), 1);
        const QList<Id> ids = created.at(0).at(0).value<QList<Id>>();
        QCOMPARE(ids.size(), 1);
        const PurchaseOrder po = f.shop.po(ids.at(0));
        QCOMPARE(po.status, PoStatus::Draft);
        QCOMPARE(po.supplierId, f.supplier.id);
        QCOMPARE(po.lines.size(), 1);
        QCOMPARE(po.lines[0].productId, f.fast);
        QCOMPARE(po.lines[0].quantity, suggested);
        // What was made, and what was left out for want of a supplier.
        QVERIFY(MessageBox::lastText().contains(po.number));
        QVERIFY(MessageBox::lastText().contains(u"Tea House"_qs));
        QVERIFY(MessageBox::lastText().contains(u"ORPHAN"_qs));

        // Sent, the PO's units are on order: the suggestion shrinks by them.
        must(f.shop.purchases.send(f.shop.owner, po.id));
        QTRY_VERIFY_WITH_TIMEOUT(
            f.page->hasResult() && !f.page->isCalculating() && f.lineOf(f.fast).onOrder == suggested, 10000);
        QCOMPARE(f.lineOf(f.fast).suggested, Quantity());
        f.page->setView(ReplenishmentPage::View::LowStock);
        const int fastRow = f.page->model()->rowOf(f.fast);
        QCOMPARE(f.page->model()->index(fastRow, ReplenishmentTableModel::OnOrder).data().toString(),
                 suggested.toLocaleString());
        QVERIFY(!f.page->view()->horizontalHeader()->isSectionHidden(ReplenishmentTableModel::OnOrder));

        // Only the selected rows: the orphan alone gives nothing to draft.
        const int row = f.page->model()->rowOf(f.orphan);
        QVERIFY(row >= 0);
        f.page->view()->selectionModel()->select(
            f.page->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(f.page->purchaseSuggestions().size(), 1);
        QVERIFY(!f.page->createPurchaseOrders());
        QVERIFY(MessageBox::lastText().contains(u"ORPHAN"_qs));
    }
};

QTEST_MAIN(TestReplenishmentPurchases)
#include "TestReplenishmentPurchases.moc"

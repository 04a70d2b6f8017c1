#include "orders/OrderListModel.h"
#include "orders/OrderText.h"
#include "support/StockShop.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace kontor;
using test::StockShop;

namespace {

const Id Main = StockService::mainLocationId();

struct Fixture
{
    Fixture()
    {
        apple = shop.product(u"APL"_qs, u"Apple"_qs);
        shop.receive(apple, Main, 100);
    }
    // A draft for `customer` with `units` apples, ordered `minutesAgo` before now.
    Order order(const QString& customer, qint64 units = 1, qint64 minutesAgo = 0)
    {
        Order o;
        o.customerName = customer;
        o.orderedAt = shop.tmp.clock().nowMs() - minutesAgo * 60000;
        OrderLine l;
        l.productId = apple;
        l.quantity = Quantity::fromUnits(units);
        o.lines.append(l);
        auto created = shop.orders.create(shop.owner, o);
        if (!created)
            qFatal("cannot create the order: %s", qPrintable(created.error().toString()));
        return *created;
    }
    std::unique_ptr<OrderListModel> model()
    {
        return std::make_unique<OrderListModel>(shop.orders, shop.tmp.clock(), shop.owner, u"RUB"_qs);
    }

    StockShop shop;
    Id apple;
};

} // namespace

class TestOrderListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesTheModelTesterThroughChanges()
    {
        Fixture f;
        for (int i = 0; i < 5; ++i)
            f.order(u"Customer %1"_qs.arg(i), 1, 10 - i);
        auto model = f.model();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->columnCount(), int(OrderListModel::ColumnCount));
        // Newest first.
        QCOMPARE(model->index(0, OrderListModel::Customer).data().toString(), u"Customer 4"_qs);
        QCOMPARE(model->index(4, OrderListModel::Customer).data().toString(), u"Customer 0"_qs);
        QCOMPARE(model->index(0, OrderListModel::Total).data().toString(), u"100.00\u00A0₽"_qs);
        QCOMPARE(model->index(0, OrderListModel::Status).data().toString(), u"Draft"_qs);
        QCOMPARE(model->headerData(OrderListModel::ShipBy, Qt::Horizontal).toString(), u"Ship by"_qs);

        // A change of one order re-reads it; a new order and a filter reset the model.
        const Order first = *f.shop.orders.orderByNumber(
            f.shop.owner, model->index(0, OrderListModel::Number).data().toString());
        QVERIFY(f.shop.orders.confirm(f.shop.owner, first.id));
        QCOMPARE(model->index(0, OrderListModel::Status).data().toString(), u"Confirmed"_qs);
        f.order(u"Newest"_qs);
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->index(0, OrderListModel::Customer).data().toString(), u"Newest"_qs);
        OrderFilter filter;
        filter.statuses = {OrderStatus::Confirmed};
        model->setFilter(filter);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->idAt(0), first.id);
        QVERIFY(f.shop.orders.cancel(f.shop.owner, first.id, u"test"_qs));
        QCOMPARE(model->rowCount(), 0); // it left the filter
        filter.statuses.clear();
        filter.text = u"Customer 3"_qs;
        model->setFilter(filter);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, OrderListModel::Customer).data().toString(), u"Customer 3"_qs);
    }

    void staysLazyWithThousandsOfOrders()
    {
        Fixture f;
        QElapsedTimer timer;
        timer.start();
        Order draft;
        draft.customerName = u"Bulk"_qs;
        const int n = 5000;
        for (int i = 0; i < n; ++i) {
            draft.orderedAt = f.shop.tmp.clock().nowMs() - qint64(n - i) * 1000;
            draft.externalRef = QString::number(i);
            QVERIFY(f.shop.orders.create(f.shop.owner, draft));
        }
        qInfo("created %d orders in %lld ms", n, timer.elapsed());

        auto model = f.model();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        view.setModel(model.get());
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(model->rowCount(), n);
        // Only the first page was read for what the view shows.
        QCOMPARE(model->pageReads(), 1);
        QCOMPARE(model->cachedRows(), OrderListModel::PageSize);
        QCOMPARE(model->index(0, OrderListModel::Number).data().toString(),
                 f.shop.orders.orderByNumber(f.shop.owner, u"4999"_qs)->number);

        // Scrolling to the end reads the last page, not everything in between.
        view.scrollToBottom();
        QApplication::processEvents();
        view.viewport()->repaint();
        QVERIFY(model->pageReads() <= 3);
        QVERIFY(model->cachedRows() <= 3 * OrderListModel::PageSize);
        QCOMPARE(model->index(n - 1, OrderListModel::Customer).data().toString(), u"Bulk"_qs);

        // A payment on a shown order re-reads only its page.
        const int before = model->pageReads();
        const Id last = model->idAt(n - 1);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(f.shop.orders.recordPayment(f.shop.owner, last, 10000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->pageReads(), before + 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), n - 1);
        QCOMPARE(model->index(n - 1, OrderListModel::Payment).data().toString(), u"Paid"_qs);

        // However far one scrolls, the cache stays bounded.
        for (int row = 0; row < n; row += OrderListModel::PageSize)
            QVERIFY(model->rowAt(row));
        QVERIFY(model->cachedRows() <= OrderListModel::MaxCachedPages * OrderListModel::PageSize);
        QVERIFY(model->rowOf(model->idAt(0)) == 0);
    }

    void marksOverdueShipByDates()
    {
        Fixture f;
        Order late = f.order(u"Late"_qs, 1, 20);
        Order early = f.order(u"On time"_qs, 1, 10);
        const qint64 now = f.shop.tmp.clock().nowMs();
        for (auto [order, shipBy] : {std::pair{&late, now + 3600000}, std::pair{&early, now + 7200000}}) {
            order->shipBy = shipBy;
            QVERIFY(f.shop.orders.updateDraft(f.shop.owner, *order));
            QVERIFY(f.shop.orders.confirm(f.shop.owner, order->id));
        }
        auto model = f.model();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        const int lateRow = model->rowOf(late.id);
        const int earlyRow = model->rowOf(early.id);
        QVERIFY(!model->index(lateRow, OrderListModel::ShipBy).data(OrderListModel::OverdueRole).toBool());
        f.shop.tmp.clock().advanceMs(5400000); // 1.5 hours later: the first is late
        QVERIFY(model->index(lateRow, OrderListModel::ShipBy).data(OrderListModel::OverdueRole).toBool());
        QCOMPARE(model->index(lateRow, OrderListModel::ShipBy).data(Qt::ForegroundRole).value<QColor>(),
                 OrderText::warningColor());
        QVERIFY(!model->index(earlyRow, OrderListModel::ShipBy).data(Qt::ForegroundRole).isValid());
        // Shipped, it is no longer overdue.
        QVERIFY(f.shop.orders.ship(f.shop.owner, late.id));
        QVERIFY(!model->index(model->rowOf(late.id), OrderListModel::ShipBy)
                     .data(OrderListModel::OverdueRole)
                     .toBool());
        OrderFilter overdue;
        overdue.overdueToShip = true;
        model->setFilter(overdue);
        QCOMPARE(model->rowCount(), 0);
        f.shop.tmp.clock().advanceMs(3600000);
        model->reload();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->idAt(0), early.id);
    }
};

QTEST_MAIN(TestOrderListModel)
#include "TestOrderListModel.moc"

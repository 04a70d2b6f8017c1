#include "returns/ReturnLineModel.h"
#include "returns/ReturnListModel.h"
#include "support/ShippedOrders.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace kontor;
using test::StockShop;

class TestReturnModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listAndLines()
    {
        StockShop shop;
        const Id tea = shop.product(u"TEA"_qs, u"Green tea"_qs);
        const Id cup = shop.product(u"CUP"_qs, u"Cup"_qs);
        shop.receive(tea, StockService::mainLocationId(), 20);
        shop.receive(cup, StockService::mainLocationId(), 20);
        const Customer anna = test::makeCustomer(shop, u"Anna Petrova"_qs);
        const Customer boris = test::makeCustomer(shop, u"Boris"_qs);
        const Order annas = test::shippedOrder(shop, anna.id, {{tea, 2}, {cup, 3}});
        const Order boriss = test::shippedOrder(shop, boris.id, {{cup, 1}});

        ReturnListModel model(shop.services(), shop.owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ReturnListModel::ColumnCount));

        Return draft;
        draft.orderId = annas.id;
        ReturnLine teaLine;
        teaLine.orderLineId = annas.lines.at(0).id;
        teaLine.quantity = Quantity::fromUnits(1);
        teaLine.reason = ReturnReason::Defect;
        teaLine.condition = u"leaking bag"_qs;
        teaLine.decision = ReturnDecision::WriteOff;
        ReturnLine cupLine;
        cupLine.orderLineId = annas.lines.at(1).id;
        cupLine.quantity = Quantity::fromUnits(2);
        cupLine.refund = 15000;
        draft.lines = {teaLine, cupLine};
        const Return first = shop.returns.create(shop.owner, draft).value();
        shop.tmp.clock().advanceMs(60000);
        Return exchange;
        exchange.orderId = boriss.id;
        exchange.resolution = ReturnResolution::Exchange;
        ReturnLine one;
        one.orderLineId = boriss.lines.at(0).id;
        one.quantity = Quantity::fromUnits(1);
        exchange.lines = {one};
        const Return second = shop.returns.create(shop.owner, exchange).value();

        // The service's signal reloads the list: newest first.
        QTRY_COMPARE(model.rowCount(), 2);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.returnAt(0)->id, second.id);
        const int r = model.rowOf(first.id);
        QCOMPARE(r, 1);
        auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(r, ReturnListModel::Number), first.number);
        QCOMPARE(cell(r, ReturnListModel::OrderNumber), annas.number);
        QCOMPARE(cell(r, ReturnListModel::Customer), u"Anna Petrova"_qs);
        QCOMPARE(cell(r, ReturnListModel::Status), u"Open"_qs);
        QCOMPARE(cell(r, ReturnListModel::Resolution), u"Refund"_qs);
        // 100.00 for one of two teas, 150.00 typed for the cups.
        QCOMPARE(cell(r, ReturnListModel::Refund), Money(25000, u"RUB"_qs).toDisplayString());
        QCOMPARE(cell(0, ReturnListModel::Resolution), u"Exchange"_qs);
        QCOMPARE(cell(0, ReturnListModel::Refund), QString()); // an exchange pays nothing back
        QCOMPARE(model.index(r, 0).data(ReturnListModel::IdRole).value<Id>(), first.id);
        QCOMPARE(model.index(r, 0).data(ReturnListModel::StatusRole).toInt(), int(ReturnStatus::Open));

        // A status change refreshes the row in place.
        QVERIFY(shop.returns.cancel(shop.owner, second.id));
        QTRY_COMPARE(cell(0, ReturnListModel::Status), u"Cancelled"_qs);
        QCOMPARE(model.index(0, ReturnListModel::Number).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(Qt::gray));

        // Filters: status, customer, period.
        ReturnFilter filter;
        filter.status = ReturnStatus::Open;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        filter = {};
        filter.customerId = boris.id;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.returnAt(0)->id, second.id);
        filter = {};
        filter.from = first.createdAt + 1;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);

        ReturnLineModel lines;
        QAbstractItemModelTester lineTester(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lines.setReturn(first);
        QCOMPARE(lines.rowCount(), 2);
        auto lineCell = [&](int row, int column) { return lines.index(row, column).data().toString(); };
        QCOMPARE(lineCell(0, ReturnLineModel::Sku), u"TEA"_qs);
        QCOMPARE(lineCell(0, ReturnLineModel::Name), u"Green tea"_qs);
        QCOMPARE(lineCell(0, ReturnLineModel::Quantity), u"1"_qs);
        QCOMPARE(lineCell(0, ReturnLineModel::Reason), u"Defect"_qs);
        QCOMPARE(lineCell(0, ReturnLineModel::Condition), u"leaking bag"_qs);
        QCOMPARE(lineCell(0, ReturnLineModel::Decision), u"Write off"_qs);
        QCOMPARE(lineCell(0, ReturnLineModel::Refund), Money(10000, u"RUB"_qs).toDisplayString());
        QCOMPARE(lineCell(1, ReturnLineModel::Quantity), u"2"_qs);
        QCOMPARE(lineCell(1, ReturnLineModel::Reason), u"Changed mind"_qs);
        QCOMPARE(lineCell(1, ReturnLineModel::Decision), u"Back to stock"_qs);
        QCOMPARE(lineCell(1, ReturnLineModel::Refund), Money(15000, u"RUB"_qs).toDisplayString());
        lines.setReturn(second);
        QCOMPARE(lines.rowCount(), 1);
        QCOMPARE(lineCell(0, ReturnLineModel::Refund), QString());
        lines.clear();
        QCOMPARE(lines.rowCount(), 0);
    }
};

QTEST_MAIN(TestReturnModels)
#include "TestReturnModels.moc"

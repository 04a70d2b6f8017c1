#include "orders/OrderText.h"
#include "purchasing/ClaimListModel.h"
#include "purchasing/PurchaseOrderListModel.h"
#include "purchasing/PurchaseText.h"
#include "support/Must.h"
#include "support/PurchasingShop.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace kontor;
using test::must;
using test::PurchasingShop;

namespace {

ContractTerms fiveDays()
{
    ContractTerms t;
    t.leadTimeDays = 5;
    t.lateBpPerDay = 50;
    t.lateCapBp = 1000;
    t.defect = {PenaltyKind::PerUnit, 5000};
    t.claimDays = 7;
    return t;
}

} // namespace

// The lists of the purchasing pages: purchase orders (overdue highlighted, totals only for those
// who may see prices, filters) and claims (deadlines passed highlighted), checked by
// QAbstractItemModelTester through loads, reloads and filter changes.
class TestPurchasingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void purchaseOrders()
    {
        PurchasingShop shop(QDate(2026, 3, 1));
        const Id tea = shop.product(u"TEA"_qs, u"Green tea"_qs);
        const Supplier sup = shop.supplier(u"Tea House"_qs);
        shop.contract(sup.id, u"K-1"_qs, {{tea, 10000, u"T-01"_qs}}, fiveDays());
        const PurchaseOrder late = shop.confirmed(sup.id, {{tea, 10}}); // due 6 March
        shop.setToday(QDate(2026, 3, 9));
        const PurchaseOrder draft = shop.draft(sup.id, {{tea, 3}});

        PurchaseOrderListModel model(shop.services(), shop.owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.columnCount(), int(PurchaseOrderListModel::ColumnCount));
        QCOMPARE(model.rowCount(), 2);
        // Newest order date first.
        QCOMPARE(model.rowOf(draft.id), 0);
        const int lateRow = model.rowOf(late.id);
        QCOMPARE(lateRow, 1);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(lateRow, PurchaseOrderListModel::Number).toString(), late.number);
        QCOMPARE(cell(lateRow, PurchaseOrderListModel::Supplier).toString(), u"Tea House"_qs);
        QCOMPARE(cell(lateRow, PurchaseOrderListModel::Status).toString(), u"Confirmed"_qs);
        QCOMPARE(cell(lateRow, PurchaseOrderListModel::OrderedOn).toString(),
                 PurchaseText::date(QDate(2026, 3, 1)));
        QCOMPARE(cell(lateRow, PurchaseOrderListModel::DueOn).toString(),
                 PurchaseText::date(QDate(2026, 3, 6)));
        QCOMPARE(cell(lateRow, PurchaseOrderListModel::Lines).toString(), u"1"_qs);
        QCOMPARE(cell(lateRow, PurchaseOrderListModel::Total).toString(),
                 OrderText::money(100000, u"RUB"_qs));
        // Overdue: open and past its due date, the whole row tinted and the due date in the warning colour.
        QVERIFY(cell(lateRow, PurchaseOrderListModel::Number, PurchaseOrderListModel::OverdueRole).toBool());
        QCOMPARE(cell(lateRow, PurchaseOrderListModel::Supplier, Qt::BackgroundRole).value<QColor>(),
                 PurchaseText::overdueBackground());
        QCOMPARE(cell(lateRow, PurchaseOrderListModel::DueOn, Qt::ForegroundRole).value<QColor>(),
                 OrderText::warningColor());
        QVERIFY(
            cell(lateRow, PurchaseOrderListModel::DueOn, Qt::ToolTipRole).toString().contains(u"Overdue"_qs));
        QVERIFY(!cell(0, PurchaseOrderListModel::Number, PurchaseOrderListModel::OverdueRole).toBool());
        QVERIFY(!cell(0, PurchaseOrderListModel::Number, Qt::BackgroundRole).isValid());
        QCOMPARE(cell(0, PurchaseOrderListModel::DueOn).toString(), QString());
        QCOMPARE(cell(0, PurchaseOrderListModel::Status).toString(), u"Draft"_qs);
        QCOMPARE(cell(0, PurchaseOrderListModel::Total, Qt::TextAlignmentRole).value<Qt::Alignment>() &
                     Qt::AlignRight,
                 Qt::AlignRight);

        // Filters go to the service; the model follows changes by itself.
        PoFilter overdue;
        overdue.overdueOnly = true;
        model.setFilter(overdue);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->id, late.id);
        PoFilter text;
        text.text = draft.number;
        model.setFilter(text);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->id, draft.id);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), 2);
        must(shop.purchases.send(shop.owner, draft.id));
        QTRY_COMPARE(model.index(model.rowOf(draft.id), PurchaseOrderListModel::Status).data().toString(),
                     u"Sent"_qs);

        // Someone who may not see purchase prices sees no totals at all (not zeros).
        PurchaseOrderListModel blind(shop.services(), Actor::withRole(Role::Warehouse));
        QAbstractItemModelTester blindTester(&blind, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(blind.rowCount(), 2);
        QCOMPARE(blind.index(0, PurchaseOrderListModel::Total).data().toString(), QString());
    }

    void claims()
    {
        PurchasingShop shop(QDate(2026, 3, 1));
        const Id tea = shop.product(u"TEA"_qs, u"Green tea"_qs);
        const Supplier sup = shop.supplier(u"Tea House"_qs);
        shop.contract(sup.id, u"K-1"_qs, {{tea, 10000, u"T-01"_qs}}, fiveDays());
        const PurchaseOrder po = shop.confirmed(sup.id, {{tea, 10}});
        ReceiptDraft receipt;
        receipt.poId = po.id;
        receipt.lines = {{po.lines.at(0).id, Quantity::fromUnits(8), Quantity::fromUnits(2), Quantity()}};
        const auto received = must(shop.purchases.receive(shop.owner, receipt));
        QVERIFY(received.claim);

        ClaimListModel model(shop.services(), shop.owner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.columnCount(), int(ClaimListModel::ColumnCount));
        QCOMPARE(model.rowCount(), 1);
        auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(cell(ClaimListModel::Number).toString(), received.claim->number);
        QCOMPARE(cell(ClaimListModel::Supplier).toString(), u"Tea House"_qs);
        QCOMPARE(cell(ClaimListModel::PoNumber).toString(), po.number);
        QCOMPARE(cell(ClaimListModel::Status).toString(), u"Open"_qs);
        // Two defective units at 50.00 each by the contract.
        QCOMPARE(cell(ClaimListModel::Amount).toString(), OrderText::money(10000, u"RUB"_qs));
        QCOMPARE(cell(ClaimListModel::Collected).toString(), QString());
        QCOMPARE(cell(ClaimListModel::Deadline).toString(), PurchaseText::date(QDate(2026, 3, 8)));
        QVERIFY(!cell(ClaimListModel::Number, ClaimListModel::OverdueRole).toBool());

        // Past the deadline and still open: highlighted.
        shop.setToday(QDate(2026, 3, 9));
        model.reload();
        QTRY_VERIFY(cell(ClaimListModel::Number, ClaimListModel::OverdueRole).toBool());
        QCOMPARE(cell(ClaimListModel::Deadline, Qt::ForegroundRole).value<QColor>(),
                 OrderText::warningColor());
        QCOMPARE(cell(ClaimListModel::Supplier, Qt::BackgroundRole).value<QColor>(),
                 PurchaseText::overdueBackground());

        // Settled: no longer overdue, and the unresolved filter leaves it out.
        must(shop.purchases.setClaimStatus(shop.owner, received.claim->id, ClaimStatus::Accepted));
        must(shop.purchases.setClaimStatus(shop.owner, received.claim->id, ClaimStatus::Paid, 10000));
        QTRY_COMPARE(cell(ClaimListModel::Status).toString(), u"Paid"_qs);
        QVERIFY(!cell(ClaimListModel::Number, ClaimListModel::OverdueRole).toBool());
        QCOMPARE(cell(ClaimListModel::Collected).toString(), OrderText::money(10000, u"RUB"_qs));
        ClaimFilter unresolved;
        unresolved.unresolvedOnly = true;
        model.setFilter(unresolved);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPurchasingModels)
#include "TestPurchasingModels.moc"

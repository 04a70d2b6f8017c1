#include "common/MessageBox.h"
#include "returns/ReturnDialog.h"
#include "returns/ReturnLineModel.h"
#include "returns/ReturnListModel.h"
#include "returns/ReturnsPage.h"
#include "support/ModalAnswer.h"
#include "support/ScreenshotTools.h"
#include "support/ShippedOrders.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using test::StockShop;

namespace {

const Id Main = StockService::mainLocationId();
const Id Quarantine = StockService::quarantineLocationId();

// Tea and cups on the shelf; Anna bought 2 teas and 3 cups (paid), and 1 tea she has not paid for.
struct Shop
{
    StockShop shop;
    Id tea;
    Id cup;
    Customer anna;
    Order order;

    Shop()
    {
        tea = shop.product(u"TEA"_qs, u"Green tea"_qs);
        cup = shop.product(u"CUP"_qs, u"Cup"_qs);
        shop.receive(tea, Main, 10);
        shop.receive(cup, Main, 10);
        anna = test::makeCustomer(shop, u"Anna Petrova"_qs, u"anna@example.com"_qs);
        order = test::shippedOrder(shop, anna.id, {{tea, 2}, {cup, 3}});
    }

    // A return of one cup, opened through the service.
    Return openReturn(ReturnResolution resolution = ReturnResolution::Refund)
    {
        Return r;
        r.orderId = order.id;
        r.resolution = resolution;
        ReturnLine l;
        l.orderLineId = order.lines.at(1).id;
        l.quantity = Quantity::fromUnits(1);
        r.lines = {l};
        return shop.returns.create(shop.owner, r).value();
    }
};

void waitLoaded(ReturnsPage& page)
{
    QTRY_VERIFY(!page.model()->isLoading());
    QTest::qWait(1);
}

} // namespace

class TestReturnsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init()
    {
        if (test::screenshotsWanted())
            test::useSessionLanguage();
        else
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Restock one line, quarantine the other, receive, refund: stock and money end up right.
    void fullReturnThroughTheUi()
    {
        Shop s;
        QCOMPARE(s.shop.onHand(s.tea), Quantity::fromUnits(8));
        QCOMPARE(s.shop.onHand(s.cup), Quantity::fromUnits(7));
        ReturnsPage page(s.shop.services(), s.shop.owner);
        page.resize(1100, 700);
        page.show();
        waitLoaded(page);
        QVERIFY(page.newAction()->isVisible());
        QVERIFY(!page.receiveAction()->isEnabled()); // nothing selected

        QString teaRefund;
        QString decisionAfterDefect;
        QString total;
        test::answerNextModal<ReturnDialog>([&](ReturnDialog* d) {
            QVERIFY(!d->okButton()->isEnabled());
            QVERIFY(d->findOrder(s.order.number));
            QCOMPARE(d->lineCount(), 2);
            QCOMPARE(d->returnableAt(0), Quantity::fromUnits(2));
            QCOMPARE(d->returnableAt(1), Quantity::fromUnits(3));
            d->setQuantityText(0, u"1"_qs);
            teaRefund = d->refundText(0); // prefilled: half of 200.00
            d->setCondition(0, u"sealed"_qs);
            d->setDecision(0, ReturnDecision::Restock);
            d->setQuantityText(1, u"2"_qs);
            d->setReason(1, ReturnReason::Defect);
            decisionAfterDefect = d->findChild<QComboBox*>(u"decisionCombo1"_qs)->currentText();
            d->setCondition(1, u"cracked"_qs);
            d->setNote(u"Courier act 17"_qs);
            total = d->findChild<QLabel*>(u"totalLabel"_qs)->text();
            QVERIFY(d->okButton()->isEnabled());
            d->okButton()->click();
        });
        const auto created = page.newReturn();
        QVERIFY(created);
        QCOMPARE(teaRefund, u"100.00"_qs);
        QCOMPARE(decisionAfterDefect, u"To quarantine"_qs); // a defect is inspected first
        QCOMPARE(total, u"Refund: "_qs + Money(30000, u"RUB"_qs).toDisplayString());
        QCOMPARE(created->lines.size(), 2);
        QCOMPARE(created->lines.at(0).decision, ReturnDecision::Restock);
        QCOMPARE(created->lines.at(0).condition, u"sealed"_qs);
        QCOMPARE(created->lines.at(1).decision, ReturnDecision::Quarantine);
        QCOMPARE(created->lines.at(1).reason, ReturnReason::Defect);
        QCOMPARE(created->refundAmount, 30000);
        QCOMPARE(created->note, u"Courier act 17"_qs);
        QVERIFY(page.statusText().startsWith(u"Return "_qs + created->number + u" opened"_qs));
        waitLoaded(page);
        QTRY_VERIFY(page.currentReturn() && page.currentReturn()->id == created->id);
        QCOMPARE(page.lineModel()->rowCount(), 2);
        QVERIFY(page.detailText().contains(s.order.number));
        QVERIFY(page.detailText().contains(u"Courier act 17"_qs));
        // Nothing moved yet: the goods are on their way back.
        QCOMPARE(s.shop.onHand(s.tea), Quantity::fromUnits(8));
        QVERIFY(page.receiveAction()->isEnabled());
        QVERIFY(!page.closeAction()->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(page.receiveCurrent());
        QVERIFY(MessageBox::lastText().contains(u"Back to stock: 1 × TEA"_qs));
        QVERIFY(MessageBox::lastText().contains(u"To quarantine: 2 × CUP"_qs));
        QCOMPARE(s.shop.onHand(s.tea), Quantity::fromUnits(9));
        QCOMPARE(s.shop.onHand(s.cup), Quantity::fromUnits(7)); // the cups did not go back on the shelf
        QCOMPARE(s.shop.onHand(s.cup, Quarantine), Quantity::fromUnits(2));
        QCOMPARE(*s.shop.stock.available(s.shop.owner, s.cup), Quantity::fromUnits(7));
        waitLoaded(page);
        QTRY_COMPARE(page.currentReturn()->status, ReturnStatus::Received);
        QVERIFY(!page.receiveAction()->isEnabled());
        QVERIFY(!page.cancelAction()->isEnabled());
        QVERIFY(page.closeAction()->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(page.closeCurrent());
        QVERIFY(MessageBox::lastText().startsWith(u"Refund "_qs + Money(30000, u"RUB"_qs).toDisplayString()));
        QCOMPARE(s.shop.orders.order(s.shop.owner, s.order.id)->refundedAmount, 30000);
        QVERIFY(page.statusText().contains(u"refunded"_qs));
        waitLoaded(page);
        QTRY_COMPARE(page.currentReturn()->status, ReturnStatus::Closed);
        QVERIFY(!page.closeAction()->isEnabled());
        QVERIFY(page.detailText().contains(u"refunded"_qs));
        const Order after = s.shop.orders.order(s.shop.owner, s.order.id).value();
        QCOMPARE(after.lines.at(0).returned, Quantity::fromUnits(1));
        QCOMPARE(after.lines.at(1).returned, Quantity::fromUnits(2));
    }

    void permissionsDecideTheButtons()
    {
        Shop s;
        const Return refund = s.openReturn();
        QVERIFY(s.shop.returns.receive(s.shop.owner, refund.id));

        // A warehouse worker receives goods, but neither refunds nor closes.
        ReturnsPage warehouse(s.shop.services(), Actor::withRole(Role::Warehouse, u"Vera"_qs));
        QVERIFY(warehouse.findChild<QToolButton*>(u"receiveReturnButton"_qs));
        QVERIFY(warehouse.receiveAction()->isVisible());
        QVERIFY(!warehouse.findChild<QToolButton*>(u"closeReturnButton"_qs));
        QVERIFY(!warehouse.closeAction()->isVisible());
        QVERIFY(warehouse.newAction()->isVisible());

        // Support opens returns and exchanges, but moves no stock and refunds nothing.
        const Actor support = Actor::withRole(Role::Support, u"Sam"_qs);
        ReturnsPage page(s.shop.services(), support);
        QVERIFY(!page.findChild<QToolButton*>(u"receiveReturnButton"_qs));
        QVERIFY(!page.receiveAction()->isVisible());
        QVERIFY(page.findChild<QToolButton*>(u"closeReturnButton"_qs));
        waitLoaded(page);
        page.selectReturn(refund.id);
        QCOMPARE(page.currentReturn()->status, ReturnStatus::Received);
        QVERIFY(!page.closeAction()->isEnabled());
        QCOMPARE(page.closeAction()->toolTip(),
                 u"Refunding money needs the permission to refund customers"_qs);
        QVERIFY(!page.closeCurrent());
        QCOMPARE(s.shop.returns.close(support, refund.id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(s.shop.orders.order(s.shop.owner, s.order.id)->refundedAmount, 0);

        // An exchange is theirs to close: it creates a draft order.
        const Return exchange = s.openReturn(ReturnResolution::Exchange);
        QVERIFY(s.shop.returns.receive(s.shop.owner, exchange.id));
        waitLoaded(page);
        page.selectReturn(exchange.id);
        QTRY_COMPARE(page.currentReturn()->id, exchange.id);
        QVERIFY(page.closeAction()->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(page.closeCurrent());
        const Return closed = s.shop.returns.returnById(support, exchange.id).value();
        QCOMPARE(closed.status, ReturnStatus::Closed);
        const Order replacement = s.shop.orders.order(support, closed.exchangeOrderId).value();
        QCOMPARE(replacement.status, OrderStatus::Draft);
        QCOMPARE(replacement.total, 0);
        QVERIFY(page.statusText().contains(replacement.number));
    }

    void refusalsAndMistakesAreShown()
    {
        Shop s;
        // An order that has not shipped cannot be returned.
        Order draft;
        draft.customerId = s.anna.id;
        draft.lines.append(s.shop.orders.lineFor(s.shop.owner, s.tea, Quantity::fromUnits(1)).value());
        const Order confirmed =
            s.shop.orders.confirm(s.shop.owner, s.shop.orders.create(s.shop.owner, draft)->id).value();

        ReturnDialog dialog(s.shop.services(), s.shop.owner);
        dialog.show();
        QVERIFY(!dialog.findOrder(u"SO-99999"_qs));
        QCOMPARE(dialog.orderErrorText(), u"There is no order SO-99999."_qs);
        QVERIFY(!dialog.findOrder(confirmed.number));
        QCOMPARE(dialog.orderErrorText(),
                 u"Order %1 is confirmed: only goods shipped to the customer can be returned."_qs.arg(
                     confirmed.number));
        QCOMPARE(dialog.lineCount(), 0);
        QVERIFY(!dialog.okButton()->isEnabled());

        // Typed into the order field, Enter finds it.
        auto* number = dialog.findChild<QLineEdit*>(u"orderNumberEdit"_qs);
        number->setFocus();
        number->selectAll();
        QTest::keyClicks(number, s.order.number);
        QTest::keyClick(number, Qt::Key_Return);
        QCOMPARE(dialog.orderId(), s.order.id);
        QCOMPARE(dialog.orderErrorText(), QString());
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.okButton()->isEnabled()); // nothing to return yet

        dialog.setQuantityText(1, u"4"_qs);
        QCOMPARE(dialog.linesErrorText(), u"Line 2 (CUP): only 3\u00A0pcs can be returned."_qs);
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.setQuantityText(1, u"abc"_qs);
        QVERIFY(dialog.linesErrorText().startsWith(u"Line 2 (CUP): "_qs));
        dialog.setQuantityText(1, u"3"_qs);
        QCOMPARE(dialog.linesErrorText(), QString());
        QCOMPARE(dialog.refundText(1), u"300.00"_qs);
        dialog.setRefundText(1, u"301"_qs);
        QVERIFY(dialog.linesErrorText().contains(u"more than the line cost"_qs));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.setRefundText(1, u"0"_qs);
        QVERIFY(dialog.linesErrorText().contains(u"more than zero"_qs));
        dialog.setRefundText(1, u"250"_qs);
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.totalRefund(), 25000);
        // A typed refund stays when the quantity changes.
        dialog.setQuantityText(1, u"2"_qs);
        QCOMPARE(dialog.refundText(1), u"250"_qs);
        // An exchange refunds nothing; the refund column is off.
        dialog.setResolution(ReturnResolution::Exchange);
        QVERIFY(!dialog.findChild<QLineEdit*>(u"refundEdit1"_qs)->isEnabled());
        QVERIFY(dialog.okButton()->isEnabled());

        // The service's refusal keeps the dialog open: another return took the cups meanwhile.
        Return other;
        other.orderId = s.order.id;
        ReturnLine l;
        l.orderLineId = s.order.lines.at(1).id;
        l.quantity = Quantity::fromUnits(2);
        other.lines = {l};
        QVERIFY(s.shop.returns.create(s.shop.owner, other));
        dialog.okButton()->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().startsWith(u"Only 1 of CUP can be returned"_qs));
    }

    void newReturnForAGivenOrderAndCancel()
    {
        Shop s;
        ReturnsPage page(s.shop.services(), s.shop.owner);
        page.show();
        waitLoaded(page);
        // What the orders page will call: the dialog opens on the order, which cannot be changed.
        bool fixedOrder = false;
        test::answerNextModal<ReturnDialog>([&](ReturnDialog* d) {
            fixedOrder = d->findChild<QLineEdit*>(u"orderNumberEdit"_qs)->isReadOnly() &&
                         !d->findChild<QPushButton*>(u"findOrderButton"_qs)->isVisible();
            d->setQuantityText(0, u"2"_qs);
            d->okButton()->click();
        });
        const auto created =
            ReturnDialog::newReturnForOrder(s.shop.services(), s.shop.owner, s.order.id, &page);
        QVERIFY(created);
        QVERIFY(fixedOrder);
        QCOMPARE(created->orderId, s.order.id);
        QCOMPARE(created->lines.size(), 1);
        QCOMPARE(created->refundAmount, 20000);
        // Cancelled in the dialog: nothing.
        test::answerNextModal<ReturnDialog>([](ReturnDialog* d) { d->reject(); });
        QVERIFY(!page.newReturn(s.order.id));

        waitLoaded(page);
        page.selectReturn(created->id);
        QTRY_VERIFY(page.currentReturn());
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!page.cancelCurrent());
        QCOMPARE(s.shop.returns.returnById(s.shop.owner, created->id)->status, ReturnStatus::Open);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(page.cancelCurrent());
        QCOMPARE(s.shop.returns.returnById(s.shop.owner, created->id)->status, ReturnStatus::Cancelled);
        QCOMPARE(page.statusText(), u"Return %1 was cancelled."_qs.arg(created->number));
        // Cancelling frees the quantity for another return.
        QCOMPARE(s.shop.returns.returnable(s.shop.owner, s.order.id)->at(0).second, Quantity::fromUnits(2));

        // The filters.
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 1);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(ReturnStatus::Open)));
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.footerText(), u"No return matches the filter."_qs);
        page.statusFilter()->setCurrentIndex(0);
        const QDate createdOn = QDateTime::fromMSecsSinceEpoch(created->createdAt).toLocalTime().date();
        page.setPeriod(ReturnsPage::Period::Between, createdOn.addDays(1), createdOn.addDays(3));
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 0);
        page.setPeriod(ReturnsPage::Period::Between, createdOn, createdOn);
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void pictures()
    {
        if (!test::screenshotsWanted())
            QSKIP("pictures only when KONTOR_SCREENSHOTS is set");
        Shop s;
        const Id shoe = s.shop.product(u"SHOE-42"_qs, u"Running shoes, size 42, blue"_qs);
        s.shop.receive(shoe, Main, 5);
        const Customer boris = test::makeCustomer(s.shop, u"Борис Смирнов"_qs);
        const Order second = test::shippedOrder(s.shop, boris.id, {{shoe, 1}, {s.tea, 3}});
        const Return first = s.openReturn();
        QVERIFY(s.shop.returns.receive(s.shop.owner, first.id));
        QVERIFY(s.shop.returns.close(s.shop.owner, first.id));
        s.shop.tmp.clock().advanceMs(3600000);
        s.openReturn(ReturnResolution::Exchange);

        ReturnsPage page(s.shop.services(), s.shop.owner);
        page.resize(1100, 640);
        page.show();
        waitLoaded(page);
        page.selectReturn(first.id);
        QTest::qWait(50);
        test::screenshot(&page, u"returns-page"_qs);

        test::answerNextModal<ReturnDialog>([&](ReturnDialog* d) {
            d->findOrder(second.number);
            d->setQuantityText(0, u"1"_qs);
            d->setReason(0, ReturnReason::WrongItem);
            d->setCondition(0, u"unworn, box intact"_qs);
            d->setQuantityText(1, u"5"_qs); // more than shipped: the mistake shows
            QTest::qWait(50);
            test::screenshot(d, u"return-dialog"_qs);
            d->setQuantityText(1, u"1"_qs);
            d->setReason(1, ReturnReason::Defect);
            QTest::qWait(50);
            test::screenshot(d, u"return-dialog-ok"_qs);
        });
        page.newReturn();
    }
};

QTEST_MAIN(TestReturnsPage)
#include "TestReturnsPage.moc"

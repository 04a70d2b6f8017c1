#include "common/MessageBox.h"
#include "stock/LocationCombo.h"
#include "stock/MovementListModel.h"
#include "stock/MovementsDialog.h"
#include "support/StockShop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace kontor;
using test::StockShop;

namespace {

const Id Main = StockService::mainLocationId();
constexpr qint64 Day = 24 * 3600 * 1000;

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

int rowOfDoc(const MovementListModel& model, const Id& docId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.movementAt(row)->docId == docId && !model.isReversal(row))
            return row;
    }
    return -1;
}

} // namespace

class TestMovementsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsAndFilters()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs, u"Apple"_qs);
        const Id b = shop.product(u"B"_qs, u"Banana"_qs);
        const qint64 now = shop.tmp.clock().nowMs();
        QVERIFY(shop.stock.receive(shop.owner, a, Main, Quantity::fromUnits(5), {}, now - 10 * Day));
        QVERIFY(shop.stock.receive(shop.owner, b, Main, Quantity::fromUnits(5), {}, now - 2 * Day));
        QVERIFY(shop.stock.transfer(shop.owner, b, Main, StockService::packingLocationId(),
                                    Quantity::fromUnits(1)));
        MovementsDialog dialog(shop.services(), shop.owner);
        dialog.show();
        QCOMPARE(dialog.model()->rowCount(), 4);
        QCOMPARE(child<QLabel>(&dialog, u"countLabel"_qs)->text(), u"4 movements"_qs);
        // Unit costs are a column for the owner only.
        QVERIFY(!dialog.view()->horizontalHeader()->isSectionHidden(MovementListModel::UnitCost));

        dialog.setProduct(b);
        QCOMPARE(dialog.windowTitle(), u"Stock history — B — Banana"_qs);
        QCOMPARE(dialog.model()->rowCount(), 3);
        auto* kind = child<QComboBox>(&dialog, u"kindFilter"_qs);
        kind->setCurrentIndex(kind->findData(int(MovementKind::Transfer)));
        QCOMPARE(dialog.model()->rowCount(), 2);
        kind->setCurrentIndex(0);
        child<LocationCombo>(&dialog, u"locationFilter"_qs)
            ->setCurrentLocationId(StockService::packingLocationId());
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(&dialog, u"countLabel"_qs)->text(), u"1 movement"_qs);
        child<LocationCombo>(&dialog, u"locationFilter"_qs)->setCurrentLocationId(Id());
        dialog.setProduct(Id());
        QCOMPARE(dialog.windowTitle(), u"Stock movements"_qs);
        QCOMPARE(dialog.model()->rowCount(), 4);

        // Dates: from a week ago to today, both whole days in local time.
        const QDate today = shop.tmp.clock().now().toLocalTime().date();
        child<QDateEdit>(&dialog, u"fromDate"_qs)->setDate(today.addDays(-7));
        child<QCheckBox>(&dialog, u"fromCheck"_qs)->setChecked(true);
        QCOMPARE(dialog.model()->rowCount(), 3);
        child<QDateEdit>(&dialog, u"toDate"_qs)->setDate(today.addDays(-1));
        child<QCheckBox>(&dialog, u"toCheck"_qs)->setChecked(true);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->movementAt(0)->productId, b);
        child<QCheckBox>(&dialog, u"fromCheck"_qs)->setChecked(false);
        child<QCheckBox>(&dialog, u"toCheck"_qs)->setChecked(false);
        QCOMPARE(dialog.model()->rowCount(), 4);

        // Without ViewCosts the column is gone; without MoveStock there is no Reverse.
        MovementsDialog support(shop.services(), Actor::withRole(Role::Support));
        QVERIFY(support.view()->horizontalHeader()->isSectionHidden(MovementListModel::UnitCost));
        QVERIFY(!support.reverseButton()->isVisibleTo(&support));
    }

    void enterInTheProductFilterOnlyPicks()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs, u"Apple"_qs);
        const Id b = shop.product(u"B"_qs, u"Banana"_qs);
        shop.receive(a, Main, 1);
        shop.receive(b, Main, 1);
        MovementsDialog dialog(shop.services(), shop.owner);
        dialog.show();
        dialog.view()->selectRow(0);
        const int boxes = MessageBox::count();
        auto* product = child<QLineEdit>(&dialog, u"productFilter"_qs);
        product->setFocus();
        QTest::keyClicks(product, u"banana"_qs);
        QTest::keyClick(product, Qt::Key_Return);
        QTRY_COMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->movementAt(0)->productId, b);
        QVERIFY(dialog.isVisible());
        QCOMPARE(MessageBox::count(), boxes); // Enter did not press Reverse
    }

    void reversesAfterAsking()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs, u"Product"_qs);
        shop.receive(p, Main, 5);
        const Id wrong = shop.receive(p, Main, 3);
        MovementsDialog dialog(shop.services(), shop.owner);
        dialog.show();
        QVERIFY(!dialog.reverseButton()->isEnabled()); // nothing selected
        dialog.view()->selectRow(rowOfDoc(*dialog.model(), wrong));
        QVERIFY(dialog.reverseButton()->isEnabled());

        // "No" changes nothing.
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.reverseButton()->click();
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY(MessageBox::lastText().startsWith(u"Reverse this document?"_qs));
        QVERIFY(MessageBox::lastText().contains(u"Receipt of +3\u00A0pcs P at Main stock"_qs));
        QCOMPARE(shop.onHand(p), Quantity::fromUnits(8));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.reverseButton()->click();
        QCOMPARE(shop.onHand(p), Quantity::fromUnits(5));
        QCOMPARE(dialog.model()->rowCount(), 3);
        QVERIFY(dialog.model()->isReversal(0));
        // The reversed row stays selected and cannot be reversed again.
        const int row = rowOfDoc(*dialog.model(), wrong);
        QVERIFY(dialog.model()->isReversed(row));
        QCOMPARE(dialog.view()->currentIndex().row(), row);
        QVERIFY(!dialog.reverseButton()->isEnabled());
        dialog.view()->selectRow(0);
        QVERIFY(!dialog.reverseButton()->isEnabled()); // a reversal is not reversed either
    }

    void refusedReversalIsShown()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs, u"Product"_qs);
        const Id receipt = shop.receive(p, Main, 3);
        QVERIFY(shop.stock.ship(shop.owner, p, Main, Quantity::fromUnits(2)));
        MovementsDialog dialog(shop.services(), shop.owner);
        dialog.show();
        dialog.view()->selectRow(rowOfDoc(*dialog.model(), receipt));
        const int shown = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!dialog.reverseSelected());
        // The question, then the refusal.
        QCOMPARE(MessageBox::count(), shown + 2);
        QCOMPARE(MessageBox::lastText(), u"Only 1 of P are at Main stock; 3 cannot be taken out."_qs);
        QCOMPARE(shop.onHand(p), Quantity::fromUnits(1));
    }

    void scrollingFetchesMorePages()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs, u"Product"_qs);
        QList<Movement> moves;
        const int total = 2 * MovementListModel::PageSize + 20;
        for (int i = 0; i < total; ++i) {
            Movement m;
            m.id = Id::create();
            m.docId = Id::create();
            m.kind = MovementKind::Adjustment;
            m.reason = MovementReasons::Found.toString();
            m.productId = p;
            m.locationId = Main;
            m.quantity = Quantity::fromUnits(1);
            m.occurredAt = shop.tmp.clock().nowMs() - (total - i) * 60000;
            m.recordedAt = m.occurredAt;
            m.userName = u"Laptop"_qs;
            m.hlc = shop.tmp.db().hybridClock().tick();
            moves.append(m);
        }
        QVERIFY(shop.stock.applyRecords(shop.owner, moves, {}));
        MovementsDialog dialog(shop.services(), shop.owner);
        dialog.resize(1000, 500);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.model()->rowCount(), MovementListModel::PageSize);
        QCOMPARE(child<QLabel>(&dialog, u"countLabel"_qs)->text(),
                 u"200 movements shown; scroll down for older ones."_qs);
        // The view asks for more when scrolled to the end.
        QScrollBar* bar = dialog.view()->verticalScrollBar();
        auto scrollToEnd = [&] {
            QCoreApplication::processEvents(); // the bar learns about new rows after a layout
            bar->setValue(bar->maximum());
        };
        scrollToEnd();
        QTRY_COMPARE(dialog.model()->rowCount(), 2 * MovementListModel::PageSize);
        // One more page only when scrolled to the end again.
        QTest::qWait(50);
        QCOMPARE(dialog.model()->rowCount(), 2 * MovementListModel::PageSize);
        scrollToEnd();
        QTRY_COMPARE(dialog.model()->rowCount(), total);
        QVERIFY(!dialog.model()->canFetchMore({}));
        QCOMPARE(child<QLabel>(&dialog, u"countLabel"_qs)->text(), u"420 movements"_qs);
    }
};

QTEST_MAIN(TestMovementsDialog)
#include "TestMovementsDialog.moc"

#include "stock/AdjustDialog.h"
#include "stock/ArrivalDialog.h"
#include "stock/LocationCombo.h"
#include "stock/ReceiveDialog.h"
#include "stock/TransferDialog.h"
#include "support/StockShop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace kontor;
using test::StockShop;

namespace {

const Id Main = StockService::mainLocationId();
const Id Packing = StockService::packingLocationId();
constexpr qint64 Hour = 3600 * 1000;

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

// Types into a line edit the way a user would.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString shownError(QWidget* dialog, const QString& name)
{
    auto* label = child<QLabel>(dialog, name);
    return label->isVisibleTo(dialog) ? label->text() : QString();
}

} // namespace

class TestStockDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void receiveWithCost()
    {
        StockShop shop;
        const Id tea = shop.product(u"TEA"_qs, u"Green tea"_qs, Unit::Kilogram);
        ReceiveDialog dialog(shop.services(), shop.owner);
        dialog.show();
        // Nothing chosen yet: OK is off, and no error shouts at an empty form.
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(shownError(&dialog, u"productError"_qs), QString());
        QCOMPARE(shownError(&dialog, u"quantityError"_qs), QString());

        // A product is picked from the search popup.
        auto* product = child<QLineEdit>(&dialog, u"productField"_qs);
        retype(product, u"green"_qs);
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(shownError(&dialog, u"productError"_qs),
                 u"Choose a product from the list that appears as you type."_qs);
        QTest::keyClick(product, Qt::Key_Return);
        QTRY_COMPARE(dialog.productId(), tea);
        QCOMPARE(product->text(), u"TEA — Green tea"_qs);
        QCOMPARE(shownError(&dialog, u"productError"_qs), QString());

        auto* quantity = child<QLineEdit>(&dialog, u"quantityEdit"_qs);
        retype(quantity, u"1,5x"_qs);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(shownError(&dialog, u"quantityError"_qs).startsWith(u"Not a quantity"_qs));
        retype(quantity, u"-2"_qs);
        QCOMPARE(shownError(&dialog, u"quantityError"_qs), u"The quantity must be more than zero."_qs);
        retype(quantity, u"2.5"_qs);
        QCOMPARE(shownError(&dialog, u"quantityError"_qs), QString());
        QVERIFY(dialog.okButton()->isEnabled());

        auto* cost = child<QLineEdit>(&dialog, u"unitCostEdit"_qs);
        retype(cost, u"abc"_qs);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!shownError(&dialog, u"unitCostError"_qs).isEmpty());
        retype(cost, u"1,200.50"_qs);
        QVERIFY(dialog.okButton()->isEnabled());
        child<QLineEdit>(&dialog, u"noteEdit"_qs)->setText(u"Waybill 12"_qs);

        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.postedDocument().isNull());
        QCOMPARE(shop.onHand(tea), Quantity::fromMilli(2500));
        QCOMPARE(shop.stock.averageCost(shop.owner, tea).value(), std::optional<qint64>(120050));
        auto moves = shop.stock.document(shop.owner, dialog.postedDocument()).value();
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().note, u"Waybill 12"_qs);
        QCOMPARE(moves.first().occurredAt, shop.tmp.clock().nowMs()); // not back-dated: now
    }

    void receiveBackDatedWithoutCostField()
    {
        StockShop shop;
        const Id cup = shop.product(u"CUP"_qs, u"Cup"_qs);
        // A warehouse worker may not see costs: there is no cost field.
        ReceiveDialog dialog(shop.services(), Actor::withRole(Role::Warehouse, u"Vera"_qs));
        QVERIFY(!dialog.findChild<QLineEdit*>(u"unitCostEdit"_qs));
        dialog.setProduct(cup);
        dialog.setLocation(Packing);
        auto* quantity = child<QLineEdit>(&dialog, u"quantityEdit"_qs);
        quantity->setText(u"1.5"_qs);
        QCOMPARE(shownError(&dialog, u"quantityError"_qs),
                 u"CUP is counted in pieces: use a whole number."_qs);
        QVERIFY(!dialog.okButton()->isEnabled());
        quantity->setText(u"3"_qs);
        const QDateTime earlier = shop.tmp.clock().now().addSecs(-26 * 3600);
        dialog.setOccurredAt(earlier);
        // The future is refused in the form already.
        auto* when = child<QDateTimeEdit>(&dialog, u"occurredAtEdit"_qs);
        when->setDateTime(shop.tmp.clock().now().addSecs(3 * 3600).toLocalTime());
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!shownError(&dialog, u"occurredAtError"_qs).isEmpty());
        dialog.setOccurredAt(earlier);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(shop.onHand(cup, Packing), Quantity::fromUnits(3));
        const Movement m = shop.stock.document(shop.owner, dialog.postedDocument())->first();
        QCOMPARE(m.occurredAt / 60000, earlier.toMSecsSinceEpoch() / 60000);
        QCOMPARE(m.userName, u"Vera"_qs);
        QCOMPARE(m.unitCost, std::nullopt);
    }

    void adjustSignFollowsTheReason()
    {
        StockShop shop;
        const Id p = shop.product(u"SOCK"_qs, u"Socks"_qs);
        shop.receive(p, Main, 5);
        AdjustDialog dialog(shop.services(), shop.owner);
        dialog.show();
        dialog.setProduct(p);
        auto* reason = child<QComboBox>(&dialog, u"reasonCombo"_qs);
        auto* add = child<QRadioButton>(&dialog, u"addRadio"_qs);
        auto* remove = child<QRadioButton>(&dialog, u"removeRadio"_qs);
        QStringList offered;
        for (int i = 0; i < reason->count(); ++i)
            offered.append(reason->itemText(i));
        QCOMPARE(offered,
                 (QStringList{u"Damage"_qs, u"Loss"_qs, u"Write-off"_qs, u"Found"_qs, u"Correction"_qs}));
        for (QStringView code : {MovementReasons::Damage, MovementReasons::Loss, MovementReasons::WriteOff}) {
            dialog.setReason(code);
            QVERIFY(remove->isChecked());
            QVERIFY(!add->isEnabled());
        }
        dialog.setReason(MovementReasons::Found);
        QVERIFY(add->isChecked());
        QVERIFY(!remove->isEnabled());
        dialog.setReason(MovementReasons::Correction);
        QVERIFY(add->isEnabled() && remove->isEnabled());

        dialog.setReason(MovementReasons::Damage);
        child<QLineEdit>(&dialog, u"quantityEdit"_qs)->setText(u"2"_qs);
        QCOMPARE(child<QLabel>(&dialog, u"balanceHint"_qs)->text(),
                 u"On hand there now: 5\u00A0pcs, after the adjustment: 3\u00A0pcs"_qs);
        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(shop.onHand(p), Quantity::fromUnits(3));
        const Movement m = shop.stock.document(shop.owner, dialog.postedDocument())->first();
        QCOMPARE(m.reason, MovementReasons::Damage.toString());
        QCOMPARE(m.quantity, -Quantity::fromUnits(2));

        AdjustDialog found(shop.services(), shop.owner);
        found.setProduct(p);
        found.setReason(MovementReasons::Found);
        child<QLineEdit>(&found, u"quantityEdit"_qs)->setText(u"4"_qs);
        found.accept();
        QCOMPARE(shop.onHand(p), Quantity::fromUnits(7));
    }

    void adjustingMoreThanOnHandKeepsTheDialogOpen()
    {
        StockShop shop;
        const Id p = shop.product(u"SOCK"_qs, u"Socks"_qs);
        shop.receive(p, Main, 5);
        AdjustDialog dialog(shop.services(), shop.owner);
        dialog.show();
        dialog.setProduct(p);
        dialog.setReason(MovementReasons::WriteOff);
        auto* quantity = child<QLineEdit>(&dialog, u"quantityEdit"_qs);
        quantity->setText(u"8"_qs);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.okButton()->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.errorText(), u"Only 5 of SOCK are at Main stock; 8 cannot be taken out."_qs);
        QVERIFY(child<QLabel>(&dialog, u"serviceError"_qs)->isVisible());
        QCOMPARE(shop.onHand(p), Quantity::fromUnits(5));
        // Correcting the quantity clears the old refusal and posts.
        retype(quantity, u"5"_qs);
        QCOMPARE(dialog.errorText(), QString());
        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(shop.onHand(p), Quantity());
    }

    void transferWithinAWarehouse()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs, u"Product"_qs);
        shop.receive(p, Main, 6);
        TransferDialog dialog(shop.services(), shop.owner);
        dialog.show();
        dialog.setProduct(p);
        QCOMPARE(dialog.fromCombo()->currentLocationId(), Main);
        QCOMPARE(dialog.toCombo()->currentLocationId(), Packing);
        QCOMPARE(child<QLabel>(&dialog, u"balanceHint"_qs)->text(), u"On hand there: 6\u00A0pcs"_qs);
        // Same warehouse: nothing about transit.
        QVERIFY(!dialog.inTransitCheck()->isVisible());
        dialog.setTo(Main);
        child<QLineEdit>(&dialog, u"quantityEdit"_qs)->setText(u"2"_qs);
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(shownError(&dialog, u"toError"_qs),
                 u"Choose another location than the one the goods leave."_qs);
        dialog.setTo(Packing);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(shop.onHand(p), Quantity::fromUnits(4));
        QCOMPARE(shop.onHand(p, Packing), Quantity::fromUnits(2));
        const QList<Movement> legs = *shop.stock.document(shop.owner, dialog.postedDocument());
        QCOMPARE(legs.size(), 2);
        QCOMPARE(legs.first().reason, MovementReasons::Pick.toString()); // into the packing location
    }

    void transferBetweenWarehousesDirectOrInTransit()
    {
        StockShop shop;
        const auto [spb, spbMain] = shop.ownWarehouse(u"SPB"_qs, u"Saint Petersburg"_qs);
        const Id transit = *shop.stock.transitLocationOf(shop.owner, spb.id);
        const Id p = shop.product(u"P"_qs, u"Product"_qs);
        shop.receive(p, Main, 10);
        const Services services = shop.services();

        TransferDialog inTransit(services, shop.owner);
        inTransit.show();
        inTransit.setProduct(p);
        inTransit.setTo(spbMain);
        QVERIFY(inTransit.inTransitCheck()->isVisible());
        QVERIFY(!inTransit.inTransitCheck()->isChecked());
        QCOMPARE(child<QLabel>(&inTransit, u"routeHint"_qs)->text(), u"The goods arrive at once."_qs);
        inTransit.inTransitCheck()->setChecked(true);
        QCOMPARE(child<QLabel>(&inTransit, u"routeHint"_qs)->text(),
                 u"The goods wait in Saint Petersburg — In transit until you mark them arrived."_qs);
        child<QLineEdit>(&inTransit, u"quantityEdit"_qs)->setText(u"3"_qs);
        inTransit.okButton()->click();
        QCOMPARE(inTransit.result(), int(QDialog::Accepted));
        QCOMPARE(shop.onHand(p), Quantity::fromUnits(7));
        QCOMPARE(shop.onHand(p, transit), Quantity::fromUnits(3));
        QCOMPARE(shop.onHand(p, spbMain), Quantity());
        QCOMPARE(shop.stock.document(shop.owner, inTransit.postedDocument())->first().reason,
                 MovementReasons::Dispatch.toString());

        TransferDialog direct(services, shop.owner);
        direct.show();
        direct.setProduct(p);
        direct.setTo(spbMain);
        child<QLineEdit>(&direct, u"quantityEdit"_qs)->setText(u"2"_qs);
        direct.okButton()->click();
        QCOMPARE(direct.result(), int(QDialog::Accepted));
        QCOMPARE(shop.onHand(p, spbMain), Quantity::fromUnits(2));
        QCOMPARE(shop.onHand(p, transit), Quantity::fromUnits(3));

        // The goods in transit arrive (part of them first).
        ArrivalDialog arrival(services, shop.owner, p, transit);
        arrival.show();
        QCOMPARE(arrival.quantityEdit()->text(), u"3"_qs);
        QCOMPARE(arrival.toCombo()->currentLocationId(), spbMain);
        // Only locations of the transit's warehouse, and no other transit location.
        for (int i = 0; i < arrival.toCombo()->count(); ++i)
            QVERIFY(arrival.toCombo()->itemText(i).contains(u"Saint Petersburg"_qs));
        QCOMPARE(child<QLabel>(&arrival, u"fromLabel"_qs)->text(),
                 u"Saint Petersburg — In transit (3\u00A0pcs waiting)"_qs);
        arrival.quantityEdit()->setText(u"4"_qs);
        arrival.okButton()->click();
        QVERIFY(arrival.isVisible()); // only 3 are in transit
        QCOMPARE(arrival.errorText(),
                 u"Only 3 of P are at Saint Petersburg — In transit; 4 cannot be taken out."_qs);
        // Another destination is a new attempt: the refusal goes.
        Id spbQuarantine;
        for (const Location& l : arrival.toCombo()->snapshot().locationsOf(spb.id)) {
            if (l.kind == LocationKind::Quarantine)
                spbQuarantine = l.id;
        }
        QVERIFY(arrival.toCombo()->setCurrentLocationId(spbQuarantine));
        QCOMPARE(arrival.errorText(), QString());
        QVERIFY(arrival.toCombo()->setCurrentLocationId(spbMain));
        arrival.quantityEdit()->setText(u"2"_qs);
        arrival.okButton()->click();
        QCOMPARE(arrival.result(), int(QDialog::Accepted));
        QCOMPARE(shop.onHand(p, spbMain), Quantity::fromUnits(4));
        QCOMPARE(shop.onHand(p, transit), Quantity::fromUnits(1));
    }

    void transferringMoreThanOnHandKeepsTheDialogOpen()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs, u"Product"_qs);
        shop.receive(p, Main, 2);
        QVERIFY(shop.stock.reserve(shop.owner, p, Main, Quantity::fromUnits(1), u"order"_qs, Id::create()));
        TransferDialog dialog(shop.services(), shop.owner);
        dialog.show();
        dialog.setProduct(p);
        QCOMPARE(child<QLabel>(&dialog, u"balanceHint"_qs)->text(),
                 u"On hand there: 2\u00A0pcs, of which 1\u00A0pcs reserved for orders"_qs);
        child<QLineEdit>(&dialog, u"quantityEdit"_qs)->setText(u"2"_qs);
        dialog.okButton()->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().startsWith(u"Only 1 of P are free at Main stock"_qs));
        QCOMPARE(shop.onHand(p), Quantity::fromUnits(2));
    }

    void enterInTheProductFieldOnlyPicks()
    {
        StockShop shop;
        const Id a = shop.product(u"A-1"_qs, u"Apple"_qs);
        const Id b = shop.product(u"B-1"_qs, u"Banana"_qs);
        ReceiveDialog dialog(shop.services(), shop.owner);
        dialog.show();
        dialog.setProduct(a);
        child<QLineEdit>(&dialog, u"quantityEdit"_qs)->setText(u"2"_qs);
        QVERIFY(dialog.okButton()->isEnabled());
        auto* product = child<QLineEdit>(&dialog, u"productField"_qs);
        retype(product, u"banana"_qs);
        QTest::keyClick(product, Qt::Key_Return);
        QTRY_COMPARE(dialog.productId(), b);
        // Picked, not posted: the user checks the form and presses OK.
        QVERIFY(dialog.isVisible());
        QCOMPARE(shop.onHand(b), Quantity());
        QTest::keyClick(child<QLineEdit>(&dialog, u"quantityEdit"_qs), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(shop.onHand(b), Quantity::fromUnits(2));
    }

    void productMustBeChosenAgainAfterEditing()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs, u"Product"_qs);
        ReceiveDialog dialog(shop.services(), shop.owner);
        dialog.show();
        dialog.setProduct(p);
        child<QLineEdit>(&dialog, u"quantityEdit"_qs)->setText(u"1"_qs);
        QVERIFY(dialog.okButton()->isEnabled());
        auto* product = child<QLineEdit>(&dialog, u"productField"_qs);
        product->setFocus();
        QTest::keyClick(product, Qt::Key_End);
        QTest::keyClick(product, Qt::Key_Backspace);
        QVERIFY(dialog.productId().isNull());
        QVERIFY(!dialog.okButton()->isEnabled());
        // Enter on a disabled OK posts nothing.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(shop.onHand(p), Quantity());
    }
};

QTEST_MAIN(TestStockDialogs)
#include "TestStockDialogs.moc"

#include "common/MessageBox.h"
#include "counts/ScanLineEdit.h"
#include "orders/PackingDialog.h"
#include "orders/PackingLineModel.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace kontor;
using test::StockShop;

namespace {

template <typename T>
T must(Result<T> r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(*r);
}

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

const QString MugEan = u"4006381333931"_qs;
const QString TeeEan = u"4600439931256"_qs;

// A marking code of the T-shirt's GTIN, with the group separators a scanner sends as GS.
QString markingCode(const QString& serial)
{
    const QString gs = QString(QChar(0x1D));
    return u"0104600439931256"_qs + u"21"_qs + serial + gs + u"91"_qs + u"FFD0"_qs + gs + u"92"_qs +
           u"3dozyT3g2VsxCzLJRyqaAak90xtz5kyZTDN/CsQ6phs="_qs;
}

// Types text key by key, as a scanner does, and presses Enter.
void scanKeys(QWidget* field, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTest::keyClick(field, Qt::Key_Return);
}

struct Shop : StockShop
{
    Id mug;
    Id tee;
    Id other;

    Shop()
    {
        mug = with(u"MUG-1"_qs, u"Кружка эмалированная"_qs, {{MugEan, BarcodeKind::Ean13}});
        tee = with(u"TEE-1"_qs, u"Футболка белая"_qs, {{TeeEan, BarcodeKind::Ean13}});
        other = with(u"OTHER-1"_qs, u"Чужой товар"_qs, {{u"4006381333924"_qs, BarcodeKind::Ean13}});
        for (const Id& p : {mug, tee, other})
            receive(p, StockService::mainLocationId(), 20);
    }

    Id with(const QString& sku, const QString& name, QList<Barcode> barcodes)
    {
        Product p = test::makeProduct(sku, name);
        p.barcodes = std::move(barcodes);
        return must(products.create(owner, p)).id;
    }

    Order confirmed()
    {
        Order draft;
        draft.customerName = u"Анна Петрова"_qs;
        draft.shipTo = u"Казань, ул. Баумана, д. 1"_qs;
        draft.lines = {must(orders.lineFor(owner, mug, units(2))),
                       must(orders.lineFor(owner, tee, units(1)))};
        const Order o = must(orders.create(owner, draft));
        return must(orders.confirm(owner, o.id));
    }
};

bool isRed(QLabel* message)
{
    return message->parentWidget()->styleSheet().contains(u"#c62828"_qs);
}

} // namespace

class TestPackingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void modelPassesTheTester()
    {
        PackingLineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PackingLine a{Id::create(), u"A"_qs, u"Alpha"_qs, Unit::Piece, units(2), {}};
        PackingLine b{Id::create(), u"B"_qs, u"Beta"_qs, Unit::Kilogram, Quantity::fromMilli(1500), {}};
        model.setLines({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PackingLineModel::ColumnCount));
        QVERIFY(!model.data(model.index(0, 0), Qt::BackgroundRole).isValid());
        a.scanned = units(1);
        model.setLines({a, b});
        QCOMPARE(model.data(model.index(0, PackingLineModel::Scanned)).toString(), u"1"_qs);
        QVERIFY(model.data(model.index(0, 0), Qt::BackgroundRole).isValid());
        model.setCurrentRow(0);
        QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
        a.scanned = units(2);
        model.setLines({a, b});
        QCOMPARE(model.data(model.index(0, PackingLineModel::State)).toString(), u"Done"_qs);
        model.setLines({b}); // another order
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.currentRow(), -1);
        model.setLines({});
        QCOMPARE(model.rowCount(), 0);
    }

    void scanToVerifyThenCloseTheParcel()
    {
        Shop shop;
        const Order o = shop.confirmed();
        must(shop.orders.startPicking(shop.owner, o.id));
        PackingDialog dialog(shop.orders, shop.products, shop.owner, o.id);
        QSignalSpy packed(&dialog, &PackingDialog::packed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.scanField()->isEnabled());
        QCOMPARE(dialog.linesModel()->rowCount(), 2);
        QVERIFY(!dialog.closeParcelButton()->isEnabled());

        // The scanner types into the field and presses Enter.
        dialog.scanField()->setFocus();
        scanKeys(dialog.scanField(), MugEan);
        QCOMPARE(dialog.scanField()->text(), QString()); // ready for the next scan
        QCOMPARE(dialog.verifier()->lines()[0].scanned, units(1));
        QVERIFY(!isRed(dialog.messageLabel()));

        // A wrong item: loud and red, nothing counted.
        scanKeys(dialog.scanField(), u"4006381333924"_qs);
        QVERIFY(isRed(dialog.messageLabel()));
        QVERIFY2(dialog.messageLabel()->text().contains(u"Wrong item"_qs),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.verifier()->scannedTotal(), units(1));

        scanKeys(dialog.scanField(), MugEan);
        // One more than ordered.
        auto tooMany = dialog.scan(MugEan);
        QVERIFY(tooMany);
        QCOMPARE(tooMany->status, PackingScanStatus::TooMany);
        QVERIFY(isRed(dialog.messageLabel()));
        QVERIFY(dialog.messageLabel()->text().contains(u"Too many"_qs));

        // The T-shirt by its marking code, group separators and all.
        scanKeys(dialog.scanField(), markingCode(u"AbCdE12345678"_qs));
        QCOMPARE(dialog.verifier()->lines()[1].scanned, units(1));
        QVERIFY(dialog.verifier()->isComplete());
        QVERIFY(dialog.closeParcelButton()->isEnabled());
        QVERIFY(!isRed(dialog.messageLabel()));

        // Undo, and the same unit twice is refused.
        dialog.undoLastScan();
        QVERIFY(!dialog.closeParcelButton()->isEnabled());
        QVERIFY(dialog.scan(markingCode(u"AbCdE12345678"_qs))->accepted());
        auto twice = dialog.scan(markingCode(u"AbCdE12345678"_qs));
        QCOMPARE(twice->status, PackingScanStatus::RepeatedSerial);
        QVERIFY(isRed(dialog.messageLabel()));
        QVERIFY(dialog.closeParcelButton()->isEnabled());

        // Grab it for a look (QT_QPA_PLATFORM=offscreen).
        const QString shot = qEnvironmentVariable("KONTOR_TEST_OUTPUT");
        if (!shot.isEmpty())
            dialog.grab().save(shot + u"/packing-dialog.png"_qs);

        QTest::mouseClick(dialog.closeParcelButton(), Qt::LeftButton);
        QCOMPARE(packed.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).status, OrderStatus::Packed);
    }

    void ctrlZUndoesTheLastScan()
    {
        Shop shop;
        const Order o = shop.confirmed();
        must(shop.orders.startPicking(shop.owner, o.id));
        PackingDialog dialog(shop.orders, shop.products, shop.owner, o.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        scanKeys(dialog.scanField(), MugEan);
        QCOMPARE(dialog.verifier()->scannedTotal(), units(1));
        QTest::keyClick(dialog.scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dialog.verifier()->scannedTotal(), Quantity());
    }

    void enterNeverClosesTheParcel()
    {
        // Once complete, the next Enter (an empty scan) does not press a button.
        Shop shop;
        const Order o = shop.confirmed();
        must(shop.orders.startPicking(shop.owner, o.id));
        PackingDialog dialog(shop.orders, shop.products, shop.owner, o.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QString& code : {MugEan, MugEan, u"TEE-1"_qs})
            scanKeys(dialog.scanField(), code);
        QVERIFY(dialog.closeParcelButton()->isEnabled());
        QTest::keyClick(dialog.scanField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).status, OrderStatus::Picking);
    }

    void onlyAnOrderInPickingCanBePacked()
    {
        Shop shop;
        const Order o = shop.confirmed(); // not picking yet
        PackingDialog dialog(shop.orders, shop.products, shop.owner, o.id);
        QVERIFY(!dialog.scanField()->isEnabled());
        QVERIFY(isRed(dialog.messageLabel()));
        QVERIFY2(dialog.messageLabel()->text().contains(u"start picking"_qs),
                 qPrintable(dialog.messageLabel()->text()));
        QVERIFY(!dialog.scan(MugEan));
        QVERIFY(!dialog.closeParcel());
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).status, OrderStatus::Confirmed);
    }

    void supportMayNotPack()
    {
        Shop shop;
        const Order o = shop.confirmed();
        must(shop.orders.startPicking(shop.owner, o.id));
        PackingDialog dialog(shop.orders, shop.products, Actor::withRole(Role::Support), o.id);
        QVERIFY(!dialog.scanField()->isEnabled());
        QVERIFY(!dialog.scan(MugEan));
    }

    void closingFailsLoudlyWhenTheOrderMovedOn()
    {
        // Someone cancelled the order on another screen while it was being packed.
        Shop shop;
        const Order o = shop.confirmed();
        must(shop.orders.startPicking(shop.owner, o.id));
        PackingDialog dialog(shop.orders, shop.products, shop.owner, o.id);
        for (const QString& code : {MugEan, MugEan, u"TEE-1"_qs})
            QVERIFY(dialog.scan(code)->accepted());
        must(shop.orders.cancel(shop.owner, o.id));
        const int shown = MessageBox::count();
        QVERIFY(!dialog.closeParcel());
        QCOMPARE(MessageBox::count(), shown + 1);
        QVERIFY(MessageBox::lastText().contains(o.number));
    }
};

QTEST_MAIN(TestPackingDialog)
#include "TestPackingDialog.moc"

#include "catalog/Barcode.h"
#include "common/MessageBox.h"
#include "counts/ScanLineEdit.h"
#include "purchasing/PurchaseReceiveDialog.h"
#include "stock/StockText.h"
#include "support/Must.h"
#include "support/PurchasingShop.h"
#include "support/ScreenshotTools.h"
#include "support/TestData.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using test::must;
using test::PurchasingShop;

namespace {

// A picture for looking at the UI (KONTOR_SCREENSHOTS), once pending layouts have run.
void shot(QWidget* widget, const QString& name)
{
    if (!test::screenshotsWanted())
        return;
    QTest::qWait(50);
    test::screenshot(widget, name);
}

const Id Main = StockService::mainLocationId();

struct Fixture
{
    Fixture()
    {
        teaBarcode = u"460123456789"_qs + QString::number(Barcodes::gs1CheckDigit(u"460123456789"));
        Product p = test::makeProduct(u"TEA"_qs, u"Green tea"_qs);
        p.barcodes = {Barcode{teaBarcode, BarcodeKind::Ean13}};
        tea = must(shop.products.create(shop.owner, p)).id;
        mug = shop.product(u"MUG"_qs, u"Mug"_qs);
        spoon = shop.product(u"SPOON"_qs, u"Spoon"_qs);
        supplier = shop.supplier(u"Tea House"_qs);
        ContractTerms terms;
        terms.leadTimeDays = 5;
        terms.defect = {PenaltyKind::PerUnit, 3000};
        terms.claimDays = 10;
        shop.contract(supplier.id, u"K-1"_qs, {{tea, 10000, u"T-01"_qs}, {mug, 20000, u"M-01"_qs}}, terms);
        po = shop.confirmed(supplier.id, {{tea, 3}, {mug, 2}});
    }
    // What a keyboard-wedge scanner does: the code's keys, then Enter.
    static void scan(PurchaseReceiveDialog& dialog, const QString& code)
    {
        QTest::keyClicks(dialog.scanField(), code);
        QTest::keyClick(dialog.scanField(), Qt::Key_Return);
    }
    static double accepted(PurchaseReceiveDialog& dialog, int row)
    {
        return dialog.spinAt(row, PurchaseReceiveDialog::Accepted)->value();
    }
    PurchasingShop shop;
    QString teaBarcode;
    Id tea;
    Id mug;
    Id spoon;
    Supplier supplier;
    PurchaseOrder po;
};

} // namespace

// Receiving against a purchase order with a barcode scanner: scans count accepted units, wrong
// codes are refused and change nothing; defects open a claim that the dialog reports.
class TestPurchaseReceiveDialog : public QObject
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

    void scansAndRefusesWhatIsNotOnThePo()
    {
        Fixture f;
        PurchaseReceiveDialog dialog(f.shop.services(), f.shop.owner, f.po.id);
        dialog.resize(1000, 680);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.linesTable()->rowCount(), 2);
        QCOMPARE(dialog.linesTable()->item(0, PurchaseReceiveDialog::Outstanding)->text(),
                 StockText::quantity(Quantity::fromUnits(3), u"pcs"));
        QCOMPARE(dialog.receivedOnEdit()->date(), f.shop.today());
        QVERIFY(!dialog.receiveButton()->isEnabled()); // nothing counted yet

        // The tea's barcode twice and the mug's SKU once.
        Fixture::scan(dialog, f.teaBarcode);
        Fixture::scan(dialog, f.teaBarcode);
        Fixture::scan(dialog, u"MUG"_qs);
        QVERIFY(dialog.isVisible()); // Enter went to the scan field, not to a button
        QCOMPARE(Fixture::accepted(dialog, 0), 2.0);
        QCOMPARE(Fixture::accepted(dialog, 1), 1.0);
        QVERIFY(dialog.messageText().contains(u"MUG"_qs));
        QCOMPARE(dialog.refusedScans(), 0);
        QVERIFY(dialog.scanField()->text().isEmpty());

        // An unknown code: refused, clearly, and nothing changes.
        const QString unknown =
            u"400000000000"_qs + QString::number(Barcodes::gs1CheckDigit(u"400000000000"));
        Fixture::scan(dialog, unknown);
        QCOMPARE(dialog.refusedScans(), 1);
        QVERIFY(dialog.messageText().contains(u"No product has the code"_qs));
        Fixture::scan(dialog, u"NOSUCH-42"_qs);
        QCOMPARE(dialog.refusedScans(), 2);
        // A product of the catalog that is not on this PO.
        Fixture::scan(dialog, u"SPOON"_qs);
        QCOMPARE(dialog.refusedScans(), 3);
        QVERIFY(dialog.messageText().contains(u"not on %1"_qs.arg(f.po.number)));
        // One more than the line still expects.
        Fixture::scan(dialog, u"MUG"_qs);
        Fixture::scan(dialog, u"MUG"_qs);
        QCOMPARE(dialog.refusedScans(), 4);
        QVERIFY(dialog.messageText().contains(u"counted already"_qs));
        QCOMPARE(Fixture::accepted(dialog, 0), 2.0);
        QCOMPARE(Fixture::accepted(dialog, 1), 2.0);
        shot(&dialog, u"po-receive"_qs);

        // The third tea came broken.
        dialog.spinAt(0, PurchaseReceiveDialog::Defective)->setValue(1);
        dialog.freightEdit()->setText(u"150"_qs);
        dialog.noteEdit()->setText(u"Waybill 77"_qs);
        QVERIFY(dialog.receiveButton()->isEnabled());
        const int boxes = MessageBox::count();
        dialog.receiveButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.receiveResult());
        const auto& done = *dialog.receiveResult();
        QVERIFY(done.claim);
        QCOMPARE(done.claim->amount, 3000);
        // The dialog said so: the claim's number and amount.
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY(MessageBox::lastText().contains(done.claim->number));
        QVERIFY(MessageBox::lastText().contains(u"30"_qs));
        QCOMPARE(done.receipt.freight, 15000);
        QCOMPARE(done.receipt.note, u"Waybill 77"_qs);

        const PurchaseOrder after = f.shop.po(f.po.id);
        QCOMPARE(after.status, PoStatus::Received);
        QCOMPARE(after.lines[0].accepted, Quantity::fromUnits(2));
        QCOMPARE(after.lines[0].defective, Quantity::fromUnits(1));
        QCOMPARE(f.shop.onHand(f.tea, Main), Quantity::fromUnits(2));
        QCOMPARE(f.shop.onHand(f.mug, Main), Quantity::fromUnits(2));
    }

    void checksTypedQuantities()
    {
        Fixture f;
        PurchaseReceiveDialog dialog(f.shop.services(), f.shop.owner, f.po.id);
        dialog.acceptAllOutstanding();
        QCOMPARE(Fixture::accepted(dialog, 0), 3.0);
        QCOMPARE(Fixture::accepted(dialog, 1), 2.0);
        QVERIFY(dialog.receiveButton()->isEnabled());
        // Defective on top of everything accepted: more than the line expects.
        dialog.spinAt(1, PurchaseReceiveDialog::Defective)->setValue(1);
        QVERIFY(!dialog.receiveButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(u"MUG"_qs));
        dialog.spinAt(1, PurchaseReceiveDialog::Accepted)->setValue(1);
        QVERIFY(dialog.receiveButton()->isEnabled());
        dialog.feesEdit()->setText(u"abc"_qs);
        QVERIFY(!dialog.receiveButton()->isEnabled());
        dialog.feesEdit()->setText(u"10"_qs);
        // A partial receipt: the rest is still expected.
        dialog.spinAt(0, PurchaseReceiveDialog::Accepted)->setValue(1);
        dialog.spinAt(1, PurchaseReceiveDialog::Defective)->setValue(0);
        QVERIFY(dialog.receive());
        QVERIFY(!dialog.receiveResult()->claim);
        QCOMPARE(f.shop.po(f.po.id).status, PoStatus::PartiallyReceived);
        PurchaseReceiveDialog next(f.shop.services(), f.shop.owner, f.po.id);
        QVERIFY(next.linesTable()->item(0, PurchaseReceiveDialog::Outstanding)->text().startsWith(u"2"_qs));
        QVERIFY(next.linesTable()->item(1, PurchaseReceiveDialog::Outstanding)->text().startsWith(u"1"_qs));
    }
};

QTEST_MAIN(TestPurchaseReceiveDialog)
#include "TestPurchaseReceiveDialog.moc"

#include "common/MessageBox.h"
#include "orders/OrderText.h"
#include "purchasing/PurchaseOrderEditor.h"
#include "stock/LocationCombo.h"
#include "support/Must.h"
#include "support/PurchasingShop.h"
#include "support/ScreenshotTools.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
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

QString money(qint64 minor)
{
    return OrderText::money(minor, u"RUB"_qs);
}

struct Fixture
{
    Fixture()
    {
        tea = shop.product(u"TEA"_qs, u"Green tea"_qs);
        mug = shop.product(u"MUG"_qs, u"Mug"_qs);
        cup = shop.product(u"CUP"_qs, u"Paper cup"_qs);
        supplier = shop.supplier(u"Tea House"_qs);
        ContractTerms terms;
        terms.leadTimeDays = 10;
        contract =
            shop.contract(supplier.id, u"K-7"_qs, {{tea, 10000, u"T-01"_qs}, {cup, 500, u"C-100"_qs, 10, 5}},
                          terms, {{100000, 500}, {500000, 700}});
    }
    PurchasingShop shop;
    Id tea;
    Id mug;
    Id cup;
    Supplier supplier;
    Contract contract;
};

} // namespace

// The purchase-order editor: lines priced from the contract, prices typed by hand kept and
// flagged, the contract's minimum and packs refused on the line, the volume discount live.
class TestPurchaseOrderEditor : public QObject
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

    void createsAPoWithAContractPriceAndAManualPrice()
    {
        Fixture f;
        PurchaseOrderEditor editor(f.shop.services(), f.shop.owner);
        editor.resize(1000, 680);
        editor.show();
        QVERIFY(editor.isNew());
        QVERIFY(!editor.isReadOnly());
        QVERIFY(!editor.saveButton()->isEnabled()); // no supplier yet
        // A product before the supplier: refused with the reason.
        QVERIFY(!editor.addProduct(f.tea));
        QVERIFY(editor.errorText().contains(u"supplier"_qs));

        QVERIFY(editor.setSupplier(f.supplier.id));
        QVERIFY(editor.contractText().contains(u"K-7"_qs));
        QVERIFY(editor.contractText().contains(u"10 calendar days"_qs));
        QVERIFY(editor.addProduct(f.tea, Quantity::fromUnits(8)));
        QVERIFY(editor.addProduct(f.mug, Quantity::fromUnits(2)));
        QTableWidget* lines = editor.linesTable();
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->item(0, PurchaseOrderEditor::SupplierSku)->text(), u"T-01"_qs);
        QCOMPARE(lines->item(0, PurchaseOrderEditor::UnitPrice)->text(),
                 OrderText::moneyNumber(10000, u"RUB"_qs));
        QVERIFY(!editor.isManualPrice(0));
        QVERIFY(lines->item(0, PurchaseOrderEditor::UnitPrice)->icon().isNull());
        // Not in the contract's price list: a price by hand, flagged.
        QVERIFY(editor.isManualPrice(1));
        editor.setPriceText(1, u"250"_qs);
        QCOMPARE(lines->item(1, PurchaseOrderEditor::UnitPrice)->text(),
                 OrderText::moneyNumber(25000, u"RUB"_qs));
        QVERIFY(editor.isManualPrice(1));
        QVERIFY(!lines->item(1, PurchaseOrderEditor::UnitPrice)->icon().isNull());
        QVERIFY(lines->item(1, PurchaseOrderEditor::UnitPrice)->toolTip().contains(u"K-7"_qs));
        QCOMPARE(lines->item(1, PurchaseOrderEditor::Value)->text(), money(50000));
        // 800 + 500 = 1 300.00: the 5 % tier from 1 000.00, and how far the next one is.
        QCOMPARE(editor.subtotalText(), money(130000));
        QVERIFY(editor.discountText().contains(u"5"_qs));
        QVERIFY(editor.discountText().contains(money(6500)));
        QCOMPARE(editor.totalText(), money(123500));
        QVERIFY(editor.findChild<QLabel*>(u"nextTierLabel"_qs)->text().contains(money(370000)));
        editor.noteEdit()->setText(u"Deliver before noon"_qs);
        shot(&editor, u"po-editor"_qs);

        QVERIFY(editor.saveButton()->isEnabled());
        editor.saveButton()->click();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const PurchaseOrder po = f.shop.po(editor.poId());
        QCOMPARE(po.status, PoStatus::Draft);
        QCOMPARE(po.contractNumber, u"K-7"_qs);
        QCOMPARE(po.note, u"Deliver before noon"_qs);
        QCOMPARE(po.lines.size(), 2);
        QCOMPARE(po.lines[0].unitPrice, 10000);
        QVERIFY(!po.lines[0].manualPrice);
        QCOMPARE(po.lines[0].supplierSku, u"T-01"_qs);
        QCOMPARE(po.lines[1].unitPrice, 25000);
        QVERIFY(po.lines[1].manualPrice);
        QCOMPARE(po.discountBp, 500);
        QCOMPARE(po.total(), 123500);

        // Opened again: a contract price typed over is flagged too, and the change saved.
        PurchaseOrderEditor again(f.shop.services(), f.shop.owner, po.id);
        QVERIFY(!again.isManualPrice(0));
        again.setPriceText(0, u"95"_qs);
        QVERIFY(again.isManualPrice(0));
        QVERIFY(
            again.linesTable()->item(0, PurchaseOrderEditor::UnitPrice)->toolTip().contains(money(10000)));
        // Back to the contract's price: no longer by hand.
        again.setPriceText(0, u"100"_qs);
        QVERIFY(!again.isManualPrice(0));
        again.setPriceText(0, u"95"_qs);
        QVERIFY(again.save());
        const PurchaseOrder saved = f.shop.po(po.id);
        QCOMPARE(saved.lines[0].unitPrice, 9500);
        QVERIFY(saved.lines[0].manualPrice);
    }

    void refusesWhatTheContractRefusesOnTheLine()
    {
        Fixture f;
        PurchaseOrderEditor editor(f.shop.services(), f.shop.owner);
        QVERIFY(editor.setSupplier(f.supplier.id));
        // Minimum 10 in packs of 5: the line starts at the minimum.
        QVERIFY(editor.addProduct(f.cup));
        QTableWidget* lines = editor.linesTable();
        QCOMPARE(lines->item(0, PurchaseOrderEditor::Quantity)->text(), u"10"_qs);
        QVERIFY(editor.errorText().isEmpty());
        editor.setQuantityText(0, u"7"_qs);
        QVERIFY(editor.errorText().contains(u"minimum"_qs));
        QVERIFY(lines->item(0, PurchaseOrderEditor::Quantity)->toolTip().contains(u"minimum"_qs));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(!editor.save());
        editor.setQuantityText(0, u"12"_qs);
        QVERIFY(editor.errorText().contains(u"packs of 5"_qs));
        QVERIFY(!editor.saveButton()->isEnabled());
        editor.setQuantityText(0, u"15"_qs);
        QVERIFY(editor.errorText().isEmpty());
        QVERIFY(editor.saveButton()->isEnabled());
        // The same product again adds a pack's worth of the minimum.
        QVERIFY(editor.addProduct(f.cup));
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->item(0, PurchaseOrderEditor::Quantity)->text(), u"25"_qs);
        QVERIFY(editor.save());
        QCOMPARE(f.shop.po(editor.poId()).lines[0].quantity, Quantity::fromUnits(25));
    }

    void showsOtherStatesReadOnly()
    {
        Fixture f;
        const PurchaseOrder sent = f.shop.sent(f.supplier.id, {{f.tea, 20}});
        PurchaseOrderEditor editor(f.shop.services(), f.shop.owner, sent.id);
        QVERIFY(editor.isReadOnly());
        QVERIFY(editor.saveButton()->isHidden());
        QVERIFY(!editor.supplierCombo()->isEnabled());
        QVERIFY(!editor.addProduct(f.mug));
        QCOMPARE(editor.linesTable()->rowCount(), 1);
        QVERIFY(!(editor.linesTable()->item(0, PurchaseOrderEditor::Quantity)->flags() & Qt::ItemIsEditable));
        // Without the purchasing permission a draft is read-only too.
        const PurchaseOrder draft = f.shop.draft(f.supplier.id, {{f.tea, 20}});
        PurchaseOrderEditor warehouse(f.shop.services(), Actor::withRole(Role::Warehouse), draft.id);
        QVERIFY(warehouse.isReadOnly());
    }
};

QTEST_MAIN(TestPurchaseOrderEditor)
#include "TestPurchaseOrderEditor.moc"

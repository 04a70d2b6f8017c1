#include "common/MessageBox.h"
#include "products/ProductEditor.h"
#include "suppliers/ProductSupplierDialog.h"
#include "support/ModalAnswer.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

namespace {

Id supplierNamed(StockShop& shop, const QString& name, SupplierModels models = SupplierModel::OwnStock)
{
    Supplier s;
    s.name = name;
    s.models = models;
    return must(shop.suppliers.create(shop.owner, s)).id;
}

void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    if (index < 0)
        qFatal("no item %s", qPrintable(text));
    combo->setCurrentIndex(index);
}

} // namespace

// The product editor's supplier line and the dialog behind its Change… button.
class TestProductSupplierDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void editorShowsAndChangesTheSupplier()
    {
        StockShop shop;
        const Id boots = shop.product(u"BOOT-1"_qs, u"Winter boots"_qs);
        const Id textile =
            supplierNamed(shop, u"Textile"_qs, SupplierModel::OwnStock | SupplierModel::Dropship);
        const Id old = supplierNamed(shop, u"Old"_qs);
        must(shop.suppliers.setArchived(shop.owner, old, true));

        ProductEditor editor(shop.products, shop.owner);
        editor.enableChannelPrices(shop.services());
        editor.startNew();
        QVERIFY(editor.supplierText().isEmpty()); // a new product has none yet
        editor.setProduct(must(shop.products.product(shop.owner, boots)));
        QCOMPARE(editor.supplierText(), u"none"_qs);
        QVERIFY(!editor.supplierButton()->isHidden());

        test::answerNextModal<ProductSupplierDialog>([](ProductSupplierDialog* d) {
            QCOMPARE(d->supplierCombo()->count(), 2); // none and Textile: no archived supplier
            QVERIFY(!d->dropshipCheck()->isEnabled());
            choose(d->supplierCombo(), u"Textile"_qs);
            QVERIFY(d->dropshipCheck()->isEnabled());
            d->dropshipCheck()->setChecked(true);
            d->accept();
        });
        editor.supplierButton()->click();
        const auto link = must(shop.suppliers.productSupplier(shop.owner, boots));
        QVERIFY(link.has_value());
        QCOMPARE(link->supplierId, textile);
        QVERIFY(link->dropship);
        QCOMPARE(editor.supplierText(), u"Textile · dropshipped"_qs);
        editor.resize(560, 640);
        editor.show();
        test::screenshot(&editor, u"product-editor-supplier"_qs);

        // A rename elsewhere shows at once; choosing none clears it.
        Supplier renamed = must(shop.suppliers.supplier(shop.owner, textile));
        renamed.name = u"Textile Wholesale"_qs;
        must(shop.suppliers.update(shop.owner, renamed));
        QCOMPARE(editor.supplierText(), u"Textile Wholesale · dropshipped"_qs);
        test::answerNextModal<ProductSupplierDialog>([](ProductSupplierDialog* d) {
            QVERIFY(d->dropshipCheck()->isChecked());
            choose(d->supplierCombo(), u"None"_qs);
            d->accept();
        });
        editor.supplierButton()->click();
        QVERIFY(!must(shop.suppliers.productSupplier(shop.owner, boots)).has_value());
        QCOMPARE(editor.supplierText(), u"none"_qs);
    }

    void onlyThoseWhoManageSuppliersChangeIt()
    {
        StockShop shop;
        const Id boots = shop.product(u"BOOT-1"_qs, u"Winter boots"_qs);
        must(shop.suppliers.setProductSupplier(shop.owner,
                                               {boots, supplierNamed(shop, u"Textile"_qs), false}));
        ProductEditor editor(shop.products, Actor::withRole(Role::Warehouse));
        editor.enableChannelPrices(shop.services());
        editor.setProduct(must(shop.products.product(shop.owner, boots)));
        QCOMPARE(editor.supplierText(), u"Textile"_qs);
        QVERIFY(editor.supplierButton()->isHidden());

        // The service's refusal stays in the dialog.
        ProductSupplierDialog dialog(shop.services(), Actor::withRole(Role::Warehouse), boots, u"BOOT-1"_qs);
        choose(dialog.supplierCombo(), u"None"_qs);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(must(shop.suppliers.productSupplier(shop.owner, boots)).has_value());
    }
};

QTEST_MAIN(TestProductSupplierDialog)
#include "TestProductSupplierDialog.moc"

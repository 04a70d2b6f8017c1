#include "common/MessageBox.h"
#include "customers/CustomerDialog.h"
#include "prices/PriceListsDialog.h"
#include "products/ProductSearchField.h"
#include "support/Must.h"
#include "support/ScreenshotTools.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

namespace {

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

struct Catalog
{
    StockShop shop;
    Id tea;
    Id cup;
    Catalog()
    {
        tea = must(shop.products.create(shop.owner, test::makeProduct(u"TEA"_qs, u"Green tea"_qs, 30000))).id;
        cup = must(shop.products.create(shop.owner, test::makeProduct(u"CUP-1"_qs, u"Coffee cup"_qs, 12000)))
                  .id;
    }
};

} // namespace

// The price lists dialog: lists and tiers saved through PriceService, its refusals shown, products
// found by SKU or name, read-only without EditPrices; and the customer card's price list.
class TestPriceListsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        test::useSessionLanguage();
    }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void savesAListWithTiers()
    {
        Catalog c;
        PriceListsDialog dialog(c.shop.services(), c.shop.owner);
        QVERIFY(!dialog.isReadOnly());
        QCOMPARE(dialog.listWidget()->count(), 0);
        QVERIFY(dialog.currentListId().isNull()); // no list yet: the form is for a new one
        dialog.nameEdit()->setText(u"Wholesale"_qs);
        dialog.addTier(u"tea"_qs, u"10"_qs, u"250.00"_qs);     // by SKU
        dialog.addTier(u"Coffee cup"_qs, u"5"_qs, u"90"_qs);   // by name
        dialog.addTier(u"TEA"_qs, u"50.5"_qs, u"1,210.50"_qs); // a second tier
        QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().isEmpty());

        const QList<PriceList> lists = must(c.shop.prices.priceLists(c.shop.owner));
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists[0].name, u"Wholesale"_qs);
        QCOMPARE(lists[0].tiers.size(), 3);
        QCOMPARE(dialog.currentListId(), lists[0].id);
        QCOMPARE(dialog.listWidget()->count(), 1);
        QCOMPARE(dialog.listWidget()->currentRow(), 0);
        // Sorted by SKU, then quantity.
        QCOMPARE(lists[0].tiers[0].productId, c.cup);
        QCOMPARE(lists[0].tiers[0].minQuantity, Quantity::fromUnits(5));
        QCOMPARE(lists[0].tiers[0].price, qint64(9000));
        QCOMPARE(lists[0].tiers[1].productId, c.tea);
        QCOMPARE(lists[0].tiers[1].price, qint64(25000));
        QCOMPARE(lists[0].tiers[2].minQuantity, Quantity::fromMilli(50500));
        QCOMPARE(lists[0].tiers[2].price, qint64(121050));

        // Opened again, the tiers show the products by SKU and name, and the typed values.
        PriceListsDialog again(c.shop.services(), c.shop.owner);
        QCOMPARE(again.currentListId(), lists[0].id);
        QCOMPARE(again.nameEdit()->text(), u"Wholesale"_qs);
        QTableWidget* tiers = again.tiersTable();
        QCOMPARE(tiers->rowCount(), 3);
        QCOMPARE(tiers->item(0, PriceListsDialog::TierProduct)->text(), u"CUP-1 — Coffee cup"_qs);
        QCOMPARE(tiers->item(2, PriceListsDialog::TierMinQuantity)->text(), u"50.5"_qs);
        QCOMPARE(tiers->item(2, PriceListsDialog::TierPrice)->text(), u"1,210.50"_qs);
        // Saving unchanged keeps the list as it was (products already known stay known).
        QVERIFY(again.save());
        const QList<PriceTier> resaved = must(c.shop.prices.priceLists(c.shop.owner))[0].tiers;
        QCOMPARE(resaved.size(), lists[0].tiers.size());
        for (qsizetype i = 0; i < resaved.size(); ++i) {
            QCOMPARE(resaved[i].productId, lists[0].tiers[i].productId);
            QCOMPARE(resaved[i].minQuantity, lists[0].tiers[i].minQuantity);
            QCOMPARE(resaved[i].price, lists[0].tiers[i].price);
        }
        // A product typed over in a row is looked up again.
        tiers->item(0, PriceListsDialog::TierProduct)->setText(u"TEA"_qs);
        tiers->item(0, PriceListsDialog::TierMinQuantity)->setText(u"10"_qs);
        QVERIFY(!again.save());
        QCOMPARE(again.errorText(), u"Tier 2 repeats a product with the same minimum quantity."_qs);
    }

    void pickedProductsComeWithTheirListPrice()
    {
        Catalog c;
        PriceListsDialog dialog(c.shop.services(), c.shop.owner);
        dialog.nameEdit()->setText(u"Dealers"_qs);
        ProductSearchField* field = dialog.productField();
        field->setText(u"coffee"_qs);
        field->searchNow();
        QCOMPARE(field->matches().size(), 1);
        Q_EMIT field->productChosen(field->matches().first());
        QTableWidget* tiers = dialog.tiersTable();
        QCOMPARE(tiers->rowCount(), 1);
        QCOMPARE(tiers->item(0, PriceListsDialog::TierProduct)->text(), u"CUP-1 — Coffee cup"_qs);
        QCOMPARE(tiers->item(0, PriceListsDialog::TierMinQuantity)->text(), u"1"_qs);
        QCOMPARE(tiers->item(0, PriceListsDialog::TierPrice)->text(), u"120.00"_qs);
        tiers->item(0, PriceListsDialog::TierPrice)->setText(u"99.90"_qs);
        QVERIFY(dialog.save());
        const PriceList saved = must(c.shop.prices.priceLists(c.shop.owner)).value(0);
        QCOMPARE(saved.tiers.size(), 1);
        QCOMPARE(saved.tiers[0].productId, c.cup);
        QCOMPARE(saved.tiers[0].price, qint64(9990));
        // Removing the tier and saving leaves the list empty.
        tiers->setCurrentCell(0, 0);
        child<QPushButton>(&dialog, u"removeTierButton"_qs)->click();
        QCOMPARE(tiers->rowCount(), 0);
        QVERIFY(dialog.save());
        QVERIFY(must(c.shop.prices.priceLists(c.shop.owner)).value(0).tiers.isEmpty());
    }

    void showsTheRefusals()
    {
        Catalog c;
        PriceListsDialog dialog(c.shop.services(), c.shop.owner);
        // The service's own messages.
        dialog.addTier(u"TEA"_qs, u"10"_qs, u"250"_qs);
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorText(), u"A price list needs a name."_qs);
        dialog.nameEdit()->setText(u"Wholesale"_qs);
        dialog.addTier(u"TEA"_qs, u"10"_qs, u"240"_qs);
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorText(), u"Tier 2 repeats a product with the same minimum quantity."_qs);
        dialog.tiersTable()->item(1, PriceListsDialog::TierMinQuantity)->setText(u"0"_qs);
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorText(),
                 u"Tier 2: the minimum quantity must be positive and the price not negative."_qs);
        // What the dialog reads itself.
        dialog.tiersTable()->item(1, PriceListsDialog::TierMinQuantity)->setText(u"ten"_qs);
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorText(), u"Tier 2: \"ten\" is not a quantity."_qs);
        QCOMPARE(dialog.tiersTable()->currentRow(), 1);
        dialog.tiersTable()->item(1, PriceListsDialog::TierMinQuantity)->setText(u"20"_qs);
        dialog.tiersTable()->item(1, PriceListsDialog::TierPrice)->setText(QString());
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorText(), u"Tier 2: \"\" is not a price in RUB."_qs);
        dialog.tiersTable()->item(1, PriceListsDialog::TierPrice)->setText(u"240"_qs);
        dialog.addTier(u"NOPE"_qs, u"1"_qs, u"1"_qs);
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorText(), u"Tier 3: no product has the SKU or name \"NOPE\"."_qs);
        QVERIFY(must(c.shop.prices.priceLists(c.shop.owner)).isEmpty());
        dialog.tiersTable()->setCurrentCell(2, 0);
        dialog.removeCurrentTier();
        QVERIFY(dialog.save());
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(must(c.shop.prices.priceLists(c.shop.owner)).value(0).tiers.size(), 2);
    }

    void renamesArchivesAndStartsNew()
    {
        Catalog c;
        PriceList first;
        first.name = u"Dealers"_qs;
        first.tiers = {PriceTier{c.tea, {}, Quantity::fromUnits(10), 25000}};
        first = must(c.shop.prices.savePriceList(c.shop.owner, first));
        PriceListsDialog dialog(c.shop.services(), c.shop.owner);
        QCOMPARE(dialog.currentListId(), first.id);
        dialog.nameEdit()->setText(u"Dealers 2026"_qs);
        QVERIFY(dialog.save());
        QCOMPARE(must(c.shop.prices.priceLists(c.shop.owner)).value(0).name, u"Dealers 2026"_qs);
        QCOMPARE(dialog.listWidget()->item(0)->text(), u"Dealers 2026"_qs);

        child<QPushButton>(&dialog, u"newListButton"_qs)->click();
        QVERIFY(dialog.currentListId().isNull());
        QCOMPARE(dialog.tiersTable()->rowCount(), 0);
        QVERIFY(!dialog.archiveButton()->isEnabled());
        dialog.nameEdit()->setText(u"Agents"_qs);
        QVERIFY(dialog.save());
        QCOMPARE(dialog.listWidget()->count(), 2);
        QCOMPARE(dialog.listWidget()->currentItem()->text(), u"Agents"_qs);

        QVERIFY(dialog.select(first.id));
        QCOMPARE(dialog.tiersTable()->rowCount(), 1);
        dialog.archiveButton()->click();
        QVERIFY(must(c.shop.prices.priceLists(c.shop.owner, true)).value(1).archived);
        QCOMPARE(must(c.shop.prices.priceLists(c.shop.owner)).size(), 1);
        QCOMPARE(dialog.listWidget()->item(1)->text(), u"Dealers 2026 (archived)"_qs);
        QCOMPARE(dialog.archiveButton()->text(), u"Rest&ore"_qs);
        // Archiving keeps the tiers.
        QCOMPARE(must(c.shop.prices.priceLists(c.shop.owner, true)).value(1).tiers.size(), 1);
        QVERIFY(dialog.toggleArchived());
        QCOMPARE(must(c.shop.prices.priceLists(c.shop.owner)).size(), 2);

        if (test::screenshotsWanted()) {
            dialog.addTier(u"CUP-1"_qs, u"12"_qs, u"99.00"_qs);
            QVERIFY(dialog.save());
            dialog.show();
            test::screenshot(&dialog, u"price-lists"_qs);
        }
    }

    void readOnlyForSupport()
    {
        Catalog c;
        PriceList list;
        list.name = u"Dealers"_qs;
        list.tiers = {PriceTier{c.tea, {}, Quantity::fromUnits(10), 25000}};
        list = must(c.shop.prices.savePriceList(c.shop.owner, list));
        PriceListsDialog dialog(c.shop.services(), Actor::withRole(Role::Support));
        QVERIFY(dialog.isReadOnly());
        QCOMPARE(dialog.currentListId(), list.id); // shown...
        QCOMPARE(dialog.tiersTable()->rowCount(), 1);
        QVERIFY(dialog.nameEdit()->isReadOnly()); // ...but not editable
        QCOMPARE(dialog.tiersTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
        for (const char* name : {"saveListButton", "newListButton", "archiveListButton", "removeTierButton"})
            QVERIFY2(child<QPushButton>(&dialog, QString::fromLatin1(name))->isHidden(), name);
        QVERIFY(dialog.productField()->isHidden());
        dialog.nameEdit()->setText(u"Mine"_qs);
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.toggleArchived());
        QCOMPARE(must(c.shop.prices.priceLists(c.shop.owner)).value(0).name, u"Dealers"_qs);
    }

    void customerCardKeepsThePriceList()
    {
        Catalog c;
        PriceList wholesale;
        wholesale.name = u"Wholesale"_qs;
        wholesale.tiers = {PriceTier{c.tea, {}, Quantity::fromUnits(10), 25000}};
        wholesale = must(c.shop.prices.savePriceList(c.shop.owner, wholesale));
        PriceList old;
        old.name = u"Old"_qs;
        old.archived = true;
        old = must(c.shop.prices.savePriceList(c.shop.owner, old));

        CustomerDialog dialog(c.shop.services(), c.shop.owner);
        child<QRadioButton>(&dialog, u"companyRadio"_qs)->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"nameEdit"_qs),
                         u"Tea House"_qs); // typed: checked as typed
        QComboBox* combo = dialog.priceListCombo();
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->count(), 2); // none and the active list: the archived one is not offered
        QCOMPARE(combo->currentIndex(), 0);
        combo->setCurrentIndex(1);
        QCOMPARE(combo->currentText(), u"Wholesale"_qs);
        dialog.saveButton()->click();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
        const Customer saved = must(c.shop.customers.customer(c.shop.owner, dialog.customerId()));
        QCOMPARE(saved.priceListId, wholesale.id);
        // The list's tiers now price this customer's orders.
        Order order;
        order.customerId = saved.id;
        QCOMPARE(must(c.shop.orders.lineFor(c.shop.owner, order, c.tea, Quantity::fromUnits(10))).unitPrice,
                 qint64(25000));

        // The card opens with the list chosen; back to none.
        CustomerDialog again(c.shop.services(), c.shop.owner, saved.id);
        QCOMPARE(again.priceListCombo()->currentData().value<Id>(), wholesale.id);
        again.priceListCombo()->setCurrentIndex(0);
        again.saveButton()->click();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(must(c.shop.customers.customer(c.shop.owner, saved.id)).priceListId.isNull());

        // A customer still on an archived list sees it, marked.
        Customer onOld = saved;
        onOld.priceListId = old.id;
        must(c.shop.customers.update(c.shop.owner, onOld));
        CustomerDialog third(c.shop.services(), c.shop.owner, saved.id);
        QCOMPARE(third.priceListCombo()->count(), 3);
        QCOMPARE(third.priceListCombo()->currentText(), u"Old (archived)"_qs);

        // Support manages customers but not prices: the list is shown, not chosen.
        CustomerDialog support(c.shop.services(), Actor::withRole(Role::Support), saved.id);
        QVERIFY(!support.priceListCombo()->isEnabled());
        QCOMPARE(support.priceListCombo()->currentText(), u"Old (archived)"_qs);
    }
};

QTEST_MAIN(TestPriceListsDialog)
#include "TestPriceListsDialog.moc"

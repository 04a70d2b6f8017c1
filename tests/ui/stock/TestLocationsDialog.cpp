#include "common/MessageBox.h"
#include "stock/LocationEditDialog.h"
#include "stock/LocationsDialog.h"
#include "stock/WarehouseDialog.h"
#include "support/ModalAnswer.h"
#include "support/StockShop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace kontor;
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

QPushButton* okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

QStringList topLevelNames(QTreeWidget* tree)
{
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        names.append(tree->topLevelItem(i)->text(0));
    return names;
}

} // namespace

class TestLocationsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsWarehousesAndLocations()
    {
        StockShop shop;
        LocationsDialog dialog(shop.services(), shop.owner);
        QTreeWidget* tree = dialog.tree();
        QCOMPARE(topLevelNames(tree), QStringList{u"Main warehouse"_qs});
        QTreeWidgetItem* main = tree->topLevelItem(0);
        QCOMPARE(main->childCount(), 4);
        // By priority: main stock ships first.
        QCOMPARE(main->child(0)->text(0), u"Main stock"_qs);
        QCOMPARE(main->child(0)->text(1), u"Storage"_qs);
        QCOMPARE(main->child(0)->text(2), u"MAIN"_qs);
        QCOMPARE(main->child(0)->text(3), u"10"_qs);
        QCOMPARE(main->child(1)->text(0), u"Packing"_qs);
    }

    void createsAWarehouse()
    {
        StockShop shop;
        LocationsDialog dialog(shop.services(), shop.owner);
        test::answerNextModal<WarehouseDialog>([](WarehouseDialog* w) {
            QVERIFY(!okButton(w)->isEnabled()); // a code is required
            child<QLineEdit>(w, u"codeEdit"_qs)->setText(u"MAIN"_qs);
            child<QLineEdit>(w, u"nameEdit"_qs)->setText(u"Taken code"_qs);
            okButton(w)->click();
            // Refused: the message is in the dialog, which stays open.
            QVERIFY(w->isVisible());
            QCOMPARE(w->errorText(), u"A warehouse with the code MAIN already exists."_qs);
            child<QLineEdit>(w, u"codeEdit"_qs)->setText(u"SPB"_qs);
            QCOMPARE(w->errorText(), QString());
            child<QLineEdit>(w, u"nameEdit"_qs)->setText(u"Saint Petersburg"_qs);
            okButton(w)->click();
        });
        child<QPushButton>(&dialog, u"newWarehouseButton"_qs)->click();
        QCOMPARE(topLevelNames(dialog.tree()), (QStringList{u"Main warehouse"_qs, u"Saint Petersburg"_qs}));
        // The new warehouse is selected and comes with its standard locations.
        QCOMPARE(dialog.tree()->currentItem()->text(0), u"Saint Petersburg"_qs);
        QCOMPARE(dialog.tree()->topLevelItem(1)->childCount(), 3);
        QList<Warehouse> warehouses = *shop.stock.warehouses(shop.owner);
        QCOMPARE(warehouses.size(), 2);
        QCOMPARE(warehouses.last().code, u"SPB"_qs);
        QCOMPARE(warehouses.last().kind, WarehouseKind::Own);

        test::answerNextModal<WarehouseDialog>([](WarehouseDialog* w) {
            child<QLineEdit>(w, u"codeEdit"_qs)->setText(u"OZON"_qs);
            child<QRadioButton>(w, u"marketplaceRadio"_qs)->setChecked(true);
            okButton(w)->click();
        });
        dialog.newWarehouse();
        warehouses = *shop.stock.warehouses(shop.owner);
        QCOMPARE(warehouses.size(), 3);
        QCOMPARE(warehouses.last().kind, WarehouseKind::Marketplace);
        QCOMPARE(dialog.tree()->topLevelItem(2)->child(0)->text(1), u"Marketplace (FBO)"_qs);
    }

    void addsAndEditsLocations()
    {
        StockShop shop;
        LocationsDialog dialog(shop.services(), shop.owner);
        dialog.show();
        QVERIFY(dialog.select(StockService::mainWarehouseId()));
        Id added;
        test::answerNextModal<LocationEditDialog>([&](LocationEditDialog* e) {
            auto* kind = child<QComboBox>(e, u"kindCombo"_qs);
            QCOMPARE(kind->count(), 4); // storage, packing, quarantine, transit; FBO only at marketplaces
            child<QLineEdit>(e, u"codeEdit"_qs)->setText(u"A-1"_qs);
            child<QLineEdit>(e, u"nameEdit"_qs)->setText(u"Shelf A-1"_qs);
            child<QSpinBox>(e, u"prioritySpin"_qs)->setValue(20);
            okButton(e)->click();
            added = e->location().id;
        });
        child<QPushButton>(&dialog, u"addLocationButton"_qs)->click();
        QVERIFY(!added.isNull());
        const Location shelf = *shop.stock.location(shop.owner, added);
        QCOMPARE(shelf.code, u"A-1"_qs);
        QCOMPARE(shelf.priority, 20);
        QCOMPARE(shelf.kind, LocationKind::Storage);
        QCOMPARE(dialog.tree()->currentItem()->text(0), u"Shelf A-1"_qs);

        // Rename and reprioritise; the kind is fixed.
        test::answerNextModal<LocationEditDialog>([](LocationEditDialog* e) {
            QVERIFY(!child<QComboBox>(e, u"kindCombo"_qs)->isEnabled());
            child<QLineEdit>(e, u"nameEdit"_qs)->setText(u"Shelf A, top"_qs);
            child<QSpinBox>(e, u"prioritySpin"_qs)->setValue(5);
            okButton(e)->click();
        });
        // Enter on the row edits it (and presses no button of the dialog).
        dialog.tree()->setFocus();
        QTest::keyClick(dialog.tree(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(shop.stock.warehouses(shop.owner)->size(), 1);
        QCOMPARE(shop.stock.location(shop.owner, added)->name, u"Shelf A, top"_qs);
        QCOMPARE(shop.stock.location(shop.owner, added)->priority, 5);
        // Priority 5 now comes before the main stock (10).
        QCOMPARE(dialog.tree()->topLevelItem(0)->child(0)->text(0), u"Shelf A, top"_qs);
    }

    void archivingRefusedWhileStockIsHeld()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs, u"Product"_qs);
        shop.receive(p, StockService::quarantineLocationId(), 2);
        LocationsDialog dialog(shop.services(), shop.owner);
        QVERIFY(dialog.select(StockService::quarantineLocationId()));
        auto* archive = child<QPushButton>(&dialog, u"archiveLocationButton"_qs);
        QCOMPARE(archive->text(), u"Arc&hive"_qs);
        const int shown = MessageBox::count();
        archive->click();
        QCOMPARE(MessageBox::count(), shown + 1);
        QCOMPARE(MessageBox::lastText(),
                 u"Quarantine still holds stock. Move or write it off before archiving the location."_qs);
        QVERIFY(!shop.stock.location(shop.owner, StockService::quarantineLocationId())->archived);

        // An empty location can be archived, and restored from the archived view.
        QVERIFY(dialog.select(StockService::packingLocationId()));
        archive->click();
        QVERIFY(shop.stock.location(shop.owner, StockService::packingLocationId())->archived);
        QVERIFY(!dialog.select(StockService::packingLocationId())); // hidden now
        child<QCheckBox>(&dialog, u"showArchivedCheck"_qs)->setChecked(true);
        QVERIFY(dialog.select(StockService::packingLocationId()));
        QCOMPARE(archive->text(), u"Rest&ore"_qs);
        archive->click();
        QVERIFY(!shop.stock.location(shop.owner, StockService::packingLocationId())->archived);
    }

    void readOnlyWithoutManageSettings()
    {
        StockShop shop;
        LocationsDialog dialog(shop.services(), Actor::withRole(Role::Warehouse));
        for (const QString& name : {u"newWarehouseButton"_qs, u"addLocationButton"_qs,
                                    u"editLocationButton"_qs, u"archiveLocationButton"_qs})
            QVERIFY(!child<QPushButton>(&dialog, name)->isVisibleTo(&dialog));
        QCOMPARE(dialog.tree()->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestLocationsDialog)
#include "TestLocationsDialog.moc"

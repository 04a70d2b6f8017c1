#include "common/MessageBox.h"
#include "suppliers/SupplierDialog.h"
#include "support/Must.h"
#include "support/StockShop.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
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

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    if (!table->item(row, column))
        table->setItem(row, column, new QTableWidgetItem);
    table->item(row, column)->setText(text);
}

Supplier named(const QString& name)
{
    Supplier s;
    s.name = name;
    return s;
}

} // namespace

class TestSupplierDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void createsASupplierWithContacts()
    {
        StockShop shop;
        SupplierDialog dialog(shop.services(), shop.owner);
        QVERIFY(dialog.isNew());
        QVERIFY(dialog.modelCheck(SupplierModel::OwnStock)->isChecked()); // the usual way to start
        QVERIFY(!dialog.saveButton()->isEnabled());                       // no name yet
        QTest::keyClicks(child<QLineEdit>(&dialog, u"nameEdit"_qs), u"Textile Wholesale"_qs);
        QVERIFY(dialog.saveButton()->isEnabled());
        child<QLineEdit>(&dialog, u"legalNameEdit"_qs)->setText(u"LLC \"Textile Wholesale\""_qs);
        child<QLineEdit>(&dialog, u"taxIdEdit"_qs)->setText(u"7701234567"_qs);
        child<QLineEdit>(&dialog, u"taxReasonCodeEdit"_qs)->setText(u"770101001"_qs);
        child<QPlainTextEdit>(&dialog, u"bankDetailsEdit"_qs)->setPlainText(u"Sberbank, BIC 044525225"_qs);
        child<QLineEdit>(&dialog, u"emailEdit"_qs)->setText(u"opt@textile.ru"_qs);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"currencyEdit"_qs), u"cny"_qs);
        QCOMPARE(child<QLineEdit>(&dialog, u"currencyEdit"_qs)->text(), u"CNY"_qs); // upper case as typed
        dialog.modelCheck(SupplierModel::Dropship)->setChecked(true);
        dialog.modelCheck(SupplierModel::MarketplaceFbo)->setChecked(true);
        child<QPlainTextEdit>(&dialog, u"notesEdit"_qs)->setPlainText(u"Orders by email before noon"_qs);

        dialog.tabs()->setCurrentIndex(SupplierDialog::ContactsTab);
        QPushButton* add = child<QPushButton>(&dialog, u"addContactButton"_qs);
        QTableWidget* contacts = dialog.contactsTable();
        add->click();
        setCell(contacts, 0, SupplierDialog::ContactName, u"Irina"_qs);
        setCell(contacts, 0, SupplierDialog::ContactRole, u"sales"_qs);
        setCell(contacts, 0, SupplierDialog::ContactPhone, u"+7 900 111-22-33"_qs);
        add->click();
        setCell(contacts, 1, SupplierDialog::ContactName, u"Peter"_qs);
        add->click(); // left empty: no contact
        contacts->selectRow(1);
        child<QPushButton>(&dialog, u"removeContactButton"_qs)->click();
        QCOMPARE(contacts->rowCount(), 2);

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Supplier s = must(shop.suppliers.supplier(shop.owner, dialog.supplierId()));
        QCOMPARE(s.name, u"Textile Wholesale"_qs);
        QCOMPARE(s.legalName, u"LLC \"Textile Wholesale\""_qs);
        QCOMPARE(s.taxId, u"7701234567"_qs);
        QCOMPARE(s.taxReasonCode, u"770101001"_qs);
        QCOMPARE(s.bankDetails, u"Sberbank, BIC 044525225"_qs);
        QCOMPARE(s.currency, u"CNY"_qs);
        QCOMPARE(s.models, SupplierModel::OwnStock | SupplierModel::Dropship | SupplierModel::MarketplaceFbo);
        QCOMPARE(s.notes, u"Orders by email before noon"_qs);
        QCOMPARE(s.contacts.size(), 1);
        QCOMPARE(s.contacts[0].name, u"Irina"_qs);
        QCOMPARE(s.contacts[0].role, u"sales"_qs);
        QCOMPARE(s.contacts[0].phone, u"+7 900 111-22-33"_qs);

        // Editing keeps the contact's id and shows the stored values.
        SupplierDialog edit(shop.services(), shop.owner, s.id);
        QCOMPARE(child<QLineEdit>(&edit, u"nameEdit"_qs)->text(), u"Textile Wholesale"_qs);
        QVERIFY(edit.modelCheck(SupplierModel::MarketplaceFbo)->isChecked());
        QVERIFY(!edit.modelCheck(SupplierModel::MarketplaceFbs)->isChecked());
        setCell(edit.contactsTable(), 0, SupplierDialog::ContactEmail, u"irina@textile.ru"_qs);
        edit.accept();
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        const Supplier again = must(shop.suppliers.supplier(shop.owner, s.id));
        QCOMPARE(again.contacts.value(0).id, s.contacts[0].id);
        QCOMPARE(again.contacts.value(0).email, u"irina@textile.ru"_qs);
    }

    void showsTheRefusalAtItsField()
    {
        StockShop shop;
        must(shop.suppliers.create(shop.owner, named(u"Textile"_qs)));
        SupplierDialog dialog(shop.services(), shop.owner);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        child<QLineEdit>(&dialog, u"nameEdit"_qs)->setText(u"TEXTILE"_qs);
        dialog.accept();
        QVERIFY(dialog.isVisible()); // not closed
        QVERIFY(dialog.errorText().contains(u"Textile"_qs));
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, u"nameEdit"_qs));

        child<QLineEdit>(&dialog, u"nameEdit"_qs)->setText(u"Other"_qs);
        child<QLineEdit>(&dialog, u"currencyEdit"_qs)->setText(u"RU"_qs);
        dialog.accept();
        QVERIFY(dialog.errorText().contains(u"RU"_qs));
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, u"currencyEdit"_qs));

        // No way of working ticked: Save stays off.
        child<QLineEdit>(&dialog, u"currencyEdit"_qs)->clear();
        dialog.modelCheck(SupplierModel::OwnStock)->setChecked(false);
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void readOnlyWithoutThePermission()
    {
        StockShop shop;
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"Textile"_qs)));
        Actor viewer = Actor::withRole(Role::Support);
        viewer.permissions |= Permission::ViewCosts;
        SupplierDialog dialog(shop.services(), viewer, s.id);
        QVERIFY(dialog.isReadOnly());
        QVERIFY(child<QLineEdit>(&dialog, u"nameEdit"_qs)->isReadOnly());
        QVERIFY(!dialog.saveButton()->isVisible() && dialog.saveButton()->isHidden());
        QVERIFY(child<QPushButton>(&dialog, u"addContactButton"_qs)->isHidden());
        dialog.accept(); // nothing happens
        QCOMPARE(must(shop.suppliers.supplier(shop.owner, s.id)).updatedAt, s.updatedAt);
    }
};

QTEST_MAIN(TestSupplierDialog)
#include "TestSupplierDialog.moc"

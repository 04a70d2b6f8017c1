#include "common/MessageBox.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "support/ModalAnswer.h"
#include "support/ScreenshotTools.h"
#include "support/ShippedOrders.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

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

void waitLoaded(CustomersPage& page)
{
    QTRY_VERIFY(!page.model()->isLoading());
    QTest::qWait(1); // the page reacts to `loaded` in the same turn; let queued updates run
}

} // namespace

class TestCustomersPage : public QObject
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

    void buttonsFollowThePermission()
    {
        StockShop shop;
        test::makeCustomer(shop, u"Anna Petrova"_qs);
        CustomersPage owner(shop.services(), shop.owner);
        QVERIFY(owner.findChild<QToolButton*>(u"newCustomerButton"_qs));
        QVERIFY(owner.findChild<QToolButton*>(u"archiveCustomerButton"_qs));
        QVERIFY(owner.newAction()->isVisible());

        // A warehouse worker may look customers up, not change them.
        CustomersPage warehouse(shop.services(), Actor::withRole(Role::Warehouse));
        QVERIFY(!warehouse.findChild<QToolButton*>(u"newCustomerButton"_qs));
        QVERIFY(!warehouse.findChild<QToolButton*>(u"archiveCustomerButton"_qs));
        QVERIFY(!warehouse.newAction()->isVisible());
        QVERIFY(!warehouse.archiveAction()->isVisible());
        QVERIFY(warehouse.findChild<QToolButton*>(u"openCustomerButton"_qs));
        waitLoaded(warehouse);
        QCOMPARE(warehouse.model()->rowCount(), 1);
        warehouse.view()->selectRow(0);
        bool readOnly = false;
        test::answerNextModal<CustomerDialog>([&](CustomerDialog* d) { readOnly = d->isReadOnly(); });
        warehouse.openAction()->trigger();
        QVERIFY(readOnly);
    }

    void newOpenArchive()
    {
        StockShop shop;
        const Customer anna = test::makeCustomer(shop, u"Anna Petrova"_qs, u"anna@example.com"_qs);
        CustomersPage page(shop.services(), shop.owner);
        page.resize(1000, 600);
        page.show();
        waitLoaded(page);
        QCOMPARE(page.footerText(), u"1 customer"_qs);
        QVERIFY(!page.openAction()->isEnabled()); // nothing selected

        // New customer: the card opens empty; once saved, the list selects it.
        test::answerNextModal<CustomerDialog>([](CustomerDialog* d) {
            QVERIFY(d->isNew());
            d->findChild<QLineEdit*>(u"nameEdit"_qs)->setText(u"Boris Smirnov"_qs);
            d->findChild<QLineEdit*>(u"emailEdit"_qs)->setText(u"boris@example.com"_qs);
            d->saveButton()->click();
        });
        QCOMPARE(page.newCustomer(), int(QDialog::Accepted));
        QCOMPARE(page.statusText(), u"Boris Smirnov saved."_qs);
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 2);
        QTRY_VERIFY(!page.currentCustomerId().isNull());
        const Id boris = page.currentCustomerId();
        QCOMPARE(shop.customers.customer(shop.owner, boris)->name, u"Boris Smirnov"_qs);

        // Double-click (activation) opens the card of the row.
        const int annaRow = page.model()->rowOf(anna.id);
        page.view()->selectRow(annaRow);
        QVERIFY(page.openAction()->isEnabled());
        Id shown;
        test::answerNextModal<CustomerDialog>([&](CustomerDialog* d) { shown = d->customerId(); });
        Q_EMIT page.view()->activated(page.model()->index(annaRow, CustomerListModel::Email));
        QCOMPARE(shown, anna.id);

        // Archive hides the customer; "show archived" brings them back to unarchive.
        page.selectCustomer(boris);
        QCOMPARE(page.archiveAction()->text(), u"A&rchive"_qs);
        page.archiveAction()->trigger();
        QVERIFY(shop.customers.customer(shop.owner, boris)->archived);
        QVERIFY(page.statusText().startsWith(u"Boris Smirnov is archived"_qs));
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 1);
        page.archivedCheck()->setChecked(true);
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 2);
        page.selectCustomer(boris);
        QCOMPARE(page.archiveAction()->text(), u"Un&archive"_qs);
        page.archiveAction()->trigger();
        QVERIFY(!shop.customers.customer(shop.owner, boris)->archived);
        waitLoaded(page);
        QCOMPARE(page.currentCustomerId(), boris); // the selection survives the reload

        // The filter bar: text and kind.
        page.searchEdit()->setText(u"anna@"_qs);
        QTRY_COMPARE(page.model()->filter().text, u"anna@"_qs);
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 1);
        page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(int(CustomerKind::Company)));
        waitLoaded(page);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.footerText(), u"No customer matches the filter."_qs);
        QVERIFY(page.view()->isVisible());
    }

    void emptyShopSaysHowToStart()
    {
        StockShop shop;
        CustomersPage page(shop.services(), shop.owner);
        page.show();
        waitLoaded(page);
        QVERIFY(!page.view()->isVisible());
        QVERIFY(child<QLabel>(&page, u"emptyLabel"_qs)->isVisible());
    }

    void picture()
    {
        if (!test::screenshotsWanted())
            QSKIP("pictures only when KONTOR_SCREENSHOTS is set");
        StockShop shop;
        const Id tea = shop.product(u"TEA"_qs, u"Green tea"_qs);
        shop.receive(tea, StockService::mainLocationId(), 100);
        const Customer anna = test::makeCustomer(shop, u"Anna Petrova"_qs, u"anna.petrova@example.com"_qs,
                                                 u"+7 912 345-67-89"_qs);
        test::shippedOrder(shop, anna.id, {{tea, 2}});
        test::shippedOrder(shop, anna.id, {{tea, 1}});
        Customer company;
        company.kind = CustomerKind::Company;
        company.name = u"Romashka"_qs;
        company.email = u"buyer@romashka.ru"_qs;
        company.phone = u"+7 495 123-45-67"_qs;
        company.taxId = u"7701234567"_qs;
        company.tags = {u"wholesale"_qs, u"VIP"_qs};
        company = shop.customers.create(shop.owner, company).value();
        test::shippedOrder(shop, company.id, {{tea, 20}});
        test::makeCustomer(shop, u"Борис Смирнов"_qs, u"boris@example.ru"_qs, u"8 (903) 111-22-33"_qs);
        test::makeCustomer(shop, u"Елена Козлова"_qs, {}, u"+7 921 555-44-33"_qs);
        CustomersPage page(shop.services(), shop.owner);
        page.resize(1100, 520);
        page.show();
        waitLoaded(page);
        page.view()->selectRow(0);
        QTest::qWait(50);
        test::screenshot(&page, u"customers-page"_qs);
    }
};

QTEST_MAIN(TestCustomersPage)
#include "TestCustomersPage.moc"

#include "customers/CustomerDialog.h"
#include "returns/ReturnListModel.h"
#include "support/ScreenshotTools.h"
#include "support/ShippedOrders.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

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

int customerCount(StockShop& shop)
{
    CustomerFilter all;
    all.includeArchived = true;
    return int(shop.customers.list(shop.owner, all).value().size());
}

QString dateOf(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date(),
                              QLocale::ShortFormat);
}

// Anna with two shipped orders (300.00 and 100.00, a day apart), a draft, and one of four units
// returned; Boris with an order of his own.
struct HistoryShop
{
    StockShop shop;
    Customer anna;
    Order first;
    Order second;
    Return returned;

    HistoryShop()
    {
        const Id tea = shop.product(u"TEA"_qs, u"Green tea"_qs);
        const Id cup = shop.product(u"CUP"_qs, u"Cup"_qs);
        shop.receive(tea, StockService::mainLocationId(), 50);
        shop.receive(cup, StockService::mainLocationId(), 50);
        anna = test::makeCustomer(shop, u"Anna Petrova"_qs, u"anna@example.com"_qs, u"+7 912 345-67-89"_qs);
        const Customer other = test::makeCustomer(shop, u"Boris"_qs);
        first = test::shippedOrder(shop, anna.id, {{tea, 2}, {cup, 1}});
        shop.tmp.clock().advanceMs(86400000);
        second = test::shippedOrder(shop, anna.id, {{tea, 1}});
        test::shippedOrder(shop, other.id, {{tea, 5}});
        // A draft does not count in the figures but is listed.
        Order draft;
        draft.customerId = anna.id;
        draft.lines.append(shop.orders.lineFor(shop.owner, cup, Quantity::fromUnits(1)).value());
        if (!shop.orders.create(shop.owner, draft))
            qFatal("cannot create the draft");
        Return r;
        r.orderId = first.id;
        ReturnLine line;
        line.orderLineId = first.lines.at(1).id;
        line.quantity = Quantity::fromUnits(1);
        line.reason = ReturnReason::Defect;
        line.decision = ReturnDecision::Quarantine;
        r.lines.append(line);
        returned = shop.returns.create(shop.owner, r).value();
        if (!shop.returns.receive(shop.owner, returned.id))
            qFatal("cannot receive the return");
    }
};

} // namespace

class TestCustomerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Pictures are taken in the session's language; the checks expect English.
    void init()
    {
        if (test::screenshotsWanted())
            test::useSessionLanguage();
        else
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void createsACustomerWithEveryDetail()
    {
        StockShop shop;
        shop.tmp.clock().setMs(1767261600000); // 2026-01-01 10:00 UTC
        CustomerDialog dialog(shop.services(), shop.owner);
        dialog.show();
        QVERIFY(dialog.isNew());
        QCOMPARE(dialog.windowTitle(), u"New customer"_qs);
        // An empty card neither shouts nor saves; the company and history tabs are not there.
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(shownError(&dialog, u"nameError"_qs), QString());
        QVERIFY(!dialog.tabs()->isTabVisible(CustomerDialog::CompanyTab));
        QVERIFY(!dialog.tabs()->isTabVisible(CustomerDialog::HistoryTab));

        auto* name = child<QLineEdit>(&dialog, u"nameEdit"_qs);
        retype(name, u"x"_qs);
        retype(name, QString());
        QCOMPARE(shownError(&dialog, u"nameError"_qs), u"The name is required."_qs);
        retype(name, u"Romashka"_qs);
        QCOMPARE(shownError(&dialog, u"nameError"_qs), QString());
        QVERIFY(dialog.saveButton()->isEnabled());

        // Email and phone are checked while typing.
        auto* email = child<QLineEdit>(&dialog, u"emailEdit"_qs);
        retype(email, u"buyer@"_qs);
        QVERIFY(shownError(&dialog, u"emailError"_qs).startsWith(u"Not an email address"_qs));
        QVERIFY(!dialog.saveButton()->isEnabled());
        retype(email, u"buyer@romashka.ru"_qs);
        QCOMPARE(shownError(&dialog, u"emailError"_qs), QString());
        auto* phone = child<QLineEdit>(&dialog, u"phoneEdit"_qs);
        retype(phone, u"12-3"_qs);
        QCOMPARE(shownError(&dialog, u"phoneError"_qs),
                 u"Not a phone number: it needs at least 5 digits."_qs);
        QVERIFY(!dialog.saveButton()->isEnabled());
        retype(phone, u"+7 (495) 123-45-67"_qs);
        QCOMPARE(shownError(&dialog, u"phoneError"_qs), QString());
        QVERIFY(dialog.saveButton()->isEnabled());
        retype(child<QLineEdit>(&dialog, u"tagsEdit"_qs), u"wholesale,  VIP, wholesale"_qs);
        child<QPlainTextEdit>(&dialog, u"notesEdit"_qs)->setPlainText(u"Calls before noon"_qs);
        child<QCheckBox>(&dialog, u"consentCheck"_qs)->setChecked(true);
        QCOMPARE(child<QLabel>(&dialog, u"consentDateLabel"_qs)->text(),
                 u"the date is recorded when you save"_qs);

        // A company gets its B2B tab.
        child<QRadioButton>(&dialog, u"companyRadio"_qs)->setChecked(true);
        QVERIFY(dialog.tabs()->isTabVisible(CustomerDialog::CompanyTab));
        dialog.tabs()->setCurrentIndex(CustomerDialog::CompanyTab);
        retype(child<QLineEdit>(&dialog, u"legalNameEdit"_qs), u"LLC Romashka"_qs);
        retype(child<QLineEdit>(&dialog, u"taxIdEdit"_qs), u"7701234567"_qs);
        retype(child<QLineEdit>(&dialog, u"taxReasonCodeEdit"_qs), u"770101001"_qs);
        child<QPlainTextEdit>(&dialog, u"legalAddressEdit"_qs)->setPlainText(u"Moscow, Tverskaya 1"_qs);
        child<QPlainTextEdit>(&dialog, u"bankDetailsEdit"_qs)->setPlainText(u"BIC 044525225"_qs);
        child<QSpinBox>(&dialog, u"paymentTermsSpin"_qs)->setValue(14);
        auto* limit = child<QLineEdit>(&dialog, u"creditLimitEdit"_qs);
        retype(limit, u"-5"_qs);
        QCOMPARE(shownError(&dialog, u"creditLimitError"_qs), u"A credit limit cannot be negative."_qs);
        QVERIFY(!dialog.saveButton()->isEnabled());
        retype(limit, u"50,000.50"_qs);
        QVERIFY(dialog.saveButton()->isEnabled());

        // Two addresses; ticking the second as default unticks the first.
        auto* addresses = child<QTableWidget>(&dialog, u"addressTable"_qs);
        child<QPushButton>(&dialog, u"addAddressButton"_qs)->click();
        child<QPushButton>(&dialog, u"addAddressButton"_qs)->click();
        QCOMPARE(addresses->rowCount(), 2);
        QCOMPARE(addresses->item(0, CustomerDialog::AddressDefault)->checkState(), Qt::Checked);
        addresses->item(0, CustomerDialog::AddressLabel)->setText(u"Office"_qs);
        addresses->item(0, CustomerDialog::AddressText)->setText(u"Moscow, Tverskaya 1"_qs);
        addresses->item(1, CustomerDialog::AddressLabel)->setText(u"Warehouse"_qs);
        addresses->item(1, CustomerDialog::AddressText)->setText(u"Khimki, Leningradskaya 5"_qs);
        addresses->item(1, CustomerDialog::AddressDefault)->setCheckState(Qt::Checked);
        QCOMPARE(addresses->item(0, CustomerDialog::AddressDefault)->checkState(), Qt::Unchecked);
        // A contact person, and an empty row that is no contact.
        auto* contacts = child<QTableWidget>(&dialog, u"contactTable"_qs);
        QVERIFY(dialog.tabs()->isTabVisible(CustomerDialog::ContactsTab));
        child<QPushButton>(&dialog, u"addContactButton"_qs)->click();
        child<QPushButton>(&dialog, u"addContactButton"_qs)->click();
        contacts->item(0, CustomerDialog::ContactName)->setText(u"Olga Ivanova"_qs);
        contacts->item(0, CustomerDialog::ContactRole)->setText(u"Buyer"_qs);
        contacts->item(0, CustomerDialog::ContactEmail)->setText(u"olga@romashka.ru"_qs);

        dialog.saveButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.customerId().isNull());
        const Customer c = shop.customers.customer(shop.owner, dialog.customerId()).value();
        QCOMPARE(c.kind, CustomerKind::Company);
        QCOMPARE(c.name, u"Romashka"_qs);
        QCOMPARE(c.email, u"buyer@romashka.ru"_qs);
        QCOMPARE(c.phone, u"+7 (495) 123-45-67"_qs);
        QCOMPARE(c.tags, (QStringList{u"wholesale"_qs, u"VIP"_qs}));
        QCOMPARE(c.notes, u"Calls before noon"_qs);
        QVERIFY(c.marketingConsent);
        QCOMPARE(c.consentAt, std::optional<qint64>(1767261600000));
        QCOMPARE(c.legalName, u"LLC Romashka"_qs);
        QCOMPARE(c.taxId, u"7701234567"_qs);
        QCOMPARE(c.taxReasonCode, u"770101001"_qs);
        QCOMPARE(c.legalAddress, u"Moscow, Tverskaya 1"_qs);
        QCOMPARE(c.bankDetails, u"BIC 044525225"_qs);
        QCOMPARE(c.paymentTermsDays, 14);
        QCOMPARE(c.creditLimit, std::optional<qint64>(5000050));
        QCOMPARE(c.addresses.size(), 2);
        QCOMPARE(c.defaultAddress(), u"Khimki, Leningradskaya 5"_qs);
        QCOMPARE(c.contacts.size(), 1);
        QCOMPARE(c.contacts.first().name, u"Olga Ivanova"_qs);
        QCOMPARE(c.contacts.first().email, u"olga@romashka.ru"_qs);

        // The card opens again with what was saved, and shows when consent was given.
        CustomerDialog again(shop.services(), shop.owner, c.id);
        QCOMPARE(again.windowTitle(), u"Customer — Romashka"_qs);
        QVERIFY(again.tabs()->isTabVisible(CustomerDialog::CompanyTab));
        QVERIFY(again.tabs()->isTabVisible(CustomerDialog::HistoryTab));
        QCOMPARE(child<QLineEdit>(&again, u"creditLimitEdit"_qs)->text(), u"50,000.50"_qs);
        QVERIFY(child<QLabel>(&again, u"consentDateLabel"_qs)
                    ->text()
                    .startsWith(u"given on "_qs + dateOf(*c.consentAt)));
        QCOMPARE(child<QTableWidget>(&again, u"addressTable"_qs)
                     ->item(1, CustomerDialog::AddressDefault)
                     ->checkState(),
                 Qt::Checked);
        // An edit keeps the ids of addresses and contacts.
        retype(child<QLineEdit>(&again, u"nameEdit"_qs), u"Romashka Trade"_qs);
        again.saveButton()->click();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        const Customer edited = shop.customers.customer(shop.owner, c.id).value();
        QCOMPARE(edited.name, u"Romashka Trade"_qs);
        QCOMPARE(edited.addresses.first().id, c.addresses.first().id);
        QCOMPARE(edited.contacts.first().id, c.contacts.first().id);
        QCOMPARE(edited.consentAt, c.consentAt);
    }

    void duplicatesCanBeOpenedOrCreatedAnyway()
    {
        StockShop shop;
        const Customer anna =
            test::makeCustomer(shop, u"Anna Petrova"_qs, u"anna@example.com"_qs, u"+7 912 345-67-89"_qs);

        // Cancel after the warning: nothing is created.
        {
            CustomerDialog dialog(shop.services(), shop.owner);
            dialog.show();
            retype(child<QLineEdit>(&dialog, u"nameEdit"_qs), u"A. Petrova"_qs);
            retype(child<QLineEdit>(&dialog, u"emailEdit"_qs), u"ANNA@example.com"_qs);
            dialog.saveButton()->click();
            QVERIFY(dialog.isVisible());
            QVERIFY(dialog.duplicatesShown());
            QCOMPARE(dialog.duplicates().size(), 1);
            QCOMPARE(dialog.duplicates().first().id, anna.id);
            QVERIFY(child<QLabel>(&dialog, u"duplicatesText"_qs)
                        ->text()
                        .startsWith(u"Anna Petrova already has the email anna@example.com."_qs));
            if (test::screenshotsWanted()) {
                QTest::qWait(50); // the layout settles after the error lines came and went
                test::screenshot(&dialog, u"customer-duplicates"_qs);
            }
            dialog.cancelButton()->click();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(dialog.customerId().isNull());
            QCOMPARE(customerCount(shop), 1);
        }
        // Another email hides the warning: the service is asked again on saving.
        {
            CustomerDialog dialog(shop.services(), shop.owner);
            dialog.show();
            retype(child<QLineEdit>(&dialog, u"nameEdit"_qs), u"Anna from the shop"_qs);
            retype(child<QLineEdit>(&dialog, u"phoneEdit"_qs), u"8 912 345 67 89"_qs); // the same number
            dialog.saveButton()->click();
            QVERIFY(dialog.duplicatesShown());
            QVERIFY(child<QLabel>(&dialog, u"duplicatesText"_qs)->text().contains(u"phone number"_qs));
            retype(child<QLineEdit>(&dialog, u"phoneEdit"_qs), u"8 912 000 00 00"_qs);
            QVERIFY(!dialog.duplicatesShown());
            dialog.saveButton()->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(customerCount(shop), 2);
        }
        // "Create anyway" saves a second record with the same email.
        {
            CustomerDialog dialog(shop.services(), shop.owner);
            dialog.show();
            retype(child<QLineEdit>(&dialog, u"nameEdit"_qs), u"Anna Petrova (work)"_qs);
            retype(child<QLineEdit>(&dialog, u"emailEdit"_qs), u"anna@example.com"_qs);
            dialog.saveButton()->click();
            QVERIFY(dialog.duplicatesShown());
            child<QPushButton>(&dialog, u"createAnywayButton"_qs)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.customerId().isNull());
            QVERIFY(dialog.customerId() != anna.id);
            QCOMPARE(customerCount(shop), 3);
            QCOMPARE(shop.customers.customer(shop.owner, dialog.customerId())->email, u"anna@example.com"_qs);
        }
        // "Open this customer" shows the existing card instead, and saves into it.
        {
            CustomerDialog dialog(shop.services(), shop.owner);
            dialog.show();
            retype(child<QLineEdit>(&dialog, u"nameEdit"_qs), u"Anna"_qs);
            retype(child<QLineEdit>(&dialog, u"phoneEdit"_qs), u"+79123456789"_qs);
            dialog.saveButton()->click();
            QVERIFY(dialog.duplicatesShown());
            QCOMPARE(dialog.duplicates().size(), 1);
            child<QPushButton>(&dialog, u"openDuplicateButton"_qs)->click();
            QVERIFY(!dialog.duplicatesShown());
            QVERIFY(!dialog.isNew());
            QCOMPARE(dialog.customerId(), anna.id);
            QCOMPARE(child<QLineEdit>(&dialog, u"nameEdit"_qs)->text(), u"Anna Petrova"_qs);
            QVERIFY(dialog.tabs()->isTabVisible(CustomerDialog::HistoryTab));
            retype(child<QLineEdit>(&dialog, u"tagsEdit"_qs), u"regular"_qs);
            dialog.saveButton()->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(customerCount(shop), 3);
            QCOMPARE(shop.customers.customer(shop.owner, anna.id)->tags, QStringList{u"regular"_qs});
        }
    }

    void historyShowsOrdersAndReturns()
    {
        HistoryShop h;
        CustomerDialog dialog(h.shop.services(), h.shop.owner, h.anna.id);
        dialog.show();
        dialog.tabs()->setCurrentIndex(CustomerDialog::HistoryTab);
        QCOMPARE(dialog.historyValue(u"ordersValue"_qs), u"2"_qs);
        QCOMPARE(dialog.historyValue(u"lifetimeValue"_qs), Money(40000, u"RUB"_qs).toDisplayString());
        QCOMPARE(dialog.historyValue(u"averageValue"_qs), Money(20000, u"RUB"_qs).toDisplayString());
        QCOMPARE(dialog.historyValue(u"firstOrderValue"_qs), dateOf(h.first.orderedAt));
        QCOMPARE(dialog.historyValue(u"lastOrderValue"_qs), dateOf(h.second.orderedAt));
        QVERIFY(dateOf(h.first.orderedAt) != dateOf(h.second.orderedAt));
        QCOMPARE(dialog.historyValue(u"returnsValue"_qs), u"1"_qs);
        QCOMPARE(dialog.historyValue(u"returnRateValue"_qs), u"25.0% (1 of 4 units)"_qs);
        QTableWidget* orders = dialog.ordersTable();
        QCOMPARE(orders->rowCount(), 3); // newest first: the draft, then the two shipped
        QCOMPARE(orders->item(0, CustomerDialog::OrdersStatus)->text(), u"Draft"_qs);
        QCOMPARE(orders->item(1, CustomerDialog::OrdersNumber)->text(), h.second.number);
        QCOMPARE(orders->item(2, CustomerDialog::OrdersNumber)->text(), h.first.number);
        QCOMPARE(orders->item(2, CustomerDialog::OrdersStatus)->text(), u"Shipped"_qs);
        QCOMPARE(orders->item(2, CustomerDialog::OrdersTotal)->text(),
                 Money(30000, u"RUB"_qs).toDisplayString());
        QCOMPARE(orders->item(2, CustomerDialog::OrdersPayment)->text(), u"Paid"_qs);
        QVERIFY(dialog.returnsModel());
        QTRY_VERIFY(!dialog.returnsModel()->isLoading());
        QCOMPARE(dialog.returnsModel()->rowCount(), 1);
        QCOMPARE(dialog.returnsModel()->returnAt(0)->number, h.returned.number);

        // Someone who has not bought anything yet.
        CustomerDialog empty(h.shop.services(), h.shop.owner, test::makeCustomer(h.shop, u"New"_qs).id);
        QCOMPARE(empty.historyValue(u"ordersValue"_qs), u"0"_qs);
        QCOMPARE(empty.historyValue(u"averageValue"_qs), u"—"_qs);
        QCOMPARE(empty.historyValue(u"returnRateValue"_qs), u"— (nothing shipped yet)"_qs);
    }

    void historyPicture()
    {
        if (!test::screenshotsWanted())
            QSKIP("pictures only when KONTOR_SCREENSHOTS is set");
        HistoryShop h;
        CustomerDialog dialog(h.shop.services(), h.shop.owner, h.anna.id);
        dialog.show();
        dialog.tabs()->setCurrentIndex(CustomerDialog::HistoryTab);
        QTRY_VERIFY(!dialog.returnsModel()->isLoading());
        QTest::qWait(50);
        test::screenshot(&dialog, u"customer-card-history"_qs);
        dialog.tabs()->setCurrentIndex(CustomerDialog::DetailsTab);
        test::screenshot(&dialog, u"customer-card-person"_qs);
    }

    void readOnlyWithoutPermission()
    {
        StockShop shop;
        const Customer anna = test::makeCustomer(shop, u"Anna Petrova"_qs, u"anna@example.com"_qs);
        CustomerDialog dialog(shop.services(), Actor::withRole(Role::Warehouse, u"Vera"_qs), anna.id);
        dialog.show();
        QVERIFY(dialog.isReadOnly());
        QVERIFY(!dialog.saveButton()->isVisible());
        QCOMPARE(dialog.cancelButton()->text(), u"Close"_qs);
        QVERIFY(child<QLineEdit>(&dialog, u"nameEdit"_qs)->isReadOnly());
        QVERIFY(!child<QRadioButton>(&dialog, u"companyRadio"_qs)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"addAddressButton"_qs)->isVisible());
        QCOMPARE(dialog.historyValue(u"ordersValue"_qs), u"0"_qs);
    }

    void detailsPicture()
    {
        if (!test::screenshotsWanted())
            QSKIP("pictures only when KONTOR_SCREENSHOTS is set");
        StockShop shop;
        Customer c;
        c.kind = CustomerKind::Company;
        c.name = u"Romashka"_qs;
        c.email = u"buyer@romashka.ru"_qs;
        c.phone = u"+7 495 123-45-67"_qs;
        c.legalName = u"LLC Romashka"_qs;
        c.taxId = u"7701234567"_qs;
        c.taxReasonCode = u"770101001"_qs;
        c.paymentTermsDays = 14;
        c.creditLimit = 5000000;
        c.marketingConsent = true;
        c.tags = {u"wholesale"_qs};
        c.addresses = {{{}, u"Office"_qs, u"Moscow, Tverskaya 1"_qs, true}};
        c.contacts = {{{}, u"Olga Ivanova"_qs, u"Buyer"_qs, u"olga@romashka.ru"_qs, u"+7 495 123-45-68"_qs}};
        c = shop.customers.create(shop.owner, c).value();
        CustomerDialog dialog(shop.services(), shop.owner, c.id);
        dialog.show();
        QTest::qWait(50);
        test::screenshot(&dialog, u"customer-card-details"_qs);
        dialog.tabs()->setCurrentIndex(CustomerDialog::CompanyTab);
        test::screenshot(&dialog, u"customer-card-company"_qs);
        dialog.tabs()->setCurrentIndex(CustomerDialog::AddressesTab);
        test::screenshot(&dialog, u"customer-card-addresses"_qs);
    }
};

QTEST_MAIN(TestCustomerDialog)
#include "TestCustomerDialog.moc"

#include "common/MessageBox.h"
#include "orders/CustomerPicker.h"
#include "orders/OrderEditor.h"
#include "orders/OrderText.h"
#include "orders/QuickCustomerDialog.h"
#include "products/ProductSearchField.h"
#include "support/ModalAnswer.h"
#include "support/StockShop.h"
#include "support/TestData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using test::StockShop;

namespace {

const Id Main = StockService::mainLocationId();

struct Fixture
{
    Fixture()
    {
        Product tea = test::makeProduct(u"TEA"_qs, u"Green tea"_qs, 12345, 7000);
        tea.vatRateBp = 2000;
        this->tea = shop.products.create(shop.owner, tea)->id;
        Product mug = test::makeProduct(u"MUG"_qs, u"Mug"_qs, 59990);
        mug.vatRateBp = 1000;
        this->mug = shop.products.create(shop.owner, mug)->id;
        shop.receive(this->tea, Main, 10, 7000);
        shop.receive(this->mug, Main, 2, 30000);
    }
    Order draft(std::initializer_list<std::pair<Id, qint64>> lines)
    {
        Order o;
        o.customerName = u"Anna"_qs;
        for (const auto& [product, units] : lines) {
            OrderLine l;
            l.productId = product;
            l.quantity = Quantity::fromUnits(units);
            o.lines.append(l);
        }
        return *shop.orders.create(shop.owner, o);
    }
    QString money(qint64 minor) { return OrderText::money(minor, u"RUB"_qs); }

    StockShop shop;
    Id tea;
    Id mug;
};

} // namespace

class TestOrderEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void liveTotalsEqualTheSavedOrder()
    {
        Fixture f;
        OrderEditor editor(f.shop.services(), f.shop.owner);
        QVERIFY(editor.isNew());
        QVERIFY(!editor.isReadOnly());
        QVERIFY(editor.addProduct(f.tea, Quantity::fromUnits(3)));
        QVERIFY(editor.addProduct(f.mug));
        QCOMPARE(editor.linesTable()->rowCount(), 2);
        QCOMPARE(editor.linesTable()->item(0, OrderEditor::UnitPrice)->text(), u"123.45"_qs);
        QCOMPARE(editor.linesTable()->item(0, OrderEditor::LineTotal)->text(), f.money(37035));
        editor.setDiscountText(0, u"10.35"_qs);
        QCOMPARE(editor.linesTable()->item(0, OrderEditor::LineTotal)->text(), f.money(36000));
        editor.orderDiscountEdit()->setText(u"5.55"_qs);
        editor.shippingChargeEdit()->setText(u"300"_qs);
        // 360.00 + 599.90 - 5.55 = 954.35 with VAT inside, plus 300 shipping.
        QCOMPARE(editor.subtotalText(), f.money(95435));
        QCOMPARE(editor.totalText(), f.money(125435));
        const Order shown = *editor.formOrder();

        editor.saveButton()->click();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const Order saved = *f.shop.orders.order(f.shop.owner, editor.orderId());
        QCOMPARE(saved.status, OrderStatus::Draft);
        QCOMPARE(saved.subtotal, shown.subtotal);
        QCOMPARE(saved.vatTotal, shown.vatTotal);
        QCOMPARE(saved.total, shown.total);
        QCOMPARE(editor.subtotalText(), f.money(saved.subtotal));
        QCOMPARE(editor.vatText(), f.money(saved.vatTotal));
        QCOMPARE(editor.shippingText(), f.money(saved.shippingCharge));
        QCOMPARE(editor.totalText(), f.money(saved.total));
        for (int i = 0; i < saved.lines.size(); ++i) {
            QCOMPARE(saved.lines[i].vat, shown.lines[i].vat);
            QCOMPARE(saved.lines[i].total, shown.lines[i].total);
        }

        // Editing the draft again keeps the same figures, and a change shows at once.
        OrderEditor again(f.shop.services(), f.shop.owner, saved.id);
        QVERIFY(!again.isReadOnly());
        QCOMPARE(again.totalText(), f.money(saved.total));
        again.setQuantityText(1, u"2"_qs);
        QCOMPARE(again.totalText(), f.money(saved.total + 59990));
        QVERIFY(again.save());
        QCOMPARE(f.shop.orders.order(f.shop.owner, saved.id)->total, saved.total + 59990);
    }

    void pricesFollowThePermission()
    {
        Fixture f;
        // Support may take orders but not change prices.
        OrderEditor support(f.shop.services(), Actor::withRole(Role::Support, u"Sam"_qs));
        QVERIFY(support.addProduct(f.tea));
        QTableWidgetItem* price = support.linesTable()->item(0, OrderEditor::UnitPrice);
        QVERIFY(!(price->flags() & Qt::ItemIsEditable));
        QVERIFY(support.linesTable()->item(0, OrderEditor::Quantity)->flags() & Qt::ItemIsEditable);
        support.setPriceText(0, u"1.00"_qs);
        QCOMPARE(price->text(), u"123.45"_qs);
        // ... nor see costs: no margin.
        QVERIFY(support.linesTable()->isColumnHidden(OrderEditor::Margin));
        QVERIFY(support.marginText().isEmpty());
        QVERIFY(support.save());
        QCOMPARE(f.shop.orders.order(f.shop.owner, support.orderId())->lines[0].unitPrice, 12345);

        // The owner may sell at another price; it is recorded as such.
        OrderEditor owner(f.shop.services(), f.shop.owner);
        QVERIFY(owner.addProduct(f.tea, Quantity::fromUnits(2)));
        QVERIFY(owner.linesTable()->item(0, OrderEditor::UnitPrice)->flags() & Qt::ItemIsEditable);
        owner.setPriceText(0, u"100"_qs);
        QCOMPARE(owner.totalText(), f.money(20000));
        QVERIFY(!owner.linesTable()->isColumnHidden(OrderEditor::Margin));
        // Cost 70.00 a unit: net of 20 % VAT 166.67 - 140.00.
        QCOMPARE(owner.linesTable()->item(0, OrderEditor::Margin)->text(), f.money(2667));
        QVERIFY(owner.marginText().contains(f.money(2667)));
        QVERIFY(owner.save());
        const Order saved = *f.shop.orders.order(f.shop.owner, owner.orderId());
        QCOMPARE(saved.lines[0].unitPrice, 10000);
        QVERIFY(saved.lines[0].priceOverridden);
    }

    void warnsWhenALineWantsMoreThanIsAvailable()
    {
        Fixture f;
        OrderEditor editor(f.shop.services(), f.shop.owner);
        QVERIFY(editor.addProduct(f.mug, Quantity::fromUnits(2)));
        QTableWidgetItem* available = editor.linesTable()->item(0, OrderEditor::Available);
        QCOMPARE(available->text(), u"2"_qs);
        QVERIFY(available->foreground().color() != OrderText::warningColor());
        editor.setQuantityText(0, u"3"_qs);
        QCOMPARE(available->foreground().color(), OrderText::warningColor());
        QVERIFY(available->toolTip().contains(u"Only 2 available"_qs));
        // The same product picked again adds to its line.
        QVERIFY(editor.addProduct(f.mug));
        QCOMPARE(editor.linesTable()->rowCount(), 1);
        QCOMPARE(editor.linesTable()->item(0, OrderEditor::Quantity)->text(), u"4"_qs);
        // An invalid quantity blocks saving and says why.
        editor.setQuantityText(0, u"two"_qs);
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(editor.errorText().startsWith(u"Line 1"_qs));
        QCOMPARE(editor.totalText(), u"—"_qs);
        editor.setQuantityText(0, u"3"_qs);
        QVERIFY(editor.saveButton()->isEnabled());

        // "Save and confirm" saves the draft, and shows why it cannot be confirmed.
        QVERIFY(!editor.saveAndConfirm());
        QVERIFY(!editor.orderId().isNull());
        QVERIFY(editor.errorText().contains(u"Only 2"_qs));
        QCOMPARE(f.shop.orders.order(f.shop.owner, editor.orderId())->status, OrderStatus::Draft);
        editor.setQuantityText(0, u"2"_qs);
        QVERIFY(editor.saveAndConfirm());
        QCOMPARE(f.shop.orders.order(f.shop.owner, editor.orderId())->status, OrderStatus::Confirmed);
        QCOMPARE(*f.shop.stock.available(f.shop.owner, f.mug), Quantity());
    }

    void headerFieldsAreSaved()
    {
        Fixture f;
        Customer anna;
        anna.name = u"Anna Petrova"_qs;
        anna.phone = u"+7 912 000-11-22"_qs;
        anna.addresses.append(CustomerAddress{{}, u"Home"_qs, u"Kazan, Baumana 1"_qs, true});
        QVERIFY(f.shop.customers.create(f.shop.owner, anna));

        OrderEditor editor(f.shop.services(), f.shop.owner);
        // Marketplace name only for marketplace channels.
        QVERIFY(editor.marketplaceCombo()->isHidden());
        editor.channelCombo()->setCurrentIndex(
            editor.channelCombo()->findData(int(SalesChannel::MarketplaceFbs)));
        QVERIFY(!editor.marketplaceCombo()->isHidden());
        editor.marketplaceCombo()->setEditText(u"Ozon"_qs);
        // The customer is found by a part of the phone number; the address comes with them.
        editor.customerPicker()->lineEdit()->setText(u"000-11"_qs);
        editor.customerPicker()->searchNow();
        QCOMPARE(editor.customerPicker()->matches().size(), 1);
        editor.customerPicker()->choose(0);
        QCOMPARE(editor.shipToEdit()->toPlainText(), u"Kazan, Baumana 1"_qs);
        editor.paymentMethodCombo()->setCurrentIndex(
            editor.paymentMethodCombo()->findData(int(PaymentMethod::CashOnDelivery)));
        editor.shipByCheck()->setChecked(true);
        editor.shipByEdit()->setDate(QDate(2026, 1, 3));
        editor.commissionEdit()->setText(u"12.50"_qs);
        QVERIFY(editor.addProduct(f.tea));
        QVERIFY(editor.save());
        const Order saved = *f.shop.orders.order(f.shop.owner, editor.orderId());
        QCOMPARE(saved.channel, SalesChannel::MarketplaceFbs);
        QCOMPARE(saved.marketplace, u"Ozon"_qs);
        QCOMPARE(saved.customerName, u"Anna Petrova"_qs);
        QVERIFY(!saved.customerId.isNull());
        QCOMPARE(saved.paymentMethod, PaymentMethod::CashOnDelivery);
        QCOMPARE(saved.commission, 1250);
        QVERIFY(saved.shipBy);
        QCOMPARE(OrderText::localDate(*saved.shipBy), QDate(2026, 1, 3));
        QCOMPARE(OrderText::promisedDate(*saved.shipBy),
                 QLocale().toString(QDate(2026, 1, 3), QLocale::ShortFormat));
    }

    void quickNewCustomer()
    {
        Fixture f;
        Customer existing;
        existing.name = u"Boris"_qs;
        existing.phone = u"+7 900 123-45-67"_qs;
        QVERIFY(f.shop.customers.create(f.shop.owner, existing));

        OrderEditor editor(f.shop.services(), f.shop.owner);
        QVERIFY(editor.customerPicker()->newButton()->isVisibleTo(&editor));
        test::answerNextModal<QuickCustomerDialog>([](QuickCustomerDialog* d) {
            d->nameEdit()->setText(u"Vera"_qs);
            d->phoneEdit()->setText(u"8 (901) 555-00-00"_qs);
            d->emailEdit()->setText(u"vera@example.com"_qs);
            d->createButton()->click();
        });
        QVERIFY(editor.customerPicker()->createCustomer());
        QCOMPARE(editor.customerPicker()->lineEdit()->text(), u"Vera"_qs);
        auto vera = f.shop.customers.customer(f.shop.owner, editor.customerPicker()->customerId());
        QVERIFY(vera);
        QCOMPARE(vera->email, u"vera@example.com"_qs);

        // The same phone again: the existing customer is offered and taken.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        test::answerNextModal<QuickCustomerDialog>([](QuickCustomerDialog* d) {
            d->nameEdit()->setText(u"Boris P."_qs);
            d->phoneEdit()->setText(u"9001234567"_qs);
            d->createButton()->click();
        });
        QVERIFY(editor.customerPicker()->createCustomer());
        QCOMPARE(editor.customerPicker()->lineEdit()->text(), u"Boris"_qs);
        QCOMPARE(*f.shop.customers.count(f.shop.owner), 2);

        // Without ManageCustomers there is no quick create.
        Actor clerk = Actor::withRole(Role::Support);
        clerk.permissions.setFlag(Permission::ManageCustomers, false);
        OrderEditor limited(f.shop.services(), clerk);
        QVERIFY(!limited.customerPicker()->newButton()->isVisibleTo(&limited));
    }

    void otherStatesAreReadOnlyWithHistory()
    {
        Fixture f;
        Order o = f.draft({{f.tea, 2}});
        QVERIFY(f.shop.orders.confirm(f.shop.owner, o.id));
        OrderEditor editor(f.shop.services(), f.shop.owner, o.id);
        QVERIFY(editor.isReadOnly());
        QVERIFY(editor.saveButton()->isHidden());
        QVERIFY(editor.saveAndConfirmButton()->isHidden());
        QVERIFY(editor.productPicker()->isHidden());
        QVERIFY(!(editor.linesTable()->item(0, OrderEditor::Quantity)->flags() & Qt::ItemIsEditable));
        QVERIFY(editor.linesTable()->isColumnHidden(OrderEditor::Available));
        QVERIFY(!editor.linesTable()->isColumnHidden(OrderEditor::Reserved));
        QCOMPARE(editor.linesTable()->item(0, OrderEditor::Reserved)->text(), u"2"_qs);
        QCOMPARE(editor.historyTable()->rowCount(), 1);
        QCOMPARE(editor.historyTable()->item(0, 1)->text(), u"Draft → Confirmed"_qs);
        QVERIFY(!editor.addProduct(f.mug));
        QCOMPARE(editor.totalText(), f.money(24690));

        // A draft is read-only for a warehouse worker, who may not manage orders.
        Order d = f.draft({{f.mug, 1}});
        OrderEditor warehouse(f.shop.services(), Actor::withRole(Role::Warehouse), d.id);
        QVERIFY(warehouse.isReadOnly());
        QVERIFY(warehouse.historyTable()->parentWidget()->isVisibleTo(&warehouse));
        QCOMPARE(warehouse.historyTable()->rowCount(), 0);
    }

    void asksBeforeDroppingChanges()
    {
        Fixture f;
        Order d = f.draft({{f.mug, 1}});
        OrderEditor editor(f.shop.services(), f.shop.owner, d.id);
        editor.show();
        editor.setQuantityText(0, u"2"_qs);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        editor.reject();
        QVERIFY(editor.isVisible());
        MessageBox::setNextAnswer(QMessageBox::Save);
        editor.reject();
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(f.shop.orders.order(f.shop.owner, d.id)->lines[0].quantity, Quantity::fromUnits(2));
    }
};

QTEST_MAIN(TestOrderEditor)
#include "TestOrderEditor.moc"

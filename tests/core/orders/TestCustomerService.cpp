#include "support/Must.h"
#include "support/StockShop.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using test::must;
using test::StockShop;

namespace {

Customer person(const QString& name, const QString& email = {}, const QString& phone = {})
{
    Customer c;
    c.name = name;
    c.email = email;
    c.phone = phone;
    return c;
}

} // namespace

// Customers: validation, duplicates by email and phone, B2B details, addresses and contacts,
// search, permissions, and the history figures of the card.
class TestCustomerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneKeys()
    {
        QCOMPARE(CustomerService::phoneKey(u"+7 (912) 345-67-89"_qs), u"9123456789"_qs);
        QCOMPARE(CustomerService::phoneKey(u"8 912 345 67 89"_qs), u"9123456789"_qs);
        QCOMPARE(CustomerService::phoneKey(u"345-67-89"_qs), u"3456789"_qs);
        QCOMPARE(CustomerService::phoneKey(u""_qs), QString());
    }

    void createValidatesAndFindsDuplicates()
    {
        StockShop shop;
        QSignalSpy changed(&shop.customers, &CustomerService::customersChanged);
        const Customer anna = must(shop.customers.create(
            shop.owner, person(u"Анна Петрова"_qs, u"Anna@Mail.ru"_qs, u"+7 912 345-67-89"_qs)));
        QVERIFY(!anna.id.isNull());
        QCOMPARE(changed.count(), 1);

        auto sameEmail = shop.customers.create(shop.owner, person(u"А. Петрова"_qs, u" anna@mail.RU "_qs));
        QVERIFY(!sameEmail);
        QCOMPARE(sameEmail.error().code, ErrorCode::Conflict);
        QCOMPARE(sameEmail.error().field, u"email"_qs);
        QVERIFY(sameEmail.error().message.contains(u"Анна Петрова"_qs));
        auto samePhone = shop.customers.create(shop.owner, person(u"Анна"_qs, {}, u"8 (912) 3456789"_qs));
        QVERIFY(!samePhone);
        QCOMPARE(samePhone.error().field, u"phone"_qs);
        QCOMPARE(must(shop.customers.findDuplicates(shop.owner, {}, u"89123456789"_qs)).value(0).id, anna.id);
        // The user looked and wants a second record anyway.
        QVERIFY(shop.customers.create(shop.owner, person(u"Анна (работа)"_qs, {}, u"+79123456789"_qs), true));
        QCOMPARE(must(shop.customers.count(shop.owner)), 2);

        QCOMPARE(shop.customers.create(shop.owner, person(u"  "_qs)).error().field, u"name"_qs);
        QCOMPARE(shop.customers.create(shop.owner, person(u"X"_qs, u"not-an-email"_qs)).error().field,
                 u"email"_qs);
        QCOMPARE(shop.customers.create(shop.owner, person(u"X"_qs, {}, u"12"_qs)).error().field, u"phone"_qs);
        QCOMPARE(shop.customers.create(Actor::withRole(Role::Warehouse), person(u"X"_qs)).error().code,
                 ErrorCode::PermissionDenied);
        // Support keeps customers but does not decide their prices.
        Customer priced = person(u"Y"_qs);
        priced.priceListId = Id::create();
        QCOMPARE(shop.customers.create(Actor::withRole(Role::Support), priced).error().code,
                 ErrorCode::PermissionDenied);
    }

    void companiesWithAddressesAndContacts()
    {
        StockShop shop;
        Customer c = person(u"ООО «Ромашка»"_qs, u"zakaz@romashka.ru"_qs);
        c.kind = CustomerKind::Company;
        c.legalName = u"Общество с ограниченной ответственностью «Ромашка»"_qs;
        c.taxId = u"7701234567"_qs;
        c.taxReasonCode = u"770101001"_qs;
        c.paymentTermsDays = 14;
        c.creditLimit = 50000000;
        c.tags = {u"опт"_qs, u"b2b"_qs};
        c.addresses = {CustomerAddress{{}, u"Склад"_qs, u"Москва, ул. Складская, 1"_qs, false},
                       CustomerAddress{{}, u"Офис"_qs, u"Москва, Тверская, 7"_qs, true}};
        c.contacts = {CustomerContact{{}, u"Иван Сидоров"_qs, u"закупщик"_qs, u"ivan@romashka.ru"_qs, {}}};
        c.marketingConsent = true;
        const Customer saved = must(shop.customers.create(shop.owner, c));
        QVERIFY(saved.consentAt.has_value());
        QCOMPARE(saved.addresses.size(), 2);
        QCOMPARE(saved.defaultAddress(), u"Москва, Тверская, 7"_qs);
        QCOMPARE(saved.contacts.value(0).role, u"закупщик"_qs);
        QCOMPARE(saved.tags, (QStringList{u"опт"_qs, u"b2b"_qs}));
        QCOMPARE(saved.creditLimit, std::optional<qint64>(50000000));

        Customer edited = saved;
        edited.addresses.removeFirst();
        edited.marketingConsent = false;
        must(shop.customers.update(shop.owner, edited));
        const Customer again = must(shop.customers.customer(shop.owner, saved.id));
        QCOMPARE(again.addresses.size(), 1);
        QCOMPARE(again.addresses[0].id, saved.addresses[1].id); // kept rows keep their id
        QVERIFY(!again.consentAt.has_value());

        // A new order takes the customer's name and default address.
        Order o;
        o.customerId = saved.id;
        const Order made = must(shop.orders.create(shop.owner, o));
        QCOMPARE(made.customerName, u"ООО «Ромашка»"_qs);
        QCOMPARE(made.shipTo, u"Москва, Тверская, 7"_qs);
    }

    void searchAndList()
    {
        StockShop shop;
        must(shop.customers.create(shop.owner, person(u"Ёлкина Ольга"_qs, u"olga@example.com"_qs)));
        must(shop.customers.create(shop.owner, person(u"Борис"_qs, {}, u"+7 903 111-22-33"_qs)));
        const Customer z = must(shop.customers.create(shop.owner, person(u"Zoe"_qs)));
        must(shop.customers.setArchived(shop.owner, z.id, true));
        const auto all = must(shop.customers.list(shop.owner));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].name, u"Борис"_qs);
        CustomerFilter f;
        f.text = u"елкина"_qs; // ё and case folded
        QCOMPARE(must(shop.customers.list(shop.owner, f)).value(0).name, u"Ёлкина Ольга"_qs);
        f.text = u"1112233"_qs;
        QCOMPARE(must(shop.customers.list(shop.owner, f)).value(0).name, u"Борис"_qs);
        f.text.clear();
        f.includeArchived = true;
        QCOMPARE(must(shop.customers.list(shop.owner, f)).size(), 3);
    }

    void historyFiguresOfTheCard()
    {
        StockShop shop;
        const Id a = shop.product(u"A"_qs);
        shop.receive(a, StockService::mainLocationId(), 50);
        const Customer c = must(shop.customers.create(shop.owner, person(u"Вера"_qs)));
        QList<Order> orders;
        for (qint64 n : {2, 4, 6}) {
            shop.tmp.clock().advanceMs(24 * 3600 * 1000);
            Order d;
            d.customerId = c.id;
            d.lines = {must(shop.orders.lineFor(shop.owner, a, Quantity::fromUnits(n)))};
            const Order o = must(shop.orders.create(shop.owner, d));
            must(shop.orders.confirm(shop.owner, o.id));
            must(shop.orders.ship(shop.owner, o.id));
            orders.append(o);
        }
        // A draft and a cancelled order do not count.
        Order draft;
        draft.customerId = c.id;
        draft.lines = {must(shop.orders.lineFor(shop.owner, a, Quantity::fromUnits(1)))};
        must(shop.orders.cancel(shop.owner, must(shop.orders.create(shop.owner, draft)).id));
        must(shop.orders.create(shop.owner, draft));
        Return r;
        r.orderId = orders[2].id;
        ReturnLine rl;
        rl.orderLineId = orders[2].lines[0].id;
        rl.quantity = Quantity::fromUnits(3);
        r.lines = {rl};
        must(shop.returns.receive(shop.owner, must(shop.returns.create(shop.owner, r)).id));

        const CustomerStats s = must(shop.customers.stats(shop.owner, c.id));
        QCOMPARE(s.orders, 3);
        QCOMPARE(s.lifetimeValue, qint64(12 * 10000));
        QCOMPARE(s.averageOrderValue, qint64(40000));
        QCOMPARE(s.firstOrderAt, std::optional<qint64>(orders[0].orderedAt));
        QCOMPARE(s.lastOrderAt, std::optional<qint64>(orders[2].orderedAt));
        QCOMPARE(s.returns, 1);
        QCOMPARE(s.unitsShipped, Quantity::fromUnits(12));
        QCOMPARE(s.unitsReturned, Quantity::fromUnits(3));
        QCOMPARE(s.returnRateBp, std::optional<int>(2500));
        QCOMPARE(must(shop.customers.list(shop.owner)).value(0).orders, 3);
    }
};

QTEST_GUILESS_MAIN(TestCustomerService)
#include "TestCustomerService.moc"

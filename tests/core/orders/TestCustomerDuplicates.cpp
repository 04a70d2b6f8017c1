#include "orders/CustomerService.h"
#include "support/TempDatabase.h"

#include <QTest>

using namespace kontor;

// Duplicate detection by email and phone (CustomerService::findDuplicates), which create() runs
// for every new customer: it must find the same customers through the indexes that a scan would.
class TestCustomerDuplicates : public QObject
{
    Q_OBJECT

private:
    static Customer person(const QString& name, const QString& email, const QString& phone)
    {
        Customer c;
        c.name = name;
        c.email = email;
        c.phone = phone;
        return c;
    }

private Q_SLOTS:
    void foundByEmailOrPhoneOnly()
    {
        test::TempDatabase t;
        CustomerService service(t.db());
        const Actor owner = Actor::owner();
        const Customer anna =
            service.create(owner, person(u"Анна"_qs, u"Anna@Example.ru"_qs, u"+7 (912) 345-67-89"_qs))
                .value();
        const Customer boris = service.create(owner, person(u"Борис"_qs, {}, u"8 912 000-11-22"_qs)).value();
        const Customer vera = service.create(owner, person(u"Вера"_qs, u"vera@example.ru"_qs, {})).value();
        QVERIFY(service.create(owner, person(u"Без контактов"_qs, {}, {})));

        auto names = [&](const QString& email, const QString& phone, const Id& except = {}) {
            QStringList found;
            const QList<Customer> duplicates = service.findDuplicates(owner, email, phone, except).value();
            for (const Customer& c : duplicates)
                found.append(c.name);
            return found;
        };
        QCOMPARE(names(u" anna@example.RU "_qs, {}), QStringList{u"Анна"_qs});
        QCOMPARE(names({}, u"9123456789"_qs), QStringList{u"Анна"_qs});
        QCOMPARE(names(u"vera@example.ru"_qs, u"+79120001122"_qs), (QStringList{u"Борис"_qs, u"Вера"_qs}));
        QCOMPARE(names(u"vera@example.ru"_qs, {}, vera.id), QStringList());
        // Empty or too short contacts match nobody, not the customers without them.
        QCOMPARE(names({}, {}), QStringList());
        QCOMPARE(names({}, u"123"_qs), QStringList());
        QCOMPARE(names(u"nobody@example.ru"_qs, u"+7 999 999-99-99"_qs), QStringList());

        // create() refuses a duplicate and says whose; allowDuplicate lets it through.
        auto twice = service.create(owner, person(u"Анна 2"_qs, u"ANNA@example.ru"_qs, {}));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
        QVERIFY(twice.error().message.contains(anna.name));
        QVERIFY(service.create(owner, person(u"Анна 2"_qs, u"ANNA@example.ru"_qs, {}), true));
        Q_UNUSED(boris);
    }
};

QTEST_GUILESS_MAIN(TestCustomerDuplicates)
#include "TestCustomerDuplicates.moc"

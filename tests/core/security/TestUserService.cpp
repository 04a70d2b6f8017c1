#include "security/AuditLog.h"
#include "security/UserService.h"
#include "support/Must.h"
#include "support/TempDatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

// The shop's users: the owner is always there; others are added, renamed and deactivated by whoever
// may manage users, and every change is audited.
class TestUserService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theOwnerIsThereFromTheStart()
    {
        TempDatabase tmp;
        UserService users(tmp.db());
        const auto all = must(users.list(Actor::owner()));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].id, Actor::ownerId());
        QCOMPARE(all[0].id, Actor::owner().userId);
        QCOMPARE(all[0].role, Role::Owner);
        QCOMPARE(all[0].displayName(), u"Owner"_qs);
        QCOMPARE(users.setActive(Actor::owner(), Actor::ownerId(), false).error().field, u"active"_qs);
    }

    void addRenameDeactivate()
    {
        TempDatabase tmp;
        UserService users(tmp.db());
        QSignalSpy changed(&users, &UserService::usersChanged);
        const Actor owner = Actor::owner();
        User anna = must(users.save(owner, User{{}, u" Анна "_qs, Role::Support, u"anna@shop.ru"_qs, true}));
        QCOMPARE(anna.name, u"Анна"_qs);
        must(users.save(owner, User{{}, u"Борис"_qs, Role::Warehouse, {}, true}));
        QCOMPARE(users.save(owner, User{{}, u"анна"_qs, Role::Manager, {}, true}).error().field, u"name"_qs);
        QCOMPARE(users.save(owner, User{{}, u"Второй"_qs, Role::Owner, {}, true}).error().field, u"role"_qs);
        QCOMPARE(users.save(owner, User{{}, u" "_qs, Role::Support, {}, true}).error().field, u"name"_qs);

        anna.role = Role::Manager;
        anna = must(users.save(owner, anna));
        must(users.setActive(owner, anna.id, false));
        QCOMPARE(changed.count(), 4);
        QStringList names;
        for (const User& u : must(users.list(owner)))
            names.append(u.displayName());
        QCOMPARE(names, (QStringList{u"Owner"_qs, u"Борис"_qs}));
        QCOMPARE(must(users.list(owner, true)).size(), 3);
        QCOMPARE(must(users.user(owner, anna.id)).role, Role::Manager);
        QVERIFY(!must(users.user(owner, anna.id)).active);

        const auto audit = must(AuditLog::entries(tmp.db().connection(), anna.id));
        QCOMPARE(audit.size(), 3);

        for (Role role : {Role::Manager, Role::Support, Role::Warehouse})
            QCOMPARE(
                users.save(Actor::withRole(role), User{{}, u"Вера"_qs, Role::Support, {}, true}).error().code,
                ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"

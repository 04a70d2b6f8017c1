#include "security/AuditService.h"
#include "support/Must.h"
#include "support/TempDatabase.h"

#include <QTest>

using namespace kontor;
using namespace kontor::test;

// Searching the audit log: newest first, by words in any case (Cyrillic too) in the action, the
// object and the values before and after, by user, kind of object and period, page by page; only
// for those who may view it; the log itself cannot be changed.
class TestAuditService : public QObject
{
    Q_OBJECT

    static constexpr qint64 Day = 24 * 3600 * 1000;
    static constexpr qint64 Start = 1767225600000; // 2026-01-01 00:00 UTC

    // Five entries, one a day from 1 January: by the owner and by Anna.
    static void fill(TempDatabase& tmp)
    {
        Connection& c = tmp.db().connection();
        const Actor owner = Actor::owner();
        const Actor anna = Actor::withRole(Role::Manager, u"Анна"_qs, Id::create());
        const Id socks = Id::create();
        must(AuditLog::record(c, owner, Start, u"product.create", u"product", socks, u"Носки шерстяные"_qs,
                              {}, {{u"price"_qs, 49900}}));
        must(AuditLog::record(c, anna, Start + Day, u"product.update", u"product", socks,
                              u"Носки шерстяные"_qs, {{u"price"_qs, 49900}}, {{u"price"_qs, 45900}}));
        must(AuditLog::record(c, anna, Start + 2 * Day, u"order.refund", u"sales_order", Id::create(),
                              u"SO-00042"_qs, {{u"refunded_amount"_qs, 0}},
                              {{u"refunded_amount"_qs, 45900}}));
        must(AuditLog::record(c, owner, Start + 3 * Day, u"user.create", u"users", Id::create(), u"Борис"_qs,
                              {}, {{u"role"_qs, u"warehouse"_qs}}));
        must(AuditLog::record(c, owner, Start + 4 * Day, u"settings.vat_change", u"settings", Id::create(),
                              u"ЁЛКА и НДС"_qs, {}, {{u"new_bp"_qs, 2200}}));
    }

    static QStringList actions(const QList<AuditEntry>& entries)
    {
        QStringList out;
        for (const AuditEntry& e : entries)
            out.append(e.action);
        return out;
    }

private Q_SLOTS:
    void newestFirstWithEverything()
    {
        TempDatabase tmp;
        fill(tmp);
        AuditService audit(tmp.db());
        const QList<AuditEntry> all = must(audit.search(Actor::owner(), {}));
        QCOMPARE(actions(all), (QStringList{u"settings.vat_change"_qs, u"user.create"_qs, u"order.refund"_qs,
                                            u"product.update"_qs, u"product.create"_qs}));
        const AuditEntry& change = all[3];
        QCOMPARE(change.userName, u"Анна"_qs);
        QCOMPARE(change.at, Start + Day);
        QCOMPARE(change.before.value(u"price"_qs).toInt(), 49900);
        QCOMPARE(change.after.value(u"price"_qs).toInt(), 45900);
        QVERIFY(all[0].seq > all[1].seq);
    }

    void wordsInAnyCaseAnywhere()
    {
        TempDatabase tmp;
        fill(tmp);
        AuditService audit(tmp.db());
        const auto find = [&](const QString& text) {
            AuditFilter f;
            f.text = text;
            return actions(must(audit.search(Actor::owner(), f)));
        };
        // Cyrillic in another case; ё and е alike.
        QCOMPARE(find(u"НОСКИ"_qs), (QStringList{u"product.update"_qs, u"product.create"_qs}));
        QCOMPARE(find(u"елка"_qs), QStringList{u"settings.vat_change"_qs});
        // A value before or after, the action and the object's label; every word must match.
        QCOMPARE(find(u"45900"_qs), (QStringList{u"order.refund"_qs, u"product.update"_qs}));
        QCOMPARE(find(u"refund so-00042"_qs), QStringList{u"order.refund"_qs});
        QCOMPARE(find(u"носки refund"_qs), QStringList());
        QCOMPARE(find(u"WAREHOUSE"_qs), QStringList{u"user.create"_qs});
        // LIKE's wildcards are plain characters here.
        QCOMPARE(find(u"%"_qs), QStringList());
    }

    void byUserKindAndPeriodPageByPage()
    {
        TempDatabase tmp;
        fill(tmp);
        AuditService audit(tmp.db());
        AuditFilter f;
        f.userName = u"Анна"_qs;
        QCOMPARE(actions(must(audit.search(Actor::owner(), f))),
                 (QStringList{u"order.refund"_qs, u"product.update"_qs}));
        f = {};
        f.entity = u"product"_qs;
        QCOMPARE(must(audit.search(Actor::owner(), f)).size(), 2);
        // 2 and 3 January: from the start of the 2nd, before the start of the 4th.
        f = {};
        f.fromMs = Start + Day;
        f.toMs = Start + 3 * Day;
        QCOMPARE(actions(must(audit.search(Actor::owner(), f))),
                 (QStringList{u"order.refund"_qs, u"product.update"_qs}));
        // Two at a time.
        f = {};
        f.limit = 2;
        const QList<AuditEntry> first = must(audit.search(Actor::owner(), f));
        QCOMPARE(actions(first), (QStringList{u"settings.vat_change"_qs, u"user.create"_qs}));
        f.beforeSeq = first.last().seq;
        const QList<AuditEntry> second = must(audit.search(Actor::owner(), f));
        QCOMPARE(actions(second), (QStringList{u"order.refund"_qs, u"product.update"_qs}));
        f.beforeSeq = second.last().seq;
        QCOMPARE(actions(must(audit.search(Actor::owner(), f))), QStringList{u"product.create"_qs});

        QCOMPARE(must(audit.userNames(Actor::owner())), (QStringList{u"Owner"_qs, u"Анна"_qs}));
        QCOMPARE(must(audit.entities(Actor::owner())),
                 (QStringList{u"product"_qs, u"sales_order"_qs, u"settings"_qs, u"users"_qs}));
    }

    void onlyForThoseWhoMayViewIt()
    {
        TempDatabase tmp;
        fill(tmp);
        AuditService audit(tmp.db());
        for (Role role : {Role::Manager, Role::Support, Role::Warehouse}) {
            const Actor actor = Actor::withRole(role);
            QCOMPARE(audit.search(actor, {}).error().code, ErrorCode::PermissionDenied);
            QCOMPARE(audit.userNames(actor).error().code, ErrorCode::PermissionDenied);
        }
        Actor accountant = Actor::withRole(Role::Support, u"Бухгалтер"_qs);
        accountant.permissions = Permission::ViewAuditLog;
        QCOMPARE(must(audit.search(accountant, {})).size(), 5);
    }

    void theLogCannotBeChanged()
    {
        TempDatabase tmp;
        fill(tmp);
        Connection& c = tmp.db().connection();
        QVERIFY(!c.query("UPDATE audit_log SET user_name = 'someone else'").run());
        QVERIFY(!c.query("DELETE FROM audit_log").run());
        QCOMPARE(must(AuditService(tmp.db()).search(Actor::owner(), {})).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestAuditService)
#include "TestAuditService.moc"

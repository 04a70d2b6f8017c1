#include "orders/ShopDetailsService.h"
#include "security/AuditLog.h"
#include "support/TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

ShopDetails sample()
{
    ShopDetails d;
    d.shopName = u"Ромашка"_qs;
    d.legalName = u"ООО «Ромашка»"_qs;
    d.taxId = u"7707083893"_qs;
    d.taxReasonCode = u"773601001"_qs;
    d.ogrn = u"1027700132195"_qs;
    d.legalAddress = u"117997, Москва,\nул. Вавилова, д. 19"_qs;
    d.phone = u"+7 495 500-55-50"_qs;
    d.email = u"shop@romashka.example"_qs;
    d.bankName = u"ПАО Сбербанк"_qs;
    d.bankBic = u"044525225"_qs;
    d.bankAccount = u"40702810938000012345"_qs;
    d.correspondentAccount = u"30101810400000000225"_qs;
    d.vatNote = u"Без НДС (УСН)"_qs;
    return d;
}

} // namespace

class TestShopDetailsService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAtFirst()
    {
        TempDatabase tmp;
        ShopDetailsService service(tmp.db());
        auto d = service.details(Actor::owner());
        QVERIFY(d);
        QCOMPARE(*d, ShopDetails());
    }

    void roundTrip()
    {
        TempDatabase tmp;
        ShopDetailsService service(tmp.db());
        QSignalSpy changed(&service, &ShopDetailsService::detailsChanged);
        auto saved = service.save(Actor::owner(), sample());
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(*saved, sample());
        // It is stored, not only returned: a fresh service after a restart reads the same.
        tmp.reopen();
        ShopDetailsService again(tmp.db());
        auto d = again.details(Actor::withRole(Role::Warehouse));
        QVERIFY(d);
        QCOMPARE(*d, sample());
        QCOMPARE(d->sellerName(), u"ООО «Ромашка»"_qs);
    }

    void codesAreStoredWithoutSpaces()
    {
        TempDatabase tmp;
        ShopDetailsService service(tmp.db());
        ShopDetails d = sample();
        d.bankAccount = u" 4070 2810 9380 0001 2345 "_qs;
        d.taxReasonCode = u"773601001"_qs;
        d.legalName = u"  ООО «Ромашка»  "_qs;
        auto saved = service.save(Actor::owner(), d);
        QVERIFY(saved);
        QCOMPARE(saved->bankAccount, u"40702810938000012345"_qs);
        QCOMPARE(saved->legalName, u"ООО «Ромашка»"_qs);
        QCOMPARE(service.details(Actor::owner())->bankAccount, u"40702810938000012345"_qs);
    }

    void supportMayReadButNotSave()
    {
        TempDatabase tmp;
        ShopDetailsService service(tmp.db());
        QVERIFY(service.save(Actor::owner(), sample()));
        const Actor support = Actor::withRole(Role::Support, u"Sam"_qs);
        QCOMPARE(service.details(support)->taxId, u"7707083893"_qs);
        ShopDetails changed = sample();
        changed.legalName = u"ООО «Василёк»"_qs;
        auto refused = service.save(support, changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(service.details(Actor::owner())->legalName, u"ООО «Ромашка»"_qs);
    }

    void changeLogRowPerChangedKey()
    {
        TempDatabase tmp;
        ShopDetailsService service(tmp.db());
        QVERIFY(service.save(Actor::owner(), sample()));
        auto count = [&](const QString& key) {
            auto q = tmp.db().connection().query(
                "SELECT COUNT(*) FROM change_log WHERE table_name = 'shop_settings' AND row_id = ?");
            q.bind(ShopDetailsService::rowId(key));
            return q.scalarInt().value().value_or(-1);
        };
        QCOMPARE(count(u"shop.legal_name"_qs), 1);
        QCOMPARE(count(u"shop.tax_id"_qs), 1);

        ShopDetails changed = sample();
        changed.legalName = u"ООО «Василёк»"_qs;
        QVERIFY(service.save(Actor::owner(), changed));
        QCOMPARE(count(u"shop.legal_name"_qs), 2);
        QCOMPARE(count(u"shop.tax_id"_qs), 1); // unchanged keys write nothing

        // The row carries the key and the new value, and its stamp is the row's.
        auto q =
            tmp.db().connection().query("SELECT c.payload, c.op, c.hlc = s.hlc FROM change_log c JOIN "
                                        "shop_settings s ON s.key = 'shop.legal_name' WHERE c.table_name "
                                        "= 'shop_settings' AND c.row_id = ? ORDER BY c.seq DESC LIMIT 1");
        q.bind(ShopDetailsService::rowId(u"shop.legal_name"));
        QVERIFY(q.next().value());
        const QJsonObject payload = QJsonDocument::fromJson(q.text(0).toUtf8()).object();
        QCOMPARE(payload.value(u"key"_qs).toString(), u"shop.legal_name"_qs);
        QCOMPARE(payload.value(u"value"_qs).toString(), u"ООО «Василёк»"_qs);
        QCOMPARE(q.text(1), u"update"_qs);
        QCOMPARE(q.int64(2), 1);
        q.reset();

        // Saving the same again changes nothing and signals nothing.
        QSignalSpy changedSpy(&service, &ShopDetailsService::detailsChanged);
        QVERIFY(service.save(Actor::owner(), changed));
        QCOMPARE(count(u"shop.legal_name"_qs), 2);
        QCOMPARE(changedSpy.count(), 0);
    }

    void auditEntryWithBeforeAndAfter()
    {
        TempDatabase tmp;
        ShopDetailsService service(tmp.db());
        QVERIFY(service.save(Actor::owner(), sample()));
        ShopDetails changed = sample();
        changed.phone = u"+7 495 000-00-00"_qs;
        QVERIFY(service.save(Actor::owner(), changed));
        auto entries = AuditLog::entries(tmp.db().connection(), ShopDetailsService::rowId(u"shop"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        const AuditEntry& last = entries->first();
        QCOMPARE(last.action, u"shop.update"_qs);
        QCOMPARE(last.before.value(u"shop.phone"_qs).toString(), u"+7 495 500-55-50"_qs);
        QCOMPARE(last.after.value(u"shop.phone"_qs).toString(), u"+7 495 000-00-00"_qs);
        QVERIFY(!last.after.contains(u"shop.tax_id"_qs));
    }

    void rowIdIsTheSameOnEveryDevice()
    {
        QCOMPARE(ShopDetailsService::rowId(u"shop.tax_id"), ShopDetailsService::rowId(u"shop.tax_id"));
        QVERIFY(ShopDetailsService::rowId(u"shop.tax_id") != ShopDetailsService::rowId(u"shop.ogrn"));
        QVERIFY(!ShopDetailsService::rowId(u"shop.tax_id").isNull());
    }

    void checks_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field"); // empty: accepted

        QTest::newRow("sole trader INN") << u"shop.tax_id"_qs << u"500100732259"_qs << QString();
        QTest::newRow("INN check digit") << u"shop.tax_id"_qs << u"7707083894"_qs << u"tax_id"_qs;
        QTest::newRow("INN length") << u"shop.tax_id"_qs << u"77070838"_qs << u"tax_id"_qs;
        QTest::newRow("INN letters") << u"shop.tax_id"_qs << u"77070838AB"_qs << u"tax_id"_qs;
        QTest::newRow("KPP with letters") << u"shop.tax_reason_code"_qs << u"7736AB001"_qs << QString();
        QTest::newRow("KPP length") << u"shop.tax_reason_code"_qs << u"77360100"_qs << u"tax_reason_code"_qs;
        QTest::newRow("OGRN check digit") << u"shop.ogrn"_qs << u"1027700132194"_qs << u"ogrn"_qs;
        QTest::newRow("BIC length") << u"shop.bank_bic"_qs << u"04452522"_qs << u"bank_bic"_qs;
        QTest::newRow("account digit typo")
            << u"shop.bank_account"_qs << u"40702810938000012346"_qs << u"bank_account"_qs;
        QTest::newRow("account length")
            << u"shop.bank_account"_qs << u"4070281093800001234"_qs << u"bank_account"_qs;
        QTest::newRow("corr. account typo")
            << u"shop.correspondent_account"_qs << u"30101810400000000226"_qs << u"correspondent_account"_qs;
        QTest::newRow("email") << u"shop.email"_qs << u"shop.romashka.example"_qs << u"email"_qs;
        QTest::newRow("all optional") << u"shop.ogrn"_qs << QString() << QString();
    }

    void checks()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, field);
        ShopDetails d = sample();
        for (const ShopDetailsField& f : ShopDetailsFields::all()) {
            if (f.key == key)
                d.*f.member = value;
        }
        if (key == u"shop.tax_id" && value.size() == 12)
            d.taxReasonCode.clear(); // a sole trader has no КПП
        TempDatabase tmp;
        ShopDetailsService service(tmp.db());
        auto saved = service.save(Actor::owner(), d);
        if (field.isEmpty()) {
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
            return;
        }
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Invalid);
        QCOMPARE(saved.error().field, field);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(*service.details(Actor::owner()), ShopDetails()); // nothing saved
    }

    void soleTraderHasNoKpp()
    {
        ShopDetails d = sample();
        d.taxId = u"500100732259"_qs;
        auto checked = ShopDetailsService::check(d);
        QVERIFY(!checked);
        QCOMPARE(checked.error().field, u"tax_reason_code"_qs);
    }

    void accountNeedsBic()
    {
        ShopDetails d = sample();
        d.bankBic.clear();
        auto checked = ShopDetailsService::check(d);
        QVERIFY(!checked);
        QCOMPARE(checked.error().field, u"bank_bic"_qs);
    }
};

QTEST_GUILESS_MAIN(TestShopDetailsService)
#include "TestShopDetailsService.moc"

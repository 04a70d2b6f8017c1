#include "security/AuditLog.h"
#include "support/Must.h"
#include "support/StockShop.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace kontor;
using test::must;
using test::StockShop;

namespace {

Supplier named(const QString& name)
{
    Supplier s;
    s.name = name;
    return s;
}

Contract draftFor(const Id& supplierId, const QString& number, QDate from, QDate to = {})
{
    Contract k;
    k.supplierId = supplierId;
    k.number = number;
    k.validFrom = from;
    k.validTo = to;
    return k;
}

qint64 scalar(Database& db, const char* sql)
{
    auto q = db.connection().query(sql);
    return must(q.scalarInt()).value_or(-1);
}

// Midday UTC of the day: the same date in any time zone from UTC-11 to UTC+11.
qint64 middayOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

ContractTerms someTerms()
{
    ContractTerms t;
    t.leadTimeDays = 14;
    t.businessDays = true;
    t.startEvent = StartEvent::Prepayment;
    t.lateBpPerDay = 10;
    t.lateCapBp = 1000;
    t.capBasis = CapBasis::Order;
    t.defect = {PenaltyKind::PerUnit, 5000};
    t.missort = {PenaltyKind::Percent, 300};
    t.shortageBp = 500;
    t.claimDays = 10;
    return t;
}

} // namespace

// Suppliers, their contacts and products, contracts from draft to terminated with the terms fixed
// once active, the contract that applies on a day, renewal reminders, files, the working-day
// calendar, and who may do what.
class TestSupplierService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createUpdateArchive()
    {
        StockShop shop;
        QSignalSpy changed(&shop.suppliers, &SupplierService::suppliersChanged);
        Supplier draft = named(u"  Текстиль-Опт  "_qs);
        draft.legalName = u"ООО «Текстиль-Опт»"_qs;
        draft.taxId = u"7701234567"_qs;
        draft.email = u"opt@textile.ru"_qs;
        draft.models = SupplierModel::OwnStock | SupplierModel::MarketplaceFbo;
        const Supplier s = must(shop.suppliers.create(shop.owner, draft));
        QVERIFY(!s.id.isNull());
        QCOMPARE(s.name, u"Текстиль-Опт"_qs);
        QCOMPARE(s.currency, u"RUB"_qs); // the shop's
        QCOMPARE(s.models, SupplierModel::OwnStock | SupplierModel::MarketplaceFbo);
        QCOMPARE(s.createdAt, shop.tmp.clock().nowMs());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name = 'suppliers'"), 1);

        Supplier edited = s;
        edited.currency = u"cny"_qs;
        edited.notes = u"Отгрузка по вторникам"_qs;
        must(shop.suppliers.update(shop.owner, edited));
        const Supplier again = must(shop.suppliers.supplier(shop.owner, s.id));
        QCOMPARE(again.currency, u"CNY"_qs);
        QCOMPARE(again.notes, u"Отгрузка по вторникам"_qs);
        QCOMPARE(changed.count(), 2);

        must(shop.suppliers.setArchived(shop.owner, s.id, true));
        QVERIFY(must(shop.suppliers.list(shop.owner)).isEmpty());
        SupplierFilter withArchived;
        withArchived.includeArchived = true;
        const auto rows = must(shop.suppliers.list(shop.owner, withArchived));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows[0].archived);
        QCOMPARE(rows[0].currency, u"CNY"_qs);
        must(shop.suppliers.setArchived(shop.owner, s.id, false));
        QCOMPARE(must(shop.suppliers.list(shop.owner)).size(), 1);

        const auto audit = must(AuditLog::entries(shop.tmp.db().connection(), s.id));
        QStringList actions;
        for (const AuditEntry& e : audit)
            actions.prepend(e.action);
        QCOMPARE(actions, (QStringList{u"supplier.create"_qs, u"supplier.update"_qs, u"supplier.archive"_qs,
                                       u"supplier.unarchive"_qs}));
        QCOMPARE(audit.last().after.value(u"tax_id"_qs).toString(), u"7701234567"_qs);
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name = 'suppliers'"), 4);
    }

    void duplicateNamesAreRefused()
    {
        StockShop shop;
        const Supplier a = must(shop.suppliers.create(shop.owner, named(u"Ромашка"_qs)));
        must(shop.suppliers.create(shop.owner, named(u"Acme"_qs)));
        // Case-insensitive also outside ASCII, which SQLite's NOCASE does not fold.
        for (const QString& name : {u"РОМАШКА"_qs, u" ромашка "_qs, u"ACME"_qs}) {
            auto dup = shop.suppliers.create(shop.owner, named(name));
            QVERIFY2(!dup, qPrintable(name));
            QCOMPARE(dup.error().code, ErrorCode::Conflict);
            QCOMPARE(dup.error().field, u"name"_qs);
        }
        QVERIFY(shop.suppliers.create(shop.owner, named(u"Acme"_qs)).error().message.contains(u"Acme"_qs));
        Supplier renamed = a;
        renamed.name = u"acme"_qs;
        QCOMPARE(shop.suppliers.update(shop.owner, renamed).error().field, u"name"_qs);
        // Its own name in another case is no clash.
        renamed.name = u"РОМАШКА"_qs;
        must(shop.suppliers.update(shop.owner, renamed));
        QCOMPARE(must(shop.suppliers.list(shop.owner)).size(), 2);
    }

    void supplierValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << u"name"_qs;
        QTest::newRow("currency of two letters") << u"currency"_qs;
        QTest::newRow("email") << u"email"_qs;
        QTest::newRow("contact without a name") << u"contact"_qs;
        QTest::newRow("no model of work") << u"models"_qs;
    }

    void supplierValidation()
    {
        QFETCH(QString, field);
        StockShop shop;
        Supplier s = named(u"Поставщик"_qs);
        if (field == u"name")
            s.name = u"   "_qs;
        else if (field == u"currency")
            s.currency = u"RU"_qs;
        else if (field == u"email")
            s.email = u"opt.textile.ru"_qs;
        else if (field == u"contact")
            s.contacts = {SupplierContact{{}, u" "_qs, u"менеджер"_qs, {}, {}}};
        else if (field == u"models")
            s.models = {};
        auto r = shop.suppliers.create(shop.owner, s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM suppliers"), 0);
    }

    void contactsRoundTrip()
    {
        StockShop shop;
        Supplier draft = named(u"Обувь-Центр"_qs);
        draft.contacts = {
            SupplierContact{{}, u"Ирина"_qs, u"менеджер"_qs, u"irina@obuv.ru"_qs, u"+7 900 1"_qs},
            SupplierContact{{}, u"Пётр"_qs, u"склад"_qs, {}, u"+7 900 2"_qs}};
        const Supplier s = must(shop.suppliers.create(shop.owner, draft));
        QCOMPARE(s.contacts.size(), 2);
        QCOMPARE(s.contacts[0].name, u"Ирина"_qs);
        QCOMPARE(s.contacts[0].email, u"irina@obuv.ru"_qs);
        QCOMPARE(s.contacts[1].role, u"склад"_qs);
        QVERIFY(!s.contacts[0].id.isNull());

        Supplier edited = s;
        edited.contacts.removeFirst();
        edited.contacts[0].phone = u"+7 900 3"_qs;
        edited.contacts.append(SupplierContact{{}, u"Ольга"_qs, u"бухгалтер"_qs, {}, {}});
        must(shop.suppliers.update(shop.owner, edited));
        const Supplier again = must(shop.suppliers.supplier(shop.owner, s.id));
        QCOMPARE(again.contacts.size(), 2);
        QCOMPARE(again.contacts[0].id, s.contacts[1].id); // a kept contact keeps its id
        QCOMPARE(again.contacts[0].phone, u"+7 900 3"_qs);
        QCOMPARE(again.contacts[1].name, u"Ольга"_qs);
        QCOMPARE(
            scalar(
                shop.tmp.db(),
                "SELECT count(*) FROM change_log WHERE table_name = 'supplier_contacts' AND op = 'delete'"),
            1);
    }

    void productSuppliers()
    {
        StockShop shop;
        const Id boots = shop.product(u"BOOT-1"_qs);
        const Id socks = shop.product(u"SOCK-1"_qs);
        const Supplier a = must(shop.suppliers.create(shop.owner, named(u"A"_qs)));
        const Supplier b = must(shop.suppliers.create(shop.owner, named(u"B"_qs)));
        QVERIFY(!must(shop.suppliers.productSupplier(shop.owner, boots)).has_value());

        must(shop.suppliers.setProductSupplier(shop.owner, {boots, a.id, true}));
        must(shop.suppliers.setProductSupplier(shop.owner, {socks, a.id, false}));
        const auto link = must(shop.suppliers.productSupplier(shop.owner, boots));
        QVERIFY(link.has_value());
        QCOMPARE(link->supplierId, a.id);
        QVERIFY(link->dropship);
        auto ofA = must(shop.suppliers.productsOf(shop.owner, a.id));
        QCOMPARE(ofA.size(), 2);
        QCOMPARE(ofA[0].productId, boots);
        QVERIFY(ofA[0].dropship);
        QVERIFY(!ofA[1].dropship);

        // One preferred supplier per product: setting another replaces it.
        must(shop.suppliers.setProductSupplier(shop.owner, {boots, b.id, false}));
        QCOMPARE(must(shop.suppliers.productsOf(shop.owner, a.id)).size(), 1);
        QCOMPARE(must(shop.suppliers.productSupplier(shop.owner, boots))->supplierId, b.id);
        QVERIFY(!must(shop.suppliers.productSupplier(shop.owner, boots))->dropship);
        must(shop.suppliers.clearProductSupplier(shop.owner, boots));
        QVERIFY(!must(shop.suppliers.productSupplier(shop.owner, boots)).has_value());
        QCOMPARE(
            scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name = 'product_suppliers'"),
            4);

        QCOMPARE(shop.suppliers.setProductSupplier(shop.owner, {Id::create(), a.id, false}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(shop.suppliers.setProductSupplier(shop.owner, {socks, Id::create(), false}).error().code,
                 ErrorCode::NotFound);
        must(shop.suppliers.setArchived(shop.owner, b.id, true));
        QCOMPARE(shop.suppliers.setProductSupplier(shop.owner, {socks, b.id, false}).error().field,
                 u"supplier"_qs);
    }

    void contractValidation_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* field :
             {"number",         "valid_to",        "currency",       "renewal_notice_days",
              "lead_time_days", "deferral_days",   "claim_days",     "min_order_value",
              "prepayment",     "target_on_time",  "target_in_full", "max_defect",
              "max_missort",    "late_per_day",    "late_cap",       "shortage",
              "defect_penalty", "missort_penalty", "product",        "price",
              "min_quantity",   "pack_size",       "min_value",      "discount"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void contractValidation()
    {
        QFETCH(QString, field);
        StockShop shop;
        const Id p = shop.product(u"P"_qs);
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"S"_qs)));
        Contract k = draftFor(s.id, u"Д-1"_qs, QDate(2026, 1, 1), QDate(2026, 12, 31));
        k.prices = {ContractPrice{p, {}, {}, u"X-1"_qs, 1000, {}, {}}};
        k.discounts = {VolumeDiscount{100000, 300}};
        // The valid contract first, so each row below fails for exactly its own reason.
        QVERIFY(shop.suppliers.createContract(shop.owner, k));

        if (field == u"number")
            k.number = u"  "_qs;
        else if (field == u"valid_to")
            k.validTo = QDate(2025, 12, 31);
        else if (field == u"currency")
            k.currency = u"RUBL"_qs;
        else if (field == u"renewal_notice_days")
            k.renewalNoticeDays = -1;
        else if (field == u"lead_time_days")
            k.terms.leadTimeDays = 366;
        else if (field == u"deferral_days")
            k.deferralDays = -3;
        else if (field == u"claim_days")
            k.terms.claimDays = 400;
        else if (field == u"min_order_value")
            k.minOrderValue = -1;
        else if (field == u"prepayment")
            k.prepaymentBp = 10001;
        else if (field == u"target_on_time")
            k.targetOnTimeBp = -1;
        else if (field == u"target_in_full")
            k.targetInFullBp = 20000;
        else if (field == u"max_defect")
            k.maxDefectBp = 10001;
        else if (field == u"max_missort")
            k.maxMissortBp = -5;
        else if (field == u"late_per_day")
            k.terms.lateBpPerDay = -1;
        else if (field == u"late_cap")
            k.terms.lateCapBp = 10001;
        else if (field == u"shortage")
            k.terms.shortageBp = 10001;
        else if (field == u"defect_penalty")
            k.terms.defect = {PenaltyKind::Percent, 10001};
        else if (field == u"missort_penalty")
            k.terms.missort = {PenaltyKind::PerUnit, -100};
        else if (field == u"product")
            k.prices.append(k.prices[0]);
        else if (field == u"price")
            k.prices[0].price = -1;
        else if (field == u"min_quantity")
            k.prices[0].minQuantity = Quantity::fromUnits(-1);
        else if (field == u"pack_size")
            k.prices[0].packSize = Quantity::fromMilli(-1);
        else if (field == u"min_value")
            k.discounts.append(VolumeDiscount{100000, 500});
        else if (field == u"discount")
            k.discounts[0].discountBp = 10000;
        auto r = shop.suppliers.createContract(shop.owner, k);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM contracts"), 1);
    }

    void draftContractRoundTrip()
    {
        StockShop shop;
        const Id p1 = shop.product(u"P1"_qs);
        const Id p2 = shop.product(u"P2"_qs);
        const Id p3 = shop.product(u"P3"_qs);
        Supplier sd = named(u"Китай-Трейд"_qs);
        sd.currency = u"CNY"_qs;
        const Supplier s = must(shop.suppliers.create(shop.owner, sd));
        QSignalSpy changed(&shop.suppliers, &SupplierService::contractsChanged);

        Contract k = draftFor(s.id, u"2026/01"_qs, QDate(2026, 1, 1), QDate(2026, 12, 31));
        k.signedOn = QDate(2025, 12, 20);
        k.renewalNoticeDays = 45;
        k.terms = someTerms();
        k.deliverySchedule = u"вторник и пятница"_qs;
        k.minOrderValue = 5000000;
        k.prepaymentBp = 3000;
        k.deferralDays = 14;
        k.exclusive = true;
        k.region = u"Москва"_qs;
        k.targetOnTimeBp = 9500;
        k.targetInFullBp = 9800;
        k.maxDefectBp = 100;
        k.maxMissortBp = 50;
        k.returnProcedure = u"Возврат брака за счёт поставщика"_qs;
        k.notes = u"примечание"_qs;
        k.prices = {
            ContractPrice{p1, {}, {}, u"CN-1"_qs, 1250, Quantity::fromUnits(10), Quantity::fromUnits(5)},
            ContractPrice{p2, {}, {}, u"CN-2"_qs, 990, {}, {}}};
        k.discounts = {VolumeDiscount{1000000, 300}, VolumeDiscount{500000, 150}};
        const Contract saved = must(shop.suppliers.createContract(shop.owner, k));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Id>(), s.id);
        QCOMPARE(saved.status, ContractStatus::Draft);
        QCOMPARE(saved.currency, u"CNY"_qs); // the supplier's
        QCOMPARE(saved.signedOn, QDate(2025, 12, 20));
        QCOMPARE(saved.validFrom, QDate(2026, 1, 1));
        QCOMPARE(saved.validTo, QDate(2026, 12, 31));
        QCOMPARE(saved.renewalNoticeDays, 45);
        QCOMPARE(saved.terms, someTerms());
        QCOMPARE(saved.deliverySchedule, k.deliverySchedule);
        QCOMPARE(saved.minOrderValue, qint64(5000000));
        QCOMPARE(saved.prepaymentBp, 3000);
        QCOMPARE(saved.deferralDays, 14);
        QVERIFY(saved.exclusive);
        QCOMPARE(saved.region, u"Москва"_qs);
        QCOMPARE(saved.targetOnTimeBp, std::optional<int>(9500));
        QCOMPARE(saved.targetInFullBp, std::optional<int>(9800));
        QCOMPARE(saved.maxDefectBp, std::optional<int>(100));
        QCOMPARE(saved.maxMissortBp, std::optional<int>(50));
        QCOMPARE(saved.returnProcedure, k.returnProcedure);
        QCOMPARE(saved.notes, u"примечание"_qs);
        QCOMPARE(saved.prices.size(), 2);
        QCOMPARE(saved.prices[0].sku, u"P1"_qs);
        QCOMPARE(saved.prices[0].name, u"Product P1"_qs);
        QCOMPARE(saved.prices[0].supplierSku, u"CN-1"_qs);
        QCOMPARE(saved.prices[0].price, qint64(1250));
        QCOMPARE(saved.prices[0].minQuantity, Quantity::fromUnits(10));
        QCOMPARE(saved.prices[0].packSize, Quantity::fromUnits(5));
        QCOMPARE(saved.discounts.size(), 2);
        QCOMPARE(saved.discounts[0].minValue, qint64(500000)); // by value
        QCOMPARE(saved.discountFor(700000), 150);

        // A draft changes freely: a price, a line removed, a line and a tier added, the terms.
        Contract edited = saved;
        edited.prices[0].price = 1300;
        edited.prices.removeAt(1);
        edited.prices.append(ContractPrice{p3, {}, {}, {}, 700, {}, {}});
        edited.discounts.append(VolumeDiscount{2000000, 500});
        edited.terms.leadTimeDays = 21;
        edited.targetOnTimeBp.reset();
        edited.validTo = {};
        must(shop.suppliers.updateContract(shop.owner, edited));
        const Contract again = must(shop.suppliers.contract(shop.owner, saved.id));
        QCOMPARE(again.prices.size(), 2);
        QCOMPARE(again.prices[0].price, qint64(1300));
        QCOMPARE(again.prices[1].productId, p3);
        QCOMPARE(again.discounts.size(), 3);
        QCOMPARE(again.terms.leadTimeDays, 21);
        QVERIFY(!again.targetOnTimeBp.has_value());
        QVERIFY(again.validTo.isNull());
        QCOMPARE(changed.count(), 2);
        // Only what changed is logged: p1 updated, p2 deleted, p3 inserted (after two inserts).
        QCOMPARE(
            scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name = 'contract_prices'"), 5);
        const auto audit = must(AuditLog::entries(shop.tmp.db().connection(), saved.id));
        QCOMPARE(audit.first().action, u"contract.update"_qs);
        QCOMPARE(audit.first().before.value(u"prices"_qs).toArray().size(), 2);
        QCOMPARE(
            audit.first().after.value(u"prices"_qs).toArray().at(0).toObject().value(u"price"_qs).toInt(),
            1300);

        QCOMPARE(must(shop.suppliers.contracts(shop.owner, s.id)).size(), 1);
        must(shop.suppliers.deleteDraftContract(shop.owner, saved.id));
        QVERIFY(must(shop.suppliers.contracts(shop.owner, s.id)).isEmpty());
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM contract_prices"), 0);
    }

    void activationAndOverlap()
    {
        StockShop shop;
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"S"_qs)));
        const Supplier other = must(shop.suppliers.create(shop.owner, named(u"Other"_qs)));
        const Contract a = must(shop.suppliers.createContract(
            shop.owner, draftFor(s.id, u"A-1"_qs, QDate(2026, 1, 1), QDate(2026, 6, 30))));
        const Contract active = must(shop.suppliers.activateContract(shop.owner, a.id));
        QCOMPARE(active.status, ContractStatus::Active);
        auto twice = shop.suppliers.activateContract(shop.owner, a.id);
        QCOMPARE(twice.error().code, ErrorCode::Conflict);

        // Overlapping A by one day.
        const Contract b =
            must(shop.suppliers.createContract(shop.owner, draftFor(s.id, u"B-1"_qs, QDate(2026, 6, 30))));
        auto refused = shop.suppliers.activateContract(shop.owner, b.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(u"A-1"_qs), qPrintable(refused.error().message));
        QCOMPARE(must(shop.suppliers.contract(shop.owner, b.id)).status, ContractStatus::Draft);
        // An open-ended draft starting before A overlaps it too.
        const Contract early =
            must(shop.suppliers.createContract(shop.owner, draftFor(s.id, u"E-1"_qs, QDate(2025, 1, 1))));
        QVERIFY(!shop.suppliers.activateContract(shop.owner, early.id));
        // Another supplier's contract on the same days is no overlap.
        const Contract o =
            must(shop.suppliers.createContract(shop.owner, draftFor(other.id, u"O-1"_qs, QDate(2026, 3, 1))));
        QVERIFY(shop.suppliers.activateContract(shop.owner, o.id));

        Contract moved = must(shop.suppliers.contract(shop.owner, b.id));
        moved.validFrom = QDate(2026, 7, 1);
        must(shop.suppliers.updateContract(shop.owner, moved));
        must(shop.suppliers.activateContract(shop.owner, b.id));
        // Extending A now would run into B.
        Contract extended = must(shop.suppliers.contract(shop.owner, a.id));
        extended.validTo = QDate(2026, 7, 15);
        auto clash = shop.suppliers.updateContract(shop.owner, extended);
        QCOMPARE(clash.error().field, u"valid_to"_qs);
        QVERIFY(clash.error().message.contains(u"B-1"_qs));
        // Only a draft is deleted.
        QCOMPARE(shop.suppliers.deleteDraftContract(shop.owner, a.id).error().code, ErrorCode::Conflict);
        const auto audit = must(AuditLog::entries(shop.tmp.db().connection(), a.id));
        QCOMPARE(audit.first().action, u"contract.activate"_qs);
    }

    void activeTermsAreLocked()
    {
        StockShop shop;
        const Id p = shop.product(u"P"_qs);
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"S"_qs)));
        Contract k = draftFor(s.id, u"K-1"_qs, QDate(2026, 1, 1), QDate(2026, 6, 30));
        k.terms = someTerms();
        k.prices = {ContractPrice{p, {}, {}, {}, 1000, {}, {}}};
        k.discounts = {VolumeDiscount{100000, 200}};
        const Contract active = must(shop.suppliers.activateContract(
            shop.owner, must(shop.suppliers.createContract(shop.owner, k)).id));

        const auto refusedWith = [&](const std::function<void(Contract&)>& change, const QString& field) {
            Contract c = active;
            change(c);
            auto r = shop.suppliers.updateContract(shop.owner, c);
            if (r) {
                qWarning("accepted a change of %s", qPrintable(field));
                return false;
            }
            if (r.error().code != ErrorCode::Conflict || r.error().field != field ||
                !r.error().message.contains(u"new contract"_qs)) {
                qWarning("%s: %s", qPrintable(r.error().field), qPrintable(r.error().message));
                return false;
            }
            return true;
        };
        QVERIFY(refusedWith([](Contract& c) { c.terms.leadTimeDays = 7; }, u"terms"_qs));
        QVERIFY(refusedWith([](Contract& c) { c.terms.defect.value = 1; }, u"terms"_qs));
        QVERIFY(refusedWith([](Contract& c) { c.prices[0].price = 900; }, u"prices"_qs));
        QVERIFY(refusedWith([](Contract& c) { c.prices.clear(); }, u"prices"_qs));
        QVERIFY(refusedWith([](Contract& c) { c.discounts[0].discountBp = 300; }, u"discounts"_qs));
        QVERIFY(refusedWith([](Contract& c) { c.currency = u"USD"_qs; }, u"currency"_qs));
        QVERIFY(refusedWith([](Contract& c) { c.validFrom = QDate(2026, 2, 1); }, u"valid_from"_qs));
        QVERIFY(refusedWith([](Contract& c) { c.prepaymentBp = 5000; }, u"terms"_qs));
        QVERIFY(refusedWith([](Contract& c) { c.maxDefectBp = 10; }, u"terms"_qs));

        // What an active contract may still change.
        Contract c = active;
        c.validTo = QDate(2026, 12, 31);
        c.renewalNoticeDays = 60;
        c.notes = u"продлён"_qs;
        c.deliverySchedule = u"по средам"_qs;
        c.returnProcedure = u"акт в течение 5 дней"_qs;
        const Contract updated = must(shop.suppliers.updateContract(shop.owner, c));
        QCOMPARE(updated.status, ContractStatus::Active);
        QCOMPARE(updated.validTo, QDate(2026, 12, 31));
        QCOMPARE(updated.notes, u"продлён"_qs);
        QCOMPARE(updated.renewalNoticeDays, 60);
        QCOMPARE(updated.terms, someTerms());
        QCOMPARE(updated.prices.value(0).price, qint64(1000));
    }

    void terminate()
    {
        StockShop shop;
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"S"_qs)));
        const Contract draft =
            must(shop.suppliers.createContract(shop.owner, draftFor(s.id, u"T-1"_qs, QDate(2026, 1, 1))));
        QCOMPARE(shop.suppliers.terminateContract(shop.owner, draft.id, QDate(2026, 3, 31)).error().code,
                 ErrorCode::Conflict);
        must(shop.suppliers.activateContract(shop.owner, draft.id));
        QCOMPARE(shop.suppliers.terminateContract(shop.owner, draft.id, QDate(2025, 12, 31)).error().field,
                 u"valid_to"_qs);
        const Contract ended =
            must(shop.suppliers.terminateContract(shop.owner, draft.id, QDate(2026, 3, 31)));
        QCOMPARE(ended.status, ContractStatus::Terminated);
        QCOMPARE(ended.validTo, QDate(2026, 3, 31));
        QCOMPARE(must(shop.suppliers.contractOn(shop.owner, s.id, QDate(2026, 3, 31)))->id, draft.id);
        QVERIFY(!must(shop.suppliers.contractOn(shop.owner, s.id, QDate(2026, 4, 1))).has_value());
        QCOMPARE(shop.suppliers.terminateContract(shop.owner, draft.id, QDate(2026, 2, 1)).error().code,
                 ErrorCode::Conflict);
        // A terminated contract keeps its terms; only its notes change.
        Contract noted = ended;
        noted.notes = u"расторгнут по соглашению"_qs;
        QCOMPARE(must(shop.suppliers.updateContract(shop.owner, noted)).notes, noted.notes);
        noted.validTo = QDate(2026, 12, 31);
        QCOMPARE(shop.suppliers.updateContract(shop.owner, noted).error().code, ErrorCode::Conflict);
        QCOMPARE(must(AuditLog::entries(shop.tmp.db().connection(), draft.id)).value(1).action,
                 u"contract.terminate"_qs);

        // Terminating a contract that runs to the end of the year ends it earlier; a later last day
        // leaves its end as it was.
        const Contract year = must(shop.suppliers.createContract(
            shop.owner, draftFor(s.id, u"T-2"_qs, QDate(2026, 5, 1), QDate(2026, 12, 31))));
        must(shop.suppliers.activateContract(shop.owner, year.id));
        QCOMPARE(must(shop.suppliers.terminateContract(shop.owner, year.id, QDate(2027, 3, 1))).validTo,
                 QDate(2026, 12, 31));
    }

    void contractOnPicksTheOneValidThatDay()
    {
        StockShop shop;
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"S"_qs)));
        const Contract june = must(shop.suppliers.createContract(
            shop.owner, draftFor(s.id, u"JUNE"_qs, QDate(2026, 6, 1), QDate(2026, 6, 30))));
        const Contract july =
            must(shop.suppliers.createContract(shop.owner, draftFor(s.id, u"JULY"_qs, QDate(2026, 7, 1))));
        // Drafts never apply.
        QVERIFY(!must(shop.suppliers.contractOn(shop.owner, s.id, QDate(2026, 6, 15))).has_value());
        must(shop.suppliers.activateContract(shop.owner, june.id));
        must(shop.suppliers.activateContract(shop.owner, july.id));

        QCOMPARE(must(shop.suppliers.contractOn(shop.owner, s.id, QDate(2026, 6, 1)))->number, u"JUNE"_qs);
        QCOMPARE(must(shop.suppliers.contractOn(shop.owner, s.id, QDate(2026, 6, 15)))->number, u"JUNE"_qs);
        QCOMPARE(must(shop.suppliers.contractOn(shop.owner, s.id, QDate(2026, 6, 30)))->number, u"JUNE"_qs);
        QCOMPARE(must(shop.suppliers.contractOn(shop.owner, s.id, QDate(2026, 7, 1)))->number, u"JULY"_qs);
        QCOMPARE(must(shop.suppliers.contractOn(shop.owner, s.id, QDate(2027, 1, 10)))->number, u"JULY"_qs);
        QVERIFY(!must(shop.suppliers.contractOn(shop.owner, s.id, QDate(2026, 5, 31))).has_value());
        // Newest validity first.
        const auto all = must(shop.suppliers.contracts(shop.owner, s.id));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].number, u"JULY"_qs);

        // The list shows the contract valid today by the database clock.
        shop.tmp.clock().setMs(middayOf(QDate(2026, 6, 20)));
        QCOMPARE(must(shop.suppliers.list(shop.owner)).value(0).contractNumber, u"JUNE"_qs);
        QCOMPARE(must(shop.suppliers.list(shop.owner)).value(0).contractValidTo,
                 std::optional(QDate(2026, 6, 30)));
        shop.tmp.clock().setMs(middayOf(QDate(2026, 7, 2)));
        QCOMPARE(must(shop.suppliers.list(shop.owner)).value(0).contractNumber, u"JULY"_qs);
        QVERIFY(!must(shop.suppliers.list(shop.owner)).value(0).contractValidTo.has_value());
        shop.tmp.clock().setMs(middayOf(QDate(2026, 5, 2)));
        QVERIFY(must(shop.suppliers.list(shop.owner)).value(0).contractNumber.isEmpty());
    }

    void expiringContracts()
    {
        StockShop shop;
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"S"_qs)));
        const Supplier open = must(shop.suppliers.create(shop.owner, named(u"Open"_qs)));
        Contract k = draftFor(s.id, u"E-1"_qs, QDate(2026, 1, 1), QDate(2026, 3, 31));
        k.renewalNoticeDays = 30;
        must(shop.suppliers.activateContract(shop.owner,
                                             must(shop.suppliers.createContract(shop.owner, k)).id));
        // Open-ended contracts and drafts never expire.
        must(shop.suppliers.activateContract(
            shop.owner,
            must(shop.suppliers.createContract(shop.owner, draftFor(open.id, u"O-1"_qs, QDate(2026, 1, 1))))
                .id));
        must(shop.suppliers.createContract(
            shop.owner, draftFor(open.id, u"D-1"_qs, QDate(2027, 1, 1), QDate(2027, 1, 2))));

        const auto today = [&] {
            return shop.tmp.clock().now().toTimeZone(QTimeZone::systemTimeZone()).date();
        };
        shop.tmp.clock().setMs(middayOf(QDate(2026, 2, 28)));
        QVERIFY(must(shop.suppliers.expiringContracts(shop.owner, today())).isEmpty()); // 31 days left
        shop.tmp.clock().setMs(middayOf(QDate(2026, 3, 1)));
        auto due = must(shop.suppliers.expiringContracts(shop.owner, today()));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].number, u"E-1"_qs);
        QCOMPARE(due[0].supplierName, u"S"_qs);
        QCOMPARE(due[0].supplierId, s.id);
        QCOMPARE(due[0].validTo, QDate(2026, 3, 31));
        QCOMPARE(due[0].daysLeft, 30);
        shop.tmp.clock().setMs(middayOf(QDate(2026, 4, 5)));
        due = must(shop.suppliers.expiringContracts(shop.owner, today()));
        QCOMPARE(due.value(0).daysLeft, -5);

        // Renewed: a later active contract ends the reminders.
        must(shop.suppliers.activateContract(
            shop.owner,
            must(shop.suppliers.createContract(shop.owner, draftFor(s.id, u"E-2"_qs, QDate(2026, 4, 1))))
                .id));
        QVERIFY(must(shop.suppliers.expiringContracts(shop.owner, today())).isEmpty());
    }

    void files()
    {
        StockShop shop;
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"S"_qs)));
        const Contract k =
            must(shop.suppliers.createContract(shop.owner, draftFor(s.id, u"F-1"_qs, QDate(2026, 1, 1))));
        must(shop.suppliers.activateContract(shop.owner, k.id)); // an active contract still takes files
        QSignalSpy changed(&shop.suppliers, &SupplierService::contractsChanged);
        const QByteArray scan = QByteArray("%PDF-1.4 signed contract\n").repeated(100);
        const ContractFile f =
            must(shop.suppliers.addFile(shop.owner, k.id, u"/home/u/Договор F-1.pdf"_qs, scan));
        QCOMPARE(f.name, u"Договор F-1.pdf"_qs); // no folder of the user's disk
        QCOMPARE(f.size, qint64(scan.size()));
        QCOMPARE(changed.count(), 1);
        const Contract withFile = must(shop.suppliers.contract(shop.owner, k.id));
        QCOMPARE(withFile.files.size(), 1);
        QCOMPARE(withFile.files[0].id, f.id);
        QCOMPARE(withFile.files[0].addedAt, shop.tmp.clock().nowMs());
        QCOMPARE(must(shop.suppliers.fileData(shop.owner, f.id)), scan);

        auto big = shop.suppliers.addFile(shop.owner, k.id, u"big.pdf"_qs,
                                          QByteArray(SupplierService::MaxFileBytes + 1, 'x'));
        QCOMPARE(big.error().code, ErrorCode::Invalid);
        QCOMPARE(big.error().field, u"file"_qs);
        QVERIFY(big.error().message.contains(u"big.pdf"_qs));
        QVERIFY(shop.suppliers.addFile(shop.owner, k.id, u"max.pdf"_qs,
                                       QByteArray(SupplierService::MaxFileBytes, 'x')));
        QCOMPARE(shop.suppliers.addFile(shop.owner, k.id, u"  "_qs, scan).error().field, u"file"_qs);
        QCOMPARE(shop.suppliers.addFile(shop.owner, k.id, u"empty.pdf"_qs, {}).error().field, u"file"_qs);
        QCOMPARE(shop.suppliers.addFile(shop.owner, Id::create(), u"x.pdf"_qs, scan).error().code,
                 ErrorCode::NotFound);

        must(shop.suppliers.removeFile(shop.owner, f.id));
        QCOMPARE(must(shop.suppliers.contract(shop.owner, k.id)).files.size(), 1);
        QCOMPARE(shop.suppliers.fileData(shop.owner, f.id).error().code, ErrorCode::NotFound);
        QStringList actions;
        for (const AuditEntry& e : must(AuditLog::entries(shop.tmp.db().connection(), k.id)))
            actions.append(e.action);
        QVERIFY(actions.contains(u"contract.file.add"_qs));
        QCOMPARE(actions.first(), u"contract.file.remove"_qs);
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name = 'contract_files'"),
                 3);
    }

    void listCountsOpenOrdersAndSearches()
    {
        StockShop shop;
        Supplier d = named(u"Ёлочные игрушки"_qs);
        d.legalName = u"ИП Сидоров"_qs;
        d.taxId = u"500100732259"_qs;
        d.phone = u"+7 495 000-11-22"_qs;
        const Supplier s = must(shop.suppliers.create(shop.owner, d));
        must(shop.suppliers.create(shop.owner, named(u"Бета"_qs)));
        must(shop.suppliers.create(shop.owner, named(u"альфа"_qs)));
        // Purchase orders as the purchase-order service writes them.
        int n = 0;
        for (const char* status :
             {"draft", "sent", "confirmed", "partially_received", "received", "cancelled"}) {
            auto q = shop.tmp.db().connection().query(
                "INSERT INTO purchase_orders(id, number, supplier_id, status, currency, ordered_on, hlc, "
                "created_at, "
                "updated_at) VALUES(?, ?, ?, ?, 'RUB', '2026-01-01', 1, 0, 0)");
            q.bindAll(Id::create(), QString(u"PO-" + QString::number(++n)), s.id,
                      QString::fromLatin1(status));
            must(q.run());
        }
        const auto rows = must(shop.suppliers.list(shop.owner));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].name, u"альфа"_qs); // by the user's language, case aside
        QCOMPARE(rows[1].name, u"Бета"_qs);
        QCOMPARE(rows[2].openOrders, 3);
        QCOMPARE(rows[0].openOrders, 0);

        for (const QString& text :
             {u"елочные"_qs, u"ИГРУШКИ"_qs, u"сидоров"_qs, u"500100"_qs, u"000-11"_qs}) {
            SupplierFilter f;
            f.text = text;
            const auto found = must(shop.suppliers.list(shop.owner, f));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found[0].id, s.id);
        }
        SupplierFilter none;
        none.text = u"ёлочные бета"_qs;
        QVERIFY(must(shop.suppliers.list(shop.owner, none)).isEmpty());
    }

    void permissions()
    {
        StockShop shop;
        const Supplier s = must(shop.suppliers.create(shop.owner, named(u"S"_qs)));
        const Id p = shop.product(u"P"_qs);
        const Contract k =
            must(shop.suppliers.createContract(shop.owner, draftFor(s.id, u"K-1"_qs, QDate(2026, 1, 1))));
        must(shop.suppliers.activateContract(shop.owner, k.id));
        const ContractFile f = must(shop.suppliers.addFile(shop.owner, k.id, u"a.pdf"_qs, "data"));

        for (Role role : {Role::Support, Role::Warehouse}) {
            const Actor a = Actor::withRole(role, u"Кто-то"_qs);
            const auto denied = [](const auto& r) {
                return !r && r.error().code == ErrorCode::PermissionDenied;
            };
            // Suppliers themselves are readable.
            QVERIFY(shop.suppliers.supplier(a, s.id));
            const auto rows = must(shop.suppliers.list(a));
            QCOMPARE(rows.size(), 1);
            QVERIFY(rows[0].contractNumber.isEmpty()); // the contract is not theirs to see
            // Contracts, their terms, prices and files are not.
            QVERIFY(denied(shop.suppliers.contract(a, k.id)));
            QVERIFY(denied(shop.suppliers.contracts(a, s.id)));
            QVERIFY(denied(shop.suppliers.contractOn(a, s.id, QDate(2026, 2, 1))));
            QVERIFY(denied(shop.suppliers.expiringContracts(a, QDate(2026, 2, 1))));
            QVERIFY(denied(shop.suppliers.fileData(a, f.id)));
            QVERIFY(shop.suppliers.contract(a, k.id).error().message.contains(u"Кто-то"_qs));
            // Nor any change.
            QVERIFY(denied(shop.suppliers.create(a, named(u"New"_qs))));
            QVERIFY(denied(shop.suppliers.update(a, s)));
            QVERIFY(denied(shop.suppliers.setArchived(a, s.id, true)));
            QVERIFY(denied(shop.suppliers.setProductSupplier(a, {p, s.id, false})));
            QVERIFY(denied(shop.suppliers.clearProductSupplier(a, p)));
            QVERIFY(denied(shop.suppliers.createContract(a, draftFor(s.id, u"K-2"_qs, QDate(2027, 1, 1)))));
            QVERIFY(denied(shop.suppliers.updateContract(a, k)));
            QVERIFY(denied(shop.suppliers.activateContract(a, k.id)));
            QVERIFY(denied(shop.suppliers.terminateContract(a, k.id, QDate(2026, 6, 1))));
            QVERIFY(denied(shop.suppliers.deleteDraftContract(a, k.id)));
            QVERIFY(denied(shop.suppliers.addFile(a, k.id, u"b.pdf"_qs, "data")));
            QVERIFY(denied(shop.suppliers.removeFile(a, f.id)));
        }
        // Viewing costs is enough to read contracts, not to change them.
        Actor viewer = Actor::withRole(Role::Support);
        viewer.permissions |= Permission::ViewCosts;
        QCOMPARE(must(shop.suppliers.contract(viewer, k.id)).number, u"K-1"_qs);
        QCOMPARE(must(shop.suppliers.list(viewer)).value(0).contractNumber, u"K-1"_qs);
        QCOMPARE(shop.suppliers.addFile(viewer, k.id, u"b.pdf"_qs, "data").error().code,
                 ErrorCode::PermissionDenied);
        // A manager runs suppliers and contracts.
        const Actor manager = Actor::withRole(Role::Manager);
        QVERIFY(shop.suppliers.createContract(manager, draftFor(s.id, u"K-2"_qs, QDate(2027, 1, 1))));
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM suppliers WHERE archived = 0"), 1);
    }
};

QTEST_GUILESS_MAIN(TestSupplierService)
#include "TestSupplierService.moc"

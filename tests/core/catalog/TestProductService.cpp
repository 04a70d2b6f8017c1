#include "catalog/ProductService.h"
#include "security/AuditLog.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;

namespace {

// Most tests here want a known cost too.
Product draft(const QString& sku, const QString& name, qint64 price = 10000,
              std::optional<qint64> cost = 6000)
{
    return test::makeProduct(sku, name, price, cost);
}

qint64 scalar(Database& db, const char* sql)
{
    return db.connection().query(sql).scalarInt()->value_or(-1);
}

QStringList skus(const QList<ProductListEntry>& entries)
{
    QStringList result;
    for (const auto& e : entries)
        result.append(e.sku);
    return result;
}

} // namespace

class TestProductService : public QObject
{
    Q_OBJECT

private:
    Actor owner = Actor::owner();

private Q_SLOTS:
    void createAndRead()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QSignalSpy changed(&service, &ProductService::productsChanged);
        Product d = draft(u" SKU-1 "_qs, u"Носки чёрные"_qs);
        d.barcodes = {Barcode{u"4006381333931"_qs, BarcodeKind::Ean13}};
        d.vatRateBp = 2200;
        d.weightGrams = 120;
        d.unit = Unit::Piece;
        auto created = service.create(owner, d);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->sku, u"SKU-1"_qs); // trimmed
        QVERIFY(!created->id.isNull());
        QCOMPARE(changed.count(), 1);

        auto read = service.product(owner, created->id);
        QVERIFY(read);
        QCOMPARE(read->name, u"Носки чёрные"_qs);
        QCOMPARE(read->listPrice, Money(10000, u"RUB"_qs));
        QCOMPARE(read->cost, std::optional<Money>(Money(6000, u"RUB"_qs)));
        QCOMPARE(read->vatRateBp, std::optional<int>(2200));
        QCOMPARE(read->weightGrams, std::optional<qint64>(120));
        QCOMPARE(read->barcodes.size(), 1);
        QCOMPARE(read->createdAt, t.clock().nowMs());

        auto bySku = service.productBySku(owner, u"sku-1"_qs); // case-insensitive
        QVERIFY(bySku && bySku->has_value());
        auto byBarcode = service.productByBarcode(owner, u"4006381333931"_qs);
        QVERIFY(byBarcode && byBarcode->has_value());
        QCOMPARE((*byBarcode)->id, created->id);
    }

    void writesChangeLogAndAuditInSameTransaction()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto p = service.create(owner, draft(u"A"_qs, u"Alpha"_qs));
        QVERIFY(p);
        QCOMPARE(
            scalar(t.db(), "SELECT count(*) FROM change_log WHERE table_name = 'products' AND op = 'insert'"),
            1);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM audit_log WHERE action = 'product.create'"), 1);
        auto q = t.db().connection().query("SELECT device_id, hlc FROM change_log");
        QVERIFY(*q.next());
        QCOMPARE(q.id(0), t.db().deviceId());
        const qint64 hlc = q.int64(1);
        q.reset();
        QCOMPARE(scalar(t.db(), "SELECT hlc FROM products"), hlc);

        // A failed write leaves neither the row nor its change-log entry.
        auto dup = service.create(owner, draft(u"a"_qs, u"Duplicate"_qs));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM change_log WHERE table_name = 'products'"), 1);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM products"), 1);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("vat");
        QTest::addColumn<QString>("field");
        QTest::newRow("no sku") << u"  "_qs << u"x"_qs << qint64(1) << 0 << u"SKU"_qs;
        QTest::newRow("sku with newline") << u"A\nB"_qs << u"x"_qs << qint64(1) << 0 << u"SKU"_qs;
        QTest::newRow("no name") << u"A"_qs << u""_qs << qint64(1) << 0 << u"Name"_qs;
        QTest::newRow("negative price") << u"A"_qs << u"x"_qs << qint64(-1) << 0 << u"Price"_qs;
        QTest::newRow("vat over 100%") << u"A"_qs << u"x"_qs << qint64(1) << 10001 << u"VAT"_qs;
    }

    void validation()
    {
        QFETCH(QString, sku);
        QFETCH(QString, name);
        QFETCH(qint64, price);
        QFETCH(int, vat);
        QFETCH(QString, field);
        test::TempDatabase t;
        ProductService service(t.db());
        Product d = draft(sku, name, price);
        d.vatRateBp = vat;
        auto result = service.create(owner, d);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QCOMPARE(result.error().field, field);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM products"), 0);
    }

    void barcodeRules()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        Product a = draft(u"A"_qs, u"Alpha"_qs);
        a.barcodes = {Barcode{u"4006381333932"_qs, BarcodeKind::Ean13}}; // wrong check digit
        auto bad = service.create(owner, a);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, u"Barcode"_qs);

        a.barcodes = {Barcode{u"4006381333931"_qs, BarcodeKind::Ean13},
                      Barcode{u"SHOP-1"_qs, BarcodeKind::Internal}};
        QVERIFY(service.create(owner, a));
        Product b = draft(u"B"_qs, u"Beta"_qs);
        b.barcodes = {Barcode{u"4006381333931"_qs, BarcodeKind::Ean13}};
        auto taken = service.create(owner, b);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, ErrorCode::Conflict);
        QVERIFY(taken.error().message.contains(u"A"_qs));
    }

    void updateChangesOnlyGivenFieldsAndAudits()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto p = service.create(owner, draft(u"A"_qs, u"Alpha"_qs, 10000, 5000));
        QVERIFY(p);
        t.clock().advanceMs(60000);
        Product edit = *p;
        edit.listPrice = Money(12000, u"RUB"_qs);
        edit.name = u"Changed but not saved"_qs;
        auto saved = service.update(owner, edit, ProductField::ListPrice);
        QVERIFY(saved);
        QCOMPARE(saved->name, u"Alpha"_qs);
        QCOMPARE(saved->listPrice.minorUnits(), 12000);
        QCOMPARE(saved->updatedAt, t.clock().nowMs());

        auto entries = AuditLog::entries(t.db().connection(), p->id);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        const AuditEntry& last = entries->front();
        QCOMPARE(last.action, u"product.update"_qs);
        QCOMPARE(last.before.value(u"list_price"_qs).toInteger(), 10000);
        QCOMPARE(last.after.value(u"list_price"_qs).toInteger(), 12000);
        QVERIFY(!last.after.contains(u"name"_qs));

        // Saving unchanged values writes nothing.
        const qint64 logRows = scalar(t.db(), "SELECT count(*) FROM change_log");
        QVERIFY(service.update(owner, *saved));
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM change_log"), logRows);
    }

    void rolesSeeAndDoOnlyWhatTheyMay()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto p = service.create(owner, draft(u"A"_qs, u"Alpha"_qs, 10000, 5000));
        QVERIFY(p);
        const Actor support = Actor::withRole(Role::Support, u"Sveta"_qs);
        const Actor warehouse = Actor::withRole(Role::Warehouse, u"Ivan"_qs);
        const Actor manager = Actor::withRole(Role::Manager, u"Olga"_qs);

        // Reads: no cost for those who may not view costs, from every read path.
        auto seen = service.product(support, p->id);
        QVERIFY(seen);
        QVERIFY(!seen->cost);
        QVERIFY(seen->costHidden);
        QVERIFY(!(*service.productBySku(support, u"A"_qs))->cost);
        QVERIFY(!(*service.productByBarcode(support, u"none"_qs)).has_value());
        QVERIFY(!service.productsByLocalIds(support, {p->localId})->front().cost);
        QVERIFY(service.product(manager, p->id)->cost);

        // Commands.
        auto denied = service.create(warehouse, draft(u"B"_qs, u"Beta"_qs));
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QVERIFY(denied.error().message.contains(u"Ivan"_qs));
        Product edit = *p;
        edit.listPrice = Money(1, u"RUB"_qs);
        QCOMPARE(service.update(support, edit).error().code, ErrorCode::PermissionDenied);
        QVERIFY(!service.setArchived(warehouse, p->id, true));
        QVERIFY(!service.remove(support, p->id));

        // A support user saving a product they see without cost must not wipe the cost.
        Actor editorWithoutCosts = Actor::withRole(Role::Support, u"Editor"_qs);
        editorWithoutCosts.permissions |= Permission::EditCatalog;
        Product renamed = *service.product(editorWithoutCosts, p->id);
        renamed.name = u"Alpha 2"_qs;
        QVERIFY(service.update(editorWithoutCosts, renamed));
        QCOMPARE(service.product(owner, p->id)->cost, std::optional<Money>(Money(5000, u"RUB"_qs)));
        // ...and the audit entry it leaves holds no cost either.
        auto entries = AuditLog::entries(t.db().connection(), p->id);
        QVERIFY(!entries->front().before.contains(u"cost"_qs));

        // Bulk import obeys the same rules.
        ProductService::BulkOptions options;
        QCOMPARE(service.saveMany(warehouse, {draft(u"C"_qs, u"C"_qs)}, options).error().code,
                 ErrorCode::PermissionDenied);
    }

    void archiveAndDelete()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto parent = service.create(owner, draft(u"P"_qs, u"Parent"_qs));
        Product v = draft(u"P-RED"_qs, u"Parent red"_qs);
        v.parentId = parent->id;
        v.attributes = {{u"Colour"_qs, u"Red"_qs}};
        auto variant = service.create(owner, v);
        QVERIFY(variant);

        // A product with variants has history: refuse delete, archive works.
        auto refused = service.remove(owner, parent->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(service.setArchived(owner, parent->id, true));
        QCOMPARE(service.count(owner).value(), 1);
        QCOMPARE(service.count(owner, true).value(), 2);
        ProductFilter archivedOnly;
        archivedOnly.onlyArchived = true;
        QCOMPARE(skus(*service.list(owner, archivedOnly)), QStringList{u"P"_qs});

        // Without history: delete leaves a tombstone and frees the SKU.
        QVERIFY(service.remove(owner, variant->id));
        QCOMPARE(scalar(t.db(), "SELECT deleted FROM products WHERE sku = 'P-RED'"), 1);
        QCOMPARE(
            scalar(t.db(), "SELECT count(*) FROM change_log WHERE op = 'delete' AND table_name = 'products'"),
            1);
        QVERIFY(!service.product(owner, variant->id));
        QVERIFY(service.create(owner, draft(u"P-RED"_qs, u"Again"_qs)));
    }

    void variantRules()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto parent = service.create(owner, draft(u"P"_qs, u"Parent"_qs));
        Product v = draft(u"V1"_qs, u"V1"_qs);
        v.parentId = parent->id;
        auto v1 = service.create(owner, v);
        QVERIFY(v1);
        Product nested = draft(u"V2"_qs, u"V2"_qs);
        nested.parentId = v1->id;
        QCOMPARE(service.create(owner, nested).error().field, u"Variant of"_qs);
        Product self = *parent;
        self.parentId = parent->id;
        QVERIFY(!service.update(owner, self));
        QCOMPARE(service.variants(owner, parent->id)->size(), 1);
    }

    void searchFindsSubstringsCaseAndYo()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QVERIFY(service.create(owner, draft(u"SKU-00081"_qs, u"Black Ceramic Socks 00081"_qs)));
        QVERIFY(service.create(owner, draft(u"SKU-00810"_qs, u"Orange Apron 00810"_qs)));
        QVERIFY(service.create(owner, draft(u"EL-1"_qs, u"Ёлочная игрушка"_qs)));
        QVERIFY(service.create(owner, draft(u"EL-2"_qs, u"Новогодняя ёлка"_qs)));
        Product coded = draft(u"X-1"_qs, u"Кружка"_qs);
        coded.barcodes = {Barcode{u"4601234567893"_qs, BarcodeKind::Ean13}};
        QVERIFY(service.create(owner, coded));

        QCOMPARE(service.search(owner, u"081"_qs)->size(), 2);  // mid-word substring
        QCOMPARE(service.search(owner, u"ЕЛОЧ"_qs)->size(), 1); // ё = е, any case
        QCOMPARE(service.search(owner, u"елка"_qs)->size(), 1);
        QCOMPARE(service.search(owner, u"ёл"_qs)->size(), 2);          // short term
        QCOMPARE(service.search(owner, u"567893"_qs)->size(), 1);      // barcode substring
        QCOMPARE(service.search(owner, u"кружка 4601"_qs)->size(), 1); // all terms
        QCOMPARE(service.search(owner, u"кружка 999"_qs)->size(), 0);
        QCOMPARE(service.search(owner, u"\"quoted"_qs)->size(), 0); // no FTS syntax error

        // Ranking: exact SKU first, then SKU prefix, then name prefix, then anywhere.
        QVERIFY(service.create(owner, draft(u"SOCK"_qs, u"Plain item"_qs)));
        QVERIFY(service.create(owner, draft(u"SOCKS-2"_qs, u"Other"_qs)));
        QVERIFY(service.create(owner, draft(u"Z-1"_qs, u"Socks warm"_qs)));
        const QStringList ranked = skus(*service.search(owner, u"sock"_qs));
        QCOMPARE(ranked.value(0), u"SOCK"_qs);
        QCOMPARE(ranked.value(1), u"SOCKS-2"_qs);
        QCOMPARE(ranked.value(2), u"Z-1"_qs);
        QCOMPARE(ranked.value(3), u"SKU-00081"_qs);

        // Renaming updates the search index.
        auto p = service.productBySku(owner, u"X-1"_qs);
        Product renamed = **p;
        renamed.name = u"Чашка"_qs;
        QVERIFY(service.update(owner, renamed));
        QCOMPARE(service.search(owner, u"кружка"_qs)->size(), 0);
        QCOMPARE(service.search(owner, u"чашк"_qs)->size(), 1);
    }

    void listSortsInLanguageOrder()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        const QStringList names{u"жук"_qs, u"ёлка"_qs, u"Ель"_qs, u"арбуз"_qs, u"Яблоко"_qs, u"банан"_qs};
        int i = 0;
        for (const QString& name : names)
            QVERIFY(service.create(owner, draft(u"S"_qs + QString::number(i++), name)));
        QLocale::setDefault(QLocale(QLocale::Russian));
        auto entries = service.list(owner, {});
        ProductService::sortEntries(*entries, false);
        QStringList sorted;
        for (const auto& e : *entries)
            sorted.append(e.name);
        // ё sorts as е at the primary level (so "ёлка" < "Ель" because к < ь), never after я as bytes would
        // put it.
        QCOMPARE(sorted,
                 (QStringList{u"арбуз"_qs, u"банан"_qs, u"ёлка"_qs, u"Ель"_qs, u"жук"_qs, u"Яблоко"_qs}));
        QLocale::setDefault(QLocale::c());
    }

    void categoriesTree()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto socks = service.ensureCategoryPath(owner, {u"Одежда"_qs, u"Носки"_qs});
        QVERIFY(socks);
        auto again = service.ensureCategoryPath(owner, {u"Одежда"_qs, u" Носки "_qs});
        QCOMPARE(*again, *socks);
        auto all = service.categories(owner);
        QCOMPARE(all->size(), 2);
        QCOMPARE(ProductService::categoryPath(*all, *socks), u"Одежда > Носки"_qs);

        Product d = draft(u"A"_qs, u"Alpha"_qs);
        d.categoryId = *socks;
        QVERIFY(service.create(owner, d));
        QVERIFY(service.create(owner, draft(u"B"_qs, u"Beta"_qs)));
        const Id clothes = all->front().name == u"Одежда"_qs ? all->front().id : all->back().id;
        ProductFilter filter;
        filter.categoryId = clothes; // includes sub-categories
        QCOMPARE(skus(*service.list(owner, filter)), QStringList{u"A"_qs});

        QCOMPARE(service.removeCategory(owner, *socks).error().code, ErrorCode::Conflict);
        QVERIFY(!service.moveCategory(owner, clothes, *socks)); // a cycle
        QVERIFY(service.renameCategory(owner, *socks, u"Гольфы"_qs));
        QCOMPARE(ProductService::categoryPath(*service.categories(owner), *socks), u"Одежда > Гольфы"_qs);
    }

    void saveManyIsAllOrNothing()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QVERIFY(service.create(owner, draft(u"OLD"_qs, u"Old name"_qs, 100)));
        ProductService::BulkOptions options;
        options.source = u"file.csv"_qs;

        QList<Product> rows{draft(u"N1"_qs, u"New 1"_qs), draft(u"OLD"_qs, u"New name"_qs, 200),
                            draft(u"N2"_qs, u""_qs), draft(u"N3"_qs, u"x"_qs, -5)}; // rows 3 and 4 invalid
        auto failed = service.saveMany(owner, rows, options);
        QVERIFY(failed);
        QVERIFY(!failed->committed);
        QCOMPARE(failed->rowErrors.size(), 2);
        QCOMPARE(failed->rowErrors[0].line, 3);
        QCOMPARE(failed->rowErrors[0].field, u"Name"_qs);
        QCOMPARE(failed->rowErrors[1].line, 4);
        QCOMPARE(failed->rowErrors[1].field, u"Price"_qs);
        QCOMPARE(service.count(owner).value(), 1);
        QCOMPARE(service.productBySku(owner, u"OLD"_qs)->value().name, u"Old name"_qs);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM change_log"), 1);

        // Skipping bad rows saves the good ones.
        options.skipBadRows = true;
        auto skipped = service.saveMany(owner, rows, options);
        QVERIFY(skipped && skipped->committed);
        QCOMPARE(skipped->created, 1);
        QCOMPARE(skipped->updated, 1);
        QCOMPARE(skipped->skipped, 2);
        QCOMPARE(service.productBySku(owner, u"OLD"_qs)->value().listPrice.minorUnits(), 200);
        QVERIFY(!service.productBySku(owner, u"N2"_qs)->has_value());

        // A bad barcode in a row undoes that row's product insert too (savepoint per row).
        Product withBadCode = draft(u"N4"_qs, u"x"_qs);
        withBadCode.barcodes = {Barcode{u"SHOP-1"_qs, BarcodeKind::Internal},
                                Barcode{u"SHOP-1"_qs, BarcodeKind::Internal}};
        auto partial = service.saveMany(owner, {withBadCode}, options);
        QCOMPARE(partial->skipped, 1);
        QVERIFY(!service.productBySku(owner, u"N4"_qs)->has_value());

        // Existing SKUs reported instead of updated, when asked.
        options.skipBadRows = false;
        options.updateExisting = false;
        auto reported =
            service.saveMany(owner, {draft(u"NEW"_qs, u"x"_qs), draft(u"n1"_qs, u"x"_qs)}, options);
        QVERIFY(reported && !reported->committed);
        QCOMPARE(reported->rowErrors.value(0).line, 2);
        QCOMPARE(reported->rowErrors.value(0).code, ErrorCode::Conflict);
        QVERIFY(!service.productBySku(owner, u"NEW"_qs)->has_value());

        // A SKU twice in one batch is reported at its second row.
        auto twice = service.saveMany(owner, {draft(u"T-1"_qs, u"x"_qs), draft(u"t-1"_qs, u"y"_qs)}, options);
        QVERIFY(twice && !twice->committed);
        QCOMPARE(twice->rowErrors.value(0).line, 2);

        // Rows added in bulk are searchable, and the search index stays sound through updates.
        options.updateExisting = true;
        QVERIFY(service
                    .saveMany(owner, {draft(u"S-1"_qs, u"Шерстяной шарф"_qs), draft(u"N1"_qs, u"Renamed"_qs)},
                              options)
                    ->committed);
        QCOMPARE(service.search(owner, u"шерст"_qs)->size(), 1);
        QCOMPARE(service.search(owner, u"renamed"_qs)->size(), 1);
        QCOMPARE(service.search(owner, u"new 1"_qs)->size(), 0);
        QVERIFY(t.db().connection().execScript(
            "INSERT INTO products_fts(products_fts) VALUES('integrity-check')"));

        // Cancel rolls back.
        options.progress = [](qsizetype done) { return done == 0; };
        auto cancelled = service.saveMany(owner, {draft(u"C1"_qs, u"x"_qs)}, options);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QVERIFY(!service.productBySku(owner, u"C1"_qs)->has_value());
    }

    void salePriceIsStoredOnCreateAndImport()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        Product d = draft(u"SALE-1"_qs, u"On sale"_qs, 10000);
        d.salePrice = Money(8000, u"RUB"_qs);
        auto created = service.create(owner, d);
        QVERIFY(created);
        QCOMPARE(service.product(owner, created->id)->salePrice,
                 std::optional<Money>(Money(8000, u"RUB"_qs)));

        Product imported = draft(u"SALE-2"_qs, u"Imported on sale"_qs, 10000);
        imported.salePrice = Money(7500, u"RUB"_qs);
        QVERIFY(service.saveMany(owner, {imported}, {})->committed);
        QCOMPARE(service.productBySku(owner, u"SALE-2"_qs)->value().salePrice,
                 std::optional<Money>(Money(7500, u"RUB"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestProductService)
#include "TestProductService.moc"

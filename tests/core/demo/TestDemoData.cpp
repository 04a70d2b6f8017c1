#include "catalog/ProductService.h"
#include "demo/DemoData.h"
#include "support/TempDatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;

namespace {

qint64 scalar(Database& db, const char* sql)
{
    return db.connection().query(sql).scalarInt()->value_or(-1);
}

// Every product as "sku|name|price|cost|vat|unit|barcodes|attributes", in SKU order: what must be
// the same on every run (ids and times are not).
QStringList catalogFingerprint(Database& db)
{
    auto q = db.connection().query(
        "SELECT p.sku, p.name, p.list_price, p.cost, ifnull(p.vat_rate, -1), p.unit, p.attributes, "
        "(SELECT group_concat(code, ',') FROM product_barcodes b WHERE b.product_id = p.id), "
        "(SELECT sku FROM products parent WHERE parent.id = p.parent_id), "
        "(SELECT name FROM categories c WHERE c.id = p.category_id) "
        "FROM products p ORDER BY p.sku");
    QStringList rows;
    while (*q.next()) {
        QStringList fields;
        for (int i = 0; i < 10; ++i)
            fields.append(q.text(i));
        rows.append(fields.join(u'|'));
    }
    return rows;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private:
    Actor owner = Actor::owner();

private Q_SLOTS:
    void smallScaleCreatesExactlyOneThousandProducts()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QSignalSpy changed(&service, &ProductService::productsChanged);
        QSignalSpy categoriesChanged(&service, &ProductService::categoriesChanged);
        int lastDone = -1;
        int calls = 0;
        auto created = DemoData::generate(service, owner, DemoData::Scale::Small, [&](int done, int total) {
            ++calls;
            lastDone = done;
            return total == 1000;
        });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE(*created, 1000);
        QCOMPARE(DemoData::productCount(DemoData::Scale::Small), 1000);
        QCOMPARE(DemoData::productCount(DemoData::Scale::Large), 50000);
        QCOMPARE(service.count(owner, true).value(), 1000);
        QCOMPARE(lastDone, 1000);
        QVERIFY(calls > 4);
        QVERIFY(changed.count() >= 1); // after each committed batch
        QVERIFY(categoriesChanged.count() >= 1);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM categories"), 2 * (8 + 20)); // 8 departments, 20 leaves
        // Every product has a category; both languages' trees exist.
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM products WHERE category_id IS NULL"), 0);
        const auto all = service.categories(owner).value();
        QStringList paths;
        for (const Category& c : all)
            paths.append(ProductService::categoryPath(all, c.id));
        QVERIFY(paths.contains(u"Одежда > Носки"_qs));
        QVERIFY(paths.contains(u"Clothing > Socks"_qs));
        QVERIFY(paths.contains(u"Дом > Кухня"_qs));
        // Costs below prices, units, VAT rates.
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM products WHERE cost IS NULL OR cost >= list_price "
                                "OR list_price <= 0"),
                 0);
        QVERIFY(scalar(t.db(), "SELECT count(*) FROM products WHERE unit = 'pcs'") > 700);
        QVERIFY(scalar(t.db(), "SELECT count(*) FROM products WHERE unit = 'kg'") > 0);
        QVERIFY(scalar(t.db(), "SELECT count(*) FROM products WHERE unit = 'm'") > 0);
        for (const char* sql : {"SELECT count(*) FROM products WHERE vat_rate = 2000",
                                "SELECT count(*) FROM products WHERE vat_rate = 2200",
                                "SELECT count(*) FROM products WHERE vat_rate = 1000",
                                "SELECT count(*) FROM products WHERE vat_rate IS NULL"})
            QVERIFY2(scalar(t.db(), sql) > 0, sql);
        QCOMPARE(scalar(t.db(), "SELECT count(DISTINCT currency) FROM products"), 1);
    }

    void namesAreRussianAndEnglish()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QVERIFY(DemoData::generate(service, owner, DemoData::Scale::Small));
        const QList<ProductListEntry> entries = service.list(owner, {}).value();
        int cyrillic = 0;
        int withYo = 0;
        for (const ProductListEntry& e : entries) {
            const bool russian = std::any_of(e.name.begin(), e.name.end(),
                                             [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
            cyrillic += russian ? 1 : 0;
            withYo += e.name.contains(u'ё') ? 1 : 0;
        }
        QVERIFY2(cyrillic > 400 && cyrillic < 600, qPrintable(QString::number(cyrillic)));
        QVERIFY(withYo > 20);
        // Search folds ё to е: a Russian shopper typing "черн" finds "чёрные".
        QVERIFY(!service.search(owner, u"черн"_qs).value().isEmpty());
        QVERIFY(!service.search(owner, u"Ceramic Mug"_qs).value().isEmpty());
    }

    void skusAreUniqueAndBarcodesValid()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QVERIFY(DemoData::generate(service, owner, DemoData::Scale::Small));
        QCOMPARE(scalar(t.db(), "SELECT count(DISTINCT sku) FROM products"), 1000);

        auto q = t.db().connection().query("SELECT code, kind FROM product_barcodes");
        int ean13 = 0;
        int internal = 0;
        while (*q.next()) {
            const QString code = q.text(0);
            const BarcodeKind kind = Barcodes::kindFromCode(q.text(1));
            auto valid = Barcodes::validate(code, kind == BarcodeKind::Internal);
            QVERIFY2(valid, qPrintable(code));
            QCOMPARE(valid->kind, kind);
            if (kind == BarcodeKind::Ean13) {
                QCOMPARE(code.size(), 13);
                QCOMPARE(code.back().unicode() - u'0', Barcodes::gs1CheckDigit(QStringView(code).chopped(1)));
                ++ean13;
            } else {
                ++internal;
            }
        }
        QVERIFY2(ean13 > 220 && ean13 < 380, qPrintable(QString::number(ean13))); // about 30 %
        QVERIFY(internal > 0 && internal < 60);
    }

    void variantGroupsHaveAttributes()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QVERIFY(DemoData::generate(service, owner, DemoData::Scale::Small));
        const qint64 variants = scalar(t.db(), "SELECT count(*) FROM products WHERE parent_id IS NOT NULL");
        QVERIFY2(variants > 30, qPrintable(QString::number(variants)));
        // Every parent has 2-4 variants, each with Colour/Size or Цвет/Размер.
        auto parents = t.db().connection().query(
            "SELECT id, count(*) FROM (SELECT parent_id AS id FROM products WHERE parent_id IS NOT NULL) "
            "GROUP BY id");
        QList<Id> parentIds;
        while (*parents.next()) {
            const qint64 n = parents.int64(1);
            QVERIFY2(n >= 2 && n <= 4, qPrintable(QString::number(n)));
            parentIds.append(parents.id(0));
        }
        parents.reset();
        bool russianAttributes = false;
        bool englishAttributes = false;
        for (const Id& id : std::as_const(parentIds)) {
            const QList<Product> group = service.variants(owner, id).value();
            for (const Product& v : group) {
                QVERIFY(!v.attributes.isEmpty());
                for (const auto& [key, value] : v.attributes) {
                    QVERIFY2(QStringList({u"Colour"_qs, u"Size"_qs, u"Цвет"_qs, u"Размер"_qs}).contains(key),
                             qPrintable(key));
                    QVERIFY(!value.isEmpty());
                    russianAttributes |= key == u"Цвет" || key == u"Размер";
                    englishAttributes |= key == u"Colour" || key == u"Size";
                }
            }
            QVERIFY(service.hasHistory(owner, id).value());
        }
        QVERIFY(russianAttributes);
        QVERIFY(englishAttributes);
    }

    void sameCatalogEveryRun()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        ProductService first(a.db());
        ProductService second(b.db());
        QVERIFY(DemoData::generate(first, owner, DemoData::Scale::Small));
        b.clock().advanceMs(86400000); // another day: times differ, the catalog does not
        QVERIFY(DemoData::generate(second, owner, DemoData::Scale::Small));
        const QStringList one = catalogFingerprint(a.db());
        const QStringList two = catalogFingerprint(b.db());
        QCOMPARE(one.size(), 1000);
        QCOMPARE(one, two);
    }

    void cancelKeepsCommittedBatches()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        // Cancelled in the first (and only) batch: it is rolled back.
        auto result = DemoData::generate(service, owner, DemoData::Scale::Small,
                                         [](int done, int) { return done < 600; });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM products"), 0);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM change_log WHERE table_name = 'products'"), 0);

        // Cancelled before anything starts: not even categories.
        test::TempDatabase early;
        ProductService earlyService(early.db());
        auto none =
            DemoData::generate(earlyService, owner, DemoData::Scale::Small, [](int, int) { return false; });
        QCOMPARE(none.error().code, ErrorCode::Cancelled);
        QCOMPARE(scalar(early.db(), "SELECT count(*) FROM categories"), 0);

        // The large scale has 50 batches: cancelled in the third, two stay, each product whole.
        test::TempDatabase large;
        ProductService largeService(large.db());
        auto partial = DemoData::generate(largeService, owner, DemoData::Scale::Large,
                                          [](int done, int) { return done < 2500; });
        QCOMPARE(partial.error().code, ErrorCode::Cancelled);
        QCOMPARE(largeService.count(owner, true).value(), 2000);
        QCOMPARE(scalar(large.db(), "SELECT count(*) FROM products WHERE category_id IS NULL"), 0);
        // The connection is usable afterwards (no transaction left open).
        Product after;
        after.sku = u"AFTER"_qs;
        after.name = u"x"_qs;
        QVERIFY(largeService.create(owner, after));
    }

    void neverTouchesExistingProducts()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        QVERIFY(DemoData::generate(service, owner, DemoData::Scale::Small));
        const QStringList before = catalogFingerprint(t.db());
        // A second run would reuse the same SKUs: refused, nothing changed.
        auto again = DemoData::generate(service, owner, DemoData::Scale::Small);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(catalogFingerprint(t.db()), before);

        // A shop's own product beside it is fine on an otherwise empty catalog.
        test::TempDatabase other;
        ProductService shop(other.db());
        Product own;
        own.sku = u"MY-1"_qs;
        own.name = u"Своё"_qs;
        QVERIFY(shop.create(owner, own));
        QCOMPARE(DemoData::generate(shop, owner, DemoData::Scale::Small).value(), 1000);
        QCOMPARE(shop.count(owner, true).value(), 1001);
    }

    void permissionsApply()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        auto denied = DemoData::generate(service, Actor::withRole(Role::Support), DemoData::Scale::Small);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(scalar(t.db(), "SELECT count(*) FROM categories"), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"

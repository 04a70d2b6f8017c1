#include "catalog/ProductCsv.h"
#include "io/TextDecoder.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestProductCsv : public QObject
{
    Q_OBJECT

private:
    Actor owner = Actor::owner();
    QTemporaryDir dir;

    Product productBySku(ProductService& s, const QString& sku)
    {
        auto p = s.productBySku(owner, sku);
        return p && p->has_value() ? **p : Product();
    }

private Q_SLOTS:
    void russianExcelFile()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        ProductCsv csv(service);
        // Saved by Excel in a Russian locale: Windows-1251, ';', decimal comma, no-break space
        // thousands, CRLF, a quoted field holding ';' and a line break.
        const QString text =
            u"Артикул;Наименование;Цена, руб.;Себестоимость;Штрихкод;Категория;Ед. изм.;НДС\r\n"
            u"A-1;Носки \"Ёлочка\";1\u00A0250,50;600;4601234567893;Одежда > Носки;шт;20%\r\n"
            u"A-2;\"Кружка; керамика\r\n350 мл\";99,9;;;Дом > Кухня;шт.;без НДС\r\n"
            u"A-3;Сахар;75;50;;Бакалея;кг;10\r\n"_qs;
        const QString path = writeFile(dir, u"excel-ru.csv"_qs, encodeText(text, u"Windows-1251"_qs));

        auto preview = csv.preview(path);
        QVERIFY(preview);
        QCOMPARE(preview->encoding, u"Windows-1251"_qs);
        QCOMPARE(preview->delimiter, QChar(u';'));
        QCOMPARE(preview->format, ProductCsvFormat::Mapped);
        QCOMPARE(preview->rowCount, 3);
        QCOMPARE(preview->mapping.column(u"sku"_qs), 0);
        QCOMPARE(preview->mapping.column(u"name"_qs), 1);
        QCOMPARE(preview->mapping.column(u"price"_qs), 2);
        QCOMPARE(preview->mapping.column(u"cost"_qs), 3);
        QCOMPARE(preview->mapping.column(u"barcodes"_qs), 4);
        QCOMPARE(preview->mapping.column(u"category"_qs), 5);
        QCOMPARE(preview->mapping.column(u"unit"_qs), 6);
        QCOMPARE(preview->mapping.column(u"vat"_qs), 7);

        auto result = csv.import(owner, path, {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY2(result->issues.isEmpty(), qPrintable(result->issues.value(0).toString()));
        QVERIFY(result->committed);
        QCOMPARE(result->created, 3);

        const Product a1 = productBySku(service, u"A-1"_qs);
        QCOMPARE(a1.name, u"Носки \"Ёлочка\""_qs);
        QCOMPARE(a1.listPrice.minorUnits(), 125050);
        QCOMPARE(a1.cost->minorUnits(), 60000);
        QCOMPARE(a1.vatRateBp, std::optional<int>(2000));
        QCOMPARE(a1.barcodes.value(0).code, u"4601234567893"_qs);
        QCOMPARE(ProductService::categoryPath(*service.categories(owner), a1.categoryId),
                 u"Одежда > Носки"_qs);
        const Product a2 = productBySku(service, u"A-2"_qs);
        QCOMPARE(a2.name, u"Кружка; керамика\r\n350 мл"_qs);
        QCOMPARE(a2.listPrice.minorUnits(), 9990);
        QVERIFY(!a2.cost);
        QVERIFY(!a2.vatRateBp);
        QCOMPARE(productBySku(service, u"A-3"_qs).unit, Unit::Kilogram);
        QCOMPARE(service.search(owner, u"елочка"_qs)->size(), 1);
    }

    void badRowsAreReportedWithLineAndColumn()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        ProductCsv csv(service);
        QVERIFY(service.create(owner, [] {
            Product p;
            p.sku = u"OLD"_qs;
            p.name = u"Old"_qs;
            return p;
        }()));
        const QByteArray bytes = "sku,name,price,barcodes\n"
                                 "B-1,Good one,10.00,\n"
                                 "B-2,Bad price,12abc,\n"
                                 "\"B-3\",\"Multi\nline name\",5,4006381333932\n"
                                 "B-1,Repeated,1,\n"
                                 "B-5,,1,\n";
        const QString path = writeFile(dir, u"bad.csv"_qs, bytes);

        auto result = csv.import(owner, path, {});
        QVERIFY(result);
        QVERIFY(!result->committed);
        QCOMPARE(result->issues.size(), 4);
        QCOMPARE(result->issues[0].line, 3);
        QCOMPARE(result->issues[0].field, u"price"_qs);
        QCOMPARE(result->issues[0].file, u"bad.csv"_qs);
        QCOMPARE(result->issues[1].line, 4); // the record starts on line 4 even though it spans two
        QCOMPARE(result->issues[1].field, u"barcodes"_qs);
        QVERIFY(result->issues[1].message.contains(u"check digit"_qs));
        QCOMPARE(result->issues[2].line, 6);
        QVERIFY(result->issues[2].message.contains(u"line 2"_qs)); // repeated SKU names its first line
        QCOMPARE(result->issues[3].line, 7);
        QVERIFY(result->issues[3].toString().startsWith(u"bad.csv, line 7, name: "_qs));
        QCOMPARE(service.count(owner).value(), 1); // nothing imported

        ProductImportOptions skip;
        skip.skipBadRows = true;
        auto skipped = csv.import(owner, path, skip);
        QVERIFY(skipped && skipped->committed);
        QCOMPARE(skipped->created, 1);
        QCOMPARE(skipped->skipped, 4);
        QCOMPARE(service.count(owner).value(), 2);
    }

    void existingSkuUpdatedOrReported()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        ProductCsv csv(service);
        const QString first = writeFile(dir, u"v1.csv"_qs, "sku,name,price,cost\nC-1,Chair,100,60\n");
        QVERIFY(csv.import(owner, first, {})->committed);
        // An empty cell leaves that field alone on update.
        const QString second = writeFile(dir, u"v2.csv"_qs, "sku,name,price,cost\nc-1,Chair deluxe,,70\n");
        ProductImportOptions report;
        report.updateExisting = false;
        auto reported = csv.import(owner, second, report);
        QVERIFY(reported && !reported->committed);
        QCOMPARE(reported->issues.value(0).line, 2);
        QCOMPARE(reported->issues.value(0).code, ErrorCode::Conflict);

        auto updated = csv.import(owner, second, {});
        QVERIFY(updated && updated->committed);
        QCOMPARE(updated->updated, 1);
        const Product chair = productBySku(service, u"C-1"_qs);
        QCOMPARE(chair.name, u"Chair deluxe"_qs);
        QCOMPARE(chair.listPrice.minorUnits(), 10000);
        QCOMPARE(chair.cost->minorUnits(), 7000);
    }

    void wooCommerceExport()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        ProductCsv csv(service);
        const QByteArray bytes =
            "\xEF\xBB\xBF"
            "ID,Type,SKU,Name,Published,\"Short description\",Description,\"Regular price\",\"Sale price\","
            "Categories,Parent,Stock,\"Attribute 1 name\",\"Attribute 1 value(s)\",\"Attribute 1 visible\","
            "\"Attribute 1 global\"\r\n"
            "11,simple,WOO-MUG,\"Mug, white\",1,,\"A <b>nice</b> mug\",450,399,\"Home > Kitchen, "
            "Gifts\",,12,,,,\r\n"
            "12,variable,WOO-TEE,T-shirt,1,,,,,Clothing > T-shirts,,,Size,\"S, M\",1,1\r\n"
            "13,variation,WOO-TEE-S,T-shirt - S,1,,,990,,,id:12,5,Size,S,,1\r\n"
            "14,variation,WOO-TEE-M,T-shirt - M,1,,,990,,,WOO-TEE,3,Size,M,,1\r\n"
            "15,external,WOO-EXT,Affiliate thing,1,,,10,,,,,,,,\r\n";
        const QString path = writeFile(dir, u"wc-product-export.csv"_qs, bytes);
        auto preview = csv.preview(path);
        QCOMPARE(preview->format, ProductCsvFormat::WooCommerce);
        QCOMPARE(preview->encoding, u"UTF-8 BOM"_qs);

        ProductImportOptions skip;
        skip.skipBadRows = true;
        auto result = csv.import(owner, path, skip);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY(result->committed);
        QCOMPARE(result->created, 4);
        QCOMPARE(result->issues.size(), 1); // the external product
        QCOMPARE(result->issues[0].line, 6);
        QVERIFY(!result->notes.isEmpty()); // the Stock column is ignored, and says so

        const Product mug = productBySku(service, u"WOO-MUG"_qs);
        QCOMPARE(mug.listPrice.minorUnits(), 45000);
        QCOMPARE(mug.salePrice->minorUnits(), 39900);
        QCOMPARE(ProductService::categoryPath(*service.categories(owner), mug.categoryId),
                 u"Home > Kitchen"_qs);
        const Product tee = productBySku(service, u"WOO-TEE"_qs);
        const Product small = productBySku(service, u"WOO-TEE-S"_qs);
        const Product medium = productBySku(service, u"WOO-TEE-M"_qs);
        QCOMPARE(small.parentId, tee.id);  // Parent given as id:12
        QCOMPARE(medium.parentId, tee.id); // Parent given as a SKU
        QCOMPARE(small.attributes, (QList<std::pair<QString, QString>>{{u"Size"_qs, u"S"_qs}}));

        // And back out in WooCommerce's format: variations after their variable parent.
        const QString out = dir.filePath(u"woo-out.csv"_qs);
        ProductExportOptions wooExport;
        wooExport.format = ProductCsvFormat::WooCommerce;
        QCOMPARE(csv.exportTo(owner, out, wooExport).value(), 4);
        const QString written = QString::fromUtf8(readFile(out));
        QVERIFY(written.contains(u"variable,WOO-TEE,T-shirt"_qs));
        QVERIFY(written.contains(u"variation,WOO-TEE-S,T-shirt - S,1,,990.00,,,WOO-TEE"_qs));
        QVERIFY(written.indexOf(u"variable,WOO-TEE,"_qs) < written.indexOf(u"variation,WOO-TEE-S"_qs));
    }

    void kontorRoundTrip()
    {
        test::TempDatabase source;
        ProductService from(source.db());
        ProductCsv csv(from);
        auto cat = from.ensureCategoryPath(owner, {u"Одежда"_qs, u"Носки"_qs});
        Product p;
        p.sku = u"R-1"_qs;
        p.name = u"=cmd|' /C calc'!A0"_qs; // hostile: must not become a formula, must come back as is
        p.description = u"Line one\nline \"two\", with comma"_qs;
        p.categoryId = *cat;
        p.unit = Unit::Metre;
        p.listPrice = Money(123456, u"RUB"_qs);
        p.salePrice = Money(100000, u"RUB"_qs);
        p.cost = Money(50001, u"RUB"_qs);
        p.vatRateBp = 550;
        p.weightGrams = 1250;
        p.barcodes = {Barcode{u"4006381333931"_qs, BarcodeKind::Ean13},
                      Barcode{u"INT-7"_qs, BarcodeKind::Internal}};
        auto parent = from.create(owner, p);
        QVERIFY(parent);
        Product v;
        v.sku = u"R-1-XL"_qs;
        v.name = u"Вариант XL"_qs;
        v.parentId = parent->id;
        v.attributes = {{u"Размер"_qs, u"XL"_qs}, {u"Цвет"_qs, u"синий"_qs}};
        v.archived = true;
        QVERIFY(from.create(owner, v));

        for (const bool excel : {false, true}) {
            const QString out = dir.filePath(excel ? u"excel.csv"_qs : u"kontor.csv"_qs);
            ProductExportOptions options;
            if (excel) {
                options.delimiter = u';';
                options.decimalComma = true;
                options.encoding = u"Windows-1251"_qs;
                options.escapeFormulas = true;
            }
            QCOMPARE(csv.exportTo(owner, out, options).value(), 2);
            // For Excel the formula is defused in the file; the importer restores the name.
            QCOMPARE(readFile(out).contains("'=cmd"), excel);

            test::TempDatabase target;
            ProductService to(target.db());
            ProductCsv importer(to);
            auto result = importer.import(owner, out, {});
            QVERIFY2(result && result->committed,
                     qPrintable(result ? result->issues.value(0).toString() : result.error().toString()));
            QCOMPARE(result->created, 2);
            const Product back = *(*to.productBySku(owner, u"R-1"_qs));
            QCOMPARE(back.name, p.name);
            QCOMPARE(back.description, p.description);
            QCOMPARE(back.unit, Unit::Metre);
            QCOMPARE(back.listPrice, p.listPrice);
            QCOMPARE(back.salePrice, p.salePrice);
            QCOMPARE(back.cost, p.cost);
            QCOMPARE(back.vatRateBp, p.vatRateBp);
            QCOMPARE(back.weightGrams, p.weightGrams);
            QCOMPARE(back.barcodes, p.barcodes);
            QCOMPARE(ProductService::categoryPath(*to.categories(owner), back.categoryId),
                     u"Одежда > Носки"_qs);
            const Product variant = *(*to.productBySku(owner, u"R-1-XL"_qs));
            QCOMPARE(variant.parentId, back.id);
            QCOMPARE(variant.attributes, v.attributes);
            QVERIFY(variant.archived);
        }
    }

    void permissions()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        ProductCsv csv(service);
        Product p;
        p.sku = u"P-1"_qs;
        p.name = u"Secret item"_qs;
        p.cost = Money(777, u"RUB"_qs);
        QVERIFY(service.create(owner, p));
        const QString path = writeFile(dir, u"perm.csv"_qs, "sku,name\nX,Y\n");
        QCOMPARE(csv.import(Actor::withRole(Role::Warehouse), path, {}).error().code,
                 ErrorCode::PermissionDenied);

        const QString out = dir.filePath(u"support.csv"_qs);
        QVERIFY(csv.exportTo(Actor::withRole(Role::Support), out, {}));
        const QString text = QString::fromUtf8(readFile(out));
        QVERIFY(!text.contains(u"cost"_qs));
        QVERIFY(!text.contains(u"7.77"_qs));
        QVERIFY(csv.exportTo(owner, out, {}));
        QVERIFY(QString::fromUtf8(readFile(out)).contains(u"7.77"_qs));
    }

    void malformedFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("unterminated quote") << QByteArray("sku,name\nA,\"never closed\nB,x\n") << 2;
        QTest::newRow("binary") << QByteArray("sku,name\nA,\0\x01\x02", 15) << 2;
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("no sku column") << QByteArray("colour,size\nred,M\n") << 1;
    }

    void malformedFilesChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        test::TempDatabase t;
        ProductService service(t.db());
        ProductCsv csv(service);
        const QString path = writeFile(dir, u"malformed.csv"_qs, bytes);
        auto result = csv.import(owner, path, {});
        QVERIFY(!result);
        QCOMPARE(result.error().line, line);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(service.count(owner, true).value(), 0);
    }

    void cancelChangesNothing()
    {
        test::TempDatabase t;
        ProductService service(t.db());
        ProductCsv csv(service);
        QByteArray bytes = "sku,name,price\n";
        for (int i = 0; i < 2000; ++i)
            bytes += "S-" + QByteArray::number(i) + ",Name " + QByteArray::number(i) + ",1.00\n";
        const QString path = writeFile(dir, u"big.csv"_qs, bytes);
        qint64 lastDone = 0;
        auto result = csv.import(owner, path, {}, [&](qint64 done, qint64 total) {
            lastDone = done;
            return done < total / 2;
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(lastDone > 0);
        QCOMPARE(service.count(owner).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProductCsv)
#include "TestProductCsv.moc"

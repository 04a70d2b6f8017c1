#include "catalog/ProductService.h"
#include "io/TextDecoder.h"
#include "security/AuditLog.h"
#include "stock/StockCsv.h"
#include "support/TempDatabase.h"
#include "support/TestData.h"
#include "support/TestFiles.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kontor;
using namespace kontor::test;

namespace {

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

// A shop with pieces, kilograms, a product found by barcode (B-1), a kit (KIT), a
// second and third warehouse that both have a location SHELF, and an archived location OLD.
struct Shop
{
    TempDatabase tmp;
    ProductService products{tmp.db()};
    StockService stock{tmp.db()};
    StockCsv csv{stock, products};
    Actor owner = Actor::owner();
    Id a1, a2, b1, kit;
    Id spbMain, spbShelf, ekbShelf;

    explicit Shop(bool withWarehouses = true)
    {
        a1 = product(makeProduct(u"A-1"_qs, u"Носки"_qs));
        Product kg = makeProduct(u"A-2"_qs, u"Сахар"_qs);
        kg.unit = Unit::Kilogram;
        a2 = product(kg);
        Product coded = makeProduct(u"B-1"_qs, u"Кружка"_qs);
        coded.barcodes = {Barcode{u"4601234567893"_qs, BarcodeKind::Ean13}};
        b1 = product(coded);
        kit = product(makeProduct(u"KIT"_qs, u"Набор"_qs));
        if (!stock.setKitComponents(owner, kit, {KitComponent{a1, units(2)}}))
            qFatal("kit");
        if (!withWarehouses)
            return;
        auto spb = stock.createWarehouse(owner, u"SPB"_qs, u"Питер"_qs, WarehouseKind::Own);
        auto ekb = stock.createWarehouse(owner, u"EKB"_qs, u"Екатеринбург"_qs, WarehouseKind::Own);
        if (!spb || !ekb)
            qFatal("warehouses");
        spbShelf = location(spb->id, u"SHELF"_qs);
        ekbShelf = location(ekb->id, u"SHELF"_qs);
        const Id old = location(StockService::mainWarehouseId(), u"OLD"_qs);
        if (!stock.setLocationArchived(owner, old, true))
            qFatal("archive");
        const QList<Location> all = stock.locations(owner).value();
        for (const Location& l : all) {
            if (l.warehouseId == spb->id && l.code == u"MAIN")
                spbMain = l.id;
        }
    }

    Id product(const Product& draft)
    {
        auto p = products.create(owner, draft);
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return p->id;
    }

    Id location(const Id& warehouse, const QString& code)
    {
        Location l;
        l.warehouseId = warehouse;
        l.code = code;
        auto created = stock.createLocation(owner, l);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created->id;
    }

    Quantity onHand(const Id& product, const Id& location = StockService::mainLocationId())
    {
        return stock.balance(owner, product, location).value().onHand;
    }

    qint64 rows(QByteArrayView table)
    {
        auto q = tmp.db().connection().query(QByteArray("SELECT COUNT(*) FROM " + table.toByteArray()));
        return q.scalarInt().value().value_or(-1);
    }

    // Everything an import could have touched, to prove that it touched nothing.
    QList<qint64> footprint()
    {
        return {rows("stock_movements"), rows("stock_balances"), rows("stock_costs"), rows("change_log"),
                rows("audit_log")};
    }
};

} // namespace

// Opening stock from CSV (StockCsv): Russian Excel files, every kind of bad row with its line and
// column, all-or-nothing, skipping bad rows, cancelling, valuation and the export round trip.
class TestStockCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    // One file with one bad row of each kind (and one good row, line 17).
    QString badFile()
    {
        return writeFile(dir.path(), u"bad.csv"_qs,
                         "sku,location,quantity,cost,date\n"
                         "NOPE,,1,,\n"            // 2 unknown SKU
                         "A-1,NOWHERE,1,,\n"      // 3 unknown location
                         "A-1,,abc,,\n"           // 4 not a number
                         "A-1,,1.5,,\n"           // 5 fractional pieces
                         "A-1,,-3,,\n"            // 6 negative
                         "KIT,,1,,\n"             // 7 a kit
                         "A-1,SHELF,1,,\n"        // 8 SHELF in two warehouses
                         "A-1,OLD,1,,\n"          // 9 archived
                         "A-1,,1,x1,\n"           // 10 bad cost
                         "A-1,,1,-5,\n"           // 11 negative cost
                         "A-1,,1,,31.02.2025\n"   // 12 not a date
                         "A-1,,1,,2026-06-01\n"   // 13 in the future
                         ",,1,,\n"                // 14 no SKU
                         "A-1,,1,,,surprise\n"    // 15 a column too many
                         "A-1,,,,\n"              // 16 no quantity
                         "A-2,spb/main,1.5,,\n"); // 17 good
    }

private Q_SLOTS:
    void russianExcelFileWithCp1251()
    {
        Shop shop;
        const QString text = u"Артикул;Штрихкод;Склад;Остаток;Себестоимость;Дата\r\n"
                             u"A-1;;;10;1\u00A0234,50;15.12.2025\r\n"
                             u"A-2;;SPB;2,5;80;2025-12-15T10:30:00Z\r\n"
                             u";4601234567893;spb/shelf;3;;\r\n"
                             u"A-1;;PACK;0;;\r\n"_qs;
        const QString path = writeFile(dir.path(), u"остатки.csv"_qs, encodeText(text, u"Windows-1251"_qs));

        auto preview = shop.csv.preview(path);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().toString()));
        QCOMPARE(preview->encoding, u"Windows-1251"_qs);
        QCOMPARE(preview->delimiter, QChar(u';'));
        QCOMPARE(preview->rowCount, 4);
        const QList<std::pair<QString, int>> guessed{{u"sku"_qs, 0},      {u"barcode"_qs, 1},
                                                     {u"location"_qs, 2}, {u"quantity"_qs, 3},
                                                     {u"cost"_qs, 4},     {u"date"_qs, 5}};
        for (const auto& [key, column] : guessed)
            QCOMPARE(preview->mapping.column(key), column);

        const auto before = shop.footprint();
        auto result = shop.csv.import(shop.owner, path, {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY(result->issues.isEmpty());
        QVERIFY(result->committed);
        QCOMPARE(result->posted, 3);
        QCOMPARE(result->empty, 1);
        QCOMPARE(result->skipped, 0);

        QCOMPARE(shop.onHand(shop.a1), units(10));
        QCOMPARE(shop.onHand(shop.a2, shop.spbMain), Quantity::fromMilli(2500));
        QCOMPARE(shop.onHand(shop.b1, shop.spbShelf), units(3));
        QCOMPARE(shop.onHand(shop.a1, StockService::packingLocationId()), Quantity());
        QCOMPARE(shop.stock.averageCost(shop.owner, shop.a1).value(), std::optional<qint64>(123450));
        QCOMPARE(shop.stock.averageCost(shop.owner, shop.a2).value(), std::optional<qint64>(8000));

        // One adjustment document per line, with the reason "opening", dated by the file.
        MovementFilter all;
        auto moves = shop.stock.movements(shop.owner, all);
        QCOMPARE(moves->size(), 3);
        QSet<Id> docs;
        for (const Movement& m : *moves) {
            QCOMPARE(m.kind, MovementKind::Adjustment);
            QCOMPARE(m.reason, MovementReasons::Opening.toString());
            QVERIFY(m.note.contains(u"остатки.csv"_qs));
            docs.insert(m.docId);
        }
        QCOMPARE(docs.size(), 3);
        auto a1Moves = shop.stock.movements(shop.owner, MovementFilter{shop.a1, {}, {}, 0, 0, 10, 0});
        QCOMPARE(a1Moves->front().occurredAt,
                 QDate(2025, 12, 15).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
        QCOMPARE(a1Moves->front().unitCost, std::optional<qint64>(123450));
        QVERIFY(a1Moves->front().note.contains(u"line 2"_qs));
        auto a2Moves = shop.stock.movements(shop.owner, MovementFilter{shop.a2, {}, {}, 0, 0, 10, 0});
        QCOMPARE(a2Moves->front().occurredAt,
                 QDateTime(QDate(2025, 12, 15), QTime(10, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        auto b1Moves = shop.stock.movements(shop.owner, MovementFilter{shop.b1, {}, {}, 0, 0, 10, 0});
        QCOMPARE(b1Moves->front().occurredAt, shop.tmp.clock().nowMs()); // no date: now

        // The ledger rows went to the change log; the import is one audit entry naming the file.
        const auto after = shop.footprint();
        QCOMPARE(after[0] - before[0], 3);
        QVERIFY(after[3] - before[3] >= 3);
        QCOMPARE(after[4] - before[4], 1);
        auto audit = AuditLog::entries(shop.tmp.db().connection());
        QCOMPARE(audit->front().action, u"stock.import"_qs);
        QVERIFY(audit->front().summary.contains(u"остатки.csv"_qs));
        QVERIFY(shop.stock.verify(shop.owner)->isEmpty());
    }

    void everyBadRowIsReportedAndNothingChanges_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown SKU") << 2 << u"sku"_qs << u"no product with the SKU NOPE"_qs;
        QTest::newRow("unknown location") << 3 << u"location"_qs << u"no stock location \"NOWHERE\""_qs;
        QTest::newRow("not a number") << 4 << u"quantity"_qs << u"abc"_qs;
        QTest::newRow("fractional pieces") << 5 << u"quantity"_qs << u"counted in pieces"_qs;
        QTest::newRow("negative") << 6 << u"quantity"_qs << u"cannot be negative"_qs;
        QTest::newRow("kit") << 7 << u"sku"_qs << u"KIT is a kit"_qs;
        QTest::newRow("ambiguous location") << 8 << u"location"_qs << u"EKB/SHELF"_qs;
        QTest::newRow("archived location") << 9 << u"location"_qs << u"archived"_qs;
        QTest::newRow("bad cost") << 10 << u"cost"_qs << u"x1"_qs;
        QTest::newRow("negative cost") << 11 << u"cost"_qs << u"cannot be negative"_qs;
        QTest::newRow("not a date") << 12 << u"date"_qs << u"is not a date"_qs;
        QTest::newRow("future date") << 13 << u"date"_qs << u"in the future"_qs;
        QTest::newRow("no SKU") << 14 << u"sku"_qs << u"SKU is empty"_qs;
        QTest::newRow("extra column") << 15 << QString() << u"columns but the header has"_qs;
        QTest::newRow("no quantity") << 16 << u"quantity"_qs << u"quantity is empty"_qs;
    }

    void everyBadRowIsReportedAndNothingChanges()
    {
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, says);
        Shop shop;
        QVERIFY(shop.stock.receive(shop.owner, shop.a1, StockService::mainLocationId(), units(4), 5000));
        const auto before = shop.footprint();
        auto result = shop.csv.import(shop.owner, badFile(), {});
        QVERIFY(result);
        QVERIFY(!result->committed);
        QCOMPARE(result->posted, 0);
        QCOMPARE(result->skipped, 16);
        QCOMPARE(result->issues.size(), 15);
        const auto issue = std::find_if(result->issues.begin(), result->issues.end(),
                                        [&](const Error& e) { return e.line == line; });
        QVERIFY(issue != result->issues.end());
        QCOMPARE(issue->file, u"bad.csv"_qs);
        QCOMPARE(issue->field, column);
        QVERIFY2(issue->message.contains(says), qPrintable(issue->message));
        QVERIFY(std::is_sorted(result->issues.begin(), result->issues.end(),
                               [](const Error& a, const Error& b) { return a.line < b.line; }));

        // All or nothing: not even the good line 17 was posted.
        QCOMPARE(shop.footprint(), before);
        QCOMPARE(shop.onHand(shop.a1), units(4));
        QCOMPARE(shop.onHand(shop.a2, shop.spbMain), Quantity());
    }

    void skipBadRowsPostsTheGoodOnes()
    {
        Shop shop;
        StockImportOptions options;
        options.skipBadRows = true;
        auto result = shop.csv.import(shop.owner, badFile(), options);
        QVERIFY(result);
        QVERIFY(result->committed);
        QCOMPARE(result->issues.size(), 15);
        QCOMPARE(result->posted, 1);
        QCOMPARE(result->skipped, 15);
        QCOMPARE(shop.onHand(shop.a2, shop.spbMain), Quantity::fromMilli(1500));
        QCOMPARE(shop.onHand(shop.a1), Quantity());
        QCOMPARE(shop.rows("stock_movements"), 1);
    }

    void aMissingColumnFailsTheFile()
    {
        Shop shop;
        auto noQuantity =
            shop.csv.import(shop.owner, writeFile(dir.path(), u"nq.csv"_qs, "sku,location\nA-1,MAIN\n"), {});
        QVERIFY(!noQuantity);
        QCOMPARE(noQuantity.error().line, 1);
        QCOMPARE(noQuantity.error().file, u"nq.csv"_qs);
        auto noProduct =
            shop.csv.import(shop.owner, writeFile(dir.path(), u"np.csv"_qs, "location,qty\nMAIN,1\n"), {});
        QVERIFY(!noProduct);
        QVERIFY(noProduct.error().message.contains(u"SKU or the barcode"_qs));
        QCOMPARE(shop.rows("stock_movements"), 0);
    }

    void locationsByCodeWarehouseOrName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expect"); // "main", "pack", "spbMain", "spbShelf", "ekbShelf"
        QTest::newRow("empty") << QString() << u"main"_qs;
        QTest::newRow("code in the main warehouse") << u"MAIN"_qs << u"main"_qs;
        QTest::newRow("any case") << u"pack"_qs << u"pack"_qs;
        QTest::newRow("warehouse code") << u"SPB"_qs << u"spbMain"_qs;
        QTest::newRow("warehouse/location") << u"spb/main"_qs << u"spbMain"_qs;
        QTest::newRow("warehouse/shelf") << u"EKB/SHELF"_qs << u"ekbShelf"_qs;
        QTest::newRow("built-in name") << u"Main stock"_qs << u"main"_qs;
    }

    void locationsByCodeWarehouseOrName()
    {
        QFETCH(QString, text);
        QFETCH(QString, expect);
        Shop shop;
        const QHash<QString, Id> ids{{u"main"_qs, StockService::mainLocationId()},
                                     {u"pack"_qs, StockService::packingLocationId()},
                                     {u"spbMain"_qs, shop.spbMain},
                                     {u"spbShelf"_qs, shop.spbShelf},
                                     {u"ekbShelf"_qs, shop.ekbShelf}};
        const QString path = writeFile(dir.path(), u"loc.csv"_qs,
                                       QString(u"sku,location,quantity\nA-1,\"" + text + u"\",7\n").toUtf8());
        auto result = shop.csv.import(shop.owner, path, {});
        QVERIFY(result);
        QVERIFY2(result->committed, qPrintable(result->issues.value(0).toString()));
        QCOMPARE(shop.onHand(shop.a1, ids.value(expect)), units(7));
    }

    void openingCostFeedsTheMovingAverage()
    {
        Shop shop(false);
        // Two lots of the same product at two locations: 10 at 100.00 and 30 at 200.00 -> 175.00.
        auto first = shop.csv.import(shop.owner,
                                     writeFile(dir.path(), u"lots.csv"_qs,
                                               "sku,location,quantity,unit_cost\n"
                                               "A-1,MAIN,10,100.00\n"
                                               "A-1,PACK,30,200.00\n"),
                                     {});
        QVERIFY(first && first->committed);
        QCOMPARE(shop.stock.averageCost(shop.owner, shop.a1).value(), std::optional<qint64>(17500));
        QCOMPARE(first->notes.size(), 0);
        // A line without a cost adds stock at the current average; a receipt then averages in.
        auto second = shop.csv.import(
            shop.owner,
            writeFile(dir.path(), u"more.csv"_qs, "sku,location,quantity\nA-1,MAIN,10\nA-1,MAIN,5\n"), {});
        QVERIFY(second && second->committed);
        QCOMPARE(shop.stock.averageCost(shop.owner, shop.a1).value(), std::optional<qint64>(17500));
        // Both lines found stock already there, and repeat one place: said, not refused.
        QCOMPARE(second->notes.size(), 2);
        QVERIFY(shop.stock.receive(shop.owner, shop.a1, StockService::mainLocationId(), units(55), 27500));
        QCOMPARE(shop.stock.averageCost(shop.owner, shop.a1).value(), std::optional<qint64>(22500));
    }

    void cancelChangesNothing()
    {
        Shop shop(false);
        QByteArray bytes = "sku,quantity\n";
        for (int i = 0; i < 1000; ++i)
            bytes += "A-1,1\n";
        const QString path = writeFile(dir.path(), u"many.csv"_qs, bytes);
        const auto before = shop.footprint();
        int calls = 0;
        auto result = shop.csv.import(shop.owner, path, {}, [&](qint64 done, qint64 total) {
            Q_UNUSED(total);
            ++calls;
            return done < 500; // the user presses Cancel halfway
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(calls > 1);
        QCOMPARE(shop.footprint(), before);
        QCOMPARE(shop.onHand(shop.a1), Quantity());
    }

    void permissions()
    {
        Shop shop(false);
        const QString withCost = writeFile(dir.path(), u"c.csv"_qs, "sku,quantity,cost\nA-1,1,10\n");
        auto warehouse = shop.csv.import(Actor::withRole(Role::Warehouse), withCost, {});
        QVERIFY(!warehouse);
        QCOMPARE(warehouse.error().code, ErrorCode::PermissionDenied);

        // May import and move stock, but not see costs: a cost column is refused, quantities are fine.
        Actor clerk{Id::create(), u"Clerk"_qs, Role::Manager, Permission::ImportData | Permission::MoveStock};
        auto refused = shop.csv.import(clerk, withCost, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().field, u"cost"_qs);
        QCOMPARE(shop.rows("stock_movements"), 0);
        auto plain = shop.csv.import(clerk, writeFile(dir.path(), u"q.csv"_qs, "sku,quantity\nA-1,1\n"), {});
        QVERIFY(plain && plain->committed);
        QCOMPARE(shop.onHand(shop.a1), units(1));

        // Exports show costs only to those who may see them.
        Actor viewer{Id::create(), u"Viewer"_qs, Role::Support, Permissions(Permission::ExportData)};
        const QString out = dir.filePath(u"viewer.csv"_qs);
        QCOMPARE(shop.csv.exportTo(viewer, out, {}).value(), 1);
        QVERIFY(readFile(out).startsWith("sku,name,location,on_hand,reserved,available\r\n"));
    }

    void exportImportsBackIntoAFreshShop_data()
    {
        QTest::addColumn<bool>("excel");
        QTest::newRow("kontor") << false;
        QTest::newRow("excel") << true;
    }

    void exportImportsBackIntoAFreshShop()
    {
        QFETCH(bool, excel);
        Shop from;
        const Id main = StockService::mainLocationId();
        QVERIFY(from.stock.receive(from.owner, from.a1, main, units(12), 15050));
        QVERIFY(from.stock.receive(from.owner, from.a2, from.spbMain, Quantity::fromMilli(7250), 9900));
        QVERIFY(from.stock.receive(from.owner, from.b1, from.ekbShelf, units(5)));
        QVERIFY(from.stock.transfer(from.owner, from.a1, main, StockService::packingLocationId(), units(2)));
        QVERIFY(from.stock.reserve(from.owner, from.a1, main, units(3), u"order"_qs, Id::create()));
        const QString out = dir.filePath(excel ? u"stock-excel.csv"_qs : u"stock.csv"_qs);
        auto written =
            from.csv.exportTo(from.owner, out, excel ? StockExportOptions::excel() : StockExportOptions());
        QCOMPARE(written.value(), 4);
        const QByteArray bytes = readFile(out);
        if (excel)
            QVERIFY(bytes.contains("A-1;Носки;MAIN;10;3;7;150,50"));
        else
            QVERIFY(bytes.contains("A-1,Носки,MAIN,10,3,7,150.50"));
        QVERIFY(bytes.contains(excel ? "SPB/MAIN;7,25" : "SPB/MAIN,7.25"));

        Shop to; // a fresh shop with the same catalog and warehouses
        auto imported = to.csv.import(to.owner, out, {});
        QVERIFY(imported);
        QVERIFY2(imported->committed, qPrintable(imported->issues.value(0).toString()));
        QCOMPARE(imported->posted, 4);
        StockFilter everything;
        auto a = from.stock.stockRows(from.owner, everything).value();
        auto b = to.stock.stockRows(to.owner, everything).value();
        QCOMPARE(a.size(), b.size());
        auto key = [](const StockRow& r) -> QString { return r.sku + u'@' + r.locationId.toString(); };
        // Locations created in each shop have their own ids: compare those by code through SPB/EKB.
        QHash<Id, Id> sameLocation{{main, main},
                                   {StockService::packingLocationId(), StockService::packingLocationId()},
                                   {from.spbMain, to.spbMain},
                                   {from.ekbShelf, to.ekbShelf}};
        for (const StockRow& r : a) {
            auto match = std::find_if(b.begin(), b.end(), [&](const StockRow& x) {
                return x.sku == r.sku && x.locationId == sameLocation.value(r.locationId);
            });
            QVERIFY2(match != b.end(), qPrintable(key(r)));
            QCOMPARE(match->onHand, r.onHand);
            QCOMPARE(match->averageCost, r.averageCost);
        }
        QCOMPARE(to.stock.averageCost(to.owner, to.b1).value(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestStockCsv)
#include "TestStockCsv.moc"

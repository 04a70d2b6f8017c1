#include "ScaleBench.h"

#include "BenchTools.h"
#include "OrderScaleBench.h"
#include "RawSqlite.h"
#include "StartupBench.h"
#include "StockScaleBench.h"
#include "SupportScaleBench.h"
#include "catalog/ProductCsv.h"
#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>
#include <sqlite3.h>

namespace kontor::bench {

namespace {

constexpr int Repeats = 5;       // for list and open: the median of 5
constexpr int TypedWords = 40;   // search as you type: 40 words ...
constexpr int PrefixLengths = 5; // ... typed 1 to 5 characters
constexpr int SearchLimit = 50;  // what the search box shows
constexpr double SearchP95BudgetMs = 15;

// The raw schema: the same logical rows (categories, products, barcodes) with plain keys.
void createRawSchema(RawSqlite& raw)
{
    raw.exec("CREATE TABLE categories (local_id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES "
             "categories(local_id), name TEXT NOT NULL)");
    raw.exec(
        "CREATE TABLE products (local_id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
        "category_id INTEGER REFERENCES categories(local_id), unit TEXT NOT NULL, list_price INTEGER NOT "
        "NULL, "
        "cost INTEGER, vat_rate INTEGER, weight_g INTEGER, parent_id INTEGER REFERENCES products(local_id), "
        "attributes TEXT NOT NULL)");
    raw.exec("CREATE TABLE barcodes (local_id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES "
             "products(local_id), code TEXT NOT NULL UNIQUE, kind TEXT NOT NULL)");
}

// One product as the raw baseline stores it: plain values and integer keys.
struct RawRow
{
    qint64 localId = 0;
    QString sku;
    QString name;
    qint64 categoryLocalId = 0;
    QString unit;
    qint64 listPrice = 0;
    std::optional<qint64> cost;
    std::optional<qint64> vat;
    std::optional<qint64> weight;
    qint64 parentLocalId = 0;
    QString attributes;
    QList<std::pair<QString, QString>> barcodes; // code, kind
};

struct RawCategory
{
    qint64 localId;
    qint64 parentLocalId;
    QString name;
};

// Reads the generated catalog back from the Kontor file, in insertion order.
void readCatalog(sqlite3* db, QList<RawCategory>& categories, QList<RawRow>& rows)
{
    RawStatement c(db, "SELECT c.local_id, ifnull(p.local_id, 0), c.name FROM categories c "
                       "LEFT JOIN categories p ON p.id = c.parent_id ORDER BY c.local_id");
    while (c.step())
        categories.append(RawCategory{c.int64(0), c.int64(1), c.text(2)});
    RawStatement p(db,
                   "SELECT p.local_id, p.sku, p.name, ifnull(c.local_id, 0), p.unit, p.list_price, p.cost, "
                   "p.vat_rate, p.weight_g, ifnull(parent.local_id, 0), p.attributes FROM products p "
                   "LEFT JOIN categories c ON c.id = p.category_id "
                   "LEFT JOIN products parent ON parent.id = p.parent_id ORDER BY p.local_id");
    QHash<qint64, qsizetype> index;
    while (p.step()) {
        RawRow r;
        r.localId = p.int64(0);
        r.sku = p.text(1);
        r.name = p.text(2);
        r.categoryLocalId = p.int64(3);
        r.unit = p.text(4);
        r.listPrice = p.int64(5);
        if (!p.isNull(6))
            r.cost = p.int64(6);
        if (!p.isNull(7))
            r.vat = p.int64(7);
        if (!p.isNull(8))
            r.weight = p.int64(8);
        r.parentLocalId = p.int64(9);
        r.attributes = p.text(10);
        index.insert(r.localId, rows.size());
        rows.append(std::move(r));
    }
    RawStatement b(db, "SELECT p.local_id, b.code, b.kind FROM product_barcodes b JOIN products p ON "
                       "p.id = b.product_id ORDER BY b.local_id");
    while (b.step())
        rows[index.value(b.int64(0))].barcodes.append({b.text(1), b.text(2)});
}

// Raw prepared inserts of the categories, then the rows, `batch` rows per transaction (0: all in
// one). Returns the seconds taken, with or without the categories.
double rawInsert(RawSqlite& raw, const QList<RawCategory>& categories, const QList<RawRow>& rows, int batch,
                 bool timeCategories)
{
    RawStatement category(raw.handle(), "INSERT INTO categories(local_id, parent_id, name) VALUES(?, ?, ?)");
    RawStatement product(
        raw.handle(),
        "INSERT INTO products(local_id, sku, name, category_id, unit, list_price, cost, vat_rate, "
        "weight_g, parent_id, attributes) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    RawStatement barcode(raw.handle(), "INSERT INTO barcodes(product_id, code, kind) VALUES(?, ?, ?)");
    auto optional = [](RawStatement& s, int i, const std::optional<qint64>& v) {
        v ? s.bind(i, *v) : s.bindNull(i);
    };
    auto key = [](RawStatement& s, int i, qint64 v) { v ? s.bind(i, v) : s.bindNull(i); };
    Stopwatch watch;
    raw.exec("BEGIN IMMEDIATE");
    for (const RawCategory& c : categories) {
        category.bind(1, c.localId);
        key(category, 2, c.parentLocalId);
        category.bind(3, c.name).run();
    }
    raw.exec("COMMIT");
    if (!timeCategories)
        watch.restart();
    const int perTransaction = batch > 0 ? batch : int(rows.size());
    for (qsizetype start = 0; start < rows.size(); start += perTransaction) {
        raw.exec("BEGIN IMMEDIATE");
        for (qsizetype i = start; i < std::min(rows.size(), start + perTransaction); ++i) {
            const RawRow& r = rows.at(i);
            product.bind(1, r.localId).bind(2, r.sku).bind(3, r.name);
            key(product, 4, r.categoryLocalId);
            product.bind(5, r.unit).bind(6, r.listPrice);
            optional(product, 7, r.cost);
            optional(product, 8, r.vat);
            optional(product, 9, r.weight);
            key(product, 10, r.parentLocalId);
            product.bind(11, r.attributes).run();
            for (const auto& [code, kind] : r.barcodes)
                barcode.bind(1, r.localId).bind(2, code).bind(3, kind).run();
        }
        raw.exec("COMMIT");
    }
    return watch.seconds();
}

// 40 words typed one character at a time: mostly words of product names (as a shop assistant
// types them, e.g. "Кру", "Кружк"), every fourth an SKU. Deterministic: evenly spread products.
QStringList typedPrefixes(const QList<RawRow>& rows)
{
    QStringList prefixes;
    const qsizetype step = std::max<qsizetype>(1, rows.size() / TypedWords);
    for (int w = 0; w < TypedWords; ++w) {
        const RawRow& r = rows.at(std::min(rows.size() - 1, w * step + step / 2));
        QString word = r.sku;
        if (w % 4 != 3) {
            const QStringList words = r.name.split(u' ', Qt::SkipEmptyParts);
            // The first word of 5+ letters, else the longest.
            word = words.value(0);
            for (const QString& candidate : words) {
                if (candidate.size() >= PrefixLengths &&
                    std::all_of(candidate.begin(), candidate.end(), [](QChar c) { return c.isLetter(); })) {
                    word = candidate;
                    break;
                }
            }
        }
        for (int length = 1; length <= PrefixLengths; ++length)
            prefixes.append(word.left(length));
    }
    return prefixes;
}

} // namespace

bool runScale(DemoData::Scale scale, QJsonObject& report)
{
    const int total = DemoData::productCount(scale);
    QJsonObject result;
    result.insert(u"name"_qs, scale == DemoData::Scale::Large ? u"large"_qs : u"small"_qs);
    result.insert(u"products"_qs, total);
    QTemporaryDir dir;
    if (!dir.isValid())
        fatal(QStringLiteral("cannot create a temporary folder"));
    const QString kontorPath = dir.filePath(u"demo.kontor"_qs);
    const QString rawPath = dir.filePath(u"demo-raw.sqlite"_qs);
    SystemClock clock;
    const Actor actor = Actor::owner();
    bool ok = true;

    // ---- demo_generate_s: DemoData vs raw inserts of the same rows in the same batches ----
    note(QStringLiteral("scale: generating %1 demo products").arg(total));
    auto db = check(Database::open(kontorPath, clock), "open the demo database");
    auto service = std::make_unique<ProductService>(*db);
    Stopwatch watch;
    const int created = check(DemoData::generateCatalog(*service, actor, scale), "DemoData::generateCatalog");
    const double kontorGenerate = watch.seconds();
    if (created != total)
        fatal(QStringLiteral("DemoData created %1 products, not %2").arg(created).arg(total));
    QList<RawCategory> categories;
    QList<RawRow> rows;
    readCatalog(db->connection().handle(), categories, rows);
    note(QStringLiteral("scale: raw inserts of the same rows"));
    auto raw = std::make_unique<RawSqlite>(rawPath);
    createRawSchema(*raw);
    const double rawGenerate = rawInsert(*raw, categories, rows, 1000, true);
    QJsonObject generate = secondsStep(kontorGenerate, rawGenerate);
    generate.insert(u"batch"_qs, 1000);
    generate.insert(u"barcodes"_qs, std::accumulate(rows.begin(), rows.end(), 0, [](int n, const RawRow& r) {
                        return n + int(r.barcodes.size());
                    }));
    generate.insert(u"budget"_qs, u"seconds < 30"_qs);
    generate.insert(u"within_budget"_qs, kontorGenerate < 30);
    result.insert(u"demo_generate_s"_qs, generate);

    // ---- the demo shop's stock, topped up to the scale's movement count, and its reads ----
    ok = runStockScale(*db, *service, *raw, scale, result) && ok;

    // ---- customers and orders on that stock, the orders and customers lists, confirming orders ----
    ok = runOrderScale(*db, *service, *raw, scale, result) && ok;

    // ---- the support desk on those orders, and the SLA status of every ticket ----
    ok = runSupportScale(*db, *service, scale, result) && ok;

    // ---- search_as_you_type: search(actor, prefix, 50) vs LIKE over name and SKU, 50 rows ----
    const QStringList prefixes = typedPrefixes(rows);
    note(QStringLiteral("scale: %1 typed prefixes").arg(prefixes.size()));
    Latencies kontorTyping;
    Latencies rawTyping;
    QList<Latencies> kontorByLength(PrefixLengths);
    {
        RawStatement like(raw->handle(),
                          "SELECT local_id, sku, name FROM products WHERE name LIKE '%' || ?1 || '%' "
                          "OR sku LIKE '%' || ?1 || '%' ORDER BY name LIMIT 50");
        for (int pass = 0; pass < 2; ++pass) { // a warm-up pass, then the measured one
            for (const QString& prefix : prefixes) {
                Stopwatch one;
                const auto found = check(service->search(actor, prefix, SearchLimit), "search");
                if (pass == 1) {
                    kontorTyping.add(one.ms());
                    kontorByLength[prefix.size() - 1].add(one.ms());
                }
                Q_UNUSED(found);
                one.restart();
                QList<std::pair<QString, QString>> entries;
                like.bind(1, prefix);
                while (like.step())
                    entries.append({like.text(1), like.text(2)});
                like.reset();
                if (pass == 1)
                    rawTyping.add(one.ms());
            }
        }
    }
    QJsonObject typing = latencyStep(kontorTyping, rawTyping);
    typing.insert(u"prefixes"_qs, prefixes.size());
    typing.insert(u"limit"_qs, SearchLimit);
    typing.insert(u"sample"_qs, prefixes.mid(0, 10).join(u' '));
    typing.insert(u"budget"_qs, u"p95_ms <= 15"_qs);
    typing.insert(u"within_budget"_qs, kontorTyping.p95() <= SearchP95BudgetMs);
    // Where the time goes: short prefixes match most of the catalog.
    QJsonObject byLength;
    for (int length = 1; length <= PrefixLengths; ++length) {
        const Latencies& l = kontorByLength.at(length - 1);
        byLength.insert(QString::number(length), QJsonObject{{u"median_ms"_qs, rounded(l.median(), 3)},
                                                             {u"p95_ms"_qs, rounded(l.p95(), 3)}});
    }
    typing.insert(u"by_prefix_length"_qs, byLength);
    result.insert(u"search_as_you_type"_qs, typing);

    // ---- product_list_ms: list + sortEntries (the products page at open) vs ORDER BY name ----
    note(QStringLiteral("scale: product list"));
    Latencies kontorList;
    Latencies rawList;
    qsizetype listed = 0;
    {
        RawStatement all(raw->handle(), "SELECT local_id, sku, name FROM products ORDER BY name");
        for (int i = 0; i < Repeats; ++i) {
            Stopwatch one;
            auto entries = check(service->list(actor, {}), "list");
            ProductService::sortEntries(entries, false);
            kontorList.add(one.ms());
            listed = entries.size();
            one.restart();
            QList<std::pair<QString, QString>> rawEntries;
            while (all.step())
                rawEntries.append({all.text(1), all.text(2)});
            all.reset();
            rawList.add(one.ms());
        }
    }
    QJsonObject list = msStep(kontorList.median(), rawList.median());
    list.insert(u"rows"_qs, listed);
    list.insert(u"of"_qs, Repeats);
    result.insert(u"product_list_ms"_qs, list);

    // ---- open_database_ms: Database::open of the existing file vs sqlite3_open + pragmas ----
    note(QStringLiteral("scale: open the database"));
    service.reset();
    db.reset();
    raw.reset();
    Latencies kontorOpen;
    Latencies rawOpen;
    for (int i = 0; i < Repeats; ++i) {
        Stopwatch one;
        {
            auto reopened = check(Database::open(kontorPath, clock), "reopen");
            kontorOpen.add(one.ms());
        }
        one.restart();
        {
            RawSqlite reopened(rawPath);
            (void)reopened.scalar("SELECT count(*) FROM sqlite_master"); // reads the schema
            rawOpen.add(one.ms());
        }
    }
    QJsonObject open = msStep(kontorOpen.median(), rawOpen.median());
    open.insert(u"of"_qs, Repeats);
    open.insert(u"file_mb"_qs, rounded(double(QFileInfo(kontorPath).size()) / 1e6, 1));
    result.insert(u"open_database_ms"_qs, open);

    // ---- start_to_window_ms: open the file, build the main window, first product rows shown ----
    note(u"scale: start-up to a usable main window"_qs);
    {
        Latencies startup;
        for (int i = 0; i < Repeats; ++i)
            startup.add(startToUsableWindowMs(kontorPath, dir.filePath(u"settings.ini"_qs)));
        QJsonObject step = msStep(startup.median(), rawOpen.median());
        step.insert(u"of"_qs, Repeats);
        step.insert(u"budget"_qs, u"ms <= 1000 (large database)"_qs);
        step.insert(u"within_budget"_qs, startup.median() <= 1000);
        step.insert(u"note"_qs, u"raw: opening the file only; Kontor: the whole start, offscreen"_qs);
        result.insert(u"start_to_window_ms"_qs, step);
    }

    // ---- bulk_save_s: every row in one saveMany call (an import's write path) vs one raw transaction ----
    note(QStringLiteral("scale: bulk save of %1 rows").arg(rows.size()));
    {
        auto fresh = check(Database::open(dir.filePath(u"bulk.kontor"_qs), clock), "open the bulk database");
        ProductService bulk(*fresh);
        // The same category tree first (not timed), then the rows flat: SKU, name, category, unit,
        // prices, VAT, weight, attributes, barcodes; variants' parent links are left out.
        QHash<qint64, Id> categoryIds;
        {
            QHash<qint64, RawCategory> byId;
            for (const RawCategory& c : categories)
                byId.insert(c.localId, c);
            for (const RawCategory& c : categories) {
                QStringList path{c.name};
                for (qint64 p = c.parentLocalId; p != 0; p = byId.value(p).parentLocalId)
                    path.prepend(byId.value(p).name);
                categoryIds.insert(c.localId, check(bulk.ensureCategoryPath(actor, path), "category"));
            }
        }
        const QString currency = bulk.currency();
        QList<Product> products;
        products.reserve(rows.size());
        for (const RawRow& r : std::as_const(rows)) {
            Product p;
            p.sku = r.sku;
            p.name = r.name;
            p.categoryId = categoryIds.value(r.categoryLocalId);
            p.unit = Units::fromText(r.unit).value_or(Unit::Piece);
            p.listPrice = Money(r.listPrice, currency);
            if (r.cost)
                p.cost = Money(*r.cost, currency);
            if (r.vat)
                p.vatRateBp = int(*r.vat);
            p.weightGrams = r.weight;
            for (const auto& [code, kind] : r.barcodes)
                p.barcodes.append(Barcode{code, Barcodes::kindFromCode(kind)});
            products.append(std::move(p));
        }
        ProductService::BulkOptions options;
        options.source = u"bench"_qs;
        Stopwatch one;
        const auto saved = check(bulk.saveMany(actor, products, options), "bulk saveMany");
        const double kontorBulk = one.seconds();
        if (!saved.committed || saved.created != rows.size()) {
            note(QStringLiteral("bulk save: %1 created, first error: %2")
                     .arg(saved.created)
                     .arg(saved.rowErrors.value(0).toString()));
            ok = false;
        }
        QList<RawRow> flat = rows;
        for (RawRow& r : flat)
            r.parentLocalId = 0;
        RawSqlite rawBulk(dir.filePath(u"bulk-raw.sqlite"_qs));
        createRawSchema(rawBulk);
        const double rawBulkSeconds = rawInsert(rawBulk, categories, flat, 0, false);
        QJsonObject bulkStep = secondsStep(kontorBulk, rawBulkSeconds);
        bulkStep.insert(u"rows"_qs, rows.size());
        bulkStep.insert(u"transactions"_qs, 1);
        bulkStep.insert(u"note"_qs, u"the import's write path alone; csv_import_s adds reading the file"_qs);
        result.insert(u"bulk_save_s"_qs, bulkStep);

        // ---- csv_import_s: the same rows as a Kontor CSV file, imported the way the GUI and CLI do ----
        note(QStringLiteral("scale: CSV import of %1 products").arg(rows.size()));
        const QString csvPath = dir.filePath(u"products.csv"_qs);
        ProductCsv exporter(bulk);
        check(exporter.exportTo(actor, csvPath, {}), "export the CSV");
        auto target = check(Database::open(dir.filePath(u"csv.kontor"_qs), clock), "open the CSV database");
        ProductService importService(*target);
        ProductCsv importer(importService);
        Stopwatch csvTimer;
        const auto imported = check(importer.import(actor, csvPath, {}), "CSV import");
        const double csvSeconds = csvTimer.seconds();
        if (!imported.committed || imported.created != rows.size()) {
            note(QStringLiteral("CSV import: %1 created, first issue: %2")
                     .arg(imported.created)
                     .arg(imported.issues.value(0).toString()));
            ok = false;
        }
        QJsonObject csvStep = secondsStep(csvSeconds, rawBulkSeconds);
        csvStep.insert(u"rows"_qs, rows.size());
        csvStep.insert(u"file_mb"_qs, rounded(double(QFileInfo(csvPath).size()) / 1e6, 1));
        csvStep.insert(u"budget"_qs, u"seconds <= 3 and ratio <= 3 (import of 50,000 products)"_qs);
        csvStep.insert(u"within_budget"_qs, csvSeconds <= 3 && csvSeconds <= 3 * rawBulkSeconds);
        result.insert(u"csv_import_s"_qs, csvStep);
    }

    report.insert(u"scale"_qs, result);
    return ok;
}

} // namespace kontor::bench

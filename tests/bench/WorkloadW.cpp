#include "WorkloadW.h"

#include "BenchData.h"
#include "BenchTools.h"
#include "RawSqlite.h"
#include "W1Breakdown.h"
#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

namespace kontor::bench {

namespace {

constexpr int BatchSize = 1000;
constexpr int ExpectedW5Hits = 3100;

} // namespace

bool runWorkloadW(const QString& dataDir, QJsonObject& report)
{
    const QDir data(dataDir);
    const QList<CsvProduct> rows = readProductsCsv(data.filePath(u"products.csv"_qs));
    const QStringList searches = readLines(data.filePath(u"searches.txt"_qs));
    QTemporaryDir dir;
    if (!dir.isValid())
        fatal(QStringLiteral("cannot create a temporary folder"));

    // ---- W1: create the products in batches of 1,000 ----
    note(QStringLiteral("W1: %1 products through ProductService::saveMany").arg(rows.size()));
    SystemClock clock;
    auto db = check(Database::open(dir.filePath(u"w.kontor"_qs), clock), "open the Kontor database");
    ProductService service(*db);
    const Actor actor = Actor::owner();
    QList<Product> products;
    products.reserve(rows.size());
    for (const CsvProduct& row : rows) {
        Product p;
        p.sku = row.sku;
        p.name = row.name;
        p.unit = Unit::Piece;
        p.listPrice = Money(row.listPrice, u"RUB"_qs);
        p.cost = Money(row.cost, u"RUB"_qs);
        products.append(std::move(p));
    }
    QList<QList<Product>> batches; // split before the clock starts
    for (qsizetype start = 0; start < products.size(); start += BatchSize)
        batches.append(products.mid(start, BatchSize));
    ProductService::BulkOptions options;
    options.source = u"products.csv"_qs;
    Stopwatch watch;
    for (const QList<Product>& batch : std::as_const(batches)) {
        const auto saved = check(service.saveMany(actor, batch, options), "W1 saveMany");
        if (!saved.committed)
            fatal(QStringLiteral("W1: ") + saved.rowErrors.value(0).toString());
    }
    const double kontorW1 = watch.seconds();
    if (check(service.count(actor), "count") != rows.size())
        fatal(QStringLiteral("W1: the product count is wrong"));

    note(QStringLiteral("W1: raw prepared INSERTs"));
    RawSqlite raw(dir.filePath(u"raw.sqlite"_qs));
    raw.exec(
        "CREATE TABLE products (local_id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
        "unit TEXT NOT NULL, list_price INTEGER NOT NULL, cost INTEGER)");
    double rawW1 = 0;
    {
        RawStatement insert(
            raw.handle(),
            "INSERT INTO products(sku, name, unit, list_price, cost) VALUES(?, ?, 'pcs', ?, ?)");
        watch.restart();
        for (qsizetype start = 0; start < rows.size(); start += BatchSize) {
            raw.exec("BEGIN IMMEDIATE");
            for (qsizetype i = start; i < std::min(rows.size(), start + BatchSize); ++i) {
                const CsvProduct& row = rows.at(i);
                insert.bind(1, row.sku).bind(2, row.name).bind(3, row.listPrice).bind(4, row.cost);
                insert.run();
            }
            raw.exec("COMMIT");
        }
        rawW1 = watch.seconds();
    }
    QJsonObject w1 = secondsStep(kontorW1, rawW1);
    w1.insert(u"rows"_qs, rows.size());
    w1.insert(u"batch"_qs, BatchSize);
    w1.insert(u"us_per_row"_qs, rounded(kontorW1 * 1e6 / double(rows.size()), 1));
    w1.insert(u"raw_us_per_row"_qs, rounded(rawW1 * 1e6 / double(rows.size()), 1));
    w1.insert(u"budget"_qs, u"ratio <= 3"_qs);
    w1.insert(u"within_budget"_qs, kontorW1 <= 3 * rawW1);
    report.insert(u"W1"_qs, w1);
    report.insert(u"W1_breakdown"_qs, runW1Breakdown(rows));

    // ---- W5: substring searches on the W1 database ----
    note(QStringLiteral("W5: %1 searches").arg(searches.size()));
    qint64 hits = 0;
    qint64 rawHits = 0;
    Latencies kontorLatency;
    Latencies rawLatency;
    {
        RawStatement like(raw.handle(),
                          "SELECT local_id, sku, name FROM products WHERE name LIKE '%' || ? || '%'");
        auto kontorPass = [&](Latencies* latencies) {
            qint64 found = 0;
            for (const QString& term : searches) {
                Stopwatch one;
                const auto entries = check(service.search(actor, term), "W5 search");
                if (latencies)
                    latencies->add(one.ms());
                found += entries.size();
            }
            return found;
        };
        auto rawPass = [&](Latencies* latencies) {
            qint64 found = 0;
            for (const QString& term : searches) {
                Stopwatch one;
                QList<std::pair<QString, QString>> entries; // materialised like Kontor's list rows
                like.bind(1, term);
                while (like.step())
                    entries.append({like.text(1), like.text(2)});
                like.reset();
                if (latencies)
                    latencies->add(one.ms());
                found += entries.size();
            }
            return found;
        };
        kontorPass(nullptr); // one warm-up pass each, then the measured pass
        rawPass(nullptr);
        hits = kontorPass(&kontorLatency);
        rawHits = rawPass(&rawLatency);
    }
    QJsonObject w5 = latencyStep(kontorLatency, rawLatency);
    w5.insert(u"searches"_qs, searches.size());
    w5.insert(u"hits"_qs, hits);
    w5.insert(u"raw_hits"_qs, rawHits);
    w5.insert(u"expected_hits"_qs, ExpectedW5Hits);
    w5.insert(u"warmup_passes"_qs, 1);
    w5.insert(u"budget"_qs, u"ratio <= 2 (median and p95)"_qs);
    w5.insert(u"within_budget"_qs, kontorLatency.median() <= 2 * rawLatency.median() &&
                                       kontorLatency.p95() <= 2 * rawLatency.p95());
    report.insert(u"W5"_qs, w5);

    // ---- W2-W4 need stock and orders ----
    report.insert(u"W2"_qs, QJsonValue());
    report.insert(u"W3"_qs, QJsonValue());
    report.insert(u"W4"_qs, QJsonValue());
    report.insert(
        u"pending"_qs,
        QJsonArray{u"W2: stock movements (core/stock) do not exist yet; moves.csv not replayed"_qs,
                   u"W3: on-hand balances (core/stock) do not exist yet; expected_on_hand.csv unused"_qs,
                   u"W4: sales orders and reservations (core/orders) do not exist yet"_qs});

    if (hits != ExpectedW5Hits) {
        note(QStringLiteral("W5: %1 hits, expected %2").arg(hits).arg(ExpectedW5Hits));
        return false;
    }
    return true;
}

} // namespace kontor::bench

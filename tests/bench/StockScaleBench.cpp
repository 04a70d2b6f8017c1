#include "StockScaleBench.h"

#include "BenchTools.h"
#include "RawSqlite.h"
#include "common/HybridClock.h"
#include "stock/StockService.h"

#include <QHash>
#include <QRandomGenerator>

#include <limits>

namespace kontor::bench {

namespace {

constexpr quint32 FillSeed = 20240603;
constexpr int FillBatch = 50000;   // movements per applyRecords call (one transaction)
constexpr int DemoRawBatch = 5000; // rows per raw transaction, like postHistory's batches
constexpr int Repeats = 5;         // reads: the median of 5 after a warm-up
constexpr int SlowRepeats = 3;     // stockRows: the median of 3
constexpr double AllProductsBudgetMs = 50;
constexpr qint64 DayMs = 24 * 3600 * 1000;

int targetMovements(DemoData::Scale scale)
{
    return scale == DemoData::Scale::Large ? 1000000 : 20000;
}

// A ledger row as the raw baseline stores it: integer keys.
struct RawMove
{
    qint64 product = 0;
    qint64 location = 0;
    QString kind;
    qint64 quantity = 0;
    std::optional<qint64> unitCost;
    qint64 occurredAt = 0;
};

void createRawStockSchema(RawSqlite& raw)
{
    raw.exec("CREATE TABLE locations (local_id INTEGER PRIMARY KEY, kind TEXT NOT NULL)");
    raw.exec(
        "CREATE TABLE stock_ledger (local_id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES "
        "products(local_id), location_id INTEGER NOT NULL REFERENCES locations(local_id), kind TEXT NOT "
        "NULL, quantity INTEGER NOT NULL, unit_cost INTEGER, occurred_at INTEGER NOT NULL)");
    raw.exec("CREATE INDEX stock_ledger_place ON stock_ledger(product_id, location_id)");
}

// Kontor's locations (the demo adds a marketplace warehouse) under their local ids.
void copyLocations(RawSqlite& raw, sqlite3* kontor)
{
    RawStatement read(kontor, "SELECT local_id, kind FROM locations");
    RawStatement insert(raw.handle(), "INSERT INTO locations(local_id, kind) VALUES(?, ?)");
    while (read.step())
        insert.bind(1, read.int64(0)).bind(2, read.text(1)).run();
}

// Kontor's ledger rows after `afterLocalId`, up to `limit`, with integer keys.
QList<RawMove> readLedger(sqlite3* kontor, qint64 afterLocalId, int limit, qint64* lastLocalId)
{
    RawStatement q(
        kontor, "SELECT m.local_id, p.local_id, l.local_id, m.kind, m.quantity, m.unit_cost, m.occurred_at "
                "FROM stock_movements m JOIN products p ON p.id = m.product_id "
                "JOIN locations l ON l.id = m.location_id WHERE m.local_id > ? ORDER BY m.local_id LIMIT ?");
    q.bind(1, afterLocalId).bind(2, qint64(limit));
    QList<RawMove> rows;
    while (q.step()) {
        *lastLocalId = q.int64(0);
        RawMove r{q.int64(1), q.int64(2), q.text(3), q.int64(4), {}, q.int64(6)};
        if (!q.isNull(5))
            r.unitCost = q.int64(5);
        rows.append(std::move(r));
    }
    return rows;
}

// Raw prepared inserts of `rows`, `batch` per transaction; returns the seconds.
double rawInsertLedger(RawSqlite& raw, const QList<RawMove>& rows, int batch)
{
    RawStatement insert(raw.handle(), "INSERT INTO stock_ledger(product_id, location_id, kind, quantity, "
                                      "unit_cost, occurred_at) VALUES(?, ?, ?, ?, ?, ?)");
    Stopwatch watch;
    for (qsizetype start = 0; start < rows.size(); start += batch) {
        raw.exec("BEGIN IMMEDIATE");
        for (qsizetype i = start; i < std::min(rows.size(), start + batch); ++i) {
            const RawMove& r = rows.at(i);
            insert.bind(1, r.product).bind(2, r.location).bind(3, r.kind).bind(4, r.quantity);
            r.unitCost ? insert.bind(5, *r.unitCost) : insert.bindNull(5);
            insert.bind(6, r.occurredAt).run();
        }
        raw.exec("COMMIT");
    }
    return watch.seconds();
}

// Copies Kontor's ledger rows after `afterLocalId` into the raw ledger, `batch` rows per
// transaction, timing only the inserts.
double copyLedger(sqlite3* kontor, RawSqlite& raw, qint64 afterLocalId, int batch, qint64* rowsCopied)
{
    double seconds = 0;
    qint64 last = afterLocalId;
    while (true) {
        const QList<RawMove> rows = readLedger(kontor, last, batch, &last);
        if (rows.isEmpty())
            break;
        seconds += rawInsertLedger(raw, rows, batch);
        *rowsCopied += rows.size();
    }
    return seconds;
}

struct Timing
{
    double ms = 0;    // wall, median
    double cpuMs = 0; // this thread's CPU time, median
};

template <typename F>
Timing medianMs(int repeats, F&& run)
{
    run(); // warm-up
    Latencies wall;
    Latencies cpu;
    for (int i = 0; i < repeats; ++i) {
        const double cpuBefore = threadCpuMs();
        Stopwatch one;
        run();
        wall.add(one.ms());
        cpu.add(threadCpuMs() - cpuBefore);
    }
    return {wall.median(), cpu.median()};
}

// {"ms", "raw_ms", "ratio"} from wall medians, plus the CPU medians.
QJsonObject readStep(const Timing& kontor, const Timing& raw)
{
    QJsonObject step = msStep(kontor.ms, raw.ms);
    step.insert(u"cpu_ms"_qs, rounded(kontor.cpuMs, 2));
    step.insert(u"raw_cpu_ms"_qs, rounded(raw.cpuMs, 2));
    step.insert(u"cpu_ratio"_qs, ratio(kontor.cpuMs, raw.cpuMs));
    return step;
}

QHash<qint64, qint64> rawPairs(RawStatement& q, qint64 location = 0)
{
    if (location != 0)
        q.bind(1, location);
    QHash<qint64, qint64> result;
    while (q.step())
        result.insert(q.int64(0), q.int64(1));
    q.reset();
    return result;
}

} // namespace

bool runStockScale(Database& db, ProductService& products, RawSqlite& raw, DemoData::Scale scale,
                   QJsonObject& result)
{
    const Actor actor = Actor::owner();
    StockService stock(db);
    sqlite3* kontor = db.connection().handle();
    bool ok = true;
    createRawStockSchema(raw);

    // ---- demo_stock_s: the demo shop's stock history vs raw inserts of the same ledger rows ----
    note(u"scale: the demo shop's stock history"_qs);
    Stopwatch watch;
    const DemoStock::Summary history =
        check(DemoData::generateStock(products, stock, actor, scale), "DemoData::generateStock");
    const double kontorHistory = watch.seconds();
    copyLocations(raw, kontor);
    qint64 historyRows = 0;
    const double rawHistory = copyLedger(kontor, raw, 0, DemoRawBatch, &historyRows);
    QJsonObject demoStock = secondsStep(kontorHistory, rawHistory);
    demoStock.insert(u"documents"_qs, history.documents);
    demoStock.insert(u"movements"_qs, history.movements);
    demoStock.insert(u"us_per_movement"_qs, rounded(kontorHistory * 1e6 / double(history.movements), 1));
    demoStock.insert(u"kontor"_qs,
                     u"DemoData::generateStock: the simulation plus StockService::postHistory in "
                     u"batches of 5,000 postings (checks, ledger, change log, average cost, "
                     u"balances)"_qs);
    demoStock.insert(u"raw"_qs, u"prepared INSERTs of the same ledger rows, 5,000 per transaction"_qs);
    result.insert(u"demo_stock_s"_qs, demoStock);
    if (historyRows != history.movements) {
        note(QStringLiteral("demo stock: %1 ledger rows, but the summary says %2")
                 .arg(historyRows)
                 .arg(history.movements));
        ok = false;
    }

    // ---- stock_fill_s: up to the scale's movement count through the sync path ----
    const int target = targetMovements(scale);
    const int fill = std::max(0, target - history.movements);
    note(QStringLiteral("scale: %1 more movements through StockService::applyRecords").arg(fill));
    ProductFilter everything;
    everything.includeArchived = true;
    QList<Id> productIds;
    for (const ProductListEntry& e : check(products.list(actor, everything), "list the products"))
        productIds.append(e.id);
    const qint64 lastHistoryRow = [&] {
        RawStatement q(kontor, "SELECT ifnull(max(local_id), 0) FROM stock_movements");
        return q.step() ? q.int64(0) : 0;
    }();
    QRandomGenerator random(FillSeed);
    const qint64 now = db.clock().nowMs();
    const qint64 today = now - now % DayMs;
    double kontorFill = 0;
    for (int done = 0; done < fill;) {
        QList<Movement> batch; // built outside the timing
        const int n = std::min(FillBatch, fill - done);
        batch.reserve(n);
        for (int i = 0; i < n; ++i) {
            Movement m;
            m.id = Id::create();
            m.docId = m.id;
            const bool receipt = random.bounded(2) == 0;
            m.kind = receipt ? MovementKind::Receipt : MovementKind::Shipment;
            m.productId = productIds.at(int(random.bounded(quint32(productIds.size()))));
            m.locationId = StockService::mainLocationId();
            m.quantity =
                Quantity::fromUnits(receipt ? 1 + random.bounded(50) : -(1 + qint64(random.bounded(3))));
            m.occurredAt = today - 1 - qint64(random.bounded(quint32(120 * DayMs / 1000))) * 1000;
            m.recordedAt = now;
            m.userName = u"bench"_qs;
            m.hlc = HybridClock::make(m.occurredAt, 0);
            batch.append(std::move(m));
        }
        Stopwatch one;
        const int added = check(stock.applyRecords(actor, batch, {}), "applyRecords");
        kontorFill += one.seconds();
        if (added != n)
            fatal(QStringLiteral("applyRecords took %1 of %2 movements").arg(added).arg(n));
        done += n;
    }
    qint64 fillRows = 0;
    const double rawFill = copyLedger(kontor, raw, lastHistoryRow, FillBatch, &fillRows);
    QJsonObject fillStep = secondsStep(kontorFill, rawFill);
    fillStep.insert(u"movements"_qs, fill);
    fillStep.insert(u"batch"_qs, FillBatch);
    fillStep.insert(u"ledger_rows_total"_qs, history.movements + fill);
    fillStep.insert(u"us_per_movement"_qs, fill > 0 ? rounded(kontorFill * 1e6 / fill, 1) : 0);
    fillStep.insert(u"kontor"_qs, u"StockService::applyRecords (the sync path: ledger rows received from "
                                  u"another device, balances by the count rule, no change log)"_qs);
    fillStep.insert(u"raw"_qs, u"prepared INSERTs of the same rows in the same batches"_qs);
    result.insert(u"stock_fill_s"_qs, fillStep);

    // The raw balance table: Kontor's shape with integer keys, built untimed from the raw ledger.
    raw.exec(
        "CREATE TABLE stock_balances (product_id INTEGER NOT NULL REFERENCES products(local_id), "
        "location_id INTEGER NOT NULL REFERENCES locations(local_id), on_hand INTEGER NOT NULL, reserved "
        "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (product_id, location_id)) WITHOUT ROWID");
    raw.exec("CREATE INDEX stock_balances_location ON stock_balances(location_id)");
    raw.exec("INSERT INTO stock_balances(product_id, location_id, on_hand) SELECT product_id, location_id, "
             "SUM(quantity) FROM stock_ledger GROUP BY product_id, location_id");
    raw.exec("ANALYZE");
    const qint64 rawMain = [&] {
        RawStatement q(kontor, "SELECT local_id FROM locations WHERE id = ?");
        q.bindBlob(1, StockService::mainLocationId().toBytes());
        return q.step() ? q.int64(0) : 0;
    }();
    QHash<Id, qint64> localIdOf;
    for (const ProductListEntry& e : check(products.list(actor, everything), "list the products"))
        localIdOf.insert(e.id, e.localId);
    // Both sides must produce the same figures, or they did not do the same work.
    auto sameFigures = [&](const char* what, const QHash<Id, Quantity>& kontorFigures,
                           const QHash<qint64, qint64>& rawFigures) {
        qsizetype wrong = 0;
        for (auto it = kontorFigures.cbegin(); it != kontorFigures.cend(); ++it) {
            if (rawFigures.value(localIdOf.value(it.key())) != it.value().milli())
                ++wrong;
        }
        if (wrong != 0 || kontorFigures.size() != rawFigures.size()) {
            note(QStringLiteral("%1: %2 products differ from raw SQLite (%3 vs %4 products)")
                     .arg(QString::fromLatin1(what))
                     .arg(wrong)
                     .arg(kontorFigures.size())
                     .arg(rawFigures.size()));
            ok = false;
        }
    };

    // ---- stock_on_hand_all_ms: on hand at the main location of every product ----
    note(u"scale: on hand and available of every product"_qs);
    QHash<Id, Quantity> onHand;
    const Timing kontorOnHand = medianMs(
        Repeats, [&] { onHand = check(stock.onHandAt(actor, StockService::mainLocationId()), "onHandAt"); });
    QHash<qint64, qint64> rawOnHand;
    RawStatement balanceAtMain(raw.handle(),
                               "SELECT product_id, on_hand FROM stock_balances WHERE location_id = ?");
    const Timing rawOnHandTime = medianMs(Repeats, [&] { rawOnHand = rawPairs(balanceAtMain, rawMain); });
    RawStatement ledgerAtMain(raw.handle(), "SELECT product_id, SUM(quantity) FROM stock_ledger "
                                            "WHERE location_id = ? GROUP BY product_id");
    QHash<qint64, qint64> rawLedgerOnHand;
    const Timing rawLedgerOnHandTime =
        medianMs(Repeats, [&] { rawLedgerOnHand = rawPairs(ledgerAtMain, rawMain); });
    sameFigures("on hand", onHand, rawOnHand);
    sameFigures("on hand (raw ledger)", onHand, rawLedgerOnHand);
    QJsonObject onHandStep = readStep(kontorOnHand, rawOnHandTime);
    onHandStep.insert(u"products"_qs, onHand.size());
    onHandStep.insert(u"raw_ledger_ms"_qs, rounded(rawLedgerOnHandTime.ms, 2));
    onHandStep.insert(u"ratio_vs_raw_ledger"_qs, ratio(kontorOnHand.ms, rawLedgerOnHandTime.ms));
    onHandStep.insert(u"kontor"_qs, u"StockService::onHandAt(main) into a QHash<Id, Quantity>"_qs);
    onHandStep.insert(u"raw"_qs, u"raw_ms: the raw balance table WHERE location = main; raw_ledger_ms: "
                                 u"SUM over the raw ledger grouped by product"_qs);
    onHandStep.insert(u"of"_qs, Repeats);
    onHandStep.insert(u"budget"_qs, u"ms <= 50 (large; wall time)"_qs);
    onHandStep.insert(u"within_budget"_qs, kontorOnHand.ms <= AllProductsBudgetMs);
    result.insert(u"stock_on_hand_all_ms"_qs, onHandStep);

    // ---- stock_available_all_ms: available (on hand - reserved, sellable locations) of every product ----
    QHash<Id, Quantity> available;
    const Timing kontorAvailable =
        medianMs(Repeats, [&] { available = check(stock.availableAll(actor), "availableAll"); });
    RawStatement balanceAvailable(raw.handle(),
                                  "SELECT b.product_id, SUM(b.on_hand - b.reserved) FROM stock_balances b "
                                  "JOIN locations l ON l.local_id = b.location_id "
                                  "WHERE l.kind IN ('storage', 'packing') GROUP BY b.product_id");
    QHash<qint64, qint64> rawAvailable;
    const Timing rawAvailableTime = medianMs(Repeats, [&] { rawAvailable = rawPairs(balanceAvailable); });
    RawStatement ledgerAvailable(raw.handle(),
                                 "SELECT m.product_id, SUM(m.quantity) FROM stock_ledger m "
                                 "JOIN locations l ON l.local_id = m.location_id "
                                 "WHERE l.kind IN ('storage', 'packing') GROUP BY m.product_id");
    QHash<qint64, qint64> rawLedgerAvailable;
    const Timing rawLedgerAvailableTime =
        medianMs(Repeats, [&] { rawLedgerAvailable = rawPairs(ledgerAvailable); });
    sameFigures("available", available, rawAvailable);
    sameFigures("available (raw ledger)", available, rawLedgerAvailable);
    QJsonObject availableStep = readStep(kontorAvailable, rawAvailableTime);
    availableStep.insert(u"products"_qs, available.size());
    availableStep.insert(u"raw_ledger_ms"_qs, rounded(rawLedgerAvailableTime.ms, 2));
    availableStep.insert(u"ratio_vs_raw_ledger"_qs, ratio(kontorAvailable.ms, rawLedgerAvailableTime.ms));
    availableStep.insert(u"kontor"_qs, u"StockService::availableAll: one GROUP BY over the balances of "
                                       u"sellable locations, then kits"_qs);
    availableStep.insert(u"raw"_qs, u"raw_ms: the same GROUP BY over the raw balance table; raw_ledger_ms: "
                                    u"over the raw ledger (the data has no reservations)"_qs);
    availableStep.insert(u"of"_qs, Repeats);
    availableStep.insert(u"budget"_qs, u"ms <= 50 (large; wall time)"_qs);
    availableStep.insert(u"within_budget"_qs, kontorAvailable.ms <= AllProductsBudgetMs);
    result.insert(u"stock_available_all_ms"_qs, availableStep);

    // ---- stock_rows_ms: every row of the stock page (product x location, with names and value) ----
    note(u"scale: every stock row"_qs);
    qsizetype kontorRows = 0;
    const Timing kontorRowsTime =
        medianMs(SlowRepeats, [&] { kontorRows = check(stock.stockRows(actor, {}), "stockRows").size(); });
    struct RawStockRow
    {
        qint64 product;
        QString sku;
        QString name;
        QString unit;
        qint64 category;
        qint64 location;
        qint64 onHand;
        qint64 reserved;
        QString kind;
        std::optional<qint64> cost;
    };
    RawStatement rawRowsQuery(raw.handle(),
                              "SELECT b.product_id, p.sku, p.name, p.unit, p.category_id, b.location_id, "
                              "b.on_hand, b.reserved, l.kind, p.cost FROM stock_balances b "
                              "JOIN products p ON p.local_id = b.product_id JOIN locations l ON l.local_id = "
                              "b.location_id WHERE b.on_hand <> 0 OR b.reserved <> 0");
    qsizetype rawRowCount = 0;
    const Timing rawRowsTime = medianMs(SlowRepeats, [&] {
        QList<RawStockRow> rows;
        while (rawRowsQuery.step()) {
            RawStockRow r{rawRowsQuery.int64(0), rawRowsQuery.text(1),
                          rawRowsQuery.text(2),  rawRowsQuery.text(3),
                          rawRowsQuery.int64(4), rawRowsQuery.int64(5),
                          rawRowsQuery.int64(6), rawRowsQuery.int64(7),
                          rawRowsQuery.text(8),  {}};
            if (!rawRowsQuery.isNull(9))
                r.cost = rawRowsQuery.int64(9);
            rows.append(std::move(r));
        }
        rawRowsQuery.reset();
        rawRowCount = rows.size();
    });
    QJsonObject rowsStep = readStep(kontorRowsTime, rawRowsTime);
    rowsStep.insert(u"rows"_qs, kontorRows);
    rowsStep.insert(u"raw_rows"_qs, rawRowCount);
    rowsStep.insert(u"of"_qs, SlowRepeats);
    rowsStep.insert(u"kontor"_qs, u"StockService::stockRows(every location): balances joined with products, "
                                  u"locations and average costs, category ids, value"_qs);
    result.insert(u"stock_rows_ms"_qs, rowsStep);
    if (kontorRows != rawRowCount) {
        note(QStringLiteral("stock rows: %1 in Kontor, %2 raw").arg(kontorRows).arg(rawRowCount));
        ok = false;
    }

    // ---- stock_verify_s: every balance recomputed from the whole ledger ----
    note(u"scale: stock verify over the whole ledger"_qs);
    Stopwatch verifyTimer;
    const QList<BalanceMismatch> wrong = check(stock.verify(actor), "verify");
    const double kontorVerify = verifyTimer.seconds();
    RawStatement rawVerify(raw.handle(),
                           "SELECT count(*) FROM (SELECT product_id, location_id, SUM(quantity) AS s FROM "
                           "stock_ledger GROUP BY product_id, location_id) e LEFT JOIN stock_balances b "
                           "ON b.product_id = e.product_id AND b.location_id = e.location_id "
                           "WHERE b.on_hand IS NOT e.s");
    verifyTimer.restart();
    const qint64 rawWrong = rawVerify.step() ? rawVerify.int64(0) : -1;
    rawVerify.reset();
    const double rawVerifySeconds = verifyTimer.seconds();
    QJsonObject verifyStep = secondsStep(kontorVerify, rawVerifySeconds);
    verifyStep.insert(u"ledger_rows"_qs, history.movements + fill);
    verifyStep.insert(u"mismatches"_qs, wrong.size());
    verifyStep.insert(u"raw_mismatches"_qs, rawWrong);
    verifyStep.insert(u"kontor"_qs, u"StockService::verify (kontor-cli stock verify): the count rule and "
                                    u"reservations recomputed for every product and location"_qs);
    verifyStep.insert(u"raw"_qs, u"SUM over the raw ledger per product and location compared with the raw "
                                 u"balance table (no counts, no reservations)"_qs);
    result.insert(u"stock_verify_s"_qs, verifyStep);
    if (!wrong.isEmpty() || rawWrong != 0) {
        note(QStringLiteral("stock verify FAILED: %1 balances differ from the ledger (raw: %2)")
                 .arg(wrong.size())
                 .arg(rawWrong));
        ok = false;
    }
    return ok;
}

} // namespace kontor::bench

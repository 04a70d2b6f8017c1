#include "WorkloadW.h"

#include "BenchData.h"
#include "BenchTools.h"
#include "OrderBench.h"
#include "RawSqlite.h"
#include "W1Breakdown.h"
#include "W2Breakdown.h"
#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "stock/StockService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

#include <limits>

namespace kontor::bench {

namespace {

constexpr int BatchSize = 1000;
constexpr int ExpectedW5Hits = 3100;
constexpr int W3Runs = 3;
constexpr double ConfirmMedianBudgetMs = 2;

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

    // ---- W2: moves.csv replayed in order, each movement its own committed posting ----
    const QList<CsvMove> moves = readMovesCsv(data.filePath(u"moves.csv"_qs));
    const QList<std::pair<QString, qint64>> expected =
        readExpectedOnHand(data.filePath(u"expected_on_hand.csv"_qs));
    StockService stock(*db);
    const Id main = StockService::mainLocationId();
    QHash<QString, Id> idBySku;
    for (const ProductListEntry& e : check(service.list(actor, {}), "list the W1 products"))
        idBySku.insert(e.sku, e.id);
    struct Posting
    {
        Id product;
        qint64 rawProduct;
        Quantity quantity; // positive
        bool receipt;
    };
    QHash<QString, qint64> rawIdBySku;
    {
        RawStatement all(raw.handle(), "SELECT local_id, sku FROM products");
        while (all.step())
            rawIdBySku.insert(all.text(1), all.int64(0));
    }
    QList<Posting> postings; // resolved before the clock starts
    postings.reserve(moves.size());
    for (const CsvMove& m : moves) {
        if (!idBySku.contains(m.sku) || !rawIdBySku.contains(m.sku))
            fatal(QStringLiteral("W2: moves.csv names %1, which W1 did not create").arg(m.sku));
        postings.append(
            {idBySku.value(m.sku), rawIdBySku.value(m.sku), Quantity::fromUnits(m.quantity), m.receipt});
    }
    raw.exec("CREATE TABLE locations (local_id INTEGER PRIMARY KEY, code TEXT NOT NULL)");
    raw.exec("INSERT INTO locations(local_id, code) VALUES (1, 'MAIN')");
    raw.exec(
        "CREATE TABLE stock_ledger (local_id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES "
        "products(local_id), location_id INTEGER NOT NULL REFERENCES locations(local_id), kind TEXT NOT "
        "NULL, quantity INTEGER NOT NULL, occurred_at INTEGER NOT NULL)");
    // Every commit waits for the disk (synchronous=FULL), and the disk is shared with whatever else
    // the machine does: the two sides take turns, movement by movement, so both see the same disk.
    note(QStringLiteral("W2: %1 movements, StockService::receive/ship and raw INSERTs taking turns, one "
                        "transaction each")
             .arg(moves.size()));
    double kontorW2 = 0;
    double rawW2 = 0;
    Latencies kontorPostings;
    Latencies rawPostings;
    WalFrameCounter kontorWal;
    WalFrameCounter rawWal;
    {
        RawStatement insert(raw.handle(), "INSERT INTO stock_ledger(product_id, location_id, kind, quantity, "
                                          "occurred_at) VALUES(?, 1, ?, ?, ?)");
        kontorWal.install(db->connection().handle());
        rawWal.install(raw.handle());
        for (const Posting& p : std::as_const(postings)) {
            Stopwatch one;
            if (p.receipt)
                (void)check(stock.receive(actor, p.product, main, p.quantity), "W2 receive");
            else
                (void)check(stock.ship(actor, p.product, main, p.quantity), "W2 ship");
            const double kontorMs = one.ms();
            one.restart();
            raw.exec("BEGIN IMMEDIATE");
            insert.bind(1, p.rawProduct)
                .bind(2, p.receipt ? u"receipt" : u"shipment")
                .bind(3, p.receipt ? p.quantity.milli() : -p.quantity.milli())
                .bind(4, QDateTime::currentMSecsSinceEpoch())
                .run();
            raw.exec("COMMIT");
            const double rawMs = one.ms();
            kontorPostings.add(kontorMs);
            rawPostings.add(rawMs);
            kontorW2 += kontorMs / 1e3;
            rawW2 += rawMs / 1e3;
        }
        kontorWal.uninstall();
        rawWal.uninstall();
    }
    QJsonObject w2 = secondsStep(kontorW2, rawW2);
    w2.insert(u"movements"_qs, moves.size());
    w2.insert(u"transactions"_qs, moves.size());
    w2.insert(u"us_per_movement"_qs, rounded(kontorW2 * 1e6 / double(moves.size()), 1));
    w2.insert(u"raw_us_per_movement"_qs, rounded(rawW2 * 1e6 / double(moves.size()), 1));
    w2.insert(u"latency_ms"_qs, latencyStep(kontorPostings, rawPostings));
    w2.insert(u"wal_frames_per_commit"_qs, rounded(kontorWal.perCommit(), 2));
    w2.insert(u"raw_wal_frames_per_commit"_qs, rounded(rawWal.perCommit(), 2));
    w2.insert(u"kontor"_qs, u"StockService::receive / ship at the main location: checks, ledger row, "
                            u"change log, balance upsert, audit entry, one BEGIN IMMEDIATE/COMMIT each"_qs);
    w2.insert(u"raw"_qs,
              u"one prepared INSERT into a plain ledger table, one BEGIN IMMEDIATE/COMMIT each"_qs);
    w2.insert(u"interleaved"_qs, u"Kontor and raw take turns movement by movement, so a busy shared disk "
                                 u"slows both alike; seconds are the sums of each side's postings"_qs);
    w2.insert(u"budget"_qs, u"ratio <= 3"_qs);
    w2.insert(u"within_budget"_qs, kontorW2 <= 3 * rawW2);
    report.insert(u"W2"_qs, w2);
    report.insert(u"W2_breakdown"_qs, runW2Breakdown(rows, moves));

    // ---- W3: on hand of every product at the main location, min of 3 runs ----
    note(QStringLiteral("W3: on hand of %1 products, min of %2 runs").arg(rows.size()).arg(W3Runs));
    QHash<Id, Quantity> onHand;
    double kontorW3 = std::numeric_limits<double>::max();
    double kontorW3Cpu = std::numeric_limits<double>::max();
    for (int run = 0; run < W3Runs; ++run) {
        const double cpuBefore = threadCpuMs();
        Stopwatch one;
        onHand = check(stock.onHandAt(actor, main), "W3 onHandAt");
        kontorW3 = std::min(kontorW3, one.seconds());
        kontorW3Cpu = std::min(kontorW3Cpu, threadCpuMs() - cpuBefore);
    }
    // The plainest read without balances: sum the ledger per product.
    QHash<qint64, qint64> rawSums;
    double rawLedgerW3 = std::numeric_limits<double>::max();
    double rawLedgerW3Cpu = std::numeric_limits<double>::max();
    {
        RawStatement sum(raw.handle(),
                         "SELECT product_id, SUM(quantity) FROM stock_ledger WHERE location_id = 1 "
                         "GROUP BY product_id");
        for (int run = 0; run < W3Runs; ++run) {
            const double cpuBefore = threadCpuMs();
            Stopwatch one;
            QHash<qint64, qint64> sums;
            while (sum.step())
                sums.insert(sum.int64(0), sum.int64(1));
            sum.reset();
            rawLedgerW3 = std::min(rawLedgerW3, one.seconds());
            rawLedgerW3Cpu = std::min(rawLedgerW3Cpu, threadCpuMs() - cpuBefore);
            rawSums = std::move(sums);
        }
    }
    // A raw balance table with the same logical rows as Kontor's (built untimed from the ledger).
    raw.exec("CREATE TABLE stock_balances (product_id INTEGER NOT NULL REFERENCES products(local_id), "
             "location_id INTEGER NOT NULL REFERENCES locations(local_id), on_hand INTEGER NOT NULL, "
             "PRIMARY KEY (product_id, location_id))");
    raw.exec("CREATE INDEX stock_balances_location ON stock_balances(location_id)");
    raw.exec("INSERT INTO stock_balances SELECT product_id, location_id, SUM(quantity) FROM stock_ledger "
             "GROUP BY product_id, location_id");
    QHash<qint64, qint64> rawBalances;
    double rawBalanceW3 = std::numeric_limits<double>::max();
    {
        RawStatement read(raw.handle(),
                          "SELECT product_id, on_hand FROM stock_balances WHERE location_id = 1");
        for (int run = 0; run < W3Runs; ++run) {
            Stopwatch one;
            QHash<qint64, qint64> balances;
            while (read.step())
                balances.insert(read.int64(0), read.int64(1));
            read.reset();
            rawBalanceW3 = std::min(rawBalanceW3, one.seconds());
            rawBalances = std::move(balances);
        }
    }
    // Every product against expected_on_hand.csv; the raw reads must agree too, or the baseline
    // did not do the same work.
    QStringList w3Wrong;
    qsizetype rawWrong = 0;
    QSet<Id> checked;
    for (const auto& [sku, units] : expected) {
        const Id id = idBySku.value(sku);
        const qint64 want = units * Quantity::One;
        if (id.isNull() || onHand.value(id).milli() != want) {
            w3Wrong.append(QStringLiteral("%1: Kontor %2, expected %3")
                               .arg(sku, onHand.value(id).toString(), QString::number(units)));
        }
        checked.insert(id);
        const qint64 rawId = rawIdBySku.value(sku);
        if (rawSums.value(rawId) != want || rawBalances.value(rawId) != want)
            ++rawWrong;
    }
    for (auto it = onHand.cbegin(); it != onHand.cend(); ++it) {
        if (!checked.contains(it.key()) && it.value().milli() != 0)
            w3Wrong.append(QStringLiteral("%1: on hand %2, not in expected_on_hand.csv")
                               .arg(it.key().toString(), it.value().toString()));
    }
    QJsonObject w3{{u"seconds"_qs, rounded(kontorW3, 6)},
                   {u"ms"_qs, rounded(kontorW3 * 1e3, 3)},
                   {u"raw_ms"_qs, rounded(rawLedgerW3 * 1e3, 3)},
                   {u"cpu_ms"_qs, rounded(kontorW3Cpu, 3)},
                   {u"raw_cpu_ms"_qs, rounded(rawLedgerW3Cpu, 3)},
                   {u"ratio"_qs, ratio(kontorW3, rawLedgerW3)},
                   {u"ratio_baseline"_qs,
                    u"raw_ms: SUM(quantity) over the raw ledger grouped by product, the "
                    u"plainest read of a system that keeps no balances"_qs},
                   {u"raw_balance_ms"_qs, rounded(rawBalanceW3 * 1e3, 3)},
                   {u"ratio_vs_raw_balance"_qs, ratio(kontorW3, rawBalanceW3)},
                   {u"raw_balance_note"_qs, u"a raw (product, location) balance table with Kontor's index, "
                                            u"read WHERE location = main: the same logical rows"_qs},
                   {u"kontor"_qs, u"StockService::onHandAt(main) into a QHash<Id, Quantity>"_qs},
                   {u"products"_qs, expected.size()},
                   {u"of"_qs, W3Runs},
                   {u"checked_against"_qs, u"expected_on_hand.csv"_qs},
                   {u"mismatches"_qs, w3Wrong.size()},
                   {u"raw_mismatches"_qs, rawWrong},
                   {u"budget"_qs, u"ratio <= 2"_qs},
                   {u"within_budget"_qs, kontorW3 <= 2 * rawLedgerW3}};
    report.insert(u"W3"_qs, w3);

    // ---- W4: create and confirm 1,000 sales orders of 3 lines (sales.csv) on W2's stock ----
    bool ok = true;
    const QStringList customerNames = readCustomersCsv(data.filePath(u"customers.csv"_qs));
    const QList<CsvSaleLine> sales = readSalesCsv(data.filePath(u"sales.csv"_qs));
    CustomerService customers(*db);
    OrderService orderService(*db, stock);
    createRawOrderSchema(raw);
    raw.exec("ALTER TABLE stock_balances ADD COLUMN reserved INTEGER NOT NULL DEFAULT 0");
    note(QStringLiteral("W4: %1 customers, then %2 order lines: OrderService::create and confirm")
             .arg(customerNames.size())
             .arg(sales.size()));
    // The customers first, each its own transaction on both sides (reported apart).
    QHash<QString, std::pair<Id, qint64>> customerIds;
    double kontorCustomers = 0;
    double rawCustomers = 0;
    {
        RawStatement insert(
            raw.handle(),
            "INSERT INTO customers(kind, name, email, phone, email_key, phone_key, legal_name, "
            "tax_id, tax_reason_code, legal_address, bank_details, payment_terms_days, "
            "marketing_consent, notes, tags, search_text, created_at) VALUES('person', ?, '', '', "
            "'', '', '', '', '', '', '', 0, 0, '', '', ?, ?)");
        for (const QString& name : customerNames) {
            Customer c;
            c.name = name;
            Stopwatch one;
            const Customer created = check(customers.create(actor, c), "W4 CustomerService::create");
            kontorCustomers += one.seconds();
            one.restart();
            raw.exec("BEGIN IMMEDIATE");
            insert.bind(1, name)
                .bind(2, name.toCaseFolded())
                .bind(3, QDateTime::currentMSecsSinceEpoch())
                .run();
            const qint64 rawId = raw.scalar("SELECT last_insert_rowid()");
            raw.exec("COMMIT");
            rawCustomers += one.seconds();
            customerIds.insert(name, {created.id, rawId});
        }
    }
    // A line whose product has no stock left waits for it (a backorder), on both sides; set up
    // untimed, in one transaction.
    {
        WriteTransaction tx(db->connection());
        QSet<QString> done;
        for (const CsvSaleLine& line : sales) {
            if (done.contains(line.sku))
                continue;
            done.insert(line.sku);
            check(stock.setAllowBackorders(actor, idBySku.value(line.sku), true), "W4 setAllowBackorders");
        }
        check(tx.commit(), "W4 backorders");
    }
    QList<BenchOrder> salesOrders;
    for (const CsvSaleLine& line : sales) {
        if (!idBySku.contains(line.sku) || !customerIds.contains(line.customer))
            fatal(QStringLiteral("W4: sales.csv names %1 / %2, which W1 or customers.csv did not create")
                      .arg(line.sku, line.customer));
        if (line.line == 1 || salesOrders.isEmpty()) {
            const auto [id, rawId] = customerIds.value(line.customer);
            salesOrders.append(BenchOrder{id, rawId, line.customer, {}});
        }
        salesOrders.last().lines.append(BenchOrderLine{idBySku.value(line.sku), rawIdBySku.value(line.sku),
                                                       Quantity::fromUnits(line.quantity), line.unitPrice});
    }
    const OrderRun w4Run = createAndConfirm(*db, orderService, actor, raw, 1, salesOrders);
    QJsonObject w4 = orderRunJson(w4Run, int(salesOrders.size()));
    w4.insert(u"lines"_qs, sales.size());
    w4.insert(u"customers_s"_qs, rounded(kontorCustomers, 4));
    w4.insert(u"raw_customers_s"_qs, rounded(rawCustomers, 4));
    w4.insert(u"backorders"_qs, u"products of sales.csv allow backorders (set untimed): a line whose stock "
                                u"ran out is confirmed waiting, unreserved, on both sides"_qs);
    w4.insert(u"budget"_qs, u"ratio <= 3; confirm one order median_ms <= 2"_qs);
    w4.insert(u"confirm_within_budget"_qs, w4Run.kontorConfirm.median() <= ConfirmMedianBudgetMs);
    w4.insert(u"within_budget"_qs, w4Run.kontorSeconds <= 3 * w4Run.rawSeconds &&
                                       w4Run.kontorConfirm.median() <= ConfirmMedianBudgetMs);
    report.insert(u"W4"_qs, w4);
    report.insert(u"confirm_one_order_ms"_qs, latencyStep(w4Run.kontorConfirm, w4Run.rawConfirm));
    if (w4Run.kontorReserved != w4Run.rawReserved || w4Run.kontorWaiting != w4Run.rawWaiting) {
        note(QStringLiteral("W4 FAILED: Kontor reserved %1 lines (%2 waiting), raw %3 (%4 waiting)")
                 .arg(w4Run.kontorReserved)
                 .arg(w4Run.kontorWaiting)
                 .arg(w4Run.rawReserved)
                 .arg(w4Run.rawWaiting));
        ok = false;
    }
    if (const auto wrong = check(stock.verify(actor), "W4 verify"); !wrong.isEmpty()) {
        note(QStringLiteral("W4 FAILED: %1 balances differ from the ledger and reservations")
                 .arg(wrong.size()));
        ok = false;
    }

    if (!w3Wrong.isEmpty()) {
        note(QStringLiteral("W3 FAILED: %1 product(s) differ from expected_on_hand.csv, e.g. %2")
                 .arg(w3Wrong.size())
                 .arg(w3Wrong.mid(0, 5).join(u"; ")));
        ok = false;
    }
    if (rawWrong != 0) { // the raw reads too: the data files disagree with each other
        note(QStringLiteral(
                 "W3 FAILED: the raw baseline also differs from expected_on_hand.csv for %1 product(s)")
                 .arg(rawWrong));
        ok = false;
    }
    if (hits != ExpectedW5Hits) {
        note(QStringLiteral("W5 FAILED: %1 hits, expected %2").arg(hits).arg(ExpectedW5Hits));
        ok = false;
    }
    return ok;
}

} // namespace kontor::bench

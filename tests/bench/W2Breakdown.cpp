#include "W2Breakdown.h"

#include "BenchTools.h"
#include "RawSqlite.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "stock/StockService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>
#include <sqlite3.h>
#include <vector>

namespace kontor::bench {

namespace {

constexpr int Receipts = 1000;  // the first receipts of moves.csv ...
constexpr int Shipments = 1000; // ... then shipments of what they received, in seq order

enum Layer : unsigned
{
    LedgerRow = 0,          // Kontor's stock_movements row and its indexes
    Balance = 1u << 0,      // the stock_balances upsert
    ChangeLogRow = 1u << 1, // one change_log row with the JSON payload
    AuditEntry = 1u << 2,   // one audit_log row
    Reads = 1u << 3,        // product x3, location, count, availability and cost look-ups
};

struct Posting
{
    int product = 0;  // index into the products
    qint64 milli = 0; // signed
    QByteArray id;
    QByteArray docId;
    QString payload;
    QString audit;
};

// A valid slice: every shipment finds the stock the earlier receipts brought.
QList<CsvMove> slice(const QList<CsvMove>& moves)
{
    QList<CsvMove> result;
    QHash<QString, qint64> stock;
    int receipts = 0;
    int shipments = 0;
    for (const CsvMove& m : moves) {
        if (m.receipt && receipts < Receipts) {
            result.append(m);
            stock[m.sku] += m.quantity;
            ++receipts;
        } else if (!m.receipt && shipments < Shipments && stock.value(m.sku) >= m.quantity) {
            result.append(m);
            stock[m.sku] -= m.quantity;
            ++shipments;
        }
    }
    return result;
}

// A Kontor file with its real schema and W1's products (ids given), written by raw statements.
void createFile(const QString& path, const QList<CsvProduct>& products, const QList<QByteArray>& ids)
{
    {
        SystemClock clock;
        check(Database::open(path, clock), "create a Kontor file");
    }
    RawSqlite raw(path);
    RawStatement insert(
        raw.handle(),
        "INSERT INTO products(id, sku, name, description, category_id, unit, currency, list_price, "
        "cost, vat_rate, weight_g, parent_id, attributes, archived, search_text, hlc, created_at, "
        "updated_at) VALUES(?, ?, ?, '', NULL, 'pcs', 'RUB', ?, ?, NULL, NULL, NULL, '[]', 0, ?, ?, ?, ?)");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    raw.exec("BEGIN IMMEDIATE");
    for (qsizetype i = 0; i < products.size(); ++i) {
        const CsvProduct& p = products.at(i);
        insert.bindBlob(1, ids.at(i)).bind(2, p.sku).bind(3, p.name).bind(4, p.listPrice).bind(5, p.cost);
        insert.bind(6, p.name).bind(7, (now << 16) + i).bind(8, now).bind(9, now).run();
    }
    raw.exec("COMMIT");
}

// One step of the ladder: a file of its own, the same postings in the same order.
class Rung
{
public:
    virtual ~Rung() = default;
    virtual void post(const Posting& p) = 0;
    virtual sqlite3* handle() = 0;
};

class LayeredRung final : public Rung
{
public:
    LayeredRung(const QString& path, const QList<QByteArray>& productIds, unsigned layers)
        : m_raw(path)
        , m_productIds(productIds)
        , m_layers(layers)
        , m_main(StockService::mainLocationId().toBytes())
        , m_device(Id::create().toBytes())
        , m_movement(
              m_raw.handle(),
              "INSERT INTO stock_movements(id, doc_id, kind, reason, product_id, location_id, quantity, "
              "unit_cost, note, occurred_at, recorded_at, user_id, user_name, reverses_id, ref_kind, "
              "ref_id, hlc) VALUES(?, ?, ?, '', ?, ?, ?, NULL, '', ?, ?, NULL, 'Owner', NULL, '', NULL, ?)")
        , m_balance(m_raw.handle(),
                    "INSERT INTO stock_balances(product_id, location_id, on_hand) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT(product_id, location_id) DO UPDATE SET on_hand = on_hand + "
                    "CASE WHEN count_at IS NULL OR ?4 > count_at THEN ?3 ELSE 0 END")
        , m_log(m_raw.handle(),
                "INSERT INTO change_log(hlc, device_id, user_id, table_name, row_id, op, payload) "
                "VALUES(?, ?, NULL, 'stock_movements', ?, 'insert', ?)")
        , m_audit(m_raw.handle(),
                  "INSERT INTO audit_log(at, user_id, user_name, action, entity, entity_id, summary, "
                  "before, after) VALUES(?, NULL, 'Owner', ?, 'product', ?, ?, NULL, ?)")
        , m_product(m_raw.handle(),
                    "SELECT sku, unit, deleted, EXISTS(SELECT 1 FROM kit_components WHERE kit_id = "
                    "p.id) FROM products p WHERE id = ?")
        , m_location(
              m_raw.handle(),
              "SELECT id, warehouse_id, code, name, kind, priority, archived FROM locations WHERE id = ?")
        , m_countAt(m_raw.handle(),
                    "SELECT count_at FROM stock_balances WHERE product_id = ? AND location_id = ?")
        , m_free(m_raw.handle(),
                 "SELECT on_hand, reserved FROM stock_balances WHERE product_id = ? AND location_id = ?")
        , m_cost(m_raw.handle(),
                 "SELECT COALESCE((SELECT average_cost FROM stock_costs WHERE product_id = ?1), "
                 "(SELECT cost FROM products WHERE id = ?1))")
        , m_hlc(QDateTime::currentMSecsSinceEpoch() << 16)
    {}

    sqlite3* handle() override { return m_raw.handle(); }

    void post(const Posting& p) override
    {
        const QByteArray& productId = m_productIds.at(p.product);
        const bool receipt = p.milli > 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_raw.exec("BEGIN IMMEDIATE");
        if (m_layers & Reads) {
            for (int i = 0; i < 2; ++i) { // expandKits, checkDraft
                m_product.bindBlob(1, productId);
                read(m_product);
            }
            m_location.bindBlob(1, m_main);
            read(m_location);
            m_countAt.bindBlob(1, productId).bindBlob(2, m_main);
            read(m_countAt);
            if (!receipt) { // the availability check, the cost frozen at shipment
                m_free.bindBlob(1, productId).bindBlob(2, m_main);
                read(m_free);
                m_cost.bindBlob(1, productId);
                read(m_cost);
            }
        }
        ++m_hlc;
        if (m_layers & ChangeLogRow)
            m_log.bind(1, m_hlc).bindBlob(2, m_device).bindBlob(3, p.id).bind(4, p.payload).run();
        m_movement.bindBlob(1, p.id).bindBlob(2, p.docId).bind(3, receipt ? u"receipt" : u"shipment");
        m_movement.bindBlob(4, productId).bindBlob(5, m_main).bind(6, p.milli).bind(7, now).bind(8, now);
        m_movement.bind(9, m_hlc).run();
        if (m_layers & Balance)
            m_balance.bindBlob(1, productId).bindBlob(2, m_main).bind(3, p.milli).bind(4, now).run();
        if (m_layers & Reads) {
            m_product.bindBlob(1, productId); // the audit summary
            read(m_product);
        }
        if (m_layers & AuditEntry) {
            m_audit.bind(1, now)
                .bind(2, receipt ? u"stock.receipt" : u"stock.shipment")
                .bindBlob(3, productId);
            m_audit.bind(4, receipt ? u"Receipt" : u"Shipment").bind(5, p.audit).run();
        }
        m_raw.exec("COMMIT");
    }

private:
    static void read(RawStatement& s)
    {
        (void)s.step();
        s.reset();
    }

    RawSqlite m_raw;
    const QList<QByteArray>& m_productIds;
    unsigned m_layers;
    QByteArray m_main;
    QByteArray m_device;
    RawStatement m_movement;
    RawStatement m_balance;
    RawStatement m_log;
    RawStatement m_audit;
    RawStatement m_product;
    RawStatement m_location;
    RawStatement m_countAt;
    RawStatement m_free;
    RawStatement m_cost;
    qint64 m_hlc;
};

// The W2 raw baseline: a plain ledger table in a plain file.
class PlainRung final : public Rung
{
public:
    PlainRung(const QString& path, int productCount)
        : m_raw(prepare(path, productCount))
        , m_insert(m_raw.handle(), "INSERT INTO stock_ledger(product_id, location_id, kind, quantity, "
                                   "occurred_at) VALUES(?, 1, ?, ?, ?)")
    {}

    sqlite3* handle() override { return m_raw.handle(); }

    void post(const Posting& p) override
    {
        m_raw.exec("BEGIN IMMEDIATE");
        m_insert.bind(1, qint64(p.product + 1))
            .bind(2, p.milli > 0 ? u"receipt" : u"shipment")
            .bind(3, p.milli)
            .bind(4, QDateTime::currentMSecsSinceEpoch())
            .run();
        m_raw.exec("COMMIT");
    }

private:
    static const QString& prepare(const QString& path, int productCount)
    {
        RawSqlite raw(path);
        raw.exec("CREATE TABLE products (local_id INTEGER PRIMARY KEY)");
        raw.exec("CREATE TABLE locations (local_id INTEGER PRIMARY KEY)");
        raw.exec(
            "CREATE TABLE stock_ledger (local_id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL "
            "REFERENCES products(local_id), location_id INTEGER NOT NULL REFERENCES locations(local_id), "
            "kind TEXT NOT NULL, quantity INTEGER NOT NULL, occurred_at INTEGER NOT NULL)");
        raw.exec("BEGIN IMMEDIATE");
        raw.exec("INSERT INTO locations VALUES (1)");
        RawStatement product(raw.handle(), "INSERT INTO products VALUES (?)");
        for (int i = 1; i <= productCount; ++i)
            product.bind(1, qint64(i)).run();
        raw.exec("COMMIT");
        return path;
    }

    RawSqlite m_raw;
    RawStatement m_insert;
};

class StockServiceRung final : public Rung
{
public:
    StockServiceRung(const QString& path, const QList<QByteArray>& productIds)
        : m_db(check(Database::open(path, m_clock), "open the Kontor file"))
        , m_stock(*m_db)
        , m_productIds(productIds)
    {}

    sqlite3* handle() override { return m_db->connection().handle(); }

    void post(const Posting& p) override
    {
        const Id product = Id::fromBytes(m_productIds.at(p.product));
        const Id main = StockService::mainLocationId();
        if (p.milli > 0)
            (void)check(m_stock.receive(m_actor, product, main, Quantity::fromMilli(p.milli)), "receive");
        else
            (void)check(m_stock.ship(m_actor, product, main, Quantity::fromMilli(-p.milli)), "ship");
    }

private:
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    StockService m_stock;
    const QList<QByteArray>& m_productIds;
    Actor m_actor = Actor::owner();
};

} // namespace

QJsonObject runW2Breakdown(const QList<CsvProduct>& products, const QList<CsvMove>& moves)
{
    const QList<CsvMove> chosen = slice(moves);
    note(QStringLiteral("W2 breakdown: %1 movements, raw statements on Kontor's schema, one layer at a time")
             .arg(chosen.size()));
    QHash<QString, int> indexOf;
    QList<QByteArray> productIds;
    for (qsizetype i = 0; i < products.size(); ++i) {
        indexOf.insert(products.at(i).sku, int(i));
        productIds.append(Id::create().toBytes());
    }
    const QString main = StockService::mainLocationId().toString();
    QList<Posting> postings;
    for (const CsvMove& m : chosen) {
        Posting p;
        p.product = indexOf.value(m.sku);
        p.milli = (m.receipt ? 1 : -1) * m.quantity * Quantity::One;
        p.id = Id::create().toBytes();
        p.docId = Id::create().toBytes();
        const QJsonObject payload{{u"doc_id"_qs, Id::fromBytes(p.docId).toString()},
                                  {u"kind"_qs, m.receipt ? u"receipt"_qs : u"shipment"_qs},
                                  {u"reason"_qs, u""_qs},
                                  {u"product_id"_qs, Id::fromBytes(productIds.at(p.product)).toString()},
                                  {u"location_id"_qs, main},
                                  {u"quantity"_qs, p.milli},
                                  {u"occurred_at"_qs, QDateTime::currentMSecsSinceEpoch()},
                                  {u"recorded_at"_qs, QDateTime::currentMSecsSinceEpoch()},
                                  {u"user_name"_qs, u"Owner"_qs}};
        p.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        p.audit = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"doc_id"_qs, payload.value(u"doc_id").toString()}, {u"lines"_qs, 1}})
                .toJson(QJsonDocument::Compact));
        postings.append(std::move(p));
    }

    QTemporaryDir dir;
    int files = 0;
    auto kontorFile = [&] {
        const QString path = dir.filePath(QStringLiteral("rung%1.kontor").arg(files++));
        createFile(path, products, productIds);
        return path;
    };
    struct Step
    {
        Step(const char* stepName, std::unique_ptr<Rung> stepRung)
            : name(stepName)
            , rung(std::move(stepRung))
        {}
        const char* name;
        std::unique_ptr<Rung> rung;
        WalFrameCounter wal;
        Latencies latency;
        double seconds = 0;
    };
    std::vector<Step> steps;
    steps.reserve(7); // the WAL hooks point into the steps
    steps.emplace_back("raw_plain_ledger",
                       std::make_unique<PlainRung>(dir.filePath(u"plain.sqlite"_qs), int(products.size())));
    for (const auto& [name, layers] : std::initializer_list<std::pair<const char*, unsigned>>{
             {"kontor_ledger_row", LedgerRow},
             {"plus_balance_upsert", Balance},
             {"plus_change_log", Balance | ChangeLogRow},
             {"plus_audit_entry", Balance | ChangeLogRow | AuditEntry},
             {"plus_reads", Balance | ChangeLogRow | AuditEntry | Reads}})
        steps.emplace_back(name, std::make_unique<LayeredRung>(kontorFile(), productIds, layers));
    steps.emplace_back("StockService_receive_ship",
                       std::make_unique<StockServiceRung>(kontorFile(), productIds));
    for (Step& step : steps)
        step.wal.install(step.rung->handle());
    // Lockstep: posting by posting, every step in turn, so a busy shared disk slows all alike.
    for (const Posting& p : std::as_const(postings)) {
        for (Step& step : steps) {
            Stopwatch one;
            step.rung->post(p);
            const double ms = one.ms();
            step.latency.add(ms);
            step.seconds += ms / 1e3;
        }
    }
    const double perPosting = 1e6 / double(postings.size());
    QJsonArray ladder;
    double previous = 0;
    for (Step& step : steps) {
        step.wal.uninstall();
        ladder.append(
            QJsonObject{{u"step"_qs, QString::fromLatin1(step.name)},
                        {u"us_per_movement"_qs, rounded(step.seconds * perPosting, 1)},
                        {u"added_us_per_movement"_qs, rounded((step.seconds - previous) * perPosting, 1)},
                        {u"median_us"_qs, rounded(step.latency.median() * 1e3, 1)},
                        {u"wal_frames_per_commit"_qs, rounded(step.wal.perCommit(), 2)}});
        previous = step.seconds;
    }
    return QJsonObject{
        {u"ladder"_qs, ladder},
        {u"movements"_qs, postings.size()},
        {u"note"_qs,
         u"one BEGIN IMMEDIATE/COMMIT per movement, synchronous=FULL, on fresh files holding "
         u"W1's 10,000 products, every step in turn posting by posting; a WAL frame is one 4 KiB "
         u"page written and synced at commit, so a posting's time follows the pages it touches"_qs}};
}

} // namespace kontor::bench

#include "CountService.h"

#include "AbcClassifier.h"
#include "ScanLookup.h"
#include "StockService.h"
#include "catalog/ProductService.h"
#include "common/Decimal.h"
#include "security/AuditLog.h"
#include "storage/ChangeLog.h"
#include "storage/DocumentNumbers.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace kontor {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
// How far in the future a line may be dated (clock skew), as for stock postings.
constexpr qint64 FutureToleranceMs = 10 * 60 * 1000;

bool countable(const Location& l)
{
    // Goods in transit are counted where they arrive; a marketplace counts its own warehouse.
    return l.kind == LocationKind::Storage || l.kind == LocationKind::Packing ||
           l.kind == LocationKind::Quarantine;
}

QString countersJson(const QStringList& counters)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(counters)).toJson(QJsonDocument::Compact));
}

QStringList countersFromJson(const QString& text)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array)
        result.append(v.toString());
    return result;
}

// Location priority and code, then SKU in the user's language order with numbers by value.
struct PlaceOrder
{
    QCollator collator;
    QHash<Id, std::pair<int, QString>> locations; // id -> (priority, code)

    PlaceOrder()
    {
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
    }
    bool less(const Id& locA, const QString& skuA, const Id& locB, const QString& skuB) const
    {
        if (locA != locB) {
            const auto a = locations.value(locA);
            const auto b = locations.value(locB);
            if (a.first != b.first)
                return a.first < b.first;
            const int byCode = collator.compare(a.second, b.second);
            if (byCode != 0)
                return byCode < 0;
            return locA < locB;
        }
        return collator.compare(skuA, skuB) < 0;
    }
};

constexpr QByteArrayView SessionColumns =
    "SELECT s.id, s.number, s.name, s.scope, s.warehouse_id, s.location_id, s.category_id, s.blind, "
    "s.counters, s.status, s.created_at, s.created_by, s.posted_at, s.posted_by, "
    "(SELECT COUNT(*) FROM count_session_items i WHERE i.session_id = s.id), "
    // Every counted place is an item (a line adds its item), so the places of the current lines
    // are the counted items; counting them from the lines is quick however long the list is.
    "(SELECT COUNT(*) FROM (SELECT DISTINCT l.product_id, l.location_id FROM count_lines l "
    "  WHERE l.session_id = s.id AND l.superseded = 0)), "
    "(SELECT COUNT(*) FROM count_lines l WHERE l.session_id = s.id AND l.superseded = 0) "
    "FROM count_sessions s ";

CountSession readSession(const Query& q)
{
    CountSession s;
    s.id = q.id(0);
    s.number = q.text(1);
    s.name = q.text(2);
    s.scope = CountKinds::scopeFromCode(q.text(3)).value_or(CountScope::Full);
    s.warehouseId = q.id(4);
    s.locationId = q.id(5);
    s.categoryId = q.id(6);
    s.blind = q.int64(7) != 0;
    s.counters = countersFromJson(q.text(8));
    s.status = CountKinds::statusFromCode(q.text(9)).value_or(CountStatus::Open);
    s.createdAt = q.int64(10);
    s.createdBy = q.text(11);
    s.postedAt = q.optInt64(12);
    s.postedBy = q.text(13);
    s.itemCount = int(q.int64(14));
    s.countedItems = int(q.int64(15));
    s.lineCount = int(q.int64(16));
    return s;
}

constexpr QByteArrayView LineColumns =
    "SELECT l.local_id, l.id, l.session_id, l.product_id, l.location_id, l.quantity, l.counted_at, "
    "l.counter, l.scan, l.serial, l.superseded, p.sku, p.name FROM count_lines l "
    "JOIN products p ON p.id = l.product_id ";

CountLine readLine(const Query& q)
{
    CountLine l;
    l.localId = q.int64(0);
    l.id = q.id(1);
    l.sessionId = q.id(2);
    l.productId = q.id(3);
    l.locationId = q.id(4);
    l.quantity = Quantity::fromMilli(q.int64(5));
    l.countedAt = q.int64(6);
    l.counter = q.text(7);
    l.scan = q.text(8);
    l.serial = q.text(9);
    l.superseded = q.int64(10) != 0;
    l.sku = q.text(11);
    l.name = q.text(12);
    return l;
}

QJsonObject sessionJson(const CountSession& s)
{
    QJsonObject o{{u"number"_qs, s.number},
                  {u"name"_qs, s.name},
                  {u"scope"_qs, CountKinds::scopeCode(s.scope)},
                  {u"blind"_qs, s.blind},
                  {u"counters"_qs, QJsonArray::fromStringList(s.counters)},
                  {u"status"_qs, CountKinds::statusCode(s.status)}};
    if (!s.warehouseId.isNull())
        o.insert(u"warehouse_id"_qs, s.warehouseId.toString());
    if (!s.locationId.isNull())
        o.insert(u"location_id"_qs, s.locationId.toString());
    if (!s.categoryId.isNull())
        o.insert(u"category_id"_qs, s.categoryId.toString());
    return o;
}

} // namespace

CountService::CountService(Database& db, StockService& stock, ProductService& products, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_stock(stock)
    , m_products(products)
{}

QString CountService::counterName(const Actor& actor, const QString& counter) const
{
    const QString trimmed = counter.trimmed();
    return trimmed.isEmpty() ? actor.name : trimmed;
}

// ---- sessions -----------------------------------------------------------------------------------

Result<CountService::Scope> CountService::scopeLocations(Connection& c, const Id& warehouseId,
                                                         const Id& locationId)
{
    Q_UNUSED(c);
    const Actor system = Actor::owner();
    Scope scope;
    if (!locationId.isNull()) {
        auto loc = m_stock.location(system, locationId);
        if (!loc)
            return fail(loc.error());
        if (loc->archived)
            return fail(ErrorCode::Invalid, tr("%1 is archived.").arg(StockService::displayName(*loc)),
                        u"location"_qs);
        if (loc->kind == LocationKind::Transit)
            return fail(ErrorCode::Invalid,
                        tr("Goods in transit cannot be counted: count them at the location they arrive at."),
                        u"location"_qs);
        if (loc->kind == LocationKind::Fbo)
            return fail(ErrorCode::Invalid,
                        tr("%1 is the marketplace's warehouse: its stock comes from the marketplace's "
                           "reports, it cannot be counted here.")
                            .arg(StockService::displayName(*loc)),
                        u"location"_qs);
        scope.locations = {*loc};
        scope.primaryLocation = loc->id;
        return scope;
    }
    const Id warehouse = warehouseId.isNull() ? StockService::mainWarehouseId() : warehouseId;
    auto all = m_stock.locations(system, false);
    if (!all)
        return fail(all.error());
    for (const Location& l : *all) {
        if (l.warehouseId == warehouse && countable(l))
            scope.locations.append(l);
    }
    if (scope.locations.isEmpty())
        return fail(ErrorCode::Invalid, tr("This warehouse has no location where stock can be counted."),
                    u"warehouse"_qs);
    scope.primaryLocation = scope.locations.first().id;
    for (const Location& l : scope.locations) {
        if (l.kind == LocationKind::Storage) {
            scope.primaryLocation = l.id;
            break;
        }
    }
    return scope;
}

Result<QList<CountItem>> CountService::plan(Connection& c, const Actor& actor, const CountSessionDraft& draft)
{
    if (draft.scope == CountScope::Location && draft.locationId.isNull())
        return fail(ErrorCode::Invalid, tr("Choose the location to count."), u"location"_qs);
    if (draft.scope == CountScope::Category && draft.categoryId.isNull())
        return fail(ErrorCode::Invalid, tr("Choose the category to count."), u"category"_qs);
    if (draft.scope == CountScope::List && draft.productIds.isEmpty())
        return fail(ErrorCode::Invalid, tr("Choose the products to count."), u"products"_qs);
    if (draft.scope == CountScope::Cycle && (draft.cycle.aDays <= 0 || draft.cycle.bDays <= 0 ||
                                             draft.cycle.cDays <= 0 || draft.cycle.maxItems < 0))
        return fail(ErrorCode::Invalid, tr("The days between counts must be at least one."), u"cycle"_qs);

    auto scope = scopeLocations(c, draft.warehouseId, draft.locationId);
    if (!scope)
        return fail(scope.error());

    // The products that can hold stock (kits hold none), with what the sheet shows of them.
    struct ProductRow
    {
        Id id;
        QString sku;
        QString name;
        QString unit;
        bool archived = false;
        QString barcode;
    };
    auto products = c.query(
        "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL SELECT c.id FROM categories c JOIN sub ON "
        "c.parent_id = sub.id) "
        "SELECT p.id, p.sku, p.name, p.unit, p.archived, (SELECT b.code FROM product_barcodes b WHERE "
        "b.product_id = p.id ORDER BY b.local_id LIMIT 1) FROM products p WHERE p.deleted = 0 "
        "AND NOT EXISTS(SELECT 1 FROM kit_components k WHERE k.kit_id = p.id) "
        "AND (?1 IS NULL OR p.category_id IN (SELECT id FROM sub))");
    products.bind(draft.scope == CountScope::Category ? std::optional<Id>(draft.categoryId) : std::nullopt);
    const QSet<Id> chosen(draft.productIds.cbegin(), draft.productIds.cend());
    QList<ProductRow> rows;
    auto ok = products.forEachRow([&] {
        ProductRow r{products.id(0),   products.text(1),       products.text(2),
                     products.text(3), products.int64(4) != 0, products.text(5)};
        if (draft.scope == CountScope::List && !chosen.contains(r.id))
            return;
        rows.append(std::move(r));
    });
    if (!ok)
        return fail(ok.error());

    // Balances in scope: product -> [(location, on hand)], only rows that exist.
    QHash<Id, QList<std::pair<Id, qint64>>> balances;
    QHash<std::pair<Id, Id>, qint64> lastCounted;
    for (const Location& l : scope->locations) {
        auto q = c.query("SELECT product_id, on_hand FROM stock_balances WHERE location_id = ?");
        q.bind(l.id);
        if (auto read = q.forEachRow([&] { balances[q.id(0)].append({l.id, q.int64(1)}); }); !read)
            return fail(read.error());
        if (draft.scope == CountScope::Cycle) {
            auto counted = c.query("SELECT product_id, MAX(counted_at) FROM stock_counts WHERE location_id = "
                                   "? GROUP BY product_id");
            counted.bind(l.id);
            if (auto read = counted.forEachRow([&] {
                    lastCounted.insert({counted.id(0), l.id}, counted.int64(1));
                });
                !read)
                return fail(read.error());
        }
    }

    auto makeItem = [](const ProductRow& p, const Id& location, qint64 onHand) {
        return CountItem{p.id, location, p.sku, p.name, p.unit, p.barcode, Quantity::fromMilli(onHand),
                         false};
    };
    QList<CountItem> items;
    if (draft.scope == CountScope::Cycle) {
        const qint64 now = m_db.clock().nowMs();
        auto classes = AbcClassifier(m_db).classify(actor, now);
        if (!classes)
            return fail(classes.error());
        struct Due
        {
            CountItem item;
            AbcClass abc;
            qint64 last; // 0: never counted
        };
        QList<Due> due;
        for (const ProductRow& p : rows) {
            const AbcClass abc = classes->value(p.id, AbcClass::C);
            const int days = abc == AbcClass::A   ? draft.cycle.aDays
                             : abc == AbcClass::B ? draft.cycle.bDays
                                                  : draft.cycle.cDays;
            // Only places with stock history: a product never stocked anywhere has nothing to check.
            for (const auto& [location, onHand] : balances.value(p.id)) {
                const qint64 last = lastCounted.value({p.id, location}, 0);
                if (last > 0 && last >= now - qint64(days) * DayMs)
                    continue;
                due.append(Due{makeItem(p, location, onHand), abc, last});
            }
        }
        if (draft.cycle.maxItems > 0 && due.size() > draft.cycle.maxItems) {
            // The most urgent first: A before B before C, never counted before the oldest count.
            std::stable_sort(due.begin(), due.end(), [](const Due& a, const Due& b) {
                if (a.abc != b.abc)
                    return a.abc < b.abc;
                return a.last < b.last;
            });
            due.resize(draft.cycle.maxItems);
        }
        for (const Due& d : due)
            items.append(d.item);
    } else {
        for (const ProductRow& p : rows) {
            bool held = false;
            for (const auto& [location, onHand] : balances.value(p.id)) {
                if (onHand != 0) {
                    items.append(makeItem(p, location, onHand));
                    held = true;
                }
            }
            // A product the ledger puts nowhere in scope is still on the sheet once (where goods
            // usually are), so that a counter who finds it has a line for it. A location count lists
            // only what the ledger says is there; archived products only when they hold stock.
            const bool listAnyway =
                draft.scope == CountScope::List || (draft.scope != CountScope::Location && !p.archived);
            if (!held && listAnyway)
                items.append(makeItem(p, scope->primaryLocation, 0));
        }
    }

    PlaceOrder order;
    for (const Location& l : scope->locations)
        order.locations.insert(l.id, {l.priority, l.code});
    std::sort(items.begin(), items.end(), [&order](const CountItem& a, const CountItem& b) {
        return order.less(a.locationId, a.sku, b.locationId, b.sku);
    });
    return items;
}

Result<QList<CountItem>> CountService::planItems(const Actor& actor, const CountSessionDraft& draft)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    return plan(c, actor, draft);
}

Result<CountSession> CountService::createSession(const Actor& actor, const CountSessionDraft& draft)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto items = plan(c, actor, draft);
    if (!items)
        return fail(items.error());

    CountSession s;
    s.id = Id::create();
    auto number = DocumentNumbers::next(c, u"INV", 4, "count_sessions");
    if (!number)
        return fail(number.error());
    s.number = *number;
    s.name = draft.name.trimmed();
    s.scope = draft.scope;
    if (!draft.locationId.isNull()) {
        auto loc = m_stock.location(actor, draft.locationId);
        if (!loc)
            return fail(loc.error());
        s.warehouseId = loc->warehouseId;
        s.locationId = loc->id;
    } else {
        s.warehouseId = draft.warehouseId.isNull() ? StockService::mainWarehouseId() : draft.warehouseId;
    }
    if (draft.scope == CountScope::Category)
        s.categoryId = draft.categoryId;
    s.blind = draft.blind;
    for (const QString& name : draft.counters) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !s.counters.contains(trimmed))
            s.counters.append(trimmed);
    }
    if (s.counters.isEmpty() && !actor.name.isEmpty())
        s.counters.append(actor.name);
    s.status = CountStatus::Open;
    s.createdAt = m_db.clock().nowMs();
    s.createdBy = actor.name;
    s.itemCount = int(items->size());

    auto hlc =
        ChangeLog::record(m_db, c, actor.userId, u"count_sessions", s.id, ChangeOp::Insert, sessionJson(s));
    if (!hlc)
        return fail(hlc.error());
    auto insert = c.query("INSERT INTO count_sessions(id, number, name, scope, warehouse_id, location_id, "
                          "category_id, blind, counters, status, created_at, created_by, hlc) "
                          "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bindAll(s.id, s.number, s.name, CountKinds::scopeCode(s.scope), s.warehouseId, s.locationId,
                   s.categoryId, s.blind, countersJson(s.counters), CountKinds::statusCode(s.status));
    insert.bindAll(s.createdAt, s.createdBy, *hlc);
    if (auto ok = insert.run(); !ok)
        return fail(ok.error());
    for (const CountItem& item : *items) {
        auto q = c.query("INSERT INTO count_session_items(session_id, product_id, location_id, expected) "
                         "VALUES(?, ?, ?, ?)");
        q.bindAll(s.id, item.productId, item.locationId, item.expected.value_or(Quantity()).milli());
        if (auto ok = q.run(); !ok)
            return fail(ok.error());
    }
    if (auto ok = AuditLog::record(c, actor, s.createdAt, u"count.create", u"count_session", s.id,
                                   tr("Count %1 started: %n item(s)", nullptr, s.itemCount).arg(s.number), {},
                                   sessionJson(s));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT sessionsChanged();
    return s;
}

Result<CountSession> CountService::loadSession(Connection& c, const Id& sessionId)
{
    auto q = c.query(QByteArray(SessionColumns.toByteArray() + "WHERE s.id = ?"));
    q.bind(sessionId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The count does not exist."));
    return readSession(q);
}

Result<CountSession> CountService::openSession(Connection& c, const Id& sessionId)
{
    auto s = loadSession(c, sessionId);
    if (!s)
        return s;
    switch (s->status) {
    case CountStatus::Open:
        return s;
    case CountStatus::Review:
        return fail(
            ErrorCode::Conflict,
            tr("Count %1 is in review: choose lines to recount, or go back to counting.").arg(s->number));
    case CountStatus::Posted:
        return fail(ErrorCode::Conflict, tr("Count %1 is already posted.").arg(s->number));
    case CountStatus::Cancelled:
        return fail(ErrorCode::Conflict, tr("Count %1 was cancelled.").arg(s->number));
    }
    return s;
}

Result<QList<CountSession>> CountService::sessions(const Actor& actor, bool includeFinished)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    auto q = m_db.connection().query(
        QByteArray(SessionColumns.toByteArray() +
                   "WHERE ?1 OR s.status IN ('open', 'review') ORDER BY s.local_id DESC"));
    q.bind(includeFinished);
    QList<CountSession> result;
    if (auto ok = q.forEachRow([&] { result.append(readSession(q)); }); !ok)
        return fail(ok.error());
    return result;
}

Result<CountSession> CountService::session(const Actor& actor, const Id& sessionId)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    return loadSession(m_db.connection(), sessionId);
}

Result<QList<Location>> CountService::sessionLocations(const Actor& actor, const Id& sessionId)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    auto s = loadSession(c, sessionId);
    if (!s)
        return fail(s.error());
    auto scope = scopeLocations(c, s->warehouseId, s->locationId);
    if (!scope)
        return fail(scope.error());
    return scope->locations;
}

Result<QList<CountItem>> CountService::items(const Actor& actor, const Id& sessionId)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto s = loadSession(c, sessionId);
    if (!s)
        return fail(s.error());
    auto q = c.query(
        "SELECT i.product_id, i.location_id, p.sku, p.name, p.unit, (SELECT b.code FROM product_barcodes b "
        "WHERE b.product_id = p.id ORDER BY b.local_id LIMIT 1), i.expected, i.recount, l.priority, l.code "
        "FROM count_session_items i JOIN products p ON p.id = i.product_id "
        "JOIN locations l ON l.id = i.location_id WHERE i.session_id = ?");
    q.bind(sessionId);
    QList<CountItem> result;
    PlaceOrder order;
    const bool hide = s->hidesExpected();
    auto ok = q.forEachRow([&] {
        CountItem item{q.id(0),   q.id(1),   q.text(2),    q.text(3),
                       q.text(4), q.text(5), std::nullopt, q.int64(7) != 0};
        if (!hide)
            item.expected = Quantity::fromMilli(q.int64(6));
        order.locations.insert(item.locationId, {int(q.int64(8)), q.text(9)});
        result.append(std::move(item));
    });
    if (!ok)
        return fail(ok.error());
    std::sort(result.begin(), result.end(), [&order](const CountItem& a, const CountItem& b) {
        return order.less(a.locationId, a.sku, b.locationId, b.sku);
    });
    return result;
}

// ---- counting -----------------------------------------------------------------------------------

Result<CountLine> CountService::insertLine(Connection& c, const CountSession& session, const Id& productId,
                                           const Id& locationId, Quantity quantity, qint64 countedAt,
                                           const QString& counter, const QString& scan, const QString& serial)
{
    auto product = c.query("SELECT sku, name, unit, deleted, EXISTS(SELECT 1 FROM kit_components WHERE "
                           "kit_id = p.id) FROM products p WHERE id = ?");
    product.bind(productId);
    auto found = product.next();
    if (!found)
        return fail(found.error());
    if (!*found || product.int64(3) != 0)
        return fail(ErrorCode::NotFound, tr("The product does not exist or was deleted."), u"product"_qs);
    const QString sku = product.text(0);
    const QString name = product.text(1);
    const QString unit = product.text(2);
    const bool isKit = product.int64(4) != 0;
    product.reset();
    if (isKit)
        return fail(ErrorCode::Invalid,
                    tr("%1 is a kit: it has no stock of its own. Count its components.").arg(sku),
                    u"product"_qs);
    if (quantity.milli() < 0)
        return fail(ErrorCode::Invalid, tr("A counted quantity cannot be negative (%1).").arg(sku),
                    u"quantity"_qs);
    if (unit == u"pcs" && !quantity.isWhole())
        return fail(ErrorCode::Invalid, tr("%1 is counted in pieces: use a whole number.").arg(sku),
                    u"quantity"_qs);

    auto scope = scopeLocations(c, session.warehouseId, session.locationId);
    if (!scope)
        return fail(scope.error());
    const bool inScope = std::any_of(scope->locations.cbegin(), scope->locations.cend(),
                                     [&](const Location& l) { return l.id == locationId; });
    if (!inScope)
        return fail(ErrorCode::Invalid, tr("This location is not part of count %1.").arg(session.number),
                    u"location"_qs);

    const qint64 now = m_db.clock().nowMs();
    const qint64 at = countedAt > 0 ? countedAt : now;
    if (at > now + FutureToleranceMs)
        return fail(ErrorCode::Invalid, tr("A count cannot be dated in the future."), u"counted_at"_qs);

    const QString trimmedSerial = serial.trimmed();
    if (!trimmedSerial.isEmpty()) {
        auto dup = c.query("SELECT p.sku FROM count_lines l JOIN products p ON p.id = l.product_id "
                           "WHERE l.session_id = ? AND l.serial = ? AND l.superseded = 0");
        dup.bindAll(session.id, trimmedSerial);
        auto seen = dup.next();
        if (!seen)
            return fail(seen.error());
        if (*seen)
            return fail(ErrorCode::Conflict,
                        tr("This unit of %1 (serial %2) has already been counted in this count.")
                            .arg(dup.text(0), trimmedSerial),
                        u"serial"_qs);
    }

    // A product found where the list did not expect it becomes an item, with what the ledger says.
    auto item =
        c.query("INSERT OR IGNORE INTO count_session_items(session_id, product_id, location_id, expected) "
                "VALUES(?1, ?2, ?3, COALESCE((SELECT on_hand FROM stock_balances WHERE product_id = ?2 "
                "AND location_id = ?3), 0))");
    item.bindAll(session.id, productId, locationId);
    if (auto ok = item.run(); !ok)
        return fail(ok.error());

    CountLine line;
    line.id = Id::create();
    line.sessionId = session.id;
    line.productId = productId;
    line.locationId = locationId;
    line.quantity = quantity;
    line.countedAt = at;
    line.counter = counter;
    line.scan = scan;
    line.serial = trimmedSerial;
    line.sku = sku;
    line.name = name;
    auto insert =
        c.query("INSERT INTO count_lines(id, session_id, product_id, location_id, quantity, counted_at, "
                "counter, scan, serial) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bindAll(line.id, line.sessionId, line.productId, line.locationId, line.quantity.milli(),
                   line.countedAt, line.counter, line.scan,
                   trimmedSerial.isEmpty() ? std::optional<QString>()
                                           : std::optional<QString>(trimmedSerial));
    if (auto ok = insert.run(); !ok)
        return fail(ok.error());
    line.localId = c.lastInsertRowId();
    return line;
}

Result<CountLine> CountService::addLine(const Actor& actor, const Id& sessionId, const Id& productId,
                                        const Id& locationId, Quantity quantity, qint64 countedAt,
                                        const QString& counter, const QString& scan, const QString& serial)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto s = openSession(c, sessionId);
    if (!s)
        return fail(s.error());
    auto line = insertLine(c, *s, productId, locationId, quantity, countedAt, counterName(actor, counter),
                           scan, serial);
    if (!line)
        return line;
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT sessionChanged(sessionId);
    return line;
}

Result<std::optional<Product>> CountService::findProduct(const Actor& actor, const ScanCode& code)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    return ScanLookup::findProduct(m_products, actor, code);
}

Result<ScanResult> CountService::addScan(const Actor& actor, const Id& sessionId, const Id& locationId,
                                         const QString& rawInput, const QString& counter,
                                         std::optional<Quantity> setTo)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    auto s = openSession(c, sessionId);
    if (!s)
        return fail(s.error());

    ScanResult result;
    auto parsed = ScanCodes::parse(rawInput);
    if (!parsed) {
        result.status = ScanResult::Status::Refused;
        result.code.raw = rawInput.trimmed();
        result.message = parsed.error().message;
        return result;
    }
    result.code = *parsed;
    auto product = findProduct(actor, result.code);
    if (!product)
        return fail(product.error());
    if (!product->has_value()) {
        result.status = ScanResult::Status::UnknownCode;
        result.message =
            tr("Unknown code %1: pick the product it belongs to, or create it.").arg(result.code.lookup);
        return result;
    }
    const Product& p = **product;
    result.productId = p.id;
    result.sku = p.sku;
    result.name = p.name;
    result.unit = Units::code(p.unit);
    const QString who = counterName(actor, counter);

    Result<CountLine> line = fail(ErrorCode::Invalid, QString());
    if (setTo) {
        if (result.code.kind == ScanKind::MarkingCode) {
            result.status = ScanResult::Status::Refused;
            result.message =
                tr("A marking code stands for one unit: scan every unit instead of typing a quantity.");
            return result;
        }
        auto change = setQuantity(actor, sessionId, p.id, locationId, *setTo, who, result.code.raw);
        if (change) {
            line = change->line;
            result.replaced = change->replaced;
        } else
            line = fail(change.error());
    } else {
        line = addLine(actor, sessionId, p.id, locationId, Quantity::fromUnits(1), 0, who, result.code.raw,
                       result.code.kind == ScanKind::MarkingCode ? result.code.serial : QString());
    }
    if (!line) {
        if (line.error().field == u"serial") {
            result.status = ScanResult::Status::DuplicateSerial;
            result.message = line.error().message;
            return result;
        }
        if (line.error().code == ErrorCode::Invalid && line.error().field != u"location") {
            result.status = ScanResult::Status::Refused;
            result.message = line.error().message;
            return result;
        }
        return fail(line.error());
    }
    result.line = *line;
    result.status = setTo ? ScanResult::Status::QuantitySet : ScanResult::Status::Counted;
    auto here = countedQuantity(actor, sessionId, p.id, locationId);
    if (!here)
        return fail(here.error());
    result.countedHere = *here;
    if (!s->hidesExpected()) {
        auto balance = m_stock.balance(actor, p.id, locationId);
        if (!balance)
            return fail(balance.error());
        result.expected = balance->onHand;
    }
    result.message =
        setTo ? tr("%1: %2 counted").arg(p.sku, setTo->toLocaleString()) : tr("%1: +1").arg(p.sku);
    return result;
}

Result<QuantityChange> CountService::setQuantity(const Actor& actor, const Id& sessionId, const Id& productId,
                                                 const Id& locationId, Quantity quantity,
                                                 const QString& counter, const QString& scan)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto s = openSession(c, sessionId);
    if (!s)
        return fail(s.error());
    const QString who = counterName(actor, counter);
    QuantityChange change;
    auto old = c.query(QByteArray(LineColumns.toByteArray() +
                                  "WHERE l.session_id = ? AND l.product_id = ? AND l.location_id = ? "
                                  "AND l.counter = ? AND l.superseded = 0 ORDER BY l.local_id"));
    old.bindAll(sessionId, productId, locationId, who);
    if (auto ok = old.forEachRow([&] { change.replaced.append(readLine(old)); }); !ok)
        return fail(ok.error());
    auto del = c.query("DELETE FROM count_lines WHERE session_id = ? AND product_id = ? AND location_id = ? "
                       "AND counter = ? AND superseded = 0");
    del.bindAll(sessionId, productId, locationId, who);
    if (auto ok = del.run(); !ok)
        return fail(ok.error());
    auto line = insertLine(c, *s, productId, locationId, quantity, 0, who, scan, {});
    if (!line)
        return fail(line.error());
    change.line = *line;
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT sessionChanged(sessionId);
    return change;
}

Result<CountLine> CountService::undoLastLine(const Actor& actor, const Id& sessionId, const QString& counter)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto s = openSession(c, sessionId);
    if (!s)
        return fail(s.error());
    auto last = c.query(QByteArray(LineColumns.toByteArray() +
                                   "WHERE l.session_id = ? AND l.counter = ? AND l.superseded = 0 "
                                   "ORDER BY l.local_id DESC LIMIT 1"));
    last.bindAll(sessionId, counterName(actor, counter));
    auto row = last.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound,
                    tr("Nothing to undo: %1 has no counted lines left.").arg(counterName(actor, counter)));
    const CountLine line = readLine(last);
    last.reset();
    auto del = c.query("DELETE FROM count_lines WHERE local_id = ?");
    del.bind(line.localId);
    if (auto ok = del.run(); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT sessionChanged(sessionId);
    return line;
}

// ---- reading what was counted -------------------------------------------------------------------

Result<QList<CountLine>> CountService::lines(const Actor& actor, const Id& sessionId, int limit,
                                             bool includeSuperseded)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    auto q = m_db.connection().query(QByteArray(LineColumns.toByteArray() +
                                                "WHERE l.session_id = ?1 AND (?2 OR l.superseded = 0) "
                                                "ORDER BY l.local_id DESC LIMIT ?3"));
    q.bindAll(sessionId, includeSuperseded, limit);
    QList<CountLine> result;
    if (auto ok = q.forEachRow([&] { result.append(readLine(q)); }); !ok)
        return fail(ok.error());
    return result;
}

Result<QList<CountTotal>> CountService::totals(const Actor& actor, const Id& sessionId)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    auto q = m_db.connection().query(
        "SELECT product_id, location_id, SUM(quantity), COUNT(*), MAX(counted_at) FROM count_lines "
        "WHERE session_id = ? AND superseded = 0 GROUP BY product_id, location_id ORDER BY MIN(local_id)");
    q.bind(sessionId);
    QList<CountTotal> result;
    if (auto ok = q.forEachRow([&] {
            result.append(
                CountTotal{q.id(0), q.id(1), Quantity::fromMilli(q.int64(2)), int(q.int64(3)), q.int64(4)});
        });
        !ok)
        return fail(ok.error());
    return result;
}

Result<Quantity> CountService::countedQuantity(const Actor& actor, const Id& sessionId, const Id& productId,
                                               const Id& locationId)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    auto q = m_db.connection().query(
        "SELECT COALESCE(SUM(quantity), 0) FROM count_lines WHERE session_id = ? AND product_id = ? "
        "AND location_id = ? AND superseded = 0");
    q.bindAll(sessionId, productId, locationId);
    auto sum = q.scalarInt();
    if (!sum)
        return fail(sum.error());
    return Quantity::fromMilli(sum->value_or(0));
}

// ---- review and posting -------------------------------------------------------------------------

Result<QList<CountReviewRow>> CountService::reviewRows(const Actor& actor, const Id& sessionId,
                                                       UncountedRule uncounted)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto s = loadSession(c, sessionId);
    if (!s)
        return fail(s.error());
    // For a counted item, the ledger at the time of its count: the previous count at or before it
    // (not one of this session's own, once posted) plus the movements after that count up to and
    // including the count's time. For an uncounted one, on hand now.
    auto q = c.query(
        "WITH t AS (SELECT product_id, location_id, SUM(quantity) AS qty, COUNT(*) AS n, MAX(counted_at) AS "
        "at "
        "  FROM count_lines WHERE session_id = ?1 AND superseded = 0 GROUP BY product_id, location_id), "
        "r AS (SELECT i.product_id, i.location_id, i.recount, t.qty, t.n, t.at, "
        "  CASE WHEN t.at IS NULL THEN NULL ELSE (SELECT c.local_id FROM stock_counts c "
        "    WHERE c.product_id = i.product_id AND c.location_id = i.location_id AND c.counted_at <= t.at "
        "    AND (c.session_id IS NULL OR c.session_id <> ?1) ORDER BY c.counted_at DESC, c.hlc DESC LIMIT "
        "1) "
        "  END AS prev "
        "  FROM count_session_items i LEFT JOIN t ON t.product_id = i.product_id AND t.location_id = "
        "i.location_id "
        "  WHERE i.session_id = ?1) "
        "SELECT r.product_id, r.location_id, p.sku, p.name, p.unit, l.code, l.name, l.priority, r.recount, "
        "  r.qty, r.n, r.at, "
        "  CASE WHEN r.at IS NULL THEN COALESCE((SELECT b.on_hand FROM stock_balances b "
        "    WHERE b.product_id = r.product_id AND b.location_id = r.location_id), 0) "
        "  ELSE COALESCE(pc.quantity, 0) + COALESCE((SELECT SUM(m.quantity) FROM stock_movements m "
        "    WHERE m.product_id = r.product_id AND m.location_id = r.location_id AND m.occurred_at <= r.at "
        "    AND (pc.counted_at IS NULL OR m.occurred_at > pc.counted_at)), 0) END, "
        "  COALESCE(sc.average_cost, p.cost) "
        "FROM r JOIN products p ON p.id = r.product_id JOIN locations l ON l.id = r.location_id "
        "LEFT JOIN stock_counts pc ON pc.local_id = r.prev "
        "LEFT JOIN stock_costs sc ON sc.product_id = r.product_id");
    q.bind(sessionId);
    const bool hide = s->hidesExpected();
    const bool withCost = actor.can(Permission::ViewCosts);
    PlaceOrder order;
    QList<CountReviewRow> rows;
    auto ok = q.forEachRow([&] {
        CountReviewRow r;
        r.productId = q.id(0);
        r.locationId = q.id(1);
        r.sku = q.text(2);
        r.name = q.text(3);
        r.unit = q.text(4);
        Location loc;
        loc.id = r.locationId;
        loc.code = q.text(5);
        loc.name = q.text(6);
        r.locationName = StockService::displayName(loc);
        order.locations.insert(r.locationId, {int(q.int64(7)), loc.code});
        r.lineCount = q.isNull(10) ? 0 : int(q.int64(10));
        r.recount = q.int64(8) != 0;
        if (!q.isNull(9))
            r.counted = Quantity::fromMilli(q.int64(9));
        r.countedAt = q.isNull(11) ? 0 : q.int64(11);
        if (!hide) {
            r.expected = Quantity::fromMilli(q.int64(12));
            if (r.counted)
                r.difference = *r.counted - *r.expected;
            else
                r.difference = uncounted == UncountedRule::SetToZero ? -*r.expected : Quantity();
            if (withCost) {
                r.unitCost = q.optInt64(13);
                if (r.unitCost)
                    r.differenceValue =
                        Decimal::mulDivRound(r.difference->milli(), *r.unitCost, Quantity::One);
            }
        }
        rows.append(std::move(r));
    });
    if (!ok)
        return fail(ok.error());
    std::sort(rows.begin(), rows.end(), [&order](const CountReviewRow& a, const CountReviewRow& b) {
        return order.less(a.locationId, a.sku, b.locationId, b.sku);
    });
    return rows;
}

Result<void> CountService::setStatus(Connection& c, const Actor& actor, const CountSession& session,
                                     CountStatus status)
{
    const qint64 now = m_db.clock().nowMs();
    QJsonObject payload{{u"status"_qs, CountKinds::statusCode(status)}};
    const bool posting = status == CountStatus::Posted;
    if (posting) {
        payload.insert(u"posted_at"_qs, now);
        payload.insert(u"posted_by"_qs, actor.name);
    }
    auto hlc =
        ChangeLog::record(m_db, c, actor.userId, u"count_sessions", session.id, ChangeOp::Update, payload);
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("UPDATE count_sessions SET status = ?1, hlc = ?2, "
                     "posted_at = CASE WHEN ?3 THEN ?4 ELSE posted_at END, "
                     "posted_by = CASE WHEN ?3 THEN ?5 ELSE posted_by END WHERE id = ?6");
    q.bindAll(CountKinds::statusCode(status), *hlc, posting, now, actor.name, session.id);
    return q.run();
}

Result<void> CountService::beginReview(const Actor& actor, const Id& sessionId)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto s = loadSession(c, sessionId);
    if (!s)
        return fail(s.error());
    if (s->status == CountStatus::Review)
        return {};
    if (auto open = openSession(c, sessionId); !open)
        return fail(open.error());
    if (auto ok = setStatus(c, actor, *s, CountStatus::Review); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT sessionsChanged();
    Q_EMIT sessionChanged(sessionId);
    return {};
}

Result<void> CountService::reopen(const Actor& actor, const Id& sessionId)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto s = loadSession(c, sessionId);
    if (!s)
        return fail(s.error());
    if (s->status == CountStatus::Open)
        return {};
    if (s->isFinished())
        return fail(openSession(c, sessionId).error());
    if (auto ok = setStatus(c, actor, *s, CountStatus::Open); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT sessionsChanged();
    Q_EMIT sessionChanged(sessionId);
    return {};
}

Result<void> CountService::markForRecount(const Actor& actor, const Id& sessionId,
                                          const QList<CountPlace>& places)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return ok;
    if (places.isEmpty())
        return fail(ErrorCode::Invalid, tr("Choose the lines to count again."));
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto s = loadSession(c, sessionId);
    if (!s)
        return fail(s.error());
    if (s->isFinished())
        return fail(openSession(c, sessionId).error());
    for (const CountPlace& place : places) {
        auto supersede =
            c.query("UPDATE count_lines SET superseded = 1 WHERE session_id = ? AND product_id = ? "
                    "AND location_id = ? AND superseded = 0");
        supersede.bindAll(sessionId, place.productId, place.locationId);
        if (auto ok = supersede.run(); !ok)
            return ok;
        auto mark =
            c.query("UPDATE count_session_items SET recount = 1 WHERE session_id = ? AND product_id = ? "
                    "AND location_id = ?");
        mark.bindAll(sessionId, place.productId, place.locationId);
        if (auto ok = mark.run(); !ok)
            return ok;
    }
    if (s->status != CountStatus::Open) {
        if (auto ok = setStatus(c, actor, *s, CountStatus::Open); !ok)
            return ok;
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT sessionsChanged();
    Q_EMIT sessionChanged(sessionId);
    return {};
}

Result<int> CountService::post(const Actor& actor, const Id& sessionId, UncountedRule uncounted)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto s = loadSession(c, sessionId);
    if (!s)
        return fail(s.error());
    if (s->isFinished())
        return fail(openSession(c, sessionId).error());
    auto counted = totals(actor, sessionId);
    if (!counted)
        return fail(counted.error());
    if (counted->isEmpty())
        return fail(ErrorCode::Invalid, tr("Nothing has been counted in %1 yet.").arg(s->number));

    QList<CountEvent> events;
    qint64 end = 0;
    for (const CountTotal& t : *counted) {
        CountEvent e;
        e.sessionId = sessionId;
        e.productId = t.productId;
        e.locationId = t.locationId;
        e.quantity = t.quantity;
        e.countedAt = t.lastCountedAt;
        events.append(e);
        end = std::max(end, t.lastCountedAt);
    }
    if (uncounted == UncountedRule::SetToZero) {
        // Items with no current line whose ledger figure is not zero already: found missing when
        // counting ended.
        auto missing = c.query(
            "SELECT i.product_id, i.location_id FROM count_session_items i JOIN stock_balances b "
            "ON b.product_id = i.product_id AND b.location_id = i.location_id "
            "WHERE i.session_id = ?1 AND b.on_hand <> 0 AND NOT EXISTS(SELECT 1 FROM count_lines l "
            "WHERE l.session_id = ?1 AND l.product_id = i.product_id AND l.location_id = i.location_id "
            "AND l.superseded = 0)");
        missing.bind(sessionId);
        auto ok = missing.forEachRow([&] {
            CountEvent e;
            e.sessionId = sessionId;
            e.productId = missing.id(0);
            e.locationId = missing.id(1);
            e.countedAt = end;
            events.append(e);
        });
        if (!ok)
            return fail(ok.error());
    }
    if (auto ok = m_stock.postCounts(actor, events); !ok)
        return fail(ok.error());
    if (auto ok = setStatus(c, actor, *s, CountStatus::Posted); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(
            c, actor, m_db.clock().nowMs(), u"count.post", u"count_session", sessionId,
            tr("Count %1 posted: %n count event(s)", nullptr, int(events.size())).arg(s->number), {},
            {{u"uncounted"_qs, uncounted == UncountedRule::SetToZero ? u"zero"_qs : u"unchanged"_qs}});
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT sessionsChanged();
    Q_EMIT sessionChanged(sessionId);
    return int(events.size());
}

Result<void> CountService::cancel(const Actor& actor, const Id& sessionId)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto s = loadSession(c, sessionId);
    if (!s)
        return fail(s.error());
    if (s->isFinished())
        return fail(openSession(c, sessionId).error());
    if (auto ok = setStatus(c, actor, *s, CountStatus::Cancelled); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"count.cancel", u"count_session",
                                   sessionId, tr("Count %1 cancelled").arg(s->number));
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT sessionsChanged();
    Q_EMIT sessionChanged(sessionId);
    return {};
}

} // namespace kontor

#include "StockService.h"

#include "common/Decimal.h"
#include "security/AuditLog.h"
#include "storage/ChangeLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace kontor {

namespace {

// How far in the future a posting may be dated (clock skew between devices), in ms.
constexpr qint64 FutureToleranceMs = 10 * 60 * 1000;

Id fixedId(quint8 last)
{
    QByteArray bytes = QByteArray::fromHex("00000000000070008000000000000000");
    bytes[15] = char(last);
    return Id::fromBytes(bytes);
}

constexpr QByteArrayView LocationColumns =
    "SELECT id, warehouse_id, code, name, kind, priority, archived FROM locations ";

Location readLocation(const Query& q)
{
    Location l;
    l.id = q.id(0);
    l.warehouseId = q.id(1);
    l.code = q.text(2);
    l.name = q.text(3);
    l.kind = StockKinds::locationKindFromCode(q.text(4)).value_or(LocationKind::Storage);
    l.priority = int(q.int64(5));
    l.archived = q.int64(6) != 0;
    return l;
}

constexpr QByteArrayView MovementColumns =
    "SELECT local_id, id, doc_id, kind, reason, product_id, location_id, quantity, unit_cost, note, "
    "occurred_at, recorded_at, user_id, user_name, reverses_id, ref_kind, ref_id, hlc FROM stock_movements ";

Movement readMovement(const Query& q, bool withCost)
{
    Movement m;
    m.localId = q.int64(0);
    m.id = q.id(1);
    m.docId = q.id(2);
    m.kind = StockKinds::movementKindFromCode(q.text(3)).value_or(MovementKind::Adjustment);
    m.reason = q.text(4);
    m.productId = q.id(5);
    m.locationId = q.id(6);
    m.quantity = Quantity::fromMilli(q.int64(7));
    if (withCost)
        m.unitCost = q.optInt64(8);
    m.note = q.text(9);
    m.occurredAt = q.int64(10);
    m.recordedAt = q.int64(11);
    m.userId = q.id(12);
    m.userName = q.text(13);
    m.reversesId = q.id(14);
    m.refKind = q.text(15);
    m.refId = q.id(16);
    m.hlc = q.int64(17);
    return m;
}

QJsonObject movementJson(const Movement& m)
{
    QJsonObject o{
        {u"doc_id"_qs, m.docId.toString()},
        {u"kind"_qs, StockKinds::movementKindCode(m.kind)},
        {u"reason"_qs, m.reason},
        {u"product_id"_qs, m.productId.toString()},
        {u"location_id"_qs, m.locationId.toString()},
        {u"quantity"_qs, m.quantity.milli()},
        {u"occurred_at"_qs, m.occurredAt},
        {u"recorded_at"_qs, m.recordedAt},
        {u"user_name"_qs, m.userName},
    };
    if (m.unitCost)
        o.insert(u"unit_cost"_qs, *m.unitCost);
    if (!m.note.isEmpty())
        o.insert(u"note"_qs, m.note);
    if (!m.reversesId.isNull())
        o.insert(u"reverses_id"_qs, m.reversesId.toString());
    if (!m.refKind.isEmpty()) {
        o.insert(u"ref_kind"_qs, m.refKind);
        o.insert(u"ref_id"_qs, m.refId.toString());
    }
    return o;
}

// The sign every leg of a posting must have (0: either, legs of one product sum to zero for transfers).
int requiredSign(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt:
    case MovementKind::CustomerReturn:
        return 1;
    case MovementKind::Shipment:
    case MovementKind::SupplierReturn:
        return -1;
    case MovementKind::Transfer:
    case MovementKind::Adjustment:
        return 0;
    }
    return 0;
}

// Recomputes every balance from the ledger: the governing count (latest counted_at, then the
// latest HLC) plus the movements that occurred strictly after it; reserved from reservations.
constexpr QByteArrayView ExpectedBalances =
    "WITH keys AS ("
    "  SELECT product_id, location_id FROM stock_movements"
    "  UNION SELECT product_id, location_id FROM stock_counts"
    "  UNION SELECT product_id, location_id FROM stock_reservations"
    "  UNION SELECT product_id, location_id FROM stock_balances), "
    "gov AS ("
    "  SELECT k.product_id, k.location_id, c.counted_at AS count_at, c.quantity AS count_qty, c.hlc AS "
    "count_hlc"
    "  FROM keys k LEFT JOIN stock_counts c ON c.local_id = ("
    "    SELECT c2.local_id FROM stock_counts c2 WHERE c2.product_id = k.product_id"
    "    AND c2.location_id = k.location_id ORDER BY c2.counted_at DESC, c2.hlc DESC LIMIT 1)), "
    "expected AS ("
    "  SELECT g.product_id, g.location_id, g.count_at, g.count_hlc,"
    "    COALESCE(g.count_qty, 0) + COALESCE((SELECT SUM(m.quantity) FROM stock_movements m"
    "      WHERE m.product_id = g.product_id AND m.location_id = g.location_id"
    "      AND (g.count_at IS NULL OR m.occurred_at > g.count_at)), 0) AS on_hand,"
    "    COALESCE((SELECT SUM(r.quantity) FROM stock_reservations r"
    "      WHERE r.product_id = g.product_id AND r.location_id = g.location_id), 0) AS reserved"
    "  FROM gov g) ";

} // namespace

StockService::StockService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

Id StockService::mainWarehouseId()
{
    return fixedId(0x01);
}
Id StockService::mainLocationId()
{
    return fixedId(0x11);
}
Id StockService::packingLocationId()
{
    return fixedId(0x12);
}
Id StockService::transitLocationId()
{
    return fixedId(0x13);
}
Id StockService::quarantineLocationId()
{
    return fixedId(0x14);
}

// ---- warehouses and locations ------------------------------------------------------------------

Result<QList<Warehouse>> StockService::warehouses(const Actor& actor, bool includeArchived)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT id, code, name, kind, archived FROM warehouses WHERE archived = 0 OR ? ORDER BY local_id");
    q.bind(includeArchived);
    QList<Warehouse> result;
    auto ok = q.forEachRow([&] {
        Warehouse w;
        w.id = q.id(0);
        w.code = q.text(1);
        w.name = q.text(2);
        w.kind = q.text(3) == u"marketplace" ? WarehouseKind::Marketplace : WarehouseKind::Own;
        w.archived = q.int64(4) != 0;
        result.append(w);
    });
    if (!ok)
        return fail(ok.error());
    return result;
}

Result<QList<Location>> StockService::locations(const Actor& actor, bool includeArchived)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(QByteArray(
        LocationColumns.toByteArray() + "WHERE archived = 0 OR ? ORDER BY warehouse_id, priority, code"));
    q.bind(includeArchived);
    QList<Location> result;
    auto ok = q.forEachRow([&] { result.append(readLocation(q)); });
    if (!ok)
        return fail(ok.error());
    return result;
}

Result<Location> StockService::loadLocation(Connection& c, const Id& id)
{
    auto q = c.query(QByteArray(LocationColumns.toByteArray() + "WHERE id = ?"));
    q.bind(id);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The stock location does not exist."));
    return readLocation(q);
}

Result<Location> StockService::location(const Actor& actor, const Id& id)
{
    Q_UNUSED(actor);
    return loadLocation(m_db.connection(), id);
}

QString StockService::displayName(const Warehouse& w)
{
    if (!w.name.isEmpty())
        return w.name;
    if (w.id == mainWarehouseId())
        return tr("Main warehouse");
    return w.code;
}

QString StockService::displayName(const Location& l)
{
    if (!l.name.isEmpty())
        return l.name;
    if (l.id == mainLocationId())
        return tr("Main stock");
    if (l.id == packingLocationId())
        return tr("Packing");
    if (l.id == transitLocationId())
        return tr("In transit");
    if (l.id == quarantineLocationId())
        return tr("Quarantine");
    return l.code;
}

Result<Warehouse> StockService::createWarehouse(const Actor& actor, const QString& code, const QString& name,
                                                WarehouseKind kind)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return fail(ok.error());
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::Invalid, tr("A warehouse needs a code."), u"code"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto taken = c.query("SELECT EXISTS(SELECT 1 FROM warehouses WHERE code = ? COLLATE NOCASE)");
    taken.bind(trimmed);
    auto exists = taken.scalarInt();
    if (!exists)
        return fail(exists.error());
    if (exists->value_or(0))
        return fail(ErrorCode::Conflict, tr("A warehouse with the code %1 already exists.").arg(trimmed),
                    u"code"_qs);

    Warehouse w{Id::create(), trimmed, name.trimmed(), kind, false};
    const qint64 now = m_db.clock().nowMs();
    const QString kindCode = kind == WarehouseKind::Marketplace ? u"marketplace"_qs : u"own"_qs;
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"warehouses", w.id, ChangeOp::Insert,
                                 {{u"code"_qs, w.code}, {u"name"_qs, w.name}, {u"kind"_qs, kindCode}});
    if (!hlc)
        return fail(hlc.error());
    auto insert = c.query("INSERT INTO warehouses(id, code, name, kind, hlc, created_at, updated_at) "
                          "VALUES(?, ?, ?, ?, ?, ?, ?)");
    insert.bindAll(w.id, w.code, w.name, kindCode, *hlc, now, now);
    if (auto ok = insert.run(); !ok)
        return fail(ok.error());

    QList<std::pair<QString, LocationKind>> parts;
    if (kind == WarehouseKind::Marketplace)
        parts = {{u"FBO"_qs, LocationKind::Fbo}};
    else
        parts = {{u"MAIN"_qs, LocationKind::Storage},
                 {u"TRANSIT"_qs, LocationKind::Transit},
                 {u"QUARANTINE"_qs, LocationKind::Quarantine}};
    for (const auto& [partCode, partKind] : parts) {
        Location l;
        l.warehouseId = w.id;
        l.code = partCode;
        l.kind = partKind;
        l.name = (w.name.isEmpty() ? w.code : w.name) + u" — "_qs + StockKinds::locationKindName(partKind);
        auto created = createLocation(actor, l);
        if (!created)
            return fail(created.error());
    }
    if (auto ok = AuditLog::record(c, actor, now, u"warehouse.create", u"warehouse", w.id, displayName(w));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT locationsChanged();
    return w;
}

Result<Location> StockService::createLocation(const Actor& actor, const Location& draft)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return fail(ok.error());
    Location l = draft;
    l.code = l.code.trimmed();
    l.name = l.name.trimmed();
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    if (auto ok = checkLocationCode(c, l.warehouseId, l.code, {}); !ok)
        return fail(ok.error());
    auto kindCheck = c.query("SELECT kind FROM warehouses WHERE id = ?");
    kindCheck.bind(l.warehouseId);
    auto found = kindCheck.next();
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("The warehouse does not exist."), u"warehouse"_qs);
    if ((kindCheck.text(0) == u"marketplace") != (l.kind == LocationKind::Fbo)) {
        return fail(ErrorCode::Invalid,
                    tr("Marketplace (FBO) locations belong in a marketplace warehouse, and only there."),
                    u"kind"_qs);
    }
    kindCheck.reset();

    l.id = Id::create();
    const qint64 now = m_db.clock().nowMs();
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"locations", l.id, ChangeOp::Insert,
                                 {{u"warehouse_id"_qs, l.warehouseId.toString()},
                                  {u"code"_qs, l.code},
                                  {u"name"_qs, l.name},
                                  {u"kind"_qs, StockKinds::locationKindCode(l.kind)},
                                  {u"priority"_qs, l.priority}});
    if (!hlc)
        return fail(hlc.error());
    auto insert =
        c.query("INSERT INTO locations(id, warehouse_id, code, name, kind, priority, hlc, created_at, "
                "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bindAll(l.id, l.warehouseId, l.code, l.name, StockKinds::locationKindCode(l.kind), l.priority,
                   *hlc, now, now);
    if (auto ok = insert.run(); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT locationsChanged();
    return l;
}

Result<void> StockService::checkLocationCode(Connection& c, const Id& warehouseId, const QString& code,
                                             const Id& exceptId)
{
    if (code.isEmpty())
        return fail(ErrorCode::Invalid, tr("A location needs a code."), u"code"_qs);
    auto taken =
        c.query("SELECT EXISTS(SELECT 1 FROM locations WHERE warehouse_id = ? AND code = ? COLLATE NOCASE "
                "AND (? IS NULL OR id <> ?))");
    taken.bindAll(warehouseId, code, exceptId, exceptId);
    auto exists = taken.scalarInt();
    if (!exists)
        return fail(exists.error());
    if (exists->value_or(0))
        return fail(ErrorCode::Conflict, tr("This warehouse already has a location %1.").arg(code),
                    u"code"_qs);
    return {};
}

Result<void> StockService::updateLocation(const Actor& actor, const Location& location)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto before = loadLocation(c, location.id);
    if (!before)
        return fail(before.error());
    if (before->kind != location.kind)
        return fail(ErrorCode::Invalid, tr("The kind of a location cannot change; create a new location."),
                    u"kind"_qs);
    if (auto ok = checkLocationCode(c, before->warehouseId, location.code.trimmed(), location.id); !ok)
        return ok;
    const qint64 now = m_db.clock().nowMs();
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"locations", location.id, ChangeOp::Update,
                                 {{u"code"_qs, location.code.trimmed()},
                                  {u"name"_qs, location.name.trimmed()},
                                  {u"priority"_qs, location.priority}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "UPDATE locations SET code = ?, name = ?, priority = ?, hlc = ?, updated_at = ? WHERE id = ?");
    q.bindAll(location.code.trimmed(), location.name.trimmed(), location.priority, *hlc, now, location.id);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT locationsChanged();
    return {};
}

Result<void> StockService::setLocationArchived(const Actor& actor, const Id& id, bool archived)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto loc = loadLocation(c, id);
    if (!loc)
        return fail(loc.error());
    if (archived) {
        auto q = c.query("SELECT EXISTS(SELECT 1 FROM stock_balances WHERE location_id = ? "
                         "AND (on_hand <> 0 OR reserved <> 0))");
        q.bind(id);
        auto busy = q.scalarInt();
        if (!busy)
            return fail(busy.error());
        if (busy->value_or(0))
            return fail(ErrorCode::Conflict,
                        tr("%1 still holds stock. Move or write it off before archiving the location.")
                            .arg(displayName(*loc)));
    }
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"locations", id, ChangeOp::Update,
                                 {{u"archived"_qs, archived}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("UPDATE locations SET archived = ?, hlc = ?, updated_at = ? WHERE id = ?");
    q.bindAll(archived, *hlc, m_db.clock().nowMs(), id);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT locationsChanged();
    return {};
}

Result<Id> StockService::transitLocationOf(const Actor& actor, const Id& warehouseId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT id FROM locations WHERE warehouse_id = ? AND kind = 'transit' AND archived = 0 "
        "ORDER BY priority LIMIT 1");
    q.bind(warehouseId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("This warehouse has no in-transit location."));
    return q.id(0);
}

// ---- postings -----------------------------------------------------------------------------------

Result<StockService::ProductInfo> StockService::productInfo(Connection& c, const Id& productId)
{
    auto q = c.query("SELECT sku, unit, deleted, EXISTS(SELECT 1 FROM kit_components WHERE kit_id = p.id) "
                     "FROM products p WHERE id = ?");
    q.bind(productId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row || q.int64(2) != 0)
        return fail(ErrorCode::NotFound, tr("The product does not exist or was deleted."), u"product"_qs);
    return ProductInfo{q.text(0), q.text(1), q.int64(3) != 0};
}

Result<QList<MovementLine>> StockService::expandKits(Connection& c, const MovementDraft& draft)
{
    QList<MovementLine> lines;
    for (const MovementLine& line : draft.lines) {
        auto info = productInfo(c, line.productId);
        if (!info)
            return fail(info.error());
        if (!info->isKit) {
            lines.append(line);
            continue;
        }
        if (draft.kind != MovementKind::Shipment && draft.kind != MovementKind::CustomerReturn) {
            return fail(ErrorCode::Invalid,
                        tr("%1 is a kit: it has no stock of its own. Receive, move or count its components.")
                            .arg(info->sku),
                        u"product"_qs);
        }
        auto components = c.query("SELECT component_id, quantity FROM kit_components WHERE kit_id = ?");
        components.bind(line.productId);
        auto ok = components.forEachRow([&] {
            const qint64 milli =
                Decimal::mulDivRound(line.quantity.milli(), components.int64(1), Quantity::One);
            lines.append(MovementLine{components.id(0), line.locationId, Quantity::fromMilli(milli), {}});
        });
        if (!ok)
            return fail(ok.error());
    }
    return lines;
}

Result<void> StockService::checkDraft(Connection& c, const MovementDraft& draft,
                                      const QList<MovementLine>& lines, qint64 occurredAt)
{
    if (lines.isEmpty())
        return fail(ErrorCode::Invalid, tr("Nothing to post: the document has no lines."));
    if (occurredAt > m_db.clock().nowMs() + FutureToleranceMs)
        return fail(ErrorCode::Invalid, tr("A stock movement cannot be dated in the future."),
                    u"occurred_at"_qs);
    const int sign = requiredSign(draft.kind);
    QHash<Id, qint64> transferSums;
    for (const MovementLine& line : lines) {
        auto info = productInfo(c, line.productId);
        if (!info)
            return fail(info.error());
        if (line.quantity.milli() == 0)
            return fail(ErrorCode::Invalid, tr("The quantity of %1 must not be zero.").arg(info->sku),
                        u"quantity"_qs);
        if (sign != 0 && (line.quantity.milli() > 0 ? 1 : -1) != sign) {
            return fail(ErrorCode::Invalid,
                        sign > 0 ? tr("%1 adds stock: the quantity of %2 must be positive.")
                                       .arg(StockKinds::movementKindName(draft.kind), info->sku)
                                 : tr("%1 removes stock: the quantity of %2 must be negative.")
                                       .arg(StockKinds::movementKindName(draft.kind), info->sku),
                        u"quantity"_qs);
        }
        if (info->unit == u"pcs" && !line.quantity.isWhole())
            return fail(ErrorCode::Invalid, tr("%1 is counted in pieces: use a whole number.").arg(info->sku),
                        u"quantity"_qs);
        if (line.unitCost && *line.unitCost < 0)
            return fail(ErrorCode::Invalid, tr("A cost cannot be negative."), u"unit_cost"_qs);
        auto loc = loadLocation(c, line.locationId);
        if (!loc)
            return fail(loc.error());
        if (loc->archived)
            return fail(ErrorCode::Invalid, tr("%1 is archived.").arg(displayName(*loc)), u"location"_qs);
        if (draft.kind == MovementKind::Transfer)
            transferSums[line.productId] += line.quantity.milli();
    }
    for (auto it = transferSums.cbegin(); it != transferSums.cend(); ++it) {
        if (it.value() != 0)
            return fail(ErrorCode::Invalid, tr("A transfer must take out exactly what it puts in."));
    }
    return {};
}

Result<void> StockService::consumeReservations(Connection& c, const Actor& actor, const MovementDraft& draft,
                                               const QList<MovementLine>& lines)
{
    if (draft.refKind.isEmpty() || draft.refId.isNull())
        return {};
    for (const MovementLine& line : lines) {
        if (line.quantity.milli() >= 0)
            continue;
        qint64 toRelease = -line.quantity.milli();
        auto q = c.query("SELECT id, quantity FROM stock_reservations WHERE ref_kind = ? AND ref_id = ? "
                         "AND product_id = ? AND location_id = ? ORDER BY local_id");
        q.bindAll(draft.refKind, draft.refId, line.productId, line.locationId);
        QList<std::pair<Id, qint64>> found;
        if (auto ok = q.forEachRow([&] { found.append({q.id(0), q.int64(1)}); }); !ok)
            return ok;
        for (const auto& [id, quantity] : found) {
            if (toRelease <= 0)
                break;
            const qint64 take = std::min(quantity, toRelease);
            toRelease -= take;
            if (take == quantity) {
                auto del = c.query("DELETE FROM stock_reservations WHERE id = ?");
                del.bind(id);
                if (auto ok = del.run(); !ok)
                    return ok;
                if (auto ok = ChangeLog::record(m_db, c, actor.userId, u"stock_reservations", id,
                                                ChangeOp::Delete, {});
                    !ok)
                    return fail(ok.error());
            } else {
                auto upd = c.query("UPDATE stock_reservations SET quantity = quantity - ? WHERE id = ?");
                upd.bindAll(take, id);
                if (auto ok = upd.run(); !ok)
                    return ok;
                if (auto ok = ChangeLog::record(m_db, c, actor.userId, u"stock_reservations", id,
                                                ChangeOp::Update, {{u"quantity"_qs, quantity - take}});
                    !ok)
                    return fail(ok.error());
            }
            if (auto ok = addReserved(c, line.productId, line.locationId, -take); !ok)
                return ok;
        }
    }
    return {};
}

Result<void> StockService::checkAvailability(Connection& c, const QList<MovementLine>& lines)
{
    QHash<std::pair<Id, Id>, qint64> outgoing;
    for (const MovementLine& line : lines) {
        if (line.quantity.milli() < 0)
            outgoing[{line.productId, line.locationId}] += -line.quantity.milli();
    }
    for (auto it = outgoing.cbegin(); it != outgoing.cend(); ++it) {
        auto q =
            c.query("SELECT on_hand, reserved FROM stock_balances WHERE product_id = ? AND location_id = ?");
        q.bindAll(it.key().first, it.key().second);
        auto row = q.next();
        if (!row)
            return fail(row.error());
        const qint64 onHand = *row ? q.int64(0) : 0;
        const qint64 reserved = *row ? q.int64(1) : 0;
        q.reset();
        if (onHand - reserved >= it.value())
            continue;
        auto info = productInfo(c, it.key().first);
        auto loc = loadLocation(c, it.key().second);
        if (!info || !loc)
            return fail(!info ? info.error() : loc.error());
        const QString have = Quantity::fromMilli(std::max<qint64>(0, onHand - reserved)).toLocaleString();
        const QString want = Quantity::fromMilli(it.value()).toLocaleString();
        return fail(ErrorCode::Conflict,
                    reserved > 0
                        ? tr("Only %1 of %2 are free at %3 (%4 reserved for orders); %5 cannot be taken out.")
                              .arg(have, info->sku, displayName(*loc),
                                   Quantity::fromMilli(reserved).toLocaleString(), want)
                        : tr("Only %1 of %2 are at %3; %4 cannot be taken out.")
                              .arg(have, info->sku, displayName(*loc), want),
                    u"quantity"_qs);
    }
    return {};
}

Result<void> StockService::applyMovement(Connection& c, const Movement& m)
{
    // A movement at or before the governing count is already in it.
    auto q = c.query("INSERT INTO stock_balances(product_id, location_id, on_hand) VALUES (?1, ?2, ?3) "
                     "ON CONFLICT(product_id, location_id) DO UPDATE SET on_hand = on_hand + "
                     "CASE WHEN count_at IS NULL OR ?4 > count_at THEN ?3 ELSE 0 END");
    q.bindAll(m.productId, m.locationId, m.quantity.milli(), m.occurredAt);
    return q.run();
}

Result<void> StockService::applyCount(Connection& c, const CountEvent& e)
{
    auto current =
        c.query("SELECT count_at, count_hlc FROM stock_balances WHERE product_id = ? AND location_id = ?");
    current.bindAll(e.productId, e.locationId);
    auto row = current.next();
    if (!row)
        return fail(row.error());
    if (*row && !current.isNull(0)) {
        const qint64 at = current.int64(0);
        const qint64 hlc = current.int64(1);
        if (e.countedAt < at || (e.countedAt == at && e.hlc <= hlc))
            return {}; // an older count: recorded in the ledger, superseded for the balance
    }
    current.reset();
    auto after = c.query("SELECT COALESCE(SUM(quantity), 0) FROM stock_movements "
                         "WHERE product_id = ? AND location_id = ? AND occurred_at > ?");
    after.bindAll(e.productId, e.locationId, e.countedAt);
    auto sum = after.scalarInt();
    if (!sum)
        return fail(sum.error());
    auto q = c.query("INSERT INTO stock_balances(product_id, location_id, on_hand, count_at, count_hlc) "
                     "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(product_id, location_id) DO UPDATE SET "
                     "on_hand = ?3, count_at = ?4, count_hlc = ?5");
    q.bindAll(e.productId, e.locationId, e.quantity.milli() + sum->value_or(0), e.countedAt, e.hlc);
    return q.run();
}

Result<void> StockService::insertMovement(Connection& c, const Actor& actor, Movement& m, bool fromRemote)
{
    if (!fromRemote) {
        m.id = Id::create();
        auto hlc = ChangeLog::record(m_db, c, actor.userId, u"stock_movements", m.id, ChangeOp::Insert,
                                     movementJson(m));
        if (!hlc)
            return fail(hlc.error());
        m.hlc = *hlc;
    }
    auto q =
        c.query("INSERT INTO stock_movements(id, doc_id, kind, reason, product_id, location_id, quantity, "
                "unit_cost, note, occurred_at, recorded_at, user_id, user_name, reverses_id, ref_kind, "
                "ref_id, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(m.id, m.docId, StockKinds::movementKindCode(m.kind), m.reason, m.productId, m.locationId,
              m.quantity.milli(), m.unitCost, m.note, m.occurredAt, m.recordedAt, m.userId, m.userName);
    q.bindAll(m.reversesId, m.refKind, m.refId, m.hlc);
    if (auto ok = q.run(); !ok)
        return ok;
    return applyMovement(c, m);
}

Result<void> StockService::insertCount(Connection& c, const Actor& actor, CountEvent& e, bool fromRemote)
{
    if (!fromRemote) {
        e.id = Id::create();
        auto hlc = ChangeLog::record(
            m_db, c, actor.userId, u"stock_counts", e.id, ChangeOp::Insert,
            {{u"session_id"_qs, e.sessionId.isNull() ? QJsonValue() : e.sessionId.toString()},
             {u"product_id"_qs, e.productId.toString()},
             {u"location_id"_qs, e.locationId.toString()},
             {u"quantity"_qs, e.quantity.milli()},
             {u"counted_at"_qs, e.countedAt},
             {u"recorded_at"_qs, e.recordedAt},
             {u"user_name"_qs, e.userName}});
        if (!hlc)
            return fail(hlc.error());
        e.hlc = *hlc;
    }
    auto q =
        c.query("INSERT INTO stock_counts(id, session_id, product_id, location_id, quantity, counted_at, "
                "recorded_at, user_id, user_name, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(e.id, e.sessionId, e.productId, e.locationId, e.quantity.milli(), e.countedAt, e.recordedAt,
              e.userId, e.userName, e.hlc);
    if (auto ok = q.run(); !ok)
        return ok;
    return applyCount(c, e);
}

Result<std::optional<qint64>> StockService::currentCost(Connection& c, const Id& productId)
{
    auto q = c.query("SELECT COALESCE((SELECT average_cost FROM stock_costs WHERE product_id = ?1), "
                     "(SELECT cost FROM products WHERE id = ?1))");
    q.bind(productId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    return *row ? q.optInt64(0) : std::nullopt;
}

Result<void> StockService::updateAverageCost(Connection& c, const Id& productId, Quantity received,
                                             qint64 unitCost, qint64 now)
{
    auto q = c.query("SELECT MAX(0, COALESCE(SUM(on_hand), 0)) FROM stock_balances WHERE product_id = ?");
    q.bind(productId);
    auto held = q.scalarInt();
    if (!held)
        return fail(held.error());
    auto old = currentCost(c, productId);
    if (!old)
        return fail(old.error());
    const qint64 onHand = held->value_or(0);
    qint64 average = unitCost;
    if (onHand > 0 && *old) {
        // (held x old + received x new) / (held + received) = old + received x (new - old) / total.
        average = **old + Decimal::mulDivRound(received.milli(), unitCost - **old, onHand + received.milli());
    }
    auto upsert = c.query("INSERT INTO stock_costs(product_id, average_cost, updated_at) VALUES(?1, ?2, ?3) "
                          "ON CONFLICT(product_id) DO UPDATE SET average_cost = ?2, updated_at = ?3");
    upsert.bindAll(productId, average, now);
    return upsert.run();
}

Result<void> StockService::addReserved(Connection& c, const Id& productId, const Id& locationId, qint64 milli)
{
    auto q = c.query("INSERT INTO stock_balances(product_id, location_id, reserved) VALUES (?1, ?2, ?3) "
                     "ON CONFLICT(product_id, location_id) DO UPDATE SET reserved = reserved + ?3");
    q.bindAll(productId, locationId, milli);
    return q.run();
}

Result<void> StockService::writeLegs(Connection& c, const Actor& actor, const MovementDraft& draft,
                                     const QList<MovementLine>& lines, const Id& docId, qint64 occurredAt,
                                     qint64 now, const QList<Id>& reversedLegs)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const MovementLine& line = lines.at(i);
        Movement m;
        m.docId = docId;
        m.kind = draft.kind;
        m.reason = draft.reason;
        m.productId = line.productId;
        m.locationId = line.locationId;
        m.quantity = line.quantity;
        m.note = draft.note;
        m.occurredAt = occurredAt;
        m.recordedAt = now;
        m.userId = actor.userId;
        m.userName = actor.name;
        m.refKind = draft.refKind;
        m.refId = draft.refId;
        m.reversesId = reversedLegs.value(i);
        if (line.unitCost) {
            m.unitCost = line.unitCost;
            // Opening stock with a cost values the goods like a receipt does.
            const bool valued = draft.kind == MovementKind::Receipt ||
                                (draft.kind == MovementKind::Adjustment &&
                                 draft.reason == MovementReasons::Opening && line.quantity.milli() > 0);
            if (valued && reversedLegs.isEmpty()) {
                if (auto ok = updateAverageCost(c, line.productId, line.quantity, *line.unitCost, now); !ok)
                    return ok;
            }
        } else if (line.quantity.milli() < 0 && draft.kind == MovementKind::Shipment) {
            auto cost = currentCost(c, line.productId); // frozen at shipment for the margin
            if (!cost)
                return fail(cost.error());
            m.unitCost = *cost;
        }
        if (auto ok = insertMovement(c, actor, m, false); !ok)
            return ok;
    }
    return {};
}

Result<Id> StockService::postLocked(Connection& c, const Actor& actor, const MovementDraft& draft,
                                    const Id& reversedDoc, PostMode mode, int* legsWritten)
{
    auto lines = expandKits(c, draft);
    if (!lines)
        return fail(lines.error());
    const qint64 now = m_db.clock().nowMs();
    const qint64 occurredAt = draft.occurredAt > 0 ? draft.occurredAt : now;
    if (reversedDoc.isNull()) {
        if (auto ok = checkDraft(c, draft, *lines, occurredAt); !ok)
            return fail(ok.error());
    }
    // History is what happened: it consumes no reservation and may have run negative.
    if (mode != PostMode::History) {
        if (auto ok = consumeReservations(c, actor, draft, *lines); !ok)
            return fail(ok.error());
        // Legs dated at or before a location's last count do not change its on hand; only the
        // others must find the stock there.
        QList<MovementLine> effective;
        for (const MovementLine& line : *lines) {
            auto q = c.query("SELECT count_at FROM stock_balances WHERE product_id = ? AND location_id = ?");
            q.bindAll(line.productId, line.locationId);
            auto countAt = q.scalarInt();
            if (!countAt)
                return fail(countAt.error());
            if (!*countAt || occurredAt > **countAt)
                effective.append(line);
        }
        if (auto ok = checkAvailability(c, effective); !ok)
            return fail(ok.error());
    }

    const Id docId = Id::create();
    QList<Id> reversedLegs;
    if (!reversedDoc.isNull()) {
        auto legs = c.query("SELECT id FROM stock_movements WHERE doc_id = ? ORDER BY local_id");
        legs.bind(reversedDoc);
        if (auto ok = legs.forEachRow([&] { reversedLegs.append(legs.id(0)); }); !ok)
            return fail(ok.error());
    }
    if (auto ok = writeLegs(c, actor, draft, *lines, docId, occurredAt, now, reversedLegs); !ok)
        return fail(ok.error());
    if (legsWritten)
        *legsWritten = int(lines->size());
    if (mode != PostMode::Single)
        return docId;

    auto first = productInfo(c, draft.lines.first().productId);
    if (!first)
        return fail(first.error());
    const QString summary =
        (reversedDoc.isNull() ? StockKinds::movementKindName(draft.kind)
                              : tr("Reversal: %1").arg(StockKinds::movementKindName(draft.kind))) +
        u": "_qs + first->sku +
        (draft.lines.size() > 1 ? tr(" and %n more", nullptr, int(draft.lines.size() - 1)) : QString());
    QJsonObject after{{u"doc_id"_qs, docId.toString()}, {u"lines"_qs, int(lines->size())}};
    if (!draft.reason.isEmpty())
        after.insert(u"reason"_qs, draft.reason);
    if (auto ok =
            AuditLog::record(c, actor, now, QString(u"stock." + StockKinds::movementKindCode(draft.kind)),
                             u"product", draft.lines.first().productId, summary, {}, after);
        !ok)
        return fail(ok.error());
    return docId;
}

Result<Id> StockService::post(const Actor& actor, const MovementDraft& draft)
{
    if (auto ok = require(actor, Permission::MoveStock); !ok)
        return fail(ok.error());
    if (draft.lines.isEmpty())
        return fail(ErrorCode::Invalid, tr("Nothing to post: the document has no lines."));
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto doc = postLocked(c, actor, draft, {});
    if (!doc)
        return doc;
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    QList<Id> products;
    for (const MovementLine& line : draft.lines)
        products.append(line.productId);
    Q_EMIT stockChanged(products);
    return doc;
}

Result<BulkPostResult> StockService::postMany(const Actor& actor, const QList<MovementDraft>& drafts,
                                              const BulkPostOptions& options)
{
    if (auto ok = require(actor, Permission::MoveStock); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const auto cancelled = [this] {
        return fail(ErrorCode::Cancelled, tr("The stock import was cancelled; nothing was posted."));
    };
    BulkPostResult result;
    result.docIds.reserve(drafts.size());
    QSet<Id> products;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        if (options.progress && i % 256 == 0 && !options.progress(i))
            return cancelled();
        const MovementDraft& draft = drafts.at(i);
        // A savepoint per draft: a draft that fails after writing some of its rows (a reservation
        // consumed before the availability check, a leg refused by a constraint) leaves nothing
        // behind for the drafts after it.
        WriteTransaction savepoint(c);
        if (savepoint.beginError())
            return fail(*savepoint.beginError());
        Result<Id> doc = fail(ErrorCode::Invalid, tr("Nothing to post: the document has no lines."));
        int legs = 0;
        if (!draft.lines.isEmpty())
            doc =
                postLocked(c, actor, draft, {}, options.history ? PostMode::History : PostMode::Batch, &legs);
        if (doc) {
            if (auto ok = savepoint.commit(); !ok)
                return fail(ok.error());
        }
        if (!doc) {
            const ErrorCode code = doc.error().code;
            if (code != ErrorCode::Invalid && code != ErrorCode::Conflict && code != ErrorCode::NotFound)
                return fail(doc.error());
            Error error = doc.error();
            error.line = int(i + 1);
            result.draftErrors.append(error);
            result.docIds.append(Id());
            ++result.skipped;
            continue;
        }
        result.docIds.append(*doc);
        ++result.posted;
        result.rows += legs;
        for (const MovementLine& line : draft.lines)
            products.insert(line.productId);
    }
    if (options.progress && !options.progress(drafts.size()))
        return cancelled();
    if (!result.draftErrors.isEmpty() && !options.skipBadDrafts) {
        result.posted = 0;
        result.skipped = int(drafts.size());
        result.rows = 0;
        result.docIds.fill(Id());
        return result; // rolled back: nothing posted
    }
    if (result.posted > 0) {
        const qint64 now = m_db.clock().nowMs();
        auto ok =
            options.history
                ? AuditLog::record(
                      c, actor, now, u"stock.history", u"stock", {},
                      tr("%n past stock movement(s) recorded (%1)", nullptr, result.rows).arg(options.source),
                      {},
                      {{u"documents"_qs, result.posted},
                       {u"rows"_qs, result.rows},
                       {u"source"_qs, options.source}})
                : AuditLog::record(c, actor, now, u"stock.import", u"stock", {},
                                   tr("Stock imported from %1: %2 posted, %3 skipped")
                                       .arg(options.source)
                                       .arg(result.posted)
                                       .arg(result.skipped),
                                   {}, {{u"documents"_qs, result.posted}});
        if (!ok)
            return fail(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    result.committed = true;
    // Past a few hundred products a full reload is cheaper for views than a list of ids.
    if (!products.isEmpty())
        Q_EMIT stockChanged(products.size() > 500 ? QList<Id>() : products.values());
    return result;
}

Result<Id> StockService::receive(const Actor& actor, const Id& productId, const Id& locationId,
                                 Quantity quantity, std::optional<qint64> unitCost, qint64 occurredAt,
                                 const QString& note)
{
    MovementDraft d;
    d.kind = MovementKind::Receipt;
    d.lines = {MovementLine{productId, locationId, quantity, unitCost}};
    d.occurredAt = occurredAt;
    d.note = note;
    return post(actor, d);
}

Result<Id> StockService::ship(const Actor& actor, const Id& productId, const Id& locationId,
                              Quantity quantity, qint64 occurredAt, const QString& refKind, const Id& refId)
{
    MovementDraft d;
    d.kind = MovementKind::Shipment;
    d.lines = {MovementLine{productId, locationId, -quantity, {}}};
    d.occurredAt = occurredAt;
    d.refKind = refKind;
    d.refId = refId;
    return post(actor, d);
}

Result<Id> StockService::adjust(const Actor& actor, const Id& productId, const Id& locationId, Quantity delta,
                                const QString& reason, const QString& note, qint64 occurredAt)
{
    if (reason.isEmpty())
        return fail(ErrorCode::Invalid, tr("An adjustment needs a reason."), u"reason"_qs);
    MovementDraft d;
    d.kind = MovementKind::Adjustment;
    d.reason = reason;
    d.lines = {MovementLine{productId, locationId, delta, {}}};
    d.occurredAt = occurredAt;
    d.note = note;
    return post(actor, d);
}

Result<Id> StockService::transfer(const Actor& actor, const Id& productId, const Id& from, const Id& to,
                                  Quantity quantity, const QString& reason, qint64 occurredAt,
                                  const QString& note)
{
    if (from == to)
        return fail(ErrorCode::Invalid, tr("A transfer needs two different locations."), u"location"_qs);
    if (quantity.milli() <= 0)
        return fail(ErrorCode::Invalid, tr("The quantity to move must be positive."), u"quantity"_qs);
    MovementDraft d;
    d.kind = MovementKind::Transfer;
    d.reason = reason;
    d.lines = {MovementLine{productId, from, -quantity, {}}, MovementLine{productId, to, quantity, {}}};
    d.occurredAt = occurredAt;
    d.note = note;
    return post(actor, d);
}

Result<Id> StockService::reverse(const Actor& actor, const Id& docId, const QString& note)
{
    if (auto ok = require(actor, Permission::MoveStock); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto legs = c.query(QByteArray(MovementColumns.toByteArray() + "WHERE doc_id = ? ORDER BY local_id"));
    legs.bind(docId);
    QList<Movement> original;
    if (auto ok = legs.forEachRow([&] { original.append(readMovement(legs, true)); }); !ok)
        return fail(ok.error());
    if (original.isEmpty())
        return fail(ErrorCode::NotFound, tr("The stock document does not exist."));
    if (!original.first().reversesId.isNull())
        return fail(ErrorCode::Conflict,
                    tr("This document is itself a reversal; post the movement again instead."));
    auto done = c.query("SELECT EXISTS(SELECT 1 FROM stock_movements WHERE reverses_id = ?)");
    done.bind(original.first().id);
    auto reversed = done.scalarInt();
    if (!reversed)
        return fail(reversed.error());
    if (reversed->value_or(0))
        return fail(ErrorCode::Conflict, tr("This document has already been reversed."));

    // Dated when the original was: it undoes a record of something that did not happen, so a
    // count made in between stays right.
    MovementDraft d;
    d.kind = original.first().kind;
    d.reason = original.first().reason;
    d.occurredAt = original.first().occurredAt;
    d.note = note.isEmpty() ? tr("Reversal") : note;
    for (const Movement& m : original)
        d.lines.append(MovementLine{m.productId, m.locationId, -m.quantity, m.unitCost});
    auto doc = postLocked(c, actor, d, docId);
    if (!doc)
        return doc;
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    QList<Id> products;
    for (const Movement& m : original)
        products.append(m.productId);
    Q_EMIT stockChanged(products);
    return doc;
}

Result<void> StockService::postCounts(const Actor& actor, const QList<CountEvent>& counts)
{
    if (auto ok = require(actor, Permission::PostCounts); !ok)
        return ok;
    if (counts.isEmpty())
        return {};
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const qint64 now = m_db.clock().nowMs();
    QList<Id> products;
    for (CountEvent e : counts) {
        auto info = productInfo(c, e.productId);
        if (!info)
            return fail(info.error());
        if (info->isKit)
            return fail(ErrorCode::Invalid, tr("%1 is a kit: count its components.").arg(info->sku),
                        u"product"_qs);
        if (e.quantity.milli() < 0)
            return fail(ErrorCode::Invalid, tr("A counted quantity cannot be negative (%1).").arg(info->sku),
                        u"quantity"_qs);
        if (auto loc = loadLocation(c, e.locationId); !loc)
            return fail(loc.error());
        if (e.countedAt <= 0)
            e.countedAt = now;
        if (e.countedAt > now + FutureToleranceMs)
            return fail(ErrorCode::Invalid, tr("A count cannot be dated in the future."), u"counted_at"_qs);
        e.recordedAt = now;
        e.userId = actor.userId;
        e.userName = actor.name;
        if (auto ok = insertCount(c, actor, e, false); !ok)
            return ok;
        products.append(e.productId);
    }
    if (auto ok = AuditLog::record(c, actor, now, u"stock.count", u"product", counts.first().productId,
                                   tr("Count posted: %n line(s)", nullptr, int(counts.size())));
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT stockChanged(products);
    return {};
}

Result<int> StockService::applyRecords(const Actor& actor, const QList<Movement>& movements,
                                       const QList<CountEvent>& counts)
{
    if (!movements.isEmpty()) {
        if (auto ok = require(actor, Permission::MoveStock); !ok)
            return fail(ok.error());
    }
    if (!counts.isEmpty()) {
        if (auto ok = require(actor, Permission::PostCounts); !ok)
            return fail(ok.error());
    }
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    int added = 0;
    QSet<Id> products;
    for (Movement m : movements) {
        auto q = c.query("SELECT EXISTS(SELECT 1 FROM stock_movements WHERE id = ?)");
        q.bind(m.id);
        auto seen = q.scalarInt();
        if (!seen)
            return fail(seen.error());
        if (seen->value_or(0))
            continue;
        if (m.id.isNull() || m.docId.isNull() || m.quantity.milli() == 0)
            return fail(ErrorCode::Invalid, tr("A received stock movement is incomplete."));
        m_db.hybridClock().observe(m.hlc);
        if (auto ok = insertMovement(c, actor, m, true); !ok)
            return fail(ok.error());
        products.insert(m.productId);
        ++added;
    }
    for (CountEvent e : counts) {
        auto q = c.query("SELECT EXISTS(SELECT 1 FROM stock_counts WHERE id = ?)");
        q.bind(e.id);
        auto seen = q.scalarInt();
        if (!seen)
            return fail(seen.error());
        if (seen->value_or(0))
            continue;
        if (e.id.isNull() || e.quantity.milli() < 0)
            return fail(ErrorCode::Invalid, tr("A received count is incomplete."));
        m_db.hybridClock().observe(e.hlc);
        if (auto ok = insertCount(c, actor, e, true); !ok)
            return fail(ok.error());
        products.insert(e.productId);
        ++added;
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    if (added > 0)
        Q_EMIT stockChanged(products.values());
    return added;
}

Result<int> StockService::postHistory(const Actor& actor, const QList<MovementDraft>& drafts,
                                      const QString& source)
{
    BulkPostOptions options;
    options.history = true;
    options.source = source;
    auto result = postMany(actor, drafts, options);
    if (!result)
        return fail(result.error());
    if (!result->committed) {
        Error error = result->draftErrors.first();
        error.line = 0; // drafts built in code, not lines of a file
        return fail(error);
    }
    return result->rows;
}

// ---- reservations -----------------------------------------------------------------------------

Result<Id> StockService::reserve(const Actor& actor, const Id& productId, const Id& locationId,
                                 Quantity quantity, const QString& refKind, const Id& refId)
{
    Q_UNUSED(actor); // the calling command (confirming an order) checks its own permission
    if (quantity.milli() <= 0)
        return fail(ErrorCode::Invalid, tr("The quantity to reserve must be positive."), u"quantity"_qs);
    if (refKind.isEmpty() || refId.isNull())
        return fail(ErrorCode::Invalid, tr("A reservation must say what it is for."));
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto loc = loadLocation(c, locationId);
    if (!loc)
        return fail(loc.error());
    if (!loc->sellable())
        return fail(ErrorCode::Invalid,
                    tr("Stock at %1 cannot be sold, so it cannot be reserved.").arg(displayName(*loc)),
                    u"location"_qs);
    MovementDraft asShipment;
    asShipment.kind = MovementKind::Shipment;
    asShipment.lines = {MovementLine{productId, locationId, -quantity, {}}};
    auto lines = expandKits(c, asShipment);
    if (!lines)
        return fail(lines.error());
    if (auto ok = checkAvailability(c, *lines); !ok)
        return fail(ok.error());
    const qint64 now = m_db.clock().nowMs();
    Id firstId;
    for (const MovementLine& line : *lines) {
        const Id id = Id::create();
        if (firstId.isNull())
            firstId = id;
        auto hlc = ChangeLog::record(m_db, c, actor.userId, u"stock_reservations", id, ChangeOp::Insert,
                                     {{u"product_id"_qs, line.productId.toString()},
                                      {u"location_id"_qs, line.locationId.toString()},
                                      {u"quantity"_qs, -line.quantity.milli()},
                                      {u"ref_kind"_qs, refKind},
                                      {u"ref_id"_qs, refId.toString()}});
        if (!hlc)
            return fail(hlc.error());
        auto q =
            c.query("INSERT INTO stock_reservations(id, product_id, location_id, quantity, ref_kind, ref_id, "
                    "created_at, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        q.bindAll(id, line.productId, line.locationId, -line.quantity.milli(), refKind, refId, now, *hlc);
        if (auto ok = q.run(); !ok)
            return fail(ok.error());
        if (auto ok = addReserved(c, line.productId, line.locationId, -line.quantity.milli()); !ok)
            return fail(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    QList<Id> products;
    for (const MovementLine& line : *lines)
        products.append(line.productId);
    Q_EMIT stockChanged(products);
    return firstId;
}

Result<void> StockService::releaseReservations(const Actor& actor, const QString& refKind, const Id& refId)
{
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto q = c.query("SELECT id, product_id, location_id, quantity FROM stock_reservations "
                     "WHERE ref_kind = ? AND ref_id = ?");
    q.bindAll(refKind, refId);
    QList<Reservation> found;
    if (auto ok = q.forEachRow([&] {
            found.append(
                Reservation{q.id(0), q.id(1), q.id(2), Quantity::fromMilli(q.int64(3)), refKind, refId, 0});
        });
        !ok)
        return ok;
    QList<Id> products;
    for (const Reservation& r : found) {
        auto del = c.query("DELETE FROM stock_reservations WHERE id = ?");
        del.bind(r.id);
        if (auto ok = del.run(); !ok)
            return ok;
        if (auto ok =
                ChangeLog::record(m_db, c, actor.userId, u"stock_reservations", r.id, ChangeOp::Delete, {});
            !ok)
            return fail(ok.error());
        if (auto ok = addReserved(c, r.productId, r.locationId, -r.quantity.milli()); !ok)
            return ok;
        products.append(r.productId);
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    if (!products.isEmpty())
        Q_EMIT stockChanged(products);
    return {};
}

Result<QList<Reservation>> StockService::reservationsFor(const Actor& actor, const QString& refKind,
                                                         const Id& refId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT id, product_id, location_id, quantity, created_at "
        "FROM stock_reservations WHERE ref_kind = ? AND ref_id = ? ORDER BY local_id");
    q.bindAll(refKind, refId);
    QList<Reservation> found;
    if (auto ok = q.forEachRow([&] {
            found.append(Reservation{q.id(0), q.id(1), q.id(2), Quantity::fromMilli(q.int64(3)), refKind,
                                     refId, q.int64(4)});
        });
        !ok)
        return fail(ok.error());
    return found;
}

Result<void> StockService::moveReservations(const Actor& actor, const QString& refKind, const Id& fromRefId,
                                            const Id& toRefId)
{
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto found = reservationsFor(actor, refKind, fromRefId);
    if (!found)
        return fail(found.error());
    for (const Reservation& r : *found) {
        auto hlc = ChangeLog::record(m_db, c, actor.userId, u"stock_reservations", r.id, ChangeOp::Update,
                                     {{u"ref_id"_qs, toRefId.toString()}});
        if (!hlc)
            return fail(hlc.error());
        auto q = c.query("UPDATE stock_reservations SET ref_id = ?, hlc = ? WHERE id = ?");
        q.bindAll(toRefId, *hlc, r.id);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    return tx.commit();
}

Result<QList<Reservation>> StockService::reservations(const Actor& actor, const Id& productId)
{
    Q_UNUSED(actor);
    auto q =
        m_db.connection().query("SELECT id, product_id, location_id, quantity, ref_kind, ref_id, created_at "
                                "FROM stock_reservations WHERE product_id = ? ORDER BY local_id");
    q.bind(productId);
    QList<Reservation> result;
    if (auto ok = q.forEachRow([&] {
            result.append(Reservation{q.id(0), q.id(1), q.id(2), Quantity::fromMilli(q.int64(3)), q.text(4),
                                      q.id(5), q.int64(6)});
        });
        !ok)
        return fail(ok.error());
    return result;
}

// ---- reads ------------------------------------------------------------------------------------

Result<Balance> StockService::balance(const Actor& actor, const Id& productId, const Id& locationId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT on_hand, reserved, count_at FROM stock_balances WHERE product_id = ? AND location_id = ?");
    q.bindAll(productId, locationId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    Balance b{productId, locationId, {}, {}, {}};
    if (*row) {
        b.onHand = Quantity::fromMilli(q.int64(0));
        b.reserved = Quantity::fromMilli(q.int64(1));
        b.countedAt = q.optInt64(2);
    }
    return b;
}

Result<QList<Balance>> StockService::balancesOf(const Actor& actor, const Id& productId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT location_id, on_hand, reserved, count_at FROM stock_balances WHERE product_id = ?");
    q.bind(productId);
    QList<Balance> result;
    if (auto ok = q.forEachRow([&] {
            result.append(Balance{productId, q.id(0), Quantity::fromMilli(q.int64(1)),
                                  Quantity::fromMilli(q.int64(2)), q.optInt64(3)});
        });
        !ok)
        return fail(ok.error());
    return result;
}

Result<QHash<Id, Quantity>> StockService::onHandAt(const Actor& actor, const Id& locationId)
{
    Q_UNUSED(actor);
    // A scan in key order (`+` keeps SQLite off the location index): the main location holds most
    // balances, and fetching each row's on hand through the index costs a key lookup per row (50 ms
    // for 50,000 products, against 5 ms for the scan); a small location pays the scan instead.
    auto q = m_db.connection().query("SELECT product_id, on_hand FROM stock_balances WHERE +location_id = ?");
    q.bind(locationId);
    QHash<Id, Quantity> result;
    if (auto ok = q.forEachRow([&] { result.insert(q.id(0), Quantity::fromMilli(q.int64(1))); }); !ok)
        return fail(ok.error());
    return result;
}

Result<Quantity> StockService::available(const Actor& actor, const Id& productId)
{
    Q_UNUSED(actor);
    // A kit: how many whole kits the components make (min over components of available / per kit).
    // Sums only the balances of the product (or of each component), by the balances' key: a
    // grouping over every balance would read the whole table for one product.
    auto q = m_db.connection().query(
        "SELECT CASE WHEN EXISTS(SELECT 1 FROM kit_components WHERE kit_id = ?1) THEN "
        "  (SELECT MIN(MAX(0, COALESCE((SELECT SUM(b.on_hand - b.reserved) FROM stock_balances b "
        "     JOIN locations l ON l.id = b.location_id AND l.kind IN ('storage', 'packing') "
        "     WHERE b.product_id = k.component_id), 0)) / k.quantity) * 1000 "
        "   FROM kit_components k WHERE k.kit_id = ?1) "
        "ELSE (SELECT COALESCE(SUM(b.on_hand - b.reserved), 0) FROM stock_balances b "
        "  JOIN locations l ON l.id = b.location_id AND l.kind IN ('storage', 'packing') "
        "  WHERE b.product_id = ?1) END");
    q.bind(productId);
    auto value = q.scalarInt();
    if (!value)
        return fail(value.error());
    return Quantity::fromMilli(value->value_or(0));
}

Result<Quantity> StockService::availableAt(const Actor& actor, const Id& productId, const Id& locationId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT CASE WHEN EXISTS(SELECT 1 FROM kit_components WHERE kit_id = ?1) THEN "
        "  (SELECT MIN(MAX(0, COALESCE((SELECT b.on_hand - b.reserved FROM stock_balances b "
        "     WHERE b.product_id = k.component_id AND b.location_id = ?2), 0)) / k.quantity) * 1000 "
        "   FROM kit_components k WHERE k.kit_id = ?1) "
        "ELSE (SELECT COALESCE(SUM(on_hand - reserved), 0) FROM stock_balances "
        "  WHERE product_id = ?1 AND location_id = ?2) END");
    q.bindAll(productId, locationId);
    auto value = q.scalarInt();
    if (!value)
        return fail(value.error());
    return Quantity::fromMilli(value->value_or(0));
}

Result<QHash<Id, Quantity>> StockService::availableAll(const Actor& actor)
{
    Q_UNUSED(actor);
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c); // kits must see the same balances as their components
    // One scan in key order (product first: ORDER BY costs no sort), each row's location checked
    // against the few sellable ones, summed per product here: SQLite's GROUP BY spends as long again
    // on its per-group work as the scan itself (about 40 ms against 23 ms for 50,000 products).
    auto q = c.query("SELECT product_id, on_hand - reserved FROM stock_balances WHERE +location_id IN "
                     "(SELECT id FROM locations WHERE kind IN ('storage', 'packing')) ORDER BY product_id");
    QHash<Id, Quantity> result;
    Id product;
    qint64 sum = 0;
    if (auto ok = q.forEachRow([&] {
            const Id id = q.id(0);
            if (id != product) {
                if (!product.isNull())
                    result.insert(product, Quantity::fromMilli(sum));
                product = id;
                sum = 0;
            }
            sum += q.int64(1);
        });
        !ok)
        return fail(ok.error());
    if (!product.isNull())
        result.insert(product, Quantity::fromMilli(sum));
    // A kit: the whole kits its components make, as available() computes it.
    auto kits = c.query("SELECT kit_id, component_id, quantity FROM kit_components");
    QHash<Id, qint64> wholeKits;
    if (auto ok = kits.forEachRow([&] {
            const qint64 free = std::max<qint64>(0, result.value(kits.id(1)).milli());
            const qint64 made = free / kits.int64(2);
            auto it = wholeKits.find(kits.id(0));
            if (it == wholeKits.end())
                wholeKits.insert(kits.id(0), made);
            else
                *it = std::min(*it, made);
        });
        !ok)
        return fail(ok.error());
    for (auto it = wholeKits.cbegin(); it != wholeKits.cend(); ++it)
        result.insert(it.key(), Quantity::fromUnits(it.value()));
    return result;
}

Result<QList<StockRow>> StockService::stockRows(const Actor& actor, const StockFilter& filter)
{
    const bool withCost = actor.can(Permission::ViewCosts);
    auto q = m_db.connection().query(
        "SELECT b.product_id, p.local_id, p.sku, p.name, p.unit, p.category_id, b.location_id, b.on_hand, "
        "b.reserved, l.kind, COALESCE(sc.average_cost, p.cost) FROM stock_balances b "
        "JOIN products p ON p.id = b.product_id JOIN locations l ON l.id = b.location_id "
        "LEFT JOIN stock_costs sc ON sc.product_id = b.product_id "
        "WHERE (?1 IS NULL OR b.location_id = ?1) AND (?2 IS NULL OR l.warehouse_id = ?2) "
        "AND (?3 IS NULL OR p.category_id IN (WITH RECURSIVE sub(id) AS (SELECT ?3 UNION ALL "
        "  SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)) "
        "AND (?4 = 0 OR b.on_hand < 0) AND (?5 = 1 OR b.on_hand <> 0 OR b.reserved <> 0)");
    q.bindAll(filter.locationId, filter.warehouseId, filter.categoryId, filter.negativeOnly,
              filter.includeZero);
    const QSet<Id> only(filter.productIds.cbegin(), filter.productIds.cend());
    QList<StockRow> rows;
    auto ok = q.forEachRow([&] {
        StockRow r;
        r.productId = q.id(0);
        if (!only.isEmpty() && !only.contains(r.productId))
            return;
        r.productLocalId = q.int64(1);
        r.sku = q.text(2);
        r.name = q.text(3);
        r.unit = q.text(4);
        r.categoryId = q.id(5);
        r.locationId = q.id(6);
        r.onHand = Quantity::fromMilli(q.int64(7));
        r.reserved = Quantity::fromMilli(q.int64(8));
        r.sellable = q.text(9) == u"storage" || q.text(9) == u"packing";
        if (withCost) {
            r.averageCost = q.optInt64(10);
            if (r.averageCost)
                r.value = Decimal::mulDivRound(r.onHand.milli(), *r.averageCost, Quantity::One);
        }
        rows.append(std::move(r));
    });
    if (!ok)
        return fail(ok.error());
    return rows;
}

Result<QList<Movement>> StockService::movements(const Actor& actor, const MovementFilter& filter)
{
    // Only the conditions in use, so SQLite can pick the index that fits (a product's history reads
    // that product's rows, not the whole ledger). Unused parameter numbers stay unbound.
    QByteArray sql = MovementColumns.toByteArray() + "WHERE 1 ";
    if (!filter.productId.isNull())
        sql += "AND product_id = ?1 ";
    if (!filter.locationId.isNull())
        sql += "AND location_id = ?2 ";
    if (filter.kind)
        sql += "AND kind = ?3 ";
    if (filter.from != 0)
        sql += "AND occurred_at >= ?4 ";
    if (filter.to != 0)
        sql += "AND occurred_at < ?5 ";
    sql += "ORDER BY occurred_at DESC, local_id DESC LIMIT ?6 OFFSET ?7";
    auto q = m_db.connection().query(sql);
    q.bindAll(filter.productId, filter.locationId,
              filter.kind ? std::optional<QString>(StockKinds::movementKindCode(*filter.kind)) : std::nullopt,
              filter.from, filter.to, filter.limit, filter.offset);
    const bool withCost = actor.can(Permission::ViewCosts);
    QList<Movement> result;
    if (auto ok = q.forEachRow([&] { result.append(readMovement(q, withCost)); }); !ok)
        return fail(ok.error());
    return result;
}

Result<QList<Movement>> StockService::document(const Actor& actor, const Id& docId)
{
    auto q = m_db.connection().query(
        QByteArray(MovementColumns.toByteArray() + "WHERE doc_id = ? ORDER BY local_id"));
    q.bind(docId);
    const bool withCost = actor.can(Permission::ViewCosts);
    QList<Movement> result;
    if (auto ok = q.forEachRow([&] { result.append(readMovement(q, withCost)); }); !ok)
        return fail(ok.error());
    return result;
}

Result<QList<CountEvent>> StockService::counts(const Actor& actor, const Id& productId, const Id& locationId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT id, session_id, product_id, location_id, quantity, counted_at, recorded_at, user_id, "
        "user_name, hlc "
        "FROM stock_counts WHERE product_id = ?1 AND (?2 IS NULL OR location_id = ?2) "
        "ORDER BY counted_at DESC, hlc DESC");
    q.bindAll(productId, locationId);
    QList<CountEvent> result;
    if (auto ok = q.forEachRow([&] {
            result.append(CountEvent{q.id(0), q.id(1), q.id(2), q.id(3), Quantity::fromMilli(q.int64(4)),
                                     q.int64(5), q.int64(6), q.id(7), q.text(8), q.int64(9)});
        });
        !ok)
        return fail(ok.error());
    return result;
}

Result<std::optional<qint64>> StockService::averageCost(const Actor& actor, const Id& productId)
{
    if (auto ok = require(actor, Permission::ViewCosts); !ok)
        return fail(ok.error());
    return currentCost(m_db.connection(), productId);
}

Result<Quantity> StockService::countDifference(const Actor& actor, const CountEvent& count)
{
    Q_UNUSED(actor);
    // What the ledger said just before the count: the previous count, plus movements after it up
    // to and including counted_at.
    auto q = m_db.connection().query(
        "WITH prev AS (SELECT quantity, counted_at FROM stock_counts WHERE product_id = ?1 AND location_id = "
        "?2 "
        "  AND (counted_at < ?3 OR (counted_at = ?3 AND hlc < ?4)) ORDER BY counted_at DESC, hlc DESC LIMIT "
        "1) "
        "SELECT COALESCE((SELECT quantity FROM prev), 0) + COALESCE((SELECT SUM(m.quantity) FROM "
        "stock_movements m "
        "  WHERE m.product_id = ?1 AND m.location_id = ?2 AND m.occurred_at <= ?3 "
        "  AND (NOT EXISTS(SELECT 1 FROM prev) OR m.occurred_at > (SELECT counted_at FROM prev))), 0)");
    q.bindAll(count.productId, count.locationId, count.countedAt, count.hlc > 0 ? count.hlc : LLONG_MAX);
    auto expected = q.scalarInt();
    if (!expected)
        return fail(expected.error());
    return Quantity::fromMilli(count.quantity.milli() - expected->value_or(0));
}

// ---- kits and policies ------------------------------------------------------------------------

Result<void> StockService::setKitComponents(const Actor& actor, const Id& kitId,
                                            const QList<KitComponent>& components)
{
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto kit = productInfo(c, kitId);
    if (!kit)
        return fail(kit.error());
    auto held = c.query("SELECT EXISTS(SELECT 1 FROM stock_movements WHERE product_id = ?) OR "
                        "EXISTS(SELECT 1 FROM stock_counts WHERE product_id = ?)");
    held.bindAll(kitId, kitId);
    auto hasStock = held.scalarInt();
    if (!hasStock)
        return fail(hasStock.error());
    if (!components.isEmpty() && hasStock->value_or(0))
        return fail(ErrorCode::Conflict,
                    tr("%1 has stock movements of its own, so it cannot become a kit.").arg(kit->sku));
    QSet<Id> seen;
    for (const KitComponent& k : components) {
        auto info = productInfo(c, k.componentId);
        if (!info)
            return fail(info.error());
        if (k.componentId == kitId || info->isKit)
            return fail(ErrorCode::Invalid,
                        tr("A kit cannot contain itself or another kit (%1).").arg(info->sku));
        if (k.quantity.milli() <= 0)
            return fail(ErrorCode::Invalid,
                        tr("The quantity of %1 in the kit must be positive.").arg(info->sku), u"quantity"_qs);
        if (seen.contains(k.componentId))
            return fail(ErrorCode::Invalid, tr("%1 is listed twice in the kit.").arg(info->sku));
        seen.insert(k.componentId);
    }
    auto del = c.query("DELETE FROM kit_components WHERE kit_id = ?");
    del.bind(kitId);
    if (auto ok = del.run(); !ok)
        return ok;
    QJsonObject payload;
    for (const KitComponent& k : components)
        payload.insert(k.componentId.toString(), k.quantity.milli());
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"kit_components", kitId, ChangeOp::Update, payload);
    if (!hlc)
        return fail(hlc.error());
    for (const KitComponent& k : components) {
        auto ins =
            c.query("INSERT INTO kit_components(kit_id, component_id, quantity, hlc) VALUES(?, ?, ?, ?)");
        ins.bindAll(kitId, k.componentId, k.quantity.milli(), *hlc);
        if (auto ok = ins.run(); !ok)
            return ok;
    }
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"kit.update", u"product", kitId,
                                   tr("Kit components of %1").arg(kit->sku), {}, payload);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT stockChanged({kitId});
    return {};
}

Result<QList<KitComponent>> StockService::kitComponents(const Actor& actor, const Id& kitId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT component_id, quantity FROM kit_components WHERE kit_id = ?");
    q.bind(kitId);
    QList<KitComponent> result;
    if (auto ok = q.forEachRow([&] {
            result.append(KitComponent{q.id(0), Quantity::fromMilli(q.int64(1))});
        });
        !ok)
        return fail(ok.error());
    return result;
}

Result<bool> StockService::allowsBackorders(const Actor& actor, const Id& productId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT allow_backorders FROM stock_policies WHERE product_id = ?");
    q.bind(productId);
    auto value = q.scalarInt();
    if (!value)
        return fail(value.error());
    return value->value_or(0) != 0;
}

Result<void> StockService::setAllowBackorders(const Actor& actor, const Id& productId, bool allow)
{
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    if (auto info = productInfo(c, productId); !info)
        return fail(info.error());
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"stock_policies", productId, ChangeOp::Update,
                                 {{u"allow_backorders"_qs, allow}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("INSERT INTO stock_policies(product_id, allow_backorders, hlc) VALUES(?1, ?2, ?3) "
                     "ON CONFLICT(product_id) DO UPDATE SET allow_backorders = ?2, hlc = ?3");
    q.bindAll(productId, allow, *hlc);
    if (auto ok = q.run(); !ok)
        return ok;
    return tx.commit();
}

// ---- verification -----------------------------------------------------------------------------

Result<QList<BalanceMismatch>> StockService::verify(const Actor& actor)
{
    Q_UNUSED(actor);
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto q = c.query(
        QByteArray(ExpectedBalances.toByteArray() +
                   "SELECT e.product_id, e.location_id, e.on_hand, COALESCE(b.on_hand, 0), e.reserved, "
                   "COALESCE(b.reserved, 0) FROM expected e LEFT JOIN stock_balances b "
                   "ON b.product_id = e.product_id AND b.location_id = e.location_id "
                   "WHERE e.on_hand <> COALESCE(b.on_hand, 0) OR e.reserved <> COALESCE(b.reserved, 0)"));
    QList<BalanceMismatch> result;
    if (auto ok = q.forEachRow([&] {
            result.append(BalanceMismatch{q.id(0), q.id(1), Quantity::fromMilli(q.int64(2)),
                                          Quantity::fromMilli(q.int64(3)), Quantity::fromMilli(q.int64(4)),
                                          Quantity::fromMilli(q.int64(5))});
        });
        !ok)
        return fail(ok.error());
    return result;
}

Result<int> StockService::rebuildBalances(const Actor& actor)
{
    if (auto ok = require(actor, Permission::ManageSettings); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto wrong = verify(actor);
    if (!wrong)
        return fail(wrong.error());
    if (wrong->isEmpty())
        return 0;
    auto q = c.query(QByteArray(
        ExpectedBalances.toByteArray() +
        "INSERT OR REPLACE INTO stock_balances(product_id, location_id, on_hand, reserved, count_at, "
        "count_hlc) SELECT product_id, location_id, on_hand, reserved, count_at, count_hlc FROM expected"));
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(
            c, actor, m_db.clock().nowMs(), u"stock.rebuild", u"stock", {},
            tr("Stock balances rebuilt from the ledger: %n corrected", nullptr, int(wrong->size())));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT stockChanged({});
    return int(wrong->size());
}

} // namespace kontor

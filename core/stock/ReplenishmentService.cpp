#include "ReplenishmentService.h"

#include "io/CsvWriter.h"
#include "security/AuditLog.h"
#include "storage/ChangeLog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace kontor {

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr int Steps = 8;

// Everything analyse() gathers about one product before computing its line.
struct Gathered
{
    qint64 onHand = 0;
    qint64 reserved = 0;
    // Pairs (product, sellable location) whose latest count is before the window: their on hand
    // at any earlier instant is today's minus the movements since.
    qint64 uncountedOnHand = 0;
    qint64 uncountedNetSinceStart = 0; // their movements from the window start to now (and later)
    std::vector<qint64> uncountedNet;  // per window day
    std::vector<qint64> shipped;       // per window day, milli units sold
    std::vector<qint64> countedStart;  // per window day: on hand at its start over counted pairs
    std::optional<qint64> lastSaleAt;
    std::optional<qint64> firstStockAt;
    bool hasRule = false;
    std::optional<qint64> ruleReorderPoint;
    std::optional<qint64> ruleTarget;
    std::optional<qint64> ruleSafetyStock;
    std::optional<int> ruleLeadTime;
};

void addTo(std::vector<qint64>& days, int n, int day, qint64 value)
{
    if (days.empty())
        days.assign(size_t(n), 0);
    days[size_t(day)] += value;
}

void keepMin(std::optional<qint64>& slot, std::optional<qint64> value)
{
    if (value && (!slot || *value < *slot))
        slot = value;
}

void keepMax(std::optional<qint64>& slot, std::optional<qint64> value)
{
    if (value && (!slot || *value > *slot))
        slot = value;
}

void addOptional(std::optional<qint64>& slot, std::optional<qint64> value)
{
    if (value)
        slot = slot.value_or(0) + *value;
}

// A computed quantity: to the thousandth, or up to a whole piece (nobody orders 41.146 pieces, and
// rounding up errs on the side of not running out). The tolerance keeps 2.0000000001 at 2.
qint64 computedQuantity(double milli, bool pieces)
{
    if (pieces)
        return qint64(std::ceil((milli - 1e-6) / Quantity::One)) * Quantity::One;
    return qint64(std::llround(milli));
}

// Acklam's rational approximation of the inverse normal distribution (relative error < 1.2e-9).
double inverseNormal(double p)
{
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

QJsonObject ruleJson(const ReplenishmentRule& r)
{
    auto value = [](const auto& v) -> QJsonValue {
        if (!v)
            return QJsonValue();
        if constexpr (std::is_same_v<std::decay_t<decltype(*v)>, Quantity>)
            return v->milli();
        else
            return *v;
    };
    return {{u"product_id"_qs, r.productId.toString()},   {u"location_id"_qs, r.locationId.toString()},
            {u"reorder_point"_qs, value(r.reorderPoint)}, {u"target"_qs, value(r.target)},
            {u"safety_stock"_qs, value(r.safetyStock)},   {u"lead_time_days"_qs, value(r.leadTimeDays)}};
}

std::optional<Quantity> optQuantity(const Query& q, int column)
{
    auto v = q.optInt64(column);
    return v ? std::optional(Quantity::fromMilli(*v)) : std::nullopt;
}

} // namespace

ReplenishmentService::ReplenishmentService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

double ReplenishmentService::zForServiceLevel(double serviceLevel)
{
    return inverseNormal(std::clamp(serviceLevel, 0.5, 0.9999));
}

QString ReplenishmentService::leadTimeSourceName(LeadTimeSource source)
{
    switch (source) {
    case LeadTimeSource::Rule:
        return tr("rule");
    case LeadTimeSource::Learned:
        return tr("learned from receipts");
    case LeadTimeSource::Default:
        return tr("default");
    }
    return {};
}

// ---- analysis -----------------------------------------------------------------------------------

Result<QList<ReplenishmentLine>> ReplenishmentService::analyse(const Actor& actor,
                                                               const ReplenishmentParams& params,
                                                               const Id& warehouseId,
                                                               const Progress& progress)
{
    Q_UNUSED(actor); // stock figures are readable by every role; costs are not part of them
    if (params.demandDays < 1 || params.demandDays > MaxWindowDays || params.deadDays < 1 ||
        params.deadDays > MaxWindowDays || params.reviewDays < 0 || params.reviewDays > MaxWindowDays ||
        params.defaultLeadTimeDays < 0 || params.defaultLeadTimeDays > MaxLeadTimeDays ||
        params.overstockDays < 1)
        return fail(ErrorCode::Invalid, tr("The replenishment settings are out of range."));
    auto step = [&](int done) { return !progress || progress(done, Steps); };
    auto cancelled = [] { return fail(ErrorCode::Cancelled, tr("The calculation was cancelled.")); };

    const qint64 now = params.now > 0 ? params.now : m_db.clock().nowMs();
    const QTimeZone zone = params.timeZone.isValid() ? params.timeZone : QTimeZone::utc();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone);
    const qint64 todayStart = QDateTime(local.date(), QTime(0, 0), zone).toMSecsSinceEpoch();
    const int n = params.demandDays;
    const qint64 windowStart = todayStart - qint64(n) * DayMs;
    const qint64 deadCutoff = now - qint64(params.deadDays) * DayMs;

    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);

    // 1. Products: every line, in creation order.
    QList<ReplenishmentLine> lines;
    std::vector<Gathered> data;
    QHash<Id, qsizetype> indexOf;
    {
        auto q = c.query("SELECT p.id, p.sku, p.name, p.unit, p.archived FROM products p WHERE p.deleted = 0 "
                         "AND NOT EXISTS(SELECT 1 FROM kit_components k WHERE k.kit_id = p.id) "
                         "ORDER BY p.local_id");
        auto ok = q.forEachRow([&] {
            ReplenishmentLine line;
            line.productId = q.id(0);
            line.sku = q.text(1);
            line.name = q.text(2);
            line.unit = q.text(3);
            line.archived = q.int64(4) != 0;
            indexOf.insert(line.productId, lines.size());
            lines.append(std::move(line));
        });
        if (!ok)
            return fail(ok.error());
        data.resize(size_t(lines.size()));
    }
    auto find = [&](const Id& product) -> Gathered* {
        auto it = indexOf.constFind(product);
        return it == indexOf.constEnd() ? nullptr : &data[size_t(*it)];
    };
    if (!step(1))
        return cancelled();

    // 2. Balances over the sellable locations of the scope.
    QSet<std::pair<Id, Id>> countedPairs; // counted since the window start
    {
        auto q = c.query("SELECT b.product_id, b.location_id, b.on_hand, b.reserved, b.count_at "
                         "FROM stock_balances b JOIN locations l ON l.id = b.location_id "
                         "WHERE l.kind IN ('storage', 'packing') AND (?1 IS NULL OR l.warehouse_id = ?1)");
        q.bind(warehouseId);
        auto ok = q.forEachRow([&] {
            Gathered* g = find(q.id(0));
            if (!g)
                return;
            g->onHand += q.int64(2);
            g->reserved += q.int64(3);
            const auto countAt = q.optInt64(4);
            if (!countAt || *countAt < windowStart)
                g->uncountedOnHand += q.int64(2);
            else
                countedPairs.insert({q.id(0), q.id(1)});
        });
        if (!ok)
            return fail(ok.error());
    }
    if (!step(2))
        return cancelled();

    // 3. Movements since the window start, by product, location and day: units sold (every pair)
    // and the net change of the uncounted pairs. The window is a thin slice of the ledger: read it
    // by time (left to itself the planner walks the whole ledger in product order to save a sort).
    {
        auto q = c.query("SELECT m.product_id, m.location_id, (m.occurred_at - ?1) / 86400000 AS day, "
                         "  SUM(m.quantity), SUM(CASE WHEN m.kind = 'shipment' THEN -m.quantity ELSE 0 END) "
                         "FROM stock_movements m INDEXED BY stock_movements_time "
                         "WHERE m.occurred_at >= ?1 AND m.location_id IN (SELECT id FROM locations "
                         "  WHERE kind IN ('storage', 'packing') AND (?2 IS NULL OR warehouse_id = ?2)) "
                         "GROUP BY m.product_id, m.location_id, day");
        q.bindAll(windowStart, warehouseId);
        auto ok = q.forEachRow([&] {
            const Id product = q.id(0);
            Gathered* g = find(product);
            if (!g)
                return;
            const qint64 day = q.int64(2);
            const qint64 net = countedPairs.contains({product, q.id(1)}) ? 0 : q.int64(3);
            g->uncountedNetSinceStart += net;
            if (day < n) {
                if (net != 0)
                    addTo(g->uncountedNet, n, int(day), net);
                if (const qint64 sold = q.int64(4); sold != 0)
                    addTo(g->shipped, n, int(day), sold);
            }
        });
        if (!ok)
            return fail(ok.error());
    }
    if (!step(3))
        return cancelled();

    // 4. Pairs counted since the window start: a count replaces the quantity, so walk their
    // events forward from the on hand at the window start.
    {
        auto q = c.query(
            "WITH counted AS (SELECT b.product_id, b.location_id FROM stock_balances b "
            "  JOIN locations l ON l.id = b.location_id WHERE b.count_at >= ?1 "
            "  AND l.kind IN ('storage', 'packing') AND (?2 IS NULL OR l.warehouse_id = ?2)), "
            "opening AS (SELECT k.product_id, k.location_id, pc.quantity AS count_qty, pc.counted_at AS "
            "count_at "
            "  FROM counted k LEFT JOIN stock_counts pc ON pc.local_id = (SELECT c2.local_id FROM "
            "stock_counts "
            "  c2 WHERE c2.product_id = k.product_id AND c2.location_id = k.location_id AND c2.counted_at < "
            "?1 "
            "  ORDER BY c2.counted_at DESC, c2.hlc DESC LIMIT 1)) "
            "SELECT o.product_id, o.location_id, 0 AS type, 0 AS at, 0 AS hlc, COALESCE(o.count_qty, 0) + "
            "  COALESCE((SELECT SUM(m.quantity) FROM stock_movements m WHERE m.product_id = o.product_id "
            "  AND m.location_id = o.location_id AND m.occurred_at < ?1 "
            "  AND (o.count_at IS NULL OR m.occurred_at > o.count_at)), 0) FROM opening o "
            "UNION ALL SELECT m.product_id, m.location_id, 1, m.occurred_at, 0, m.quantity "
            "  FROM counted k JOIN stock_movements m ON m.product_id = k.product_id "
            "  AND m.location_id = k.location_id AND m.occurred_at >= ?1 "
            "UNION ALL SELECT s.product_id, s.location_id, 2, s.counted_at, s.hlc, s.quantity "
            "  FROM counted k JOIN stock_counts s ON s.product_id = k.product_id "
            "  AND s.location_id = k.location_id AND s.counted_at >= ?1 "
            "ORDER BY 1, 2, 4, 3, 5");
        q.bindAll(windowStart, warehouseId);
        Gathered* g = nullptr;
        qint64 current = 0;
        int day = 0; // the next day start to record
        auto recordUntil = [&](qint64 at) {
            // Records the start of every day that begins at or before `at` (strictly before the event).
            while (g && day < n && windowStart + qint64(day) * DayMs <= at) {
                addTo(g->countedStart, n, day, current);
                ++day;
            }
        };
        auto ok = q.forEachRow([&] {
            const int type = int(q.int64(2));
            if (type == 0) { // a new pair: finish the previous one
                recordUntil(std::numeric_limits<qint64>::max());
                g = find(q.id(0));
                current = q.int64(5);
                day = 0;
                return;
            }
            const qint64 at = q.int64(3);
            recordUntil(at);
            if (type == 1)
                current += q.int64(5);
            else
                current = q.int64(5);
        });
        if (!ok)
            return fail(ok.error());
        recordUntil(std::numeric_limits<qint64>::max());
    }
    if (!step(4))
        return cancelled();

    // 5. Last sale per sellable pair: the newest shipment that was not reversed (a short walk back
    // along the pair's index).
    {
        auto q = c.query("SELECT b.product_id, (SELECT m.occurred_at FROM stock_movements m "
                         "  WHERE m.product_id = b.product_id AND m.location_id = b.location_id "
                         "  AND m.kind = 'shipment' AND m.quantity < 0 "
                         "  AND NOT EXISTS(SELECT 1 FROM stock_movements r WHERE r.reverses_id = m.id) "
                         "  ORDER BY m.occurred_at DESC LIMIT 1) "
                         "FROM stock_balances b JOIN locations l ON l.id = b.location_id "
                         "WHERE l.kind IN ('storage', 'packing') AND (?1 IS NULL OR l.warehouse_id = ?1)");
        q.bind(warehouseId);
        auto ok = q.forEachRow([&] {
            if (Gathered* g = find(q.id(0)))
                keepMax(g->lastSaleAt, q.optInt64(1));
        });
        if (!ok)
            return fail(ok.error());
    }
    if (!step(5))
        return cancelled();

    // 6. First arrival of stock, at any location of the scope, for the products it can make dead
    // stock (in stock, no sale since the cut-off): finding it walks a pair's history forward.
    {
        QStringList candidates;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Gathered& g = data[size_t(i)];
            if (g.onHand > 0 && (!g.lastSaleAt || *g.lastSaleAt < deadCutoff))
                candidates.append(QString::fromLatin1(lines.at(i).productId.toBytes().toHex().toUpper()));
        }
        if (!candidates.isEmpty()) {
            auto q =
                c.query("SELECT b.product_id, (SELECT m.occurred_at FROM stock_movements m "
                        "  WHERE m.product_id = b.product_id AND m.location_id = b.location_id "
                        "  AND m.quantity > 0 AND m.reverses_id IS NULL "
                        "  AND NOT EXISTS(SELECT 1 FROM stock_movements r WHERE r.reverses_id = m.id) "
                        "  ORDER BY m.occurred_at LIMIT 1), "
                        "(SELECT MIN(s.counted_at) FROM stock_counts s WHERE s.product_id = b.product_id "
                        "  AND s.location_id = b.location_id AND s.quantity > 0) "
                        "FROM stock_balances b JOIN locations l ON l.id = b.location_id "
                        "WHERE (?1 IS NULL OR l.warehouse_id = ?1) "
                        "AND hex(b.product_id) IN (SELECT value FROM json_each(?2))");
            q.bindAll(warehouseId, u"[\""_qs + candidates.join(u"\",\""_qs) + u"\"]"_qs);
            auto ok = q.forEachRow([&] {
                if (Gathered* g = find(q.id(0))) {
                    keepMin(g->firstStockAt, q.optInt64(1));
                    keepMin(g->firstStockAt, q.optInt64(2));
                }
            });
            if (!ok)
                return fail(ok.error());
        }
    }
    if (!step(6))
        return cancelled();

    // 7. Rules at the sellable locations of the scope.
    {
        auto q = c.query("SELECT r.product_id, r.reorder_point, r.target, r.safety_stock, r.lead_time_days "
                         "FROM replenishment_rules r JOIN locations l ON l.id = r.location_id "
                         "WHERE l.kind IN ('storage', 'packing') AND (?1 IS NULL OR l.warehouse_id = ?1)");
        q.bind(warehouseId);
        auto ok = q.forEachRow([&] {
            Gathered* g = find(q.id(0));
            if (!g)
                return;
            g->hasRule = true;
            addOptional(g->ruleReorderPoint, q.optInt64(1));
            addOptional(g->ruleTarget, q.optInt64(2));
            addOptional(g->ruleSafetyStock, q.optInt64(3));
            if (auto lead = q.optInt64(4); lead && (!g->ruleLeadTime || *lead > *g->ruleLeadTime))
                g->ruleLeadTime = int(*lead);
        });
        if (!ok)
            return fail(ok.error());
    }
    if (!step(7))
        return cancelled();

    // 8. The figures.
    const double z = zForServiceLevel(params.serviceLevel);
    std::vector<qint64> soldOnInStockDays;
    soldOnInStockDays.reserve(size_t(n));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ReplenishmentLine& line = lines[i];
        const Gathered& g = data[size_t(i)];
        line.onHand = Quantity::fromMilli(g.onHand);
        line.reserved = Quantity::fromMilli(g.reserved);
        line.available = Quantity::fromMilli(g.onHand - g.reserved);
        line.lastSaleAt = g.lastSaleAt;
        line.firstReceivedAt = g.firstStockAt;
        line.hasRule = g.hasRule;

        // Demand over the in-stock days.
        qint64 start = g.uncountedOnHand - g.uncountedNetSinceStart;
        qint64 sold = 0;
        int inStock = 0;
        soldOnInStockDays.clear();
        for (int d = 0; d < n; ++d) {
            const qint64 onHandAtStart = start + (g.countedStart.empty() ? 0 : g.countedStart[size_t(d)]);
            const qint64 daySold = g.shipped.empty() ? 0 : std::max<qint64>(0, g.shipped[size_t(d)]);
            if (onHandAtStart > 0 || daySold > 0) {
                ++inStock;
                sold += daySold;
                soldOnInStockDays.push_back(daySold);
            }
            if (!g.uncountedNet.empty())
                start += g.uncountedNet[size_t(d)];
        }
        const double meanMilli = inStock > 0 ? double(sold) / inStock : 0.0;
        double sigmaMilli = 0;
        if (inStock >= 2) {
            double squares = 0;
            for (qint64 v : soldOnInStockDays)
                squares += (double(v) - meanMilli) * (double(v) - meanMilli);
            sigmaMilli = std::sqrt(squares / (inStock - 1));
        }
        line.inStockDays = inStock;
        line.dailyDemand = meanMilli / Quantity::One;
        line.demandSigma = sigmaMilli / Quantity::One;
        if (meanMilli > 0)
            line.daysOfCover = double(std::max<qint64>(0, line.available.milli())) / meanMilli;

        // Lead time: rule, learned, default.
        if (g.ruleLeadTime) {
            line.leadTimeDays = *g.ruleLeadTime;
            line.leadTimeSource = LeadTimeSource::Rule;
        } else if (auto learned = m_learnedLeadTime ? m_learnedLeadTime(line.productId) : std::nullopt;
                   learned && *learned >= 0) {
            line.leadTimeDays = *learned;
            line.leadTimeSource = LeadTimeSource::Learned;
        } else {
            line.leadTimeDays = params.defaultLeadTimeDays;
            line.leadTimeSource = LeadTimeSource::Default;
        }

        line.safetyStockFromRule = g.ruleSafetyStock.has_value();
        const bool pieces = line.unit == u"pcs";
        line.safetyStock = Quantity::fromMilli(g.ruleSafetyStock.value_or(
            computedQuantity(z * sigmaMilli * std::sqrt(line.leadTimeDays), pieces)));
        line.reorderPointFromRule = g.ruleReorderPoint.has_value();
        line.reorderPoint = Quantity::fromMilli(g.ruleReorderPoint.value_or(
            computedQuantity(meanMilli * line.leadTimeDays, pieces) + line.safetyStock.milli()));
        line.targetFromRule = g.ruleTarget.has_value();
        line.target = Quantity::fromMilli(g.ruleTarget.value_or(
            line.reorderPoint.milli() + computedQuantity(meanMilli * params.reviewDays, pieces)));
        line.onOrder = m_onOrder ? m_onOrder(line.productId) : Quantity();

        const bool hasBasis = meanMilli > 0 || g.ruleReorderPoint || g.ruleSafetyStock || g.ruleTarget;
        line.belowReorderPoint = !line.archived && hasBasis && line.available <= line.reorderPoint;
        if (line.belowReorderPoint) {
            qint64 need = line.target.milli() - (line.available.milli() + line.onOrder.milli());
            if (need > 0 && pieces)
                need = (need + Quantity::One - 1) / Quantity::One * Quantity::One;
            line.suggested = Quantity::fromMilli(std::max<qint64>(0, need));
        }
        const bool aboveTarget = (meanMilli > 0 || g.ruleTarget) && line.available > line.target;
        const bool longCover = line.daysOfCover && *line.daysOfCover > params.overstockDays;
        line.overstock = aboveTarget || longCover;
        if (line.overstock)
            line.excess =
                Quantity::fromMilli(std::max<qint64>(0, line.available.milli() - line.target.milli()));
        line.dead = g.onHand > 0 && (!g.lastSaleAt || *g.lastSaleAt < deadCutoff) && line.firstReceivedAt &&
                    *line.firstReceivedAt < deadCutoff;
    }
    if (!step(Steps))
        return cancelled();
    return lines;
}

Result<QList<Id>> ReplenishmentService::belowReorderPoint(const Actor& actor,
                                                          const ReplenishmentParams& params,
                                                          const Id& warehouseId)
{
    auto lines = analyse(actor, params, warehouseId);
    if (!lines)
        return fail(lines.error());
    QList<Id> ids;
    for (const ReplenishmentLine& line : std::as_const(*lines)) {
        if (line.belowReorderPoint)
            ids.append(line.productId);
    }
    return ids;
}

Result<QList<Id>> ReplenishmentService::deadStock(const Actor& actor, const ReplenishmentParams& params,
                                                  const Id& warehouseId)
{
    auto lines = analyse(actor, params, warehouseId);
    if (!lines)
        return fail(lines.error());
    QList<Id> ids;
    for (const ReplenishmentLine& line : std::as_const(*lines)) {
        if (line.dead)
            ids.append(line.productId);
    }
    return ids;
}

// ---- rules ----------------------------------------------------------------------------------------

Result<void> ReplenishmentService::validateRule(Connection& c, const ReplenishmentRule& rule, QString& sku)
{
    auto product =
        c.query("SELECT sku, unit, deleted, EXISTS(SELECT 1 FROM kit_components WHERE kit_id = p.id) "
                "FROM products p WHERE id = ?");
    product.bind(rule.productId);
    auto found = product.next();
    if (!found)
        return fail(found.error());
    if (!*found || product.int64(2) != 0)
        return fail(ErrorCode::NotFound, tr("The product does not exist or was deleted."), u"product"_qs);
    sku = product.text(0);
    const bool pieces = product.text(1) == u"pcs";
    const bool kit = product.int64(3) != 0;
    product.reset();
    if (kit)
        return fail(ErrorCode::Invalid,
                    tr("%1 is a kit: it has no stock of its own. Set the rules of its components.").arg(sku),
                    u"product"_qs);

    auto location = c.query("SELECT kind FROM locations WHERE id = ?");
    location.bind(rule.locationId);
    auto at = location.next();
    if (!at)
        return fail(at.error());
    if (!*at)
        return fail(ErrorCode::NotFound, tr("The stock location does not exist."), u"location"_qs);
    const QString kind = location.text(0);
    location.reset();
    if (kind != u"storage" && kind != u"packing")
        return fail(ErrorCode::Invalid,
                    tr("Replenishment rules are for locations that sell: stock in transit, in quarantine or "
                       "at a marketplace is never available."),
                    u"location"_qs);

    const std::pair<const std::optional<Quantity>*, QString> quantities[] = {
        {&rule.reorderPoint, u"reorder_point"_qs},
        {&rule.target, u"target"_qs},
        {&rule.safetyStock, u"safety_stock"_qs}};
    for (const auto& [value, field] : quantities) {
        if (!*value)
            continue;
        if ((*value)->milli() < 0)
            return fail(ErrorCode::Invalid, tr("A replenishment quantity cannot be negative."), field);
        if (pieces && !(*value)->isWhole())
            return fail(ErrorCode::Invalid, tr("%1 is counted in pieces: use a whole number.").arg(sku),
                        field);
    }
    if (rule.reorderPoint && rule.target && *rule.target < *rule.reorderPoint)
        return fail(ErrorCode::Invalid, tr("The target must be at least the reorder point."), u"target"_qs);
    if (rule.leadTimeDays && (*rule.leadTimeDays < 0 || *rule.leadTimeDays > MaxLeadTimeDays))
        return fail(ErrorCode::Invalid,
                    tr("The lead time must be between 0 and %n day(s).", nullptr, MaxLeadTimeDays),
                    u"lead_time_days"_qs);
    return {};
}

Result<void> ReplenishmentService::setRule(const Actor& actor, const ReplenishmentRule& rule)
{
    if (rule.isEmpty())
        return removeRule(actor, rule.productId, rule.locationId);
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    QString sku;
    if (auto ok = validateRule(c, rule, sku); !ok)
        return ok;
    auto before = this->rule(actor, rule.productId, rule.locationId);
    if (!before)
        return fail(before.error());
    if (*before && **before == rule)
        return {};

    // The table's key is the pair; the change log keys the row by product and names the location
    // in the payload, as kit_components does with its kit.
    const QJsonObject after = ruleJson(rule);
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"replenishment_rules", rule.productId,
                                 *before ? ChangeOp::Update : ChangeOp::Insert, after);
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("INSERT INTO replenishment_rules(product_id, location_id, reorder_point, target, "
                     "safety_stock, lead_time_days, hlc) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                     "ON CONFLICT(product_id, location_id) DO UPDATE SET reorder_point = ?3, target = ?4, "
                     "safety_stock = ?5, lead_time_days = ?6, hlc = ?7");
    auto milli = [](const std::optional<Quantity>& v) {
        return v ? std::optional<qint64>(v->milli()) : std::nullopt;
    };
    q.bindAll(rule.productId, rule.locationId, milli(rule.reorderPoint), milli(rule.target),
              milli(rule.safetyStock), rule.leadTimeDays, *hlc);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"replenishment.rule", u"product",
                                   rule.productId, tr("Replenishment rule of %1").arg(sku),
                                   *before ? ruleJson(**before) : QJsonObject(), after);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT rulesChanged(rule.productId);
    return {};
}

Result<std::optional<ReplenishmentRule>> ReplenishmentService::rule(const Actor& actor, const Id& productId,
                                                                    const Id& locationId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT reorder_point, target, safety_stock, lead_time_days "
                                     "FROM replenishment_rules WHERE product_id = ? AND location_id = ?");
    q.bindAll(productId, locationId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<ReplenishmentRule>();
    ReplenishmentRule r{productId, locationId, optQuantity(q, 0), optQuantity(q, 1), optQuantity(q, 2), {}};
    if (auto lead = q.optInt64(3))
        r.leadTimeDays = int(*lead);
    return std::optional(r);
}

Result<QList<ReplenishmentRule>> ReplenishmentService::rules(const Actor& actor, const Id& productId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT r.location_id, r.reorder_point, r.target, r.safety_stock, "
                                     "r.lead_time_days FROM replenishment_rules r "
                                     "JOIN locations l ON l.id = r.location_id WHERE r.product_id = ? "
                                     "ORDER BY l.warehouse_id, l.priority, l.code");
    q.bind(productId);
    QList<ReplenishmentRule> result;
    auto ok = q.forEachRow([&] {
        ReplenishmentRule r{productId, q.id(0), optQuantity(q, 1), optQuantity(q, 2), optQuantity(q, 3), {}};
        if (auto lead = q.optInt64(4))
            r.leadTimeDays = int(*lead);
        result.append(r);
    });
    if (!ok)
        return fail(ok.error());
    return result;
}

Result<void> ReplenishmentService::removeRule(const Actor& actor, const Id& productId, const Id& locationId)
{
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto before = rule(actor, productId, locationId);
    if (!before)
        return fail(before.error());
    if (!*before)
        return {};
    auto skuQuery = c.query("SELECT sku FROM products WHERE id = ?");
    skuQuery.bind(productId);
    auto found = skuQuery.next();
    if (!found)
        return fail(found.error());
    const QString sku = *found ? skuQuery.text(0) : QString();
    skuQuery.reset();
    if (auto hlc = ChangeLog::record(
            m_db, c, actor.userId, u"replenishment_rules", productId, ChangeOp::Delete,
            {{u"product_id"_qs, productId.toString()}, {u"location_id"_qs, locationId.toString()}});
        !hlc)
        return fail(hlc.error());
    auto del = c.query("DELETE FROM replenishment_rules WHERE product_id = ? AND location_id = ?");
    del.bindAll(productId, locationId);
    if (auto ok = del.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"replenishment.rule.remove", u"product",
                                   productId, tr("Replenishment rule of %1 removed").arg(sku),
                                   ruleJson(**before), {});
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT rulesChanged(productId);
    return {};
}

// ---- export ---------------------------------------------------------------------------------------

QString ReplenishmentService::csvText(const QList<ReplenishmentLine>& lines) const
{
    CsvWriter writer(CsvDialect{u',', u'"'}, true);
    // Product names come from users and shops: keep a leading "=" from running in a spreadsheet.
    writer.setEscapeFormulas(true);
    writer.writeRecord({tr("SKU"), tr("Name"), tr("Unit"), tr("On hand"), tr("Reserved"), tr("Available"),
                        tr("Daily demand"), tr("Days of cover"), tr("Lead time, days"),
                        tr("Lead time source"), tr("Safety stock"), tr("Reorder point"), tr("Target"),
                        tr("Suggested order"), tr("Below reorder point"), tr("Overstock"), tr("Dead stock"),
                        tr("Last sale"), tr("First received")});
    auto number = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
    auto flag = [](bool v) { return v ? tr("yes") : tr("no"); };
    auto date = [](std::optional<qint64> ms) {
        return ms ? QDateTime::fromMSecsSinceEpoch(*ms).date().toString(Qt::ISODate) : QString();
    };
    for (const ReplenishmentLine& l : lines) {
        writer.writeRecord({l.sku, l.name, l.unit, l.onHand.toString(), l.reserved.toString(),
                            l.available.toString(), number(l.dailyDemand, 3),
                            l.daysOfCover ? number(*l.daysOfCover, 1) : QString(), number(l.leadTimeDays, 1),
                            leadTimeSourceName(l.leadTimeSource), l.safetyStock.toString(),
                            l.reorderPoint.toString(), l.target.toString(), l.suggested.toString(),
                            flag(l.belowReorderPoint), flag(l.overstock), flag(l.dead), date(l.lastSaleAt),
                            date(l.firstReceivedAt)});
    }
    return writer.text();
}

Result<void> ReplenishmentService::exportCsv(const Actor& actor, const QList<ReplenishmentLine>& lines,
                                             const QString& filePath)
{
    if (auto ok = require(actor, Permission::ExportData); !ok)
        return ok;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    file.write(csvText(lines).toUtf8());
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    return {};
}

} // namespace kontor

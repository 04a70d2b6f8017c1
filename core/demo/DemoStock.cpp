#include "DemoStock.h"

#include "DemoRandom.h"
#include "common/Decimal.h"
#include "stock/StockService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace kontor {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::DemoStock", text);
}

constexpr quint32 Seed = 20240602; // the catalog's is 20240601; never change either
constexpr qint64 DayMs = 24 * 3600 * 1000;
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 One = Quantity::One;
constexpr int BatchDrafts = 5000;                    // drafts per postHistory transaction
constexpr int FirstSupplyDay = 70;                   // to Ozon, arrived three days later
constexpr int SecondSupplyDay = DemoStock::Days - 2; // dispatched two days ago: still in transit
constexpr int TransitDays = 3;
const QString MarketplaceCode = QStringLiteral("OZON-FBO");

using Random = DemoRandom;

enum class Pace
{
    Unstocked, // not received yet
    Dead,      // received once, long ago, never sold
    Fast,
    Medium,
    Slow
};

struct State
{
    Id id;
    Unit unit = Unit::Piece;
    qint64 cost = 0;
    Pace pace = Pace::Slow;
    int perMille = 0; // chance of a sale line on an ordinary day
    int firstDay = 0;
    int leadDays = 7;
    int damageDay = -1;
    bool toMarketplace = false;
    qint64 onHand = 0; // main stock, milli
    qint64 fbo = 0;
    qint64 inTransit = 0;
    int arrivesDay = -1;
    int dueDay = -1; // a delivery on its way to the main stock
    qint64 dueQuantity = 0;
};

// One sale line, in the product's unit.
qint64 saleQuantity(Random& random, Unit unit)
{
    switch (unit) {
    case Unit::Piece: {
        const int roll = random.below(100);
        return (roll < 70 ? 1 : roll < 90 ? 2 : 3) * One;
    }
    case Unit::Kilogram:
    case Unit::Litre:
        return random.between(1, 8) * 250;
    case Unit::Metre:
        return random.between(1, 25) * One;
    }
    return One;
}

qint64 meanSale(Unit unit)
{
    switch (unit) {
    case Unit::Piece:
        return 1400;
    case Unit::Kilogram:
    case Unit::Litre:
        return 1125;
    case Unit::Metre:
        return 13000;
    }
    return One;
}

qint64 smallestDelivery(Unit unit)
{
    return unit == Unit::Metre ? 50 * One : 5 * One;
}

qint64 wholeUnitsUp(qint64 milli)
{
    return (milli + One - 1) / One * One;
}

// Expected sales per day (milli) of a product.
qint64 dailyDemand(const State& s)
{
    return qint64(s.perMille) * meanSale(s.unit) / 1000;
}

MovementDraft draftOf(MovementKind kind, QList<MovementLine> lines, const QString& reason = {},
                      const QString& note = {})
{
    MovementDraft d;
    d.kind = kind;
    d.lines = std::move(lines);
    d.reason = reason;
    d.note = note;
    return d;
}

} // namespace

DemoStock::DemoStock(StockService& stock, const Actor& actor)
    : m_stock(stock)
    , m_actor(actor)
{}

Result<Id> DemoStock::fboLocation()
{
    auto warehouses = m_stock.warehouses(m_actor, true);
    if (!warehouses)
        return fail(warehouses.error());
    Id warehouseId;
    for (const Warehouse& w : std::as_const(*warehouses)) {
        if (w.code.compare(MarketplaceCode, Qt::CaseInsensitive) == 0 && w.kind == WarehouseKind::Marketplace)
            warehouseId = w.id;
    }
    if (warehouseId.isNull()) {
        auto created =
            m_stock.createWarehouse(m_actor, MarketplaceCode, tr("Ozon FBO"), WarehouseKind::Marketplace);
        if (!created)
            return fail(created.error());
        warehouseId = created->id;
    }
    auto locations = m_stock.locations(m_actor);
    if (!locations)
        return fail(locations.error());
    for (const Location& l : std::as_const(*locations)) {
        if (l.warehouseId == warehouseId && l.kind == LocationKind::Fbo)
            return l.id;
    }
    return fail(ErrorCode::NotFound, tr("The Ozon FBO warehouse has no marketplace location."));
}

Result<DemoStock::Summary> DemoStock::run(const QList<Item>& items, int busy,
                                          const std::function<bool(int day, int days)>& progress)
{
    Summary summary;
    if (items.isEmpty())
        return summary;
    // Added once: a second history on top of the first would double every figure.
    StockFilter mine;
    mine.includeZero = true;
    for (const Item& item : items)
        mine.productIds.append(item.id);
    auto existing = m_stock.stockRows(m_actor, mine);
    if (!existing)
        return fail(existing.error());
    if (!existing->isEmpty()) {
        return fail(ErrorCode::Conflict,
                    tr("The demo products already have stock; the demo stock history is added only once."));
    }
    auto fbo = fboLocation();
    if (!fbo)
        return fail(fbo.error());
    summary.fboLocationId = *fbo;
    const Id main = StockService::mainLocationId();
    const Id transit = StockService::transitLocationId();

    Random random(Seed);
    QList<State> states;
    states.reserve(items.size());
    const int marketplaceProducts = std::max(10, int(items.size() / 60));
    int chosenForMarketplace = 0;
    for (const Item& item : items) {
        State s;
        s.id = item.id;
        s.unit = item.unit;
        s.cost = item.cost;
        const int roll = random.below(100);
        s.pace = roll < 6    ? Pace::Unstocked
                 : roll < 21 ? Pace::Dead
                 : roll < 30 ? Pace::Fast
                 : roll < 60 ? Pace::Medium
                             : Pace::Slow;
        const int base = s.pace == Pace::Fast     ? 550
                         : s.pace == Pace::Medium ? 120
                         : s.pace == Pace::Slow   ? 25
                                                  : 0;
        s.perMille = base * busy / 100;
        // Dead stock arrived more than 90 days ago; a fifth of the others are new arrivals.
        s.firstDay = s.pace == Pace::Dead ? random.between(0, 15)
                     : random.percent(80) ? random.between(0, 20)
                                          : random.between(40, Days - 10);
        s.leadDays = random.between(4, 12);
        if (random.percent(2))
            s.damageDay = random.between(s.firstDay + 3, Days - 1);
        if (s.pace == Pace::Fast && s.unit == Unit::Piece && chosenForMarketplace < marketplaceProducts) {
            s.toMarketplace = true;
            ++chosenForMarketplace;
        }
        if (s.pace == Pace::Unstocked)
            continue;
        s.dueDay = s.firstDay;
        if (s.pace == Pace::Dead) {
            s.dueQuantity =
                s.unit == Unit::Metre ? random.between(50, 200) * One : random.between(3, 20) * One;
        } else {
            s.dueQuantity =
                std::max(smallestDelivery(s.unit), wholeUnitsUp(dailyDemand(s) * random.between(30, 60)));
        }
        states.append(s);
    }

    // Days end before today, so nothing is dated after now whatever the time of day.
    const qint64 now = m_stock.database().clock().nowMs();
    const qint64 today = now - now % DayMs;
    const QString source = tr("demo data");
    QList<MovementDraft> pending;
    auto flush = [&]() -> Result<void> {
        if (pending.isEmpty())
            return {};
        auto written = m_stock.postHistory(m_actor, pending, source);
        if (!written)
            return fail(written.error());
        summary.documents += int(pending.size());
        summary.movements += *written;
        pending.clear();
        return {};
    };

    int oversold = 0;
    int soldOut = 0;
    for (int day = 0; day < Days; ++day) {
        const qint64 dayStart = today - qint64(Days - day) * DayMs;
        // Busier at weekends, and the shop grows over the period.
        const int weekday = QDateTime::fromMSecsSinceEpoch(dayStart, QTimeZone::utc()).date().dayOfWeek();
        const int busyToday = (weekday == 6 ? 120 : weekday == 7 ? 130 : 100) * (85 + 30 * day / Days);
        QList<std::pair<qint64, MovementDraft>> events;
        auto at = [&](int hour, int spreadMinutes) {
            return dayStart + hour * 60 * MinuteMs + random.below(spreadMinutes) * MinuteMs;
        };
        for (State& s : states) {
            // 08:00-08:30 Moscow: deliveries; then goods leaving for or arriving at Ozon.
            if (s.dueDay == day) {
                const qint64 unitCost = Decimal::mulDivRound(s.cost, random.between(95, 105), 100);
                events.append(
                    {at(5, 30), draftOf(MovementKind::Receipt,
                                        {{s.id, main, Quantity::fromMilli(s.dueQuantity), unitCost}})});
                s.onHand += s.dueQuantity;
                s.dueDay = -1;
            }
            if (s.arrivesDay == day) {
                events.append({at(5, 1) + 35 * MinuteMs,
                               draftOf(MovementKind::Transfer,
                                       {{s.id, transit, Quantity::fromMilli(-s.inTransit), {}},
                                        {s.id, *fbo, Quantity::fromMilli(s.inTransit), {}}},
                                       MovementReasons::Arrival.toString())});
                s.fbo += s.inTransit;
                s.inTransit = 0;
                s.arrivesDay = -1;
            }
            if (s.toMarketplace && (day == FirstSupplyDay || day == SecondSupplyDay) && s.onHand >= 6 * One) {
                const qint64 quantity =
                    std::max<qint64>(3, s.onHand / One * random.between(40, 60) / 100) * One;
                events.append({at(5, 1) + 30 * MinuteMs,
                               draftOf(MovementKind::Transfer,
                                       {{s.id, main, Quantity::fromMilli(-quantity), {}},
                                        {s.id, transit, Quantity::fromMilli(quantity), {}}},
                                       MovementReasons::Dispatch.toString(), tr("Supply to Ozon FBO"))});
                s.onHand -= quantity;
                s.inTransit += quantity;
                s.arrivesDay = day + TransitDays; // past the last day: still on its way
            }
            const bool selling = s.perMille > 0 && day >= s.firstDay;
            const int chance = int(qint64(s.perMille) * busyToday / 10000);
            // 09:00-21:00 Moscow: orders shipped; the marketplace sells from its own warehouse.
            if (selling && random.below(1000) < chance && s.onHand > 0) {
                const qint64 quantity = std::min(s.onHand, saleQuantity(random, s.unit));
                events.append({at(6, 12 * 60), draftOf(MovementKind::Shipment,
                                                       {{s.id, main, Quantity::fromMilli(-quantity), {}}})});
                s.onHand -= quantity;
            }
            if (s.fbo > 0 && random.below(1000) < chance / 4) {
                events.append({at(7, 10 * 60),
                               draftOf(MovementKind::Shipment, {{s.id, *fbo, Quantity::fromMilli(-One), {}}},
                                       {}, tr("Sold by Ozon from its warehouse (FBO)"))});
                s.fbo -= One;
            }
            if (day == s.damageDay && s.onHand > 0) {
                const qint64 quantity = std::min(s.onHand, s.unit == Unit::Piece ? One : 2 * One);
                events.append(
                    {at(18, 60),
                     draftOf(MovementKind::Adjustment, {{s.id, main, Quantity::fromMilli(-quantity), {}}},
                             MovementReasons::Damage.toString(), tr("Damaged in the warehouse"))});
                s.onHand -= quantity;
            }
            // Yesterday evening: a couple of products oversold by a sale made offline and synced
            // late, a few sold out by a last big order.
            if (day == Days - 1 && s.pace == Pace::Medium && s.unit == Unit::Piece && s.onHand > 0 &&
                s.dueDay < 0) {
                if (oversold < 2) {
                    const qint64 quantity = s.onHand + (oversold + 1) * One;
                    events.append({at(19, 60), draftOf(MovementKind::Shipment,
                                                       {{s.id, main, Quantity::fromMilli(-quantity), {}}}, {},
                                                       tr("Sold on the offline shop laptop and synced late: "
                                                          "more than was left"))});
                    s.onHand -= quantity;
                    ++oversold;
                } else if (soldOut < 3) {
                    events.append({at(19, 60), draftOf(MovementKind::Shipment,
                                                       {{s.id, main, Quantity::fromMilli(-s.onHand), {}}})});
                    s.onHand = 0;
                    ++soldOut;
                }
            }
            // Reorder when the stock would not last the supplier's lead time and a few days more.
            const qint64 demand = dailyDemand(s);
            if (selling && s.dueDay < 0 && s.onHand <= demand * (s.leadDays + 3)) {
                s.dueDay = day + s.leadDays;
                s.dueQuantity =
                    std::max(smallestDelivery(s.unit), wholeUnitsUp(demand * random.between(30, 45)));
            }
        }
        std::stable_sort(events.begin(), events.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [time, draft] : events) {
            draft.occurredAt = time;
            pending.append(std::move(draft));
        }
        if (pending.size() >= BatchDrafts) {
            if (auto ok = flush(); !ok)
                return fail(ok.error());
        }
        if (progress && !progress(day + 1, Days)) {
            // Stops at a day's end, so what is kept is a whole history up to that day.
            if (auto ok = flush(); !ok)
                return fail(ok.error());
            return fail(ErrorCode::Cancelled,
                        tr("Creating the demo stock was cancelled; the days already simulated are kept."));
        }
    }
    if (auto ok = flush(); !ok)
        return fail(ok.error());
    return summary;
}

} // namespace kontor

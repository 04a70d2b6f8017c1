#include "StockLocations.h"

#include <algorithm>

namespace kontor {

Result<StockLocations> StockLocations::load(StockService& stock, const Actor& actor, bool includeArchived)
{
    auto warehouses = stock.warehouses(actor, includeArchived);
    if (!warehouses)
        return fail(warehouses.error());
    auto locations = stock.locations(actor, includeArchived);
    if (!locations)
        return fail(locations.error());

    StockLocations result;
    result.m_warehouses = std::move(*warehouses);
    for (int i = 0; i < result.m_warehouses.size(); ++i)
        result.m_warehouseIndex.insert(result.m_warehouses.at(i).id, i);
    QList<Location> all = std::move(*locations);
    // Locations of an archived warehouse that was not loaded still need a place: at the end.
    std::stable_sort(all.begin(), all.end(), [&](const Location& a, const Location& b) {
        const int wa = result.m_warehouseIndex.value(a.warehouseId, int(result.m_warehouses.size()));
        const int wb = result.m_warehouseIndex.value(b.warehouseId, int(result.m_warehouses.size()));
        if (wa != wb)
            return wa < wb;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.code.compare(b.code, Qt::CaseInsensitive) < 0;
    });
    result.m_locations = std::move(all);
    for (int i = 0; i < result.m_locations.size(); ++i)
        result.m_order.insert(result.m_locations.at(i).id, i);
    return result;
}

QList<Location> StockLocations::locationsOf(const Id& warehouseId) const
{
    QList<Location> result;
    for (const Location& l : m_locations) {
        if (l.warehouseId == warehouseId)
            result.append(l);
    }
    return result;
}

const Location* StockLocations::location(const Id& id) const
{
    auto it = m_order.constFind(id);
    return it == m_order.constEnd() ? nullptr : &m_locations.at(*it);
}

const Warehouse* StockLocations::warehouse(const Id& id) const
{
    auto it = m_warehouseIndex.constFind(id);
    return it == m_warehouseIndex.constEnd() ? nullptr : &m_warehouses.at(*it);
}

const Warehouse* StockLocations::warehouseOf(const Id& locationId) const
{
    const Location* l = location(locationId);
    return l ? warehouse(l->warehouseId) : nullptr;
}

int StockLocations::activeWarehouseCount() const
{
    return int(std::count_if(m_warehouses.cbegin(), m_warehouses.cend(),
                             [](const Warehouse& w) { return !w.archived; }));
}

QString StockLocations::name(const Id& locationId) const
{
    const Location* l = location(locationId);
    if (!l)
        return QStringLiteral("?");
    const QString own = StockService::displayName(*l);
    const Warehouse* w = warehouse(l->warehouseId);
    if (!w || activeWarehouseCount() <= 1)
        return own;
    const QString warehouseName = StockService::displayName(*w);
    if (own.startsWith(warehouseName, Qt::CaseInsensitive))
        return own;
    return warehouseName + QStringLiteral(" › ") + own;
}

QString StockLocations::fullName(const Id& locationId) const
{
    const Location* l = location(locationId);
    if (!l)
        return QStringLiteral("?");
    const Warehouse* w = warehouse(l->warehouseId);
    return w ? StockService::displayName(*w) + QStringLiteral(" › ") + StockService::displayName(*l)
             : StockService::displayName(*l);
}

} // namespace kontor

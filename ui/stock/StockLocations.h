#pragma once

// StockLocations: a snapshot of the warehouses and their locations for lists and pickers, in one
// order (warehouses as created, locations by priority and code), with the names shown to users.
// A location of the only warehouse goes by its own name; with several warehouses it is prefixed by
// its warehouse unless its name already says which one.

#include "stock/StockService.h"

#include <QHash>

namespace kontor {

class StockLocations
{
public:
    StockLocations() = default;
    // Reads warehouses and locations; archived ones only when asked (a list of history needs them).
    static Result<StockLocations> load(StockService& stock, const Actor& actor, bool includeArchived = true);

    const QList<Warehouse>& warehouses() const { return m_warehouses; }
    // Grouped by warehouse, in display order.
    const QList<Location>& locations() const { return m_locations; }
    QList<Location> locationsOf(const Id& warehouseId) const;
    const Location* location(const Id& id) const;
    const Warehouse* warehouse(const Id& id) const;
    const Warehouse* warehouseOf(const Id& locationId) const;
    // The name in lists and tables (see above); "?" for an unknown id.
    QString name(const Id& locationId) const;
    // "Main warehouse › Main stock": always with the warehouse, for tooltips.
    QString fullName(const Id& locationId) const;
    // Position in display order, for sorting rows by location.
    int order(const Id& locationId) const { return m_order.value(locationId, int(m_locations.size())); }
    // Warehouses that are not archived.
    int activeWarehouseCount() const;

private:
    QList<Warehouse> m_warehouses;
    QList<Location> m_locations;
    QHash<Id, int> m_order;
    QHash<Id, int> m_warehouseIndex;
};

} // namespace kontor

#pragma once

// A shop with products, a stock ledger, customers and orders in a temporary database, for tests: builders for
// products, receipts, warehouses and records from another device (the only way to go negative).

#include "Services.h"
#include "TempDatabase.h"
#include "catalog/PriceService.h"
#include "catalog/ProductService.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "orders/ShopDetailsService.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierPerformance.h"
#include "purchasing/SupplierService.h"
#include "security/AuditService.h"
#include "security/UserService.h"
#include "settings/CalendarService.h"
#include "stock/StockService.h"
#include "support/SupportMetrics.h"
#include "support/SupportService.h"

namespace kontor::test {

struct StockShop
{
    TempDatabase tmp; // first: the services use its database
    ProductService products{tmp.db()};
    StockService stock{tmp.db()};
    CustomerService customers{tmp.db()};
    OrderService orders{tmp.db(), stock};
    ReturnService returns{tmp.db(), stock, orders};
    PriceService prices{tmp.db()};
    ShopDetailsService shopDetails{tmp.db()};
    SupplierService suppliers{tmp.db()};
    PurchaseOrderService purchases{tmp.db(), stock, suppliers};
    SupplierPerformance performance{tmp.db(), purchases, suppliers, prices};
    SupportService support{tmp.db()};
    UserService users{tmp.db()};
    CalendarService calendar{tmp.db()};
    SupportMetrics supportMetrics{tmp.db()};
    AuditService audit{tmp.db()};
    Actor owner = Actor::owner();

    Services services()
    {
        return Services{products, stock,       customers, orders,         returns,
                        prices,   shopDetails, suppliers, purchases,      performance,
                        calendar, support,     users,     supportMetrics, audit};
    }

    // Creates a product (qFatal on failure).
    Id product(const QString& sku, const QString& name, Unit unit = Unit::Piece,
               std::optional<qint64> costMinor = std::nullopt);
    // Creates the piece product "Product <sku>" (qFatal on failure).
    Id product(const QString& sku, std::optional<qint64> costMinor = std::nullopt);
    // Receives whole units (qFatal on failure); returns the document.
    Id receive(const Id& productId, const Id& locationId, qint64 units,
               std::optional<qint64> unitCost = std::nullopt);
    // Applies a movement made on another device, which is never refused (so stock can go negative).
    void applyRemote(const Id& productId, const Id& locationId, Quantity quantity,
                     MovementKind kind = MovementKind::Shipment);
    Quantity onHand(const Id& productId, const Id& locationId = StockService::mainLocationId());
    // A new own warehouse and its storage location.
    std::pair<Warehouse, Id> ownWarehouse(const QString& code, const QString& name);
};

} // namespace kontor::test

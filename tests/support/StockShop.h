#pragma once

// A shop with products and a stock ledger in a temporary database, for stock tests: builders for
// products, receipts, warehouses and records from another device (the only way to go negative).

#include "TempDatabase.h"
#include "catalog/ProductService.h"
#include "stock/StockService.h"

namespace kontor::test {

struct StockShop
{
    TempDatabase tmp; // first: the services use its database
    ProductService products{tmp.db()};
    StockService stock{tmp.db()};
    Actor owner = Actor::owner();

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

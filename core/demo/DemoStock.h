#pragma once

// DemoStock: the demo shop's last 120 days of stock, simulated day by day from a fixed seed and
// posted through StockService::postHistory, so the stock pages, reports and `stock verify` have
// something true to show. A marketplace warehouse (Ozon FBO) beside the main one; receipts with
// purchase costs when stock runs low (and stock-outs while a delivery is late); daily shipments
// skewed to a few fast movers, a long tail of slow ones and some never sold at all (dead stock);
// damage write-offs; two supplies to the FBO warehouse (one still in transit) that the marketplace
// then sells from; a few products sold out or oversold by a late-synced sale.

#include "catalog/Product.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <functional>

namespace kontor {

class StockService;

class DemoStock
{
public:
    // A product to stock: variant parents and kits are left out by the caller.
    struct Item
    {
        Id id;
        Unit unit = Unit::Piece;
        qint64 cost = 0; // catalog purchase cost, minor units
    };
    struct Summary
    {
        int documents = 0; // postings
        int movements = 0; // ledger rows (a transfer has two)
        Id fboLocationId;
    };

    static constexpr int Days = 120;

    DemoStock(StockService& stock, const Actor& actor);

    // Simulates and posts the history of `items`, dated in the days before today (nothing today, so
    // every movement lies in the past whatever the time). `busy` scales the daily sales per product
    // in percent (a big catalog has a longer tail). `progress(day, Days)` after each simulated day;
    // returning false stops there: the days simulated so far are posted, and the result is
    // ErrorCode::Cancelled. Deterministic: the same items on the same weekday (weekends sell more)
    // give the same quantities, costs and times relative to today.
    Result<Summary> run(const QList<Item>& items, int busy,
                        const std::function<bool(int day, int days)>& progress = {});

private:
    Result<Id> fboLocation();

    StockService& m_stock;
    Actor m_actor;
};

} // namespace kontor

#pragma once

// DemoOrders: the demo shop's customers and its last twelve months of orders, from a fixed seed,
// so the orders and customers pages, the figures of DOMAIN.md and the benchmarks have something
// true to show. People with Russian and Latin names, emails and phones, and some companies with
// their ИНН/КПП and payment terms; orders from the shop's own site, Ozon and Wildberries (FBS and
// FBO), the phone, social networks and the counter, growing over the year with a November and
// December peak. Past orders are finished (mostly delivered; some marketplace and cash-on-delivery
// parcels not collected or refused; some cancelled), shipped with Почта России, СДЭК, Boxberry or
// DHL under tracking numbers, and paid, refunded or awaiting payment as their method says. They
// are written by OrderService::importHistory (no stock moves: the stock history is DemoStock's).
// The newest are open: drafts, and orders confirmed through OrderService::confirm (then picked and
// packed), so their reservations are real; one whose stock is short stays a draft.
// One in twenty of the delivered orders paid in full comes back, some 3 to 4 % of the shipped ones
// (ReturnService, as the returns page does): one or two of its lines, for a mix of reasons
// (changed their mind, defective, mis-sorted, not as described, damaged or late), restocked,
// quarantined, written off or kept for the supplier as the reason suggests; asked for days after
// the delivery, received days later and refunded, so the newest are still open or await their
// refund. Not FBO orders: the marketplace takes those back itself.

#include "catalog/Product.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <functional>

namespace kontor {

class CustomerService;
class OrderService;
class ReturnService;
class StockService;

class DemoOrders
{
public:
    // A product to sell: variant parents and kits are left out by the caller.
    struct Item
    {
        Id id;
        QString sku;
        QString name;
        Unit unit = Unit::Piece;
        qint64 price = 0; // minor units of the shop currency
        std::optional<int> vatBp;
    };
    struct Summary
    {
        int customers = 0;
        int orders = 0;
        int lines = 0;
        int open = 0;   // confirmed, picking or packed: holding reservations
        int drafts = 0; // including open orders whose stock was short
        int returns = 0;
        int openReturns = 0; // not received yet, or received and not refunded yet
    };

    static constexpr int Days = 365;

    DemoOrders(CustomerService& customers, OrderService& orders, ReturnService& returns, StockService& stock,
               const Actor& actor);

    // Creates `customers` customers, then `orders` orders over `items`, dated in the Days before now,
    // then the returns of some of them.
    // Refused when the first demo customer already exists (demo orders are added once).
    // `progress(done, customers + orders)` every few hundred records; returning false stops at the
    // next batch with ErrorCode::Cancelled, keeping what was committed. Deterministic: the same
    // items give the same customers and orders relative to now.
    Result<Summary> run(const QList<Item>& items, int customers, int orders,
                        const std::function<bool(int done, int total)>& progress = {});

private:
    CustomerService& m_customers;
    OrderService& m_orders;
    ReturnService& m_returns;
    StockService& m_stock;
    Actor m_actor;
};

} // namespace kontor

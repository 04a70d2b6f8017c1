#pragma once

// DemoPurchasing: the demo shop's suppliers, their contracts and a year of purchase orders, from a
// fixed seed, so the suppliers, purchase-order, claims and scorecard screens have something true to
// show. Each supplier has a contract with a price list over its share of the catalog (the products
// it is the preferred supplier of), a lead time, SLA targets and penalties, and a character: most
// deliver on time and in full, some are often late, some short or with defects. Purchase orders go
// through PurchaseOrderService like a user's (sent, confirmed, received in one or two deliveries,
// defects opening claims) over the last Days; the newest are still open, a few overdue; some
// claims are settled.

#include "common/Result.h"
#include "security/Actor.h"

#include <QList>

#include <functional>

namespace kontor {

class SupplierService;
class PurchaseOrderService;

class DemoPurchasing
{
public:
    struct Item
    {
        Id id;
        bool pieces = true;
        qint64 cost = 0; // minor units of the shop currency; 0: unknown
    };
    struct Summary
    {
        int suppliers = 0;
        int purchaseOrders = 0;
        int receipts = 0;
        int claims = 0;
    };

    static constexpr int Days = 180;

    DemoPurchasing(SupplierService& suppliers, PurchaseOrderService& orders, const Actor& actor);

    // Refused when the first demo supplier already exists. `progress(done, orders)`; returning false
    // stops with ErrorCode::Cancelled, keeping the orders already written.
    Result<Summary> run(const QList<Item>& items, int suppliers, int orders,
                        const std::function<bool(int done, int total)>& progress = {});

private:
    SupplierService& m_suppliers;
    PurchaseOrderService& m_orders;
    Actor m_actor;
};

} // namespace kontor

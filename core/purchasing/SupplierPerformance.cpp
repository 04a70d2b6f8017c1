#include "SupplierPerformance.h"

#include "catalog/PriceService.h"

namespace kontor {

SupplierPerformance::SupplierPerformance(Database& db, PurchaseOrderService& orders,
                                         SupplierService& suppliers, PriceService& prices, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_orders(orders)
    , m_suppliers(suppliers)
    , m_prices(prices)
{}

} // namespace kontor

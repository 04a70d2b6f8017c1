#include "PurchaseOrderService.h"

#include "SupplierService.h"
#include "stock/StockService.h"

namespace kontor {

PurchaseOrderService::PurchaseOrderService(Database& db, StockService& stock, SupplierService& suppliers,
                                           QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_stock(stock)
    , m_suppliers(suppliers)
{}

} // namespace kontor

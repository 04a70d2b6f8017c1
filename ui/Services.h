#pragma once

// Services: the core services of one open shop database, created by the application and handed
// to the main window and its pages (which keep references; the services outlive the window).

namespace kontor {

class ProductService;
class StockService;
class CustomerService;
class OrderService;
class ReturnService;
class PriceService;
class ShopDetailsService;
class SupplierService;
class PurchaseOrderService;
class SupplierPerformance;
class CalendarService;
class SupportService;
class UserService;
class SupportMetrics;
class AuditService;

struct Services
{
    ProductService& products;
    StockService& stock;
    CustomerService& customers;
    OrderService& orders;
    ReturnService& returns;
    PriceService& prices;
    ShopDetailsService& shopDetails;
    SupplierService& suppliers;
    PurchaseOrderService& purchases;
    SupplierPerformance& performance;
    CalendarService& calendar;
    SupportService& support;
    UserService& users;
    SupportMetrics& supportMetrics;
    AuditService& audit;
};

} // namespace kontor

#pragma once

// Application: the kontor GUI process. Reads the command line (--database PATH), loads the
// language chosen in the settings, opens the shop database (or says why it cannot), builds the
// main window for the owner and greets a first start. Restarts itself after a language change,
// once the database is closed.

#include "common/Clock.h"
#include "common/Result.h"

#include <QApplication>

#include <functional>
#include <memory>

namespace kontor {

class AppSettings;
class Database;
class MainWindow;
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
struct Actor;

class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int& argc, char** argv);
    ~Application() override;

    // Runs the application; returns the process exit code.
    int run();

private:
    void greetFirstStart(const Actor& actor);
    // Fills the shop with demo data behind a cancellable progress dialog and reports the outcome.
    bool loadDemoData(const std::function<Result<int>(const std::function<bool(int, int)>&)>& generate);

    SystemClock m_clock;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProductService> m_products;
    std::unique_ptr<StockService> m_stock;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<ReturnService> m_returns;
    std::unique_ptr<PriceService> m_prices;
    std::unique_ptr<ShopDetailsService> m_shopDetails;
    std::unique_ptr<SupplierService> m_suppliers;
    std::unique_ptr<PurchaseOrderService> m_purchases;
    std::unique_ptr<SupplierPerformance> m_performance;
    std::unique_ptr<SupportService> m_support;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<CalendarService> m_calendar;
    std::unique_ptr<SupportMetrics> m_supportMetrics;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<MainWindow> m_window;
    bool m_restart = false;
};

} // namespace kontor

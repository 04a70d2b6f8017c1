#include "StartupBench.h"

#include "AppSettings.h"
#include "BenchTools.h"
#include "MainWindow.h"
#include "catalog/PriceService.h"
#include "catalog/ProductService.h"
#include "common/Clock.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "orders/ShopDetailsService.h"
#include "products/ProductPage.h"
#include "products/ProductTableModel.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierPerformance.h"
#include "purchasing/SupplierService.h"
#include "security/AuditService.h"
#include "security/UserService.h"
#include "settings/CalendarService.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "support/SupportMetrics.h"
#include "support/SupportService.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>

namespace kontor::bench {

double startToUsableWindowMs(const QString& databasePath, const QString& settingsPath)
{
    Stopwatch timer;
    SystemClock clock;
    auto db = check(Database::open(databasePath, clock), "open the database for start-up");
    ProductService products(*db);
    StockService stock(*db);
    CustomerService customers(*db);
    OrderService orders(*db, stock);
    ReturnService returns(*db, stock, orders);
    PriceService prices(*db);
    ShopDetailsService shopDetails(*db);
    SupplierService suppliers(*db);
    PurchaseOrderService purchases(*db, stock, suppliers);
    SupplierPerformance performance(*db, purchases, suppliers, prices);
    SupportService support(*db);
    UserService users(*db);
    CalendarService calendar(*db);
    SupportMetrics supportMetrics(*db);
    AuditService audit(*db);
    AppSettings settings(settingsPath);
    MainWindow window(Services{products, stock, customers, orders, returns, prices, shopDetails, suppliers,
                               purchases, performance, calendar, support, users, supportMetrics, audit},
                      Actor::owner(), settings);
    window.show();
    ProductTableModel* model = window.productPage()->model();
    if (model->isLoading() || model->rowCount() == 0) {
        QEventLoop loop;
        QObject::connect(model, &ProductTableModel::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // The first visible rows are fetched and painted.
    (void)model->index(0, 0).data();
    QCoreApplication::processEvents();
    return timer.ms();
}

} // namespace kontor::bench

#include "Application.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "WelcomeDialog.h"
#include "catalog/PriceService.h"
#include "catalog/ProductService.h"
#include "common/AppInfo.h"
#include "common/MessageBox.h"
#include "common/ProgressRunner.h"
#include "demo/DemoData.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "orders/ShopDetailsService.h"
#include "products/ProductText.h"
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

#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QProcess>
#include <QStatusBar>

namespace kontor {

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    AppInfo::setIdentity();
}

Application::~Application()
{
    // The window and the service use the database: close them first.
    m_window.reset();
    m_products.reset();
    m_database.reset();
}

int Application::run()
{
    m_settings = std::make_unique<AppSettings>();
    AppInfo::installTranslations(*this, m_settings->language());
    // SVG needs Qt's svg image format plugin; without it the icon is simply empty.
    setWindowIcon(QIcon(u":/icons/kontor.svg"_qs));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Kontor: the back office for small online shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringList{u"database"_qs},
        tr("Open the shop database at <path> (created if it does not exist) instead of the default one."),
        tr("path"));
    parser.addOption(databaseOption);
    parser.process(*this);

    const QString path = parser.isSet(databaseOption)
                             ? QFileInfo(parser.value(databaseOption)).absoluteFilePath()
                             : AppInfo::defaultDatabasePath();
    auto opened = Database::open(path, m_clock);
    if (!opened) {
        // The message is translated and says what is wrong with which file.
        MessageBox::critical(nullptr, tr("Kontor"), opened.error().message);
        return 1;
    }
    m_database = std::move(*opened);
    m_products = std::make_unique<ProductService>(*m_database);
    m_stock = std::make_unique<StockService>(*m_database);
    m_customers = std::make_unique<CustomerService>(*m_database);
    m_orders = std::make_unique<OrderService>(*m_database, *m_stock);
    m_returns = std::make_unique<ReturnService>(*m_database, *m_stock, *m_orders);
    m_prices = std::make_unique<PriceService>(*m_database);
    m_shopDetails = std::make_unique<ShopDetailsService>(*m_database);
    m_suppliers = std::make_unique<SupplierService>(*m_database);
    m_purchases = std::make_unique<PurchaseOrderService>(*m_database, *m_stock, *m_suppliers);
    m_performance = std::make_unique<SupplierPerformance>(*m_database, *m_purchases, *m_suppliers, *m_prices);
    m_support = std::make_unique<SupportService>(*m_database);
    m_users = std::make_unique<UserService>(*m_database);
    m_calendar = std::make_unique<CalendarService>(*m_database);
    m_supportMetrics = std::make_unique<SupportMetrics>(*m_database);
    m_audit = std::make_unique<AuditService>(*m_database);

    const Actor actor = Actor::owner();
    m_window = std::make_unique<MainWindow>(Services{*m_products, *m_stock, *m_customers, *m_orders,
                                                     *m_returns, *m_prices, *m_shopDetails, *m_suppliers,
                                                     *m_purchases, *m_performance, *m_calendar, *m_support,
                                                     *m_users, *m_supportMetrics, *m_audit},
                                            actor, *m_settings);
    connect(m_window.get(), &MainWindow::restartRequested, this, [this] {
        m_restart = true;
        // Closing may be refused (unsaved changes the user wants to keep).
        if (!m_window->close())
            m_restart = false;
    });
    m_window->show();
    if (m_database->wasUncleanlyClosed()) {
        m_window->statusBar()->showMessage(
            tr("Kontor was not closed properly last time; the database was checked and is fine."), 20000);
    }
    greetFirstStart(actor);

    const int code = exec();

    m_settings->sync();
    m_window.reset();
    m_products.reset();
    m_database.reset();
    if (m_restart && code == 0) {
        // Started only now that the database is closed, so the new process finds it closed cleanly.
        QProcess::startDetached(applicationFilePath(), arguments().mid(1));
    }
    return code;
}

void Application::greetFirstStart(const Actor& actor)
{
    if (!WelcomeDialog::shouldShow(*m_products, actor, *m_settings))
        return;
    WelcomeDialog welcome(m_window.get());
    welcome.exec();
    m_settings->setWelcomeShown(true);
    m_settings->sync();
    if (welcome.choice() == WelcomeDialog::Choice::DemoData) {
        loadDemoData([&](const std::function<bool(int, int)>& progress) -> Result<int> {
            auto added = DemoData::generate(*m_products, *m_stock, *m_customers, *m_orders, *m_returns,
                                            *m_suppliers, *m_purchases, *m_support, *m_users, actor,
                                            DemoData::Scale::Small, progress);
            if (!added)
                return fail(added.error());
            return added->products;
        });
    } else {
        m_window->statusBar()->showMessage(tr("Create your first product with New product (Ctrl+N)."), 20000);
    }
}

bool Application::loadDemoData(
    const std::function<Result<int>(const std::function<bool(int, int)>&)>& generate)
{
    ProgressRunner runner(m_window.get(), tr("Creating demo products…"));
    auto created = runner.run<int>([&generate](const ProgressRunner::Progress& progress) {
        return generate([&progress](int done, int total) { return progress(done, total); });
    });
    if (!created) {
        if (created.error().code != ErrorCode::Cancelled)
            MessageBox::warning(m_window.get(), tr("Demo data"), created.error().toString());
        return false;
    }
    m_window->statusBar()->showMessage(tr("Demo data is ready: %1.").arg(ProductText::productCount(*created)),
                                       20000);
    return true;
}

} // namespace kontor

// DemoCommand: `kontor-cli demo --scale small|large [--force]` fills a database with the
// deterministic demo shop (DemoData): the catalog, 120 days of its stock, customers and a year of
// orders, suppliers and purchase orders, and the support desk with its tickets. It refuses a database that
// already holds products unless --force, and it never changes existing products either way.

#include "CliCommand.h"
#include "catalog/ProductService.h"
#include "demo/DemoData.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierService.h"
#include "security/UserService.h"
#include "stock/StockService.h"
#include "support/SupportService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

namespace kontor::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::cli::DemoCommand", text, disambiguation, n);
}

class DemoCommand final : public CliCommand
{
public:
    DemoCommand()
        : m_scale(
              QStringLiteral("scale"),
              tr("small (1,000 products, 2,000 orders) or large (50,000 products, 200,000 orders, for trying "
                 "out speed); default small."),
              QStringLiteral("size"), QStringLiteral("small"))
        , m_force(QStringLiteral("force"),
                  tr("Add the demo catalog even if the database already has products."))
    {}

    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return tr("Fill the database with a demo shop (catalog, stock, customers, orders, suppliers, support "
                  "tickets) to "
                  "try Kontor out.");
    }

    void addOptions(QCommandLineParser& parser) override
    {
        parser.addOption(m_scale);
        parser.addOption(m_force);
    }

    int run(const QCommandLineParser& parser, CliContext& context) override
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usageError(tr("demo takes no arguments, only options; unexpected \"%1\".")
                                          .arg(parser.positionalArguments().at(1)),
                                      name());
        }
        const QString scaleName = parser.value(m_scale).trimmed().toLower();
        if (scaleName != u"small" && scaleName != u"large")
            return context.usageError(tr("--scale must be small or large, not \"%1\".").arg(scaleName),
                                      name());
        const auto scale = scaleName == u"large" ? DemoData::Scale::Large : DemoData::Scale::Small;

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        ProductService products(**database);
        auto existing = products.count(context.actor(), true);
        if (!existing)
            return context.fail(existing.error());
        if (*existing > 0 && !parser.isSet(m_force)) {
            return context.fail(
                Error{ErrorCode::Conflict,
                      tr("%1 already has %n products. Demo data is meant for an empty database; "
                         "add --force to add it anyway (existing products are never changed).",
                         nullptr, int(*existing))
                          .arg(context.databasePath()),
                      {},
                      {},
                      0});
        }

        QElapsedTimer timer;
        timer.start();
        StockService stock(**database);
        CustomerService customers(**database);
        OrderService orders(**database, stock);
        ReturnService returns(**database, stock, orders);
        SupplierService suppliers(**database);
        PurchaseOrderService purchases(**database, stock, suppliers);
        SupportService support(**database);
        UserService users(**database);
        auto created = DemoData::generate(products, stock, customers, orders, returns, suppliers, purchases,
                                          support, users, context.actor(), scale);
        if (!created)
            return context.fail(created.error());
        const double seconds = double(timer.elapsed()) / 1000.0;
        context.out()
            << tr("Created %n products and their stock history in %1 s.", nullptr, created->products)
                   .arg(QLocale().toString(seconds, 'f', 1))
            << Qt::endl
            << tr("Stock history: %n movements over the last %1 days.", nullptr, created->stockMovements)
                   .arg(DemoStock::Days)
            << Qt::endl
            << tr("Customers: %n.", nullptr, created->customers) << Qt::endl
            << tr("Orders: %n over the last %1 days.", nullptr, created->orders).arg(DemoOrders::Days)
            << Qt::endl
            << tr("Open orders holding reserved stock: %n.", nullptr, created->openOrders) << Qt::endl
            << tr("Returns: %n.", nullptr, created->returns) << Qt::endl
            << tr("Suppliers: %n, with their contracts.", nullptr, created->suppliers) << Qt::endl
            << tr("Purchase orders: %n over the last %1 days.", nullptr, created->purchaseOrders)
                   .arg(DemoPurchasing::Days)
            << Qt::endl
            << tr("Support tickets: %n over the last %1 days.", nullptr, created->tickets)
                   .arg(DemoSupport::Days)
            << Qt::endl;
        return ExitOk;
    }

private:
    QCommandLineOption m_scale;
    QCommandLineOption m_force;
};

} // namespace

std::unique_ptr<CliCommand> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace kontor::cli

// StockCommand: `kontor-cli stock verify [--repair]` recomputes every stock balance from the
// ledger (movements and counts) and reports each balance that differs; --repair then rebuilds
// them. Exit 0 when all balances agree (or were repaired), 1 when some differ.

#include "CliCommand.h"
#include "catalog/ProductService.h"
#include "stock/StockService.h"

#include <QCoreApplication>

namespace kontor::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::cli::StockCommand", text, disambiguation, n);
}

class StockCommand final : public CliCommand
{
public:
    StockCommand()
        : m_repair(QStringLiteral("repair"), tr("Rebuild balances that differ from the ledger."))
    {}

    QString name() const override { return QStringLiteral("stock"); }
    QString summary() const override
    {
        return tr("Check stock balances against the ledger: stock verify [--repair].");
    }

    void addOptions(QCommandLineParser& parser) override
    {
        parser.addPositionalArgument(QStringLiteral("verify"),
                                     tr("Recompute balances from the ledger and compare."));
        parser.addOption(m_repair);
    }

    int run(const QCommandLineParser& parser, CliContext& context) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2 || args.at(1) != u"verify")
            return context.usageError(tr("Use: stock verify [--repair]."), name());
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        StockService stock(**database);
        auto wrong = stock.verify(context.actor());
        if (!wrong)
            return context.fail(wrong.error());
        if (wrong->isEmpty()) {
            context.out() << tr("All stock balances agree with the ledger.") << Qt::endl;
            return ExitOk;
        }
        ProductService products(**database);
        for (const BalanceMismatch& m : *wrong) {
            auto product = products.product(context.actor(), m.productId);
            auto location = stock.location(context.actor(), m.locationId);
            context.err() << tr("%1 at %2: on hand %3 by the ledger, %4 in the balance; reserved %5 by the "
                                "reservations, %6 in the balance.")
                                 .arg(product ? product->sku : m.productId.toString(),
                                      location ? StockService::displayName(*location)
                                               : m.locationId.toString(),
                                      m.expectedOnHand.toString(), m.actualOnHand.toString(),
                                      m.expectedReserved.toString(), m.actualReserved.toString())
                          << Qt::endl;
        }
        if (!parser.isSet(m_repair)) {
            context.err() << tr("%n balance(s) differ from the ledger. Run with --repair to rebuild them.",
                                nullptr, int(wrong->size()))
                          << Qt::endl;
            return ExitFailure;
        }
        auto fixed = stock.rebuildBalances(context.actor());
        if (!fixed)
            return context.fail(fixed.error());
        context.out() << tr("Rebuilt %n balance(s) from the ledger.", nullptr, *fixed) << Qt::endl;
        return ExitOk;
    }

private:
    QCommandLineOption m_repair;
};

} // namespace

std::unique_ptr<CliCommand> makeStockCommand()
{
    return std::make_unique<StockCommand>();
}

} // namespace kontor::cli

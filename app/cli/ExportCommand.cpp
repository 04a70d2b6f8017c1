// ExportCommand: `kontor-cli export products FILE [--format kontor|woocommerce|excel]` writes the
// catalog, `kontor-cli export stock FILE [--format kontor|excel]` (or `export --kind stock FILE`)
// the current balances, the same way the GUI's exports do (atomically; costs only for those who
// may see them). A stock file imports back with `import stock`.

#include "CliCommand.h"
#include "catalog/ProductCsv.h"
#include "stock/StockCsv.h"

#include <QCoreApplication>

namespace kontor::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::cli::ExportCommand", text, disambiguation, n);
}

class ExportCommand final : public CliCommand
{
public:
    ExportCommand()
        : m_kind(u"kind"_qs, tr("What to export: products or stock (current balances)."), u"kind"_qs)
        , m_format(u"format"_qs,
                   tr("kontor (default), woocommerce (products only), or excel (semicolon, decimal comma, "
                      "UTF-8 with BOM)."),
                   u"format"_qs, u"kontor"_qs)
        , m_activeOnly(u"active-only"_qs, tr("Products: leave archived products out."))
    {}

    QString name() const override { return u"export"_qs; }
    QString summary() const override
    {
        return tr("Export products or stock balances to a CSV file: export products|stock FILE.");
    }

    void addOptions(QCommandLineParser& parser) override
    {
        parser.addPositionalArgument(u"kind"_qs, tr("What to export: products or stock."),
                                     u"[products|stock]"_qs);
        parser.addPositionalArgument(u"file"_qs, tr("The CSV file to write."));
        parser.addOptions({m_kind, m_format, m_activeOnly});
    }

    int run(const QCommandLineParser& parser, CliContext& context) override
    {
        QStringList args = parser.positionalArguments();
        if (parser.isSet(m_kind))
            args.insert(1, parser.value(m_kind));
        if (args.size() != 3 || (args.at(1) != u"products" && args.at(1) != u"stock"))
            return context.usageError(tr("usage: kontor-cli export products|stock FILE [options]"), name());
        const QString format = parser.value(m_format).toLower();
        const bool stock = args.at(1) == u"stock";
        if (format != u"kontor" && format != u"excel" && (stock || format != u"woocommerce")) {
            return context.usageError(stock ? tr("--format must be kontor or excel")
                                            : tr("--format must be kontor, woocommerce or excel"),
                                      name());
        }
        if (stock && parser.isSet(m_activeOnly))
            return context.usageError(tr("--active-only applies to products only"), name());
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        ProductService products(**database);
        return stock ? exportStock(context, products, args.at(2), format == u"excel")
                     : exportProducts(parser, context, products, args.at(2), format);
    }

private:
    int exportProducts(const QCommandLineParser& parser, CliContext& context, ProductService& products,
                       const QString& file, const QString& format)
    {
        ProductExportOptions options;
        options.includeArchived = !parser.isSet(m_activeOnly);
        if (format == u"woocommerce") {
            options.format = ProductCsvFormat::WooCommerce;
        } else if (format == u"excel") {
            options.delimiter = u';';
            options.decimalComma = true;
            options.encoding = u"UTF-8 BOM"_qs;
            options.escapeFormulas = true;
        }
        ProductCsv csv(products);
        auto written = csv.exportTo(context.actor(), file, options);
        if (!written)
            return context.fail(written.error());
        context.out() << tr("%n product(s) written to %1", nullptr, *written).arg(file) << Qt::endl;
        return ExitOk;
    }

    static int exportStock(CliContext& context, ProductService& products, const QString& file, bool excel)
    {
        const StockExportOptions options = excel ? StockExportOptions::excel() : StockExportOptions();
        StockService stock(products.database());
        StockCsv csv(stock, products);
        auto written = csv.exportTo(context.actor(), file, options);
        if (!written)
            return context.fail(written.error());
        context.out() << tr("%n stock line(s) written to %1", nullptr, *written).arg(file) << Qt::endl;
        return ExitOk;
    }

    QCommandLineOption m_kind;
    QCommandLineOption m_format;
    QCommandLineOption m_activeOnly;
};

} // namespace

std::unique_ptr<CliCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace kontor::cli

// ExportCommand: `kontor-cli export products FILE [--format kontor|woocommerce|excel]` writes the
// catalog the same way the GUI's export does (atomically; costs only for those who may see them).

#include "CliCommand.h"
#include "catalog/ProductCsv.h"

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
        : m_format(u"format"_qs,
                   tr("kontor (default), woocommerce, or excel (semicolon, decimal comma, UTF-8 with BOM)."),
                   u"format"_qs, u"kontor"_qs)
        , m_activeOnly(u"active-only"_qs, tr("Leave archived products out."))
    {}

    QString name() const override { return u"export"_qs; }
    QString summary() const override { return tr("Export products to a CSV file: export products FILE."); }

    void addOptions(QCommandLineParser& parser) override
    {
        parser.addPositionalArgument(u"products"_qs, tr("What to export (products)."));
        parser.addPositionalArgument(u"file"_qs, tr("The CSV file to write."));
        parser.addOptions({m_format, m_activeOnly});
    }

    int run(const QCommandLineParser& parser, CliContext& context) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 3 || args.at(1) != u"products")
            return context.usageError(tr("usage: kontor-cli export products FILE [options]"), name());
        ProductExportOptions options;
        options.includeArchived = !parser.isSet(m_activeOnly);
        const QString format = parser.value(m_format).toLower();
        if (format == u"woocommerce") {
            options.format = ProductCsvFormat::WooCommerce;
        } else if (format == u"excel") {
            options.delimiter = u';';
            options.decimalComma = true;
            options.encoding = u"UTF-8 BOM"_qs;
            options.escapeFormulas = true;
        } else if (format != u"kontor") {
            return context.usageError(tr("--format must be kontor, woocommerce or excel"), name());
        }
        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        ProductService products(**database);
        ProductCsv csv(products);
        auto written = csv.exportTo(context.actor(), args.at(2), options);
        if (!written)
            return context.fail(written.error());
        context.out() << tr("%n product(s) written to %1", nullptr, *written).arg(args.at(2)) << Qt::endl;
        return ExitOk;
    }

private:
    QCommandLineOption m_format;
    QCommandLineOption m_activeOnly;
};

} // namespace

std::unique_ptr<CliCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace kontor::cli

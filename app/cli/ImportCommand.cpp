// ImportCommand: `kontor-cli import products FILE` and `kontor-cli import stock FILE` (or
// `import --kind stock FILE`) -- the same imports as the GUI's: format detection, a saved profile
// or an explicit --map, skip bad rows or import nothing; products can update or report existing
// SKUs, stock is posted as opening stock. Every problem is printed as "file, line N, column: reason".

#include "CliCommand.h"
#include "catalog/ProductCsv.h"
#include "io/ImportProfiles.h"
#include "stock/StockCsv.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <variant>

namespace kontor::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::cli::ImportCommand", text, disambiguation, n);
}

class ImportCommand final : public CliCommand
{
public:
    ImportCommand()
        : m_kind(u"kind"_qs, tr("What to import: products or stock (opening stock)."), u"kind"_qs)
        , m_format(u"format"_qs, tr("Products: auto (default), kontor, woocommerce or mapped."), u"format"_qs,
                   u"auto"_qs)
        , m_encoding(u"encoding"_qs, tr("UTF-8 or Windows-1251; detected when not given."), u"encoding"_qs)
        , m_profile(u"profile"_qs, tr("Use the column mapping saved under this name."), u"name"_qs)
        , m_map(QStringList{u"map"_qs, u"mapping"_qs},
                tr("Column mapping, e.g. \"sku=Артикул,name=Наименование,price=3\"."), u"mapping"_qs)
        , m_saveProfile(u"save-profile"_qs, tr("Save the mapping used under this name."), u"name"_qs)
        , m_existing(
              u"existing"_qs,
              tr("Products: update (default) or report: what to do with a SKU already in the catalog."),
              u"mode"_qs, u"update"_qs)
        , m_skipBad(u"skip-bad-rows"_qs,
                    tr("Import the good rows and skip bad ones (default: import nothing)."))
    {}

    QString name() const override { return u"import"_qs; }
    QString summary() const override
    {
        return tr("Import products or opening stock from a CSV file: import products|stock FILE.");
    }

    void addOptions(QCommandLineParser& parser) override
    {
        parser.addPositionalArgument(u"kind"_qs, tr("What to import: products or stock."),
                                     u"[products|stock]"_qs);
        parser.addPositionalArgument(u"file"_qs, tr("The CSV file."));
        parser.addOptions(
            {m_kind, m_format, m_encoding, m_profile, m_map, m_saveProfile, m_existing, m_skipBad});
    }

    int run(const QCommandLineParser& parser, CliContext& context) override
    {
        // The kind as a word after "import" or as --kind, not both.
        QStringList args = parser.positionalArguments();
        if (parser.isSet(m_kind))
            args.insert(1, parser.value(m_kind));
        if (args.size() != 3 || (args.at(1) != u"products" && args.at(1) != u"stock"))
            return context.usageError(tr("usage: kontor-cli import products|stock FILE [options]"), name());
        const QString kind = args.at(1);
        const QString file = args.at(2);
        if (kind == u"stock" && (parser.isSet(m_format) || parser.isSet(m_existing)))
            return context.usageError(tr("--format and --existing apply to products only"), name());

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        ImportProfiles profiles(**database);
        ProductService products(**database);
        return kind == u"stock" ? runStock(parser, context, profiles, products, file)
                                : runProducts(parser, context, profiles, products, file);
    }

private:
    // The mapping from --profile or --map for a file with these headers; nullopt: guess it.
    // Returns an exit code instead when the options are wrong.
    std::variant<std::optional<ColumnMapping>, int> chosenMapping(const QCommandLineParser& parser,
                                                                  CliContext& context,
                                                                  ImportProfiles& profiles,
                                                                  const QStringList& headers) const
    {
        std::optional<ColumnMapping> mapping;
        if (parser.isSet(m_profile)) {
            auto profile = profiles.load(parser.value(m_profile));
            if (!profile)
                return context.fail(profile.error());
            if (!profile->has_value())
                return context.usageError(
                    tr("there is no import profile named \"%1\"").arg(parser.value(m_profile)), name());
            mapping = ColumnMapping::fromHeaderNames((*profile)->headerNames, headers);
        }
        if (parser.isSet(m_map)) {
            QString problem;
            ColumnMapping spec = ColumnMapping::fromSpec(parser.value(m_map), headers, &problem);
            if (!problem.isEmpty())
                return context.usageError(problem, name());
            mapping = spec;
        }
        return mapping;
    }

    // The steps every kind shares: preview, the chosen mapping, import, problems on stderr, the
    // profile saved, then the summary on stdout. Exit 1 when nothing was imported, 3 when rows
    // were skipped.
    template <typename Csv, typename Options, typename Summary>
    int runImport(const QCommandLineParser& parser, CliContext& context, ImportProfiles& profiles, Csv& csv,
                  Options options, const QString& file, const QString& kind, Summary summary) const
    {
        auto preview = csv.preview(file, options);
        if (!preview)
            return context.fail(preview.error());
        auto mapping = chosenMapping(parser, context, profiles, preview->headers);
        if (const int* code = std::get_if<int>(&mapping))
            return *code;
        options.mapping = std::get<0>(mapping);

        auto result = csv.import(context.actor(), file, options);
        if (!result)
            return context.fail(result.error());
        for (const Error& issue : result->issues)
            context.err() << issue.toString() << Qt::endl;
        for (const QString& note : result->notes)
            context.err() << note << Qt::endl;
        if (!result->committed) {
            context.err() << tr("Nothing was imported: %n row(s) have problems.", nullptr,
                                int(result->issues.size()))
                          << Qt::endl;
            return ExitFailure;
        }
        if (parser.isSet(m_saveProfile)) {
            const ColumnMapping used = options.mapping.value_or(preview->mapping);
            if (auto ok =
                    profiles.save({parser.value(m_saveProfile), kind, used.toHeaderNames(preview->headers)});
                !ok)
                return context.fail(ok.error());
        }
        context.out() << summary(*result) << Qt::endl;
        return result->issues.isEmpty() ? ExitOk : ExitPartial;
    }

    int runProducts(const QCommandLineParser& parser, CliContext& context, ImportProfiles& profiles,
                    ProductService& products, const QString& file)
    {
        ProductImportOptions options;
        const QString format = parser.value(m_format).toLower();
        if (format == u"kontor")
            options.format = ProductCsvFormat::Kontor;
        else if (format == u"woocommerce")
            options.format = ProductCsvFormat::WooCommerce;
        else if (format == u"mapped")
            options.format = ProductCsvFormat::Mapped;
        else if (format != u"auto")
            return context.usageError(tr("--format must be auto, kontor, woocommerce or mapped"), name());
        const QString existing = parser.value(m_existing).toLower();
        if (existing != u"update" && existing != u"report")
            return context.usageError(tr("--existing must be update or report"), name());
        options.updateExisting = existing == u"update";
        options.skipBadRows = parser.isSet(m_skipBad);
        options.encoding = parser.value(m_encoding);
        ProductCsv csv(products);
        return runImport(parser, context, profiles, csv, options, file, u"products"_qs,
                         [&](const ProductImportResult& r) {
                             return tr("%1: %2 created, %3 updated, %4 unchanged, %5 skipped")
                                 .arg(QFileInfo(file).fileName())
                                 .arg(r.created)
                                 .arg(r.updated)
                                 .arg(r.unchanged)
                                 .arg(r.skipped);
                         });
    }

    int runStock(const QCommandLineParser& parser, CliContext& context, ImportProfiles& profiles,
                 ProductService& products, const QString& file)
    {
        StockImportOptions options;
        options.skipBadRows = parser.isSet(m_skipBad);
        options.encoding = parser.value(m_encoding);
        StockService stock(products.database());
        StockCsv csv(stock, products);
        return runImport(parser, context, profiles, csv, options, file, u"stock"_qs,
                         [&](const StockImportResult& r) {
                             return tr("%1: %n line(s) of opening stock posted, %2 with zero quantity, %3 "
                                       "skipped",
                                       nullptr, r.posted)
                                 .arg(QFileInfo(file).fileName())
                                 .arg(r.empty)
                                 .arg(r.skipped);
                         });
    }

    QCommandLineOption m_kind;
    QCommandLineOption m_format;
    QCommandLineOption m_encoding;
    QCommandLineOption m_profile;
    QCommandLineOption m_map;
    QCommandLineOption m_saveProfile;
    QCommandLineOption m_existing;
    QCommandLineOption m_skipBad;
};

} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace kontor::cli

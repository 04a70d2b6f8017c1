// ImportCommand: `kontor-cli import products FILE` -- the same import as the GUI's: format
// detection, a saved profile or an explicit --map, update or report existing SKUs, skip bad rows
// or import nothing. Every problem is printed as "file, line N, column: reason".

#include "CliCommand.h"
#include "catalog/ProductCsv.h"
#include "io/ImportProfiles.h"

#include <QCoreApplication>
#include <QFileInfo>

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
        : m_format(u"format"_qs, tr("auto (default), kontor, woocommerce or mapped."), u"format"_qs,
                   u"auto"_qs)
        , m_encoding(u"encoding"_qs, tr("UTF-8 or Windows-1251; detected when not given."), u"encoding"_qs)
        , m_profile(u"profile"_qs, tr("Use the column mapping saved under this name."), u"name"_qs)
        , m_map(u"map"_qs, tr("Column mapping, e.g. \"sku=Артикул,name=Наименование,price=3\"."),
                u"mapping"_qs)
        , m_saveProfile(u"save-profile"_qs, tr("Save the mapping used under this name."), u"name"_qs)
        , m_existing(u"existing"_qs,
                     tr("update (default) or report: what to do with a SKU already in the catalog."),
                     u"mode"_qs, u"update"_qs)
        , m_skipBad(u"skip-bad-rows"_qs,
                    tr("Import the good rows and skip bad ones (default: import nothing)."))
    {}

    QString name() const override { return u"import"_qs; }
    QString summary() const override { return tr("Import products from a CSV file: import products FILE."); }

    void addOptions(QCommandLineParser& parser) override
    {
        parser.addPositionalArgument(u"products"_qs, tr("What to import (products)."));
        parser.addPositionalArgument(u"file"_qs, tr("The CSV file."));
        parser.addOptions({m_format, m_encoding, m_profile, m_map, m_saveProfile, m_existing, m_skipBad});
    }

    int run(const QCommandLineParser& parser, CliContext& context) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 3 || args.at(1) != u"products")
            return context.usageError(tr("usage: kontor-cli import products FILE [options]"), name());
        const QString file = args.at(2);
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

        auto database = context.database();
        if (!database)
            return context.fail(database.error());
        ProductService products(**database);
        ProductCsv csv(products);
        ImportProfiles profiles(**database);

        auto preview = csv.preview(file, options);
        if (!preview)
            return context.fail(preview.error());
        if (parser.isSet(m_profile)) {
            auto profile = profiles.load(parser.value(m_profile));
            if (!profile)
                return context.fail(profile.error());
            if (!profile->has_value())
                return context.usageError(
                    tr("there is no import profile named \"%1\"").arg(parser.value(m_profile)), name());
            options.mapping = ColumnMapping::fromHeaderNames((*profile)->headerNames, preview->headers);
        }
        if (parser.isSet(m_map)) {
            QString problem;
            ColumnMapping mapping = ColumnMapping::fromSpec(parser.value(m_map), preview->headers, &problem);
            if (!problem.isEmpty())
                return context.usageError(problem, name());
            options.mapping = mapping;
        }

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
            if (auto ok = profiles.save(
                    {parser.value(m_saveProfile), u"products"_qs, used.toHeaderNames(preview->headers)});
                !ok)
                return context.fail(ok.error());
        }
        context.out() << tr("%1: %2 created, %3 updated, %4 unchanged, %5 skipped")
                             .arg(QFileInfo(file).fileName())
                             .arg(result->created)
                             .arg(result->updated)
                             .arg(result->unchanged)
                             .arg(result->skipped)
                      << Qt::endl;
        return result->issues.isEmpty() ? ExitOk : ExitPartial;
    }

private:
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

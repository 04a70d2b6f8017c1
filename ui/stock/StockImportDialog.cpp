#include "StockImportDialog.h"

#include <QFormLayout>
#include <QLabel>

namespace kontor {

StockImportDialog::StockImportDialog(StockService& stock, ProductService& products, const Actor& actor,
                                     QWidget* parent)
    : ImportDialog(stock.database(),
                   {tr("Import opening stock"), tr("Importing opening stock…"), u"stock"_qs},
                   StockCsv::importFields(), parent)
    , m_stock(stock)
    , m_products(products)
    , m_actor(actor)
{
    auto* hint = new QLabel(
        tr("Each line adds its quantity to the product's stock at the location, as opening stock. An empty "
           "location means the main stock; write other locations by code (MAIN, PACK) or as "
           "WAREHOUSE/LOCATION. A unit cost sets the product's average cost like a receipt. Without a date "
           "the stock counts from now."),
        this);
    hint->setWordWrap(true);
    hint->setObjectName(u"stockImportHint"_qs);
    rulesForm()->insertRow(0, hint);
    resize(1000, 600); // six fields: less room for the mapping than products need
}

std::optional<StockImportResult> StockImportDialog::lastResult() const
{
    if (const auto* result = std::any_cast<StockImportResult>(&ImportDialog::lastResult()))
        return *result;
    return std::nullopt;
}

Result<ImportPreview> StockImportDialog::readPreview(const QString& path, const QString& encoding,
                                                     QString* detected)
{
    Q_UNUSED(detected);
    StockImportOptions opts;
    opts.encoding = encoding;
    StockCsv csv(m_stock, m_products);
    return csv.preview(path, opts);
}

ImportDialog::Job StockImportDialog::importJob(const QString& path, const QString& encoding,
                                               const ColumnMapping& mapping, bool skipBadRows)
{
    StockImportOptions opts;
    opts.encoding = encoding;
    opts.mapping = mapping;
    opts.skipBadRows = skipBadRows;
    return [this, path, opts](const ProgressRunner::Progress& progress) -> Result<Outcome> {
        StockCsv csv(m_stock, m_products);
        auto result = csv.import(m_actor, path, opts, progress);
        if (!result)
            return fail(result.error());
        const StockImportResult& r = *result;
        return Outcome{r.committed, r.issues, r.notes,
                       tr("Lines posted: %1\nZero quantity (nothing to post): %2\nSkipped: %3")
                           .arg(r.posted)
                           .arg(r.empty)
                           .arg(r.skipped),
                       r};
    };
}

} // namespace kontor

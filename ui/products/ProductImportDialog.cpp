#include "ProductImportDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QRadioButton>

namespace kontor {

ProductImportDialog::ProductImportDialog(ProductService& service, const Actor& actor, QWidget* parent)
    : ImportDialog(service.database(), {tr("Import products"), tr("Importing products…"), u"products"_qs},
                   ProductCsv::importFields(), parent)
    , m_service(service)
    , m_actor(actor)
{
    m_format = new QComboBox(this);
    for (ProductCsvFormat f : {ProductCsvFormat::Auto, ProductCsvFormat::Kontor,
                               ProductCsvFormat::WooCommerce, ProductCsvFormat::Mapped})
        m_format->addItem(ProductCsv::formatName(f), int(f));
    fileForm()->insertRow(1, tr("Format:"), m_format);

    m_updateExisting = new QRadioButton(tr("Update the existing product"), this);
    m_reportExisting = new QRadioButton(tr("Report it as an error"), this);
    auto* existingGroup = new QButtonGroup(this);
    existingGroup->addButton(m_updateExisting);
    existingGroup->addButton(m_reportExisting);
    m_updateExisting->setChecked(true);
    auto* existingRow = new QHBoxLayout;
    existingRow->addWidget(m_updateExisting);
    existingRow->addWidget(m_reportExisting);
    existingRow->addStretch();
    rulesForm()->insertRow(0, tr("When a SKU already exists:"), existingRow);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ProductImportDialog::loadPreview);
}

std::optional<ProductImportResult> ProductImportDialog::lastResult() const
{
    if (const auto* result = std::any_cast<ProductImportResult>(&ImportDialog::lastResult()))
        return *result;
    return std::nullopt;
}

ProductImportOptions ProductImportDialog::options() const
{
    ProductImportOptions options;
    options.format = ProductCsvFormat(m_format->currentData().toInt());
    options.updateExisting = m_updateExisting->isChecked();
    options.skipBadRows = skipBadRows();
    options.mapping = mapping();
    return options;
}

Result<ImportPreview> ProductImportDialog::readPreview(const QString& path, const QString& encoding,
                                                       QString* detected)
{
    ProductImportOptions opts;
    opts.format = ProductCsvFormat(m_format->currentData().toInt());
    opts.encoding = encoding;
    ProductCsv csv(m_service);
    auto preview = csv.preview(path, opts);
    if (!preview)
        return fail(preview.error());
    *detected = ProductCsv::formatName(preview->format);
    return *preview;
}

ImportDialog::Job ProductImportDialog::importJob(const QString& path, const QString& encoding,
                                                 const ColumnMapping& mapping, bool skipBadRows)
{
    ProductImportOptions opts = options();
    opts.encoding = encoding;
    opts.mapping = mapping;
    opts.skipBadRows = skipBadRows;
    return [this, path, opts](const ProgressRunner::Progress& progress) -> Result<Outcome> {
        ProductCsv csv(m_service);
        auto result = csv.import(m_actor, path, opts, progress);
        if (!result)
            return fail(result.error());
        const ProductImportResult& r = *result;
        return Outcome{r.committed, r.issues, r.notes,
                       tr("Created: %1\nUpdated: %2\nUnchanged: %3\nSkipped: %4")
                           .arg(r.created)
                           .arg(r.updated)
                           .arg(r.unchanged)
                           .arg(r.skipped),
                       r};
    };
}

} // namespace kontor

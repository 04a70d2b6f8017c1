#include "ProductExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

namespace kontor {

namespace {
enum Preset
{
    KontorCsv,
    WooCommerceCsv,
    ExcelRussian
};
}

ProductExportDialog::ProductExportDialog(ProductService& service, const Actor& actor, QWidget* parent)
    : ExportDialog({tr("Export products"), tr("products"), tr("Exporting products…")}, parent)
    , m_service(service)
    , m_actor(actor)
{
    m_format = new QComboBox(this);
    m_format->addItem(tr("Kontor CSV"), KontorCsv);
    m_format->addItem(tr("WooCommerce product CSV"), WooCommerceCsv);
    m_format->addItem(tr("Excel, Russian locale (semicolon, decimal comma)"), ExcelRussian);
    m_archived = new QCheckBox(tr("Include archived products"), this);
    m_archived->setChecked(true);
    form()->addRow(tr("Format:"), m_format);
    form()->addRow(QString(), m_archived);
}

ProductExportOptions ProductExportDialog::options() const
{
    ProductExportOptions options;
    options.includeArchived = m_archived->isChecked();
    switch (m_format->currentData().toInt()) {
    case WooCommerceCsv:
        options.format = ProductCsvFormat::WooCommerce;
        break;
    case ExcelRussian:
        options.delimiter = u';';
        options.decimalComma = true;
        options.encoding = u"UTF-8 BOM"_qs;
        options.escapeFormulas = true;
        break;
    default:
        break;
    }
    return options;
}

ExportDialog::Job ProductExportDialog::exportJob(const QString& path)
{
    return [this, path, opts = options()](const ProgressRunner::Progress& progress) {
        ProductCsv csv(m_service);
        return csv.exportTo(m_actor, path, opts, progress);
    };
}

QString ProductExportDialog::writtenText(int written, const QString& path) const
{
    return tr("%n product(s) written to %1.", nullptr, written).arg(path);
}

} // namespace kontor

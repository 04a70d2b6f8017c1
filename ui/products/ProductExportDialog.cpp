#include "ProductExportDialog.h"

#include "common/MessageBox.h"
#include "common/ProgressRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

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
    : QDialog(parent)
    , m_service(service)
    , m_actor(actor)
{
    setWindowTitle(tr("Export products"));
    m_file = new QLineEdit(QDir::home().filePath(tr("products") + u".csv"_qs), this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_format = new QComboBox(this);
    m_format->addItem(tr("Kontor CSV"), KontorCsv);
    m_format->addItem(tr("WooCommerce product CSV"), WooCommerceCsv);
    m_format->addItem(tr("Excel, Russian locale (semicolon, decimal comma)"), ExcelRussian);
    m_archived = new QCheckBox(tr("Include archived products"), this);
    m_archived->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto* form = new QFormLayout(this);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_archived);
    form->addRow(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export products"), m_file->text(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ProductExportDialog::startExport);
}

void ProductExportDialog::setFile(const QString& path)
{
    m_file->setText(path);
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

void ProductExportDialog::startExport()
{
    ProgressRunner runner(this, tr("Exporting products…"));
    const QString path = m_file->text();
    const ProductExportOptions opts = options();
    const auto result = runner.run<int>([this, path, opts](const ProgressRunner::Progress& progress) {
        ProductCsv csv(m_service);
        return csv.exportTo(m_actor, path, opts, progress);
    });
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            MessageBox::critical(this, tr("Export failed"), result.error().toString());
        Q_EMIT exportFinished(false);
        return;
    }
    Q_EMIT exportFinished(true);
    MessageBox::information(this, tr("Export finished"),
                            tr("%n product(s) written to %1.", nullptr, *result).arg(path));
    accept();
}

} // namespace kontor

#include "StockExportDialog.h"

#include "common/MessageBox.h"
#include "common/ProgressRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace kontor {

StockExportDialog::StockExportDialog(StockService& stock, ProductService& products, const Actor& actor,
                                     QWidget* parent)
    : QDialog(parent)
    , m_stock(stock)
    , m_products(products)
    , m_actor(actor)
{
    setWindowTitle(tr("Export stock"));
    m_file = new QLineEdit(QDir::home().filePath(tr("stock") + u".csv"_qs), this);
    m_file->setMinimumWidth(m_file->fontMetrics().averageCharWidth() * 48);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_format = new QComboBox(this);
    m_format->addItem(tr("Kontor CSV"), false);
    m_format->addItem(tr("Excel, Russian locale (semicolon, decimal comma)"), true);
    m_warehouse = new QComboBox(this);
    m_warehouse->addItem(tr("All warehouses"), QVariant());
    if (auto warehouses = m_stock.warehouses(m_actor)) {
        for (const Warehouse& w : std::as_const(*warehouses))
            m_warehouse->addItem(StockService::displayName(w), QVariant::fromValue(w.id.toString()));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto* form = new QFormLayout(this);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Warehouse:"), m_warehouse);
    form->addRow(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export stock"), m_file->text(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &StockExportDialog::startExport);
}

void StockExportDialog::setFile(const QString& path)
{
    m_file->setText(path);
}

StockExportOptions StockExportDialog::options() const
{
    StockExportOptions options =
        m_format->currentData().toBool() ? StockExportOptions::excel() : StockExportOptions();
    const QString warehouse = m_warehouse->currentData().toString();
    if (!warehouse.isEmpty())
        options.warehouseId = Id::fromString(warehouse);
    return options;
}

void StockExportDialog::startExport()
{
    ProgressRunner runner(this, tr("Exporting stock…"));
    const QString path = m_file->text();
    const StockExportOptions opts = options();
    const auto result = runner.run<int>([this, path, opts](const ProgressRunner::Progress& progress) {
        StockCsv csv(m_stock, m_products);
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
                            tr("%n stock line(s) written to %1.", nullptr, *result).arg(path));
    accept();
}

} // namespace kontor

#include "StockExportDialog.h"

#include <QComboBox>
#include <QFormLayout>

namespace kontor {

StockExportDialog::StockExportDialog(StockService& stock, ProductService& products, const Actor& actor,
                                     QWidget* parent)
    : ExportDialog({tr("Export stock"), tr("stock"), tr("Exporting stock…")}, parent)
    , m_stock(stock)
    , m_products(products)
    , m_actor(actor)
{
    m_format = new QComboBox(this);
    m_format->addItem(tr("Kontor CSV"), false);
    m_format->addItem(tr("Excel, Russian locale (semicolon, decimal comma)"), true);
    m_warehouse = new QComboBox(this);
    m_warehouse->addItem(tr("All warehouses"), QString());
    if (auto warehouses = m_stock.warehouses(m_actor)) {
        for (const Warehouse& w : std::as_const(*warehouses))
            m_warehouse->addItem(StockService::displayName(w), w.id.toString());
    }
    form()->addRow(tr("Format:"), m_format);
    form()->addRow(tr("Warehouse:"), m_warehouse);
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

ExportDialog::Job StockExportDialog::exportJob(const QString& path)
{
    return [this, path, opts = options()](const ProgressRunner::Progress& progress) {
        StockCsv csv(m_stock, m_products);
        return csv.exportTo(m_actor, path, opts, progress);
    };
}

QString StockExportDialog::writtenText(int written, const QString& path) const
{
    return tr("%n stock line(s) written to %1.", nullptr, written).arg(path);
}

} // namespace kontor

#pragma once

// StockExportDialog: writes the current stock balances (per product and location: on hand,
// reserved, available, unit cost for those who may see it) to CSV, in Kontor's format or for
// Excel in a Russian locale, off the GUI thread. The file imports back as opening stock.

#include "common/ExportDialog.h"
#include "stock/StockCsv.h"

class QComboBox;

namespace kontor {

class StockExportDialog : public ExportDialog
{
    Q_OBJECT

public:
    StockExportDialog(StockService& stock, ProductService& products, const Actor& actor,
                      QWidget* parent = nullptr);
    StockExportOptions options() const;

protected:
    Job exportJob(const QString& path) override;
    QString writtenText(int written, const QString& path) const override;

private:
    StockService& m_stock;
    ProductService& m_products;
    Actor m_actor;
    QComboBox* m_format = nullptr;
    QComboBox* m_warehouse = nullptr;
};

} // namespace kontor

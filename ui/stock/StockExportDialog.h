#pragma once

// StockExportDialog: writes the current stock balances (per product and location: on hand,
// reserved, available, unit cost for those who may see it) to CSV, in Kontor's format or for
// Excel in a Russian locale, off the GUI thread. The file imports back as opening stock.

#include "stock/StockCsv.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace kontor {

class StockExportDialog : public QDialog
{
    Q_OBJECT

public:
    StockExportDialog(StockService& stock, ProductService& products, const Actor& actor,
                      QWidget* parent = nullptr);
    StockExportOptions options() const;
    void setFile(const QString& path);
    void startExport();

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    StockService& m_stock;
    ProductService& m_products;
    Actor m_actor;
    QLineEdit* m_file = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_warehouse = nullptr;
};

} // namespace kontor

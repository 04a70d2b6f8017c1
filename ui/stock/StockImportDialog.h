#pragma once

// StockImportDialog: opening stock from a CSV file (quantities, optionally unit costs and dates,
// per product and location) with the steps of every import (ImportDialog). Each line is posted
// as an adjustment with the reason "opening".

#include "common/ImportDialog.h"
#include "stock/StockCsv.h"

namespace kontor {

class StockImportDialog : public ImportDialog
{
    Q_OBJECT

public:
    StockImportDialog(StockService& stock, ProductService& products, const Actor& actor,
                      QWidget* parent = nullptr);

    // For tests: the import result once an import finished.
    std::optional<StockImportResult> lastResult() const;

protected:
    Result<ImportPreview> readPreview(const QString& path, const QString& encoding,
                                      QString* detected) override;
    Job importJob(const QString& path, const QString& encoding, const ColumnMapping& mapping,
                  bool skipBadRows) override;

private:
    StockService& m_stock;
    ProductService& m_products;
    Actor m_actor;
};

} // namespace kontor

#pragma once

// ProductImportDialog: the product import: the steps of every import (ImportDialog) plus the
// file's format (Kontor, WooCommerce, mapped) and what happens with SKUs already in the catalog.

#include "catalog/ProductCsv.h"
#include "common/ImportDialog.h"

class QComboBox;
class QRadioButton;

namespace kontor {

class ProductImportDialog : public ImportDialog
{
    Q_OBJECT

public:
    ProductImportDialog(ProductService& service, const Actor& actor, QWidget* parent = nullptr);

    // For tests: the import result once an import finished.
    std::optional<ProductImportResult> lastResult() const;
    ProductImportOptions options() const;

protected:
    Result<ImportPreview> readPreview(const QString& path, const QString& encoding,
                                      QString* detected) override;
    Job importJob(const QString& path, const QString& encoding, const ColumnMapping& mapping,
                  bool skipBadRows) override;

private:
    ProductService& m_service;
    Actor m_actor;
    QComboBox* m_format = nullptr;
    QRadioButton* m_updateExisting = nullptr;
    QRadioButton* m_reportExisting = nullptr;
};

} // namespace kontor

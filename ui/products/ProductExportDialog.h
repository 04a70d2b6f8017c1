#pragma once

// ProductExportDialog: exports the catalog to CSV in Kontor's format, WooCommerce's import format,
// or for Excel in a Russian locale (';', decimal comma, UTF-8 with BOM), off the GUI thread.

#include "catalog/ProductCsv.h"
#include "common/ExportDialog.h"

class QCheckBox;
class QComboBox;

namespace kontor {

class ProductExportDialog : public ExportDialog
{
    Q_OBJECT

public:
    ProductExportDialog(ProductService& service, const Actor& actor, QWidget* parent = nullptr);
    ProductExportOptions options() const;

protected:
    Job exportJob(const QString& path) override;
    QString writtenText(int written, const QString& path) const override;

private:
    ProductService& m_service;
    Actor m_actor;
    QComboBox* m_format = nullptr;
    QCheckBox* m_archived = nullptr;
};

} // namespace kontor

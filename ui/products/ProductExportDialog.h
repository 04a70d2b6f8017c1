#pragma once

// ProductExportDialog: exports the catalog to CSV in Kontor's format, WooCommerce's import format,
// or for Excel in a Russian locale (';', decimal comma, UTF-8 with BOM), off the GUI thread.

#include "catalog/ProductCsv.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace kontor {

class ProductExportDialog : public QDialog
{
    Q_OBJECT

public:
    ProductExportDialog(ProductService& service, const Actor& actor, QWidget* parent = nullptr);
    ProductExportOptions options() const;
    void setFile(const QString& path);
    void startExport();

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    ProductService& m_service;
    Actor m_actor;
    QLineEdit* m_file = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_archived = nullptr;
};

} // namespace kontor

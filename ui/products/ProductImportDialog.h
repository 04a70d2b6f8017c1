#pragma once

// ProductImportDialog: the import step by step: choose a file, see what was detected (format,
// encoding, separator), check or change the column mapping (saved as a reusable profile), choose
// what happens with existing SKUs and bad rows, then import off the GUI thread with progress and
// cancel. Bad rows are listed with line, column and reason.

#include "catalog/ProductCsv.h"
#include "io/ImportProfiles.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace kontor {

class ProductImportDialog : public QDialog
{
    Q_OBJECT

public:
    ProductImportDialog(ProductService& service, const Actor& actor, QWidget* parent = nullptr);

    void setFile(const QString& path);
    // For tests: the import result once an import finished.
    const std::optional<ProductImportResult>& lastResult() const { return m_lastResult; }
    ProductImportOptions options() const;
    void startImport();

Q_SIGNALS:
    void importFinished();

private:
    void chooseFile();
    void loadPreview();
    void rebuildMapping();
    void applyProfile();
    void saveProfile();
    void showResult(const Result<ProductImportResult>& result);
    ColumnMapping currentMapping() const;

    ProductService& m_service;
    Actor m_actor;
    ProductCsv m_csv;
    ImportProfiles m_profiles;
    std::optional<ProductImportPreview> m_preview;
    std::optional<ProductImportResult> m_lastResult;
    QString m_loadedFile; // the file the preview shows

    QLineEdit* m_file = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_sample = nullptr;
    QRadioButton* m_updateExisting = nullptr;
    QRadioButton* m_reportExisting = nullptr;
    QRadioButton* m_importNothing = nullptr;
    QRadioButton* m_skipBad = nullptr;
    QPushButton* m_importButton = nullptr;
};

// Shows a list of problems (line, column, reason) with a Copy button.
void showImportIssues(QWidget* parent, const QString& title, const QList<Error>& issues);

} // namespace kontor

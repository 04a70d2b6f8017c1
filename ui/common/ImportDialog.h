#pragma once

// ImportDialog: the steps every CSV import shares: choose a file, see what was detected
// (encoding, separator, rows), check or change the column mapping (saved as a reusable profile of
// the import's kind), choose what happens with bad rows, then import off the GUI thread with
// progress and cancel, and list bad rows with line, column and reason. A kind of import
// (products, opening stock) is a subclass that names its fields, adds its own options and runs
// its importer.

#include "ProgressRunner.h"
#include "io/ImportPreview.h"
#include "io/ImportProfiles.h"

#include <QDialog>

#include <any>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace kontor {

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    void setFile(const QString& path);
    void startImport();
    // The mapping as the table shows it (only once a file is loaded).
    std::optional<ColumnMapping> mapping() const;
    bool skipBadRows() const;
    // The mapping table (field, column, first value), for tests and screenshots.
    QTableWidget* mappingTable() const { return m_mapping; }

Q_SIGNALS:
    void importFinished();

protected:
    // What an import reports back, whatever its kind.
    struct Outcome
    {
        bool committed = false;
        QList<Error> issues;
        QStringList notes;
        QString summary; // the counts, one per line
        std::any result; // the importer's own result, for the subclass
    };
    // Runs on a worker thread: it must not touch widgets.
    using Job = std::function<Result<Outcome>(const ProgressRunner::Progress&)>;

    struct Texts
    {
        QString title;       // "Import products"
        QString progress;    // "Importing products…"
        QString profileKind; // ImportProfile::kind
    };
    ImportDialog(Database& db, Texts texts, QList<ImportField> fields, QWidget* parent);

    // Reads the file's header and first rows; `detected` may describe a detected format.
    virtual Result<ImportPreview> readPreview(const QString& path, const QString& encoding,
                                              QString* detected) = 0;
    // Called on the GUI thread with the user's choices; the job it returns runs the import.
    virtual Job importJob(const QString& path, const QString& encoding, const ColumnMapping& mapping,
                          bool skipBadRows) = 0;

    // Subclasses add their own rows: options of the file (under the file) and rules.
    QFormLayout* fileForm() const { return m_fileForm; }
    QFormLayout* rulesForm() const { return m_rulesForm; }
    QString fileName() const;
    const std::any& lastResult() const { return m_lastResult; }
    // Reads the file again (after an option of the file changed).
    void loadPreview();

private:
    void chooseFile();
    void rebuildMapping();
    void applyProfile();
    void saveProfile();
    void showResult(const Result<Outcome>& result);

    Texts m_texts;
    QList<ImportField> m_fields;
    ImportProfiles m_profiles;
    std::optional<ImportPreview> m_preview;
    std::any m_lastResult;
    QString m_loadedFile; // the file the preview shows

    QFormLayout* m_fileForm = nullptr;
    QFormLayout* m_rulesForm = nullptr;
    QLineEdit* m_file = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_sample = nullptr;
    QRadioButton* m_importNothing = nullptr;
    QRadioButton* m_skipBad = nullptr;
    QPushButton* m_importButton = nullptr;
};

// Shows a list of problems (line, column, reason) with a Copy button.
void showImportIssues(QWidget* parent, const QString& title, const QList<Error>& issues);

} // namespace kontor

#pragma once

// ExportDialog: the steps every CSV export shares: a file to write (with Browse…), the
// subclass's own options in the form, then the export off the GUI thread with progress and
// cancel, and a message with what was written. A kind of export (products, stock) is a subclass
// that adds its options and runs its exporter.

#include "ProgressRunner.h"

#include <QDialog>

class QFormLayout;
class QLineEdit;

namespace kontor {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    void setFile(const QString& path);
    void startExport();

Q_SIGNALS:
    void exportFinished(bool ok);

protected:
    // Runs on a worker thread: it must not touch widgets. Returns how many records were written.
    using Job = std::function<Result<int>(const ProgressRunner::Progress&)>;

    struct Texts
    {
        QString title;    // "Export products"
        QString fileName; // the suggested file in the home folder, without ".csv"
        QString progress; // "Exporting products…"
    };
    ExportDialog(Texts texts, QWidget* parent);

    // Subclasses add their option rows here (the file row is the first, the buttons come last).
    QFormLayout* form() const { return m_form; }
    // Called on the GUI thread with the chosen file; the job it returns writes it.
    virtual Job exportJob(const QString& path) = 0;
    // "12 products written to FILE."
    virtual QString writtenText(int written, const QString& path) const = 0;

private:
    Texts m_texts;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_file = nullptr;
};

} // namespace kontor

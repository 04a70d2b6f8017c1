#include "ExportDialog.h"

#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

ExportDialog::ExportDialog(Texts texts, QWidget* parent)
    : QDialog(parent)
    , m_texts(std::move(texts))
{
    setWindowTitle(m_texts.title);
    m_file = new QLineEdit(QDir::home().filePath(m_texts.fileName + u".csv"_qs), this);
    m_file->setMinimumWidth(m_file->fontMetrics().averageCharWidth() * 48);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->addRow(tr("File:"), fileRow);
    layout->addLayout(m_form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, m_texts.title, m_file->text(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
}

void ExportDialog::setFile(const QString& path)
{
    m_file->setText(path);
}

void ExportDialog::startExport()
{
    ProgressRunner runner(this, m_texts.progress);
    const QString path = m_file->text();
    const auto result = runner.run<int>(exportJob(path));
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            MessageBox::critical(this, tr("Export failed"), result.error().toString());
        Q_EMIT exportFinished(false);
        return;
    }
    Q_EMIT exportFinished(true);
    MessageBox::information(this, tr("Export finished"), writtenText(*result, path));
    accept();
}

} // namespace kontor

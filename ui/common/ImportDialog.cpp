#include "ImportDialog.h"

#include "MessageBox.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {
constexpr int NotImported = -1;
}

ImportDialog::ImportDialog(Database& db, Texts texts, QList<ImportField> fields, QWidget* parent)
    : QDialog(parent)
    , m_texts(std::move(texts))
    , m_fields(std::move(fields))
    , m_profiles(db)
{
    setWindowTitle(m_texts.title);
    resize(1000, 680);

    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("Choose a CSV file…"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect automatically"), QString());
    m_encoding->addItem(u"UTF-8"_qs, u"UTF-8"_qs);
    m_encoding->addItem(u"Windows-1251"_qs, u"Windows-1251"_qs);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"profile"_qs);
    auto* saveProfileButton = new QPushButton(tr("Save mapping as profile…"), this);
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(saveProfileButton);
    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);

    m_fileForm = new QFormLayout;
    m_fileForm->addRow(tr("File:"), fileRow);
    m_fileForm->addRow(tr("Encoding:"), m_encoding);
    m_fileForm->addRow(tr("Mapping profile:"), profileRow);
    m_fileForm->addRow(QString(), m_detected);

    m_mapping = new QTableWidget(0, 3, this);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("First value")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_sample = new QTableWidget(this);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* mappingBox = new QGroupBox(tr("Columns"), this);
    auto* mappingLayout = new QHBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mapping, 3);
    mappingLayout->addWidget(m_sample, 2);

    m_importNothing = new QRadioButton(tr("Import nothing and list the problems"), this);
    m_skipBad = new QRadioButton(tr("Skip bad rows and import the rest"), this);
    auto* badGroup = new QButtonGroup(this);
    badGroup->addButton(m_importNothing);
    badGroup->addButton(m_skipBad);
    // Checked only once grouped: before that the radios of every group are exclusive together.
    m_importNothing->setChecked(true);
    m_rulesForm = new QFormLayout;
    auto* badRow = new QHBoxLayout;
    badRow->addWidget(m_importNothing);
    badRow->addWidget(m_skipBad);
    badRow->addStretch();
    m_rulesForm->addRow(tr("When a row is bad:"), badRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // An action, not the accept button: QDialogButtonBox would make that the default for Enter.
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_importButton->setEnabled(false);
    // Enter in the file field shows the file's columns; importing (or browsing) is always a click.
    for (auto* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_fileForm);
    layout->addWidget(mappingBox, 1);
    layout->addLayout(m_rulesForm);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_preview || m_preview->headers.isEmpty() || m_loadedFile != m_file->text())
            loadPreview();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::loadPreview);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportDialog::applyProfile);
    connect(saveProfileButton, &QPushButton::clicked, this, &ImportDialog::saveProfile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);

    m_profile->addItem(tr("Guess from the header"), QString());
    if (auto names = m_profiles.names(m_texts.profileKind)) {
        for (const QString& name : *names)
            m_profile->addItem(name, name);
    }
}

QString ImportDialog::fileName() const
{
    return m_file->text();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, m_texts.title, m_file->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    loadPreview();
}

std::optional<ColumnMapping> ImportDialog::mapping() const
{
    if (!m_preview)
        return std::nullopt;
    ColumnMapping mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        const int column = combo ? combo->currentData().toInt() : NotImported;
        if (column >= 0)
            mapping.columns.insert(m_mapping->item(row, 0)->data(Qt::UserRole).toString(), column);
    }
    return mapping;
}

bool ImportDialog::skipBadRows() const
{
    return m_skipBad->isChecked();
}

void ImportDialog::loadPreview()
{
    m_preview.reset();
    m_importButton->setEnabled(false);
    if (m_file->text().isEmpty())
        return;
    QString detected;
    auto preview = readPreview(m_file->text(), m_encoding->currentData().toString(), &detected);
    if (!preview) {
        m_detected->setText(u"<span style='color:#b00020'>"_qs + preview.error().toString().toHtmlEscaped() +
                            u"</span>"_qs);
        m_mapping->setRowCount(0);
        m_sample->clear();
        m_sample->setRowCount(0);
        m_sample->setColumnCount(0);
        return;
    }
    m_preview = *preview;
    m_loadedFile = m_file->text();
    const QString delimiter = preview->delimiter == u'\t' ? tr("tab") : QString(preview->delimiter);
    const QString facts =
        tr("%1 · separator “%2” · %n row(s)", nullptr, preview->rowCount).arg(preview->encoding, delimiter);
    m_detected->setText(detected.isEmpty() ? facts : detected + u" · "_qs + facts);
    m_sample->setColumnCount(int(preview->headers.size()));
    m_sample->setHorizontalHeaderLabels(preview->headers);
    m_sample->setRowCount(int(preview->sampleRows.size()));
    for (int r = 0; r < preview->sampleRows.size(); ++r) {
        for (int c = 0; c < preview->sampleRows[r].size() && c < preview->headers.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(preview->sampleRows[r][c]));
    }
    m_sample->resizeColumnsToContents();
    rebuildMapping();
    applyProfile();
    m_importButton->setEnabled(true);
}

void ImportDialog::rebuildMapping()
{
    m_mapping->setRowCount(int(m_fields.size()));
    for (int row = 0; row < m_fields.size(); ++row) {
        const ImportField& field = m_fields[row];
        auto* name = new QTableWidgetItem(field.required ? field.displayName + u" *"_qs : field.displayName);
        name->setData(Qt::UserRole, field.key);
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, name);
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("— not imported —"), NotImported);
        for (int c = 0; c < m_preview->headers.size(); ++c)
            combo->addItem(m_preview->headers[c], c);
        const int column = m_preview->mapping.column(field.key);
        combo->setCurrentIndex(combo->findData(column >= 0 ? column : NotImported));
        auto updateSample = [this, row, combo] {
            const int c = combo->currentData().toInt();
            const QString value = c >= 0 && !m_preview->sampleRows.isEmpty()
                                      ? m_preview->sampleRows.front().value(c)
                                      : QString();
            auto* item = new QTableWidgetItem(value);
            item->setFlags(Qt::ItemIsEnabled);
            m_mapping->setItem(row, 2, item);
        };
        connect(combo, &QComboBox::currentIndexChanged, this, updateSample);
        updateSample();
        m_mapping->setCellWidget(row, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(1, std::max(180, m_mapping->fontMetrics().averageCharWidth() * 24));
}

void ImportDialog::applyProfile()
{
    const QString name = m_profile->currentData().toString();
    if (name.isEmpty() || !m_preview)
        return;
    auto profile = m_profiles.load(name);
    if (!profile || !profile->has_value())
        return;
    m_preview->mapping = ColumnMapping::fromHeaderNames((*profile)->headerNames, m_preview->headers);
    rebuildMapping();
}

void ImportDialog::saveProfile()
{
    if (!m_preview)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save mapping"), tr("Profile name:"), QLineEdit::Normal,
                              QFileInfo(m_file->text()).completeBaseName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto saved = m_profiles.save(ImportProfile{
        name, m_texts.profileKind, mapping().value_or(ColumnMapping()).toHeaderNames(m_preview->headers)});
    if (!saved) {
        MessageBox::warning(this, tr("Save mapping"), saved.error().toString());
        return;
    }
    if (m_profile->findData(name.trimmed()) < 0)
        m_profile->addItem(name.trimmed(), name.trimmed());
    const QSignalBlocker blocker(m_profile);
    m_profile->setCurrentIndex(m_profile->findData(name.trimmed()));
}

void ImportDialog::startImport()
{
    if (!m_preview)
        return;
    m_importButton->setEnabled(false);
    // The import runs on a worker thread with its own database connection; the GUI stays live.
    ProgressRunner runner(this, m_texts.progress);
    const Job job =
        importJob(m_file->text(), m_encoding->currentData().toString(), *mapping(), skipBadRows());
    const auto result = runner.run<Outcome>(job);
    m_importButton->setEnabled(true);
    showResult(result);
    Q_EMIT importFinished();
}

void ImportDialog::showResult(const Result<Outcome>& result)
{
    if (!result) {
        m_lastResult.reset();
        if (result.error().code == ErrorCode::Cancelled)
            MessageBox::information(this, tr("Import cancelled"), result.error().message);
        else
            MessageBox::critical(this, tr("Import failed"), result.error().toString());
        return;
    }
    m_lastResult = result->result;
    const Outcome& r = *result;
    if (!r.committed) {
        showImportIssues(this,
                         tr("Nothing was imported: %n row(s) have problems", nullptr, int(r.issues.size())),
                         r.issues);
        return;
    }
    QString summary = r.summary;
    for (const QString& note : r.notes)
        summary += u"\n\n"_qs + note;
    if (!r.issues.isEmpty())
        showImportIssues(this, tr("Imported, but %n row(s) were skipped", nullptr, int(r.issues.size())),
                         r.issues);
    MessageBox::information(this, tr("Import finished"), summary);
    accept();
}

void showImportIssues(QWidget* parent, const QString& title, const QList<Error>& issues)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.resize(760, 420);
    auto* table = new QTableWidget(int(issues.size()), 3, &dialog);
    table->setHorizontalHeaderLabels(
        {ImportDialog::tr("Line"), ImportDialog::tr("Column"), ImportDialog::tr("Problem")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QStringList lines;
    for (int i = 0; i < issues.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(QString::number(issues[i].line)));
        table->setItem(i, 1, new QTableWidgetItem(issues[i].field));
        table->setItem(i, 2, new QTableWidgetItem(issues[i].message));
        lines.append(issues[i].toString());
    }
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto* copy = buttons->addButton(ImportDialog::tr("Copy"), QDialogButtonBox::ActionRole);
    QObject::connect(copy, &QPushButton::clicked, &dialog,
                     [lines] { QApplication::clipboard()->setText(lines.join(u'\n')); });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(title, &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace kontor

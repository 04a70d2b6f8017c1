#include "ProductImportDialog.h"

#include "common/MessageBox.h"
#include "common/ProgressRunner.h"

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

ProductImportDialog::ProductImportDialog(ProductService& service, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_actor(actor)
    , m_csv(service)
    , m_profiles(service.database())
{
    setWindowTitle(tr("Import products"));
    resize(1000, 680);

    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("Choose a CSV file…"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_format = new QComboBox(this);
    for (ProductCsvFormat f : {ProductCsvFormat::Auto, ProductCsvFormat::Kontor,
                               ProductCsvFormat::WooCommerce, ProductCsvFormat::Mapped})
        m_format->addItem(ProductCsv::formatName(f), int(f));
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect automatically"), QString());
    m_encoding->addItem(u"UTF-8"_qs, u"UTF-8"_qs);
    m_encoding->addItem(u"Windows-1251"_qs, u"Windows-1251"_qs);
    m_profile = new QComboBox(this);
    auto* saveProfileButton = new QPushButton(tr("Save mapping as profile…"), this);
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(saveProfileButton);
    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Mapping profile:"), profileRow);
    form->addRow(QString(), m_detected);

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

    m_updateExisting = new QRadioButton(tr("Update the existing product"), this);
    m_reportExisting = new QRadioButton(tr("Report it as an error"), this);
    m_importNothing = new QRadioButton(tr("Import nothing and list the problems"), this);
    m_skipBad = new QRadioButton(tr("Skip bad rows and import the rest"), this);
    auto* existingGroup = new QButtonGroup(this);
    existingGroup->addButton(m_updateExisting);
    existingGroup->addButton(m_reportExisting);
    auto* badGroup = new QButtonGroup(this);
    badGroup->addButton(m_importNothing);
    badGroup->addButton(m_skipBad);
    // Checked only once grouped: before that all four radios are exclusive among each other.
    m_updateExisting->setChecked(true);
    m_importNothing->setChecked(true);
    auto* rules = new QFormLayout;
    auto* existingRow = new QHBoxLayout;
    existingRow->addWidget(m_updateExisting);
    existingRow->addWidget(m_reportExisting);
    existingRow->addStretch();
    auto* badRow = new QHBoxLayout;
    badRow->addWidget(m_importNothing);
    badRow->addWidget(m_skipBad);
    badRow->addStretch();
    rules->addRow(tr("When a SKU already exists:"), existingRow);
    rules->addRow(tr("When a row is bad:"), badRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // An action, not the accept button: QDialogButtonBox would make that the default for Enter.
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_importButton->setEnabled(false);
    // Enter in the file field shows the file's columns; importing (or browsing) is always a click.
    for (auto* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mappingBox, 1);
    layout->addLayout(rules);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ProductImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_preview || m_preview->headers.isEmpty() || m_loadedFile != m_file->text())
            loadPreview();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ProductImportDialog::loadPreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ProductImportDialog::loadPreview);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ProductImportDialog::applyProfile);
    connect(saveProfileButton, &QPushButton::clicked, this, &ProductImportDialog::saveProfile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ProductImportDialog::startImport);

    m_profile->addItem(tr("Guess from the header"), QString());
    if (auto names = m_profiles.names(u"products"_qs)) {
        for (const QString& name : *names)
            m_profile->addItem(name, name);
    }
}

void ProductImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import products"), m_file->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ProductImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    loadPreview();
}

ProductImportOptions ProductImportDialog::options() const
{
    ProductImportOptions options;
    options.format = ProductCsvFormat(m_format->currentData().toInt());
    options.encoding = m_encoding->currentData().toString();
    options.updateExisting = m_updateExisting->isChecked();
    options.skipBadRows = m_skipBad->isChecked();
    if (m_preview)
        options.mapping = currentMapping();
    return options;
}

void ProductImportDialog::loadPreview()
{
    m_preview.reset();
    m_importButton->setEnabled(false);
    if (m_file->text().isEmpty())
        return;
    ProductImportOptions opts;
    opts.format = ProductCsvFormat(m_format->currentData().toInt());
    opts.encoding = m_encoding->currentData().toString();
    auto preview = m_csv.preview(m_file->text(), opts);
    if (!preview) {
        m_detected->setText(u"<span style='color:#b00020'>"_qs + preview.error().toString().toHtmlEscaped() +
                            u"</span>"_qs);
        m_mapping->setRowCount(0);
        m_sample->clear();
        return;
    }
    m_preview = *preview;
    m_loadedFile = m_file->text();
    const QString delimiter = preview->delimiter == u'\t' ? tr("tab") : QString(preview->delimiter);
    m_detected->setText(tr("%1 · %2 · separator “%3” · %n row(s)", nullptr, preview->rowCount)
                            .arg(ProductCsv::formatName(preview->format), preview->encoding, delimiter));
    m_sample->setColumnCount(int(preview->headers.size()));
    m_sample->setHorizontalHeaderLabels(preview->headers);
    m_sample->setRowCount(int(preview->sampleRows.size()));
    for (int r = 0; r < preview->sampleRows.size(); ++r) {
        for (int c = 0; c < preview->sampleRows[r].size() && c < preview->headers.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(preview->sampleRows[r][c]));
    }
    rebuildMapping();
    applyProfile();
    m_importButton->setEnabled(true);
}

void ProductImportDialog::rebuildMapping()
{
    const QList<ImportField> fields = ProductCsv::importFields();
    m_mapping->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ImportField& field = fields[row];
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

ColumnMapping ProductImportDialog::currentMapping() const
{
    ColumnMapping mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        const int column = combo ? combo->currentData().toInt() : NotImported;
        if (column >= 0)
            mapping.columns.insert(m_mapping->item(row, 0)->data(Qt::UserRole).toString(), column);
    }
    return mapping;
}

void ProductImportDialog::applyProfile()
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

void ProductImportDialog::saveProfile()
{
    if (!m_preview)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save mapping"), tr("Profile name:"), QLineEdit::Normal,
                              QFileInfo(m_file->text()).completeBaseName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto saved = m_profiles.save(
        ImportProfile{name, u"products"_qs, currentMapping().toHeaderNames(m_preview->headers)});
    if (!saved) {
        MessageBox::warning(this, tr("Save mapping"), saved.error().toString());
        return;
    }
    if (m_profile->findData(name.trimmed()) < 0)
        m_profile->addItem(name.trimmed(), name.trimmed());
    const QSignalBlocker blocker(m_profile);
    m_profile->setCurrentIndex(m_profile->findData(name.trimmed()));
}

void ProductImportDialog::startImport()
{
    if (!m_preview)
        return;
    m_importButton->setEnabled(false);
    // The import runs on a worker thread with its own database connection; the GUI stays live.
    ProgressRunner runner(this, tr("Importing products…"));
    const QString path = m_file->text();
    const ProductImportOptions opts = options();
    const auto result =
        runner.run<ProductImportResult>([this, path, opts](const ProgressRunner::Progress& progress) {
            return m_csv.import(m_actor, path, opts, progress);
        });
    m_importButton->setEnabled(true);
    showResult(result);
    Q_EMIT importFinished();
}

void ProductImportDialog::showResult(const Result<ProductImportResult>& result)
{
    if (!result) {
        m_lastResult.reset();
        if (result.error().code == ErrorCode::Cancelled)
            MessageBox::information(this, tr("Import cancelled"), result.error().message);
        else
            MessageBox::critical(this, tr("Import failed"), result.error().toString());
        return;
    }
    m_lastResult = *result;
    const ProductImportResult& r = *result;
    if (!r.committed) {
        showImportIssues(this,
                         tr("Nothing was imported: %n row(s) have problems", nullptr, int(r.issues.size())),
                         r.issues);
        return;
    }
    QString summary = tr("Created: %1\nUpdated: %2\nUnchanged: %3\nSkipped: %4")
                          .arg(r.created)
                          .arg(r.updated)
                          .arg(r.unchanged)
                          .arg(r.skipped);
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
    table->setHorizontalHeaderLabels({QCoreApplication::translate("kontor::ProductImportDialog", "Line"),
                                      QCoreApplication::translate("kontor::ProductImportDialog", "Column"),
                                      QCoreApplication::translate("kontor::ProductImportDialog", "Problem")});
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
    auto* copy = buttons->addButton(QCoreApplication::translate("kontor::ProductImportDialog", "Copy"),
                                    QDialogButtonBox::ActionRole);
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

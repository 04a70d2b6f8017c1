#include "LabelDialog.h"

#include "ProductText.h"
#include "common/MessageBox.h"
#include "common/ProgressRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace kontor {

namespace {

constexpr QSize PreviewSize(400, 470);
// How many unprintable barcodes the dialog names before it says "and N more".
constexpr int NamedProblems = 3;

} // namespace

LabelDialog::LabelDialog(QList<Product> products, QWidget* parent)
    : QDialog(parent)
    , m_products(std::move(products))
    , m_layout(new QComboBox)
    , m_code(new QComboBox)
    , m_copies(new QSpinBox)
    , m_firstPosition(new QSpinBox)
    , m_showPrice(new QCheckBox(tr("Show the price")))
    , m_summary(new QLabel)
    , m_notes(new QLabel)
    , m_status(new QLabel)
    , m_preview(new QLabel)
    , m_previousPage(new QToolButton)
    , m_nextPage(new QToolButton)
    , m_pageLabel(new QLabel)
    , m_saveButton(new QPushButton(tr("Save PDF…")))
    , m_printButton(new QPushButton(tr("Print…")))
{
    setWindowTitle(tr("Print labels"));

    m_layout->setObjectName(u"layoutCombo"_qs);
    bool rolls = false;
    for (const LabelLayout& layout : LabelLayout::all()) {
        if (layout.isSingleLabel() && !rolls && m_layout->count() > 0)
            m_layout->insertSeparator(m_layout->count()); // sheets above, label printers below
        rolls = rolls || layout.isSingleLabel();
        m_layout->addItem(layout.displayName(), layout.id);
    }
    m_layout->setToolTip(tr("A4 sheets of self-adhesive labels, or the label size of a label printer "
                            "(one label a page)"));

    m_code->setObjectName(u"codeCombo"_qs);
    m_code->addItem(tr("Automatic (barcode, else SKU)"), int(LabelCode::Auto));
    m_code->setItemData(
        0,
        tr("The product's first barcode: EAN and UPC as they are, internal codes as Code 128. "
           "Products without a barcode get their SKU as Code 128."),
        Qt::ToolTipRole);
    m_code->addItem(tr("EAN/UPC"), int(LabelCode::Ean));
    m_code->setItemData(
        1, tr("The product's EAN-13, UPC-A or EAN-8. Products without one get their SKU as Code 128."),
        Qt::ToolTipRole);
    m_code->addItem(tr("SKU as Code 128"), int(LabelCode::SkuCode128));
    m_code->addItem(tr("SKU as QR code"), int(LabelCode::SkuQr));

    m_copies->setObjectName(u"copiesSpin"_qs);
    m_copies->setRange(1, MaxCopies);
    m_copies->setAccelerated(true);
    m_firstPosition->setObjectName(u"firstPositionSpin"_qs);
    m_firstPosition->setToolTip(tr("Skip the labels already used on the first sheet, counted left to right, "
                                   "then top to bottom"));
    m_showPrice->setObjectName(u"showPriceCheck"_qs);
    m_showPrice->setChecked(true);

    m_summary->setObjectName(u"summaryLabel"_qs);
    m_notes->setObjectName(u"notesLabel"_qs);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"statusLabel"_qs);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Labels:"), m_layout);
    form->addRow(tr("Barcode:"), m_code);
    form->addRow(tr("Copies of each:"), m_copies);
    form->addRow(tr("Start at label:"), m_firstPosition);
    form->addRow(QString(), m_showPrice);
    auto* options = new QVBoxLayout;
    options->addLayout(form);
    options->addSpacing(8);
    options->addWidget(m_summary);
    options->addWidget(m_notes);
    options->addStretch(1);
    options->addWidget(m_status);

    // ---- preview ----
    m_preview->setObjectName(u"preview"_qs);
    m_preview->setFixedSize(PreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setBackgroundRole(QPalette::Mid);
    m_preview->setAutoFillBackground(true);
    m_previousPage->setObjectName(u"previousPageButton"_qs);
    m_previousPage->setArrowType(Qt::LeftArrow);
    m_previousPage->setToolTip(tr("Previous page"));
    m_nextPage->setObjectName(u"nextPageButton"_qs);
    m_nextPage->setArrowType(Qt::RightArrow);
    m_nextPage->setToolTip(tr("Next page"));
    m_pageLabel->setObjectName(u"pageLabel"_qs);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    auto* pages = new QHBoxLayout;
    pages->addWidget(m_previousPage);
    pages->addWidget(m_pageLabel, 1);
    pages->addWidget(m_nextPage);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_preview);
    previewColumn->addLayout(pages);

    auto* columns = new QHBoxLayout;
    columns->addLayout(options, 1);
    columns->addSpacing(12);
    columns->addLayout(previewColumn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_saveButton->setObjectName(u"savePdfButton"_qs);
    m_printButton->setObjectName(u"printButton"_qs);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    // Enter in the copies field must not print or close the dialog.
    for (QPushButton* button : {m_saveButton, m_printButton, buttons->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        const LabelLayout chosen = currentLayout();
        m_firstPosition->setRange(1, chosen.labelsPerPage());
        m_firstPosition->setEnabled(!chosen.isSingleLabel());
        m_page = 0;
        updateDocument();
    });
    connect(m_code, &QComboBox::currentIndexChanged, this, &LabelDialog::updateDocument);
    connect(m_copies, &QSpinBox::valueChanged, this, &LabelDialog::updateDocument);
    connect(m_firstPosition, &QSpinBox::valueChanged, this, &LabelDialog::updateDocument);
    connect(m_showPrice, &QCheckBox::toggled, this, &LabelDialog::updateDocument);
    connect(m_previousPage, &QToolButton::clicked, this, [this] { setPreviewPage(m_page - 1); });
    connect(m_nextPage, &QToolButton::clicked, this, [this] { setPreviewPage(m_page + 1); });
    connect(m_saveButton, &QPushButton::clicked, this, &LabelDialog::askAndSavePdf);
    connect(m_printButton, &QPushButton::clicked, this, &LabelDialog::askAndPrint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setSettings(LabelSettings());
}

QString LabelDialog::labelCount(qint64 count)
{
    // English needs "1 label" apart from "%Ln labels"; Russian gets all forms from the numerus
    // translation of the second string (as ProductText::productCount).
    if (count == 1)
        return tr("1 label");
    return tr("%Ln labels", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())));
}

QString LabelDialog::pageCount(int count)
{
    if (count == 1)
        return tr("1 page");
    return tr("%Ln pages", nullptr, count);
}

LabelSettings LabelDialog::settings() const
{
    LabelSettings settings;
    settings.layoutId = m_layout->currentData().toString();
    settings.code = LabelCode(m_code->currentData().toInt());
    settings.copies = m_copies->value();
    settings.showPrice = m_showPrice->isChecked();
    return settings;
}

void LabelDialog::setSettings(const LabelSettings& settings)
{
    {
        const QSignalBlocker blockLayout(m_layout);
        const QSignalBlocker blockCode(m_code);
        const QSignalBlocker blockCopies(m_copies);
        const QSignalBlocker blockPrice(m_showPrice);
        const int layout = m_layout->findData(settings.layoutId);
        m_layout->setCurrentIndex(layout >= 0 ? layout : m_layout->findData(LabelSettings().layoutId));
        const int code = m_code->findData(int(settings.code));
        m_code->setCurrentIndex(std::max(code, 0));
        m_copies->setValue(settings.copies);
        m_showPrice->setChecked(settings.showPrice);
    }
    const LabelLayout chosen = currentLayout();
    const QSignalBlocker blockPosition(m_firstPosition);
    m_firstPosition->setRange(1, chosen.labelsPerPage());
    m_firstPosition->setEnabled(!chosen.isSingleLabel());
    m_page = 0;
    updateDocument();
}

void LabelDialog::setFirstPosition(int position)
{
    m_firstPosition->setValue(position);
}

LabelLayout LabelDialog::currentLayout() const
{
    if (auto layout = LabelLayout::byId(m_layout->currentData().toString()))
        return *layout;
    return LabelLayout::all().front();
}

LabelDocument LabelDialog::document() const
{
    const LabelCode code = LabelCode(m_code->currentData().toInt());
    QList<LabelItem> items;
    items.reserve(m_products.size());
    for (const Product& product : m_products)
        items.append(LabelDocument::itemFor(product, code, m_copies->value()));
    LabelOptions options;
    options.showPrice = m_showPrice->isChecked();
    options.firstPosition = m_firstPosition->value() - 1;
    return LabelDocument(std::move(items), currentLayout(), options);
}

void LabelDialog::updateDocument()
{
    m_document = document();
    const LabelDocument& doc = *m_document;
    m_pageCount = doc.pageCount();
    m_summary->setText(tr("%1 for %2 on %3", "labels for products on pages")
                           .arg(labelCount(doc.labelCount()), ProductText::productCount(m_products.size()),
                                pageCount(m_pageCount)));

    QStringList notes;
    const auto fellBack = std::count_if(doc.items().cbegin(), doc.items().cend(),
                                        [](const LabelItem& item) { return item.fellBack; });
    if (fellBack > 0) {
        notes.append(tr("%1 without an EAN or UPC barcode will get the SKU as Code 128.")
                         .arg(ProductText::productCount(fellBack)));
    }
    const QList<LabelDocument::Problem> problems = doc.problems();
    if (!problems.isEmpty()) {
        notes.append(tr("%1 cannot get a barcode; the label will show a note instead:")
                         .arg(ProductText::productCount(problems.size())));
        for (qsizetype i = 0; i < std::min<qsizetype>(problems.size(), NamedProblems); ++i)
            notes.append(u"• "_qs + problems.at(i).error.message);
        if (problems.size() > NamedProblems)
            notes.append(tr("…and %L1 more.").arg(problems.size() - NamedProblems));
    }
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());

    const bool any = doc.labelCount() > 0;
    m_saveButton->setEnabled(any);
    m_printButton->setEnabled(any);
    m_page = std::clamp(m_page, 0, std::max(m_pageCount - 1, 0));
    updatePreview();
}

void LabelDialog::setPreviewPage(int page)
{
    m_page = std::clamp(page, 0, std::max(m_pageCount - 1, 0));
    updatePreview();
}

void LabelDialog::updatePreview()
{
    if (!m_document)
        return;
    const LabelDocument& doc = *m_document;
    const QSizeF page = doc.layout().pageSize;
    // The page as large as the preview allows, at the screen's real pixel density.
    const qreal ratio = devicePixelRatioF();
    const double margin = 16;
    const double dotsPerMm = std::min((PreviewSize.width() - margin) / page.width(),
                                      (PreviewSize.height() - margin) / page.height());
    QImage image = doc.renderPage(m_page, dotsPerMm * ratio, true);
    image.setDevicePixelRatio(ratio);
    m_preview->setPixmap(QPixmap::fromImage(image));

    m_pageLabel->setText(m_pageCount > 0 ? tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount) : QString());
    m_previousPage->setEnabled(m_page > 0);
    m_nextPage->setEnabled(m_page + 1 < m_pageCount);
}

QPixmap LabelDialog::previewPixmap() const
{
    return m_preview->pixmap();
}

void LabelDialog::askAndSavePdf()
{
    const QString suggested =
        m_lastPdfPath.isEmpty() ? QDir::home().filePath(tr("labels") + u".pdf"_qs) : m_lastPdfPath;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save labels as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_qs;
    savePdf(path);
}

bool LabelDialog::savePdf(const QString& path)
{
    const LabelDocument doc = document();
    ProgressRunner runner(this, tr("Saving labels…"));
    const auto result = runner.run<int>(
        [&doc, &path](const ProgressRunner::Progress& progress) { return doc.writePdf(path, progress); });
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            MessageBox::critical(this, tr("Labels not saved"), result.error().toString());
        return false;
    }
    m_lastPdfPath = path;
    m_status->setText(tr("Saved %1 to %2.").arg(pageCount(*result), QDir::toNativeSeparators(path)));
    Q_EMIT pdfSaved(path);
    return true;
}

void LabelDialog::askAndPrint()
{
    const LabelDocument doc = document();
    if (const auto problems = doc.problems(); !problems.isEmpty()) {
        const auto answer = MessageBox::question(
            this, tr("Print labels"),
            tr("%1 cannot get a barcode; the label will show a note instead. Print anyway?")
                .arg(ProductText::productCount(problems.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Labels"));
    printer.setPageLayout(doc.layout().pageLayout());
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(printer);
}

bool LabelDialog::print(QPrinter& printer)
{
    const LabelDocument doc = document();
    // Labels are placed from the paper's corner, whatever margins the printer reports.
    printer.setFullPage(true);
    ProgressRunner runner(this, tr("Printing labels…"));
    const auto result = runner.run<int>([&doc, &printer](const ProgressRunner::Progress& progress) {
        return doc.print(printer, progress, [&printer] { printer.abort(); });
    });
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            MessageBox::critical(this, tr("Labels not printed"), result.error().toString());
        return false;
    }
    const QString target = printer.outputFileName().isEmpty()
                               ? printer.printerName()
                               : QDir::toNativeSeparators(printer.outputFileName());
    m_status->setText(tr("Sent %1 to %2.").arg(pageCount(*result), target));
    return true;
}

} // namespace kontor

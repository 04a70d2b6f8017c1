#pragma once

// LabelDialog: barcode labels for the products selected on the products page. The user picks a
// label sheet or label-printer size, which code to print, copies per product, whether to show the
// price and where to start on a partly used sheet; a preview shows the pages as they will print.
// "Save PDF…" and "Print…" paint through LabelDocument off the GUI thread (ProgressRunner).

#include "catalog/Product.h"
#include "documents/LabelDocument.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace kontor {

// The choices worth keeping for next time (the start position is per sheet, so it is not kept).
struct LabelSettings
{
    QString layoutId = u"a4-3x8"_qs;
    LabelCode code = LabelCode::Auto;
    int copies = 1;
    bool showPrice = true;
    friend bool operator==(const LabelSettings&, const LabelSettings&) = default;
};

class LabelDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxCopies = 999;

    explicit LabelDialog(QList<Product> products, QWidget* parent = nullptr);

    LabelSettings settings() const;
    void setSettings(const LabelSettings& settings);
    // 1-based, as shown.
    void setFirstPosition(int position);
    // The labels as currently chosen.
    LabelDocument document() const;

    // Writes the labels to `path`; the "Save PDF…" button calls it after asking for a path.
    // Errors are shown in a message box. True when the file was written.
    bool savePdf(const QString& path);
    // Prints on a printer already set up (the "Print…" button's QPrintDialog).
    bool print(QPrinter& printer);

    int previewPage() const { return m_page; }
    void setPreviewPage(int page);
    // The preview of the current page, for tests.
    QPixmap previewPixmap() const;

Q_SIGNALS:
    void pdfSaved(const QString& path);

private:
    static QString labelCount(qint64 count);
    static QString pageCount(int count);
    void updateDocument();
    void updatePreview();
    void askAndSavePdf();
    void askAndPrint();
    LabelLayout currentLayout() const;

    QList<Product> m_products;
    std::optional<LabelDocument> m_document; // as the preview shows it
    QComboBox* m_layout;
    QComboBox* m_code;
    QSpinBox* m_copies;
    QSpinBox* m_firstPosition;
    QCheckBox* m_showPrice;
    QLabel* m_summary;
    QLabel* m_notes;
    QLabel* m_status;
    QLabel* m_preview;
    QToolButton* m_previousPage;
    QToolButton* m_nextPage;
    QLabel* m_pageLabel;
    QPushButton* m_saveButton;
    QPushButton* m_printButton;
    int m_page = 0;
    int m_pageCount = 0;
    QString m_lastPdfPath;
};

} // namespace kontor

#pragma once

// LabelDocument: barcode labels for products, laid out on label sheets or a label roll and painted
// page by page onto a QPagedPaintDevice (QPdfWriter for "Save as PDF", QPrinter for printing) or
// into a QImage for a preview. Each label carries the product name (shrunk, wrapped onto a second
// line and elided until it fits), the SKU, optionally the price, and a barcode. A barcode that
// cannot be drawn leaves a note on its label; problems() lists them before anything is printed.

#include "BarcodeRenderer.h"
#include "LabelLayout.h"
#include "catalog/Product.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace kontor {

// What a product's label shows: plain text, formatted by the caller.
struct LabelItem
{
    QString name;
    QString sku;
    QString price;   // formatted ("1 250,00 ₽"); empty: no price
    QString barcode; // the value to encode
    Symbology symbology = Symbology::Code128;
    int copies = 1;
    bool fellBack = false; // the product lacked the code asked for; its SKU is printed as Code 128
};

// Which code the labels of products carry.
enum class LabelCode
{
    Auto,       // the product's first barcode (EAN/UPC as such, an internal code as Code 128), else the SKU
    Ean,        // the first EAN-13/UPC-A/EAN-8 barcode, else the SKU as Code 128
    SkuCode128, // the SKU as Code 128
    SkuQr,      // the SKU as a QR code
};

struct LabelOptions
{
    bool showPrice = true;
    int firstPosition = 0; // 0-based position of the first label on the first sheet
    bool outlines = false; // thin frames around the labels, for plain paper
};

class LabelDocument
{
    Q_DECLARE_TR_FUNCTIONS(kontor::LabelDocument)

public:
    // Called after each page; returns false to stop (as ProgressRunner::Progress does).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    struct Problem
    {
        int item = 0; // index into items()
        Error error;
    };

    static constexpr const char* FontFamily = "DejaVu Sans"; // has Cyrillic and the rouble sign

    LabelDocument(QList<LabelItem> items, LabelLayout layout, LabelOptions options = {});

    // The label of a product: name, SKU, selling price (the sale price while there is one) and the
    // barcode `code` chooses.
    static LabelItem itemFor(const Product& product, LabelCode code, int copies = 1,
                             const QLocale& locale = QLocale());

    const QList<LabelItem>& items() const { return m_items; }
    const LabelLayout& layout() const { return m_layout; }
    const LabelOptions& options() const { return m_options; }
    // Labels in all, copies included.
    qint64 labelCount() const { return m_labelCount; }
    // The first position actually used: 0 on a label roll, otherwise wrapped to the sheet.
    int firstPosition() const;
    int pageCount() const;
    // Items whose barcode cannot be drawn, with the reason.
    QList<Problem> problems() const;

    // Paints one page with the painter's origin at the page's top-left corner and `dotsPerMm`
    // painter units in a millimetre. A preview also outlines the empty positions of a sheet and
    // greys the ones skipped at the start.
    void paintPage(QPainter& painter, int page, double dotsPerMm, bool preview = false) const;
    // One page as an image (white background), e.g. at screen resolution for a preview.
    QImage renderPage(int page, double dotsPerMm, bool preview = false) const;

    // Sets the device's page layout and paints every page; returns the number of pages. When
    // `progress` asks to stop, `abort` is called while the painter is still active (QPrinter::abort)
    // and the result is a Cancelled error.
    [[nodiscard]] Result<int> print(QPagedPaintDevice& device, const Progress& progress = {},
                                    const std::function<void()>& abort = {}) const;
    // Writes a PDF; the file appears complete or not at all.
    [[nodiscard]] Result<int> writePdf(const QString& path, const Progress& progress = {}) const;

private:
    void paintLabel(QPainter& painter, const QRectF& box, const LabelItem& item, double dotsPerMm) const;
    void paintQrLabel(QPainter& painter, const QRectF& inner, const LabelItem& item, double dotsPerMm) const;
    // The item printed as label number `label` (0-based, copies counted), or nullptr past the end.
    const LabelItem* itemOfLabel(qint64 label) const;

    QList<LabelItem> m_items;
    LabelLayout m_layout;
    LabelOptions m_options;
    qint64 m_labelCount = 0;
    QList<qint64> m_ends; // for each item, the number of labels up to and including its copies
};

} // namespace kontor

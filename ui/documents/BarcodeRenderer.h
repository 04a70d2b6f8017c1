#pragma once

// BarcodeRenderer: draws one barcode (EAN-13, EAN-8, UPC-A, Code 128 or QR) with libzint into a
// rectangle of any QPainter, as filled rectangles and text rather than a bitmap, so it stays crisp
// in a PDF and on a printer at any resolution. Modules are snapped to whole device pixels when they
// are at least a pixel wide, so a 203 dpi label printer gets bars of even width. Data the
// symbology cannot hold (a wrong check digit, Cyrillic in Code 128) is an Error naming the code.

#include "catalog/Barcode.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace kontor {

enum class Symbology
{
    Ean13,
    Ean8,
    UpcA,
    Code128,
    QrCode,
};

class BarcodeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(kontor::BarcodeRenderer)

public:
    BarcodeRenderer(Symbology symbology, QString data);
    // The symbology a stored barcode is printed with: its own for EAN/UPC, Code 128 for internal codes.
    static Symbology symbologyFor(BarcodeKind kind);
    static BarcodeRenderer forBarcode(const Barcode& barcode);
    // "EAN-13", "Code 128", "QR code".
    static QString displayName(Symbology symbology);
    // Two-dimensional (square) rather than a row of bars.
    static bool isMatrix(Symbology symbology) { return symbology == Symbology::QrCode; }

    Symbology symbology() const { return m_symbology; }
    const QString& data() const { return m_data; }
    // Whether linear codes show their digits under the bars (default: yes).
    void setShowText(bool show) { m_showText = show; }
    bool showText() const { return m_showText; }
    // The widest a module (the narrowest bar) may get, in painter units; 0 = as wide as fits. Keeps
    // a short code on a wide label from turning into a few fat bars.
    void setMaximumModuleWidth(double width) { m_maxModule = width; }
    // The text printed under the bars (e.g. "SKU-0042"); empty for QR or with the text turned off.
    QString humanReadableText() const;

    // Encodes without drawing: the error paint() would return, if any.
    [[nodiscard]] Result<void> validate() const;
    // Draws the code centred in `rect` (painter coordinates), as large as fits with its quiet
    // zones. Linear codes fill the height they are given (bars grow or shrink), QR stays square.
    // Returns the rectangle painted, quiet zones included.
    [[nodiscard]] Result<QRectF> paint(QPainter& painter, const QRectF& rect) const;

private:
    Symbology m_symbology;
    QString m_data;
    bool m_showText = true;
    double m_maxModule = 0;
};

} // namespace kontor

#include "BarcodeRenderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <memory>
#include <zint.h>

namespace kontor {

namespace {

Q_LOGGING_CATEGORY(lcBarcode, "kontor.documents.barcode")

struct SymbolDeleter
{
    void operator()(zint_symbol* symbol) const { ZBarcode_Delete(symbol); }
};
using SymbolPtr = std::unique_ptr<zint_symbol, SymbolDeleter>;

// zint's vector output at scale 1 puts two units in one module (the narrowest bar).
constexpr double UnitsPerModule = 2.0;
// Bar heights in modules: zint's default, and the limits when fitting a rectangle.
constexpr double DefaultHeight = 50.0;
constexpr double MinHeight = 5.0;
constexpr double MaxHeight = 1000.0;

int zintSymbology(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Ean13:
    case Symbology::Ean8:
        return BARCODE_EANX_CHK; // the data carries its check digit, and zint verifies it
    case Symbology::UpcA:
        return BARCODE_UPCA_CHK;
    case Symbology::Code128:
        return BARCODE_CODE128;
    case Symbology::QrCode:
        return BARCODE_QRCODE;
    }
    return BARCODE_CODE128;
}

// The exact number of digits of the fixed-length codes, 0 for the others.
int fixedDigits(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Ean13:
        return 13;
    case Symbology::Ean8:
        return 8;
    case Symbology::UpcA:
        return 12;
    case Symbology::Code128:
    case Symbology::QrCode:
        break;
    }
    return 0;
}

bool allDigits(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

struct Encoded
{
    SymbolPtr symbol;
    const zint_vector* vector() const { return symbol->vector; }
};

// Encodes with the given bar height (in modules) and lays out zint's vector form.
Result<Encoded> encode(Symbology symbology, const QString& data, bool showText, double height)
{
    const QString name = BarcodeRenderer::displayName(symbology);
    if (data.isEmpty())
        return fail(ErrorCode::Invalid, BarcodeRenderer::tr("There is no code to draw as %1.").arg(name));
    if (const int digits = fixedDigits(symbology);
        digits > 0 && (data.size() != digits || !allDigits(data))) {
        return fail(ErrorCode::Invalid,
                    BarcodeRenderer::tr("Cannot draw \"%1\" as %2: an %2 code has exactly %3 digits.")
                        .arg(data, name)
                        .arg(digits));
    }

    SymbolPtr symbol(ZBarcode_Create());
    if (!symbol)
        return fail(ErrorCode::Invalid, BarcodeRenderer::tr("Cannot draw \"%1\" as %2.").arg(data, name));
    symbol->symbology = zintSymbology(symbology);
    symbol->input_mode = UNICODE_MODE;
    symbol->output_options = BARCODE_QUIET_ZONES;
    symbol->show_hrt = showText ? 1 : 0;
    symbol->height = float(height);
    if (symbology == Symbology::QrCode)
        symbol->option_1 = 2; // error correction level M: labels get scuffed

    const QByteArray utf8 = data.toUtf8();
    int status = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(utf8.constData()),
                                 int(utf8.size()));
    if (status < ZINT_ERROR)
        status = std::max(status, ZBarcode_Buffer_Vector(symbol.get(), 0));
    if (status >= ZINT_ERROR || !symbol->vector) {
        qCDebug(lcBarcode) << "zint refused" << data << "as" << name << ':' << symbol->errtxt;
        QString reason;
        switch (status) {
        case ZINT_ERROR_INVALID_CHECK:
            reason = BarcodeRenderer::tr("Cannot draw \"%1\" as %2: the check digit is wrong.");
            break;
        case ZINT_ERROR_INVALID_DATA:
            reason =
                BarcodeRenderer::tr("Cannot draw \"%1\" as %2: it contains characters %2 cannot encode.");
            break;
        case ZINT_ERROR_TOO_LONG:
            reason = BarcodeRenderer::tr("Cannot draw \"%1\" as %2: the code is too long.");
            break;
        default:
            reason = BarcodeRenderer::tr("Cannot draw \"%1\" as %2.");
            break;
        }
        return fail(ErrorCode::Invalid, reason.arg(data, name), BarcodeRenderer::tr("Barcode"));
    }
    if (status != 0)
        qCDebug(lcBarcode) << "zint warning for" << data << ':' << symbol->errtxt;
    return Encoded{std::move(symbol)};
}

} // namespace

BarcodeRenderer::BarcodeRenderer(Symbology symbology, QString data)
    : m_symbology(symbology)
    , m_data(std::move(data))
{}

Symbology BarcodeRenderer::symbologyFor(BarcodeKind kind)
{
    switch (kind) {
    case BarcodeKind::Ean13:
        return Symbology::Ean13;
    case BarcodeKind::UpcA:
        return Symbology::UpcA;
    case BarcodeKind::Ean8:
        return Symbology::Ean8;
    case BarcodeKind::Internal:
        break;
    }
    return Symbology::Code128;
}

BarcodeRenderer BarcodeRenderer::forBarcode(const Barcode& barcode)
{
    return BarcodeRenderer(symbologyFor(barcode.kind), barcode.code);
}

QString BarcodeRenderer::displayName(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Ean13:
        return u"EAN-13"_qs;
    case Symbology::Ean8:
        return u"EAN-8"_qs;
    case Symbology::UpcA:
        return u"UPC-A"_qs;
    case Symbology::Code128:
        return u"Code 128"_qs;
    case Symbology::QrCode:
        return tr("QR code");
    }
    return {};
}

QString BarcodeRenderer::humanReadableText() const
{
    return m_showText && !isMatrix(m_symbology) ? m_data : QString();
}

Result<void> BarcodeRenderer::validate() const
{
    auto encoded = encode(m_symbology, m_data, m_showText, DefaultHeight);
    if (!encoded)
        return fail(encoded.error());
    return {};
}

Result<QRectF> BarcodeRenderer::paint(QPainter& painter, const QRectF& rect) const
{
    auto encoded = encode(m_symbology, m_data, m_showText, DefaultHeight);
    if (!encoded)
        return fail(encoded.error());
    if (rect.width() <= 0 || rect.height() <= 0)
        return QRectF(rect.topLeft(), QSizeF());

    // Device pixels per painter unit. Where a module is at least one device pixel wide, it is made
    // a whole number of them: bars of one width print alike, and raster previews stay sharp.
    const QTransform device = painter.deviceTransform();
    const bool canSnap = device.type() <= QTransform::TxScale && qFuzzyCompare(device.m11(), device.m22());
    const double deviceScale = std::abs(device.m11());
    const auto snap = [&](double scale) {
        const double moduleInDevice = scale * UnitsPerModule * deviceScale;
        if (!canSnap || moduleInDevice < 1.0)
            return scale;
        return std::floor(moduleInDevice + 1e-6) / (UnitsPerModule * deviceScale);
    };

    const double width = encoded->vector()->width;
    double scale = rect.width() / width;
    if (m_maxModule > 0)
        scale = std::min(scale, m_maxModule / UnitsPerModule);
    if (isMatrix(m_symbology)) {
        scale = snap(std::min(scale, rect.height() / encoded->vector()->height));
    } else {
        // The width is fixed by the data; the bars take whatever height is left.
        scale = snap(scale);
        const double extra = (rect.height() / scale - encoded->vector()->height) / UnitsPerModule;
        const double height = std::clamp(DefaultHeight + extra, MinHeight, MaxHeight);
        if (std::abs(height - DefaultHeight) > 0.01) {
            auto resized = encode(m_symbology, m_data, m_showText, height);
            if (!resized)
                return fail(resized.error());
            encoded = std::move(resized);
        }
        if (encoded->vector()->height * scale > rect.height() * (1 + 1e-6))
            scale = snap(rect.height() / encoded->vector()->height);
    }

    const zint_vector* vector = encoded->vector();
    const QSizeF size(vector->width * scale, vector->height * scale);
    QPointF origin(rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2);
    const bool snapped = canSnap && scale * UnitsPerModule * deviceScale >= 1.0;
    if (snapped) {
        const QPointF inDevice = device.map(origin);
        origin = device.inverted().map(QPointF(std::round(inDevice.x()), std::round(inDevice.y())));
    }

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, !snapped);
    painter.setPen(Qt::NoPen);
    for (const zint_vector_rect* r = vector->rectangles; r; r = r->next) {
        // colour -1 is the foreground; 8 is white (gaps inside some symbols).
        const QColor colour = r->colour == 8 ? QColor(Qt::white) : QColor(Qt::black);
        painter.fillRect(
            QRectF(origin.x() + r->x * scale, origin.y() + r->y * scale, r->width * scale, r->height * scale),
            colour);
    }
    for (const zint_vector_circle* c = vector->circles; c; c = c->next) {
        const double radius = c->diameter * scale / 2;
        painter.setBrush(c->colour ? QColor(Qt::white) : QColor(Qt::black));
        painter.drawEllipse(QPointF(origin.x() + c->x * scale, origin.y() + c->y * scale), radius, radius);
    }

    // zint gives each string's baseline, its font size in units and the width it should not exceed.
    const double dpi = painter.device() ? painter.device()->logicalDpiY() : 96.0;
    QFont font(u"DejaVu Sans Mono"_qs);
    font.setStyleHint(QFont::Monospace);
    painter.setPen(Qt::black);
    for (const zint_vector_string* s = vector->strings; s; s = s->next) {
        const QString text = QString::fromUtf8(reinterpret_cast<const char*>(s->text));
        double em = s->fsize * scale;
        font.setPointSizeF(em * 72.0 / dpi);
        double advance = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
        const double maxWidth = (s->width > 0 ? s->width : vector->width) * scale;
        if (advance > maxWidth && advance > 0) {
            em *= maxWidth / advance;
            font.setPointSizeF(em * 72.0 / dpi);
            advance = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
        }
        double x = origin.x() + s->x * scale;
        if (s->halign == 0)
            x -= advance / 2;
        else if (s->halign == 2)
            x -= advance;
        painter.setFont(font);
        painter.drawText(QPointF(x, origin.y() + s->y * scale), text);
    }
    painter.restore();
    return QRectF(origin, size);
}

} // namespace kontor

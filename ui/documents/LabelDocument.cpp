#include "LabelDocument.h"

#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace kontor {

namespace {

Q_LOGGING_CATEGORY(lcLabels, "kontor.documents.labels")

const QColor PreviewLine(190, 190, 190);
const QColor PreviewUsed(228, 228, 228);
// The widest narrow bar of a linear code: 150 % of the EAN nominal 0.33 mm.
constexpr double MaxModuleMm = 0.5;

QFont labelFont(double em, const QPaintDevice* device, bool bold = false)
{
    QFont font(QString::fromLatin1(LabelDocument::FontFamily));
    font.setStyleHint(QFont::SansSerif);
    // em is in painter units (device pixels); fonts take points at the device's resolution.
    font.setPointSizeF(std::max(em, 0.1) * 72.0 / device->logicalDpiY());
    font.setBold(bold);
    return font;
}

// Lines of text in one font.
struct TextBlock
{
    QFont font;
    QStringList lines;
    double lineHeight = 0;
    double ascent = 0;
    double height() const { return lines.size() * lineHeight; }
};

// Breaks `text` into at most `maxLines` lines of `width`; the last line is elided when the rest does
// not fit. `complete` tells whether every character found a place, and with `words` also that no
// word had to be broken.
QStringList breakLines(const QString& text, const QFont& font, const QPaintDevice* device, double width,
                       int maxLines, bool words, bool* complete)
{
    QStringList lines;
    *complete = true;
    if (text.isEmpty() || maxLines < 1)
        return lines;
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(words ? QTextOption::WordWrap : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (line.naturalTextWidth() > width + 0.01)
            *complete = false; // a word longer than the line
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart()).trimmed();
            const QString elided = QFontMetricsF(font, device).elidedText(rest, Qt::ElideRight, width);
            *complete = *complete && elided == rest;
            lines.append(elided);
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

// The largest font from `em` down to `minEm` that fits `text` into `maxLines` lines without
// breaking words; at the smallest size long words are broken and the rest is elided.
TextBlock fitText(const QString& text, const QPaintDevice* device, double width, int maxLines, double em,
                  double minEm, bool bold = false)
{
    TextBlock block;
    for (double size = em;; size *= 0.9) {
        block.font = labelFont(size, device, bold);
        const bool last = size * 0.9 < minEm;
        bool complete = false;
        block.lines = breakLines(text, block.font, device, width, maxLines, !last, &complete);
        if (complete || last)
            break;
    }
    const QFontMetricsF metrics(block.font, device);
    block.lineHeight = metrics.lineSpacing();
    block.ascent = metrics.ascent();
    return block;
}

void drawBlock(QPainter& painter, const TextBlock& block, const QRectF& area, Qt::Alignment alignment)
{
    painter.setFont(block.font);
    double y = area.top();
    for (const QString& line : block.lines) {
        painter.drawText(QRectF(area.left(), y, area.width(), block.lineHeight),
                         int(alignment | Qt::AlignTop | Qt::TextSingleLine), line);
        y += block.lineHeight;
    }
}

QRectF toDevice(const QRectF& mm, double dotsPerMm)
{
    return QRectF(mm.x() * dotsPerMm, mm.y() * dotsPerMm, mm.width() * dotsPerMm, mm.height() * dotsPerMm);
}

} // namespace

LabelDocument::LabelDocument(QList<LabelItem> items, LabelLayout layout, LabelOptions options)
    : m_items(std::move(items))
    , m_layout(std::move(layout))
    , m_options(options)
{
    m_ends.reserve(m_items.size());
    for (const LabelItem& item : std::as_const(m_items)) {
        m_labelCount += std::max(item.copies, 0);
        m_ends.append(m_labelCount);
    }
}

LabelItem LabelDocument::itemFor(const Product& product, LabelCode code, int copies, const QLocale& locale)
{
    LabelItem item;
    item.name = product.name;
    item.sku = product.sku;
    item.copies = copies;
    // A zero price is a price nobody entered yet, not one to print.
    const Money& price = product.salePrice ? *product.salePrice : product.listPrice;
    if (price.isValid() && price.minorUnits() > 0)
        item.price = price.toDisplayString(locale);

    const auto useBarcode = [&item](const Barcode& barcode) {
        item.barcode = barcode.code;
        item.symbology = BarcodeRenderer::symbologyFor(barcode.kind);
    };
    item.barcode = product.sku;
    item.symbology = Symbology::Code128;
    switch (code) {
    case LabelCode::Auto:
        if (!product.barcodes.isEmpty())
            useBarcode(product.barcodes.front());
        break;
    case LabelCode::Ean: {
        const auto gs1 = std::find_if(product.barcodes.cbegin(), product.barcodes.cend(),
                                      [](const Barcode& b) { return b.kind != BarcodeKind::Internal; });
        if (gs1 != product.barcodes.cend())
            useBarcode(*gs1);
        else
            item.fellBack = true;
        break;
    }
    case LabelCode::SkuCode128:
        break;
    case LabelCode::SkuQr:
        item.symbology = Symbology::QrCode;
        break;
    }
    return item;
}

int LabelDocument::firstPosition() const
{
    if (m_layout.isSingleLabel())
        return 0;
    return std::clamp(m_options.firstPosition, 0, m_layout.labelsPerPage() - 1);
}

int LabelDocument::pageCount() const
{
    if (m_labelCount == 0)
        return 0;
    const qint64 positions = firstPosition() + m_labelCount;
    const int perPage = std::max(m_layout.labelsPerPage(), 1);
    return int((positions + perPage - 1) / perPage);
}

QList<LabelDocument::Problem> LabelDocument::problems() const
{
    QList<Problem> result;
    for (int i = 0; i < m_items.size(); ++i) {
        const LabelItem& item = m_items.at(i);
        if (item.copies <= 0)
            continue;
        if (auto ok = BarcodeRenderer(item.symbology, item.barcode).validate(); !ok)
            result.append({i, ok.error()});
    }
    return result;
}

const LabelItem* LabelDocument::itemOfLabel(qint64 label) const
{
    const auto it = std::upper_bound(m_ends.cbegin(), m_ends.cend(), label);
    return it == m_ends.cend() ? nullptr : &m_items.at(int(it - m_ends.cbegin()));
}

void LabelDocument::paintPage(QPainter& painter, int page, double dotsPerMm, bool preview) const
{
    const int perPage = m_layout.labelsPerPage();
    const qint64 first = firstPosition();
    painter.save();
    for (int slot = 0; slot < perPage; ++slot) {
        const qint64 label = qint64(page) * perPage + slot - first;
        const QRectF box = toDevice(m_layout.labelRect(slot), dotsPerMm);
        if (preview && label < 0)
            painter.fillRect(box, PreviewUsed); // already used on the sheet
        // A label roll's preview page is the label already; its edge needs no frame.
        if ((preview && !m_layout.isSingleLabel()) || m_options.outlines) {
            QPen pen(preview ? PreviewLine : QColor(Qt::darkGray));
            pen.setCosmetic(preview);
            pen.setWidthF(preview ? 1.0 : 0.1 * dotsPerMm);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            const double radius = std::min(1.5 * dotsPerMm, box.height() / 8);
            painter.drawRoundedRect(box, radius, radius);
        }
        if (label < 0 || label >= m_labelCount)
            continue;
        if (const LabelItem* item = itemOfLabel(label))
            paintLabel(painter, box, *item, dotsPerMm);
    }
    painter.restore();
}

void LabelDocument::paintLabel(QPainter& painter, const QRectF& box, const LabelItem& item,
                               double dotsPerMm) const
{
    const double mm = dotsPerMm;
    const double pad = std::clamp(std::min(box.width(), box.height()) / mm * 0.06, 1.0, 2.5) * mm;
    const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
    painter.setPen(Qt::black);
    if (BarcodeRenderer::isMatrix(item.symbology)) {
        paintQrLabel(painter, inner, item, dotsPerMm);
        return;
    }

    const QPaintDevice* device = painter.device();
    BarcodeRenderer code(item.symbology, item.barcode);
    // The SKU has its own line in a readable size; Code 128 of the SKU need not repeat it in the
    // small print under its bars.
    code.setShowText(item.barcode != item.sku);
    code.setMaximumModuleWidth(MaxModuleMm * mm);
    const QString price = m_options.showPrice ? item.price : QString();
    const QString& sku = item.sku;
    const double em = std::clamp(inner.height() / mm * 0.12, 2.0, 3.6) * mm;
    const double gap = std::max(0.5 * mm, em * 0.15);

    // The row under the name: SKU on the left, price on the right, on one baseline.
    const QFont skuFont = labelFont(em * 0.85, device);
    const QFont priceFont = labelFont(em * 1.3, device, true);
    const QFontMetricsF skuMetrics(skuFont, device);
    const QFontMetricsF priceMetrics(priceFont, device);
    double rowHeight = 0;
    double rowAscent = 0;
    if (!price.isEmpty()) {
        rowHeight = priceMetrics.height();
        rowAscent = priceMetrics.ascent();
    } else if (!sku.isEmpty()) {
        rowHeight = skuMetrics.height();
        rowAscent = skuMetrics.ascent();
    }

    // The barcode keeps about half of the label; the name gets up to two lines (three on tall
    // labels) of the rest, in a smaller font if that makes it fit.
    const double barcodeShare = inner.height() * 0.45;
    const double nameRoom = inner.height() - barcodeShare - rowHeight - 2 * gap;
    const double nameLineHeight = QFontMetricsF(labelFont(em * 0.75, device), device).lineSpacing();
    const int maxLines = std::clamp(int(nameRoom / nameLineHeight), 1, inner.height() / mm >= 34 ? 3 : 2);
    const TextBlock name = fitText(item.name, device, inner.width(), maxLines, em, em * 0.75);

    double y = inner.top();
    if (!name.lines.isEmpty()) {
        drawBlock(painter, name, QRectF(inner.left(), y, inner.width(), name.height()), Qt::AlignHCenter);
        y += name.height() + gap;
    }
    if (rowHeight > 0) {
        const double baseline = y + rowAscent;
        double skuRoom = inner.width();
        if (!price.isEmpty()) {
            const double priceWidth = priceMetrics.horizontalAdvance(price);
            painter.setFont(priceFont);
            const double x = sku.isEmpty() ? inner.center().x() - priceWidth / 2 : inner.right() - priceWidth;
            painter.drawText(QPointF(x, baseline), price);
            skuRoom -= priceWidth + 2 * gap;
        }
        if (!sku.isEmpty() && skuRoom > 0) {
            const QString text = skuMetrics.elidedText(sku, Qt::ElideRight, skuRoom);
            painter.setFont(skuFont);
            const double x =
                price.isEmpty() ? inner.center().x() - skuMetrics.horizontalAdvance(text) / 2 : inner.left();
            painter.drawText(QPointF(x, baseline), text);
        }
        y += rowHeight + gap;
    }

    // The symbol carries its own quiet zones, so it may come closer to the label's edges than text.
    const double side = std::min(pad, 1.5 * mm);
    const QRectF barcodeArea(box.left() + side, y, box.width() - 2 * side, inner.bottom() - y);
    if (auto painted = code.paint(painter, barcodeArea); !painted) {
        const QFont font = labelFont(em * 0.8, device);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(barcodeArea, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Barcode %1 cannot be drawn").arg(item.barcode));
    }
}

void LabelDocument::paintQrLabel(QPainter& painter, const QRectF& inner, const LabelItem& item,
                                 double dotsPerMm) const
{
    const QPaintDevice* device = painter.device();
    const double mm = dotsPerMm;
    const double em = std::clamp(inner.height() / mm * 0.12, 2.0, 3.6) * mm;
    const double gap = std::max(0.5 * mm, em * 0.15);
    const double side = std::min(inner.height(), inner.width() * 0.5);
    const QRectF codeArea(inner.left(), inner.center().y() - side / 2, side, side);
    if (auto painted = BarcodeRenderer(item.symbology, item.barcode).paint(painter, codeArea); !painted) {
        painter.setFont(labelFont(em * 0.8, device));
        painter.drawText(codeArea, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Barcode %1 cannot be drawn").arg(item.barcode));
    }

    // Name, SKU and price to the right of the code, the price at the bottom.
    const QRectF text(codeArea.right() + gap, inner.top(), inner.right() - codeArea.right() - gap,
                      inner.height());
    double bottom = text.bottom();
    const QString price = m_options.showPrice ? item.price : QString();
    if (!price.isEmpty()) {
        const TextBlock block = fitText(price, device, text.width(), 1, em * 1.3, em * 0.9, true);
        bottom -= block.height();
        drawBlock(painter, block, QRectF(text.left(), bottom, text.width(), block.height()), Qt::AlignLeft);
        bottom -= gap;
    }
    const TextBlock sku = fitText(item.sku, device, text.width(), 1, em * 0.85, em * 0.7);
    const double nameRoom = bottom - text.top() - sku.height() - gap;
    const double lineHeight = QFontMetricsF(labelFont(em * 0.75, device), device).lineSpacing();
    const int maxLines = std::clamp(int(nameRoom / lineHeight), 1, 5);
    const TextBlock name = fitText(item.name, device, text.width(), maxLines, em, em * 0.75);
    drawBlock(painter, name, QRectF(text.left(), text.top(), text.width(), name.height()), Qt::AlignLeft);
    drawBlock(painter, sku, QRectF(text.left(), text.top() + name.height() + gap, text.width(), sku.height()),
              Qt::AlignLeft);
}

QImage LabelDocument::renderPage(int page, double dotsPerMm, bool preview) const
{
    const QSize size(qMax(1, qRound(m_layout.pageSize.width() * dotsPerMm)),
                     qMax(1, qRound(m_layout.pageSize.height() * dotsPerMm)));
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPage(painter, page, dotsPerMm, preview);
    return image;
}

Result<int> LabelDocument::print(QPagedPaintDevice& device, const Progress& progress,
                                 const std::function<void()>& abort) const
{
    const int pages = pageCount();
    if (pages == 0)
        return fail(ErrorCode::Invalid, tr("There are no labels to print."));
    if (!device.setPageLayout(m_layout.pageLayout()))
        qCWarning(lcLabels) << "the device did not take the page layout of" << m_layout.id;

    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::Io, tr("Cannot start printing the labels."));
    const double dpi = device.logicalDpiX();
    const double dotsPerMm = dpi / 25.4;
    // The painter starts at the printable area; labels are placed from the paper's corner.
    painter.translate(-device.pageLayout().paintRectPixels(qRound(dpi)).topLeft());
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return fail(ErrorCode::Io, tr("Cannot start page %1 of the labels.").arg(page + 1));
        }
        paintPage(painter, page, dotsPerMm);
        if (progress && !progress(page + 1, pages)) {
            if (abort)
                abort();
            painter.end();
            return fail(ErrorCode::Cancelled, tr("Printing the labels was cancelled."));
        }
    }
    if (!painter.end())
        return fail(ErrorCode::Io, tr("Cannot finish printing the labels."));
    return pages;
}

Result<int> LabelDocument::writePdf(const QString& path, const Progress& progress) const
{
    if (m_labelCount == 0)
        return fail(ErrorCode::Invalid, tr("There are no labels to save."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setCreator(u"Kontor"_qs);
        writer.setTitle(tr("Labels"));
        pages = print(writer, progress);
    }
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit()) {
        return fail(ErrorCode::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return pages;
}

} // namespace kontor

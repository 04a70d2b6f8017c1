#include "DocumentPager.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace kontor {

namespace {

// Where a page may start, and the header to repeat when it starts there.
struct Break
{
    qreal y = 0;
    std::optional<std::pair<qreal, qreal>> header;
};

// The vertical extent of a cell's text, in document coordinates.
std::pair<qreal, qreal> cellExtent(QAbstractTextDocumentLayout* layout, const QTextTableCell& cell)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    const QTextBlock last = cell.lastCursorPosition().block();
    for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
        const QRectF r = layout->blockBoundingRect(b);
        top = std::min(top, r.top());
        bottom = std::max(bottom, r.bottom());
        if (b == last)
            break;
    }
    return {top, bottom};
}

void addTableBreaks(QAbstractTextDocumentLayout* layout, QTextTable* table, QList<Break>& breaks)
{
    const QRectF frame = layout->frameBoundingRect(table);
    const int rows = table->rows();
    const int columns = table->columns();
    // Each row's text from its highest top to its lowest bottom; a row boundary lies half-way
    // between one row's text and the next (on the border line between them).
    QList<qreal> tops(rows, std::numeric_limits<qreal>::max());
    QList<qreal> bottoms(rows, std::numeric_limits<qreal>::lowest());
    QList<bool> spanned(rows + 1, false); // a cell spans across the boundary above this row
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue;
            for (int s = 1; s < cell.rowSpan(); ++s)
                spanned[r + s] = true;
            const auto [top, bottom] = cellExtent(layout, cell);
            tops[r] = std::min(tops[r], top);
            bottoms[r + cell.rowSpan() - 1] = std::max(bottoms[r + cell.rowSpan() - 1], bottom);
        }
    }
    QList<qreal> bounds(rows + 1);
    for (int r = 1; r < rows; ++r)
        bounds[r] = (bottoms[r - 1] + tops[r]) / 2;
    // The layout reports the table's top at its first row's text; the border and padding above
    // that text are as tall as the gap between two rows' text.
    const qreal gap = rows > 1 ? std::max<qreal>(tops[1] - bottoms[0], 0) : 0;
    bounds[0] = std::min(frame.top(), tops[0]) - gap;
    bounds[rows] = frame.bottom();
    breaks.append(Break{bounds[0], std::nullopt});
    const int headerRows = std::min(table->format().headerRowCount(), rows);
    std::optional<std::pair<qreal, qreal>> header;
    if (headerRows > 0)
        header = std::make_pair(bounds[0], bounds[headerRows]);
    for (int r = 1; r < rows; ++r) {
        // The header stays with the first row under it.
        if (spanned[r] || r <= headerRows)
            continue;
        breaks.append(Break{bounds[r], header});
    }
}

} // namespace

DocumentPager::DocumentPager(QTextDocument& document, qreal pageHeight)
    : m_document(document)
{
    // One long page: the breaks are chosen here, not by the layout.
    const qreal width = document.pageSize().width() > 0 ? document.pageSize().width() : document.textWidth();
    document.setTextWidth(width);
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal total = layout->documentSize().height();

    QList<Break> breaks;
    QTextFrame* root = document.rootFrame();
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(frame))
                addTableBreaks(layout, table, breaks);
            else
                breaks.append(Break{layout->frameBoundingRect(frame).top(), std::nullopt});
        } else if (it.currentBlock().isValid()) {
            breaks.append(Break{layout->blockBoundingRect(it.currentBlock()).top(), std::nullopt});
        }
    }
    std::stable_sort(breaks.begin(), breaks.end(), [](const Break& a, const Break& b) { return a.y < b.y; });

    qreal start = 0;
    std::optional<Band> header;
    while (start < total - 0.5 || m_pages.isEmpty()) {
        const qreal room = pageHeight - (header ? header->height() : 0);
        const qreal limit = start + std::max(room, pageHeight / 4);
        if (limit >= total) {
            m_pages.append(Page{Band{start, total}, header});
            break;
        }
        const Break* best = nullptr;
        for (const Break& b : breaks) {
            if (b.y > limit)
                break;
            if (b.y > start + 1)
                best = &b;
        }
        if (!best) {
            // Nothing to break at on this page (a paragraph taller than a page): cut it.
            m_pages.append(Page{Band{start, limit}, header});
            start = limit;
            header.reset();
            continue;
        }
        m_pages.append(Page{Band{start, best->y}, header});
        start = best->y;
        header.reset();
        if (best->header)
            header = Band{best->header->first, best->header->second};
    }
}

void DocumentPager::paintBand(QPainter& painter, const Band& band, qreal y) const
{
    painter.save();
    painter.translate(0, y - band.top);
    const QRectF clip(0, band.top, m_document.textWidth(), band.height());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document.documentLayout()->draw(&painter, context);
    painter.restore();
}

void DocumentPager::paintPage(QPainter& painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    const Page& p = m_pages[page];
    qreal y = 0;
    if (p.header) {
        paintBand(painter, *p.header, 0);
        y = p.header->height();
    }
    paintBand(painter, p.body, y);
}

} // namespace kontor

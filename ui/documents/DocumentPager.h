#pragma once

// DocumentPager: prints a QTextDocument on pages without splitting table rows. QTextDocument's own
// pagination breaks a row's cells line by line, so a waybill row's name can start on one page and
// end on the next while its figures stay behind. This lays the document out as one long page,
// breaks only between top-level paragraphs and between table rows (never inside a row, never
// between a table's header and its first row), and repeats a table's header rows at the top of
// every page it runs on to.

#include <QList>

#include <optional>

class QPainter;
class QTextDocument;

namespace kontor {

class DocumentPager
{
public:
    // `document` keeps its text width; `pageHeight` is the height of a page's body, in the
    // document's units. The document must outlive the pager and stay unchanged.
    DocumentPager(QTextDocument& document, qreal pageHeight);

    int pageCount() const { return int(m_pages.size()); }
    // Paints one page's body with the painter's origin at its top-left corner.
    void paintPage(QPainter& painter, int page) const;

private:
    struct Band
    {
        qreal top = 0;
        qreal bottom = 0;
        qreal height() const { return bottom - top; }
    };
    struct Page
    {
        Band body;
        std::optional<Band> header; // a table's header rows, repeated above the body
    };
    void paintBand(QPainter& painter, const Band& band, qreal y) const;

    QTextDocument& m_document;
    QList<Page> m_pages;
};

} // namespace kontor

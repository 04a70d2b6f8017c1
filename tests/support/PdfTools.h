#pragma once

// Reads PDFs that Kontor wrote through poppler-utils (pdftotext, pdfinfo), so tests can check
// their text, page count and page size. The tools are a build dependency (install-deps.sh).

#include <QSizeF>
#include <QString>

namespace kontor::test {

struct PdfInfo
{
    bool ok = false;
    QString error; // why ok is false: the tool is missing or failed
    int pages = 0;
    QSizeF pageSize; // of the first page, in millimetres
};

PdfInfo pdfInfo(const QString& path);
// The text of every page, with runs of white space (line breaks too) made single spaces.
QString pdfText(const QString& path);
// The text laid out as on the page (pdftotext -layout), one entry per non-empty line with runs of
// white space made single spaces: a table row is one line, so a test can check a row's cells.
QStringList pdfLines(const QString& path);

} // namespace kontor::test

#pragma once

// Builds CSV text that CsvReader (and Excel, LibreOffice, shop platforms) read back field for
// field: quotes only where needed, doubles quotes, and optionally defuses spreadsheet formulas
// in exported text so that a product name like "=HYPERLINK(...)" cannot run in a spreadsheet.

#include "CsvReader.h"

#include <QString>
#include <QStringList>

namespace kontor {

class CsvWriter
{
public:
    // crlf: end records with CRLF (RFC 4180, what Excel writes) instead of LF.
    explicit CsvWriter(CsvDialect dialect = {}, bool crlf = true);

    // When on, a field starting with '=', '+', '-', '@', tab or CR gets a leading apostrophe
    // unless it is a plain number ([+-]?[0-9 .,]+ with at least one digit, e.g. "-5", "+7 999").
    // Such output no longer round-trips exactly: use it for files meant for spreadsheets.
    void setEscapeFormulas(bool escape) { m_escapeFormulas = escape; }
    bool escapeFormulas() const { return m_escapeFormulas; }

    // Appends one record. A field is quoted when it contains the delimiter, the quote, CR or LF,
    // or starts or ends with a space or tab; a record of one empty field is written as "" so
    // that it is not read back as a blank line. An empty list writes a blank line.
    void writeRecord(const QStringList& fields);

    // The text written so far.
    QString text() const { return m_text; }
    // Writes the text to a file atomically (the old file stays until the new one is complete), in
    // an encoding encodeText() knows.
    Result<void> save(const QString& filePath, const QString& encoding) const;

private:
    void appendField(const QString& field);

    CsvDialect m_dialect;
    bool m_crlf = true;
    bool m_escapeFormulas = false;
    QString m_text;
};

} // namespace kontor

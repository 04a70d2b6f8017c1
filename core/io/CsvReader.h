#pragma once

// Reads CSV text record by record: RFC 4180 plus what real shop files need (';' from Excel in a
// Russian locale, LF/CRLF/CR line ends, spaces around quoted fields, a literal quote inside an
// unquoted field, blank lines). Hostile files fail fast with a line number and a bounded amount
// of memory instead of being read to the end. Fields are sliced from the source text, which the
// caller keeps alive while reading.

#include "common/Result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace kontor {

struct CsvDialect
{
    QChar delimiter = u',';
    QChar quote = u'"'; // QChar() reads every field unquoted

    bool operator==(const CsvDialect&) const = default;
};

// Guesses the delimiter among ',', ';', tab and '|' from the first lines of text, counting only
// characters outside quoted fields: the one found the same number of times on most lines wins
// (on a tie the one least likely to be data: tab, ';', '|', ','). ',' when none occurs.
CsvDialect detectDialect(QStringView text);

struct CsvRecord
{
    QStringList fields;
    int line = 0; // 1-based physical line where the record starts
};

class CsvReader
{
public:
    static constexpr qsizetype MaxFieldLength = 1'000'000; // characters in one field
    static constexpr qsizetype MaxFields = 2'000;          // fields in one record

    // text must outlive the reader. A leading BOM (U+FEFF) is skipped. The delimiter must not be
    // the quote, CR or LF.
    explicit CsvReader(QStringView text, CsvDialect dialect = {});
    // A temporary string would dangle: keep the text in a variable.
    CsvReader(QString&& text, CsvDialect dialect = {}) = delete;

    // Reads the next record into out: true when one was read, false at the end of the text.
    // Blank lines (nothing but spaces and tabs that are not the delimiter) are skipped. On an
    // error (Error::line is set) every further call returns the same error.
    Result<bool> next(CsvRecord& out);

    // All records of text; the first error stops reading.
    static Result<QList<CsvRecord>> readAll(QStringView text, CsvDialect dialect = {});

private:
    std::unexpected<Error> setError(QString message, int line);
    void skipBlankLines();

    QStringView m_text;
    CsvDialect m_dialect;
    qsizetype m_pos = 0;
    int m_line = 1;
    std::optional<Error> m_error;
};

} // namespace kontor

#include "CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace kontor {

namespace {

constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';

// Spaces and tabs around a quoted field are tolerated, unless the tab is the delimiter.
inline bool isPadding(char16_t c, char16_t delimiter)
{
    return (c == u' ' || c == u'\t') && c != delimiter;
}

QString tooLong(int fieldNumber)
{
    return QCoreApplication::translate("kontor::CsvReader", "Field %1 is longer than %L2 characters.")
        .arg(fieldNumber)
        .arg(CsvReader::MaxFieldLength);
}

QStringView withoutBom(QStringView text)
{
    return text.startsWith(QChar(0xFEFF)) ? text.sliced(1) : text;
}

} // namespace

CsvDialect detectDialect(QStringView text)
{
    // Candidates in tie-break order: the character least likely to occur inside data comes first
    // (a Russian price column is full of decimal commas).
    constexpr std::array<char16_t, 4> Candidates = {u'\t', u';', u'|', u','};
    constexpr qsizetype MaxLines = 20;
    constexpr qsizetype MaxScan = 1 << 20; // a hostile first "line" must not be scanned forever

    text = withoutBom(text);
    const char16_t* s = text.utf16();
    const qsizetype end = std::min(text.size(), MaxScan);
    const char16_t quote = u'"';

    using Counts = std::array<int, Candidates.size()>;
    QList<Counts> lines;
    Counts counts{};
    bool lineHasText = false;
    bool fieldStart = true; // only a quote at the start of a field opens a quoted field
    qsizetype i = 0;
    for (; i < end && lines.size() < MaxLines; ++i) {
        const char16_t c = s[i];
        if (c == quote && fieldStart) {
            // Skip the quoted field; "" inside it is an escaped quote.
            for (++i; i < end; ++i) {
                if (s[i] == quote) {
                    if (i + 1 < end && s[i + 1] == quote)
                        ++i;
                    else
                        break;
                }
            }
            lineHasText = true;
            fieldStart = false;
            continue;
        }
        if (c == Cr || c == Lf) {
            if (lineHasText)
                lines.append(counts);
            counts = {};
            lineHasText = false;
            fieldStart = true;
            continue;
        }
        if (c == u' ')
            continue;
        const auto candidate = std::find(Candidates.begin(), Candidates.end(), c);
        if (candidate != Candidates.end()) {
            ++counts[std::distance(Candidates.begin(), candidate)];
            fieldStart = true;
        } else {
            fieldStart = false;
        }
        lineHasText = true;
    }
    // The last line counts when it is complete (the text ends there), or when it is all there is.
    if (lineHasText && lines.size() < MaxLines && (i >= text.size() || lines.isEmpty()))
        lines.append(counts);

    CsvDialect dialect;
    if (lines.isEmpty())
        return dialect;
    int bestAgree = 0;
    int bestCount = 0;
    for (size_t k = 0; k < Candidates.size(); ++k) {
        const int count = lines.front()[k];
        if (count == 0)
            continue;
        const int agree = int(
            std::count_if(lines.begin(), lines.end(), [&](const Counts& line) { return line[k] == count; }));
        if (agree > bestAgree || (agree == bestAgree && count > bestCount)) {
            bestAgree = agree;
            bestCount = count;
            dialect.delimiter = QChar(Candidates[k]);
        }
    }
    return dialect;
}

CsvReader::CsvReader(QStringView text, CsvDialect dialect)
    : m_text(withoutBom(text))
    , m_dialect(dialect)
{
    Q_ASSERT(m_dialect.delimiter != m_dialect.quote);
    Q_ASSERT(m_dialect.delimiter != QChar(Cr) && m_dialect.delimiter != QChar(Lf));
}

std::unexpected<Error> CsvReader::setError(QString message, int line)
{
    m_error = Error{ErrorCode::Invalid, std::move(message), {}, {}, line};
    return std::unexpected(*m_error);
}

void CsvReader::skipBlankLines()
{
    const char16_t* s = m_text.utf16();
    const qsizetype n = m_text.size();
    const char16_t delimiter = m_dialect.delimiter.unicode();
    for (;;) {
        qsizetype p = m_pos;
        while (p < n && isPadding(s[p], delimiter))
            ++p;
        if (p >= n) {
            m_pos = n;
            return;
        }
        if (s[p] != Cr && s[p] != Lf)
            return; // the padding belongs to the record
        p += (s[p] == Cr && p + 1 < n && s[p + 1] == Lf) ? 2 : 1;
        ++m_line;
        m_pos = p;
    }
}

Result<bool> CsvReader::next(CsvRecord& out)
{
    if (m_error)
        return std::unexpected(*m_error);
    out.fields.clear();
    skipBlankLines();
    const char16_t* s = m_text.utf16();
    const qsizetype n = m_text.size();
    if (m_pos >= n) {
        out.line = 0;
        return false;
    }
    out.line = m_line;

    const char16_t delimiter = m_dialect.delimiter.unicode();
    const char16_t quote = m_dialect.quote.unicode();
    const bool quoting = !m_dialect.quote.isNull();
    qsizetype p = m_pos;
    for (;;) {
        if (out.fields.size() >= MaxFields) {
            return setError(
                QCoreApplication::translate("kontor::CsvReader", "The record has more than %L1 fields.")
                    .arg(MaxFields),
                out.line);
        }
        const int fieldNumber = int(out.fields.size()) + 1;
        qsizetype q = p;
        while (q < n && isPadding(s[q], delimiter))
            ++q;
        if (quoting && q < n && s[q] == quote) {
            // Quoted field: slices between doubled quotes; a copy is built only when "" occurs.
            const int openLine = m_line;
            QString built;
            qsizetype segment = ++q;
            for (;;) {
                while (q < n && s[q] != quote) {
                    if (s[q] == Lf || (s[q] == Cr && (q + 1 >= n || s[q + 1] != Lf)))
                        ++m_line;
                    ++q;
                    if (q - segment + built.size() > MaxFieldLength) {
                        return setError(tooLong(fieldNumber), openLine);
                    }
                }
                if (q >= n) {
                    return setError(
                        QCoreApplication::translate(
                            "kontor::CsvReader",
                            "A quoted field starts on this line but its closing quote is missing."),
                        openLine);
                }
                if (q + 1 < n && s[q + 1] == quote) {
                    built.append(m_text.sliced(segment, q + 1 - segment)); // keeps one quote
                    q += 2;
                    segment = q;
                    if (built.size() > MaxFieldLength)
                        return setError(tooLong(fieldNumber), openLine);
                    continue;
                }
                break;
            }
            if (built.isNull()) {
                out.fields.append(m_text.sliced(segment, q - segment).toString());
            } else {
                built.append(m_text.sliced(segment, q - segment));
                out.fields.append(std::move(built));
            }
            ++q; // the closing quote
            while (q < n && isPadding(s[q], delimiter))
                ++q;
            if (q < n && s[q] != delimiter && s[q] != Cr && s[q] != Lf) {
                return setError(QCoreApplication::translate(
                                    "kontor::CsvReader", "Unexpected text after the closing quote of field "
                                                         "%1. A quote inside a field must be doubled.")
                                    .arg(fieldNumber),
                                m_line);
            }
            p = q;
        } else {
            // Unquoted field: up to the delimiter or the line end, spaces and quotes kept as they are.
            const qsizetype limit = p + std::min(n - p, MaxFieldLength + 1);
            qsizetype e = p;
            while (e < limit && s[e] != delimiter && s[e] != Cr && s[e] != Lf)
                ++e;
            if (e - p > MaxFieldLength) {
                return setError(tooLong(fieldNumber), m_line);
            }
            out.fields.append(m_text.sliced(p, e - p).toString());
            p = e;
        }

        if (p >= n) {
            m_pos = n;
            return true;
        }
        if (s[p] == delimiter) {
            ++p;
            continue;
        }
        p += (s[p] == Cr && p + 1 < n && s[p + 1] == Lf) ? 2 : 1;
        ++m_line;
        m_pos = p;
        return true;
    }
}

Result<QList<CsvRecord>> CsvReader::readAll(QStringView text, CsvDialect dialect)
{
    CsvReader reader(text, dialect);
    QList<CsvRecord> records;
    CsvRecord record;
    for (;;) {
        const auto more = reader.next(record);
        if (!more)
            return fail(more.error());
        if (!*more)
            return records;
        records.append(std::move(record));
        record = CsvRecord();
    }
}

} // namespace kontor

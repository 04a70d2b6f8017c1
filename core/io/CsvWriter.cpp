#include "CsvWriter.h"

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace kontor {

namespace {

// [+-]?[0-9 .,]+ with at least one digit: a number or a phone number, not a formula.
bool isPlainNumber(QStringView field)
{
    if (field.startsWith(u'+') || field.startsWith(u'-'))
        field = field.sliced(1);
    bool digit = false;
    for (const QChar c : field) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u' ' && c != u'.' && c != u',')
            return false;
    }
    return digit;
}

bool looksLikeFormula(QStringView field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    const bool trigger =
        first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    return trigger && !isPlainNumber(field);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

CsvWriter::CsvWriter(CsvDialect dialect, bool crlf)
    : m_dialect(dialect)
    , m_crlf(crlf)
{
    if (m_dialect.quote.isNull())
        m_dialect.quote = u'"'; // a writer must be able to quote
    Q_ASSERT(m_dialect.delimiter != m_dialect.quote);
}

void CsvWriter::appendField(const QString& field)
{
    QStringView value = field;
    QString escaped;
    if (m_escapeFormulas && looksLikeFormula(value)) {
        escaped = QChar(u'\'') + field;
        value = escaped;
    }
    const QChar quote = m_dialect.quote;
    bool needsQuotes = !value.isEmpty() && (isSpace(value.front()) || isSpace(value.back()));
    for (qsizetype i = 0; i < value.size() && !needsQuotes; ++i) {
        const QChar c = value[i];
        needsQuotes = c == m_dialect.delimiter || c == quote || c == u'\r' || c == u'\n';
    }
    if (!needsQuotes) {
        m_text.append(value);
        return;
    }
    m_text.append(quote);
    qsizetype from = 0;
    for (qsizetype at = value.indexOf(quote); at >= 0; at = value.indexOf(quote, from)) {
        m_text.append(value.sliced(from, at + 1 - from));
        m_text.append(quote);
        from = at + 1;
    }
    m_text.append(value.sliced(from));
    m_text.append(quote);
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    if (fields.size() == 1 && fields.front().isEmpty()) {
        m_text.append(m_dialect.quote);
        m_text.append(m_dialect.quote);
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_text.append(m_dialect.delimiter);
            appendField(fields[i]);
        }
    }
    m_text.append(m_crlf ? QStringView(u"\r\n") : QStringView(u"\n"));
}

Result<void> CsvWriter::save(const QString& filePath, const QString& encoding) const
{
    QSaveFile file(filePath);
    auto failed = [&] {
        return fail(ErrorCode::Io, QCoreApplication::translate("kontor::CsvWriter", "Cannot write %1: %2")
                                       .arg(filePath, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    file.write(encodeText(m_text, encoding));
    if (!file.commit())
        return failed();
    return {};
}

} // namespace kontor

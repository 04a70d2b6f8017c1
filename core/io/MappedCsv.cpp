#include "MappedCsv.h"

#include <QCoreApplication>

namespace kontor {

QString MappedCsv::columnName(const QString& key) const
{
    const int column = m_mapping.column(key);
    return column >= 0 ? m_file.headers().value(column) : key;
}

Result<void> MappedCsv::checkRequired(const QList<ImportField>& fields) const
{
    for (const ImportField& field : fields) {
        if (field.required && !m_mapping.has(field.key)) {
            return fail(Error{ErrorCode::Invalid,
                              QCoreApplication::translate("kontor::MappedCsv",
                                                          "no column is mapped to the required field \"%1\"")
                                  .arg(field.displayName),
                              field.displayName, m_file.fileName, 1});
        }
    }
    return {};
}

bool MappedCsv::isBlank(const CsvRecord& record)
{
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const QString& f) { return f.trimmed().isEmpty(); });
}

std::optional<QString> MappedCsv::shapeProblem(const CsvRecord& record) const
{
    const qsizetype columns = m_file.headers().size();
    if (record.fields.size() > columns &&
        std::any_of(record.fields.begin() + columns, record.fields.end(),
                    [](const QString& f) { return !f.trimmed().isEmpty(); })) {
        return QCoreApplication::translate("kontor::MappedCsv",
                                           "the row has %1 columns but the header has %2")
            .arg(record.fields.size())
            .arg(columns);
    }
    return std::nullopt;
}

QString MappedCsv::cell(const CsvRecord& record, const QString& key) const
{
    const int column = m_mapping.column(key);
    if (column < 0)
        return {};
    return unescapeFormula(record.fields.value(column).trimmed());
}

QString MappedCsv::unescapeFormula(const QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' &&
        (cell[1] == u'=' || cell[1] == u'+' || cell[1] == u'-' || cell[1] == u'@' || cell[1] == u'\t'))
        return cell.mid(1);
    return cell;
}

} // namespace kontor

#pragma once

// MappedCsv: the rows of a CsvFile read through a ColumnMapping, with the checks every import
// makes the same way: required fields mapped, blank rows skipped, rows longer than the header
// refused, cells trimmed and freed of the apostrophe a spreadsheet-safe export puts before
// '=', '+', '-', '@'. Issues name the file's own column header.

#include "ColumnMapping.h"
#include "CsvFile.h"

namespace kontor {

class MappedCsv
{
public:
    MappedCsv(const CsvFile& file, ColumnMapping mapping)
        : m_file(file)
        , m_mapping(std::move(mapping))
    {}

    const ColumnMapping& mapping() const { return m_mapping; }
    // The header of the column mapped to `key`, or the key when none is: how issues name a field.
    QString columnName(const QString& key) const;
    // Fails (line 1, the field's name) when a required field has no column.
    Result<void> checkRequired(const QList<ImportField>& fields) const;

    // Nothing but white space in every field.
    static bool isBlank(const CsvRecord& record);
    // A message when the record has non-empty fields beyond the header's columns.
    std::optional<QString> shapeProblem(const CsvRecord& record) const;
    // The trimmed cell of the field's column ("" when unmapped or missing), formula escape removed.
    QString cell(const CsvRecord& record, const QString& key) const;
    bool present(const CsvRecord& record, const QString& key) const { return !cell(record, key).isEmpty(); }

    // Undoes the spreadsheet-safety apostrophe a CSV writer puts before =, +, -, @.
    static QString unescapeFormula(const QString& cell);

private:
    const CsvFile& m_file;
    ColumnMapping m_mapping;
};

} // namespace kontor

#pragma once

// ImportPreview: what a CSV file looks like before it is imported, for the mapping step of an
// import dialog: detected encoding and separator, the header, the first rows and a guessed
// column mapping.

#include "ColumnMapping.h"
#include "CsvFile.h"

namespace kontor {

struct ImportPreview
{
    QString encoding;
    QChar delimiter;
    QStringList headers;
    QList<QStringList> sampleRows; // the first rows after the header
    int rowCount = 0;
    ColumnMapping mapping; // guessed

    static ImportPreview of(const CsvFile& file, const QList<ImportField>& fields, int sampleRows = 20)
    {
        ImportPreview preview;
        preview.encoding = file.encoding;
        preview.delimiter = file.dialect.delimiter;
        preview.headers = file.headers();
        preview.rowCount = file.rowCount();
        for (qsizetype i = 1; i < file.records.size() && i <= sampleRows; ++i)
            preview.sampleRows.append(file.records[i].fields);
        preview.mapping = ColumnMapping::guess(preview.headers, fields);
        return preview;
    }
};

} // namespace kontor

#pragma once

// CsvFile: a whole CSV file as an import reads it: decoded (in the given encoding, or detected),
// its dialect detected and split into records, the first of which is the header. Files over
// 512 MB are refused. Errors name the file, so an import can say where to look.

#include "CsvReader.h"
#include "common/Decimal.h"

#include <QList>
#include <QString>

namespace kontor {

struct CsvFile
{
    static constexpr qint64 MaxBytes = 512LL * 1024 * 1024;

    QString fileName; // without the folder, for messages
    QString encoding; // as decodeText() names it
    CsvDialect dialect;
    QList<CsvRecord> records; // never empty after read(): the first is the header

    // Fails on an unreadable, oversized, binary or empty file.
    static Result<CsvFile> read(const QString& path, const QString& encoding = {});

    const QStringList& headers() const { return records.front().fields; }
    int rowCount() const { return int(records.size() - 1); }
    // The decimal separator of numbers in a file that does not declare it: a ';'-separated file
    // comes from Excel in a locale with a decimal comma; anything else uses a point.
    NumberFormat likelyNumberFormat() const;
};

} // namespace kontor

#pragma once

// Bytes of a text file (CSV, TSV) to a QString and back. Detects UTF-8, UTF-8 with BOM, UTF-16
// with BOM and Windows-1251 (what Excel writes in a Russian locale); refuses binary files and
// invalid UTF-8 with the line of the first bad byte, so an import can say where to look.

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kontor {

struct DecodedText
{
    QString text;     // without the byte order mark
    QString encoding; // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE" or "Windows-1251"
};

// Decodes bytes in the given encoding (one of supportedEncodings(), case and '-'/'_'/space
// insensitive, "cp1251" accepted). An empty encoding or "auto" detects: a BOM decides UTF-8,
// UTF-16LE or UTF-16BE; otherwise valid UTF-8 is UTF-8 and anything else Windows-1251. A BOM of
// the chosen encoding is stripped. Fails on invalid UTF-8, on NUL characters (binary files) and
// on a truncated UTF-16 file, with Error::line set to the 1-based line of the problem.
Result<DecodedText> decodeText(const QByteArray& bytes, const QString& encoding = QString());

// Encodes text as "UTF-8", "UTF-8 BOM", "UTF-16LE"/"UTF-16BE" (written with a BOM) or
// "Windows-1251" (characters it cannot represent become '?'). Unknown names give UTF-8.
QByteArray encodeText(const QString& text, const QString& encoding);

// The canonical encoding names, for a chooser: "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE",
// "Windows-1251".
QStringList supportedEncodings();

} // namespace kontor

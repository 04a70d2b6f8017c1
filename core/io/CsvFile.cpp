#include "CsvFile.h"

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kontor {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::CsvFile", text);
}

} // namespace

Result<CsvFile> CsvFile::read(const QString& path, const QString& encoding)
{
    CsvFile csv;
    csv.fileName = QFileInfo(path).fileName();
    auto withFile = [&](Error e) {
        e.file = csv.fileName;
        return std::unexpected(std::move(e));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxBytes)
        return fail(ErrorCode::Invalid,
                    tr("%1 is larger than 512 MB; split it into smaller files").arg(csv.fileName));
    const QByteArray bytes = file.readAll();
    auto text = decodeText(bytes, encoding);
    if (!text)
        return withFile(text.error());
    csv.encoding = text->encoding;
    csv.dialect = detectDialect(text->text);
    auto records = CsvReader::readAll(text->text, csv.dialect);
    if (!records)
        return withFile(records.error());
    if (records->isEmpty())
        return withFile(Error{ErrorCode::Invalid, tr("the file is empty"), {}, {}, 0});
    csv.records = std::move(*records);
    return csv;
}

NumberFormat CsvFile::likelyNumberFormat() const
{
    return NumberFormat{dialect.delimiter == u';' ? QChar(u',') : QChar(u'.')};
}

} // namespace kontor

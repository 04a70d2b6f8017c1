#include "ColumnMapping.h"

#include <QCoreApplication>

namespace kontor {

QString ColumnMapping::normalizeHeader(QStringView header)
{
    QString out;
    for (QChar c : header.toString().toCaseFolded()) {
        if (c == QChar(0x0451))
            c = QChar(0x0435);
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

ColumnMapping ColumnMapping::guess(const QStringList& headers, const QList<ImportField>& fields)
{
    ColumnMapping mapping;
    QList<QString> normalized;
    for (const QString& h : headers)
        normalized.append(normalizeHeader(h));
    QList<bool> used(headers.size(), false);
    // Exact synonym matches first, then a header that starts with a synonym ("Цена, руб.").
    for (int pass = 0; pass < 2; ++pass) {
        for (const ImportField& field : fields) {
            if (mapping.has(field.key))
                continue;
            for (const QString& synonym : field.synonyms) {
                const QString want = normalizeHeader(synonym);
                for (qsizetype i = 0; i < normalized.size(); ++i) {
                    const bool match = pass == 0 ? normalized[i] == want : normalized[i].startsWith(want);
                    if (!used[i] && !want.isEmpty() && match) {
                        mapping.columns.insert(field.key, int(i));
                        used[i] = true;
                        break;
                    }
                }
                if (mapping.has(field.key))
                    break;
            }
        }
    }
    return mapping;
}

ColumnMapping ColumnMapping::fromSpec(const QString& spec, const QStringList& headers, QString* error)
{
    ColumnMapping mapping;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString column = part.section(u'=', 1).trimmed();
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        int index = -1;
        if (isNumber && number >= 1 && number <= headers.size()) {
            index = number - 1;
        } else {
            for (qsizetype i = 0; i < headers.size(); ++i) {
                if (normalizeHeader(headers[i]) == normalizeHeader(column))
                    index = int(i);
            }
        }
        if (key.isEmpty() || index < 0) {
            if (error) {
                *error = QCoreApplication::translate("kontor::ColumnMapping",
                                                     "the mapping \"%1\" names no column of the file")
                             .arg(part.trimmed());
            }
            return {};
        }
        mapping.columns.insert(key, index);
    }
    return mapping;
}

QHash<QString, QString> ColumnMapping::toHeaderNames(const QStringList& headers) const
{
    QHash<QString, QString> names;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (it.value() >= 0 && it.value() < headers.size())
            names.insert(it.key(), headers.at(it.value()));
    }
    return names;
}

ColumnMapping ColumnMapping::fromHeaderNames(const QHash<QString, QString>& names, const QStringList& headers)
{
    ColumnMapping mapping;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (normalizeHeader(headers[i]) == normalizeHeader(it.value())) {
                mapping.columns.insert(it.key(), int(i));
                break;
            }
        }
    }
    return mapping;
}

} // namespace kontor

#pragma once

// ColumnMapping: which file column feeds which field of an import. Guessed from the header names
// in Russian and English ("Артикул"/"SKU", "Наименование"/"Name", "Цена"/"Price", ...), editable by
// the user, and saved by header name as a reusable profile so the next file with the same
// headers maps itself.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kontor {

struct ImportField
{
    QString key;          // stable key: "sku", "name", "price", ...
    QString displayName;  // translated
    QStringList synonyms; // header names that mean this field, any case
    bool required = false;
};

class ColumnMapping
{
public:
    // field key -> column index (absent = not imported)
    QHash<QString, int> columns;

    int column(const QString& key) const { return columns.value(key, -1); }
    bool has(const QString& key) const { return columns.contains(key); }

    // Guesses a mapping from header names; each column is used at most once.
    static ColumnMapping guess(const QStringList& headers, const QList<ImportField>& fields);
    // "sku=Артикул,name=Наименование" or "sku=1,name=2" (1-based column numbers) -> mapping.
    static ColumnMapping fromSpec(const QString& spec, const QStringList& headers, QString* error = nullptr);
    // The mapping as field key -> header text, for saving as a profile.
    QHash<QString, QString> toHeaderNames(const QStringList& headers) const;
    static ColumnMapping fromHeaderNames(const QHash<QString, QString>& names, const QStringList& headers);

    // Header text normalised for comparison: case-folded, ё->е, spaces/punctuation dropped.
    static QString normalizeHeader(QStringView header);
};

} // namespace kontor

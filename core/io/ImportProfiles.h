#pragma once

// ImportProfiles: saved column mappings by name ("Поставщик Альфа"), kept in the shop database so
// every desktop and the CLI can reuse them.

#include "ColumnMapping.h"
#include "common/Result.h"

namespace kontor {

class Database;

struct ImportProfile
{
    QString name;
    QString kind;                        // what is imported: "products", "stock"
    QHash<QString, QString> headerNames; // field key -> header text
};

class ImportProfiles
{
public:
    explicit ImportProfiles(Database& db)
        : m_db(db)
    {}

    Result<void> save(const ImportProfile& profile);
    Result<std::optional<ImportProfile>> load(const QString& name);
    Result<QStringList> names(const QString& kind);
    Result<void> remove(const QString& name);

private:
    Database& m_db;
};

} // namespace kontor

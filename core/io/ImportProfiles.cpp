#include "ImportProfiles.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kontor {

Result<void> ImportProfiles::save(const ImportProfile& profile)
{
    if (profile.name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("kontor::ImportProfiles", "the profile needs a name"));
    QJsonObject mapping;
    for (auto it = profile.headerNames.constBegin(); it != profile.headerNames.constEnd(); ++it)
        mapping.insert(it.key(), it.value());
    auto q = m_db.connection().query(
        "INSERT INTO import_profiles(name, kind, mapping, updated_at) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping, updated_at = "
        "excluded.updated_at");
    q.bindAll(profile.name.trimmed(), profile.kind,
              QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)), m_db.clock().nowMs());
    return q.run();
}

Result<std::optional<ImportProfile>> ImportProfiles::load(const QString& name)
{
    auto q = m_db.connection().query("SELECT name, kind, mapping FROM import_profiles WHERE name = ?");
    q.bind(name.trimmed());
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<ImportProfile>();
    ImportProfile profile{q.text(0), q.text(1), {}};
    const QJsonObject mapping = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        profile.headerNames.insert(it.key(), it.value().toString());
    q.reset();
    return std::optional<ImportProfile>(profile);
}

Result<QStringList> ImportProfiles::names(const QString& kind)
{
    auto q = m_db.connection().query("SELECT name FROM import_profiles WHERE kind = ? ORDER BY name");
    q.bind(kind);
    QStringList result;
    if (auto ok = q.forEachRow([&] { result.append(q.text(0)); }); !ok)
        return fail(ok.error());
    return result;
}

Result<void> ImportProfiles::remove(const QString& name)
{
    auto q = m_db.connection().query("DELETE FROM import_profiles WHERE name = ?");
    q.bind(name);
    return q.run();
}

} // namespace kontor

#include "ShopSettings.h"

#include "ChangeLog.h"
#include "Database.h"

namespace kontor::ShopSettings {

Id rowId(QStringView key)
{
    return Id::fromKey(QString(u"shop_settings/" + key));
}

Result<QHash<QString, QString>> read(Connection& connection, QStringView prefix)
{
    auto q = connection.query("SELECT key, value FROM shop_settings WHERE substr(key, 1, ?1) = ?2");
    q.bindAll(qint64(prefix.size()), prefix.toString());
    QHash<QString, QString> values;
    if (auto ok = q.forEachRow([&] { values.insert(q.text(0), q.text(1)); }); !ok)
        return fail(ok.error());
    return values;
}

Result<void> write(Database& db, Connection& connection, const Id& userId, const QString& key,
                   const QString& value)
{
    auto hlc = ChangeLog::record(db, connection, userId, u"shop_settings", rowId(key), ChangeOp::Update,
                                 {{u"key"_qs, key}, {u"value"_qs, value}});
    if (!hlc)
        return fail(hlc.error());
    auto q = connection.query("INSERT INTO shop_settings(key, value, hlc) VALUES(?, ?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value, hlc = excluded.hlc");
    q.bindAll(key, value, *hlc);
    return q.run();
}

} // namespace kontor::ShopSettings

#include "AuditLog.h"

#include <QJsonDocument>

namespace kontor::AuditLog {

namespace {

QString toJson(const QJsonObject& object)
{
    return object.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

Result<void> record(Connection& connection, const Actor& actor, qint64 atMs, QStringView action,
                    QStringView entity, const Id& entityId, const QString& summary, const QJsonObject& before,
                    const QJsonObject& after)
{
    auto q =
        connection.query("INSERT INTO audit_log(at, user_id, user_name, action, entity, entity_id, summary, "
                         "before, after) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(atMs, actor.userId, actor.name, action, entity, entityId, summary, toJson(before),
              toJson(after));
    return q.run();
}

Result<QList<AuditEntry>> entries(Connection& connection, const Id& entityId, int limit)
{
    auto q = entityId.isNull()
                 ? connection.query("SELECT at, user_name, action, entity, entity_id, summary, before, after "
                                    "FROM audit_log ORDER BY seq DESC LIMIT ?")
                 : connection.query("SELECT at, user_name, action, entity, entity_id, summary, before, after "
                                    "FROM audit_log WHERE entity_id = ? ORDER BY seq DESC LIMIT ?");
    if (!entityId.isNull())
        q.bind(entityId);
    q.bind(limit);
    QList<AuditEntry> result;
    if (auto ok = q.forEachRow([&] {
            result.append(AuditEntry{q.int64(0), q.text(1), q.text(2), q.text(3), q.id(4), q.text(5),
                                     fromJson(q.text(6)), fromJson(q.text(7))});
        });
        !ok)
        return fail(ok.error());
    return result;
}

} // namespace kontor::AuditLog

#include "AuditLog.h"

#include "common/SearchText.h"

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

const QByteArray EntryColumns = "seq, at, user_name, action, entity, entity_id, summary, before, after";

Result<QList<AuditEntry>> readEntries(Query& q)
{
    QList<AuditEntry> result;
    if (auto ok = q.forEachRow([&] {
            result.append(AuditEntry{q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(4), q.id(5),
                                     q.text(6), fromJson(q.text(7)), fromJson(q.text(8))});
        });
        !ok)
        return fail(ok.error());
    return result;
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
    const QByteArray sql =
        "SELECT " + EntryColumns +
        (entityId.isNull() ? " FROM audit_log ORDER BY seq DESC LIMIT ?"
                           : " FROM audit_log WHERE entity_id = ? ORDER BY seq DESC LIMIT ?");
    auto q = connection.query(sql);
    if (!entityId.isNull())
        q.bind(entityId);
    q.bind(limit);
    return readEntries(q);
}

Result<QList<AuditEntry>> search(Connection& connection, const AuditFilter& filter)
{
    QByteArray sql = "SELECT " + EntryColumns + " FROM audit_log WHERE 1";
    if (filter.beforeSeq > 0)
        sql += " AND seq < :before";
    if (!filter.userName.isEmpty())
        sql += " AND user_name = :user";
    if (!filter.entity.isEmpty())
        sql += " AND entity = :entity";
    if (filter.fromMs > 0)
        sql += " AND at >= :from";
    if (filter.toMs > 0)
        sql += " AND at < :to";
    const QStringList terms = SearchText::terms(filter.text);
    for (qsizetype i = 0; i < terms.size(); ++i)
        sql += " AND instr(kontor_fold(action || ' ' || summary || ' ' || coalesce(before, '') || ' ' || "
               "coalesce(after, '')), :term" +
               QByteArray::number(i) + ") > 0";
    sql += " ORDER BY seq DESC LIMIT :limit";
    auto q = connection.query(sql);
    if (filter.beforeSeq > 0)
        q.bind(filter.beforeSeq);
    if (!filter.userName.isEmpty())
        q.bind(filter.userName);
    if (!filter.entity.isEmpty())
        q.bind(filter.entity);
    if (filter.fromMs > 0)
        q.bind(filter.fromMs);
    if (filter.toMs > 0)
        q.bind(filter.toMs);
    for (const QString& term : terms)
        q.bind(term);
    q.bind(qint64(filter.limit));
    return readEntries(q);
}

namespace {

Result<QStringList> distinct(Connection& connection, const char* sql)
{
    auto q = connection.query(sql);
    QStringList values;
    if (auto ok = q.forEachRow([&] { values.append(q.text(0)); }); !ok)
        return fail(ok.error());
    return values;
}

} // namespace

Result<QStringList> userNames(Connection& connection)
{
    return distinct(connection, "SELECT DISTINCT user_name FROM audit_log ORDER BY user_name");
}

Result<QStringList> entities(Connection& connection)
{
    return distinct(connection, "SELECT DISTINCT entity FROM audit_log ORDER BY entity");
}

} // namespace kontor::AuditLog

#include "ChangeLog.h"

#include <QJsonDocument>

namespace kontor::ChangeLog {

Result<qint64> record(Database& db, Connection& connection, const Id& userId, QStringView table,
                      const Id& rowId, ChangeOp op, const QJsonObject& payload)
{
    return recordJson(db, connection, userId, table, rowId, op,
                      QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Result<qint64> recordJson(Database& db, Connection& connection, const Id& userId, QStringView table,
                          const Id& rowId, ChangeOp op, QByteArrayView payloadJson)
{
    static constexpr QStringView ops[] = {u"insert", u"update", u"delete"};
    const qint64 stamp = db.hybridClock().tick();
    auto q =
        connection.query("INSERT INTO change_log(hlc, device_id, user_id, table_name, row_id, op, payload) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?)");
    // Bound as UTF-8: a QString in between cost two conversions per row.
    q.bindAll(stamp, db.deviceId(), userId, table, rowId, ops[int(op)]);
    q.bindText(payloadJson);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    return stamp;
}

} // namespace kontor::ChangeLog

#include "ChangeLog.h"

#include <QJsonDocument>

namespace kontor::ChangeLog {

Result<qint64> record(Database& db, Connection& connection, const Id& userId, QStringView table,
                      const Id& rowId, ChangeOp op, const QJsonObject& payload)
{
    static constexpr QStringView ops[] = {u"insert", u"update", u"delete"};
    const qint64 stamp = db.hybridClock().tick();
    auto q =
        connection.query("INSERT INTO change_log(hlc, device_id, user_id, table_name, row_id, op, payload) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(stamp, db.deviceId(), userId, table, rowId, ops[int(op)],
              QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    return stamp;
}

} // namespace kontor::ChangeLog

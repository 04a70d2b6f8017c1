#pragma once

// ChangeLog: one row per change to a synced table, written in the same transaction as the change
// and stamped with the hybrid logical clock and this device's id. Team sync (later) pushes these
// rows; nothing else reads them yet, but every synced write must already produce them.

#include "Database.h"

#include <QJsonObject>

namespace kontor {

enum class ChangeOp
{
    Insert,
    Update,
    Delete
};

namespace ChangeLog {

// Records a change; returns the HLC stamp used, which the caller also stores on the row.
[[nodiscard]] Result<qint64> record(Database& db, Connection& connection, const Id& userId, QStringView table,
                                    const Id& rowId, ChangeOp op, const QJsonObject& payload);
// The same with the payload already serialised as compact JSON in UTF-8 (what QJsonDocument makes
// of the object), for bulk writers that can write it faster than they can build a QJsonObject.
[[nodiscard]] Result<qint64> recordJson(Database& db, Connection& connection, const Id& userId,
                                        QStringView table, const Id& rowId, ChangeOp op,
                                        QByteArrayView payloadJson);

} // namespace ChangeLog
} // namespace kontor

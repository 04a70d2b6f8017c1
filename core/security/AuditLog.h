#pragma once

// AuditLog: who did what and when, with the values before and after. Append-only (the table's
// triggers refuse updates and deletes). Written in the same transaction as the audited change.

#include "Actor.h"
#include "storage/Connection.h"

#include <QJsonObject>

namespace kontor {

struct AuditEntry
{
    qint64 at = 0;
    QString userName;
    QString action; // "product.create", "product.update", "product.import", ...
    QString entity; // "product", "category", ...
    Id entityId;
    QString summary;
    QJsonObject before;
    QJsonObject after;
};

namespace AuditLog {

[[nodiscard]] Result<void> record(Connection& connection, const Actor& actor, qint64 atMs, QStringView action,
                                  QStringView entity, const Id& entityId, const QString& summary,
                                  const QJsonObject& before = {}, const QJsonObject& after = {});

// The newest entries first, optionally only those about one entity.
[[nodiscard]] Result<QList<AuditEntry>> entries(Connection& connection, const Id& entityId = {},
                                                int limit = 200);

} // namespace AuditLog
} // namespace kontor

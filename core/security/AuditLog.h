#pragma once

// AuditLog: who did what and when, with the values before and after. Append-only (the table's
// triggers refuse updates and deletes). Written in the same transaction as the audited change.

#include "Actor.h"
#include "storage/Connection.h"

#include <QJsonObject>

namespace kontor {

struct AuditEntry
{
    qint64 seq = 0; // the order entries were written in
    qint64 at = 0;
    QString userName;
    QString action; // "product.create", "product.update", "product.import", ...
    QString entity; // "product", "category", ...
    Id entityId;
    QString summary;
    QJsonObject before;
    QJsonObject after;
};

// What to look for in the audit log; empty fields match everything.
struct AuditFilter
{
    QString text;         // every word in the action, the object or the values before/after
    QString userName;     // exactly this user
    QString entity;       // exactly this kind of object ("product", "order", ...)
    qint64 fromMs = 0;    // at or after (0: from the start)
    qint64 toMs = 0;      // before (0: up to now)
    qint64 beforeSeq = 0; // only entries older than this one (paging; 0: from the newest)
    int limit = 500;
};

namespace AuditLog {

[[nodiscard]] Result<void> record(Connection& connection, const Actor& actor, qint64 atMs, QStringView action,
                                  QStringView entity, const Id& entityId, const QString& summary,
                                  const QJsonObject& before = {}, const QJsonObject& after = {});

// The newest entries first, optionally only those about one entity.
[[nodiscard]] Result<QList<AuditEntry>> entries(Connection& connection, const Id& entityId = {},
                                                int limit = 200);
// The entries matching `filter`, newest first.
[[nodiscard]] Result<QList<AuditEntry>> search(Connection& connection, const AuditFilter& filter);
// The users and the kinds of objects that appear in the log, for choosing in a filter.
[[nodiscard]] Result<QStringList> userNames(Connection& connection);
[[nodiscard]] Result<QStringList> entities(Connection& connection);

} // namespace AuditLog
} // namespace kontor

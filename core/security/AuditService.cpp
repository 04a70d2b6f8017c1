#include "AuditService.h"

namespace kontor {

AuditService::AuditService(Database& db)
    : m_db(db)
{}

Result<QList<AuditEntry>> AuditService::search(const Actor& actor, const AuditFilter& filter)
{
    if (auto ok = require(actor, Permission::ViewAuditLog); !ok)
        return fail(ok.error());
    return AuditLog::search(m_db.connection(), filter);
}

Result<QStringList> AuditService::userNames(const Actor& actor)
{
    if (auto ok = require(actor, Permission::ViewAuditLog); !ok)
        return fail(ok.error());
    return AuditLog::userNames(m_db.connection());
}

Result<QStringList> AuditService::entities(const Actor& actor)
{
    if (auto ok = require(actor, Permission::ViewAuditLog); !ok)
        return fail(ok.error());
    return AuditLog::entities(m_db.connection());
}

} // namespace kontor

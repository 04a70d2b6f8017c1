#pragma once

// AuditService: reading the audit log (AuditLog writes it inside each audited command). Searching
// needs ViewAuditLog — the owner's by default, grantable to a custom role.

#include "AuditLog.h"
#include "storage/Database.h"

namespace kontor {

class AuditService
{
public:
    explicit AuditService(Database& db);

    Result<QList<AuditEntry>> search(const Actor& actor, const AuditFilter& filter);
    // The users and the kinds of objects in the log, for the search's choices.
    Result<QStringList> userNames(const Actor& actor);
    Result<QStringList> entities(const Actor& actor);

private:
    Database& m_db;
};

} // namespace kontor

#pragma once

// Migrations: numbered SQL scripts in resources (:/storage/migrations/NNNN_name.sql), each applied
// in its own transaction and recorded in schema_version. Never edit a shipped script; add the next.

#include "Connection.h"

namespace kontor::Migrations {

int latestVersion();
[[nodiscard]] Result<void> migrate(Connection& connection);

} // namespace kontor::Migrations

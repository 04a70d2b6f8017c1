#pragma once

// ShopSettings: the shop-wide settings shared by every device (shop_settings: currency, the
// seller's details, the calendar, support rules), read by key prefix and written one key at a time
// with its change-log row. Callers check permissions and write the audit entry.

#include "Connection.h"
#include "common/Id.h"

#include <QHash>

namespace kontor {

class Database;

namespace ShopSettings {

// The id of a key's change-log rows: the same on every device (a name-based UUID of the key).
Id rowId(QStringView key);
// Every key starting with `prefix` and its value.
[[nodiscard]] Result<QHash<QString, QString>> read(Connection& connection, QStringView prefix);
// Inserts or replaces one key; call inside the caller's write transaction.
[[nodiscard]] Result<void> write(Database& db, Connection& connection, const Id& userId, const QString& key,
                                 const QString& value);

} // namespace ShopSettings
} // namespace kontor

#pragma once

// DocumentNumbers: human numbers of documents (SO-00042, RMA-0007, INV-0003), separate from ids.
// The last number of each series is local metadata; a device with a number prefix (local_meta
// "number_prefix", given to each desktop when team sync is set up) puts it after the series, so
// numbers made offline on two desktops never collide: SO-B-00042.

#include "Connection.h"

#include <QStringList>

namespace kontor::DocumentNumbers {

// The next free number of `series` ("SO") with `digits` digits, skipping numbers already used in
// `table`.`column` (a restored or merged file may hold them). Call inside the write transaction
// that inserts the document.
[[nodiscard]] Result<QString> next(Connection& connection, QStringView series, int digits,
                                   QByteArrayView table, QByteArrayView column = "number");
// `count` numbers at once, the same next() would give one by one (a bulk import): one query per
// number instead of three.
[[nodiscard]] Result<QStringList> nextMany(Connection& connection, QStringView series, int digits, int count,
                                           QByteArrayView table, QByteArrayView column = "number");

} // namespace kontor::DocumentNumbers

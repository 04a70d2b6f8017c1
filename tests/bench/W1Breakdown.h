#pragma once

// W1Breakdown: where W1's time goes. The same rows are written by raw prepared statements on
// Kontor's own schema, adding one thing ProductService::saveMany does per row at a time: the
// products row, its FTS5 trigram index, the change-log row, the SKU lookups, the per-row
// savepoint; then saveMany itself. What is left over is C++ work (JSON, strings, ids). Each step is
// the best of 3 runs on fresh files.

#include "BenchData.h"

#include <QJsonObject>

namespace kontor::bench {

QJsonObject runW1Breakdown(const QList<CsvProduct>& rows);

} // namespace kontor::bench

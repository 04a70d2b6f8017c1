#pragma once

// StockScaleBench: the stock steps of --scale. The demo shop's 120 days of stock history
// (DemoData::generateStock), the ledger topped up to the scale's movement count (small 20,000,
// large 1,000,000) through the sync path (StockService::applyRecords), then the reads the stock
// page and the shop connectors make: on hand and available for every product, every stock row,
// and `stock verify` over the whole ledger -- each next to raw SQLite over the same rows, both
// with a plain ledger table and with a plain balance table.

#include "demo/DemoData.h"

#include <QJsonObject>

namespace kontor::bench {

class RawSqlite;

// Adds the stock steps to `result`. `raw` holds the catalog under Kontor's local ids (products).
// Returns false when a result check fails: verify must find every balance right, and Kontor's
// figures must equal the raw ones.
bool runStockScale(Database& db, ProductService& products, RawSqlite& raw, DemoData::Scale scale,
                   QJsonObject& result);

} // namespace kontor::bench

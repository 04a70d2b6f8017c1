#pragma once

// W2Breakdown: where W2's time goes. A valid slice of moves.csv (receipts, then shipments of what
// they received) is written one committed transaction per movement by raw prepared statements on
// Kontor's own schema, adding one thing StockService does per posting at a time: the ledger row
// with its indexes, the balance upsert, the change-log row, the audit entry, the reads (product,
// location, count, availability, cost); then StockService::receive/ship itself. With
// synchronous=FULL every commit waits for the WAL to reach the disk, so the time follows the pages
// each commit writes: the WAL frames per commit are counted for every step. Every step has a fresh
// file holding W1's products, and the steps take turns posting by posting (the disk is shared).

#include "BenchData.h"

#include <QJsonObject>

namespace kontor::bench {

QJsonObject runW2Breakdown(const QList<CsvProduct>& products, const QList<CsvMove>& moves);

} // namespace kontor::bench

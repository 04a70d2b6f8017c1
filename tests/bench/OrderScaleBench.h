#pragma once

// OrderScaleBench: the orders steps of --scale, after the demo shop's stock. The demo customers and
// orders (DemoData::generateOrders: small 500 / 2,000, large 20,000 / 200,000) next to raw inserts
// of the same rows; what the orders page does when it opens (OrderService::count + the first page of
// list(), newest first), with a status filter, a text search and a deep page (offset 150,000 at
// large scale: a page costs the same wherever it is, nothing loads every row); the customers list;
// and creating and confirming orders on the big database (OrderBench), for "confirm one order".

#include "demo/DemoData.h"

#include <QJsonObject>

namespace kontor::bench {

class RawSqlite;

// Adds the orders steps to `result`. `raw` holds the catalog, the locations and a balance table
// with a reserved column (StockScaleBench). Returns false when a check fails: Kontor and raw must
// list the same rows, and every balance must still agree with the ledger and the reservations.
bool runOrderScale(Database& db, ProductService& products, RawSqlite& raw, DemoData::Scale scale,
                   QJsonObject& result);

} // namespace kontor::bench

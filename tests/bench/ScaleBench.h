#pragma once

// ScaleBench: the demo shop at --scale small or large, then what a user feels on it: stock figures
// of every product (StockScaleBench), search as you type, opening the product list, opening the
// database file, and a bulk save of every row (the write path a CSV import of the same size takes)
// -- each next to raw SQLite.

#include "demo/DemoData.h"

#include <QJsonObject>

namespace kontor::bench {

// Adds "scale" to `report`. Returns false when a result check fails.
bool runScale(DemoData::Scale scale, QJsonObject& report);

} // namespace kontor::bench

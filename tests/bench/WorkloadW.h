#pragma once

// WorkloadW: the shared workload in ../shared/bench/W (the same files other systems are measured
// with) replayed through Kontor's core services on a fresh temporary database, next to raw SQLite
// doing the same logical rows. Steps whose services do not exist yet are reported as null and
// listed under "pending", never estimated.

#include <QJsonObject>
#include <QString>

namespace kontor::bench {

// Adds "W1".."W5" and "pending" to `report`. Returns false when a result check fails: W3's on-hand
// figures must equal expected_on_hand.csv for every product, and W5 must find 3,100 products over
// its 100 searches.
bool runWorkloadW(const QString& dataDir, QJsonObject& report);

} // namespace kontor::bench

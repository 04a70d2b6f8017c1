#pragma once

// OrderBench: creating and confirming sales orders, Kontor next to raw SQLite, shared by W4 and
// the --scale orders steps. Kontor: OrderService::create (catalog names and prices, totals, change
// log, audit) then OrderService::confirm (allocation, one reservation per line, balances, change
// log, status event), one transaction each. Raw: the same logical rows with prepared statements in
// the same two transactions per order: the order and its lines (names and prices read from the
// products table); then for each line the available quantity read from the balance, a
// reservation row and the balance's reserved column when it fits (a line that does not fit waits,
// as a backorder), the lines' reserved quantities, the order's status and its event row. The two
// take turns order by order, so a busy shared disk slows both alike.

#include "BenchTools.h"
#include "common/Id.h"
#include "common/Quantity.h"
#include "security/Actor.h"

#include <QJsonObject>
#include <QList>

namespace kontor {
class Database;
class OrderService;
} // namespace kontor

namespace kontor::bench {

class RawSqlite;

struct BenchOrderLine
{
    Id product;
    qint64 rawProduct = 0; // the product's local id in the raw database
    Quantity quantity;
    qint64 unitPrice = 0;
};

struct BenchOrder
{
    Id customer;
    qint64 rawCustomer = 0;
    QString customerName;
    QList<BenchOrderLine> lines;
};

struct OrderRun
{
    double kontorSeconds = 0; // create + confirm, summed over the orders
    double rawSeconds = 0;
    Latencies kontorCreate;
    Latencies rawCreate;
    Latencies kontorConfirm;
    Latencies rawConfirm;
    // This thread's CPU time per step: on a shared disk the wall time of a commit is mostly the
    // wait for fsync (synchronous=FULL), the same on both sides; CPU time is each side's own work.
    Latencies kontorCreateCpu;
    Latencies rawCreateCpu;
    Latencies kontorConfirmCpu;
    Latencies rawConfirmCpu;
    int kontorReserved = 0; // lines reserved
    int kontorWaiting = 0;  // lines confirmed but waiting for stock
    int rawReserved = 0;
    int rawWaiting = 0;
    // WAL frames (4 KiB pages written and synced) per commit: what a commit's fsync has to write.
    double kontorCreateFrames = 0;
    double kontorConfirmFrames = 0;
    double rawCreateFrames = 0;
    double rawConfirmFrames = 0;
};

// The raw orders tables (customers, sales_orders, sales_order_lines, sales_order_events,
// stock_reservations) with Kontor's indexes and integer keys. `raw` already has products,
// locations and stock_balances(product_id, location_id, on_hand, reserved).
void createRawOrderSchema(RawSqlite& raw);

// Creates and confirms `orders` on both sides, taking turns order by order. `rawLocation` is the
// main location's local id in the raw database.
OrderRun createAndConfirm(Database& db, OrderService& orders, const Actor& actor, RawSqlite& raw,
                          qint64 rawLocation, const QList<BenchOrder>& list);

// {"seconds", "raw_seconds", "ratio", "create_ms": latencies, "confirm_ms": latencies, lines ...}
QJsonObject orderRunJson(const OrderRun& run, int orders);

} // namespace kontor::bench

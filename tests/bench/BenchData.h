#pragma once

// BenchData: reading the shared workload files (../shared/bench/W) for kontor-bench.

#include <QList>
#include <QString>
#include <QStringList>

namespace kontor::bench {

// One row of products.csv, prices parsed with Money::parse into kopecks (never through double).
struct CsvProduct
{
    QString sku;
    QString name;
    qint64 listPrice = 0;
    qint64 cost = 0;
};

// One row of moves.csv: a receipt (supplier -> storage) or a shipment (storage -> customer).
struct CsvMove
{
    int seq = 0;
    bool receipt = true;
    QString sku;
    qint64 quantity = 0; // whole units, positive
};

// One row of sales.csv: a line of a sales order.
struct CsvSaleLine
{
    int order = 0;
    QString customer; // a name from customers.csv
    int line = 0;
    QString sku;
    qint64 quantity = 0;  // whole units, positive
    qint64 unitPrice = 0; // kopecks
};

// The non-empty lines of a text file; a fatal exit if it cannot be read.
QStringList readLines(const QString& path);
// products.csv: sku,name,list_price,cost_price (plain fields: the file has no quoting).
QList<CsvProduct> readProductsCsv(const QString& path);
// moves.csv: seq,kind,from,to,sku,qty, returned in seq order.
QList<CsvMove> readMovesCsv(const QString& path);
// customers.csv: name (one per line after the header).
QStringList readCustomersCsv(const QString& path);
// sales.csv: order,customer,line,sku,qty,unit_price, returned by order then line.
QList<CsvSaleLine> readSalesCsv(const QString& path);
// expected_on_hand.csv: sku,on_hand (whole units).
QList<std::pair<QString, qint64>> readExpectedOnHand(const QString& path);

} // namespace kontor::bench

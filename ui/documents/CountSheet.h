#pragma once

// CountSheet: the printable count sheet of a count session, as a PDF. A header (number, scope,
// where, counters, dates), then the items grouped by location and sorted by SKU: SKU, name,
// barcode, expected (left out of a blind count), an empty box to write the counted quantity in,
// and room for notes; page numbers and a signature line on every page. QtGui and core only (no
// widgets), so it can be printed from the CLI or a worker thread.

#include "security/Actor.h"
#include "stock/CountSession.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace kontor {

class CountService;
class ProductService;
class StockService;

class CountSheet
{
    Q_DECLARE_TR_FUNCTIONS(kontor::CountSheet)

public:
    struct Data
    {
        CountSession session;
        QString where;                    // "Main warehouse", "Socks · Main warehouse"
        QStringList locations;            // the locations counted, in order
        QHash<Id, QString> locationNames; // by id, for the group headings
        QList<CountItem> items;           // sorted by location, then SKU
        qint64 printedAt = 0;             // UTC ms
        QString printedBy;
    };

    // Everything the sheet shows, read through the core services.
    static Result<Data> load(CountService& counts, StockService& stock, ProductService& products,
                             const Actor& actor, const Id& sessionId);
    // Writes the PDF. `progress(donePages, totalPages)` returning false cancels (ErrorCode::Cancelled).
    static Result<int> writePdf(const Data& data, const QString& path,
                                const std::function<bool(int, int)>& progress = {});
    // load() and writePdf() in one; returns the number of pages.
    static Result<int> write(CountService& counts, StockService& stock, ProductService& products,
                             const Actor& actor, const Id& sessionId, const QString& path);
};

} // namespace kontor

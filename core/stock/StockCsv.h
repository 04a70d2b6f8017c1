#pragma once

// StockCsv: opening stock from CSV and current balances to CSV, with the product import's
// machinery (encoding and separator detection, a column mapping guessed from Russian or English
// headers, saved profiles of kind "stock", every bad row reported with file, line and column,
// all-or-nothing unless bad rows are skipped). Each line of a file becomes one posted adjustment
// with the reason "opening"; a unit cost on it values the goods like a receipt. The export writes
// the same columns back (sku, name, location, on_hand, reserved, available, unit_cost), so an
// exported file imports into a fresh shop as the same balances.

#include "StockService.h"
#include "io/ImportPreview.h"

#include <functional>

namespace kontor {

class ProductService;

struct StockImportOptions
{
    QString encoding;                     // empty: detect (BOM, UTF-8, else Windows-1251)
    std::optional<ColumnMapping> mapping; // overrides the guessed mapping
    bool skipBadRows = false;             // false: any bad row means nothing is imported
};

struct StockImportResult
{
    bool committed = false;
    int posted = 0;      // lines posted, one adjustment each
    int empty = 0;       // lines with a quantity of zero: nothing to post
    int skipped = 0;     // bad lines skipped (or every line, when nothing was imported)
    QList<Error> issues; // each with file, line and column
    QStringList notes;   // things worth knowing that are not errors
};

struct StockExportOptions
{
    QChar delimiter = u',';
    bool decimalComma = false;                  // "12,5" for Excel in a Russian locale
    QString encoding = QStringLiteral("UTF-8"); // "UTF-8", "UTF-8 BOM", "Windows-1251"
    bool escapeFormulas = false;                // see CsvWriter::setEscapeFormulas
    Id warehouseId;                             // null: every warehouse

    // For Excel in a Russian locale: ';', decimal comma, UTF-8 with BOM, formulas defused.
    static StockExportOptions excel()
    {
        StockExportOptions options;
        options.delimiter = u';';
        options.decimalComma = true;
        options.encoding = QStringLiteral("UTF-8 BOM");
        options.escapeFormulas = true;
        return options;
    }
};

class StockCsv
{
public:
    StockCsv(StockService& stock, ProductService& products)
        : m_stock(stock)
        , m_products(products)
    {}

    // The fields a mapping may fill, with their Russian and English header synonyms. A file needs
    // a quantity and a SKU or a barcode.
    static QList<ImportField> importFields();
    // How a location is written in files: its code in the main warehouse ("MAIN"), otherwise
    // "WAREHOUSE/LOCATION" ("SPB/MAIN").
    static QString locationCode(const Warehouse& warehouse, const Location& location);

    Result<ImportPreview> preview(const QString& filePath, const StockImportOptions& options = {});
    // Checks every line, then posts them in one transaction. Needs ImportData and MoveStock, and
    // ViewCosts to import unit costs. Errors: unreadable file, no quantity or product column,
    // permission, cancellation (nothing changed). Bad rows are issues in the result.
    Result<StockImportResult> import(const Actor& actor, const QString& filePath,
                                     const StockImportOptions& options,
                                     const std::function<bool(qint64 done, qint64 total)>& progress = {});

    // Writes the non-zero balances to a file atomically; returns the number of lines written.
    // Unit costs only for those who may view them.
    Result<int> exportTo(const Actor& actor, const QString& filePath, const StockExportOptions& options,
                         const std::function<bool(qint64 done, qint64 total)>& progress = {});

private:
    StockService& m_stock;
    ProductService& m_products;
};

} // namespace kontor

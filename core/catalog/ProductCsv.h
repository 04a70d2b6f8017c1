#pragma once

// ProductCsv: importing and exporting the catalog as CSV. Formats: Kontor's own, WooCommerce's
// product export (Type, SKU, Name, Regular price, Sale price, Categories "A > B", Parent,
// Attribute N name/value(s)), and any other file through a column mapping guessed from Russian or
// English header names. Files from Excel in a Russian locale work (';', decimal comma, UTF-8 with
// BOM or Windows-1251, space-grouped thousands, CRLF). Every bad row is reported with its line,
// column and reason; the user chooses to skip bad rows or import nothing.

#include "ProductService.h"
#include "io/ImportPreview.h"

#include <QString>

namespace kontor {

enum class ProductCsvFormat
{
    Auto,
    Kontor,
    WooCommerce,
    Mapped
};

struct ProductImportOptions
{
    ProductCsvFormat format = ProductCsvFormat::Auto;
    QString encoding;                     // empty: detect (BOM, UTF-8, else Windows-1251)
    std::optional<ColumnMapping> mapping; // overrides the guessed mapping
    bool updateExisting = true;           // false: an existing SKU is reported as an error
    bool skipBadRows = false;             // false: any bad row means nothing is imported
};

// What a file looks like before importing it, for the mapping step.
struct ProductImportPreview : ImportPreview
{
    ProductCsvFormat format = ProductCsvFormat::Mapped;
};

struct ProductImportResult
{
    bool committed = false;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    QList<Error> issues; // each with file, line and field
    QStringList notes;   // things ignored on purpose (e.g. a Stock column)
};

struct ProductExportOptions
{
    ProductCsvFormat format = ProductCsvFormat::Kontor; // Kontor or WooCommerce
    QChar delimiter = u',';
    bool decimalComma = false;                  // "1234,50" for Excel in a Russian locale
    QString encoding = QStringLiteral("UTF-8"); // "UTF-8", "UTF-8 BOM", "Windows-1251"
    bool includeArchived = true;
    // Prefix text cells that a spreadsheet would run as a formula (=, +, -, @) with an apostrophe.
    // For files meant for Excel; the importer removes the prefix again.
    bool escapeFormulas = false;
};

class ProductCsv
{
public:
    explicit ProductCsv(ProductService& service)
        : m_service(service)
    {}

    // The fields a mapping may fill, with their Russian and English header synonyms.
    static QList<ImportField> importFields();
    static QString formatName(ProductCsvFormat format);

    Result<ProductImportPreview> preview(const QString& filePath, const ProductImportOptions& options = {});
    // Parses, checks and saves in one transaction. Errors: unreadable or malformed file, permission,
    // cancellation (nothing changed). Bad rows are issues in the result.
    Result<ProductImportResult> import(const Actor& actor, const QString& filePath,
                                       const ProductImportOptions& options,
                                       const std::function<bool(qint64 done, qint64 total)>& progress = {});

    // Writes the catalog to a file atomically; returns the number of products written.
    Result<int> exportTo(const Actor& actor, const QString& filePath, const ProductExportOptions& options,
                         const std::function<bool(qint64 done, qint64 total)>& progress = {});

private:
    ProductService& m_service;
};

} // namespace kontor

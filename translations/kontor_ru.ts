<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QObject</name>
    <message>
        <source>Kontor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Actor</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view purchase prices and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Barcodes</name>
    <message>
        <source>the barcode is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barcode is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barcode &quot;%1&quot; contains spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an EAN-13, UPC-A or EAN-8 barcode (8, 12 or 13 digits); mark it as an internal code if the shop made it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit of %1 is wrong (expected %2): the code was probably mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ColumnMapping</name>
    <message>
        <source>the mapping &quot;%1&quot; names no column of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Connection</name>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program or window is writing to it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::CsvReader</name>
    <message>
        <source>Field %1 is longer than %L2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has more than %L1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field starts on this line but its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of field %1. A quote inside a field must be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Database</name>
    <message>
        <source>The database %1 is damaged and cannot be opened. The file was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Kontor database. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version cannot be read. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kontor (database version %2; this version knows up to %3). Update Kontor to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (integrity check failed after an unclean exit). The file was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kontor database: it is not an SQLite database file, or its header is damaged. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Decimal</name>
    <message>
        <source>a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many decimal places (at most %1 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::DemoData</name>
    <message numerus="yes">
        <source>Creating the demo data was cancelled after %n products.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data cannot be added: the SKU %1 is already in the catalog (was the demo data added before?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data cannot be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo product %1 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Error</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ImportProfiles</name>
    <message>
        <source>the profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Migrations</name>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ProductCsv</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant of (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce product export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other CSV (map the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to the required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Stock column was not imported: opening stock is imported into a location on the Stock page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 columns but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WooCommerce product type &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU %1 is repeated: it already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (use pcs, kg, m or l)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent product %1 is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write attributes as Name=Value|Name=Value, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use active or archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT rate must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ProductExportDialog</name>
    <message>
        <source>Export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontor CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce product CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel, Russian locale (semicolon, decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ProductImportDialog</name>
    <message>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping as profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report it as an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing and list the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip bad rows and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a SKU already exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a row is bad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · separator “%3” · %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1
Updated: %2
Unchanged: %3
Skipped: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported, but %n row(s) were skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::ProductService</name>
    <message>
        <source>The product does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU is longer than 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU contains a line break or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU %1 is already used by &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT rate must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a product cannot be a variant of itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent product does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variant cannot have variants of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this product has variants, so it cannot become a variant itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variant attribute has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barcode %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barcode %1 already belongs to the product %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has history (variants, stock or orders), so it cannot be deleted. Archive it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU %1 already exists in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 updated, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; already exists here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category cannot be moved into itself or one of its sub-categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category still holds products or sub-categories; move them elsewhere first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::TextDecoder</name>
    <message>
        <source>The file is not valid UTF-8 text (byte 0x%1 at offset %2). Choose the file&apos;s encoding, for example Windows-1251.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in the middle of a UTF-16 character; it is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a NUL character: it is probably a binary file, not text (or UTF-16 without a byte order mark).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::Units</name>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::cli</name>
    <message>
        <source>Run &quot;%1&quot; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::cli::DemoCommand</name>
    <message>
        <source>small (1,000 products) or large (50,000 products, for trying out speed); default small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the demo catalog even if the database already has products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with a demo catalog to try Kontor out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments, only options; unexpected &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be small or large, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %n products. Demo data is meant for an empty database; add --force to add it anyway (existing products are never changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %n products in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::cli::ExportCommand</name>
    <message>
        <source>kontor (default), woocommerce, or excel (semicolon, decimal comma, UTF-8 with BOM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave archived products out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export products to a CSV file: export products FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export (products).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kontor-cli export products FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be kontor, woocommerce or excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n product(s) written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kontor::cli::ImportCommand</name>
    <message>
        <source>auto (default), kontor, woocommerce or mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 or Windows-1251; detected when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the column mapping saved under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping, e.g. &quot;sku=Артикул,name=Наименование,price=3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping used under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update (default) or report: what to do with a SKU already in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows and skip bad ones (default: import nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from a CSV file: import products FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import (products).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kontor-cli import products FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be auto, kontor, woocommerce or mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--existing must be update or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no import profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

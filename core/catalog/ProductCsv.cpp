#include "ProductCsv.h"

#include "io/CsvWriter.h"
#include "io/MappedCsv.h"

#include <QCoreApplication>
#include <QSet>

namespace kontor {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::ProductCsv", text);
}

// Kontor's own header, in this order.
const QStringList& kontorHeader()
{
    static const QStringList header{
        u"sku"_qs,      u"name"_qs,           u"description"_qs, u"category"_qs,   u"unit"_qs,
        u"price"_qs,    u"sale_price"_qs,     u"cost"_qs,        u"vat"_qs,        u"weight_kg"_qs,
        u"barcodes"_qs, u"internal_codes"_qs, u"parent_sku"_qs,  u"attributes"_qs, u"status"_qs};
    return header;
}

bool isWooCommerce(const QStringList& headers)
{
    QSet<QString> names;
    for (const QString& h : headers)
        names.insert(ColumnMapping::normalizeHeader(h));
    return names.contains(u"type"_qs) && names.contains(u"sku"_qs) && names.contains(u"regularprice"_qs);
}

bool isKontor(const QStringList& headers)
{
    return !headers.isEmpty() && headers.size() <= kontorHeader().size() &&
           headers.front().trimmed() == u"sku" &&
           std::all_of(headers.begin(), headers.end(),
                       [](const QString& h) { return kontorHeader().contains(h.trimmed()); });
}

// Column of a WooCommerce header (normalised comparison), or -1.
int wooColumn(const QStringList& headers, QStringView name)
{
    const QString want = ColumnMapping::normalizeHeader(name);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (ColumnMapping::normalizeHeader(headers[i]) == want)
            return int(i);
    }
    return -1;
}

Result<int> parseVat(const QString& text, NumberFormat format)
{
    QString t = text.trimmed().toCaseFolded();
    static const QStringView none[] = {u"без ндс", u"no vat", u"none", u"nontaxable",
                                       u"exempt",  u"-",      u"нет"};
    for (QStringView n : none) {
        if (t == n)
            return -1;
    }
    if (t.endsWith(u'%'))
        t.chop(1);
    auto value = Decimal::parse(t, 2, format); // percent with two decimals = basis points
    if (!value)
        return fail(value.error());
    if (*value < 0 || *value > 10000)
        return fail(
            ErrorCode::Invalid,
            QCoreApplication::translate("kontor::ProductCsv", "the VAT rate must be between 0 and 100 %"));
    return int(*value);
}

std::optional<bool> parseArchived(const QString& text)
{
    const QString t = text.trimmed().toCaseFolded();
    if (t.isEmpty() || t == u"active" || t == u"активен" || t == u"активный" || t == u"1" ||
        t == u"publish" || t == u"published" || t == u"yes" || t == u"да")
        return false;
    if (t == u"archived" || t == u"архив" || t == u"в архиве" || t == u"0" || t == u"no" || t == u"нет" ||
        t == u"draft")
        return true;
    return std::nullopt;
}

QStringList splitList(const QString& text)
{
    QString t = text;
    t.replace(u'|', u' ').replace(u';', u' ').replace(u',', u' ');
    return t.split(u' ', Qt::SkipEmptyParts);
}

// One row of the file turned into a product, or the reason it cannot be.
struct RowDraft
{
    Product product;
    ProductFields fields; // the fields the row sets
    QString parentSku;
    QString categoryPath; // "A>B", resolved to an id before saving
    int line = 0;
    bool isVariant = false;
};

} // namespace

QList<ImportField> ProductCsv::importFields()
{
    return {
        {u"sku"_qs,
         tr("SKU"),
         {u"sku"_qs, u"артикул"_qs, u"код товара"_qs, u"код"_qs, u"article"_qs, u"арт"_qs, u"vendor code"_qs,
          u"item code"_qs},
         true},
        {u"name"_qs,
         tr("Name"),
         {u"name"_qs, u"наименование"_qs, u"название"_qs, u"товар"_qs, u"имя"_qs, u"product"_qs, u"title"_qs,
          u"product name"_qs, u"наименование товара"_qs},
         true},
        {u"description"_qs, tr("Description"), {u"description"_qs, u"описание"_qs}, false},
        {u"category"_qs,
         tr("Category"),
         {u"category"_qs, u"categories"_qs, u"категория"_qs, u"категории"_qs, u"группа"_qs, u"раздел"_qs},
         false},
        {u"unit"_qs,
         tr("Unit"),
         {u"unit"_qs, u"ед изм"_qs, u"единица"_qs, u"единица измерения"_qs, u"ед"_qs, u"uom"_qs},
         false},
        {u"price"_qs,
         tr("Price"),
         {u"price"_qs, u"цена"_qs, u"regular price"_qs, u"list price"_qs, u"цена продажи"_qs,
          u"розничная цена"_qs, u"базовая цена"_qs, u"retail price"_qs},
         false},
        {u"sale_price"_qs,
         tr("Sale price"),
         {u"sale price"_qs, u"sale_price"_qs, u"цена со скидкой"_qs, u"акционная цена"_qs,
          u"цена распродажи"_qs},
         false},
        {u"cost"_qs,
         tr("Cost"),
         {u"cost"_qs, u"себестоимость"_qs, u"закупочная цена"_qs, u"цена закупки"_qs, u"purchase price"_qs,
          u"cost price"_qs, u"закупка"_qs},
         false},
        {u"vat"_qs,
         tr("VAT"),
         {u"vat"_qs, u"ндс"_qs, u"ставка ндс"_qs, u"tax rate"_qs, u"vat rate"_qs},
         false},
        {u"weight"_qs,
         tr("Weight, kg"),
         {u"weight_kg"_qs, u"weight"_qs, u"вес"_qs, u"вес кг"_qs, u"weight kg"_qs},
         false},
        {u"barcodes"_qs,
         tr("Barcode"),
         {u"barcodes"_qs, u"barcode"_qs, u"штрихкод"_qs, u"штрих-код"_qs, u"штрихкоды"_qs, u"ean"_qs,
          u"gtin"_qs, u"upc"_qs, u"gtin upc ean isbn"_qs},
         false},
        {u"internal_codes"_qs,
         tr("Internal code"),
         {u"internal_codes"_qs, u"internal code"_qs, u"внутренний код"_qs, u"внутренний штрихкод"_qs},
         false},
        {u"parent_sku"_qs,
         tr("Variant of (SKU)"),
         {u"parent_sku"_qs, u"parent"_qs, u"parent sku"_qs, u"артикул родителя"_qs,
          u"родительский артикул"_qs, u"родитель"_qs},
         false},
        {u"attributes"_qs,
         tr("Attributes"),
         {u"attributes"_qs, u"атрибуты"_qs, u"характеристики"_qs, u"свойства"_qs},
         false},
        {u"status"_qs, tr("Status"), {u"status"_qs, u"статус"_qs, u"состояние"_qs}, false},
    };
}

QString ProductCsv::formatName(ProductCsvFormat format)
{
    switch (format) {
    case ProductCsvFormat::Auto:
        return tr("Detect automatically");
    case ProductCsvFormat::Kontor:
        return tr("Kontor CSV");
    case ProductCsvFormat::WooCommerce:
        return tr("WooCommerce product export");
    case ProductCsvFormat::Mapped:
        return tr("Other CSV (map the columns)");
    }
    return {};
}

Result<ProductImportPreview> ProductCsv::preview(const QString& filePath, const ProductImportOptions& options)
{
    auto file = CsvFile::read(filePath, options.encoding);
    if (!file)
        return fail(file.error());
    ProductImportPreview preview{ImportPreview::of(*file, importFields())};
    preview.format = options.format != ProductCsvFormat::Auto ? options.format
                     : isWooCommerce(preview.headers)         ? ProductCsvFormat::WooCommerce
                     : isKontor(preview.headers)              ? ProductCsvFormat::Kontor
                                                              : ProductCsvFormat::Mapped;
    return preview;
}

Result<ProductImportResult> ProductCsv::import(const Actor& actor, const QString& filePath,
                                               const ProductImportOptions& options,
                                               const std::function<bool(qint64 done, qint64 total)>& progress)
{
    if (auto ok = require(actor, Permission::ImportData); !ok)
        return fail(ok.error());
    auto parsed = CsvFile::read(filePath, options.encoding);
    if (!parsed)
        return fail(parsed.error());
    const QString fileName = parsed->fileName;
    const QStringList headers = parsed->headers();
    ProductImportOptions effective = options;
    if (effective.format == ProductCsvFormat::Auto) {
        effective.format = isWooCommerce(headers) ? ProductCsvFormat::WooCommerce
                           : isKontor(headers)    ? ProductCsvFormat::Kontor
                                                  : ProductCsvFormat::Mapped;
    }
    const bool woo = effective.format == ProductCsvFormat::WooCommerce;
    // Our own files and WooCommerce's always use a decimal point; others follow the delimiter's hint.
    const NumberFormat numbers =
        !woo && effective.format != ProductCsvFormat::Kontor ? parsed->likelyNumberFormat() : NumberFormat{};
    const QString currency = m_service.currency();

    ColumnMapping mapping =
        effective.mapping ? *effective.mapping : ColumnMapping::guess(headers, importFields());
    if (woo) {
        // WooCommerce's own names win over guesses (its "Parent" holds "id:NN" or a SKU).
        const QList<std::pair<QString, QStringView>> wooColumns{{u"sku"_qs, u"SKU"},
                                                                {u"name"_qs, u"Name"},
                                                                {u"description"_qs, u"Description"},
                                                                {u"category"_qs, u"Categories"},
                                                                {u"price"_qs, u"Regular price"},
                                                                {u"sale_price"_qs, u"Sale price"},
                                                                {u"weight"_qs, u"Weight (kg)"},
                                                                {u"parent_sku"_qs, u"Parent"},
                                                                {u"barcodes"_qs, u"GTIN, UPC, EAN, or ISBN"}};
        for (const auto& [key, header] : wooColumns) {
            const int column = wooColumn(headers, header);
            if (column >= 0)
                mapping.columns.insert(key, column);
        }
    }
    const MappedCsv table(*parsed, mapping);
    if (auto ok = table.checkRequired(importFields()); !ok)
        return fail(ok.error());
    ProductImportResult result;
    const int wooType = woo ? wooColumn(headers, u"Type") : -1;
    const int wooId = woo ? wooColumn(headers, u"ID") : -1;
    if (woo && wooColumn(headers, u"Stock") >= 0)
        result.notes.append(
            tr("The Stock column was not imported: import opening stock with File > Import opening "
               "stock."));
    QList<std::pair<int, int>> wooAttributes; // name column, value column
    if (woo) {
        for (int n = 1; n <= 50; ++n) {
            const int nameColumn = wooColumn(headers, QStringLiteral("Attribute %1 name").arg(n));
            const int valueColumn = wooColumn(headers, QStringLiteral("Attribute %1 value(s)").arg(n));
            if (nameColumn < 0 || valueColumn < 0)
                break;
            wooAttributes.append({nameColumn, valueColumn});
        }
    }

    // Pass 1: WooCommerce ids -> SKUs, for "Parent: id:NN".
    QHash<QString, QString> wooSkuById;
    if (wooId >= 0 && mapping.has(u"sku"_qs)) {
        for (qsizetype r = 1; r < parsed->records.size(); ++r) {
            const QStringList& f = parsed->records[r].fields;
            wooSkuById.insert(f.value(wooId).trimmed(), f.value(mapping.column(u"sku"_qs)).trimmed());
        }
    }

    // Pass 2: cells -> products, collecting every problem with its line and column.
    auto issue = [&](int line, const QString& column, const QString& message) {
        result.issues.append(Error{ErrorCode::Invalid, message, column, fileName, line});
    };
    QList<RowDraft> drafts;
    QHash<QString, int> firstLineOfSku;
    QSet<int> badLines;
    auto header = [&](const QString& key) { return table.columnName(key); };
    QHash<QString, Id> categoryPaths;
    for (qsizetype r = 1; r < parsed->records.size(); ++r) {
        const CsvRecord& record = parsed->records[r];
        const int line = record.line;
        auto cell = [&](const QString& key) { return table.cell(record, key); };
        auto present = [&](const QString& key) { return table.present(record, key); };
        if (MappedCsv::isBlank(record))
            continue;
        if (auto problem = table.shapeProblem(record)) {
            issue(line, {}, *problem);
            badLines.insert(line);
            continue;
        }
        RowDraft d;
        d.line = line;
        Product& p = d.product;
        bool bad = false;
        auto rowIssue = [&](const QString& key, const QString& message) {
            issue(line, header(key), message);
            bad = true;
        };
        QString type;
        if (woo && wooType >= 0) {
            type = record.fields.value(wooType).trimmed().toCaseFolded();
            if (!type.isEmpty() && type != u"simple" && type != u"variable" && type != u"variation" &&
                !type.contains(u"simple") && !type.contains(u"variable")) {
                issue(line, headers.value(wooType),
                      tr("the WooCommerce product type \"%1\" is not supported").arg(type));
                badLines.insert(line);
                continue;
            }
        }
        p.sku = cell(u"sku"_qs);
        p.name = cell(u"name"_qs);
        d.fields = ProductField::Sku | ProductField::Name;
        if (p.sku.isEmpty())
            rowIssue(u"sku"_qs, tr("the SKU is empty"));
        if (p.name.isEmpty())
            rowIssue(u"name"_qs, tr("the name is empty"));
        if (!p.sku.isEmpty()) {
            const QString key = p.sku.toCaseFolded();
            if (firstLineOfSku.contains(key))
                rowIssue(u"sku"_qs, tr("the SKU %1 is repeated: it already appears on line %2")
                                        .arg(p.sku)
                                        .arg(firstLineOfSku[key]));
            else
                firstLineOfSku.insert(key, line);
        }
        if (present(u"description"_qs)) {
            p.description =
                MappedCsv::unescapeFormula(record.fields.value(mapping.column(u"description"_qs)));
            d.fields |= ProductField::Description;
        }
        auto money = [&](const QString& key, ProductField field, auto apply) {
            if (!present(key))
                return;
            auto value = Money::parse(cell(key), currency, numbers);
            if (!value)
                rowIssue(key, value.error().message);
            else if (value->minorUnits() < 0)
                rowIssue(key, tr("the amount cannot be negative"));
            else {
                apply(*value);
                d.fields |= field;
            }
        };
        money(u"price"_qs, ProductField::ListPrice, [&](const Money& m) { p.listPrice = m; });
        money(u"sale_price"_qs, ProductField::SalePrice, [&](const Money& m) { p.salePrice = m; });
        money(u"cost"_qs, ProductField::Cost, [&](const Money& m) { p.cost = m; });
        if (!p.listPrice.isValid())
            p.listPrice = Money(0, currency);
        if (present(u"unit"_qs)) {
            if (auto unit = Units::fromText(cell(u"unit"_qs))) {
                p.unit = *unit;
                d.fields |= ProductField::Unit;
            } else {
                rowIssue(u"unit"_qs, tr("unknown unit \"%1\" (use pcs, kg, m or l)").arg(cell(u"unit"_qs)));
            }
        }
        if (present(u"vat"_qs)) {
            auto vat = parseVat(cell(u"vat"_qs), numbers);
            if (!vat)
                rowIssue(u"vat"_qs, vat.error().message);
            else {
                p.vatRateBp = *vat < 0 ? std::nullopt : std::optional<int>(*vat);
                d.fields |= ProductField::VatRate;
            }
        }
        if (present(u"weight"_qs)) {
            auto grams = Decimal::parse(cell(u"weight"_qs), 3, numbers);
            if (!grams)
                rowIssue(u"weight"_qs, grams.error().message);
            else {
                p.weightGrams = *grams;
                d.fields |= ProductField::Weight;
            }
        }
        auto codes = [&](const QString& key, bool internal) {
            if (!present(key))
                return;
            for (const QString& code : splitList(cell(key))) {
                auto barcode = Barcodes::validate(code, internal);
                if (!barcode)
                    rowIssue(key, barcode.error().message);
                else
                    p.barcodes.append(*barcode);
            }
            d.fields |= ProductField::Barcodes;
        };
        codes(u"barcodes"_qs, false);
        codes(u"internal_codes"_qs, true);
        if (present(u"category"_qs)) {
            // WooCommerce lists several categories separated by commas; the first is the product's.
            const QString path = woo ? cell(u"category"_qs).section(u',', 0, 0) : cell(u"category"_qs);
            QStringList parts = path.split(u'>', Qt::SkipEmptyParts);
            for (QString& part : parts)
                part = part.trimmed();
            d.categoryPath = parts.join(u'>');
            categoryPaths.insert(d.categoryPath, Id()); // created below, once the file is known to be good
            d.fields |= ProductField::Category;
        }
        if (present(u"parent_sku"_qs)) {
            QString parent = cell(u"parent_sku"_qs);
            if (woo && parent.startsWith(u"id:"))
                parent = wooSkuById.value(parent.mid(3).trimmed());
            if (parent.isEmpty())
                rowIssue(u"parent_sku"_qs,
                         tr("the parent product %1 is not in the file").arg(cell(u"parent_sku"_qs)));
            d.parentSku = parent;
            d.isVariant = true;
            d.fields |= ProductField::Parent;
        }
        if (present(u"attributes"_qs)) {
            for (const QString& pair : cell(u"attributes"_qs).split(u'|', Qt::SkipEmptyParts)) {
                const QString key = pair.section(u'=', 0, 0).trimmed();
                const QString value = pair.section(u'=', 1).trimmed();
                if (key.isEmpty() || !pair.contains(u'='))
                    rowIssue(u"attributes"_qs,
                             tr("write attributes as Name=Value|Name=Value, not \"%1\"").arg(pair));
                else
                    p.attributes.append({key, value});
            }
            d.fields |= ProductField::Attributes;
        }
        if (woo && type == u"variation") {
            for (const auto& [nameColumn, valueColumn] : wooAttributes) {
                const QString key = record.fields.value(nameColumn).trimmed();
                if (!key.isEmpty())
                    p.attributes.append({key, record.fields.value(valueColumn).trimmed()});
            }
            d.fields |= ProductField::Attributes;
        }
        if (present(u"status"_qs)) {
            if (auto archived = parseArchived(cell(u"status"_qs))) {
                p.archived = *archived;
                d.fields |= ProductField::Archived;
            } else {
                rowIssue(u"status"_qs,
                         tr("unknown status \"%1\" (use active or archived)").arg(cell(u"status"_qs)));
            }
        }
        if (bad) {
            badLines.insert(line);
            continue;
        }
        drafts.append(std::move(d));
    }

    if (!result.issues.isEmpty() && !effective.skipBadRows) {
        result.skipped = int(parsed->records.size() - 1);
        return result; // nothing imported
    }

    // Categories, parents, variants: all in one transaction, so a failure anywhere leaves nothing.
    Connection& c = m_service.database().connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    for (auto it = categoryPaths.begin(); it != categoryPaths.end(); ++it) {
        if (it.key().isEmpty())
            continue;
        auto id = m_service.ensureCategoryPath(actor, it.key().split(u'>'));
        if (!id)
            return fail(id.error());
        it.value() = *id;
    }
    std::stable_partition(drafts.begin(), drafts.end(), [](const RowDraft& d) { return !d.isVariant; });
    QList<Product> rows;
    QList<ProductFields> rowFields;
    QList<int> lines;
    for (RowDraft& d : drafts) {
        if (!d.categoryPath.isEmpty())
            d.product.categoryId = categoryPaths.value(d.categoryPath);
        rows.append(d.product);
        rowFields.append(d.fields);
        lines.append(d.line);
    }

    // Variants need their parent's id: parents (non-variants) are saved first, then variants.
    const qint64 total = rows.size();
    const qsizetype firstVariant =
        std::find_if(drafts.begin(), drafts.end(), [](const RowDraft& d) { return d.isVariant; }) -
        drafts.begin();
    ProductService::BulkResult combined;
    for (int pass = 0; pass < 2; ++pass) {
        const qsizetype from = pass == 0 ? 0 : firstVariant;
        const qsizetype to = pass == 0 ? firstVariant : rows.size();
        if (from >= to)
            continue;
        QList<Product> part = rows.mid(from, to - from);
        if (pass == 1) {
            for (qsizetype i = 0; i < part.size(); ++i) {
                auto parent = m_service.productBySku(actor, drafts[from + i].parentSku);
                if (!parent)
                    return fail(parent.error());
                if (parent->has_value())
                    part[i].parentId = (*parent)->id;
                else
                    part[i].parentId = Id::create(); // reported by validation as a missing parent
            }
        }
        ProductService::BulkOptions bulk;
        bulk.updateExisting = effective.updateExisting;
        bulk.skipBadRows = effective.skipBadRows;
        bulk.rowFields = rowFields.mid(from, to - from);
        bulk.source = fileName;
        if (progress)
            bulk.progress = [&](qsizetype done) { return progress(from + done, total); };
        auto saved = m_service.saveMany(actor, part, bulk);
        if (!saved)
            return fail(saved.error());
        for (Error e : saved->rowErrors) {
            const qsizetype index = from + e.line - 1;
            e.line = lines.value(index);
            e.file = fileName;
            if (!e.field.isEmpty()) {
                for (const ImportField& f : importFields()) {
                    if (f.displayName == e.field && mapping.has(f.key))
                        e.field = header(f.key);
                }
            }
            result.issues.append(e);
        }
        combined.created += saved->created;
        combined.updated += saved->updated;
        combined.unchanged += saved->unchanged;
        combined.skipped += saved->skipped;
        if (!saved->committed) {
            std::sort(result.issues.begin(), result.issues.end(),
                      [](const Error& a, const Error& b) { return a.line < b.line; });
            result.skipped = int(parsed->records.size() - 1);
            return result; // the outer transaction rolls back
        }
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    std::sort(result.issues.begin(), result.issues.end(),
              [](const Error& a, const Error& b) { return a.line < b.line; });
    result.committed = true;
    result.created = combined.created;
    result.updated = combined.updated;
    result.unchanged = combined.unchanged;
    result.skipped = combined.skipped + int(badLines.size());
    return result;
}

Result<int> ProductCsv::exportTo(const Actor& actor, const QString& filePath,
                                 const ProductExportOptions& options,
                                 const std::function<bool(qint64 done, qint64 total)>& progress)
{
    if (auto ok = require(actor, Permission::ExportData); !ok)
        return fail(ok.error());
    const bool withCost = actor.can(Permission::ViewCosts);
    const bool woo = options.format == ProductCsvFormat::WooCommerce;
    ProductFilter filter;
    filter.includeArchived = options.includeArchived;
    auto entries = m_service.list(actor, filter);
    if (!entries)
        return fail(entries.error());
    ProductService::sortEntries(*entries, false);
    auto categories = m_service.categories(actor);
    if (!categories)
        return fail(categories.error());

    const QChar point = options.decimalComma ? QChar(u',') : QChar(u'.');
    auto money = [&](const std::optional<Money>& m) {
        return m ? Decimal::format(m->minorUnits(), m->minorDigits(), point) : QString();
    };
    CsvWriter writer(CsvDialect{options.delimiter, u'"'}, true);
    writer.setEscapeFormulas(options.escapeFormulas);
    if (woo) {
        writer.writeRecord({u"Type"_qs, u"SKU"_qs, u"Name"_qs, u"Published"_qs, u"Description"_qs,
                            u"Regular price"_qs, u"Sale price"_qs, u"Categories"_qs, u"Parent"_qs,
                            u"Weight (kg)"_qs, u"GTIN, UPC, EAN, or ISBN"_qs, u"Attribute 1 name"_qs,
                            u"Attribute 1 value(s)"_qs, u"Attribute 2 name"_qs, u"Attribute 2 value(s)"_qs});
    } else {
        QStringList header = kontorHeader();
        if (!withCost)
            header.removeAll(u"cost"_qs);
        writer.writeRecord(header);
    }

    // Parents with variants are "variable" in WooCommerce, and must come before their variations.
    QSet<Id> parentsWithVariants;
    int written = 0;
    const qint64 total = entries->size();
    constexpr qsizetype Page = 500;
    QHash<Id, QString> skuById;
    QList<Product> all;
    all.reserve(entries->size());
    for (qsizetype from = 0; from < entries->size(); from += Page) {
        QList<qint64> ids;
        for (qsizetype i = from; i < std::min<qsizetype>(from + Page, entries->size()); ++i)
            ids.append(entries->at(i).localId);
        auto products = m_service.productsByLocalIds(actor, ids);
        if (!products)
            return fail(products.error());
        for (const Product& p : std::as_const(*products)) {
            skuById.insert(p.id, p.sku);
            if (p.isVariant())
                parentsWithVariants.insert(p.parentId);
        }
        all.append(*products);
        if (progress && !progress(from / 2, total))
            return fail(ErrorCode::Cancelled, tr("The export was cancelled; no file was written."));
    }
    if (woo)
        std::stable_partition(all.begin(), all.end(), [](const Product& p) { return !p.isVariant(); });
    for (const Product& p : std::as_const(all)) {
        QStringList codes;
        QStringList internalCodes;
        for (const Barcode& b : p.barcodes)
            (b.kind == BarcodeKind::Internal ? internalCodes : codes).append(b.code);
        const QString weight =
            p.weightGrams ? Decimal::format(*p.weightGrams, 3, point, QChar(), true) : QString();
        const QString category = ProductService::categoryPath(*categories, p.categoryId);
        if (woo) {
            const QString type = p.isVariant()                        ? u"variation"_qs
                                 : parentsWithVariants.contains(p.id) ? u"variable"_qs
                                                                      : u"simple"_qs;
            QStringList row{type,
                            p.sku,
                            p.name,
                            p.archived ? u"0"_qs : u"1"_qs,
                            p.description,
                            money(p.listPrice),
                            money(p.salePrice),
                            category,
                            p.isVariant() ? skuById.value(p.parentId) : QString(),
                            weight,
                            codes.join(u", ")};
            for (int n = 0; n < 2; ++n) {
                row.append(p.attributes.value(n).first);
                row.append(p.attributes.value(n).second);
            }
            writer.writeRecord(row);
        } else {
            QStringList attributes;
            for (const auto& [key, value] : p.attributes)
                attributes.append(key + u'=' + value);
            QStringList row{p.sku,
                            p.name,
                            p.description,
                            category,
                            Units::code(p.unit),
                            money(p.listPrice),
                            money(p.salePrice)};
            if (withCost)
                row.append(money(p.cost));
            row << (p.vatRateBp ? Decimal::format(*p.vatRateBp, 2, point, QChar(), true) : QString())
                << weight << codes.join(u'|') << internalCodes.join(u'|')
                << (p.isVariant() ? skuById.value(p.parentId) : QString()) << attributes.join(u'|')
                << (p.archived ? u"archived"_qs : u"active"_qs);
            writer.writeRecord(row);
        }
        ++written;
        if (progress && written % 500 == 0 && !progress(total / 2 + written / 2, total))
            return fail(ErrorCode::Cancelled, tr("The export was cancelled; no file was written."));
    }

    if (auto ok = writer.save(filePath, options.encoding); !ok)
        return fail(ok.error());
    if (progress)
        progress(total, total);
    return written;
}

} // namespace kontor

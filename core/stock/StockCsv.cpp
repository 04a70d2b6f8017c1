#include "StockCsv.h"

#include "catalog/ProductService.h"
#include "io/CsvWriter.h"
#include "io/MappedCsv.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace kontor {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kontor::StockCsv", text, disambiguation, n);
}

// Kontor's own stock header, in this order; unit_cost only for those who may view costs.
const QStringList& kontorHeader()
{
    static const QStringList header{u"sku"_qs,      u"name"_qs,      u"location"_qs, u"on_hand"_qs,
                                    u"reserved"_qs, u"available"_qs, u"unit_cost"_qs};
    return header;
}

struct ProductRef
{
    Id id;
    QString sku;
    bool pieces = true;
    bool kit = false;
};

// Every product by SKU and by barcode, read once: a file of 50,000 lines must not cost 50,000
// lookups of whole products.
class ProductIndex
{
public:
    Result<void> load(Connection& c)
    {
        auto q = c.query("SELECT id, sku, unit, EXISTS(SELECT 1 FROM kit_components k WHERE k.kit_id = p.id) "
                         "FROM products p WHERE deleted = 0");
        auto ok = q.forEachRow([&] {
            const qsizetype index = m_products.size();
            m_products.append(ProductRef{q.id(0), q.text(1), q.text(2) == u"pcs", q.int64(3) != 0});
            m_bySku.insert(m_products.back().sku.toCaseFolded(), index);
            m_byId.insert(m_products.back().id, index);
        });
        if (!ok)
            return ok;
        auto codes = c.query("SELECT b.code, b.product_id FROM product_barcodes b "
                             "JOIN products p ON p.id = b.product_id WHERE p.deleted = 0");
        return codes.forEachRow([&] { m_byBarcode.insert(codes.text(0), m_byId.value(codes.id(1), -1)); });
    }

    const ProductRef* bySku(const QString& sku) const { return at(m_bySku.value(sku.toCaseFolded(), -1)); }
    const ProductRef* byBarcode(const QString& code) const { return at(m_byBarcode.value(code, -1)); }

private:
    const ProductRef* at(qsizetype index) const { return index >= 0 ? &m_products.at(index) : nullptr; }

    QList<ProductRef> m_products;
    QHash<QString, qsizetype> m_bySku;
    QHash<QString, qsizetype> m_byBarcode;
    QHash<Id, qsizetype> m_byId;
};

// Finds the location a file names: "WAREHOUSE/LOCATION" by codes; a bare code is a location of
// the main warehouse, else a warehouse (its first storage location), else a location code that
// only one warehouse has, else a location's name. Empty: the main location.
class LocationIndex
{
public:
    LocationIndex(const QList<Warehouse>& warehouses, const QList<Location>& locations)
        : m_warehouses(warehouses)
        , m_locations(locations)
    {}

    Result<Location> resolve(const QString& text) const
    {
        if (text.isEmpty())
            return find([](const Location& l) { return l.id == StockService::mainLocationId(); }, text);
        const QString want = text.toCaseFolded();
        if (const qsizetype slash = text.indexOf(u'/'); slash > 0) {
            const Warehouse* warehouse = warehouseByCode(text.left(slash).trimmed());
            const QString code = text.mid(slash + 1).trimmed().toCaseFolded();
            if (warehouse) {
                return find(
                    [&](const Location& l) {
                        return l.warehouseId == warehouse->id && l.code.toCaseFolded() == code;
                    },
                    text);
            }
        }
        QList<const Location*> matches;
        for (const Location& l : m_locations) {
            if (l.warehouseId == StockService::mainWarehouseId() && l.code.toCaseFolded() == want)
                return usable(l);
        }
        if (const Warehouse* warehouse = warehouseByCode(text)) {
            // Its sellable storage first (a marketplace warehouse has only its FBO location).
            const Location* best = nullptr;
            for (const Location& l : m_locations) {
                if (l.warehouseId != warehouse->id || l.archived)
                    continue;
                const auto rank = [](const Location& x) { return x.kind == LocationKind::Storage ? 0 : 1; };
                if (!best || std::pair(rank(l), l.priority) < std::pair(rank(*best), best->priority))
                    best = &l;
            }
            if (best && (best->kind == LocationKind::Storage || best->kind == LocationKind::Fbo))
                return *best;
        }
        for (const Location& l : m_locations) {
            if (l.code.toCaseFolded() == want)
                matches.append(&l);
        }
        if (matches.isEmpty()) {
            for (const Location& l : m_locations) {
                if (StockService::displayName(l).toCaseFolded() == want)
                    matches.append(&l);
            }
        }
        if (matches.size() == 1)
            return usable(*matches.front());
        if (matches.size() > 1) {
            QStringList options;
            for (const Location* l : matches)
                options.append(StockCsv::locationCode(warehouseOf(*l), *l));
            return fail(ErrorCode::Invalid, tr("\"%1\" is a location in several warehouses: write one of %2")
                                                .arg(text, options.join(u", ")));
        }
        return fail(ErrorCode::Invalid,
                    tr("there is no stock location \"%1\" (write a location code such as MAIN, or "
                       "WAREHOUSE/LOCATION)")
                        .arg(text));
    }

private:
    const Warehouse* warehouseByCode(const QString& code) const
    {
        const QString want = code.toCaseFolded();
        for (const Warehouse& w : m_warehouses) {
            if (w.code.toCaseFolded() == want)
                return &w;
        }
        return nullptr;
    }

    Warehouse warehouseOf(const Location& l) const
    {
        for (const Warehouse& w : m_warehouses) {
            if (w.id == l.warehouseId)
                return w;
        }
        return {};
    }

    template <typename Match>
    Result<Location> find(Match match, const QString& text) const
    {
        for (const Location& l : m_locations) {
            if (match(l))
                return usable(l);
        }
        return fail(ErrorCode::Invalid, tr("there is no stock location \"%1\"").arg(text));
    }

    static Result<Location> usable(const Location& l)
    {
        if (l.archived)
            return fail(ErrorCode::Invalid,
                        tr("the location %1 is archived").arg(StockService::displayName(l)));
        return l;
    }

    QList<Warehouse> m_warehouses;
    QList<Location> m_locations;
};

// "2026-01-31", "31.01.2026", either with a time ("2026-01-31T09:30", "31.01.2026 09:30:00"), or
// an ISO date-time with an offset. A date alone is the start of that day in the local time zone.
std::optional<qint64> parseDate(const QString& text)
{
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    if (iso.isValid())
        return iso.toMSecsSinceEpoch();
    static const QStringList dateTimes{u"yyyy-MM-dd HH:mm:ss"_qs, u"yyyy-MM-dd HH:mm"_qs,
                                       u"dd.MM.yyyy HH:mm:ss"_qs, u"dd.MM.yyyy HH:mm"_qs,
                                       u"d.M.yyyy H:mm"_qs};
    for (const QString& format : dateTimes) {
        const QDateTime dt = QDateTime::fromString(text, format);
        if (dt.isValid())
            return dt.toMSecsSinceEpoch();
    }
    static const QStringList dates{u"yyyy-MM-dd"_qs, u"dd.MM.yyyy"_qs, u"d.M.yyyy"_qs};
    for (const QString& format : dates) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
    }
    return std::nullopt;
}

// A file line turned into a posting.
struct Line
{
    MovementDraft draft;
    int line = 0;
};

} // namespace

QList<ImportField> StockCsv::importFields()
{
    return {
        {u"sku"_qs,
         tr("SKU"),
         {u"sku"_qs, u"артикул"_qs, u"код товара"_qs, u"код"_qs, u"article"_qs, u"арт"_qs, u"vendor code"_qs,
          u"item code"_qs},
         false},
        {u"barcode"_qs,
         tr("Barcode"),
         {u"barcode"_qs, u"barcodes"_qs, u"штрихкод"_qs, u"штрих-код"_qs, u"ean"_qs, u"gtin"_qs, u"upc"_qs},
         false},
        {u"location"_qs,
         tr("Location"),
         {u"location"_qs, u"склад"_qs, u"место"_qs, u"место хранения"_qs, u"ячейка"_qs, u"warehouse"_qs,
          u"location code"_qs},
         false},
        {u"quantity"_qs,
         tr("Quantity"),
         {u"quantity"_qs, u"qty"_qs, u"on hand"_qs, u"количество"_qs, u"кол-во"_qs, u"остаток"_qs,
          u"в наличии"_qs, u"stock"_qs},
         true},
        {u"cost"_qs,
         tr("Unit cost"),
         {u"unit cost"_qs, u"cost"_qs, u"себестоимость"_qs, u"цена закупки"_qs, u"закупочная цена"_qs,
          u"purchase price"_qs, u"cost price"_qs},
         false},
        {u"date"_qs, tr("Date"), {u"date"_qs, u"дата"_qs, u"as of"_qs, u"на дату"_qs}, false},
    };
}

QString StockCsv::locationCode(const Warehouse& warehouse, const Location& location)
{
    if (location.warehouseId == StockService::mainWarehouseId())
        return location.code;
    return warehouse.code + u'/' + location.code;
}

Result<ImportPreview> StockCsv::preview(const QString& filePath, const StockImportOptions& options)
{
    auto file = CsvFile::read(filePath, options.encoding);
    if (!file)
        return fail(file.error());
    return ImportPreview::of(*file, importFields());
}

Result<StockImportResult> StockCsv::import(const Actor& actor, const QString& filePath,
                                           const StockImportOptions& options,
                                           const std::function<bool(qint64 done, qint64 total)>& progress)
{
    for (Permission p : {Permission::ImportData, Permission::MoveStock}) {
        if (auto ok = require(actor, p); !ok)
            return fail(ok.error());
    }
    auto file = CsvFile::read(filePath, options.encoding);
    if (!file)
        return fail(file.error());
    const MappedCsv rows(*file, options.mapping ? *options.mapping
                                                : ColumnMapping::guess(file->headers(), importFields()));
    if (auto ok = rows.checkRequired(importFields()); !ok)
        return fail(ok.error());
    const bool bySku = rows.mapping().has(u"sku"_qs);
    const bool byBarcode = rows.mapping().has(u"barcode"_qs);
    if (!bySku && !byBarcode) {
        return fail(Error{ErrorCode::Invalid, tr("no column is mapped to the SKU or the barcode"), tr("SKU"),
                          file->fileName, 1});
    }
    const NumberFormat numbers = file->likelyNumberFormat();
    const QString currency = m_products.currency();
    const bool mayCost = actor.can(Permission::ViewCosts);

    ProductIndex products;
    if (auto ok = products.load(m_stock.database().connection()); !ok)
        return fail(ok.error());
    auto warehouses = m_stock.warehouses(actor, true);
    auto locations = m_stock.locations(actor, true);
    if (!warehouses || !locations)
        return fail(!warehouses ? warehouses.error() : locations.error());
    const LocationIndex places(*warehouses, *locations);
    const qint64 now = m_stock.database().clock().nowMs();
    QHash<QString, std::optional<qint64>> dates; // a file tends to repeat one date on every line

    StockImportResult result;
    QList<Line> lines;
    QSet<int> badLines;
    QHash<std::pair<Id, Id>, int> firstLineOf; // product and location -> line
    int repeated = 0;
    for (qsizetype r = 1; r < file->records.size(); ++r) {
        const CsvRecord& record = file->records[r];
        if (MappedCsv::isBlank(record))
            continue;
        bool bad = false;
        auto issue = [&](const QString& key, const QString& message) {
            result.issues.append(Error{ErrorCode::Invalid, message,
                                       key.isEmpty() ? QString() : rows.columnName(key), file->fileName,
                                       record.line});
            bad = true;
        };
        if (auto problem = rows.shapeProblem(record)) {
            issue({}, *problem);
            badLines.insert(record.line);
            continue;
        }
        const QString sku = rows.cell(record, u"sku"_qs);
        const QString barcode = rows.cell(record, u"barcode"_qs);
        const ProductRef* product = nullptr;
        if (!sku.isEmpty()) {
            product = products.bySku(sku);
            if (!product)
                issue(u"sku"_qs, tr("there is no product with the SKU %1").arg(sku));
        } else if (!barcode.isEmpty()) {
            product = products.byBarcode(barcode);
            if (!product)
                issue(u"barcode"_qs, tr("there is no product with the barcode %1").arg(barcode));
        } else {
            issue(bySku ? u"sku"_qs : u"barcode"_qs, bySku && byBarcode
                                                         ? tr("neither a SKU nor a barcode is given")
                                                     : bySku ? tr("the SKU is empty")
                                                             : tr("the barcode is empty"));
        }
        if (product && product->kit) {
            issue(sku.isEmpty() ? u"barcode"_qs : u"sku"_qs,
                  tr("%1 is a kit: it has no stock of its own; import its components").arg(product->sku));
        }

        auto location = places.resolve(rows.cell(record, u"location"_qs));
        if (!location)
            issue(u"location"_qs, location.error().message);

        std::optional<Quantity> quantity;
        const QString quantityText = rows.cell(record, u"quantity"_qs);
        if (quantityText.isEmpty()) {
            issue(u"quantity"_qs, tr("the quantity is empty"));
        } else if (auto parsed = Quantity::parse(quantityText, numbers); !parsed) {
            issue(u"quantity"_qs, parsed.error().message);
        } else if (parsed->milli() < 0) {
            issue(u"quantity"_qs, tr("opening stock cannot be negative"));
        } else if (product && product->pieces && !parsed->isWhole()) {
            issue(u"quantity"_qs,
                  tr("%1 is counted in pieces: use a whole number, not %2").arg(product->sku, quantityText));
        } else {
            quantity = *parsed;
        }

        std::optional<qint64> unitCost;
        if (rows.present(record, u"cost"_qs)) {
            if (!mayCost) {
                // Not a row problem: every row with a cost would fail the same way.
                return fail(Error{ErrorCode::PermissionDenied,
                                  tr("importing unit costs needs the permission to view costs; leave the "
                                     "cost column out"),
                                  rows.columnName(u"cost"_qs), file->fileName, record.line});
            }
            auto cost = Money::parse(rows.cell(record, u"cost"_qs), currency, numbers);
            if (!cost)
                issue(u"cost"_qs, cost.error().message);
            else if (cost->minorUnits() < 0)
                issue(u"cost"_qs, tr("the cost cannot be negative"));
            else
                unitCost = cost->minorUnits();
        }

        qint64 occurredAt = 0;
        if (rows.present(record, u"date"_qs)) {
            const QString text = rows.cell(record, u"date"_qs);
            auto cached = dates.find(text);
            if (cached == dates.end())
                cached = dates.insert(text, parseDate(text));
            const std::optional<qint64> at = *cached;
            if (!at)
                issue(u"date"_qs, tr("\"%1\" is not a date (write 2026-01-31 or 31.01.2026)").arg(text));
            else if (*at > now)
                issue(u"date"_qs, tr("the date %1 is in the future").arg(text));
            else
                occurredAt = *at;
        }

        if (bad) {
            badLines.insert(record.line);
            continue;
        }
        if (quantity->milli() == 0) {
            ++result.empty;
            continue;
        }
        const std::pair<Id, Id> place{product->id, location->id};
        if (firstLineOf.contains(place))
            ++repeated;
        else
            firstLineOf.insert(place, record.line);
        Line l;
        l.line = record.line;
        l.draft.kind = MovementKind::Adjustment;
        l.draft.reason = MovementReasons::Opening.toString();
        l.draft.lines = {MovementLine{product->id, location->id, *quantity, unitCost}};
        l.draft.occurredAt = occurredAt;
        l.draft.note = tr("Opening stock: %1, line %2").arg(file->fileName).arg(record.line);
        lines.append(std::move(l));
    }

    if (!result.issues.isEmpty() && !options.skipBadRows) {
        result.skipped = file->rowCount();
        result.empty = 0;
        return result; // nothing imported
    }

    // What the shop already holds where the file adds stock: opening stock adds, it does not replace.
    StockFilter held;
    auto before = m_stock.stockRows(actor, held);
    if (!before)
        return fail(before.error());
    QSet<std::pair<Id, Id>> stocked;
    for (const StockRow& row : std::as_const(*before)) {
        if (row.onHand.milli() != 0)
            stocked.insert({row.productId, row.locationId});
    }
    int onTop = 0;
    QList<MovementDraft> drafts;
    drafts.reserve(lines.size());
    for (const Line& l : std::as_const(lines)) {
        if (stocked.contains({l.draft.lines.front().productId, l.draft.lines.front().locationId}))
            ++onTop;
        drafts.append(l.draft);
    }

    BulkPostOptions bulk;
    bulk.skipBadDrafts = options.skipBadRows;
    bulk.source = file->fileName;
    if (progress)
        bulk.progress = [&](qsizetype done) { return progress(done, drafts.size()); };
    auto posted = m_stock.postMany(actor, drafts, bulk);
    if (!posted)
        return fail(posted.error());
    // Lines passed the checks above; what the ledger still refuses is reported on its line.
    static const QHash<QString, QString> columnOfField{{u"quantity"_qs, u"quantity"_qs},
                                                       {u"location"_qs, u"location"_qs},
                                                       {u"occurred_at"_qs, u"date"_qs},
                                                       {u"unit_cost"_qs, u"cost"_qs},
                                                       {u"product"_qs, u"sku"_qs}};
    for (Error e : posted->draftErrors) {
        e.line = lines.value(e.line - 1).line;
        e.file = file->fileName;
        const QString key = columnOfField.value(e.field);
        e.field = key.isEmpty() ? QString() : rows.columnName(key);
        result.issues.append(e);
        badLines.insert(e.line);
    }
    std::sort(result.issues.begin(), result.issues.end(),
              [](const Error& a, const Error& b) { return a.line < b.line; });
    if (!posted->committed) {
        result.skipped = file->rowCount();
        result.empty = 0;
        return result;
    }
    result.committed = true;
    result.posted = posted->posted;
    result.skipped = int(badLines.size());
    if (repeated > 0) {
        result.notes.append(
            tr("%n line(s) repeat a product and location of an earlier line; their quantities "
               "were added up.",
               nullptr, repeated));
    }
    if (onTop > 0) {
        result.notes.append(tr("%n line(s) added to stock that was already there: opening stock adds to a "
                               "balance, it does not replace it.",
                               nullptr, onTop));
    }
    return result;
}

Result<int> StockCsv::exportTo(const Actor& actor, const QString& filePath, const StockExportOptions& options,
                               const std::function<bool(qint64 done, qint64 total)>& progress)
{
    if (auto ok = require(actor, Permission::ExportData); !ok)
        return fail(ok.error());
    const bool withCost = actor.can(Permission::ViewCosts);
    StockFilter filter;
    filter.warehouseId = options.warehouseId;
    auto rows = m_stock.stockRows(actor, filter);
    if (!rows)
        return fail(rows.error());
    auto warehouses = m_stock.warehouses(actor, true);
    auto locations = m_stock.locations(actor, true);
    if (!warehouses || !locations)
        return fail(!warehouses ? warehouses.error() : locations.error());
    QHash<Id, Warehouse> warehouseById;
    for (const Warehouse& w : std::as_const(*warehouses))
        warehouseById.insert(w.id, w);
    QHash<Id, std::pair<int, QString>> placeOf; // location -> (order, code)
    for (qsizetype i = 0; i < locations->size(); ++i) {
        const Location& l = locations->at(i);
        placeOf.insert(l.id, {int(i), locationCode(warehouseById.value(l.warehouseId), l)});
    }

    // By SKU as people sort them (numbers by value), then by location as the stock page lists them.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows->begin(), rows->end(), [&](const StockRow& a, const StockRow& b) {
        if (const int bySku = collator.compare(a.sku, b.sku); bySku != 0)
            return bySku < 0;
        return placeOf.value(a.locationId).first < placeOf.value(b.locationId).first;
    });

    const QChar point = options.decimalComma ? QChar(u',') : QChar(u'.');
    const int costDigits = Money::minorDigits(m_products.currency());
    auto quantity = [&](Quantity q) {
        return Decimal::format(q.milli(), Quantity::Scale, point, QChar(), true);
    };
    CsvWriter writer(CsvDialect{options.delimiter, u'"'}, true);
    writer.setEscapeFormulas(options.escapeFormulas);
    QStringList header = kontorHeader();
    if (!withCost)
        header.removeAll(u"unit_cost"_qs);
    writer.writeRecord(header);
    int written = 0;
    const qint64 total = rows->size();
    for (const StockRow& row : std::as_const(*rows)) {
        QStringList fields{row.sku,
                           row.name,
                           placeOf.value(row.locationId).second,
                           quantity(row.onHand),
                           quantity(row.reserved),
                           quantity(row.available())};
        if (withCost)
            fields.append(row.averageCost ? Decimal::format(*row.averageCost, costDigits, point) : QString());
        writer.writeRecord(fields);
        ++written;
        if (progress && written % 1000 == 0 && !progress(written, total))
            return fail(ErrorCode::Cancelled, tr("The export was cancelled; no file was written."));
    }

    if (auto ok = writer.save(filePath, options.encoding); !ok)
        return fail(ok.error());
    if (progress)
        progress(total, total);
    return written;
}

} // namespace kontor

#include "ProductService.h"

#include "common/SearchText.h"
#include "security/AuditLog.h"
#include "storage/ChangeLog.h"

#include <QCollator>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kontor {

namespace {

constexpr QByteArrayView ProductColumns =
    "SELECT local_id, id, sku, name, description, category_id, unit, currency, list_price, cost, vat_rate, "
    "weight_g, parent_id, attributes, archived, created_at, updated_at, sale_price FROM products ";

std::optional<qint64> minorUnits(const std::optional<Money>& money)
{
    return money ? std::optional<qint64>(money->minorUnits()) : std::nullopt;
}

Unit unitFromCode(const QString& code)
{
    return Units::fromText(code).value_or(Unit::Piece);
}

QString attributesToJson(const QList<std::pair<QString, QString>>& attributes)
{
    QJsonArray array;
    for (const auto& [key, value] : attributes)
        array.append(QJsonArray{key, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<std::pair<QString, QString>> attributesFromJson(const QString& text)
{
    QList<std::pair<QString, QString>> result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& item : array) {
        const QJsonArray pair = item.toArray();
        result.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return result;
}

Product readProduct(const Query& q)
{
    Product p;
    p.localId = q.int64(0);
    p.id = q.id(1);
    p.sku = q.text(2);
    p.name = q.text(3);
    p.description = q.text(4);
    p.categoryId = q.id(5);
    p.unit = unitFromCode(q.text(6));
    const QString currency = q.text(7);
    p.listPrice = Money(q.int64(8), currency);
    if (auto cost = q.optInt64(9))
        p.cost = Money(*cost, currency);
    if (auto vat = q.optInt64(10))
        p.vatRateBp = int(*vat);
    p.weightGrams = q.optInt64(11);
    p.parentId = q.id(12);
    p.attributes = attributesFromJson(q.text(13));
    p.archived = q.int64(14) != 0;
    p.createdAt = q.int64(15);
    p.updatedAt = q.int64(16);
    if (auto sale = q.optInt64(17))
        p.salePrice = Money(*sale, currency);
    return p;
}

QString searchTextOf(const Product& p)
{
    QString text = p.name + u' ' + p.sku;
    for (const Barcode& b : p.barcodes)
        text += u' ' + b.code;
    for (const auto& attribute : p.attributes)
        text += u' ' + attribute.second;
    return SearchText::normalize(text);
}

// The values of the given fields, as written to the change log and the audit log.
QJsonObject fieldsJson(const Product& p, ProductFields fields, bool withCost)
{
    QJsonObject o;
    auto optional = [](const auto& v) { return v ? QJsonValue(qint64(*v)) : QJsonValue(); };
    if (fields & ProductField::Sku)
        o.insert(u"sku"_qs, p.sku);
    if (fields & ProductField::Name)
        o.insert(u"name"_qs, p.name);
    if (fields & ProductField::Description)
        o.insert(u"description"_qs, p.description);
    if (fields & ProductField::Category)
        o.insert(u"category_id"_qs,
                 p.categoryId.isNull() ? QJsonValue() : QJsonValue(p.categoryId.toString()));
    if (fields & ProductField::Unit)
        o.insert(u"unit"_qs, Units::code(p.unit));
    if (fields & ProductField::ListPrice) {
        o.insert(u"list_price"_qs, p.listPrice.minorUnits());
        o.insert(u"currency"_qs, p.listPrice.currency());
    }
    if (fields & ProductField::SalePrice)
        o.insert(u"sale_price"_qs, p.salePrice ? QJsonValue(p.salePrice->minorUnits()) : QJsonValue());
    if ((fields & ProductField::Cost) && withCost)
        o.insert(u"cost"_qs, p.cost ? QJsonValue(p.cost->minorUnits()) : QJsonValue());
    if (fields & ProductField::VatRate)
        o.insert(u"vat_rate"_qs, optional(p.vatRateBp));
    if (fields & ProductField::Weight)
        o.insert(u"weight_g"_qs, optional(p.weightGrams));
    if (fields & ProductField::Parent)
        o.insert(u"parent_id"_qs, p.parentId.isNull() ? QJsonValue() : QJsonValue(p.parentId.toString()));
    if (fields & ProductField::Attributes)
        o.insert(u"attributes"_qs, QJsonDocument::fromJson(attributesToJson(p.attributes).toUtf8()).array());
    if (fields & ProductField::Barcodes) {
        QJsonArray codes;
        for (const Barcode& b : p.barcodes)
            codes.append(b.code);
        o.insert(u"barcodes"_qs, codes);
    }
    if (fields & ProductField::Archived)
        o.insert(u"archived"_qs, p.archived);
    return o;
}

ProductFields changedFields(const Product& a, const Product& b, ProductFields fields)
{
    ProductFields changed;
    auto check = [&](ProductField f, bool differs) {
        if ((fields & f) && differs)
            changed |= f;
    };
    check(ProductField::Sku, a.sku != b.sku);
    check(ProductField::Name, a.name != b.name);
    check(ProductField::Description, a.description != b.description);
    check(ProductField::Category, a.categoryId != b.categoryId);
    check(ProductField::Unit, a.unit != b.unit);
    check(ProductField::ListPrice, a.listPrice != b.listPrice);
    check(ProductField::SalePrice, a.salePrice != b.salePrice);
    check(ProductField::Cost, a.cost != b.cost);
    check(ProductField::VatRate, a.vatRateBp != b.vatRateBp);
    check(ProductField::Weight, a.weightGrams != b.weightGrams);
    check(ProductField::Parent, a.parentId != b.parentId);
    check(ProductField::Attributes, a.attributes != b.attributes);
    check(ProductField::Barcodes, a.barcodes != b.barcodes);
    check(ProductField::Archived, a.archived != b.archived);
    return changed;
}

} // namespace

ProductService::ProductService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

QString ProductService::currency()
{
    auto q = m_db.connection().query("SELECT value FROM shop_settings WHERE key = 'currency'");
    auto row = q.next();
    return row && *row ? q.text(0) : QStringLiteral("RUB");
}

void ProductService::hideForActor(const Actor& actor, Product& p) const
{
    if (!actor.can(Permission::ViewCosts)) {
        p.cost.reset();
        p.costHidden = true;
    }
}

// ---- reads -------------------------------------------------------------------------------------

Result<Product> ProductService::loadOne(Connection& c, QByteArrayView whereClause,
                                        const std::function<void(Query&)>& bind)
{
    auto q = c.query(QByteArray(ProductColumns.toByteArray() + whereClause.toByteArray()));
    bind(q);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The product does not exist or was deleted."));
    QList<Product> one;
    one.append(readProduct(q));
    q.reset(); // release the statement before the next query
    if (auto ok = loadBarcodes(c, one); !ok)
        return fail(ok.error());
    return one.front();
}

namespace {

// "[1,2,3]": a list of local ids bound as one parameter and read back with json_each, so a page
// of rows is one query instead of one per row.
QString localIdList(const QList<qint64>& localIds)
{
    QStringList numbers;
    numbers.reserve(localIds.size());
    for (qint64 id : localIds)
        numbers.append(QString::number(id));
    return u'[' + numbers.join(u',') + u']';
}

} // namespace

Result<void> ProductService::loadBarcodes(Connection& c, QList<Product>& products)
{
    if (products.isEmpty())
        return {};
    QHash<qint64, qsizetype> indexOf;
    QList<qint64> localIds;
    for (qsizetype i = 0; i < products.size(); ++i) {
        indexOf.insert(products[i].localId, i);
        localIds.append(products[i].localId);
    }
    auto q = c.query(
        "SELECT p.local_id, b.code, b.kind FROM product_barcodes b JOIN products p ON p.id = b.product_id "
        "WHERE p.local_id IN (SELECT value FROM json_each(?)) ORDER BY b.local_id");
    q.bind(localIdList(localIds));
    return q.forEachRow([&] {
        products[indexOf.value(q.int64(0))].barcodes.append(
            Barcode{q.text(1), Barcodes::kindFromCode(q.text(2))});
    });
}

Result<Product> ProductService::product(const Actor& actor, const Id& id)
{
    auto p = loadOne(m_db.connection(), "WHERE id = ? AND deleted = 0", [&](Query& q) { q.bind(id); });
    if (p)
        hideForActor(actor, *p);
    return p;
}

Result<std::optional<Product>> ProductService::productBySku(const Actor& actor, const QString& sku)
{
    auto p = loadOne(m_db.connection(), "WHERE sku = ? COLLATE NOCASE AND deleted = 0",
                     [&](Query& q) { q.bind(sku.trimmed()); });
    if (!p)
        return p.error().code == ErrorCode::NotFound ? Result<std::optional<Product>>(std::nullopt)
                                                     : fail(p.error());
    hideForActor(actor, *p);
    return std::optional<Product>(*p);
}

Result<std::optional<Product>> ProductService::productByBarcode(const Actor& actor, const QString& code)
{
    auto p = loadOne(m_db.connection(),
                     "WHERE id = (SELECT product_id FROM product_barcodes WHERE code = ?) AND deleted = 0",
                     [&](Query& q) { q.bind(code.trimmed()); });
    if (!p)
        return p.error().code == ErrorCode::NotFound ? Result<std::optional<Product>>(std::nullopt)
                                                     : fail(p.error());
    hideForActor(actor, *p);
    return std::optional<Product>(*p);
}

Result<QList<Product>> ProductService::productsByLocalIds(const Actor& actor, const QList<qint64>& localIds)
{
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    QHash<qint64, Product> found;
    auto q = c.query(QByteArray(ProductColumns.toByteArray() +
                                "WHERE local_id IN (SELECT value FROM json_each(?)) AND deleted = 0"));
    q.bind(localIdList(localIds));
    if (auto ok = q.forEachRow([&] {
            Product p = readProduct(q);
            found.insert(p.localId, std::move(p));
        });
        !ok)
        return fail(ok.error());
    QList<Product> result;
    result.reserve(found.size());
    for (qint64 localId : localIds) {
        auto it = found.constFind(localId);
        if (it != found.constEnd())
            result.append(*it);
    }
    if (auto ok = loadBarcodes(c, result); !ok)
        return fail(ok.error());
    for (Product& p : result)
        hideForActor(actor, p);
    return result;
}

Result<QList<Product>> ProductService::variants(const Actor& actor, const Id& parentId)
{
    Connection& c = m_db.connection();
    auto q = c.query(
        QByteArray(ProductColumns.toByteArray() + "WHERE parent_id = ? AND deleted = 0 ORDER BY local_id"));
    q.bind(parentId);
    QList<Product> result;
    if (auto ok = q.forEachRow([&] { result.append(readProduct(q)); }); !ok)
        return fail(ok.error());
    if (auto ok = loadBarcodes(c, result); !ok)
        return fail(ok.error());
    for (Product& p : result)
        hideForActor(actor, p);
    return result;
}

Result<QList<ProductListEntry>> ProductService::list(const Actor& actor, const ProductFilter& filter)
{
    return listMatching(actor, filter, 0);
}

Result<QList<ProductListEntry>> ProductService::listMatching(const Actor& actor, const ProductFilter& filter,
                                                             int scanLimit)
{
    Q_UNUSED(actor); // every role may see the catalog; costs are not part of a list entry
    const QStringList terms = SearchText::terms(filter.search);
    const QString whole = terms.join(u' ');

    QByteArray sql;
    if (!filter.categoryId.isNull()) {
        sql += "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
               "SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id) ";
    }
    sql += "SELECT p.local_id, p.id, p.sku, p.name, ";
    if (terms.isEmpty()) {
        sql += "0 ";
    } else {
        sql += "CASE WHEN p.sku = ? COLLATE NOCASE "
               "OR EXISTS(SELECT 1 FROM product_barcodes b WHERE b.product_id = p.id AND b.code = ?) THEN 0 "
               "WHEN substr(lower(p.sku), 1, length(?)) = ? THEN 1 "
               "WHEN substr(p.search_text, 1, length(?)) = ? THEN 2 "
               "WHEN instr(' ' || p.search_text, ' ' || ?) > 0 THEN 3 ELSE 4 END ";
    }
    sql += "FROM products p WHERE p.deleted = 0";
    if (filter.onlyArchived)
        sql += " AND p.archived = 1";
    else if (!filter.includeArchived)
        sql += " AND p.archived = 0";
    if (!filter.categoryId.isNull())
        sql += " AND p.category_id IN (SELECT id FROM sub)";

    QStringList longTerms;
    QStringList shortTerms;
    for (const QString& term : terms)
        (term.size() >= 3 ? longTerms : shortTerms).append(term);
    if (!longTerms.isEmpty())
        sql += " AND p.local_id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)";
    for (qsizetype i = 0; i < shortTerms.size(); ++i)
        sql += " AND instr(p.search_text, ?) > 0";
    if (scanLimit > 0)
        sql += " LIMIT ?";

    auto q = m_db.connection().query(sql);
    if (!filter.categoryId.isNull())
        q.bind(filter.categoryId);
    if (!terms.isEmpty()) {
        const QString raw = filter.search.trimmed();
        q.bindAll(raw, raw, whole, whole, whole, whole, whole);
    }
    if (!longTerms.isEmpty()) {
        QStringList quoted;
        for (QString term : std::as_const(longTerms))
            quoted.append(u'"' + term.replace(u'"', u"\"\""_qs) + u'"');
        q.bind(quoted.join(u' '));
    }
    for (const QString& term : std::as_const(shortTerms))
        q.bind(term);
    if (scanLimit > 0)
        q.bind(scanLimit);

    QList<ProductListEntry> result;
    if (auto ok = q.forEachRow([&] {
            result.append(ProductListEntry{q.int64(0), q.id(1), q.text(2), q.text(3), int(q.int64(4))});
        });
        !ok)
        return fail(ok.error());
    return result;
}

void ProductService::sortEntries(QList<ProductListEntry>& entries, bool byRank, SortKey key)
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(entries.size());
    for (const ProductListEntry& e : std::as_const(entries))
        keys.push_back(collator.sortKey(key == SortKey::Sku ? e.sku : e.name));
    std::vector<qsizetype> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (byRank && entries[a].rank != entries[b].rank)
            return entries[a].rank < entries[b].rank;
        return keys[a].compare(keys[b]) < 0;
    });
    QList<ProductListEntry> sorted;
    sorted.reserve(entries.size());
    for (qsizetype i : order)
        sorted.append(std::move(entries[i]));
    entries = std::move(sorted);
}

Result<QList<ProductListEntry>> ProductService::search(const Actor& actor, const QString& text, int limit)
{
    ProductFilter filter;
    filter.search = text;
    filter.includeArchived = true;
    // While only one or two characters are typed there is no trigram to look up: "к" matches
    // almost half of a catalog. A short list then ranks the first matches found instead of
    // scanning and sorting every product; from the third character the index answers exactly.
    const QStringList terms = SearchText::terms(text);
    const bool onlyShortTerms =
        !terms.isEmpty() &&
        std::all_of(terms.begin(), terms.end(), [](const QString& t) { return t.size() < 3; });
    auto entries = listMatching(actor, filter, onlyShortTerms && limit >= 0 ? std::max(limit * 10, 200) : 0);
    if (entries && onlyShortTerms && limit >= 0) {
        // The exact SKU or barcode always belongs in the list, wherever the scan stopped.
        auto exact = productBySku(actor, text.trimmed());
        if (!exact || !exact->has_value())
            exact = productByBarcode(actor, text.trimmed());
        if (exact && exact->has_value()) {
            const Product& p = **exact;
            const bool present = std::any_of(entries->begin(), entries->end(),
                                             [&](const ProductListEntry& e) { return e.id == p.id; });
            if (!present)
                entries->append(ProductListEntry{p.localId, p.id, p.sku, p.name, 0});
        }
    }
    if (!entries)
        return entries;
    sortEntries(*entries, true);
    if (limit >= 0 && entries->size() > limit)
        entries->resize(limit);
    return entries;
}

Result<qint64> ProductService::count(const Actor& actor, bool includeArchived)
{
    Q_UNUSED(actor);
    auto q =
        includeArchived
            ? m_db.connection().query("SELECT count(*) FROM products WHERE deleted = 0")
            : m_db.connection().query("SELECT count(*) FROM products WHERE deleted = 0 AND archived = 0");
    auto n = q.scalarInt();
    if (!n)
        return fail(n.error());
    return n->value_or(0);
}

Result<bool> ProductService::hasHistory(const Actor& actor, const Id& id)
{
    Q_UNUSED(actor);
    // Later areas (purchase lines) add their tables here.
    auto q = m_db.connection().query(
        "SELECT EXISTS(SELECT 1 FROM products WHERE parent_id = ?1 AND deleted = 0) "
        "OR EXISTS(SELECT 1 FROM sales_order_lines WHERE product_id = ?1) "
        "OR EXISTS(SELECT 1 FROM stock_movements WHERE product_id = ?1) "
        "OR EXISTS(SELECT 1 FROM stock_counts WHERE product_id = ?1) "
        "OR EXISTS(SELECT 1 FROM kit_components WHERE kit_id = ?1 OR component_id = ?1)");
    q.bind(id);
    auto n = q.scalarInt();
    if (!n)
        return fail(n.error());
    return n->value_or(0) != 0;
}

// ---- validation ----------------------------------------------------------------------------------

Result<void> ProductService::checkPriceEdit(const Actor& actor, const Product& p, ProductFields fields) const
{
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return ok;
    const bool setsPrice = ((fields & ProductField::ListPrice) && p.listPrice.minorUnits() != 0) ||
                           ((fields & ProductField::SalePrice) && p.salePrice.has_value());
    const bool setsCost = (fields & ProductField::Cost) && p.cost.has_value();
    if (setsPrice || setsCost) {
        if (auto ok = require(actor, Permission::EditPrices); !ok)
            return ok;
    }
    if (setsCost) {
        if (auto ok = require(actor, Permission::ViewCosts); !ok)
            return ok;
    }
    return {};
}

Result<void> ProductService::validate(Connection& c, const Product& p, ProductFields fields)
{
    auto invalid = [](const QString& message, const QString& field) {
        return fail(ErrorCode::Invalid, message, field);
    };
    if (fields & ProductField::Sku) {
        if (p.sku.trimmed().isEmpty())
            return invalid(tr("the SKU is required"), tr("SKU"));
        if (p.sku.size() > 100)
            return invalid(tr("the SKU is longer than 100 characters"), tr("SKU"));
        for (QChar ch : p.sku) {
            if (!ch.isPrint())
                return invalid(tr("the SKU contains a line break or a control character"), tr("SKU"));
        }
        auto q =
            c.query("SELECT name FROM products WHERE sku = ? COLLATE NOCASE AND deleted = 0 AND id IS NOT ?");
        q.bindAll(p.sku.trimmed(), p.id);
        auto row = q.next();
        if (!row)
            return fail(row.error());
        if (*row) {
            return fail(ErrorCode::Conflict,
                        tr("the SKU %1 is already used by \"%2\"").arg(p.sku.trimmed(), q.text(0)),
                        tr("SKU"));
        }
    }
    if ((fields & ProductField::Name) && p.name.trimmed().isEmpty())
        return invalid(tr("the name is required"), tr("Name"));
    if ((fields & ProductField::Name) && p.name.size() > 500)
        return invalid(tr("the name is longer than 500 characters"), tr("Name"));
    if ((fields & ProductField::ListPrice) && p.listPrice.minorUnits() < 0)
        return invalid(tr("the price cannot be negative"), tr("Price"));
    if ((fields & ProductField::SalePrice) && p.salePrice && p.salePrice->minorUnits() < 0)
        return invalid(tr("the sale price cannot be negative"), tr("Sale price"));
    if ((fields & ProductField::Cost) && p.cost && p.cost->minorUnits() < 0)
        return invalid(tr("the cost cannot be negative"), tr("Cost"));
    if ((fields & ProductField::VatRate) && p.vatRateBp && (*p.vatRateBp < 0 || *p.vatRateBp > 10000))
        return invalid(tr("the VAT rate must be between 0 and 100 %"), tr("VAT"));
    if ((fields & ProductField::Weight) && p.weightGrams && *p.weightGrams < 0)
        return invalid(tr("the weight cannot be negative"), tr("Weight"));
    if ((fields & ProductField::Category) && !p.categoryId.isNull()) {
        auto q = c.query("SELECT EXISTS(SELECT 1 FROM categories WHERE id = ? AND deleted = 0)");
        q.bind(p.categoryId);
        if (auto n = q.scalarInt(); !n || n->value_or(0) == 0)
            return invalid(tr("the category does not exist"), tr("Category"));
    }
    if ((fields & ProductField::Parent) && !p.parentId.isNull()) {
        if (p.parentId == p.id)
            return invalid(tr("a product cannot be a variant of itself"), tr("Variant of"));
        auto q = c.query("SELECT parent_id IS NULL FROM products WHERE id = ? AND deleted = 0");
        q.bind(p.parentId);
        auto n = q.scalarInt();
        if (!n)
            return fail(n.error());
        if (!n->has_value())
            return invalid(tr("the parent product does not exist"), tr("Variant of"));
        if (**n == 0)
            return invalid(tr("a variant cannot have variants of its own"), tr("Variant of"));
        if (!p.id.isNull()) {
            auto children =
                c.query("SELECT EXISTS(SELECT 1 FROM products WHERE parent_id = ? AND deleted = 0)");
            children.bind(p.id);
            if (auto k = children.scalarInt(); k && k->value_or(0) != 0)
                return invalid(tr("this product has variants, so it cannot become a variant itself"),
                               tr("Variant of"));
        }
    }
    if (fields & ProductField::Attributes) {
        for (const auto& attribute : p.attributes) {
            if (attribute.first.trimmed().isEmpty())
                return invalid(tr("a variant attribute has no name"), tr("Attributes"));
        }
    }
    if (fields & ProductField::Barcodes) {
        QSet<QString> seen;
        for (const Barcode& b : p.barcodes) {
            auto valid = Barcodes::validate(b.code, b.kind == BarcodeKind::Internal);
            if (!valid)
                return fail(valid.error());
            if (seen.contains(valid->code))
                return invalid(tr("the barcode %1 is listed twice").arg(valid->code), tr("Barcode"));
            seen.insert(valid->code);
            auto q = c.query("SELECT p.sku FROM product_barcodes b JOIN products p ON p.id = b.product_id "
                             "WHERE b.code = ? AND b.product_id IS NOT ?");
            q.bindAll(valid->code, p.id);
            auto row = q.next();
            if (!row)
                return fail(row.error());
            if (*row) {
                const QString other = q.text(0);
                q.reset();
                return fail(ErrorCode::Conflict,
                            tr("the barcode %1 already belongs to the product %2").arg(valid->code, other),
                            tr("Barcode"));
            }
        }
    }
    return {};
}

// ---- writes ----------------------------------------------------------------------------------------

Result<void> ProductService::writeBarcodes(Connection& c, const Actor& actor, const Product& p,
                                           const QList<Barcode>& old)
{
    for (const Barcode& b : old) {
        if (p.barcodes.contains(b))
            continue;
        auto find = c.query("SELECT id FROM product_barcodes WHERE code = ?");
        find.bind(b.code);
        auto row = find.next();
        if (!row)
            return fail(row.error());
        const Id rowId = *row ? find.id(0) : Id();
        find.reset();
        auto del = c.query("DELETE FROM product_barcodes WHERE code = ?");
        del.bind(b.code);
        if (auto ok = del.run(); !ok)
            return ok;
        if (auto ok =
                ChangeLog::record(m_db, c, actor.userId, u"product_barcodes", rowId, ChangeOp::Delete, {});
            !ok)
            return fail(ok.error());
    }
    for (const Barcode& b : p.barcodes) {
        if (old.contains(b))
            continue;
        const Id rowId = Id::create();
        QJsonObject payload{{u"product_id"_qs, p.id.toString()},
                            {u"code"_qs, b.code},
                            {u"kind"_qs, Barcodes::kindCode(b.kind)}};
        auto stamp =
            ChangeLog::record(m_db, c, actor.userId, u"product_barcodes", rowId, ChangeOp::Insert, payload);
        if (!stamp)
            return fail(stamp.error());
        auto ins =
            c.query("INSERT INTO product_barcodes(id, product_id, code, kind, hlc) VALUES(?, ?, ?, ?, ?)");
        ins.bindAll(rowId, p.id, b.code, Barcodes::kindCode(b.kind), *stamp);
        if (auto ok = ins.run(); !ok)
            return ok;
    }
    return {};
}

Result<void> ProductService::indexInsertedSince(Connection& c, qint64 lastLocalIdBefore)
{
    auto q =
        c.query("INSERT INTO products_fts(rowid, search_text) SELECT local_id, search_text FROM products "
                "WHERE local_id > ?");
    q.bind(lastLocalIdBefore);
    return q.run();
}

Result<qint64> ProductService::lastLocalId(Connection& c)
{
    auto n = c.query("SELECT coalesce(max(local_id), 0) FROM products").scalarInt();
    if (!n)
        return fail(n.error());
    return n->value_or(0);
}

Result<void> ProductService::insertRow(Connection& c, const Actor& actor, Product& p, qint64 now)
{
    p.id = Id::create();
    p.sku = p.sku.trimmed();
    p.name = p.name.trimmed();
    p.createdAt = p.updatedAt = now;
    if (!p.listPrice.isValid())
        p.listPrice = Money(p.listPrice.minorUnits(), currency());
    auto stamp = ChangeLog::record(m_db, c, actor.userId, u"products", p.id, ChangeOp::Insert,
                                   fieldsJson(p, AllProductFields, true));
    if (!stamp)
        return fail(stamp.error());
    auto q =
        c.query("INSERT INTO products(id, sku, name, description, category_id, unit, currency, list_price, "
                "cost, vat_rate, weight_g, parent_id, attributes, archived, search_text, hlc, created_at, "
                "updated_at, sale_price) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(p.id, p.sku, p.name, p.description, p.categoryId, Units::code(p.unit), p.listPrice.currency(),
              p.listPrice.minorUnits(), minorUnits(p.cost),
              p.vatRateBp ? std::optional<qint64>(*p.vatRateBp) : std::nullopt, p.weightGrams, p.parentId,
              attributesToJson(p.attributes), p.archived, searchTextOf(p), *stamp, now, now,
              minorUnits(p.salePrice));
    if (auto ok = q.run(); !ok)
        return ok;
    p.localId = c.lastInsertRowId();
    if (!p.barcodes.isEmpty())
        return writeBarcodes(c, actor, p, {});
    return {};
}

Result<ProductFields> ProductService::updateRow(Connection& c, const Actor& actor, const Product& before,
                                                Product& after, ProductFields fields, qint64 now)
{
    // Start from what is stored and take only the requested fields from the caller.
    Product merged = before;
    if (fields & ProductField::Sku)
        merged.sku = after.sku.trimmed();
    if (fields & ProductField::Name)
        merged.name = after.name.trimmed();
    if (fields & ProductField::Description)
        merged.description = after.description;
    if (fields & ProductField::Category)
        merged.categoryId = after.categoryId;
    if (fields & ProductField::Unit)
        merged.unit = after.unit;
    if (fields & ProductField::ListPrice)
        merged.listPrice = Money(after.listPrice.minorUnits(), before.listPrice.currency());
    if (fields & ProductField::SalePrice)
        merged.salePrice =
            after.salePrice
                ? std::optional<Money>(Money(after.salePrice->minorUnits(), before.listPrice.currency()))
                : std::nullopt;
    if (fields & ProductField::Cost)
        merged.cost = after.cost
                          ? std::optional<Money>(Money(after.cost->minorUnits(), before.listPrice.currency()))
                          : std::nullopt;
    if (fields & ProductField::VatRate)
        merged.vatRateBp = after.vatRateBp;
    if (fields & ProductField::Weight)
        merged.weightGrams = after.weightGrams;
    if (fields & ProductField::Parent)
        merged.parentId = after.parentId;
    if (fields & ProductField::Attributes)
        merged.attributes = after.attributes;
    if (fields & ProductField::Barcodes)
        merged.barcodes = after.barcodes;
    if (fields & ProductField::Archived)
        merged.archived = after.archived;

    const ProductFields changed = changedFields(before, merged, fields);
    after = merged;
    if (!changed)
        return changed;
    after.updatedAt = now;

    auto stamp = ChangeLog::record(m_db, c, actor.userId, u"products", before.id, ChangeOp::Update,
                                   fieldsJson(after, changed, true));
    if (!stamp)
        return fail(stamp.error());
    auto q = c.query("UPDATE products SET sku = ?, name = ?, description = ?, category_id = ?, unit = ?, "
                     "list_price = ?, cost = ?, vat_rate = ?, weight_g = ?, parent_id = ?, attributes = ?, "
                     "archived = ?, search_text = ?, hlc = ?, updated_at = ?, sale_price = ? WHERE id = ?");
    q.bindAll(after.sku, after.name, after.description, after.categoryId, Units::code(after.unit),
              after.listPrice.minorUnits(), minorUnits(after.cost),
              after.vatRateBp ? std::optional<qint64>(*after.vatRateBp) : std::nullopt, after.weightGrams,
              after.parentId, attributesToJson(after.attributes), after.archived, searchTextOf(after), *stamp,
              now, minorUnits(after.salePrice), after.id);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    Q_ASSERT(c.changes() == 1);
    if (changed & ProductField::Barcodes) {
        if (auto ok = writeBarcodes(c, actor, after, before.barcodes); !ok)
            return fail(ok.error());
    }
    if (auto ok = AuditLog::record(c, actor, now, u"product.update", u"product", after.id,
                                   tr("Changed %1 (%2)").arg(after.sku, after.name),
                                   fieldsJson(before, changed, actor.can(Permission::ViewCosts)),
                                   fieldsJson(after, changed, actor.can(Permission::ViewCosts)));
        !ok) {
        return fail(ok.error());
    }
    return changed;
}

Result<Product> ProductService::create(const Actor& actor, const Product& draft)
{
    if (auto ok = checkPriceEdit(actor, draft, AllProductFields); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    Product p = draft;
    p.id = Id();
    if (auto ok = validate(c, p, AllProductFields); !ok)
        return fail(ok.error());
    const qint64 now = m_db.clock().nowMs();
    if (auto ok = insertRow(c, actor, p, now); !ok)
        return fail(ok.error());
    if (auto ok = indexInsertedSince(c, p.localId - 1); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, now, u"product.create", u"product", p.id,
                                   tr("Created %1 (%2)").arg(p.sku, p.name), {},
                                   fieldsJson(p, AllProductFields, actor.can(Permission::ViewCosts)));
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT productsChanged({p.id});
    hideForActor(actor, p);
    return p;
}

Result<Product> ProductService::update(const Actor& actor, const Product& product, ProductFields fields)
{
    // Someone who cannot see costs cannot have changed them.
    if (!actor.can(Permission::ViewCosts))
        fields &= ~ProductFields(ProductField::Cost);
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto before = loadOne(c, "WHERE id = ? AND deleted = 0", [&](Query& q) { q.bind(product.id); });
    if (!before)
        return fail(before.error());
    const ProductFields priceFields =
        changedFields(*before, product, fields) &
        (ProductField::ListPrice | ProductField::SalePrice | ProductField::Cost);
    if (priceFields) {
        if (auto ok = require(actor, Permission::EditPrices); !ok)
            return fail(ok.error());
    }
    if (auto ok = validate(c, product, fields); !ok)
        return fail(ok.error());
    Product after = product;
    auto changed = updateRow(c, actor, *before, after, fields, m_db.clock().nowMs());
    if (!changed)
        return fail(changed.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    if (*changed)
        Q_EMIT productsChanged({after.id});
    hideForActor(actor, after);
    return after;
}

Result<void> ProductService::setArchived(const Actor& actor, const Id& id, bool archived)
{
    auto p = product(Actor::owner(), id);
    if (!p)
        return fail(p.error());
    p->archived = archived;
    auto saved = update(actor, *p, ProductField::Archived);
    if (!saved)
        return fail(saved.error());
    return {};
}

Result<void> ProductService::remove(const Actor& actor, const Id& id)
{
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto before = loadOne(c, "WHERE id = ? AND deleted = 0", [&](Query& q) { q.bind(id); });
    if (!before)
        return fail(before.error());
    auto history = hasHistory(actor, id);
    if (!history)
        return fail(history.error());
    if (*history) {
        return fail(
            ErrorCode::Conflict,
            tr("%1 has history (variants, stock or orders), so it cannot be deleted. Archive it instead.")
                .arg(before->sku));
    }
    const qint64 now = m_db.clock().nowMs();
    Product gone = *before;
    gone.barcodes.clear();
    if (auto ok = writeBarcodes(c, actor, gone, before->barcodes); !ok)
        return ok;
    auto stamp = ChangeLog::record(m_db, c, actor.userId, u"products", id, ChangeOp::Delete, {});
    if (!stamp)
        return fail(stamp.error());
    // A tombstone: the row stays for sync, its SKU is free again, and it is gone from every list.
    auto q =
        c.query("UPDATE products SET deleted = 1, search_text = '', hlc = ?, updated_at = ? WHERE id = ?");
    q.bindAll(*stamp, now, id);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, now, u"product.delete", u"product", id,
                                   tr("Deleted %1 (%2)").arg(before->sku, before->name),
                                   fieldsJson(*before, AllProductFields, actor.can(Permission::ViewCosts)));
        !ok) {
        return ok;
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT productsChanged({id});
    return {};
}

Result<ProductService::BulkResult> ProductService::saveMany(const Actor& actor, const QList<Product>& rows,
                                                            const BulkOptions& options)
{
    if (auto ok = require(actor, Permission::ImportData); !ok)
        return fail(ok.error());
    ProductFields updateFields = options.fields;
    if (!actor.can(Permission::ViewCosts))
        updateFields &= ~ProductFields(ProductField::Cost);

    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const qint64 now = m_db.clock().nowMs();
    const QString shopCurrency = currency();
    BulkResult result;

    // Each row is checked completely before anything of it is written, so a bad row leaves no
    // trace without a savepoint per row (a savepoint makes FTS5 flush, and costs on its own). A
    // write that fails after the checks is a storage failure and aborts the whole batch.
    auto checkRow = [&](Product& row, ProductFields rowUpdateFields,
                        std::optional<Product>& existing) -> Result<void> {
        if (!row.listPrice.isValid())
            row.listPrice = Money(row.listPrice.minorUnits(), shopCurrency);
        auto found = loadOne(c, "WHERE sku = ? COLLATE NOCASE AND deleted = 0",
                             [&](Query& q) { q.bind(row.sku.trimmed()); });
        if (!found && found.error().code != ErrorCode::NotFound)
            return fail(found.error());
        if (found) {
            if (!options.updateExisting) {
                return fail(ErrorCode::Conflict,
                            tr("the SKU %1 already exists in the catalog").arg(row.sku.trimmed()), tr("SKU"));
            }
            row.id = found->id;
            existing = *found;
            if (auto ok = checkPriceEdit(actor, row, changedFields(*existing, row, rowUpdateFields)); !ok)
                return ok;
            return validate(c, row, rowUpdateFields);
        }
        row.id = Id();
        if (auto ok = checkPriceEdit(actor, row, AllProductFields); !ok)
            return ok;
        return validate(c, row, AllProductFields);
    };

    auto indexFrom = lastLocalId(c);
    if (!indexFrom)
        return fail(indexFrom.error());
    QHash<QString, int> lineOfSku; // a SKU twice in one batch would update a row not yet indexed
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (options.progress && i % 256 == 0 && !options.progress(i))
            return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was changed."));
        Product row = rows.at(i);
        const ProductFields rowUpdateFields =
            options.rowFields.isEmpty() ? updateFields : (options.rowFields.value(i) & updateFields);
        const QString skuKey = row.sku.trimmed().toCaseFolded();
        std::optional<Product> existing;
        Result<void> checked;
        if (lineOfSku.contains(skuKey)) {
            checked = fail(ErrorCode::Conflict,
                           tr("the SKU %1 is repeated: it already appears on line %2")
                               .arg(row.sku.trimmed())
                               .arg(lineOfSku.value(skuKey)),
                           tr("SKU"));
        } else {
            checked = checkRow(row, rowUpdateFields, existing);
        }
        if (!checked) {
            const ErrorCode code = checked.error().code;
            if (code != ErrorCode::Invalid && code != ErrorCode::Conflict &&
                code != ErrorCode::PermissionDenied)
                return fail(checked.error());
            Error error = checked.error();
            error.line = int(i + 1);
            result.rowErrors.append(error);
            ++result.skipped;
            continue;
        }
        lineOfSku.insert(skuKey, int(i + 1));
        if (existing) {
            auto fields = updateRow(c, actor, *existing, row, rowUpdateFields, now);
            if (!fields)
                return fail(fields.error());
            ++(*fields ? result.updated : result.unchanged);
        } else {
            if (auto ok = insertRow(c, actor, row, now); !ok)
                return fail(ok.error());
            ++result.created;
        }
    }
    if (auto ok = indexInsertedSince(c, *indexFrom); !ok)
        return fail(ok.error());
    if (options.progress && !options.progress(rows.size()))
        return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was changed."));
    if (!result.rowErrors.isEmpty() && !options.skipBadRows) {
        result.created = result.updated = result.unchanged = 0;
        result.skipped = int(rows.size());
        return result; // rolled back: nothing saved
    }
    if (auto ok = AuditLog::record(c, actor, now, u"product.import", u"product", {},
                                   tr("Imported %1: %2 created, %3 updated, %4 skipped")
                                       .arg(options.source)
                                       .arg(result.created)
                                       .arg(result.updated)
                                       .arg(result.skipped));
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    result.committed = true;
    if (result.created + result.updated > 0)
        Q_EMIT productsChanged({});
    return result;
}

// ---- categories -------------------------------------------------------------------------------------

Result<QList<Category>> ProductService::categories(const Actor& actor)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT id, parent_id, name FROM categories WHERE deleted = 0");
    QList<Category> result;
    if (auto ok = q.forEachRow([&] { result.append(Category{q.id(0), q.id(1), q.text(2)}); }); !ok)
        return fail(ok.error());
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(result.begin(), result.end(),
              [&](const Category& a, const Category& b) { return collator.compare(a.name, b.name) < 0; });
    return result;
}

QString ProductService::categoryPath(const QList<Category>& all, const Id& id, QStringView separator)
{
    QStringList parts;
    Id current = id;
    for (int depth = 0; !current.isNull() && depth < 64; ++depth) {
        auto it = std::find_if(all.begin(), all.end(), [&](const Category& c) { return c.id == current; });
        if (it == all.end())
            break;
        parts.prepend(it->name);
        current = it->parentId;
    }
    return parts.join(separator);
}

Result<Category> ProductService::createCategory(const Actor& actor, const QString& name, const Id& parentId)
{
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return fail(ok.error());
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::Invalid, tr("the category name is required"), tr("Category"));
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto q =
        c.query("SELECT EXISTS(SELECT 1 FROM categories WHERE parent_id IS ? AND name = ? AND deleted = 0)");
    q.bindAll(parentId, trimmed);
    if (auto n = q.scalarInt(); n && n->value_or(0) != 0)
        return fail(ErrorCode::Conflict, tr("the category \"%1\" already exists here").arg(trimmed),
                    tr("Category"));
    Category category{Id::create(), parentId, trimmed};
    const qint64 now = m_db.clock().nowMs();
    auto stamp = ChangeLog::record(
        m_db, c, actor.userId, u"categories", category.id, ChangeOp::Insert,
        {{u"name"_qs, trimmed},
         {u"parent_id"_qs, parentId.isNull() ? QJsonValue() : QJsonValue(parentId.toString())}});
    if (!stamp)
        return fail(stamp.error());
    auto ins = c.query(
        "INSERT INTO categories(id, parent_id, name, hlc, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?)");
    ins.bindAll(category.id, parentId, trimmed, *stamp, now, now);
    if (auto ok = ins.run(); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT categoriesChanged();
    return category;
}

Result<void> ProductService::renameCategory(const Actor& actor, const Id& id, const QString& name)
{
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return ok;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::Invalid, tr("the category name is required"), tr("Category"));
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto stamp = ChangeLog::record(m_db, c, actor.userId, u"categories", id, ChangeOp::Update,
                                   {{u"name"_qs, trimmed}});
    if (!stamp)
        return fail(stamp.error());
    auto q = c.query("UPDATE categories SET name = ?, hlc = ?, updated_at = ? WHERE id = ? AND deleted = 0");
    q.bindAll(trimmed, *stamp, m_db.clock().nowMs(), id);
    if (auto ok = q.run(); !ok)
        return ok;
    if (c.changes() == 0)
        return fail(ErrorCode::NotFound, tr("The category does not exist."));
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT categoriesChanged();
    return {};
}

Result<void> ProductService::moveCategory(const Actor& actor, const Id& id, const Id& newParentId)
{
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    // Refuse cycles: the new parent may not be the category itself or one of its descendants.
    auto q =
        c.query("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM categories c JOIN sub ON "
                "c.parent_id = sub.id) SELECT EXISTS(SELECT 1 FROM sub WHERE id = ?)");
    q.bindAll(id, newParentId);
    if (auto n = q.scalarInt(); !n || n->value_or(0) != 0)
        return fail(ErrorCode::Invalid,
                    tr("a category cannot be moved into itself or one of its sub-categories"),
                    tr("Category"));
    auto stamp = ChangeLog::record(
        m_db, c, actor.userId, u"categories", id, ChangeOp::Update,
        {{u"parent_id"_qs, newParentId.isNull() ? QJsonValue() : QJsonValue(newParentId.toString())}});
    if (!stamp)
        return fail(stamp.error());
    auto u =
        c.query("UPDATE categories SET parent_id = ?, hlc = ?, updated_at = ? WHERE id = ? AND deleted = 0");
    u.bindAll(newParentId, *stamp, m_db.clock().nowMs(), id);
    if (auto ok = u.run(); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT categoriesChanged();
    return {};
}

Result<void> ProductService::removeCategory(const Actor& actor, const Id& id)
{
    if (auto ok = require(actor, Permission::EditCatalog); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto q = c.query("SELECT (SELECT count(*) FROM products WHERE category_id = ?1 AND deleted = 0) + "
                     "(SELECT count(*) FROM categories WHERE parent_id = ?1 AND deleted = 0)");
    q.bind(id);
    auto n = q.scalarInt();
    if (!n)
        return fail(n.error());
    if (n->value_or(0) > 0)
        return fail(ErrorCode::Conflict,
                    tr("the category still holds products or sub-categories; move them elsewhere first"),
                    tr("Category"));
    auto stamp = ChangeLog::record(m_db, c, actor.userId, u"categories", id, ChangeOp::Delete, {});
    if (!stamp)
        return fail(stamp.error());
    auto u = c.query("UPDATE categories SET deleted = 1, hlc = ?, updated_at = ? WHERE id = ?");
    u.bindAll(*stamp, m_db.clock().nowMs(), id);
    if (auto ok = u.run(); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT categoriesChanged();
    return {};
}

Result<Id> ProductService::ensureCategoryPath(const Actor& actor, const QStringList& path)
{
    Id parent;
    bool created = false;
    Connection& c = m_db.connection();
    for (const QString& rawName : path) {
        const QString name = rawName.trimmed();
        if (name.isEmpty())
            continue;
        auto q = c.query("SELECT id FROM categories WHERE parent_id IS ? AND name = ? AND deleted = 0");
        q.bindAll(parent, name);
        auto row = q.next();
        if (!row)
            return fail(row.error());
        if (*row) {
            parent = q.id(0);
            q.reset();
            continue;
        }
        q.reset();
        const QSignalBlocker blocker(this); // one signal at the end, not one per level
        auto category = createCategory(actor, name, parent);
        if (!category)
            return fail(category.error());
        parent = category->id;
        created = true;
    }
    if (created)
        Q_EMIT categoriesChanged();
    return parent;
}

} // namespace kontor

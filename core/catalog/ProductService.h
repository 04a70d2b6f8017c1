#pragma once

// ProductService: the catalog's rules. Products (with barcodes and variants) and the category tree:
// validation, unique SKUs and barcodes, archive instead of delete once a product has history,
// ranked search, and bulk saves for imports that are all-or-nothing. Every call takes the acting
// user: costs are hidden from those who may not view them, and commands check permissions.
// Every write goes through one transaction with its change-log and audit rows.

#include "Product.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

#include <functional>

namespace kontor {

class ProductService : public QObject
{
    Q_OBJECT

public:
    explicit ProductService(Database& db, QObject* parent = nullptr);

    Database& database() { return m_db; }
    // The shop currency new prices are in (a shop setting, RUB by default).
    QString currency();

    // ---- reads ----
    Result<Product> product(const Actor& actor, const Id& id);
    Result<std::optional<Product>> productBySku(const Actor& actor, const QString& sku);
    Result<std::optional<Product>> productByBarcode(const Actor& actor, const QString& code);
    // Full products for list rows, in the order of the given local ids (missing ones skipped).
    Result<QList<Product>> productsByLocalIds(const Actor& actor, const QList<qint64>& localIds);
    Result<QList<Product>> variants(const Actor& actor, const Id& parentId);
    // Matching products, light rows. With a search text they are ranked (exact SKU/barcode, SKU
    // prefix, name prefix, word prefix, anywhere) and then in the user's language order.
    Result<QList<ProductListEntry>> list(const Actor& actor, const ProductFilter& filter);
    Result<QList<ProductListEntry>> search(const Actor& actor, const QString& text, int limit = -1);
    Result<qint64> count(const Actor& actor, bool includeArchived = false);
    // True once the product has variants or (in later areas) stock, orders or purchases.
    Result<bool> hasHistory(const Actor& actor, const Id& id);

    // ---- commands ----
    Result<Product> create(const Actor& actor, const Product& draft);
    // Saves the given fields of an existing product (found by id).
    Result<Product> update(const Actor& actor, const Product& product,
                           ProductFields fields = AllProductFields);
    Result<void> setArchived(const Actor& actor, const Id& id, bool archived);
    // Deletes a product without history (a tombstone for sync); otherwise refuses: archive it.
    Result<void> remove(const Actor& actor, const Id& id);

    struct BulkOptions
    {
        bool updateExisting = true;              // false: an existing SKU is an error
        bool skipBadRows = false;                // true: save the good rows; false: any bad row saves nothing
        ProductFields fields = AllProductFields; // what an update of an existing SKU changes
        // Per row: the fields that row sets (an empty cell leaves a field alone); empty = `fields` for all.
        QList<ProductFields> rowFields;
        QString source; // file name, for the audit log
        // Called every few hundred rows with the number done; return false to cancel.
        std::function<bool(qsizetype done)> progress;
    };
    struct BulkResult
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        bool committed = false;
        QList<Error>
            rowErrors; // Error::line = index + 1 of the row in `rows`; the caller maps it to its file
    };
    // Creates or updates many products matched by SKU in one transaction. Every bad row is reported;
    // unless skipBadRows, one bad row means nothing is saved (committed = false). Fatal storage
    // errors and cancellation return an Error and change nothing.
    Result<BulkResult> saveMany(const Actor& actor, const QList<Product>& rows, const BulkOptions& options);

    // ---- categories ----
    Result<QList<Category>> categories(const Actor& actor);
    Result<Category> createCategory(const Actor& actor, const QString& name, const Id& parentId = {});
    Result<void> renameCategory(const Actor& actor, const Id& id, const QString& name);
    Result<void> moveCategory(const Actor& actor, const Id& id, const Id& newParentId);
    Result<void> removeCategory(const Actor& actor, const Id& id);
    // Finds or creates the path ("Clothes" > "Socks"), returning the last category's id.
    Result<Id> ensureCategoryPath(const Actor& actor, const QStringList& path);
    // "Clothes > Socks" for display and export.
    static QString categoryPath(const QList<Category>& all, const Id& id, QStringView separator = u" > ");

    // Sorts light rows by name (or SKU) in the user's language order (QCollator, numbers by value),
    // rank first when ranked.
    enum class SortKey
    {
        Name,
        Sku
    };
    static void sortEntries(QList<ProductListEntry>& entries, bool byRank, SortKey key = SortKey::Name);

Q_SIGNALS:
    // Emitted after a commit; an empty list means "many products changed, reload".
    void productsChanged(const QList<kontor::Id>& ids);
    void categoriesChanged();

private:
    // scanLimit > 0 stops after that many matches (unranked, in storage order).
    Result<QList<ProductListEntry>> listMatching(const Actor& actor, const ProductFilter& filter,
                                                 int scanLimit);
    Result<void> validate(Connection& c, const Product& p, ProductFields fields);
    Result<Product> loadOne(Connection& c, QByteArrayView whereClause,
                            const std::function<void(Query&)>& bind);
    Result<void> loadBarcodes(Connection& c, QList<Product>& products);
    // Inserts the row, its barcodes and change-log entries. The search index is filled afterwards
    // for a whole batch by indexInsertedSince() (one FTS segment per batch, not per row).
    Result<void> insertRow(Connection& c, const Actor& actor, Product& p, qint64 now);
    Result<void> indexInsertedSince(Connection& c, qint64 lastLocalIdBefore);
    static Result<qint64> lastLocalId(Connection& c);
    // Returns the fields that actually changed.
    Result<ProductFields> updateRow(Connection& c, const Actor& actor, const Product& before, Product& after,
                                    ProductFields fields, qint64 now);
    Result<void> writeBarcodes(Connection& c, const Actor& actor, const Product& p,
                               const QList<Barcode>& old);
    void hideForActor(const Actor& actor, Product& p) const;
    Result<void> checkPriceEdit(const Actor& actor, const Product& p, ProductFields fields) const;

    Database& m_db;
};

} // namespace kontor

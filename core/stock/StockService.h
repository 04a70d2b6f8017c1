#pragma once

// StockService: the stock ledger's rules. Warehouses and locations; postings (receipts, shipments,
// transfers, adjustments, returns) as append-only signed movements; count events; reservations;
// kits; moving-average valuation. Balances are maintained in the same transaction as every ledger
// row, by one rule (ARCHITECTURE.md): on hand = the latest count + movements that occurred after it.
// verify() recomputes them from the ledger. Local commands never make stock negative or consume
// reserved stock; ledger rows received from another device (applyRecords) are facts and always apply.

#include "Stock.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace kontor {

struct KitComponent
{
    Id componentId;
    Quantity quantity; // per kit
};

struct Reservation
{
    Id id;
    Id productId;
    Id locationId;
    Quantity quantity;
    QString refKind;
    Id refId;
    qint64 createdAt = 0;
};

// One row of the stock page: a product at a location.
struct StockRow
{
    Id productId;
    qint64 productLocalId = 0;
    QString sku;
    QString name;
    QString unit;
    Id categoryId;
    Id locationId;
    Quantity onHand;
    Quantity reserved;
    bool sellable = true;
    std::optional<qint64> value; // on hand x average cost, minor units; hidden without ViewCosts
    std::optional<qint64> averageCost;

    Quantity available() const { return sellable ? onHand - reserved : Quantity(); }
};

struct StockFilter
{
    Id locationId;  // null: every location
    Id warehouseId; // null: every warehouse
    Id categoryId;  // null: every category (includes sub-categories)
    bool negativeOnly = false;
    bool includeZero = false; // rows whose on hand and reserved are both zero
    QList<Id> productIds;     // non-empty: only these products
};

// Options of StockService::postMany (imports of opening stock and the like).
struct BulkPostOptions
{
    bool skipBadDrafts = false; // true: post the good drafts; false: one bad draft posts nothing
    // true: past movements (demo data, history from another system): no availability check and no
    // reservations consumed, since history is what happened and may have run negative; the batch's
    // audit entry is "stock.history" instead of "stock.import".
    bool history = false;
    QString source; // where the drafts come from (a file name), for the audit log
    // Called every few hundred drafts with the number done; return false to cancel.
    std::function<bool(qsizetype done)> progress;
};

struct BulkPostResult
{
    bool committed = false;
    int posted = 0;
    int skipped = 0;
    QList<Id> docIds;         // per draft, in order; null for a draft that was not posted
    QList<Error> draftErrors; // Error::line = index + 1 of the draft in the list
    int rows = 0;             // ledger rows written (a transfer has two, a kit one per component)
};

struct BalanceMismatch
{
    Id productId;
    Id locationId;
    Quantity expectedOnHand;
    Quantity actualOnHand;
    Quantity expectedReserved;
    Quantity actualReserved;
};

class StockService : public QObject
{
    Q_OBJECT

public:
    explicit StockService(Database& db, QObject* parent = nullptr);

    Database& database() { return m_db; }

    // The built-in main warehouse and its locations (same ids on every device).
    static Id mainWarehouseId();
    static Id mainLocationId();
    static Id packingLocationId();
    static Id transitLocationId();
    static Id quarantineLocationId();

    // ---- warehouses and locations ----
    Result<QList<Warehouse>> warehouses(const Actor& actor, bool includeArchived = false);
    Result<QList<Location>> locations(const Actor& actor, bool includeArchived = false);
    Result<Location> location(const Actor& actor, const Id& id);
    // "Main warehouse / Shelf A-1" for lists and documents.
    static QString displayName(const Warehouse& w);
    static QString displayName(const Location& l);
    // A new warehouse comes with a storage, an in-transit and a quarantine location (a marketplace
    // warehouse with one FBO location).
    Result<Warehouse> createWarehouse(const Actor& actor, const QString& code, const QString& name,
                                      WarehouseKind kind);
    Result<Location> createLocation(const Actor& actor, const Location& draft);
    Result<void> updateLocation(const Actor& actor, const Location& location);
    // Refused while the location holds or reserves stock.
    Result<void> setLocationArchived(const Actor& actor, const Id& id, bool archived);
    // The in-transit location of a warehouse (transfers between warehouses pass through it).
    Result<Id> transitLocationOf(const Actor& actor, const Id& warehouseId);

    // ---- postings (each one transaction; returns the document id shared by its legs) ----
    Result<Id> post(const Actor& actor, const MovementDraft& draft);
    Result<Id> receive(const Actor& actor, const Id& productId, const Id& locationId, Quantity quantity,
                       std::optional<qint64> unitCost = {}, qint64 occurredAt = 0, const QString& note = {});
    // A kit ships its components.
    Result<Id> ship(const Actor& actor, const Id& productId, const Id& locationId, Quantity quantity,
                    qint64 occurredAt = 0, const QString& refKind = {}, const Id& refId = {});
    Result<Id> adjust(const Actor& actor, const Id& productId, const Id& locationId, Quantity delta,
                      const QString& reason, const QString& note = {}, qint64 occurredAt = 0);
    // Two legs at once: out of `from`, into `to`.
    Result<Id> transfer(const Actor& actor, const Id& productId, const Id& from, const Id& to,
                        Quantity quantity, const QString& reason = {}, qint64 occurredAt = 0,
                        const QString& note = {});
    // Posts many drafts in one transaction, each as its own document with the same checks, change
    // log and balance updates as post() (history: see BulkPostOptions), and one audit entry for the whole
    // batch. Every bad draft is reported; unless skipBadDrafts, one bad draft means nothing is posted
    // (committed = false). Storage errors and cancellation return an Error and change nothing.
    Result<BulkPostResult> postMany(const Actor& actor, const QList<MovementDraft>& drafts,
                                    const BulkPostOptions& options = {});
    // Posts the opposite of every leg of a document; the original stays in history.
    Result<Id> reverse(const Actor& actor, const Id& docId, const QString& note = {});
    // Records count events (absolute quantities); from a count session or a quick count.
    Result<void> postCounts(const Actor& actor, const QList<CountEvent>& counts);
    // Ledger rows made on another device (sync, an offline laptop): inserted once by id, applied
    // to balances by the same rule, never refused for availability. Returns how many were new.
    Result<int> applyRecords(const Actor& actor, const QList<Movement>& movements,
                             const QList<CountEvent>& counts);
    // Past movements recorded in bulk (demo data, history brought over from another system), in
    // order, in one transaction: the same ledger rows, change log, moving-average cost and balances
    // as post(), but without the availability check (history is what happened, and it may have run
    // negative) and with one audit entry, naming `source`, for the batch. Returns the ledger rows
    // written (a transfer has two); the first bad draft refuses the batch. postMany() with
    // BulkPostOptions::history. Keep batches to a few thousand drafts: SQLite slows down once
    // a write transaction outgrows its page cache.
    Result<int> postHistory(const Actor& actor, const QList<MovementDraft>& drafts, const QString& source);

    // ---- reservations ----
    // Refused when fewer than `quantity` are available at the location.
    Result<Id> reserve(const Actor& actor, const Id& productId, const Id& locationId, Quantity quantity,
                       const QString& refKind, const Id& refId);
    Result<void> releaseReservations(const Actor& actor, const QString& refKind, const Id& refId);
    Result<QList<Reservation>> reservations(const Actor& actor, const Id& productId);
    // The reservations made for one document (an order), oldest first.
    Result<QList<Reservation>> reservationsFor(const Actor& actor, const QString& refKind, const Id& refId);
    // Hands a document's reservations over to another document (the backorder a partial shipment
    // splits off keeps the stock reserved for it).
    Result<void> moveReservations(const Actor& actor, const QString& refKind, const Id& fromRefId,
                                  const Id& toRefId);

    // ---- reads ----
    Result<Balance> balance(const Actor& actor, const Id& productId, const Id& locationId);
    Result<QList<Balance>> balancesOf(const Actor& actor, const Id& productId);
    // On hand of every product at one location, by product id.
    Result<QHash<Id, Quantity>> onHandAt(const Actor& actor, const Id& locationId);
    // On hand - reserved over sellable locations; a kit: min over components of available / per kit.
    Result<Quantity> available(const Actor& actor, const Id& productId);
    // The same at one location (sellable or not: an FBO location's stock for marketplace orders).
    Result<Quantity> availableAt(const Actor& actor, const Id& productId, const Id& locationId);
    // available() of every product that has stock or is a kit, by product id, in one pass over the
    // balances (the stock page and shop connectors need all of them at once).
    Result<QHash<Id, Quantity>> availableAll(const Actor& actor);
    Result<QList<StockRow>> stockRows(const Actor& actor, const StockFilter& filter);
    // Newest first.
    Result<QList<Movement>> movements(const Actor& actor, const MovementFilter& filter);
    Result<QList<Movement>> document(const Actor& actor, const Id& docId);
    Result<QList<CountEvent>> counts(const Actor& actor, const Id& productId, const Id& locationId = {});
    // Moving-average cost (minor units of the shop currency), moved by receipts and by opening
    // stock (adjustments with the reason "opening") that carry a unit cost; needs ViewCosts.
    Result<std::optional<qint64>> averageCost(const Actor& actor, const Id& productId);
    // Shrinkage of a count event: counted - what the ledger said just before it.
    Result<Quantity> countDifference(const Actor& actor, const CountEvent& count);

    // ---- kits and policies ----
    Result<void> setKitComponents(const Actor& actor, const Id& kitId, const QList<KitComponent>& components);
    Result<QList<KitComponent>> kitComponents(const Actor& actor, const Id& kitId);
    Result<bool> allowsBackorders(const Actor& actor, const Id& productId);
    Result<void> setAllowBackorders(const Actor& actor, const Id& productId, bool allow);

    // ---- verification ----
    // Balances that differ from a recomputation over the whole ledger (empty = all correct).
    Result<QList<BalanceMismatch>> verify(const Actor& actor);
    // Recomputes every balance from the ledger; returns how many rows changed.
    Result<int> rebuildBalances(const Actor& actor);

Q_SIGNALS:
    // Emitted after a commit with the products whose stock changed (empty: reload everything).
    void stockChanged(const QList<kontor::Id>& productIds);
    void locationsChanged();

private:
    struct ProductInfo
    {
        QString sku;
        QString unit;
        bool isKit = false;
    };
    Result<ProductInfo> productInfo(Connection& c, const Id& productId);
    Result<Location> loadLocation(Connection& c, const Id& id);
    // Refuses an empty code or one another location of the warehouse already has.
    Result<void> checkLocationCode(Connection& c, const Id& warehouseId, const QString& code,
                                   const Id& exceptId);
    Result<QList<MovementLine>> expandKits(Connection& c, const MovementDraft& draft);
    Result<void> checkDraft(Connection& c, const MovementDraft& draft, const QList<MovementLine>& lines,
                            qint64 occurredAt);
    Result<void> consumeReservations(Connection& c, const Actor& actor, const MovementDraft& draft,
                                     const QList<MovementLine>& lines);
    Result<void> checkAvailability(Connection& c, const QList<MovementLine>& lines);
    // Inserts one ledger row (change log included) and applies it to the balance.
    Result<void> insertMovement(Connection& c, const Actor& actor, Movement& m, bool fromRemote);
    Result<void> insertCount(Connection& c, const Actor& actor, CountEvent& e, bool fromRemote);
    static Result<void> applyMovement(Connection& c, const Movement& m);
    static Result<void> applyCount(Connection& c, const CountEvent& e);
    Result<void> updateAverageCost(Connection& c, const Id& productId, Quantity received, qint64 unitCost,
                                   qint64 now);
    Result<std::optional<qint64>> currentCost(Connection& c, const Id& productId);
    Result<void> addReserved(Connection& c, const Id& productId, const Id& locationId, qint64 milli);
    enum class PostMode
    {
        Single,  // checked, with the document's own audit entry
        Batch,   // checked, no audit entry (postMany writes one for the batch)
        History, // a past movement: no availability check, no reservations consumed, no audit entry
    };
    // `legsWritten`: set to the number of ledger rows written.
    Result<Id> postLocked(Connection& c, const Actor& actor, const MovementDraft& draft,
                          const Id& reversedDoc, PostMode mode = PostMode::Single,
                          int* legsWritten = nullptr);
    // Writes the ledger rows of one checked posting: cost (average on receipts, frozen on
    // shipments), change log and balances. `reversedLegs`: for a reversal, the legs it undoes in
    // order (a reversal leaves the average cost alone); empty for a new posting.
    Result<void> writeLegs(Connection& c, const Actor& actor, const MovementDraft& draft,
                           const QList<MovementLine>& lines, const Id& docId, qint64 occurredAt, qint64 now,
                           const QList<Id>& reversedLegs);

    Database& m_db;
};

} // namespace kontor

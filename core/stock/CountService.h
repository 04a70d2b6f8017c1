#pragma once

// CountService: inventory count sessions, from the list of what to count to the posted count
// events. A session lists its items (product and location with the on-hand snapshot) by scope:
// a warehouse, a location, a category, a cycle-count list (ABC class and last count date) or
// chosen products. Counters add lines by scanning or typing quantities; the review compares them
// with the ledger; posting writes one count event per product and location through
// StockService::postCounts. Everything works on the local file alone (no sync needed).
//
// The rules (ARCHITECTURE.md "Counts"):
// - Lines of one session for the same product and location are summed (two shelves, two counters).
// - A recount supersedes the earlier lines of that product and location (they stay, marked).
// - The count event is dated when the product was counted: the latest line time of its product
//   and location. Counting one place takes a while; taking the latest time means every movement
//   recorded before the place was finished is taken as already in the count, and every later
//   one as after it, which is what a shop that stops picking a place while it is counted gets.
// - A marking code's serial (21) counts once per session.
// - Items nobody counted are left unchanged by default, or set to zero at posting.
// Every call needs Permission::PostCounts; costs in the review need ViewCosts too.

#include "CountSession.h"
#include "catalog/Product.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

namespace kontor {

class ProductService;
class StockService;

class CountService : public QObject
{
    Q_OBJECT

public:
    CountService(Database& db, StockService& stock, ProductService& products, QObject* parent = nullptr);

    Database& database() { return m_db; }

    // ---- sessions ----
    // What a new session with this draft would list (the preview of the "New count" dialog).
    Result<QList<CountItem>> planItems(const Actor& actor, const CountSessionDraft& draft);
    Result<CountSession> createSession(const Actor& actor, const CountSessionDraft& draft);
    // Newest first.
    Result<QList<CountSession>> sessions(const Actor& actor, bool includeFinished = true);
    Result<CountSession> session(const Actor& actor, const Id& sessionId);
    // The locations a session counts in, in the order of their priority.
    Result<QList<Location>> sessionLocations(const Actor& actor, const Id& sessionId);
    // Sorted by location (priority, code), then SKU. Expected is hidden while a blind session is open.
    Result<QList<CountItem>> items(const Actor& actor, const Id& sessionId);

    // ---- counting (open sessions only) ----
    // One line of `quantity` (countedAt 0: now). Refused for a kit, an archived location or one
    // outside the session, and for a serial already counted in the session (ErrorCode::Conflict).
    Result<CountLine> addLine(const Actor& actor, const Id& sessionId, const Id& productId,
                              const Id& locationId, Quantity quantity, qint64 countedAt = 0,
                              const QString& counter = {}, const QString& scan = {},
                              const QString& serial = {});
    // A scanner's input: +1 of the product whose barcode or SKU it is (the raw input is kept on the
    // line, a marking code's serial too), or with `setTo` the counter's quantity of it here (see
    // setQuantity; refused for a marking code, which is one unit). An unknown code, a repeated
    // serial or an uncountable product is not an error but a status with a message for the
    // screen; errors are for storage, permissions and a session that is not open.
    Result<ScanResult> addScan(const Actor& actor, const Id& sessionId, const Id& locationId,
                               const QString& rawInput, const QString& counter,
                               std::optional<Quantity> setTo = std::nullopt);
    // The product a scan names, without counting it (nullopt: unknown code).
    Result<std::optional<Product>> findProduct(const Actor& actor, const ScanCode& code);
    // A typed quantity: replaces the counter's current lines of the product at the location by one.
    Result<QuantityChange> setQuantity(const Actor& actor, const Id& sessionId, const Id& productId,
                                       const Id& locationId, Quantity quantity, const QString& counter,
                                       const QString& scan = {});
    // Removes the counter's newest current line and returns it (NotFound when there is none).
    Result<CountLine> undoLastLine(const Actor& actor, const Id& sessionId, const QString& counter);

    // ---- reading what was counted ----
    // Current lines, newest first; with superseded ones when asked. limit < 0: all.
    Result<QList<CountLine>> lines(const Actor& actor, const Id& sessionId, int limit = -1,
                                   bool includeSuperseded = false);
    // Per product and location: the sum of the current lines.
    Result<QList<CountTotal>> totals(const Actor& actor, const Id& sessionId);
    Result<Quantity> countedQuantity(const Actor& actor, const Id& sessionId, const Id& productId,
                                     const Id& locationId);

    // ---- review and posting ----
    // Items and everything counted, against the ledger at the time of each count (uncounted items:
    // against on hand now). Recomputed on every call, so movements that arrive later (back-dated,
    // or synced from another device) show. Sorted like items().
    Result<QList<CountReviewRow>> reviewRows(const Actor& actor, const Id& sessionId,
                                             UncountedRule uncounted = UncountedRule::LeaveUnchanged);
    // Counting is finished: the status becomes Review and a blind session shows its expected figures.
    Result<void> beginReview(const Actor& actor, const Id& sessionId);
    // Back to counting (from Review).
    Result<void> reopen(const Actor& actor, const Id& sessionId);
    // These products and locations are counted again: their current lines are superseded and the
    // session goes back to counting.
    Result<void> markForRecount(const Actor& actor, const Id& sessionId, const QList<CountPlace>& places);
    // One count event per product and location with current lines (their sum, dated at the latest
    // line) and, with SetToZero, a zero count for items nobody counted that the ledger does not
    // already put at zero (dated at the end of counting). Returns how many events were written.
    Result<int> post(const Actor& actor, const Id& sessionId,
                     UncountedRule uncounted = UncountedRule::LeaveUnchanged);
    Result<void> cancel(const Actor& actor, const Id& sessionId);

Q_SIGNALS:
    // A session was created, changed status or was posted or cancelled.
    void sessionsChanged();
    // Lines or items of a session changed.
    void sessionChanged(const kontor::Id& sessionId);

private:
    struct Scope
    {
        QList<Location> locations;
        Id primaryLocation; // where products with no stock in scope are expected
    };
    Result<Scope> scopeLocations(Connection& c, const Id& warehouseId, const Id& locationId);
    Result<CountSession> loadSession(Connection& c, const Id& sessionId);
    Result<CountSession> openSession(Connection& c, const Id& sessionId);
    Result<QList<CountItem>> plan(Connection& c, const Actor& actor, const CountSessionDraft& draft);
    Result<CountLine> insertLine(Connection& c, const CountSession& session, const Id& productId,
                                 const Id& locationId, Quantity quantity, qint64 countedAt,
                                 const QString& counter, const QString& scan, const QString& serial);
    Result<void> setStatus(Connection& c, const Actor& actor, const CountSession& session,
                           CountStatus status);
    QString counterName(const Actor& actor, const QString& counter) const;

    Database& m_db;
    StockService& m_stock;
    ProductService& m_products;
};

} // namespace kontor

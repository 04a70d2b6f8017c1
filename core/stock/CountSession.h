#pragma once

// Value types of inventory counts: a count session (what to count, who counts, blind or not), its
// items (product and location with the on-hand snapshot), the lines counters add while counting,
// the outcome of one scan, and the rows of the review before posting. CountService owns the rules.

#include "Stock.h"
#include "stock/ScanCode.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kontor {

enum class CountScope
{
    Full,     // every countable location of a warehouse
    Location, // one location
    Category, // the products of a category (and its sub-categories)
    Cycle,    // the products due by their ABC class and last count date
    List,     // chosen products
};

enum class CountStatus
{
    Open,   // counting
    Review, // counting finished, differences shown (also to a blind session)
    Posted,
    Cancelled,
};

// What happens at posting to items in the session's scope that nobody counted.
enum class UncountedRule
{
    LeaveUnchanged, // no count event: the ledger keeps its figure
    SetToZero,      // a zero count: the item was looked for and not found
};

// How often each ABC class is due in a cycle count, in days.
struct CyclePolicy
{
    int aDays = 30;
    int bDays = 90;
    int cDays = 365;
    int maxItems = 0; // 0: every due item; otherwise the most urgent ones (A before B before C)
};

struct CountSessionDraft
{
    QString name;
    CountScope scope = CountScope::Full;
    Id warehouseId;       // null: the main warehouse (ignored for a location scope)
    Id locationId;        // Location scope: the location; other scopes: only this location if set
    Id categoryId;        // Category scope
    QList<Id> productIds; // List scope
    bool blind = false;
    QStringList counters; // names; empty: the acting user counts alone
    CyclePolicy cycle;
};

struct CountSession
{
    Id id;
    QString number; // "INV-0001", per device
    QString name;
    CountScope scope = CountScope::Full;
    Id warehouseId;
    Id locationId;
    Id categoryId;
    bool blind = false;
    QStringList counters;
    CountStatus status = CountStatus::Open;
    qint64 createdAt = 0;
    QString createdBy;
    std::optional<qint64> postedAt;
    QString postedBy;
    int itemCount = 0;    // product/location pairs in the session
    int countedItems = 0; // of those, how many have a current count line
    int lineCount = 0;    // current (not superseded) lines

    // Counting is allowed; the expected quantities of a blind session stay hidden meanwhile.
    bool isOpen() const { return status == CountStatus::Open; }
    bool isFinished() const { return status == CountStatus::Posted || status == CountStatus::Cancelled; }
    bool hidesExpected() const { return blind && status == CountStatus::Open; }
};

// A product at a location: the unit of counting, of review and of one posted count event.
struct CountPlace
{
    Id productId;
    Id locationId;
    friend bool operator==(const CountPlace&, const CountPlace&) = default;
};

// One item of a session: what to count and what the ledger said when it was added.
struct CountItem
{
    Id productId;
    Id locationId;
    QString sku;
    QString name;
    QString unit;
    QString barcode;                  // the product's first barcode, for the count sheet
    std::optional<Quantity> expected; // snapshot; hidden while a blind session is open
    bool recount = false;
};

struct CountLine
{
    qint64 localId = 0;
    Id id;
    Id sessionId;
    Id productId;
    Id locationId;
    Quantity quantity;
    qint64 countedAt = 0;
    QString counter;
    QString scan;   // the raw scan, if scanned
    QString serial; // a marking code's serial (21), if any
    bool superseded = false;
    QString sku;
    QString name;
};

// The sum of the current lines of one product at one location.
struct CountTotal
{
    Id productId;
    Id locationId;
    Quantity quantity;
    int lineCount = 0;
    qint64 lastCountedAt = 0; // the counted_at its count event gets at posting
};

// What one scan did.
struct ScanResult
{
    enum class Status
    {
        Counted,         // +1 of the product
        QuantitySet,     // a typed quantity replaced the counter's lines of the product here
        UnknownCode,     // no product has this barcode or SKU
        DuplicateSerial, // this marking code's unit was already counted in the session
        Refused,         // not countable (a kit, a bad check digit...): see message
    };
    Status status = Status::Refused;
    ScanCode code; // the parsed scan (empty when it could not be parsed)
    Id productId;  // the product found, if any
    QString sku;
    QString name;
    QString unit;
    CountLine line;                   // the new line (Counted, QuantitySet)
    QList<CountLine> replaced;        // QuantitySet: the counter's lines the typed quantity replaced
    Quantity countedHere;             // this session's total of the product at the location, all counters
    std::optional<Quantity> expected; // on hand here now; hidden while a blind session is open
    QString message;                  // translated: what happened, for the screen

    bool ok() const { return status == Status::Counted || status == Status::QuantitySet; }
};

// A typed quantity: the new line and the lines of the same counter it replaced (to undo it).
struct QuantityChange
{
    CountLine line;
    QList<CountLine> replaced;
};

// One row of the review: the ledger at the time of the count against what was counted.
struct CountReviewRow
{
    Id productId;
    Id locationId;
    QString sku;
    QString name;
    QString unit;
    QString locationName;
    std::optional<Quantity>
        expected; // the ledger at the count's time (now, if not counted); hidden while blind
    std::optional<Quantity> counted;       // nullopt: nobody counted it
    std::optional<Quantity> difference;    // counted - expected; for an uncounted item, by the uncounted rule
    std::optional<qint64> unitCost;        // average cost, minor units; only with ViewCosts
    std::optional<qint64> differenceValue; // difference x unit cost, minor units; only with ViewCosts
    int lineCount = 0;
    qint64 countedAt = 0; // latest line; 0 when not counted
    bool recount = false; // marked for recount (still to count when lineCount is 0)

    bool hasDifference() const { return difference && difference->milli() != 0; }
};

namespace CountKinds {
QString scopeCode(CountScope scope);
std::optional<CountScope> scopeFromCode(QStringView code);
QString scopeName(CountScope scope);
QString statusCode(CountStatus status);
std::optional<CountStatus> statusFromCode(QStringView code);
QString statusName(CountStatus status);
} // namespace CountKinds

} // namespace kontor

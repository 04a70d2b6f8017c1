#pragma once

// Value types of the stock area: warehouses and locations, ledger movements and count events,
// balances. Quantities are Quantity (thousandths of the product's unit); times are UTC ms.

#include "common/Id.h"
#include "common/Money.h"
#include "common/Quantity.h"

#include <QList>
#include <QString>

#include <optional>

namespace kontor {

enum class WarehouseKind
{
    Own,
    Marketplace // FBO: the marketplace holds the goods; the shop cannot ship from it
};

struct Warehouse
{
    Id id;
    QString code;
    QString name; // empty for the built-in main warehouse: shown translated
    WarehouseKind kind = WarehouseKind::Own;
    bool archived = false;
};

enum class LocationKind
{
    Storage,
    Packing,
    Transit,
    Quarantine,
    Fbo
};

struct Location
{
    Id id;
    Id warehouseId;
    QString code;
    QString name; // empty for built-in locations: shown translated
    LocationKind kind = LocationKind::Storage;
    int priority = 100;
    bool archived = false;

    // Only stock in sellable locations can be available to orders.
    bool sellable() const { return kind == LocationKind::Storage || kind == LocationKind::Packing; }
};

enum class MovementKind
{
    Receipt,
    Shipment,
    Transfer,
    Adjustment,
    CustomerReturn,
    SupplierReturn
};

// Why stock was adjusted or moved. Stored as text codes.
namespace MovementReasons {
inline constexpr QStringView Damage = u"damage";
inline constexpr QStringView Loss = u"loss";
inline constexpr QStringView Found = u"found";
inline constexpr QStringView WriteOff = u"write_off";
inline constexpr QStringView Opening = u"opening";
inline constexpr QStringView Correction = u"correction";
inline constexpr QStringView Pick = u"pick";         // transfer to the packing location
inline constexpr QStringView Dispatch = u"dispatch"; // transfer leaving for another warehouse (to in-transit)
inline constexpr QStringView Arrival = u"arrival";   // in-transit goods arriving
inline constexpr QStringView Reversal = u"reversal";
inline constexpr QStringView PutBack = u"put_back"; // picked goods back to storage (order cancelled)
inline constexpr QStringView NotCollected = u"not_collected"; // a parcel not collected came back
inline constexpr QStringView Refused = u"refused";            // a parcel refused came back
inline constexpr QStringView Returned = u"returned";          // a customer's return (RMA) received
inline constexpr QStringView Purchase = u"purchase";          // goods received against a purchase order
inline constexpr QStringView Defective = u"defective";        // received defective, held in quarantine
inline constexpr QStringView Missorted = u"missort";          // received instead of the ordered item
} // namespace MovementReasons

struct Movement
{
    qint64 localId = 0;
    Id id;
    Id docId;
    MovementKind kind = MovementKind::Adjustment;
    QString reason;
    Id productId;
    Id locationId;
    Quantity quantity;              // signed
    std::optional<qint64> unitCost; // minor units of the shop currency; hidden without ViewCosts
    QString note;
    qint64 occurredAt = 0;
    qint64 recordedAt = 0;
    Id userId;
    QString userName;
    Id reversesId;
    QString refKind;
    Id refId;
    qint64 hlc = 0;
};

struct CountEvent
{
    Id id;
    Id sessionId;
    Id productId;
    Id locationId;
    Quantity quantity;
    qint64 countedAt = 0;
    qint64 recordedAt = 0;
    Id userId;
    QString userName;
    qint64 hlc = 0;
};

struct Balance
{
    Id productId;
    Id locationId;
    Quantity onHand;
    Quantity reserved;
    std::optional<qint64> countedAt; // the governing count, if any
};

// One line of a posting: a signed change of one product at one location.
struct MovementLine
{
    Id productId;
    Id locationId;
    Quantity quantity;
    std::optional<qint64> unitCost; // receipts and opening stock: cost per unit (minor units)
};

struct MovementDraft
{
    MovementKind kind = MovementKind::Adjustment;
    QString reason;
    QList<MovementLine> lines;
    qint64 occurredAt = 0; // 0: now
    QString note;
    QString refKind;
    Id refId;
};

struct MovementFilter
{
    Id productId;
    Id locationId;
    std::optional<MovementKind> kind;
    qint64 from = 0; // occurred_at >= from (0: no bound)
    qint64 to = 0;   // occurred_at < to (0: no bound)
    int limit = 500;
    int offset = 0;
};

namespace StockKinds {
QString movementKindCode(MovementKind kind);
std::optional<MovementKind> movementKindFromCode(QStringView code);
QString movementKindName(MovementKind kind);
QString reasonName(QStringView reasonCode);
QString locationKindCode(LocationKind kind);
std::optional<LocationKind> locationKindFromCode(QStringView code);
QString locationKindName(LocationKind kind);
} // namespace StockKinds

} // namespace kontor

#pragma once

// Value types of purchasing: suppliers, contracts and their terms, purchase orders, receipts
// against them, and supplier claims. Money is in minor units of the document's currency (a
// contract's, a PO's), landed costs and unit costs in the shop currency; quantities are Quantity;
// rates and percentages are basis points (10000 = 100 %). Dates agreed with a supplier (due
// dates, validity) are QDate: a due date is a day, not an instant.

#include "common/Id.h"
#include "common/Quantity.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace kontor {

// ---- suppliers ----

// How the shop works with a supplier (several at once are common).
enum class SupplierModel : quint32
{
    OwnStock = 1u << 0,       // the shop buys, stores and ships
    Dropship = 1u << 1,       // the supplier ships to the shop's customer
    MarketplaceFbs = 1u << 2, // goods for marketplace orders the shop ships itself
    MarketplaceFbo = 1u << 3, // goods delivered straight to a marketplace warehouse
};
Q_DECLARE_FLAGS(SupplierModels, SupplierModel)
Q_DECLARE_OPERATORS_FOR_FLAGS(SupplierModels)

struct SupplierContact
{
    Id id;
    QString name;
    QString role;
    QString email;
    QString phone;
};

struct Supplier
{
    Id id;
    qint64 localId = 0;
    QString name;
    QString legalName;
    QString taxId;         // ИНН
    QString taxReasonCode; // КПП
    QString legalAddress;
    QString bankDetails;
    QString email;
    QString phone;
    QString website;
    QString currency; // the currency it sells in; empty on a draft: the shop currency
    SupplierModels models = SupplierModel::OwnStock;
    QString notes;
    bool archived = false;
    QList<SupplierContact> contacts;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct SupplierListRow
{
    Id id;
    qint64 localId = 0;
    QString name;
    QString currency;
    SupplierModels models;
    QString email;
    QString phone;
    int openOrders = 0;     // POs sent, confirmed or partially received
    QString contractNumber; // the contract valid today, if any
    std::optional<QDate> contractValidTo;
    bool archived = false;
};

// A product's preferred supplier; dropship: the supplier ships it straight to the customer.
struct ProductSupplier
{
    Id productId;
    Id supplierId;
    bool dropship = false;
};

// ---- contracts ----

enum class ContractStatus
{
    Draft,
    Active,
    Terminated
};

// The event the lead time runs from.
enum class StartEvent
{
    Confirmation, // the supplier confirmed the PO
    Prepayment    // the shop paid the prepayment
};

enum class PenaltyKind
{
    None,
    PerUnit, // a fixed amount per unit (minor units of the contract's currency)
    Percent  // basis points of the value of the units concerned
};

struct PenaltyRule
{
    PenaltyKind kind = PenaltyKind::None;
    qint64 value = 0; // minor units per unit, or basis points

    bool operator==(const PenaltyRule&) const = default;
};

// What the late-delivery cap is a share of.
enum class CapBasis
{
    Line, // of the PO line's value
    Order // of the whole PO's value
};

// The clauses SLA figures and penalties are computed from (DOMAIN.md, supplier figures).
struct ContractTerms
{
    int leadTimeDays = 0;
    bool businessDays = false; // lead time and days late in working days of the shop's calendar
    StartEvent startEvent = StartEvent::Confirmation;
    int lateBpPerDay = 0;         // of the late value, per day late
    std::optional<int> lateCapBp; // cap on the late penalty; none: no cap
    CapBasis capBasis = CapBasis::Line;
    PenaltyRule defect;
    PenaltyRule missort;
    int shortageBp = 0; // of the value never delivered, when a line is closed short
    int claimDays = 0;  // claims are due within this many days of a receipt (0: no deadline)

    bool operator==(const ContractTerms&) const = default;
};

struct ContractPrice
{
    Id productId;
    QString sku;  // the shop's (read only, for lists)
    QString name; // read only
    QString supplierSku;
    qint64 price = 0;     // minor units of the contract's currency
    Quantity minQuantity; // 0: no minimum
    Quantity packSize;    // 0: any quantity; else multiples of it

    bool operator==(const ContractPrice&) const = default;
};

// An order of at least minValue gets discountBp off (the largest tier reached).
struct VolumeDiscount
{
    qint64 minValue = 0;
    int discountBp = 0;

    bool operator==(const VolumeDiscount&) const = default;
};

struct ContractFile
{
    Id id;
    QString name;
    qint64 size = 0;
    qint64 addedAt = 0;
};

struct Contract
{
    Id id;
    Id supplierId;
    QString number;
    ContractStatus status = ContractStatus::Draft;
    QDate signedOn;
    QDate validFrom;
    QDate validTo; // null: open-ended
    int renewalNoticeDays = 30;
    QString currency;
    ContractTerms terms;
    QString deliverySchedule; // "Tuesdays and Fridays", in words
    qint64 minOrderValue = 0;
    int prepaymentBp = 0;
    int deferralDays = 0; // payment due this many days after delivery
    bool exclusive = false;
    QString region;
    std::optional<int> targetOnTimeBp;
    std::optional<int> targetInFullBp;
    std::optional<int> maxDefectBp;
    std::optional<int> maxMissortBp;
    QString returnProcedure;
    QString notes;
    QList<ContractPrice> prices;
    QList<VolumeDiscount> discounts;
    QList<ContractFile> files; // read only: added and removed through SupplierService
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool coversDate(QDate day) const { return day >= validFrom && (validTo.isNull() || day <= validTo); }
    const ContractPrice* priceOf(const Id& productId) const;
    // The discount of the largest tier an order of `value` reaches (0 when none).
    int discountFor(qint64 value) const;
};

// ---- purchase orders ----

enum class PoStatus
{
    Draft,
    Sent,
    Confirmed,
    PartiallyReceived,
    Received,
    Closed,
    Cancelled
};

enum class PoKind
{
    Stock,   // goods come to the shop
    Dropship // the supplier ships a sales order straight to the customer
};

struct PoLine
{
    Id id;
    Id productId;
    QString sku;  // read only
    QString name; // read only
    QString unit; // read only, "pcs", "kg"
    QString supplierSku;
    Quantity quantity;
    qint64 unitPrice = 0;     // PO currency, before the PO's volume discount
    bool manualPrice = false; // not from the contract's price list (shown with a warning)
    Id salesOrderLineId;      // dropship
    // Read only: received so far over every receipt.
    Quantity accepted;
    Quantity defective;
    Quantity missorted;

    qint64 value() const; // quantity x unit price, half-up
    // Units of the ordered product still expected (mis-sorted units are not it).
    Quantity outstanding() const;
};

struct PurchaseOrder
{
    Id id;
    qint64 localId = 0;
    QString number;
    PoKind kind = PoKind::Stock;
    Id supplierId;
    QString supplierName;   // read only
    Id contractId;          // the contract valid on orderedOn (set by the service)
    QString contractNumber; // read only
    PoStatus status = PoStatus::Draft;
    QString currency;
    Id locationId; // where the goods are received; null: the main storage location
    QDate orderedOn;
    std::optional<qint64> sentAt;
    QDate confirmedOn;
    QDate prepaidOn;
    qint64 prepaidAmount = 0;
    QDate dueOn; // start event + lead time; null until the start event happened
    int discountBp = 0;
    Id salesOrderId; // dropship
    QString shipTo;  // dropship: the customer's address
    QDate supplierShippedOn;
    QString supplierTracking;
    QDate closedOn;
    QString note;
    QList<PoLine> lines;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    qint64 subtotal() const;
    qint64 discount() const; // the volume discount, half-up
    qint64 total() const { return subtotal() - discount(); }
    bool isOpen() const
    {
        return status == PoStatus::Sent || status == PoStatus::Confirmed ||
               status == PoStatus::PartiallyReceived;
    }
};

struct PoEvent
{
    Id id;
    PoStatus from = PoStatus::Draft;
    PoStatus to = PoStatus::Draft;
    qint64 at = 0;
    QString userName;
    QString note;
};

struct PoListRow
{
    Id id;
    qint64 localId = 0;
    QString number;
    PoKind kind = PoKind::Stock;
    Id supplierId;
    QString supplierName;
    PoStatus status = PoStatus::Draft;
    QString currency;
    QDate orderedOn;
    QDate dueOn;
    qint64 total = 0;
    int lines = 0;
    bool overdue = false; // open and past its due date
};

struct PoFilter
{
    Id supplierId;
    std::optional<PoStatus> status;
    bool openOnly = false;
    bool overdueOnly = false;
    QString text; // PO number or supplier name
};

// ---- receipts ----

enum class SpreadBy
{
    Value,
    Weight
};

struct ReceiptLineDraft
{
    Id poLineId;
    Quantity accepted;
    Quantity defective;
    Quantity missorted;
};

struct ReceiptDraft
{
    Id poId;
    QDate receivedOn;   // null: today
    Id locationId;      // null: the PO's
    qint64 freight = 0; // landed costs, shop currency
    qint64 customs = 0;
    qint64 fees = 0;
    SpreadBy spreadBy = SpreadBy::Value;
    QString note;
    QList<ReceiptLineDraft> lines;
};

struct ReceiptLine
{
    Id id;
    Id poLineId;
    Id productId;
    QString sku;
    QString name;
    Quantity accepted;
    Quantity defective;
    Quantity missorted;
    qint64 unitCost = 0; // landed, shop currency
};

struct Receipt
{
    Id id;
    QString number;
    Id poId;
    QDate receivedOn;
    Id locationId;
    qint64 freight = 0;
    qint64 customs = 0;
    qint64 fees = 0;
    SpreadBy spreadBy = SpreadBy::Value;
    qint64 rateE6 = 1'000'000;
    Id stockDocId;
    QString note;
    QString userName;
    qint64 createdAt = 0;
    QList<ReceiptLine> lines;
};

// ---- claims ----

enum class ClaimStatus
{
    Open,
    Sent,
    Accepted,
    Paid,
    Rejected
};

enum class ClaimReason
{
    Defect,
    Missort,
    Shortage,
    Late
};

struct ClaimLine
{
    Id id;
    Id poLineId;
    Id productId;
    QString sku;
    QString name;
    ClaimReason reason = ClaimReason::Defect;
    Quantity quantity;
    qint64 value = 0;   // the goods concerned
    qint64 penalty = 0; // what the contract gives for them
    QString basis;      // how the penalty was computed, in words
};

struct Claim
{
    Id id;
    QString number;
    Id supplierId;
    QString supplierName; // read only
    Id poId;
    QString poNumber; // read only
    Id receiptId;
    ClaimStatus status = ClaimStatus::Open;
    QString currency;
    qint64 amount = 0;
    qint64 collected = 0;
    QDate deadlineOn;
    QString note;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<ClaimLine> lines;
};

struct ClaimFilter
{
    Id supplierId;
    std::optional<ClaimStatus> status;
    bool unresolvedOnly = false; // open, sent or accepted
};

namespace PurchasingKinds {
QString modelName(SupplierModel m);
QString contractStatusCode(ContractStatus s);
std::optional<ContractStatus> contractStatusFromCode(QStringView code);
QString contractStatusName(ContractStatus s);
QString poStatusCode(PoStatus s);
std::optional<PoStatus> poStatusFromCode(QStringView code);
QString poStatusName(PoStatus s);
QString claimStatusCode(ClaimStatus s);
std::optional<ClaimStatus> claimStatusFromCode(QStringView code);
QString claimStatusName(ClaimStatus s);
QString claimReasonCode(ClaimReason r);
std::optional<ClaimReason> claimReasonFromCode(QStringView code);
QString claimReasonName(ClaimReason r);
QString penaltyKindCode(PenaltyKind k);
std::optional<PenaltyKind> penaltyKindFromCode(QStringView code);
QString startEventName(StartEvent e);
// ISO "YYYY-MM-DD" as stored; an empty string for a null date.
QString dateCode(QDate day);
QDate dateFromCode(QStringView code);
} // namespace PurchasingKinds

} // namespace kontor

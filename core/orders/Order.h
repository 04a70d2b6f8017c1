#pragma once

// Value types of the orders area: customers, sales orders with their lines and lifecycle events,
// carriers, returns. Money is in minor units of the order's currency; quantities are Quantity.

#include "common/Id.h"
#include "common/Money.h"
#include "common/Quantity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kontor {

// ---- customers ----

enum class CustomerKind
{
    Person,
    Company
};

struct CustomerAddress
{
    Id id;
    QString label; // "Home", "Office", a pickup point, ...
    QString address;
    bool isDefault = false;
};

struct CustomerContact
{
    Id id;
    QString name;
    QString role;
    QString email;
    QString phone;
};

struct Customer
{
    Id id;
    qint64 localId = 0;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    QString email;
    QString phone;
    Id priceListId; // B2B prices and volume tiers
    // company details (B2B)
    QString legalName;
    QString taxId;         // ИНН
    QString taxReasonCode; // КПП
    QString legalAddress;
    QString bankDetails;
    int paymentTermsDays = 0;          // "pay within N days"; 0: before shipping
    std::optional<qint64> creditLimit; // minor units of the shop currency
    bool marketingConsent = false;
    std::optional<qint64> consentAt;
    QString notes;
    QStringList tags;
    QList<CustomerAddress> addresses;
    QList<CustomerContact> contacts;
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QString defaultAddress() const;
};

// What the customer card shows about a customer's history (shop currency).
struct CustomerStats
{
    int orders = 0; // not cancelled, confirmed or later
    int returns = 0;
    qint64 lifetimeValue = 0; // sum of order totals in the shop currency
    qint64 averageOrderValue = 0;
    std::optional<qint64> firstOrderAt;
    std::optional<qint64> lastOrderAt;
    Quantity unitsShipped;
    Quantity unitsReturned;
    // units returned / units shipped in basis points; nullopt when nothing has shipped
    std::optional<int> returnRateBp;
};

// ---- orders ----

enum class OrderStatus
{
    Draft,
    Confirmed, // stock reserved (or the line waits for stock: a backorder)
    Picking,
    Packed, // picked goods sit at the packing location
    Shipped,
    Delivered,
    NotCollected, // not picked up at the pickup point: the goods come back
    Refused,      // refused at the door or pickup point: the goods come back
    Cancelled
};

enum class SalesChannel
{
    Site,
    MarketplaceFbs,
    MarketplaceFbo, // the marketplace ships from its own warehouse (an FBO location)
    Phone,
    Social,
    InPerson
};

enum class PaymentStatus
{
    Unpaid,
    Partial,
    Paid,
    Refunded
};

enum class PaymentMethod
{
    Card,
    CashOnDelivery,
    Invoice,
    Cash
};

struct OrderLine
{
    Id id;
    int position = 0;
    Id productId;
    QString sku;
    QString name;
    Quantity quantity;
    qint64 unitPrice = 0;         // as the shop prices: with VAT when the order's prices include it
    bool priceOverridden = false; // set by hand; otherwise the price rules set unitPrice
    qint64 lineDiscount = 0;
    // computed by OrderMath
    qint64 orderDiscount = 0; // this line's share of the order discount
    std::optional<int> vatBp;
    qint64 net = 0;
    qint64 vat = 0;
    qint64 total = 0;
    // fulfilment
    Id locationId;
    Quantity reserved;
    Quantity picked;
    Quantity shipped;
    Quantity returned;
    std::optional<qint64> unitCost; // frozen at shipment; hidden without ViewCosts
    // The product's supplier ships it to the customer (set by the service from the product's
    // supplier): no reservation, no stock leaves; it ships with the order.
    bool dropship = false;
};

struct Order
{
    Id id;
    qint64 localId = 0;
    QString number;
    SalesChannel channel = SalesChannel::Site;
    QString marketplace;
    QString externalRef;
    Id customerId;
    QString customerName;
    QString shipTo;
    OrderStatus status = OrderStatus::Draft;
    qint64 orderedAt = 0;
    QString currency;  // empty on a draft: the shop currency
    qint64 rateE6 = 0; // shop currency per unit of the order's, x 10^6; 0 on a draft: from the rates
    bool pricesIncludeVat = true;
    qint64 orderDiscount = 0;
    qint64 shippingCharge = 0;
    qint64 subtotal = 0;
    qint64 vatTotal = 0;
    qint64 total = 0;
    PaymentStatus paymentStatus = PaymentStatus::Unpaid;
    PaymentMethod paymentMethod = PaymentMethod::Card;
    qint64 paidAmount = 0;
    qint64 refundedAmount = 0;
    qint64 shippingCost = 0;
    qint64 commission = 0;
    qint64 paymentFee = 0;
    Id locationId; // chosen by the user; null: the allocation rule decides
    Id carrierId;
    QString shippingService;
    QString trackingNumber;
    std::optional<qint64> shipBy;
    std::optional<qint64> promisedDelivery;
    std::optional<qint64> shippedAt;
    std::optional<qint64> deliveredAt;
    QString delayReason;
    Id splitFrom;
    QString note;
    QList<OrderLine> lines;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    Money money(qint64 minor) const { return Money(minor, currency); }
    bool isFbo() const { return channel == SalesChannel::MarketplaceFbo; }
    // Confirmed lines that wait for stock (backorders, pre-orders).
    int waitingLines() const;
};

struct OrderEvent
{
    Id id;
    OrderStatus from = OrderStatus::Draft;
    OrderStatus to = OrderStatus::Draft;
    qint64 at = 0;
    QString userName;
    QString note;
};

// One row of the orders list: what the table shows, nothing more.
struct OrderListRow
{
    qint64 localId = 0;
    Id id;
    QString number;
    OrderStatus status = OrderStatus::Draft;
    SalesChannel channel = SalesChannel::Site;
    qint64 orderedAt = 0;
    QString customerName;
    qint64 total = 0;
    QString currency;
    PaymentStatus paymentStatus = PaymentStatus::Unpaid;
    std::optional<qint64> shipBy;
    QString trackingNumber;
};

// Where a page of the orders list starts when a neighbouring page is known: seeking by the sort key
// (ordered_at, local_id) costs a lookup, where an offset reads every row before it.
struct OrderPageAnchor
{
    qint64 orderedAt = 0;
    qint64 localId = 0;
    bool before = false; // false: the page follows this row; true: the page ends just before it
};

enum class PaidFilter
{
    Any,
    Paid,   // paid in full
    Unpaid, // unpaid or partially paid
};

struct OrderFilter
{
    QList<OrderStatus> statuses; // empty: every status
    std::optional<SalesChannel> channel;
    qint64 from = 0; // ordered_at >= from (0: no bound)
    qint64 to = 0;   // ordered_at < to (0: no bound)
    PaidFilter paid = PaidFilter::Any;
    bool overdueToShip = false; // not shipped yet and its ship-by date has passed
    Id customerId;
    QString text; // number, external number, customer name or tracking number
};

struct Carrier
{
    Id id;
    QString name;
    QString trackingUrl; // with "{tracking}" where the number goes
    bool archived = false;

    QString trackingLink(const QString& trackingNumber) const;
};

// How many of which lines ship now; an empty map ships everything reserved (or, for FBO, all).
struct ShipRequest
{
    QList<std::pair<Id, Quantity>> lines; // order line id, quantity
    Id carrierId;
    QString trackingNumber;
    QString shippingService;
    qint64 at = 0; // 0: now
    QString delayReason;
};

struct ShipResult
{
    Id stockDocId;  // the shipment posting (null when nothing of ours left: FBO, dropship)
    Id backorderId; // the order holding what did not ship, if the shipment was partial
};

// Contribution of one order (shop currency), DOMAIN.md: revenue = lines net of VAT and discounts;
// gross margin = revenue - cost of goods; contribution = gross - shipping cost - commission - fees.
struct OrderMargin
{
    qint64 revenue = 0;
    qint64 costOfGoods = 0;
    qint64 grossMargin = 0;
    qint64 contribution = 0;
    bool costComplete = true;  // false when a line's product has no known cost
    QList<qint64> lineMargins; // per line: net - cost
};

// ---- returns ----

enum class ReturnReason
{
    Defect,
    WrongItem, // mis-sort
    NotAsDescribed,
    ChangedMind,
    DamagedInDelivery,
    LateDelivery
};

enum class ReturnDecision
{
    Restock,    // back to the location it shipped from
    Quarantine, // to the quarantine location, to be inspected
    WriteOff,   // received and written off
    ToSupplier  // to quarantine, awaiting the return to the supplier
};

enum class ReturnStatus
{
    Open,     // requested, goods not back yet
    Received, // goods back, stock moved by the decisions
    Closed,   // refunded or exchanged
    Cancelled
};

enum class ReturnResolution
{
    Refund,
    Exchange
};

struct ReturnLine
{
    Id id;
    Id orderLineId;
    Id productId;
    QString sku;  // read only
    QString name; // read only
    Quantity quantity;
    ReturnReason reason = ReturnReason::ChangedMind;
    QString condition;
    ReturnDecision decision = ReturnDecision::Restock;
    qint64 refund = 0; // order currency; computed from the line's price when 0 on a draft
};

struct Return
{
    Id id;
    qint64 localId = 0;
    QString number;
    Id orderId;
    QString orderNumber; // read only
    Id customerId;
    QString customerName; // read only
    ReturnStatus status = ReturnStatus::Open;
    ReturnResolution resolution = ReturnResolution::Refund;
    qint64 refundAmount = 0;
    QString currency; // the order's
    std::optional<qint64> refundedAt;
    Id exchangeOrderId;
    QString note;
    qint64 createdAt = 0;
    std::optional<qint64> receivedAt;
    QList<ReturnLine> lines;
};

struct ReturnFilter
{
    std::optional<ReturnStatus> status;
    Id customerId;
    Id orderId;
    qint64 from = 0;
    qint64 to = 0;
};

// Return rate of one product and reason over a period of shipment (DOMAIN.md: units returned /
// units shipped, both of the shipments made in the period).
struct ReturnRateRow
{
    Id productId;
    QString sku;
    QString name;
    std::optional<ReturnReason> reason; // nullopt: all reasons of the product
    Quantity shipped;
    Quantity returned;
    int rateBp = 0;
};

// Buyout rate (DOMAIN.md): orders collected / orders shipped that reached the pickup point.
struct BuyoutRow
{
    QString key;       // product sku, channel code or customer name
    int shipped = 0;   // delivered + not collected + refused
    int collected = 0; // delivered
    int rateBp = 0;
};

namespace OrderKinds {
QString statusCode(OrderStatus s);
std::optional<OrderStatus> statusFromCode(QStringView code);
QString statusName(OrderStatus s);
QString channelCode(SalesChannel c);
std::optional<SalesChannel> channelFromCode(QStringView code);
QString channelName(SalesChannel c);
QString paymentStatusCode(PaymentStatus s);
std::optional<PaymentStatus> paymentStatusFromCode(QStringView code);
QString paymentStatusName(PaymentStatus s);
QString paymentMethodCode(PaymentMethod m);
std::optional<PaymentMethod> paymentMethodFromCode(QStringView code);
QString paymentMethodName(PaymentMethod m);
QString returnReasonCode(ReturnReason r);
std::optional<ReturnReason> returnReasonFromCode(QStringView code);
QString returnReasonName(ReturnReason r);
QString returnDecisionCode(ReturnDecision d);
std::optional<ReturnDecision> returnDecisionFromCode(QStringView code);
QString returnDecisionName(ReturnDecision d);
QString returnStatusCode(ReturnStatus s);
std::optional<ReturnStatus> returnStatusFromCode(QStringView code);
QString returnStatusName(ReturnStatus s);
QString customerKindCode(CustomerKind k);
QString customerKindName(CustomerKind k);
} // namespace OrderKinds

} // namespace kontor

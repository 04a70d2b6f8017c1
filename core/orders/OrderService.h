#pragma once

// OrderService: sales orders and their lifecycle as an explicit state machine.
//
//   draft -> confirmed -> picking -> packed -> shipped -> delivered
//                                              shipped -> not collected | refused (goods come back)
//   confirmed -> draft; draft, confirmed, picking, packed -> cancelled
//   confirmed, picking, packed -> shipped (a shop may ship without separate picking and packing)
//
// Confirming allocates each line to a location (the first by priority that can ship the whole
// order, else per line; the order's own location when the user chose one; an FBO order ships
// from the marketplace's stock) and reserves it in the same transaction. A line whose stock is not
// available waits unreserved when its product allows backorders (pre-orders too) and is reserved,
// oldest order first, when stock arrives; otherwise confirming is refused with the reason.
// Packing moves the reserved goods to the packing location. Shipping posts one stock shipment for
// what ships; a partial shipment splits what did not ship into a new order that keeps its
// reservations. Cancelling before shipping releases reservations (and puts picked goods back).
// Every transition is recorded with time and user; illegal ones are refused with the reason.

#include "Order.h"
#include "catalog/PriceService.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

#include <functional>

namespace kontor {

class StockService;

class OrderService : public QObject
{
    Q_OBJECT

public:
    OrderService(Database& db, StockService& stock, QObject* parent = nullptr);

    static QString reservationKind() { return u"sales_order"_qs; }
    // The transitions the state machine allows from `status`.
    static QList<OrderStatus> allowedTransitions(OrderStatus status);
    static bool canTransition(OrderStatus from, OrderStatus to);

    // ---- drafts ----
    // A blank draft as create() would set it up (shop currency, prices with or without VAT, ordered
    // now), so an editor computes the same totals before the first save.
    Result<Order> newDraft(const Actor& actor);
    // A new draft: number, currency (the rate from the exchange rates for the order's date unless
    // given) and VAT set-up from the shop; names and VAT rates (as at the order's date) from the
    // catalog. A line's price is automatic (channel price, the customer's price list and volume
    // tiers, sale or list price) unless its priceOverridden is set: a price set by hand that
    // differs from the automatic one needs OverridePrices and is recorded in the audit log.
    Result<Order> create(const Actor& actor, const Order& draft);
    // Replaces a draft's header and lines; refused once confirmed (back to draft first).
    Result<Order> updateDraft(const Actor& actor, const Order& draft);
    // Fills a line from the catalog: sku, name, automatic price and VAT rate for an order like
    // `order` (its channel, customer, date and currency); the first form for a plain site order.
    Result<OrderLine> lineFor(const Actor& actor, const Id& productId, Quantity quantity);
    Result<OrderLine> lineFor(const Actor& actor, const Order& order, const Id& productId, Quantity quantity);

    // ---- transitions ----
    Result<Order> confirm(const Actor& actor, const Id& orderId);
    Result<Order> backToDraft(const Actor& actor, const Id& orderId);
    Result<Order> startPicking(const Actor& actor, const Id& orderId);
    Result<Order> markPacked(const Actor& actor, const Id& orderId);
    Result<ShipResult> ship(const Actor& actor, const Id& orderId, const ShipRequest& request = {});
    Result<Order> markDelivered(const Actor& actor, const Id& orderId, qint64 at = 0);
    // Not collected or refused at the pickup point: the shipped goods come back to the locations
    // they left from (customer-return movements).
    Result<Order> markNotCollected(const Actor& actor, const Id& orderId, const QString& note = {});
    Result<Order> markRefused(const Actor& actor, const Id& orderId, const QString& note = {});
    Result<Order> cancel(const Actor& actor, const Id& orderId, const QString& reason = {});

    // ---- other changes ----
    // Carrier, service, tracking number, promised dates, delay reason, address, note: allowed in
    // every state but cancelled.
    Result<Order> updateShipping(const Actor& actor, const Order& order);
    // Adds a payment (negative: a correction); the payment status follows the amounts.
    Result<Order> recordPayment(const Actor& actor, const Id& orderId, qint64 amount);
    // Money paid back to the customer (a return, a goodwill refund); needs Refund. At most what
    // was paid and not yet refunded.
    Result<Order> recordRefund(const Actor& actor, const Id& orderId, qint64 amount,
                               const QString& note = {});
    // Reserves waiting lines of these products (all products when empty), oldest order first,
    // whole lines only. Runs by itself when stock of a product arrives. Returns lines reserved.
    Result<int> allocateWaiting(const Actor& actor, const QList<Id>& productIds = {});

    // ---- carriers ----
    Result<QList<Carrier>> carriers(const Actor& actor, bool includeArchived = false);
    Result<Carrier> saveCarrier(const Actor& actor, const Carrier& carrier);

    // ---- reads ----
    Result<Order> order(const Actor& actor, const Id& orderId);
    Result<Order> orderByNumber(const Actor& actor, const QString& number);
    // Newest first. With an anchor (a neighbouring page's row) the page is found by seeking, not by
    // offset; without one, `knownCount` (the filter's count, if the caller has it) lets a page past
    // the middle be read from the other end.
    Result<QList<OrderListRow>> list(const Actor& actor, const OrderFilter& filter, int offset, int limit,
                                     std::optional<OrderPageAnchor> anchor = {}, int knownCount = -1);
    Result<int> count(const Actor& actor, const OrderFilter& filter);
    Result<QList<OrderEvent>> events(const Actor& actor, const Id& orderId);
    // Needs ViewCosts. Lines not shipped yet are costed at today's average cost.
    Result<OrderMargin> margin(const Actor& actor, const Order& order);
    // Buyout rate by product (sku), channel or customer over orders shipped in [from, to).
    enum class BuyoutBy
    {
        Product,
        Channel,
        Customer
    };
    Result<QList<BuyoutRow>> buyoutRates(const Actor& actor, BuyoutBy by, qint64 from, qint64 to);
    // Carrier on-time rate: delivered by the promised date / delivered with a promised date.
    Result<std::optional<int>> carrierOnTimeBp(const Actor& actor, const Id& carrierId, qint64 from,
                                               qint64 to);
    // carrierOnTimeBp of every carrier over the last `days` days, by carrier (those without a
    // delivery with a promised date in that time are left out).
    Result<QHash<Id, int>> carrierOnTimeRates(const Actor& actor, int days);

    // ---- history ----
    // Past orders recorded in bulk (demo data, history brought over from another system), all in
    // one transaction: the same order, line, event and change-log rows as create() and the
    // transitions write, dated by the orders' own times (confirmed at orderedAt, shipped at
    // shippedAt, delivered or back at deliveredAt), and one audit entry naming `source` for the
    // batch. Only drafts and finished orders (shipped, delivered, not collected, refused,
    // cancelled): an open order is imported as a draft and then confirmed, so that its
    // reservations are real. Nothing is reserved and no stock moves: the stock of the same past
    // is the ledger's (StockService::postHistory), and posting it here as well would count every
    // shipment twice. Numbers are kept when given (refused when taken) or assigned from the SO
    // series; a line with an empty SKU is filled from the catalog (SKU, name, VAT rate); totals
    // and payment status are computed (prices with or without VAT as the order says, since a past
    // order keeps the set-up it was sold with); shipped lines ship everything, from the line's location
    // (else the order's, else the first storage or, for FBO, the marketplace location), costed at
    // today's average cost unless the line has its own. The first bad order refuses the batch.
    // Returns the new orders' ids, in order. Keep batches to a few thousand orders.
    Result<QList<Id>> importHistory(const Actor& actor, QList<Order> orders, const QString& source);

Q_SIGNALS:
    // After a commit: these orders changed (empty: reload everything).
    void ordersChanged(const QList<kontor::Id>& orderIds);

private:
    Result<Order> load(Connection& c, const Id& orderId, bool withCosts);
    struct ShopSetup
    {
        QString currency;
        bool pricesIncludeVat = true;
    };
    static Result<ShopSetup> shopSetup(Connection& c);
    Result<void> settleCurrency(const Actor& actor, const ShopSetup& shop, Order& order);
    // The automatic unit price of a line on this order, in the order's currency.
    Result<qint64> automaticPrice(Connection& c, const Actor& actor, const Order& order,
                                  const OrderLine& line);
    // `approvedPrices`: lines whose hand-set price was accepted before (by line id).
    Result<void> checkDraft(Connection& c, const Actor& actor, Order& order,
                            const QHash<Id, qint64>& approvedPrices);
    // `index`: add a new order to the search index now (a bulk import indexes its batch at the end).
    Result<void> writeOrder(Connection& c, const Actor& actor, Order& order, bool insert, bool index = true);
    Result<void> writeLines(Connection& c, const Actor& actor, Order& order);
    Result<void> recordEvent(Connection& c, const Actor& actor, const Order& order, OrderStatus from,
                             OrderStatus to, const QString& note = {});
    Result<void> checkTransition(const Order& order, OrderStatus to) const;
    Result<void> reserveLines(Connection& c, const Actor& actor, Order& order);
    Result<void> releaseAll(Connection& c, const Actor& actor, Order& order);
    Result<void> putBackPicked(Connection& c, const Actor& actor, Order& order);
    // The frame of every transition: permission, one transaction, the order loaded and the move
    // checked against the state machine, `work` (reservations, stock), then the order and its lines
    // saved, the event recorded, committed and announced.
    Result<Order> runTransition(const Actor& actor, const Id& orderId, OrderStatus to, Permission permission,
                                const QString& note,
                                const std::function<Result<void>(Connection&, Order&)>& work);
    Result<Order> comeBack(const Actor& actor, const Id& orderId, OrderStatus to, const QString& note);
    Result<Order> simpleTransition(const Actor& actor, const Id& orderId, OrderStatus to,
                                   Permission permission, const QString& note = {});
    Result<std::optional<qint64>> costNow(Connection& c, const Id& productId);
    Result<Order> splitBackorder(Connection& c, const Actor& actor, Order& shipped,
                                 const QList<Quantity>& shipNow);
    void onStockChanged(const QList<Id>& productIds);

    Database& m_db;
    StockService& m_stock;
    PriceService m_prices;
    bool m_busy = false; // inside one of our own commands: stock signals are ours
};

} // namespace kontor

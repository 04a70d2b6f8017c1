#pragma once

// ReturnService: returns (RMA) against an order's shipped lines. A return is opened with a reason,
// the condition on arrival and a decision per line; receiving it moves the stock as decided
// (back to the line's location, to quarantine, written off, or to quarantine for the supplier);
// closing it refunds the money (Refund permission) or opens an exchange order.
//
//   open -> received -> closed;  open -> cancelled

#include "Order.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

namespace kontor {

class StockService;
class OrderService;

class ReturnService : public QObject
{
    Q_OBJECT

public:
    ReturnService(Database& db, StockService& stock, OrderService& orders, QObject* parent = nullptr);

    // Lines may return at most what shipped and is not already returned or in another open return.
    // A line's refund left at 0 is its share of the line's total. Dated now, or at the draft's
    // createdAt when set (a return recorded late, or history): not in the future, not before the
    // order shipped.
    Result<Return> create(const Actor& actor, const Return& draft);
    // The goods are back: stock moves by each line's decision, the order lines count them returned.
    Result<Return> receive(const Actor& actor, const Id& returnId, qint64 at = 0);
    // Refund: the order's refunded amount grows by the return's refund amount. Exchange: a draft
    // order with the returned products at no charge. Either closes the return, refunded at `at`
    // (0: now; else not before the goods were received, not in the future).
    Result<Return> close(const Actor& actor, const Id& returnId, qint64 at = 0);
    Result<Return> cancel(const Actor& actor, const Id& returnId);

    Result<Return> returnById(const Actor& actor, const Id& returnId);
    // Newest first.
    Result<QList<Return>> returns(const Actor& actor, const ReturnFilter& filter = {});
    // What can still be returned of each line of an order (shipped - returned - in open returns).
    Result<QList<std::pair<Id, Quantity>>> returnable(const Actor& actor, const Id& orderId);
    // Return rates per product (and reason when `byReason`) over the shipments made in [from, to).
    Result<QList<ReturnRateRow>> returnRates(const Actor& actor, qint64 from, qint64 to, bool byReason);

Q_SIGNALS:
    void returnsChanged();

private:
    Result<Return> load(Connection& c, const Id& returnId);
    // The return, refused with `refusal` ("Return %1 is %2; …": number, status) unless in `needed`.
    Result<Return> loadIn(Connection& c, const Id& returnId, ReturnStatus needed, const QString& refusal);
    Result<void> setStatus(Connection& c, const Actor& actor, Return& r, ReturnStatus status);

    Database& m_db;
    StockService& m_stock;
    OrderService& m_orders;
};

} // namespace kontor

#include "ReturnService.h"

#include "OrderMath.h"
#include "OrderService.h"
#include "common/Decimal.h"
#include "security/AuditLog.h"
#include "stock/StockService.h"
#include "storage/ChangeLog.h"
#include "storage/DocumentNumbers.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace kontor {

namespace {

constexpr QByteArrayView ReturnColumns =
    "r.local_id, r.id, r.number, r.order_id, o.number, r.customer_id, o.customer_name, r.status, "
    "r.resolution, "
    "r.refund_amount, o.currency, r.refunded_at, r.exchange_order_id, r.note, r.created_at, r.received_at";

Return readReturn(Query& q)
{
    Return r;
    r.localId = q.int64(0);
    r.id = q.id(1);
    r.number = q.text(2);
    r.orderId = q.id(3);
    r.orderNumber = q.text(4);
    r.customerId = q.id(5);
    r.customerName = q.text(6);
    r.status = OrderKinds::returnStatusFromCode(q.text(7)).value_or(ReturnStatus::Open);
    r.resolution = q.text(8) == u"exchange" ? ReturnResolution::Exchange : ReturnResolution::Refund;
    r.refundAmount = q.int64(9);
    r.currency = q.text(10);
    r.refundedAt = q.optInt64(11);
    r.exchangeOrderId = q.id(12);
    r.note = q.text(13);
    r.createdAt = q.int64(14);
    r.receivedAt = q.optInt64(15);
    return r;
}

QJsonObject payloadOf(const Return& r)
{
    return {{u"number"_qs, r.number},
            {u"order_id"_qs, r.orderId.toString()},
            {u"customer_id"_qs, r.customerId.toString()},
            {u"status"_qs, OrderKinds::returnStatusCode(r.status)},
            {u"resolution"_qs, r.resolution == ReturnResolution::Exchange ? u"exchange"_qs : u"refund"_qs},
            {u"refund_amount"_qs, double(r.refundAmount)},
            {u"exchange_order_id"_qs, r.exchangeOrderId.toString()},
            {u"note"_qs, r.note}};
}

} // namespace

ReturnService::ReturnService(Database& db, StockService& stock, OrderService& orders, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_stock(stock)
    , m_orders(orders)
{}

Result<Return> ReturnService::load(Connection& c, const Id& returnId)
{
    auto q = c.query(QByteArray("SELECT " + ReturnColumns.toByteArray() +
                                " FROM returns r JOIN sales_orders o ON o.id = r.order_id WHERE r.id = ?"));
    q.bind(returnId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The return does not exist."));
    Return r = readReturn(q);
    q.reset();
    auto lines =
        c.query("SELECT rl.id, rl.order_line_id, rl.product_id, l.sku, l.name, rl.quantity, rl.reason, "
                "rl.condition, rl.decision, rl.refund FROM return_lines rl "
                "JOIN sales_order_lines l ON l.id = rl.order_line_id WHERE rl.return_id = ? "
                "ORDER BY rl.local_id");
    lines.bind(returnId);
    if (auto ok = lines.forEachRow([&] {
            ReturnLine l;
            l.id = lines.id(0);
            l.orderLineId = lines.id(1);
            l.productId = lines.id(2);
            l.sku = lines.text(3);
            l.name = lines.text(4);
            l.quantity = Quantity::fromMilli(lines.int64(5));
            l.reason = OrderKinds::returnReasonFromCode(lines.text(6)).value_or(ReturnReason::ChangedMind);
            l.condition = lines.text(7);
            l.decision = OrderKinds::returnDecisionFromCode(lines.text(8)).value_or(ReturnDecision::Restock);
            l.refund = lines.int64(9);
            r.lines.append(l);
        });
        !ok)
        return fail(ok.error());
    return r;
}

Result<Return> ReturnService::loadIn(Connection& c, const Id& returnId, ReturnStatus needed,
                                     const QString& refusal)
{
    auto r = load(c, returnId);
    if (r && r->status != needed)
        return fail(ErrorCode::Conflict,
                    refusal.arg(r->number, OrderKinds::returnStatusName(r->status).toLower()));
    return r;
}

Result<Return> ReturnService::returnById(const Actor& actor, const Id& returnId)
{
    Q_UNUSED(actor);
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    return load(c, returnId);
}

Result<QList<Return>> ReturnService::returns(const Actor& actor, const ReturnFilter& filter)
{
    Q_UNUSED(actor);
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto q = c.query(QByteArray("SELECT r.id FROM returns r WHERE (?1 = '' OR r.status = ?1) "
                                "AND (?2 IS NULL OR r.customer_id = ?2) AND (?3 IS NULL OR r.order_id = ?3) "
                                "AND (?4 = 0 OR r.created_at >= ?4) AND (?5 = 0 OR r.created_at < ?5) "
                                "ORDER BY r.created_at DESC, r.local_id DESC"));
    q.bindAll(filter.status ? OrderKinds::returnStatusCode(*filter.status) : QString(), filter.customerId,
              filter.orderId, filter.from, filter.to);
    QList<Id> ids;
    if (auto ok = q.forEachRow([&] { ids.append(q.id(0)); }); !ok)
        return fail(ok.error());
    QList<Return> list;
    for (const Id& id : ids) {
        auto r = load(c, id);
        if (!r)
            return fail(r.error());
        list.append(*r);
    }
    return list;
}

Result<QList<std::pair<Id, Quantity>>> ReturnService::returnable(const Actor& actor, const Id& orderId)
{
    Q_UNUSED(actor);
    // The open returns are found through the order (returns_order), not by scanning every return
    // line for the order line: that grew with the shop's returns.
    auto q = m_db.connection().query(
        "SELECT l.id, l.shipped - l.returned - COALESCE((SELECT SUM(rl.quantity) FROM returns r "
        "  JOIN return_lines rl ON rl.return_id = r.id WHERE r.order_id = l.order_id AND r.status = 'open' "
        "  AND rl.order_line_id = l.id), 0) "
        "FROM sales_order_lines l WHERE l.order_id = ? ORDER BY l.position");
    q.bind(orderId);
    QList<std::pair<Id, Quantity>> result;
    if (auto ok = q.forEachRow([&] {
            result.append({q.id(0), Quantity::fromMilli(std::max<qint64>(0, q.int64(1)))});
        });
        !ok)
        return fail(ok.error());
    return result;
}

Result<Return> ReturnService::create(const Actor& actor, const Return& draft)
{
    if (auto ok = require(actor, Permission::ManageReturns); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto order = m_orders.order(actor, draft.orderId);
    if (!order)
        return fail(order.error());
    if (order->status != OrderStatus::Shipped && order->status != OrderStatus::Delivered)
        return fail(ErrorCode::Conflict,
                    tr("Order %1 is %2: only goods shipped to the customer can be returned.")
                        .arg(order->number, OrderKinds::statusName(order->status).toLower()));
    if (draft.lines.isEmpty())
        return fail(ErrorCode::Invalid, tr("A return needs at least one line."), u"lines"_qs);
    auto left = returnable(actor, order->id);
    if (!left)
        return fail(left.error());
    QHash<Id, Quantity> canReturn;
    for (const auto& [id, q] : *left)
        canReturn.insert(id, q);
    Return r = draft;
    r.id = Id::create();
    r.status = ReturnStatus::Open;
    r.customerId = order->customerId;
    r.currency = order->currency;
    const qint64 now = m_db.clock().nowMs();
    r.createdAt = draft.createdAt > 0 ? draft.createdAt : now;
    if (draft.createdAt > 0 && (r.createdAt > now || (order->shippedAt && r.createdAt < *order->shippedAt)))
        return fail(ErrorCode::Invalid,
                    tr("A return of order %1 cannot be dated before the order shipped or in the future.")
                        .arg(order->number),
                    u"created_at"_qs);
    r.refundAmount = 0;
    for (qsizetype i = 0; i < r.lines.size(); ++i) {
        ReturnLine& l = r.lines[i];
        const auto line = std::find_if(order->lines.cbegin(), order->lines.cend(),
                                       [&](const OrderLine& ol) { return ol.id == l.orderLineId; });
        if (line == order->lines.cend())
            return fail(ErrorCode::Invalid,
                        tr("Return line %1 is not a line of order %2.").arg(i + 1).arg(order->number),
                        u"line"_qs);
        if (l.quantity.milli() <= 0)
            return fail(ErrorCode::Invalid, tr("The quantity on return line %1 must be positive.").arg(i + 1),
                        u"quantity"_qs);
        const Quantity most = canReturn.value(l.orderLineId);
        if (l.quantity > most)
            return fail(
                ErrorCode::Conflict,
                tr("Only %1 of %2 can be returned (shipped, less what is already returned or in an open "
                   "return).")
                    .arg(most.toLocaleString(), line->sku),
                u"quantity"_qs);
        canReturn[l.orderLineId] = most - l.quantity;
        l.id = Id::create();
        l.productId = line->productId;
        l.sku = line->sku;
        l.name = line->name;
        if (l.refund <= 0)
            l.refund = Decimal::mulDivRound(line->total, l.quantity.milli(), line->quantity.milli());
        if (l.refund > line->total)
            return fail(ErrorCode::Invalid,
                        tr("The refund on return line %1 is more than the line cost.").arg(i + 1),
                        u"refund"_qs);
        r.refundAmount += l.refund;
    }
    auto number = DocumentNumbers::next(c, u"RMA", 5, "returns");
    if (!number)
        return fail(number.error());
    r.number = *number;
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"returns", r.id, ChangeOp::Insert, payloadOf(r));
    if (!hlc)
        return fail(hlc.error());
    auto q =
        c.query("INSERT INTO returns(id, number, order_id, customer_id, status, resolution, refund_amount, "
                "note, created_at, hlc) VALUES(?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)");
    q.bindAll(r.id, r.number, r.orderId, r.customerId,
              r.resolution == ReturnResolution::Exchange ? u"exchange"_qs : u"refund"_qs, r.refundAmount,
              r.note, r.createdAt, *hlc);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    for (const ReturnLine& l : r.lines) {
        auto lh = ChangeLog::record(m_db, c, actor.userId, u"return_lines", l.id, ChangeOp::Insert,
                                    {{u"return_id"_qs, r.id.toString()},
                                     {u"order_line_id"_qs, l.orderLineId.toString()},
                                     {u"product_id"_qs, l.productId.toString()},
                                     {u"quantity"_qs, double(l.quantity.milli())},
                                     {u"reason"_qs, OrderKinds::returnReasonCode(l.reason)},
                                     {u"condition"_qs, l.condition},
                                     {u"decision"_qs, OrderKinds::returnDecisionCode(l.decision)},
                                     {u"refund"_qs, double(l.refund)}});
        if (!lh)
            return fail(lh.error());
        auto li =
            c.query("INSERT INTO return_lines(id, return_id, order_line_id, product_id, quantity, reason, "
                    "condition, decision, refund, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        li.bindAll(l.id, r.id, l.orderLineId, l.productId, l.quantity.milli(),
                   OrderKinds::returnReasonCode(l.reason), l.condition,
                   OrderKinds::returnDecisionCode(l.decision), l.refund, *lh);
        if (auto ok = li.run(); !ok)
            return fail(ok.error());
    }
    if (auto ok = AuditLog::record(c, actor, r.createdAt, u"return.create", u"return", r.id,
                                   tr("%1 for order %2").arg(r.number, order->number), {}, payloadOf(r));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT returnsChanged();
    return returnById(actor, r.id);
}

Result<void> ReturnService::setStatus(Connection& c, const Actor& actor, Return& r, ReturnStatus status)
{
    const QJsonObject before = payloadOf(r);
    r.status = status;
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"returns", r.id, ChangeOp::Update, payloadOf(r));
    if (!hlc)
        return fail(hlc.error());
    auto q =
        c.query("UPDATE returns SET status = ?, received_at = ?, refunded_at = ?, exchange_order_id = ?, "
                "hlc = ? WHERE id = ?");
    q.bindAll(OrderKinds::returnStatusCode(status), r.receivedAt, r.refundedAt, r.exchangeOrderId, *hlc,
              r.id);
    if (auto ok = q.run(); !ok)
        return ok;
    return AuditLog::record(c, actor, m_db.clock().nowMs(),
                            QString(u"return." + OrderKinds::returnStatusCode(status)), u"return", r.id,
                            r.number, before, payloadOf(r));
}

Result<Return> ReturnService::receive(const Actor& actor, const Id& returnId, qint64 at)
{
    if (auto ok = require(actor, Permission::ManageReturns); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto r =
        loadIn(c, returnId, ReturnStatus::Open, tr("Return %1 is %2; only an open return can be received."));
    if (!r)
        return fail(r.error());
    auto order = m_orders.order(actor, r->orderId);
    if (!order)
        return fail(order.error());
    const qint64 when = at > 0 ? at : m_db.clock().nowMs();
    MovementDraft back;
    back.kind = MovementKind::CustomerReturn;
    back.reason = MovementReasons::Returned.toString();
    back.occurredAt = when;
    back.note = r->number;
    back.refKind = u"return"_qs;
    back.refId = r->id;
    MovementDraft writeOff;
    writeOff.kind = MovementKind::Adjustment;
    writeOff.reason = MovementReasons::WriteOff.toString();
    writeOff.occurredAt = when;
    writeOff.note = r->number;
    for (const ReturnLine& l : r->lines) {
        const auto line = std::find_if(order->lines.cbegin(), order->lines.cend(),
                                       [&](const OrderLine& ol) { return ol.id == l.orderLineId; });
        if (line == order->lines.cend())
            return fail(ErrorCode::NotFound,
                        tr("A line of return %1 is no longer on its order.").arg(r->number));
        Id to = line->locationId.isNull() ? StockService::mainLocationId() : line->locationId;
        if (l.decision != ReturnDecision::Restock) {
            auto q = c.query(
                "SELECT id FROM locations WHERE kind = 'quarantine' AND archived = 0 AND warehouse_id = "
                "(SELECT warehouse_id FROM locations WHERE id = ?) ORDER BY priority LIMIT 1");
            q.bind(to);
            auto row = q.next();
            if (!row)
                return fail(row.error());
            to = *row ? q.id(0) : StockService::quarantineLocationId();
            q.reset();
        }
        // The cost frozen at shipment, also for a user who may not see costs (the order read for
        // them leaves it out), so the goods come back at the same value whoever receives them.
        auto cost = c.query("SELECT unit_cost FROM sales_order_lines WHERE id = ?");
        cost.bind(l.orderLineId);
        auto costRow = cost.next();
        if (!costRow)
            return fail(costRow.error());
        const std::optional<qint64> unitCost = *costRow ? cost.optInt64(0) : std::nullopt;
        cost.reset();
        back.lines.append(MovementLine{l.productId, to, l.quantity, unitCost});
        if (l.decision == ReturnDecision::WriteOff)
            writeOff.lines.append(MovementLine{l.productId, to, -l.quantity, {}});
        auto hlc =
            ChangeLog::record(m_db, c, actor.userId, u"sales_order_lines", l.orderLineId, ChangeOp::Update,
                              {{u"returned"_qs, double((line->returned + l.quantity).milli())}});
        if (!hlc)
            return fail(hlc.error());
        auto upd = c.query("UPDATE sales_order_lines SET returned = returned + ?, hlc = ? WHERE id = ?");
        upd.bindAll(l.quantity.milli(), *hlc, l.orderLineId);
        if (auto ok = upd.run(); !ok)
            return fail(ok.error());
    }
    if (auto doc = m_stock.post(actor, back); !doc)
        return fail(doc.error());
    if (!writeOff.lines.isEmpty()) {
        if (auto doc = m_stock.post(actor, writeOff); !doc)
            return fail(doc.error());
    }
    r->receivedAt = when;
    if (auto ok = setStatus(c, actor, *r, ReturnStatus::Received); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT returnsChanged();
    return r;
}

Result<Return> ReturnService::close(const Actor& actor, const Id& returnId, qint64 at)
{
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto r = loadIn(c, returnId, ReturnStatus::Received,
                    tr("Return %1 is %2; it can be closed once the goods are received."));
    if (!r)
        return fail(r.error());
    const qint64 now = m_db.clock().nowMs();
    const qint64 when = at > 0 ? at : now;
    if (at > 0 && (at > now || (r->receivedAt && at < *r->receivedAt)))
        return fail(
            ErrorCode::Invalid,
            tr("Return %1 cannot be closed before its goods were received or in the future.").arg(r->number),
            u"at"_qs);
    if (r->resolution == ReturnResolution::Refund) {
        if (r->refundAmount > 0) {
            if (auto o = m_orders.recordRefund(actor, r->orderId, r->refundAmount, r->number); !o)
                return fail(o.error());
        }
        r->refundedAt = when;
    } else {
        // The same goods again, at no charge: each line's discount takes its whole amount.
        auto order = m_orders.order(actor, r->orderId);
        if (!order)
            return fail(order.error());
        Order exchange;
        exchange.channel = order->channel;
        exchange.marketplace = order->marketplace;
        exchange.customerId = order->customerId;
        exchange.customerName = order->customerName;
        exchange.shipTo = order->shipTo;
        exchange.currency = order->currency;
        exchange.rateE6 = order->rateE6;
        exchange.note = tr("Exchange for %1 (order %2)").arg(r->number, order->number);
        for (const ReturnLine& l : r->lines) {
            auto line = m_orders.lineFor(actor, exchange, l.productId, l.quantity);
            if (!line)
                return fail(line.error());
            line->lineDiscount = OrderMath::lineAmount(line->unitPrice, l.quantity);
            exchange.lines.append(*line);
        }
        auto created = m_orders.create(actor, exchange);
        if (!created)
            return fail(created.error());
        r->exchangeOrderId = created->id;
    }
    if (auto ok = setStatus(c, actor, *r, ReturnStatus::Closed); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT returnsChanged();
    return r;
}

Result<Return> ReturnService::cancel(const Actor& actor, const Id& returnId)
{
    if (auto ok = require(actor, Permission::ManageReturns); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto r =
        loadIn(c, returnId, ReturnStatus::Open, tr("Return %1 is %2; only an open return can be cancelled."));
    if (!r)
        return fail(r.error());
    if (auto ok = setStatus(c, actor, *r, ReturnStatus::Cancelled); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT returnsChanged();
    return r;
}

Result<QList<ReturnRateRow>> ReturnService::returnRates(const Actor& actor, qint64 from, qint64 to,
                                                        bool byReason)
{
    Q_UNUSED(actor);
    // Units shipped in the period (orders shipped in it), and of those lines the units returned.
    const QByteArray shippedIn = "o.shipped_at >= ?1 AND o.shipped_at < ?2 AND l.shipped > 0";
    QByteArray sql;
    if (byReason) {
        sql = "SELECT l.product_id, MIN(l.sku), MIN(l.name), rl.reason, "
              "(SELECT SUM(l2.shipped) FROM sales_order_lines l2 JOIN sales_orders o2 ON o2.id = l2.order_id "
              "  WHERE l2.product_id = l.product_id AND o2.shipped_at >= ?1 AND o2.shipped_at < ?2), "
              "SUM(rl.quantity) FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id "
              "JOIN return_lines rl ON rl.order_line_id = l.id JOIN returns r ON r.id = rl.return_id "
              "AND r.status IN ('received', 'closed') WHERE " +
              shippedIn + " GROUP BY l.product_id, rl.reason ORDER BY MIN(l.sku), rl.reason";
    } else {
        sql = "SELECT l.product_id, MIN(l.sku), MIN(l.name), NULL, SUM(l.shipped), SUM(l.returned) "
              "FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id WHERE " +
              shippedIn + " GROUP BY l.product_id ORDER BY MIN(l.sku)";
    }
    auto q = m_db.connection().query(sql);
    q.bindAll(from, to > 0 ? to : std::numeric_limits<qint64>::max());
    QList<ReturnRateRow> rows;
    if (auto ok = q.forEachRow([&] {
            ReturnRateRow r;
            r.productId = q.id(0);
            r.sku = q.text(1);
            r.name = q.text(2);
            if (!q.isNull(3))
                r.reason = OrderKinds::returnReasonFromCode(q.text(3));
            r.shipped = Quantity::fromMilli(q.int64(4));
            r.returned = Quantity::fromMilli(q.int64(5));
            r.rateBp = r.shipped.milli() > 0
                           ? int((r.returned.milli() * 10000 + r.shipped.milli() / 2) / r.shipped.milli())
                           : 0;
            rows.append(r);
        });
        !ok)
        return fail(ok.error());
    return rows;
}

} // namespace kontor

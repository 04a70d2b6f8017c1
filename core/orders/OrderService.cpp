#include "OrderService.h"

#include "OrderMath.h"
#include "common/Decimal.h"
#include "security/AuditLog.h"
#include "stock/StockService.h"
#include "storage/ChangeLog.h"
#include "storage/DocumentNumbers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace kontor {

namespace {

constexpr qint64 RateOne = 1000000;

// Sets a flag for the length of a command, so the service ignores the stock signals it causes.
class BusyScope
{
public:
    explicit BusyScope(bool& flag)
        : m_flag(flag)
        , m_was(flag)
    {
        m_flag = true;
    }
    ~BusyScope() { m_flag = m_was; }
    BusyScope(const BusyScope&) = delete;
    BusyScope& operator=(const BusyScope&) = delete;

private:
    bool& m_flag;
    bool m_was;
};

constexpr QByteArrayView OrderColumns =
    "local_id, id, number, channel, marketplace, external_ref, customer_id, customer_name, ship_to, status, "
    "ordered_at, currency, rate_e6, prices_include_vat, order_discount, shipping_charge, subtotal, "
    "vat_total, "
    "total, payment_status, payment_method, paid_amount, refunded_amount, shipping_cost, commission, "
    "payment_fee, location_id, carrier_id, shipping_service, tracking_number, ship_by, promised_delivery, "
    "shipped_at, delivered_at, delay_reason, split_from, note, created_at, updated_at";

constexpr QByteArrayView LineColumns =
    "id, position, product_id, sku, name, quantity, unit_price, line_discount, order_discount, vat_bp, net, "
    "vat, "
    "total, price_overridden, location_id, reserved, picked, shipped, returned, unit_cost, dropship";

Order readOrder(Query& q)
{
    Order o;
    o.localId = q.int64(0);
    o.id = q.id(1);
    o.number = q.text(2);
    o.channel = OrderKinds::channelFromCode(q.text(3)).value_or(SalesChannel::Site);
    o.marketplace = q.text(4);
    o.externalRef = q.text(5);
    o.customerId = q.id(6);
    o.customerName = q.text(7);
    o.shipTo = q.text(8);
    o.status = OrderKinds::statusFromCode(q.text(9)).value_or(OrderStatus::Draft);
    o.orderedAt = q.int64(10);
    o.currency = q.text(11);
    o.rateE6 = q.int64(12);
    o.pricesIncludeVat = q.int64(13) != 0;
    o.orderDiscount = q.int64(14);
    o.shippingCharge = q.int64(15);
    o.subtotal = q.int64(16);
    o.vatTotal = q.int64(17);
    o.total = q.int64(18);
    o.paymentStatus = OrderKinds::paymentStatusFromCode(q.text(19)).value_or(PaymentStatus::Unpaid);
    o.paymentMethod = OrderKinds::paymentMethodFromCode(q.text(20)).value_or(PaymentMethod::Card);
    o.paidAmount = q.int64(21);
    o.refundedAmount = q.int64(22);
    o.shippingCost = q.int64(23);
    o.commission = q.int64(24);
    o.paymentFee = q.int64(25);
    o.locationId = q.id(26);
    o.carrierId = q.id(27);
    o.shippingService = q.text(28);
    o.trackingNumber = q.text(29);
    o.shipBy = q.optInt64(30);
    o.promisedDelivery = q.optInt64(31);
    o.shippedAt = q.optInt64(32);
    o.deliveredAt = q.optInt64(33);
    o.delayReason = q.text(34);
    o.splitFrom = q.id(35);
    o.note = q.text(36);
    o.createdAt = q.int64(37);
    o.updatedAt = q.int64(38);
    return o;
}

OrderLine readLine(Query& q)
{
    OrderLine l;
    l.id = q.id(0);
    l.position = int(q.int64(1));
    l.productId = q.id(2);
    l.sku = q.text(3);
    l.name = q.text(4);
    l.quantity = Quantity::fromMilli(q.int64(5));
    l.unitPrice = q.int64(6);
    l.lineDiscount = q.int64(7);
    l.orderDiscount = q.int64(8);
    if (!q.isNull(9))
        l.vatBp = int(q.int64(9));
    l.net = q.int64(10);
    l.vat = q.int64(11);
    l.total = q.int64(12);
    l.priceOverridden = q.int64(13) != 0;
    l.locationId = q.id(14);
    l.reserved = Quantity::fromMilli(q.int64(15));
    l.picked = Quantity::fromMilli(q.int64(16));
    l.shipped = Quantity::fromMilli(q.int64(17));
    l.returned = Quantity::fromMilli(q.int64(18));
    l.unitCost = q.optInt64(19);
    l.dropship = q.int64(20) != 0;
    return l;
}

QJsonValue optional(const std::optional<qint64>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonObject headerPayload(const Order& o)
{
    return {{u"number"_qs, o.number},
            {u"channel"_qs, OrderKinds::channelCode(o.channel)},
            {u"marketplace"_qs, o.marketplace},
            {u"external_ref"_qs, o.externalRef},
            {u"customer_id"_qs, o.customerId.toString()},
            {u"customer_name"_qs, o.customerName},
            {u"ship_to"_qs, o.shipTo},
            {u"status"_qs, OrderKinds::statusCode(o.status)},
            {u"ordered_at"_qs, double(o.orderedAt)},
            {u"currency"_qs, o.currency},
            {u"rate_e6"_qs, double(o.rateE6)},
            {u"prices_include_vat"_qs, o.pricesIncludeVat},
            {u"order_discount"_qs, double(o.orderDiscount)},
            {u"shipping_charge"_qs, double(o.shippingCharge)},
            {u"total"_qs, double(o.total)},
            {u"payment_status"_qs, OrderKinds::paymentStatusCode(o.paymentStatus)},
            {u"payment_method"_qs, OrderKinds::paymentMethodCode(o.paymentMethod)},
            {u"paid_amount"_qs, double(o.paidAmount)},
            {u"refunded_amount"_qs, double(o.refundedAmount)},
            {u"shipping_cost"_qs, double(o.shippingCost)},
            {u"commission"_qs, double(o.commission)},
            {u"payment_fee"_qs, double(o.paymentFee)},
            {u"location_id"_qs, o.locationId.toString()},
            {u"carrier_id"_qs, o.carrierId.toString()},
            {u"shipping_service"_qs, o.shippingService},
            {u"tracking_number"_qs, o.trackingNumber},
            {u"ship_by"_qs, optional(o.shipBy)},
            {u"promised_delivery"_qs, optional(o.promisedDelivery)},
            {u"shipped_at"_qs, optional(o.shippedAt)},
            {u"delivered_at"_qs, optional(o.deliveredAt)},
            {u"delay_reason"_qs, o.delayReason},
            {u"split_from"_qs, o.splitFrom.toString()},
            {u"note"_qs, o.note}};
}

QJsonObject linePayload(const Order& o, const OrderLine& l)
{
    return {{u"order_id"_qs, o.id.toString()},
            {u"position"_qs, l.position},
            {u"product_id"_qs, l.productId.toString()},
            {u"sku"_qs, l.sku},
            {u"name"_qs, l.name},
            {u"quantity"_qs, double(l.quantity.milli())},
            {u"unit_price"_qs, double(l.unitPrice)},
            {u"line_discount"_qs, double(l.lineDiscount)},
            {u"vat_bp"_qs, l.vatBp ? QJsonValue(*l.vatBp) : QJsonValue()},
            {u"price_overridden"_qs, l.priceOverridden},
            {u"location_id"_qs, l.locationId.toString()},
            {u"reserved"_qs, double(l.reserved.milli())},
            {u"picked"_qs, double(l.picked.milli())},
            {u"shipped"_qs, double(l.shipped.milli())},
            {u"returned"_qs, double(l.returned.milli())},
            {u"unit_cost"_qs, optional(l.unitCost)},
            {u"dropship"_qs, l.dropship}};
}

PaymentStatus paymentStatusOf(const Order& o)
{
    if (o.refundedAmount > 0 && o.refundedAmount >= o.paidAmount)
        return PaymentStatus::Refunded;
    if (o.paidAmount <= 0)
        return PaymentStatus::Unpaid;
    return o.paidAmount >= o.total ? PaymentStatus::Paid : PaymentStatus::Partial;
}

qint64 toShop(qint64 amount, qint64 rateE6)
{
    return Decimal::mulDivRound(amount, rateE6, RateOne);
}

struct CatalogItem
{
    QString sku;
    QString name;
    qint64 price = 0; // sale price when set, else list price (shop currency)
    std::optional<int> vatBp;
    bool archived = false;
};

Result<CatalogItem> catalogItem(Connection& c, const Id& productId)
{
    auto q = c.query("SELECT sku, name, COALESCE(sale_price, list_price), vat_rate, archived FROM products "
                     "WHERE id = ? AND deleted = 0");
    q.bind(productId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("kontor::OrderService", "A line's product does not exist."),
                    u"product"_qs);
    CatalogItem item{q.text(0), q.text(1), q.int64(2), std::nullopt, q.int64(4) != 0};
    if (!q.isNull(3))
        item.vatBp = int(q.int64(3));
    return item;
}

} // namespace

OrderService::OrderService(Database& db, StockService& stock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_stock(stock)
    , m_prices(db)
{
    connect(&m_stock, &StockService::stockChanged, this, &OrderService::onStockChanged);
}

// ---- the state machine ---------------------------------------------------------------------------

QList<OrderStatus> OrderService::allowedTransitions(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return {OrderStatus::Confirmed, OrderStatus::Cancelled};
    case OrderStatus::Confirmed:
        return {OrderStatus::Picking, OrderStatus::Shipped, OrderStatus::Draft, OrderStatus::Cancelled};
    case OrderStatus::Picking:
        return {OrderStatus::Packed, OrderStatus::Shipped, OrderStatus::Cancelled};
    case OrderStatus::Packed:
        return {OrderStatus::Shipped, OrderStatus::Cancelled};
    case OrderStatus::Shipped:
        return {OrderStatus::Delivered, OrderStatus::NotCollected, OrderStatus::Refused};
    case OrderStatus::Delivered:
    case OrderStatus::NotCollected:
    case OrderStatus::Refused:
    case OrderStatus::Cancelled:
        return {};
    }
    return {};
}

bool OrderService::canTransition(OrderStatus from, OrderStatus to)
{
    return allowedTransitions(from).contains(to);
}

Result<void> OrderService::checkTransition(const Order& order, OrderStatus to) const
{
    if (canTransition(order.status, to))
        return {};
    const QString from = OrderKinds::statusName(order.status);
    QString why;
    switch (order.status) {
    case OrderStatus::Shipped:
    case OrderStatus::Delivered:
        why = to == OrderStatus::Cancelled ? tr("The goods have left: open a return instead.")
                                           : tr("The goods have already left.");
        break;
    case OrderStatus::Cancelled:
        why = tr("A cancelled order stays cancelled.");
        break;
    case OrderStatus::NotCollected:
    case OrderStatus::Refused:
        why = tr("The goods came back; the order is closed.");
        break;
    case OrderStatus::Draft:
        why = tr("Confirm it first.");
        break;
    default:
        break;
    }
    return fail(ErrorCode::Conflict,
                tr("Order %1 is %2 and cannot become %3.")
                        .arg(order.number, from.toLower(), OrderKinds::statusName(to).toLower()) +
                    (why.isEmpty() ? QString() : u' ' + why),
                u"status"_qs);
}

// ---- reading --------------------------------------------------------------------------------------

Result<Order> OrderService::load(Connection& c, const Id& orderId, bool withCosts)
{
    auto q = c.query(QByteArray("SELECT " + OrderColumns.toByteArray() + " FROM sales_orders WHERE id = ?"));
    q.bind(orderId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The order does not exist."));
    Order o = readOrder(q);
    q.reset();
    auto lines =
        c.query(QByteArray("SELECT " + LineColumns.toByteArray() +
                           " FROM sales_order_lines WHERE order_id = ? ORDER BY position, local_id"));
    lines.bind(orderId);
    if (auto ok = lines.forEachRow([&] {
            o.lines.append(readLine(lines));
            if (!withCosts)
                o.lines.last().unitCost.reset();
        });
        !ok)
        return fail(ok.error());
    return o;
}

Result<Order> OrderService::order(const Actor& actor, const Id& orderId)
{
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    return load(c, orderId, actor.can(Permission::ViewCosts));
}

Result<Order> OrderService::orderByNumber(const Actor& actor, const QString& number)
{
    auto q = m_db.connection().query("SELECT id FROM sales_orders WHERE number = ? OR external_ref = ? "
                                     "ORDER BY number = ? DESC LIMIT 1");
    q.bindAll(number.trimmed(), number.trimmed(), number.trimmed());
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no order %1.").arg(number));
    const Id id = q.id(0);
    q.reset();
    return order(actor, id);
}

Result<QList<OrderEvent>> OrderService::events(const Actor& actor, const Id& orderId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT id, from_status, to_status, at, user_name, note FROM "
                                     "sales_order_events WHERE order_id = ? ORDER BY at, local_id");
    q.bind(orderId);
    QList<OrderEvent> events;
    if (auto ok = q.forEachRow([&] {
            events.append(OrderEvent{q.id(0),
                                     OrderKinds::statusFromCode(q.text(1)).value_or(OrderStatus::Draft),
                                     OrderKinds::statusFromCode(q.text(2)).value_or(OrderStatus::Draft),
                                     q.int64(3), q.text(4), q.text(5)});
        });
        !ok)
        return fail(ok.error());
    return events;
}

namespace {

// The WHERE clause of the orders list and its bindings, in order.
struct ListQuery
{
    QByteArray where;
    QList<QVariant> binds;
};

ListQuery listQuery(const OrderFilter& f, qint64 now)
{
    ListQuery lq;
    QByteArrayList parts;
    if (!f.statuses.isEmpty()) {
        QByteArrayList marks;
        for (OrderStatus s : f.statuses) {
            marks.append("?");
            lq.binds.append(OrderKinds::statusCode(s));
        }
        parts.append("status IN (" + marks.join(", ") + ")");
    }
    if (f.channel) {
        parts.append("channel = ?");
        lq.binds.append(OrderKinds::channelCode(*f.channel));
    }
    if (f.from > 0) {
        parts.append("ordered_at >= ?");
        lq.binds.append(f.from);
    }
    if (f.to > 0) {
        parts.append("ordered_at < ?");
        lq.binds.append(f.to);
    }
    if (f.paid == PaidFilter::Paid)
        parts.append("payment_status = 'paid'");
    else if (f.paid == PaidFilter::Unpaid)
        parts.append("payment_status IN ('unpaid', 'partial')");
    if (f.overdueToShip) {
        parts.append("status IN ('confirmed', 'picking', 'packed') AND ship_by IS NOT NULL AND ship_by < ?");
        lq.binds.append(now);
    }
    if (!f.customerId.isNull()) {
        parts.append("customer_id = ?");
        lq.binds.append(f.customerId.toBytes());
    }
    const QString text = f.text.trimmed();
    if (text.size() >= 3) {
        // Trigrams: any part of the number, marketplace or tracking number, or customer name.
        parts.append("local_id IN (SELECT rowid FROM sales_orders_fts WHERE sales_orders_fts MATCH ?)");
        lq.binds.append(QString(u'"' + QString(text).replace(u'"', u"\"\""_qs) + u'"'));
    } else if (!text.isEmpty()) {
        // Too short for a trigram: the start of the number, or an exact reference.
        parts.append("(number LIKE ? || '%' OR external_ref = ? OR tracking_number = ?)");
        for (int i = 0; i < 3; ++i)
            lq.binds.append(text);
    }
    if (!parts.isEmpty())
        lq.where = " WHERE " + parts.join(" AND ");
    return lq;
}

void bindList(Query& q, const QList<QVariant>& binds)
{
    for (const QVariant& v : binds) {
        if (v.typeId() == QMetaType::QByteArray)
            q.bind(v.toByteArray());
        else if (v.typeId() == QMetaType::QString)
            q.bind(v.toString());
        else
            q.bind(v.toLongLong());
    }
}

} // namespace

Result<QList<OrderListRow>> OrderService::list(const Actor& actor, const OrderFilter& filter, int offset,
                                               int limit, std::optional<OrderPageAnchor> anchor,
                                               int knownCount)
{
    Q_UNUSED(actor);
    ListQuery lq = listQuery(filter, m_db.clock().nowMs());
    // Read backwards (oldest first, then reversed) when that is the shorter way.
    bool backwards = false;
    if (anchor) {
        backwards = anchor->before;
        lq.where += QByteArray(lq.where.isEmpty() ? " WHERE " : " AND ") +
                    (backwards ? "(ordered_at, local_id) > (?, ?)" : "(ordered_at, local_id) < (?, ?)");
        lq.binds.append(anchor->orderedAt);
        lq.binds.append(anchor->localId);
        offset = 0;
    } else if (knownCount > 0 && offset > knownCount / 2) {
        backwards = true;
        limit = std::min(limit, knownCount - offset);
        offset = std::max(0, knownCount - offset - limit);
        if (limit <= 0)
            return QList<OrderListRow>();
    }
    auto q = m_db.connection().query(QByteArray(
        "SELECT local_id, id, number, status, channel, ordered_at, customer_name, total, currency, "
        "payment_status, ship_by, tracking_number FROM sales_orders" +
        lq.where +
        (backwards ? " ORDER BY ordered_at, local_id LIMIT ? OFFSET ?"
                   : " ORDER BY ordered_at DESC, local_id DESC LIMIT ? OFFSET ?")));
    bindList(q, lq.binds);
    q.bindAll(qint64(limit), qint64(offset));
    QList<OrderListRow> rows;
    rows.reserve(limit);
    if (auto ok = q.forEachRow([&] {
            OrderListRow r;
            r.localId = q.int64(0);
            r.id = q.id(1);
            r.number = q.text(2);
            r.status = OrderKinds::statusFromCode(q.text(3)).value_or(OrderStatus::Draft);
            r.channel = OrderKinds::channelFromCode(q.text(4)).value_or(SalesChannel::Site);
            r.orderedAt = q.int64(5);
            r.customerName = q.text(6);
            r.total = q.int64(7);
            r.currency = q.text(8);
            r.paymentStatus = OrderKinds::paymentStatusFromCode(q.text(9)).value_or(PaymentStatus::Unpaid);
            r.shipBy = q.optInt64(10);
            r.trackingNumber = q.text(11);
            rows.append(std::move(r));
        });
        !ok)
        return fail(ok.error());
    if (backwards)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<int> OrderService::count(const Actor& actor, const OrderFilter& filter)
{
    Q_UNUSED(actor);
    const ListQuery lq = listQuery(filter, m_db.clock().nowMs());
    auto q = m_db.connection().query(QByteArray("SELECT COUNT(*) FROM sales_orders" + lq.where));
    bindList(q, lq.binds);
    auto n = q.scalarInt();
    if (!n)
        return fail(n.error());
    return int(n->value_or(0));
}

// ---- writing --------------------------------------------------------------------------------------

Result<void> OrderService::writeOrder(Connection& c, const Actor& actor, Order& o, bool insert, bool index)
{
    o.updatedAt = m_db.clock().nowMs();
    if (insert)
        o.createdAt = o.updatedAt;
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"sales_orders", o.id,
                                 insert ? ChangeOp::Insert : ChangeOp::Update, headerPayload(o));
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO sales_orders(id, number, channel, marketplace, external_ref, customer_id, "
        "customer_name, "
        "ship_to, status, ordered_at, currency, rate_e6, prices_include_vat, order_discount, "
        "shipping_charge, "
        "subtotal, vat_total, total, payment_status, payment_method, paid_amount, refunded_amount, "
        "shipping_cost, "
        "commission, payment_fee, location_id, carrier_id, shipping_service, tracking_number, ship_by, "
        "promised_delivery, shipped_at, delivered_at, delay_reason, split_from, note, hlc, created_at, "
        "updated_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
        "?21, "
        "?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39) "
        "ON CONFLICT(id) DO UPDATE SET channel = ?3, marketplace = ?4, external_ref = ?5, customer_id = ?6, "
        "customer_name = ?7, ship_to = ?8, status = ?9, ordered_at = ?10, currency = ?11, rate_e6 = ?12, "
        "prices_include_vat = ?13, order_discount = ?14, shipping_charge = ?15, subtotal = ?16, vat_total = "
        "?17, "
        "total = ?18, payment_status = ?19, payment_method = ?20, paid_amount = ?21, refunded_amount = ?22, "
        "shipping_cost = ?23, commission = ?24, payment_fee = ?25, location_id = ?26, carrier_id = ?27, "
        "shipping_service = ?28, tracking_number = ?29, ship_by = ?30, promised_delivery = ?31, shipped_at = "
        "?32, "
        "delivered_at = ?33, delay_reason = ?34, split_from = ?35, note = ?36, hlc = ?37, updated_at = ?39");
    q.bindAll(o.id, o.number, OrderKinds::channelCode(o.channel), o.marketplace, o.externalRef, o.customerId,
              o.customerName, o.shipTo, OrderKinds::statusCode(o.status), o.orderedAt, o.currency, o.rateE6,
              o.pricesIncludeVat, o.orderDiscount, o.shippingCharge, o.subtotal, o.vatTotal, o.total,
              OrderKinds::paymentStatusCode(o.paymentStatus), OrderKinds::paymentMethodCode(o.paymentMethod),
              o.paidAmount, o.refundedAmount, o.shippingCost, o.commission, o.paymentFee, o.locationId,
              o.carrierId, o.shippingService, o.trackingNumber, o.shipBy, o.promisedDelivery, o.shippedAt,
              o.deliveredAt, o.delayReason, o.splitFrom, o.note, *hlc, o.createdAt, o.updatedAt);
    if (auto ok = q.run(); !ok)
        return ok;
    if (insert) {
        o.localId = c.lastInsertRowId();
        if (index) {
            auto fts = c.query("INSERT INTO sales_orders_fts(rowid, number, external_ref, tracking_number, "
                               "customer_name) VALUES(?, ?, ?, ?, ?)");
            fts.bindAll(o.localId, o.number, o.externalRef, o.trackingNumber, o.customerName);
            return fts.run();
        }
    }
    return {};
}

Result<void> OrderService::writeLines(Connection& c, const Actor& actor, Order& o)
{
    QSet<Id> kept;
    int position = 0;
    for (OrderLine& l : o.lines) {
        if (l.id.isNull())
            l.id = Id::create();
        l.position = ++position;
        kept.insert(l.id);
        auto hlc = ChangeLog::record(m_db, c, actor.userId, u"sales_order_lines", l.id, ChangeOp::Update,
                                     linePayload(o, l));
        if (!hlc)
            return fail(hlc.error());
        auto q = c.query(
            "INSERT INTO sales_order_lines(id, order_id, position, product_id, sku, name, quantity, "
            "unit_price, "
            "line_discount, order_discount, vat_bp, net, vat, total, price_overridden, location_id, "
            "reserved, "
            "picked, shipped, returned, unit_cost, hlc, dropship) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
            "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23) "
            "ON CONFLICT(id) DO UPDATE SET order_id = ?2, position = ?3, product_id = ?4, sku = ?5, name = "
            "?6, "
            "quantity = ?7, unit_price = ?8, line_discount = ?9, order_discount = ?10, vat_bp = ?11, net = "
            "?12, "
            "vat = ?13, total = ?14, price_overridden = ?15, location_id = ?16, reserved = ?17, picked = "
            "?18, "
            "shipped = ?19, returned = ?20, unit_cost = ?21, hlc = ?22, dropship = ?23");
        q.bindAll(l.id, o.id, l.position, l.productId, l.sku, l.name, l.quantity.milli(), l.unitPrice,
                  l.lineDiscount, l.orderDiscount, l.vatBp ? std::optional<qint64>(*l.vatBp) : std::nullopt,
                  l.net, l.vat, l.total, l.priceOverridden, l.locationId, l.reserved.milli(),
                  l.picked.milli(), l.shipped.milli(), l.returned.milli(), l.unitCost, *hlc, l.dropship);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    // Lines removed from a draft.
    auto old = c.query("SELECT id FROM sales_order_lines WHERE order_id = ?");
    old.bind(o.id);
    QList<Id> gone;
    if (auto ok = old.forEachRow([&] {
            if (!kept.contains(old.id(0)))
                gone.append(old.id(0));
        });
        !ok)
        return ok;
    for (const Id& id : gone) {
        auto del = c.query("DELETE FROM sales_order_lines WHERE id = ?");
        del.bind(id);
        if (auto ok = del.run(); !ok)
            return ok;
        if (auto ok =
                ChangeLog::record(m_db, c, actor.userId, u"sales_order_lines", id, ChangeOp::Delete, {});
            !ok)
            return fail(ok.error());
    }
    return {};
}

Result<void> OrderService::recordEvent(Connection& c, const Actor& actor, const Order& o, OrderStatus from,
                                       OrderStatus to, const QString& note)
{
    const Id id = Id::create();
    const qint64 now = m_db.clock().nowMs();
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"sales_order_events", id, ChangeOp::Insert,
                                 {{u"order_id"_qs, o.id.toString()},
                                  {u"from_status"_qs, OrderKinds::statusCode(from)},
                                  {u"to_status"_qs, OrderKinds::statusCode(to)},
                                  {u"at"_qs, double(now)},
                                  {u"user_name"_qs, actor.name},
                                  {u"note"_qs, note}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO sales_order_events(id, order_id, from_status, to_status, at, user_id, user_name, "
        "note, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(id, o.id, OrderKinds::statusCode(from), OrderKinds::statusCode(to), now, actor.userId,
              actor.name, note, *hlc);
    return q.run();
}

Result<OrderLine> OrderService::lineFor(const Actor& actor, const Id& productId, Quantity quantity)
{
    return lineFor(actor, Order(), productId, quantity);
}

Result<OrderLine> OrderService::lineFor(const Actor& actor, const Order& order, const Id& productId,
                                        Quantity quantity)
{
    Connection& c = m_db.connection();
    auto item = catalogItem(c, productId);
    if (!item)
        return fail(item.error());
    Order context = order;
    auto shop = shopSetup(c);
    if (!shop)
        return fail(shop.error());
    if (auto ok = settleCurrency(actor, *shop, context); !ok)
        return fail(ok.error());
    OrderLine l;
    l.productId = productId;
    l.sku = item->sku;
    l.name = item->name;
    l.quantity = quantity;
    auto price = automaticPrice(c, actor, context, l);
    if (!price)
        return fail(price.error());
    l.unitPrice = *price;
    auto vat = m_prices.vatRateAt(actor, item->vatBp,
                                  context.orderedAt > 0 ? context.orderedAt : m_db.clock().nowMs());
    if (!vat)
        return fail(vat.error());
    l.vatBp = *vat;
    return l;
}

Result<OrderService::ShopSetup> OrderService::shopSetup(Connection& c)
{
    auto shop = c.query("SELECT (SELECT value FROM shop_settings WHERE key = 'currency'), "
                        "(SELECT value FROM shop_settings WHERE key = 'prices_include_vat')");
    if (auto row = shop.next(); !row)
        return fail(row.error());
    ShopSetup setup{shop.text(0), shop.isNull(1) || shop.text(1) != u"0"};
    shop.reset();
    return setup;
}

Result<void> OrderService::settleCurrency(const Actor& actor, const ShopSetup& shop, Order& o)
{
    if (o.currency.isEmpty())
        o.currency = shop.currency;
    if (o.currency.size() != 3)
        return fail(ErrorCode::Invalid, tr("\"%1\" is not a currency code.").arg(o.currency), u"currency"_qs);
    if (o.currency == shop.currency) {
        o.rateE6 = RateOne;
    } else if (o.rateE6 <= 0) {
        // The rate the user keeps for the order's date.
        auto rate = m_prices.rateAt(actor, o.currency, o.orderedAt > 0 ? o.orderedAt : m_db.clock().nowMs());
        if (!rate)
            return fail(rate.error());
        o.rateE6 = *rate;
    }
    return {};
}

Result<qint64> OrderService::automaticPrice(Connection& c, const Actor& actor, const Order& o,
                                            const OrderLine& l)
{
    Id priceList;
    if (!o.customerId.isNull()) {
        auto q = c.query("SELECT price_list_id FROM customers WHERE id = ?");
        q.bind(o.customerId);
        if (auto row = q.next(); !row)
            return fail(row.error());
        priceList = q.id(0);
        q.reset();
    }
    auto quote =
        m_prices.quote(actor, l.productId, OrderKinds::channelCode(o.channel), priceList, l.quantity);
    if (!quote)
        return fail(quote.error());
    return o.rateE6 == RateOne || o.rateE6 <= 0 ? quote->price
                                                : Decimal::mulDivRound(quote->price, RateOne, o.rateE6);
}

Result<void> OrderService::checkDraft(Connection& c, const Actor& actor, Order& o,
                                      const QHash<Id, qint64>& approvedPrices)
{
    if (auto ok = require(actor, Permission::ManageOrders); !ok)
        return ok;
    auto shop = shopSetup(c);
    if (!shop)
        return fail(shop.error());
    if (o.orderedAt <= 0)
        o.orderedAt = m_db.clock().nowMs();
    if (auto ok = settleCurrency(actor, *shop, o); !ok)
        return ok;
    if (o.status == OrderStatus::Draft && o.localId == 0)
        o.pricesIncludeVat = shop->pricesIncludeVat;
    if (o.orderDiscount < 0 || o.shippingCharge < 0 || o.shippingCost < 0 || o.commission < 0 ||
        o.paymentFee < 0)
        return fail(ErrorCode::Invalid, tr("Discounts, shipping, commission and fees cannot be negative."));
    if (!o.customerId.isNull()) {
        auto cust =
            c.query("SELECT name, (SELECT address FROM customer_addresses a WHERE a.customer_id = c.id "
                    "ORDER BY is_default DESC, local_id LIMIT 1) FROM customers c WHERE id = ?");
        cust.bind(o.customerId);
        auto row = cust.next();
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound, tr("The order's customer does not exist."), u"customer"_qs);
        if (o.customerName.trimmed().isEmpty())
            o.customerName = cust.text(0);
        if (o.shipTo.trimmed().isEmpty())
            o.shipTo = cust.text(1);
        cust.reset();
    }
    const qint64 now = m_db.clock().nowMs();
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        OrderLine& l = o.lines[i];
        const QString where = tr("line %1").arg(i + 1);
        if (l.quantity.milli() <= 0)
            return fail(ErrorCode::Invalid, tr("The quantity on %1 must be positive.").arg(where),
                        u"quantity"_qs);
        if (l.unitPrice < 0 || l.lineDiscount < 0)
            return fail(ErrorCode::Invalid, tr("The price and discount on %1 cannot be negative.").arg(where),
                        u"price"_qs);
        auto item = catalogItem(c, l.productId);
        if (!item)
            return fail(item.error());
        l.sku = item->sku;
        l.name = item->name;
        auto drop = c.query("SELECT dropship FROM product_suppliers WHERE product_id = ?");
        drop.bind(l.productId);
        auto dropship = drop.scalarInt();
        if (!dropship)
            return fail(dropship.error());
        l.dropship = dropship->value_or(0) != 0;
        auto vat = m_prices.vatRateAt(actor, item->vatBp, o.orderedAt);
        if (!vat)
            return fail(vat.error());
        l.vatBp = *vat;
        // Price rules apply by themselves (channel, the customer's price list and its volume tiers);
        // a price the user set stays, and needs OverridePrices unless approved before at that price.
        auto automatic = automaticPrice(c, actor, o, l);
        if (!automatic)
            return fail(automatic.error());
        const qint64 catalogPrice = *automatic;
        if (!l.priceOverridden)
            l.unitPrice = catalogPrice;
        const bool overridden = l.unitPrice != catalogPrice;
        const auto approved = approvedPrices.constFind(l.id);
        if (overridden && (approved == approvedPrices.cend() || *approved != l.unitPrice)) {
            if (auto ok = require(actor, Permission::OverridePrices); !ok)
                return ok;
            if (auto ok = AuditLog::record(c, actor, now, u"order.price_override", u"sales_order", o.id,
                                           tr("%1: %2 instead of %3")
                                               .arg(l.sku, o.money(l.unitPrice).toDisplayString(),
                                                    o.money(catalogPrice).toDisplayString()),
                                           {{u"unit_price"_qs, double(catalogPrice)}},
                                           {{u"unit_price"_qs, double(l.unitPrice)}});
                !ok)
                return ok;
        }
        l.priceOverridden = overridden;
    }
    OrderMath::computeTotals(o);
    o.paymentStatus = paymentStatusOf(o);
    return {};
}

Result<Order> OrderService::newDraft(const Actor& actor)
{
    Q_UNUSED(actor);
    auto shop = shopSetup(m_db.connection());
    if (!shop)
        return fail(shop.error());
    Order o;
    o.currency = shop->currency;
    o.rateE6 = RateOne;
    o.pricesIncludeVat = shop->pricesIncludeVat;
    o.orderedAt = m_db.clock().nowMs();
    return o;
}

Result<Order> OrderService::create(const Actor& actor, const Order& draft)
{
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    Order o = draft;
    o.id = Id::create();
    o.localId = 0;
    o.status = OrderStatus::Draft;
    o.paidAmount = std::max<qint64>(0, o.paidAmount);
    o.refundedAmount = 0;
    o.shippedAt.reset();
    o.deliveredAt.reset();
    for (OrderLine& l : o.lines) {
        l.id = Id();
        l.reserved = l.picked = l.shipped = l.returned = Quantity();
        l.unitCost.reset();
    }
    if (auto ok = checkDraft(c, actor, o, {}); !ok)
        return fail(ok.error());
    auto number = DocumentNumbers::next(c, u"SO", 5, "sales_orders");
    if (!number)
        return fail(number.error());
    o.number = *number;
    if (auto ok = writeOrder(c, actor, o, true); !ok)
        return fail(ok.error());
    if (auto ok = writeLines(c, actor, o); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, o.createdAt, u"order.create", u"sales_order", o.id, o.number, {},
                                   headerPayload(o));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT ordersChanged({o.id});
    return o;
}

Result<Order> OrderService::updateDraft(const Actor& actor, const Order& draft)
{
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto current = load(c, draft.id, true);
    if (!current)
        return fail(current.error());
    if (current->status != OrderStatus::Draft)
        return fail(ErrorCode::Conflict,
                    tr("Order %1 is %2: only a draft can be edited. Take it back to draft first.")
                        .arg(current->number, OrderKinds::statusName(current->status).toLower()));
    Order o = draft;
    o.localId = current->localId;
    o.number = current->number;
    o.status = OrderStatus::Draft;
    o.createdAt = current->createdAt;
    o.refundedAmount = current->refundedAmount;
    o.pricesIncludeVat = current->pricesIncludeVat;
    // A line set by hand before asks no permission again at the same price.
    QHash<Id, qint64> approved;
    for (const OrderLine& l : current->lines) {
        if (l.priceOverridden)
            approved.insert(l.id, l.unitPrice);
    }
    for (OrderLine& l : o.lines)
        l.reserved = l.picked = l.shipped = l.returned = Quantity();
    if (auto ok = checkDraft(c, actor, o, approved); !ok)
        return fail(ok.error());
    if (auto ok = writeOrder(c, actor, o, false); !ok)
        return fail(ok.error());
    if (auto ok = writeLines(c, actor, o); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, o.updatedAt, u"order.update", u"sales_order", o.id, o.number,
                                   headerPayload(*current), headerPayload(o));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT ordersChanged({o.id});
    return o;
}

// ---- allocation and reservation -------------------------------------------------------------------

namespace {

Result<QList<Id>> sellableStorage(Connection& c)
{
    auto q = c.query("SELECT l.id FROM locations l JOIN warehouses w ON w.id = l.warehouse_id "
                     "WHERE l.kind = 'storage' AND l.archived = 0 AND w.kind = 'own' AND w.archived = 0 "
                     "ORDER BY l.priority, l.code");
    QList<Id> ids;
    if (auto ok = q.forEachRow([&] { ids.append(q.id(0)); }); !ok)
        return fail(ok.error());
    return ids;
}

Result<std::optional<Id>> locationOfKind(Connection& c, const Id& sameWarehouseAs, QStringView kind)
{
    auto q =
        c.query("SELECT id FROM locations WHERE kind = ?1 AND archived = 0 AND (?2 IS NULL OR warehouse_id = "
                "(SELECT warehouse_id FROM locations WHERE id = ?2)) ORDER BY priority, code LIMIT 1");
    q.bindAll(kind, sameWarehouseAs);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<Id>();
    return std::optional<Id>(q.id(0));
}

Quantity need(const OrderLine& l)
{
    return l.dropship ? Quantity() : l.quantity - l.shipped - l.reserved;
}

} // namespace

Result<void> OrderService::reserveLines(Connection& c, const Actor& actor, Order& o)
{
    if (o.isFbo()) {
        Id fbo = o.locationId;
        if (fbo.isNull()) {
            auto found = locationOfKind(c, {}, u"fbo");
            if (!found)
                return fail(found.error());
            if (!*found)
                return fail(
                    ErrorCode::Invalid,
                    tr("An FBO order ships from the marketplace's warehouse, and there is none yet. Add "
                       "the marketplace's warehouse on the Stock page first."),
                    u"location"_qs);
            fbo = **found;
        }
        for (OrderLine& l : o.lines)
            l.locationId = fbo;
        return {};
    }
    QList<Id> candidates;
    if (!o.locationId.isNull()) {
        auto loc = m_stock.location(actor, o.locationId);
        if (!loc)
            return fail(loc.error());
        if (!loc->sellable())
            return fail(ErrorCode::Invalid,
                        tr("Orders cannot ship from %1: its stock is not for sale.")
                            .arg(StockService::displayName(*loc)),
                        u"location"_qs);
        candidates = {o.locationId};
    } else {
        auto all = sellableStorage(c);
        if (!all)
            return fail(all.error());
        candidates = *all;
    }
    if (candidates.isEmpty())
        return fail(ErrorCode::Invalid, tr("There is no storage location to ship from."), u"location"_qs);
    // The rule: the first location (by priority) that can ship the whole order, else line by line.
    QHash<Id, qint64> needs;
    for (const OrderLine& l : o.lines) {
        if (need(l).milli() > 0)
            needs[l.productId] += need(l).milli();
    }
    Id whole;
    for (const Id& loc : candidates) {
        bool all = true;
        for (auto it = needs.cbegin(); all && it != needs.cend(); ++it) {
            auto free = m_stock.availableAt(actor, it.key(), loc);
            if (!free)
                return fail(free.error());
            all = free->milli() >= it.value();
        }
        if (all) {
            whole = loc;
            break;
        }
    }
    for (OrderLine& l : o.lines) {
        const Quantity want = need(l);
        if (want.milli() <= 0)
            continue;
        Id from = whole;
        for (qsizetype i = 0; from.isNull() && i < candidates.size(); ++i) {
            auto free = m_stock.availableAt(actor, l.productId, candidates[i]);
            if (!free)
                return fail(free.error());
            if (free->milli() >= want.milli())
                from = candidates[i];
        }
        if (from.isNull()) {
            auto backorders = m_stock.allowsBackorders(actor, l.productId);
            if (!backorders)
                return fail(backorders.error());
            if (!*backorders) {
                auto free = m_stock.available(actor, l.productId);
                if (!free)
                    return fail(free.error());
                return fail(
                    ErrorCode::Conflict,
                    tr("Only %1 of %2 are available; the order needs %3. Reduce the quantity, or allow "
                       "backorders for %2 so that the line waits for stock.")
                        .arg(std::max(*free, Quantity()).toLocaleString(), l.sku, want.toLocaleString()),
                    u"quantity"_qs);
            }
            if (l.locationId.isNull())
                l.locationId = candidates.first(); // waits here for stock
            continue;
        }
        if (auto r = m_stock.reserve(actor, l.productId, from, want, reservationKind(), o.id); !r)
            return fail(r.error());
        l.locationId = from;
        l.reserved = l.reserved + want;
    }
    return {};
}

Result<void> OrderService::releaseAll(Connection& c, const Actor& actor, Order& o)
{
    Q_UNUSED(c);
    if (auto ok = m_stock.releaseReservations(actor, reservationKind(), o.id); !ok)
        return ok;
    for (OrderLine& l : o.lines) {
        l.reserved = Quantity();
        l.picked = Quantity();
    }
    return {};
}

Result<void> OrderService::putBackPicked(Connection& c, const Actor& actor, Order& o)
{
    // Goods picked to a packing location go back to the storage location of their line (a kit's
    // components to the kit line's).
    QHash<Id, Id> home;
    for (const OrderLine& l : o.lines) {
        if (l.picked.milli() <= 0)
            continue;
        home.insert(l.productId, l.locationId);
        auto parts = c.query("SELECT component_id FROM kit_components WHERE kit_id = ?");
        parts.bind(l.productId);
        if (auto ok = parts.forEachRow([&] { home.insert(parts.id(0), l.locationId); }); !ok)
            return ok;
    }
    if (home.isEmpty())
        return {};
    auto reservations = m_stock.reservationsFor(actor, reservationKind(), o.id);
    if (!reservations)
        return fail(reservations.error());
    if (auto ok = m_stock.releaseReservations(actor, reservationKind(), o.id); !ok)
        return ok;
    for (const Reservation& r : *reservations) {
        const Id to = home.value(r.productId);
        if (to.isNull() || to == r.locationId)
            continue;
        if (auto moved = m_stock.transfer(actor, r.productId, r.locationId, to, r.quantity,
                                          MovementReasons::PutBack.toString(), 0,
                                          tr("Order %1 cancelled").arg(o.number));
            !moved)
            return fail(moved.error());
    }
    for (OrderLine& l : o.lines) {
        l.reserved = Quantity();
        l.picked = Quantity();
    }
    return {};
}

// ---- transitions ------------------------------------------------------------------------------------

Result<Order> OrderService::runTransition(const Actor& actor, const Id& orderId, OrderStatus to,
                                          Permission permission, const QString& note,
                                          const std::function<Result<void>(Connection&, Order&)>& work)
{
    if (auto ok = require(actor, permission); !ok)
        return fail(ok.error());
    BusyScope busy(m_busy);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto o = load(c, orderId, true);
    if (!o)
        return fail(o.error());
    if (auto ok = checkTransition(*o, to); !ok)
        return fail(ok.error());
    const OrderStatus from = o->status;
    if (auto ok = work(c, *o); !ok)
        return fail(ok.error());
    o->status = to;
    if (auto ok = writeOrder(c, actor, *o, false); !ok)
        return fail(ok.error());
    if (auto ok = writeLines(c, actor, *o); !ok)
        return fail(ok.error());
    if (auto ok = recordEvent(c, actor, *o, from, to, note); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT ordersChanged({o->id});
    return o;
}

Result<Order> OrderService::confirm(const Actor& actor, const Id& orderId)
{
    return runTransition(
        actor, orderId, OrderStatus::Confirmed, Permission::ManageOrders, {},
        [&](Connection& c, Order& o) -> Result<void> {
            if (o.lines.isEmpty())
                return fail(ErrorCode::Invalid, tr("Order %1 has no lines to confirm.").arg(o.number),
                            u"lines"_qs);
            for (const OrderLine& l : o.lines) {
                auto item = catalogItem(c, l.productId);
                if (!item)
                    return fail(item.error());
                if (item->archived)
                    return fail(ErrorCode::Invalid, tr("%1 is archived and cannot be sold.").arg(l.sku),
                                u"product"_qs);
            }
            return reserveLines(c, actor, o);
        });
}

Result<Order> OrderService::simpleTransition(const Actor& actor, const Id& orderId, OrderStatus to,
                                             Permission permission, const QString& note)
{
    return runTransition(actor, orderId, to, permission, note, [&](Connection& c, Order& o) -> Result<void> {
        switch (to) {
        case OrderStatus::Draft:
            if (auto ok = releaseAll(c, actor, o); !ok)
                return fail(ok.error());
            break;
        case OrderStatus::Picking: {
            const bool anyReserved =
                o.isFbo() || std::any_of(o.lines.cbegin(), o.lines.cend(),
                                         [](const OrderLine& l) { return l.reserved.milli() > 0; });
            if (!anyReserved)
                return fail(
                    ErrorCode::Conflict,
                    tr("Nothing of order %1 can be picked yet: every line waits for stock.").arg(o.number));
            break;
        }
        case OrderStatus::Packed: {
            if (o.isFbo())
                break;
            // Picked goods move to the packing location, reservations with them, so a count of the
            // shelves does not count goods already picked.
            auto reservations = m_stock.reservationsFor(actor, reservationKind(), o.id);
            if (!reservations)
                return fail(reservations.error());
            bool moved = false;
            for (const Reservation& r : *reservations) {
                auto loc = m_stock.location(actor, r.locationId);
                if (!loc)
                    return fail(loc.error());
                if (loc->kind != LocationKind::Storage)
                    continue;
                auto packing = locationOfKind(c, r.locationId, u"packing");
                if (!packing)
                    return fail(packing.error());
                if (!*packing)
                    continue;
                if (!moved) {
                    if (auto ok = m_stock.releaseReservations(actor, reservationKind(), o.id); !ok)
                        return fail(ok.error());
                    moved = true;
                }
                if (auto t = m_stock.transfer(actor, r.productId, r.locationId, **packing, r.quantity,
                                              MovementReasons::Pick.toString(), 0, o.number);
                    !t)
                    return fail(t.error());
            }
            if (moved) {
                // Reserve again, where the goods now are.
                for (const Reservation& r : *reservations) {
                    auto loc = m_stock.location(actor, r.locationId);
                    if (!loc)
                        return fail(loc.error());
                    Id at = r.locationId;
                    if (loc->kind == LocationKind::Storage) {
                        auto packing = locationOfKind(c, r.locationId, u"packing");
                        if (!packing)
                            return fail(packing.error());
                        if (*packing)
                            at = **packing;
                    }
                    if (auto ok =
                            m_stock.reserve(actor, r.productId, at, r.quantity, reservationKind(), o.id);
                        !ok)
                        return fail(ok.error());
                }
                for (OrderLine& l : o.lines)
                    l.picked = l.reserved;
            }
            break;
        }
        case OrderStatus::Delivered:
            o.deliveredAt = m_db.clock().nowMs();
            // Cash on delivery: the carrier collected the money with the parcel.
            if (o.paymentMethod == PaymentMethod::CashOnDelivery && o.paidAmount < o.total) {
                o.paidAmount = o.total;
                o.paymentStatus = paymentStatusOf(o);
            }
            break;
        default:
            break;
        }
        return {};
    });
}

Result<Order> OrderService::backToDraft(const Actor& actor, const Id& orderId)
{
    return simpleTransition(actor, orderId, OrderStatus::Draft, Permission::ManageOrders);
}

Result<Order> OrderService::startPicking(const Actor& actor, const Id& orderId)
{
    return simpleTransition(actor, orderId, OrderStatus::Picking, Permission::FulfilOrders);
}

Result<Order> OrderService::markPacked(const Actor& actor, const Id& orderId)
{
    return simpleTransition(actor, orderId, OrderStatus::Packed, Permission::FulfilOrders);
}

Result<Order> OrderService::markDelivered(const Actor& actor, const Id& orderId, qint64 at)
{
    auto o = simpleTransition(actor, orderId, OrderStatus::Delivered, Permission::FulfilOrders);
    if (!o || at <= 0)
        return o;
    o->deliveredAt = at;
    return updateShipping(actor, *o);
}

Result<Order> OrderService::cancel(const Actor& actor, const Id& orderId, const QString& reason)
{
    return runTransition(
        actor, orderId, OrderStatus::Cancelled, Permission::ManageOrders, reason,
        [&](Connection& c, Order& o) -> Result<void> {
            if (auto ok = putBackPicked(c, actor, o); !ok)
                return ok;
            if (auto ok = releaseAll(c, actor, o); !ok)
                return ok;
            return AuditLog::record(
                c, actor, m_db.clock().nowMs(), u"order.cancel", u"sales_order", o.id, o.number,
                {{u"status"_qs, OrderKinds::statusCode(o.status)}},
                {{u"status"_qs, OrderKinds::statusCode(OrderStatus::Cancelled)}, {u"reason"_qs, reason}});
        });
}

Result<std::optional<qint64>> OrderService::costNow(Connection& c, const Id& productId)
{
    // A kit costs the sum of its components; unknown when any component's cost is.
    auto q = c.query("SELECT CASE WHEN EXISTS(SELECT 1 FROM kit_components WHERE kit_id = ?1) THEN "
                     "  (SELECT CASE WHEN COUNT(*) = COUNT(s.average_cost) THEN "
                     "     SUM((s.average_cost * k.quantity + 500) / 1000) END "
                     "   FROM kit_components k LEFT JOIN stock_costs s ON s.product_id = k.component_id "
                     "   WHERE k.kit_id = ?1) "
                     "ELSE (SELECT average_cost FROM stock_costs WHERE product_id = ?1) END");
    q.bind(productId);
    auto v = q.scalarInt();
    if (!v)
        return fail(v.error());
    return *v;
}

Result<ShipResult> OrderService::ship(const Actor& actor, const Id& orderId, const ShipRequest& request)
{
    if (auto ok = require(actor, Permission::FulfilOrders); !ok)
        return fail(ok.error());
    BusyScope busy(m_busy);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto loaded = load(c, orderId, true);
    if (!loaded)
        return fail(loaded.error());
    Order& o = *loaded;
    if (auto ok = checkTransition(o, OrderStatus::Shipped); !ok)
        return fail(ok.error());
    // What ships now, per line.
    QList<Quantity> shipNow(o.lines.size());
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines[i];
        shipNow[i] = o.isFbo() || l.dropship ? l.quantity - l.shipped : l.reserved;
    }
    if (!request.lines.isEmpty()) {
        shipNow.fill(Quantity());
        for (const auto& [lineId, quantity] : request.lines) {
            const auto it = std::find_if(o.lines.cbegin(), o.lines.cend(),
                                         [&](const OrderLine& l) { return l.id == lineId; });
            if (it == o.lines.cend())
                return fail(ErrorCode::NotFound, tr("The line to ship is not on order %1.").arg(o.number));
            const qsizetype i = it - o.lines.cbegin();
            const bool unreserved = o.isFbo() || it->dropship;
            const Quantity most = unreserved ? it->quantity - it->shipped : it->reserved;
            if (quantity.milli() < 0 || quantity > most)
                return fail(ErrorCode::Conflict,
                            unreserved ? tr("Line %1 (%2) has %3 left to ship.")
                                             .arg(i + 1)
                                             .arg(it->sku, most.toLocaleString())
                                       : tr("Only %1 of %2 are reserved for line %3; ship at most that.")
                                             .arg(most.toLocaleString(), it->sku)
                                             .arg(i + 1),
                            u"quantity"_qs);
            shipNow[i] = quantity;
        }
    }
    const qint64 at = request.at > 0 ? request.at : m_db.clock().nowMs();
    MovementDraft draft;
    draft.kind = MovementKind::Shipment;
    draft.occurredAt = at;
    draft.refKind = reservationKind();
    draft.refId = o.id;
    draft.note = o.number;
    bool dropshipped = false;
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        OrderLine& l = o.lines[i];
        if (shipNow[i].milli() <= 0)
            continue;
        if (l.dropship) {
            // The supplier sends it (its dropship purchase order tracks that): no stock of ours leaves.
            dropshipped = true;
            continue;
        }
        Id from = l.locationId;
        if (l.picked.milli() > 0) {
            auto packing = locationOfKind(c, l.locationId, u"packing");
            if (!packing)
                return fail(packing.error());
            if (*packing)
                from = **packing;
        }
        draft.lines.append(MovementLine{l.productId, from, -shipNow[i], {}});
        auto cost = costNow(c, l.productId);
        if (!cost)
            return fail(cost.error());
        l.unitCost = *cost;
    }
    if (draft.lines.isEmpty() && !dropshipped)
        return fail(ErrorCode::Conflict,
                    tr("Nothing of order %1 can ship: no line has reserved stock.").arg(o.number),
                    u"quantity"_qs);
    ShipResult result;
    if (!draft.lines.isEmpty()) {
        // The posting checks MoveStock itself; fulfilment staff hold both.
        auto doc = m_stock.post(actor, draft);
        if (!doc)
            return fail(doc.error());
        result.stockDocId = *doc;
    }
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        OrderLine& l = o.lines[i];
        l.shipped = l.shipped + shipNow[i];
        l.reserved = std::max(Quantity(), l.reserved - shipNow[i]);
        l.picked = std::max(Quantity(), l.picked - shipNow[i]);
    }
    const OrderStatus from = o.status;
    o.status = OrderStatus::Shipped;
    o.shippedAt = at;
    if (!request.carrierId.isNull())
        o.carrierId = request.carrierId;
    if (!request.trackingNumber.isEmpty())
        o.trackingNumber = request.trackingNumber.trimmed();
    if (!request.shippingService.isEmpty())
        o.shippingService = request.shippingService;
    if (!request.delayReason.isEmpty())
        o.delayReason = request.delayReason;
    const bool partial = std::any_of(o.lines.cbegin(), o.lines.cend(),
                                     [](const OrderLine& l) { return l.shipped < l.quantity; });
    if (partial) {
        auto back = splitBackorder(c, actor, o, shipNow);
        if (!back)
            return fail(back.error());
        result.backorderId = back->id;
    }
    if (auto ok = writeOrder(c, actor, o, false); !ok)
        return fail(ok.error());
    if (auto ok = writeLines(c, actor, o); !ok)
        return fail(ok.error());
    if (auto ok = recordEvent(c, actor, o, from, o.status, o.trackingNumber); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    QList<Id> changed{o.id};
    if (!result.backorderId.isNull())
        changed.append(result.backorderId);
    Q_EMIT ordersChanged(changed);
    return result;
}

Result<Order> OrderService::splitBackorder(Connection& c, const Actor& actor, Order& o,
                                           const QList<Quantity>& shipNow)
{
    Q_UNUSED(shipNow);
    Order back = o;
    back.id = Id::create();
    back.localId = 0;
    auto number = DocumentNumbers::next(c, u"SO", 5, "sales_orders");
    if (!number)
        return fail(number.error());
    back.number = *number;
    back.status = OrderStatus::Confirmed;
    back.splitFrom = o.id;
    back.shippedAt.reset();
    back.trackingNumber.clear();
    back.shippingCharge = 0;
    back.shippingCost = 0;
    back.commission = 0;
    back.paymentFee = 0;
    back.refundedAmount = 0;
    back.lines.clear();
    QList<OrderLine> kept;
    QList<qint64> keptAmounts;
    QList<qint64> backAmounts;
    for (const OrderLine& l : o.lines) {
        const Quantity rest = l.quantity - l.shipped;
        if (rest.milli() <= 0) {
            kept.append(l);
            continue;
        }
        if (l.shipped.milli() <= 0) {
            back.lines.append(l); // the whole line moves, keeping its id
            back.lines.last().unitCost.reset();
            continue;
        }
        // The line splits: the shipped part stays, the rest moves with its share of the discount.
        OrderLine stay = l;
        const qint64 stayDiscount =
            Decimal::mulDivRound(l.lineDiscount, l.shipped.milli(), l.quantity.milli());
        stay.quantity = l.shipped;
        stay.lineDiscount = stayDiscount;
        stay.reserved = stay.picked = Quantity();
        OrderLine moved = l;
        moved.id = Id::create();
        moved.quantity = rest;
        moved.lineDiscount = l.lineDiscount - stayDiscount;
        moved.shipped = moved.returned = Quantity();
        moved.unitCost.reset();
        kept.append(stay);
        back.lines.append(moved);
    }
    for (const OrderLine& l : kept)
        keptAmounts.append(OrderMath::lineAmount(l.unitPrice, l.quantity) - l.lineDiscount);
    for (const OrderLine& l : back.lines)
        backAmounts.append(OrderMath::lineAmount(l.unitPrice, l.quantity) - l.lineDiscount);
    const auto sum = [](const QList<qint64>& v) { return std::accumulate(v.cbegin(), v.cend(), qint64(0)); };
    const QList<qint64> discount = OrderMath::spread(o.orderDiscount, {sum(keptAmounts), sum(backAmounts)});
    o.lines = kept;
    o.orderDiscount = discount[0];
    back.orderDiscount = discount[1];
    OrderMath::computeTotals(o);
    OrderMath::computeTotals(back);
    // A payment in full covers both parts; anything less stays with the shipped order.
    if (o.paidAmount >= o.total + back.total) {
        back.paidAmount = back.total;
        o.paidAmount -= back.total;
    } else {
        back.paidAmount = 0;
    }
    o.paymentStatus = paymentStatusOf(o);
    back.paymentStatus = paymentStatusOf(back);
    if (auto ok = writeOrder(c, actor, back, true); !ok)
        return fail(ok.error());
    if (auto ok = writeLines(c, actor, back); !ok)
        return fail(ok.error());
    // What stays reserved after the shipment is the backorder's.
    if (auto ok = m_stock.moveReservations(actor, reservationKind(), o.id, back.id); !ok)
        return fail(ok.error());
    if (auto ok = recordEvent(c, actor, back, OrderStatus::Confirmed, OrderStatus::Confirmed,
                              tr("Split from %1: the part not shipped").arg(o.number));
        !ok)
        return fail(ok.error());
    return back;
}

Result<Order> OrderService::comeBack(const Actor& actor, const Id& orderId, OrderStatus to,
                                     const QString& note)
{
    return runTransition(
        actor, orderId, to, Permission::FulfilOrders, note, [&](Connection&, Order& o) -> Result<void> {
            MovementDraft draft;
            draft.kind = MovementKind::CustomerReturn;
            draft.reason =
                (to == OrderStatus::Refused ? MovementReasons::Refused : MovementReasons::NotCollected)
                    .toString();
            draft.note = o.number;
            draft.refKind = u"sales_order_back"_qs;
            draft.refId = o.id;
            for (const OrderLine& l : o.lines) {
                const Quantity back = l.shipped - l.returned;
                if (back.milli() > 0)
                    draft.lines.append(MovementLine{l.productId, l.locationId, back, l.unitCost});
            }
            if (!draft.lines.isEmpty()) {
                if (auto doc = m_stock.post(actor, draft); !doc)
                    return fail(doc.error());
            }
            return {};
        });
}

Result<Order> OrderService::markNotCollected(const Actor& actor, const Id& orderId, const QString& note)
{
    return comeBack(actor, orderId, OrderStatus::NotCollected, note);
}

Result<Order> OrderService::markRefused(const Actor& actor, const Id& orderId, const QString& note)
{
    return comeBack(actor, orderId, OrderStatus::Refused, note);
}

// ---- other changes ----------------------------------------------------------------------------------

Result<Order> OrderService::updateShipping(const Actor& actor, const Order& changed)
{
    if (!actor.can(Permission::ManageOrders) && !actor.can(Permission::FulfilOrders))
        return fail(require(actor, Permission::FulfilOrders).error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto o = load(c, changed.id, true);
    if (!o)
        return fail(o.error());
    if (o->status == OrderStatus::Cancelled)
        return fail(ErrorCode::Conflict, tr("Order %1 is cancelled.").arg(o->number));
    const Order before = *o;
    o->carrierId = changed.carrierId;
    o->shippingService = changed.shippingService.trimmed();
    o->trackingNumber = changed.trackingNumber.trimmed();
    o->shipBy = changed.shipBy;
    o->promisedDelivery = changed.promisedDelivery;
    o->delayReason = changed.delayReason.trimmed();
    o->shipTo = changed.shipTo;
    o->note = changed.note;
    if (o->status == OrderStatus::Delivered && changed.deliveredAt)
        o->deliveredAt = changed.deliveredAt;
    if (auto ok = writeOrder(c, actor, *o, false); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, o->updatedAt, u"order.shipping", u"sales_order", o->id,
                                   o->number, headerPayload(before), headerPayload(*o));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT ordersChanged({o->id});
    return o;
}

Result<Order> OrderService::recordPayment(const Actor& actor, const Id& orderId, qint64 amount)
{
    if (auto ok = require(actor, Permission::ManageOrders); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto o = load(c, orderId, true);
    if (!o)
        return fail(o.error());
    if (amount == 0)
        return fail(ErrorCode::Invalid, tr("A payment needs an amount."), u"amount"_qs);
    if (o->paidAmount + amount < 0)
        return fail(ErrorCode::Invalid, tr("The correction is larger than what was paid."), u"amount"_qs);
    const qint64 before = o->paidAmount;
    o->paidAmount += amount;
    o->paymentStatus = paymentStatusOf(*o);
    if (auto ok = writeOrder(c, actor, *o, false); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, o->updatedAt, u"order.payment", u"sales_order", o->id,
                                   tr("%1: payment of %2").arg(o->number, o->money(amount).toDisplayString()),
                                   {{u"paid_amount"_qs, double(before)}},
                                   {{u"paid_amount"_qs, double(o->paidAmount)}});
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT ordersChanged({o->id});
    return o;
}

Result<Order> OrderService::recordRefund(const Actor& actor, const Id& orderId, qint64 amount,
                                         const QString& note)
{
    if (auto ok = require(actor, Permission::Refund); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto o = load(c, orderId, true);
    if (!o)
        return fail(o.error());
    if (amount <= 0)
        return fail(ErrorCode::Invalid, tr("A refund needs a positive amount."), u"amount"_qs);
    if (o->refundedAmount + amount > o->paidAmount)
        return fail(ErrorCode::Invalid,
                    tr("Only %1 was paid for order %2 and %3 is already refunded.")
                        .arg(o->money(o->paidAmount).toDisplayString(), o->number,
                             o->money(o->refundedAmount).toDisplayString()),
                    u"amount"_qs);
    const qint64 before = o->refundedAmount;
    o->refundedAmount += amount;
    o->paymentStatus = paymentStatusOf(*o);
    if (auto ok = writeOrder(c, actor, *o, false); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(
            c, actor, o->updatedAt, u"order.refund", u"sales_order", o->id,
            tr("%1: refund of %2 %3").arg(o->number, o->money(amount).toDisplayString(), note).trimmed(),
            {{u"refunded_amount"_qs, double(before)}}, {{u"refunded_amount"_qs, double(o->refundedAmount)}});
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT ordersChanged({o->id});
    return o;
}

Result<int> OrderService::allocateWaiting(const Actor& actor, const QList<Id>& productIds)
{
    BusyScope busy(m_busy);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    // From the open orders (always few) to their lines, never from every line the products ever
    // had (CROSS JOIN keeps that order, and the unary + keeps SQLite off the product index): a
    // shop with a long history pays for its open orders only, on every stock change.
    QByteArray sql =
        "SELECT DISTINCT o.id, o.ordered_at, o.local_id FROM sales_orders o "
        "CROSS JOIN sales_order_lines l ON l.order_id = o.id "
        "WHERE o.status IN ('confirmed', 'picking', 'packed') AND o.channel <> 'marketplace_fbo' "
        "AND l.reserved + l.shipped < l.quantity";
    QList<Id> products = productIds;
    if (!products.isEmpty()) {
        // A component arriving can complete a kit.
        for (const Id& p : productIds) {
            auto kits = c.query("SELECT kit_id FROM kit_components WHERE component_id = ?");
            kits.bind(p);
            if (auto ok = kits.forEachRow([&] { products.append(kits.id(0)); }); !ok)
                return fail(ok.error());
        }
        QByteArrayList marks(products.size(), "?");
        sql += " AND +l.product_id IN (" + marks.join(", ") + ")";
    }
    sql += " ORDER BY o.ordered_at, o.local_id";
    auto q = c.query(sql);
    for (const Id& p : products)
        q.bind(p);
    QList<Id> orders;
    if (auto ok = q.forEachRow([&] { orders.append(q.id(0)); }); !ok)
        return fail(ok.error());
    int reserved = 0;
    QList<Id> changed;
    for (const Id& orderId : orders) {
        auto o = load(c, orderId, true);
        if (!o)
            return fail(o.error());
        bool any = false;
        for (OrderLine& l : o->lines) {
            const Quantity want = need(l);
            if (want.milli() <= 0 || (!products.isEmpty() && !products.contains(l.productId)))
                continue;
            // The line's own location first, then the others by priority.
            QList<Id> candidates{l.locationId};
            auto all = sellableStorage(c);
            if (!all)
                return fail(all.error());
            for (const Id& id : *all) {
                if (!candidates.contains(id))
                    candidates.append(id);
            }
            for (const Id& loc : candidates) {
                if (loc.isNull())
                    continue;
                auto free = m_stock.availableAt(actor, l.productId, loc);
                if (!free)
                    return fail(free.error());
                if (free->milli() < want.milli())
                    continue;
                if (auto r = m_stock.reserve(actor, l.productId, loc, want, reservationKind(), o->id); !r)
                    return fail(r.error());
                l.locationId = loc;
                l.reserved = l.reserved + want;
                any = true;
                ++reserved;
                break;
            }
        }
        if (any) {
            if (auto ok = writeLines(c, actor, *o); !ok)
                return fail(ok.error());
            changed.append(o->id);
        }
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    if (!changed.isEmpty())
        Q_EMIT ordersChanged(changed);
    return reserved;
}

void OrderService::onStockChanged(const QList<Id>& productIds)
{
    if (m_busy)
        return;
    // Stock arrived (or anything else changed): waiting lines of those products get their turn.
    const Actor system = Actor::withRole(
        Role::Owner, QCoreApplication::translate("kontor::OrderService", "Automatic allocation"));
    auto done = allocateWaiting(system, productIds);
    if (!done)
        qWarning("kontor.orders: allocating waiting order lines failed: %s",
                 qPrintable(done.error().message));
}

// ---- carriers ---------------------------------------------------------------------------------------

Result<QList<Carrier>> OrderService::carriers(const Actor& actor, bool includeArchived)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT id, name, tracking_url, archived FROM carriers WHERE ? OR "
                                     "archived = 0 ORDER BY name COLLATE NOCASE");
    q.bind(includeArchived);
    QList<Carrier> list;
    if (auto ok = q.forEachRow([&] {
            list.append(Carrier{q.id(0), q.text(1), q.text(2), q.int64(3) != 0});
        });
        !ok)
        return fail(ok.error());
    return list;
}

Result<Carrier> OrderService::saveCarrier(const Actor& actor, const Carrier& draft)
{
    if (auto ok = require(actor, Permission::ManageOrders); !ok)
        return fail(ok.error());
    Carrier carrier = draft;
    carrier.name = carrier.name.trimmed();
    if (carrier.name.isEmpty())
        return fail(ErrorCode::Invalid, tr("A carrier needs a name."), u"name"_qs);
    const QString url = carrier.trackingUrl.trimmed();
    if (!url.isEmpty() && !url.startsWith(u"http://") && !url.startsWith(u"https://"))
        return fail(ErrorCode::Invalid, tr("A tracking link must start with https:// or http://."),
                    u"tracking_url"_qs);
    if (!url.isEmpty() && !url.contains(u"{tracking}"))
        return fail(ErrorCode::Invalid,
                    tr("A tracking link needs {tracking} where the tracking number goes, e.g. "
                       "https://example.com/track?number={tracking}."),
                    u"tracking_url"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    const bool isNew = carrier.id.isNull();
    if (isNew)
        carrier.id = Id::create();
    // Compared case-folded here: SQLite's NOCASE folds Latin letters only, and carriers are often
    // Cyrillic ("СДЭК" and "сдэк" are one carrier).
    auto others = carriers(actor, true);
    if (!others)
        return fail(others.error());
    for (const Carrier& other : *others) {
        if (other.id != carrier.id && other.name.toCaseFolded() == carrier.name.toCaseFolded())
            return fail(ErrorCode::Conflict, tr("There is already a carrier called %1.").arg(other.name),
                        u"name"_qs);
    }
    auto hlc = ChangeLog::record(
        m_db, c, actor.userId, u"carriers", carrier.id, isNew ? ChangeOp::Insert : ChangeOp::Update,
        {{u"name"_qs, carrier.name}, {u"tracking_url"_qs, url}, {u"archived"_qs, carrier.archived}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("INSERT INTO carriers(id, name, tracking_url, archived, hlc) VALUES(?1, ?2, ?3, ?4, ?5) "
                     "ON CONFLICT(id) DO UPDATE SET name = ?2, tracking_url = ?3, archived = ?4, hlc = ?5");
    q.bindAll(carrier.id, carrier.name, url, carrier.archived, *hlc);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    carrier.trackingUrl = url;
    return carrier;
}

// ---- figures ------------------------------------------------------------------------------------------

Result<OrderMargin> OrderService::margin(const Actor& actor, const Order& o)
{
    if (auto ok = require(actor, Permission::ViewCosts); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    OrderMargin m;
    for (const OrderLine& l : o.lines) {
        const qint64 net = toShop(l.net, o.rateE6);
        // Shipped units at the cost frozen at shipment, the rest at today's average cost.
        std::optional<qint64> unitCost = l.unitCost;
        if (!unitCost || l.shipped < l.quantity) {
            auto now = costNow(c, l.productId);
            if (!now)
                return fail(now.error());
            if (!unitCost)
                unitCost = *now;
        }
        qint64 cost = 0;
        if (unitCost)
            cost = Decimal::mulDivRound(*unitCost, l.quantity.milli(), Quantity::One);
        else
            m.costComplete = false;
        m.revenue += net;
        m.costOfGoods += cost;
        m.lineMargins.append(net - cost);
    }
    m.grossMargin = m.revenue - m.costOfGoods;
    m.contribution = m.grossMargin - toShop(o.shippingCost + o.commission + o.paymentFee, o.rateE6);
    return m;
}

Result<QList<BuyoutRow>> OrderService::buyoutRates(const Actor& actor, BuyoutBy by, qint64 from, qint64 to)
{
    Q_UNUSED(actor);
    // Orders that reached a pickup point: marketplace orders and cash on delivery.
    const QByteArray reached =
        "o.status IN ('delivered', 'not_collected', 'refused') AND o.shipped_at >= ?1 AND o.shipped_at < ?2 "
        "AND (o.channel IN ('marketplace_fbs', 'marketplace_fbo') OR o.payment_method = 'cash_on_delivery')";
    QByteArray sql;
    switch (by) {
    case BuyoutBy::Product:
        sql = "SELECT l.sku, COUNT(DISTINCT o.id), COUNT(DISTINCT CASE WHEN o.status = 'delivered' THEN o.id "
              "END) "
              "FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id WHERE " +
              reached + " GROUP BY l.sku ORDER BY l.sku";
        break;
    case BuyoutBy::Channel:
        sql = "SELECT o.channel, COUNT(*), SUM(o.status = 'delivered') FROM sales_orders o WHERE " + reached +
              " GROUP BY o.channel ORDER BY o.channel";
        break;
    case BuyoutBy::Customer:
        sql = "SELECT o.customer_name, COUNT(*), SUM(o.status = 'delivered') FROM sales_orders o WHERE " +
              reached + " GROUP BY o.customer_name ORDER BY o.customer_name";
        break;
    }
    auto q = m_db.connection().query(sql);
    q.bindAll(from, to > 0 ? to : std::numeric_limits<qint64>::max());
    QList<BuyoutRow> rows;
    if (auto ok = q.forEachRow([&] {
            BuyoutRow r{q.text(0), int(q.int64(1)), int(q.int64(2)), 0};
            r.rateBp = r.shipped > 0 ? int((qint64(r.collected) * 10000 + r.shipped / 2) / r.shipped) : 0;
            rows.append(r);
        });
        !ok)
        return fail(ok.error());
    return rows;
}

Result<std::optional<int>> OrderService::carrierOnTimeBp(const Actor& actor, const Id& carrierId, qint64 from,
                                                         qint64 to)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT COUNT(*), SUM(delivered_at <= promised_delivery) FROM sales_orders WHERE carrier_id = ?1 "
        "AND delivered_at IS NOT NULL AND promised_delivery IS NOT NULL AND delivered_at >= ?2 AND "
        "delivered_at < ?3");
    q.bindAll(carrierId, from, to > 0 ? to : std::numeric_limits<qint64>::max());
    auto row = q.next();
    if (!row)
        return fail(row.error());
    const qint64 n = q.int64(0);
    if (n == 0)
        return std::optional<int>();
    return std::optional<int>(int((q.int64(1) * 10000 + n / 2) / n));
}

Result<QHash<Id, int>> OrderService::carrierOnTimeRates(const Actor& actor, int days)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT carrier_id, COUNT(*), SUM(delivered_at <= promised_delivery) FROM sales_orders WHERE "
        "carrier_id IS "
        "NOT NULL AND delivered_at >= ? AND promised_delivery IS NOT NULL GROUP BY carrier_id");
    q.bind(m_db.clock().nowMs() - qint64(days) * 24 * 3600 * 1000);
    QHash<Id, int> rates;
    if (auto ok = q.forEachRow([&] {
            const qint64 n = q.int64(1);
            rates.insert(q.id(0), int((q.int64(2) * 10000 + n / 2) / n));
        });
        !ok)
        return fail(ok.error());
    return rates;
}

// ---- history ----------------------------------------------------------------------------------------

namespace {

// A JSON string literal as QJsonDocument writes it (UTF-8, the same escapes).
QByteArray jsonString(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

} // namespace

Result<QList<Id>> OrderService::importHistory(const Actor& actor, QList<Order> orders, const QString& source)
{
    if (auto ok = require(actor, Permission::ManageOrders); !ok)
        return fail(ok.error());
    QList<Id> ids;
    if (orders.isEmpty())
        return ids;
    ids.reserve(orders.size());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto shop = c.query("SELECT value FROM shop_settings WHERE key = 'currency'");
    if (auto row = shop.next(); !row)
        return fail(row.error());
    const QString shopCurrency = shop.text(0);
    shop.reset();
    auto storage = sellableStorage(c);
    if (!storage)
        return fail(storage.error());
    const Id firstStorage = storage->value(0);
    std::optional<Id> fbo;   // looked up at the first FBO order
    qint64 firstLocalId = 0; // the batch is added to the search index at the end, in one statement
    // Thousands of orders share a few hundred products and customers: each is read once.
    QHash<Id, CatalogItem> catalog;
    QHash<Id, std::optional<qint64>> costs;
    QHash<Id, std::pair<QString, QString>> customers; // name, default address
    const qint64 now = m_db.clock().nowMs();
    int lineCount = 0;

    // Numbers: those given must be free; the others come from the series in one go (skipping the
    // given ones, which are not written yet).
    QSet<QString> givenNumbers;
    qsizetype unnumbered = 0;
    for (Order& o : orders) {
        o.number = o.number.trimmed();
        if (o.number.isEmpty()) {
            ++unnumbered;
            continue;
        }
        auto taken = c.query("SELECT EXISTS(SELECT 1 FROM sales_orders WHERE number = ?)");
        taken.bind(o.number);
        auto exists = taken.scalarInt();
        if (!exists)
            return fail(exists.error());
        if (exists->value_or(0) || givenNumbers.contains(o.number))
            return fail(ErrorCode::Conflict, tr("There is already an order %1.").arg(o.number), u"number"_qs);
        givenNumbers.insert(o.number);
    }
    QStringList numbers;
    while (numbers.size() < unnumbered) {
        auto more = DocumentNumbers::nextMany(c, u"SO", 5, int(unnumbered - numbers.size()), "sales_orders");
        if (!more)
            return fail(more.error());
        for (const QString& number : std::as_const(*more)) {
            if (!givenNumbers.contains(number))
                numbers.append(number);
        }
    }
    qsizetype nextNumber = 0;

    // recordEvent's row, dated when it happened rather than now. Its change-log payload is what
    // QJsonDocument makes of recordEvent's object (keys in order), written directly: building
    // QJsonObjects was a fifth of the time of a large import.
    const QByteArray userJson = jsonString(actor.name);
    auto event = [&](const Order& o, OrderStatus from, OrderStatus to, qint64 at,
                     const QString& note) -> Result<void> {
        const Id id = Id::create();
        const QByteArray payload =
            "{\"at\":" + QByteArray::number(at) +
            ",\"from_status\":" + jsonString(OrderKinds::statusCode(from)) + ",\"note\":" + jsonString(note) +
            ",\"order_id\":" + jsonString(o.id.toString()) +
            ",\"to_status\":" + jsonString(OrderKinds::statusCode(to)) + ",\"user_name\":" + userJson + '}';
        auto hlc = ChangeLog::recordJson(m_db, c, actor.userId, u"sales_order_events", id, ChangeOp::Insert,
                                         payload);
        if (!hlc)
            return fail(hlc.error());
        auto q = c.query(
            "INSERT INTO sales_order_events(id, order_id, from_status, to_status, at, user_id, user_name, "
            "note, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bindAll(id, o.id, OrderKinds::statusCode(from), OrderKinds::statusCode(to), at, actor.userId,
                  actor.name, note, *hlc);
        return q.run();
    };

    for (qsizetype i = 0; i < orders.size(); ++i) {
        Order& o = orders[i];
        const QString which = o.number.isEmpty() ? tr("order %1 of the batch").arg(i + 1) : o.number;
        auto invalid = [&](const QString& why, const QString& field) {
            return fail(ErrorCode::Invalid, tr("Cannot record %1: %2").arg(which, why), field);
        };
        bool shipped = false;
        switch (o.status) {
        case OrderStatus::Confirmed:
        case OrderStatus::Picking:
        case OrderStatus::Packed:
            return invalid(tr("an open order is recorded as a draft and then confirmed, so that its stock "
                              "is reserved."),
                           u"status"_qs);
        case OrderStatus::Draft:
        case OrderStatus::Cancelled:
            break;
        case OrderStatus::Shipped:
        case OrderStatus::Delivered:
        case OrderStatus::NotCollected:
        case OrderStatus::Refused:
            shipped = true;
            break;
        }
        if (o.lines.isEmpty())
            return invalid(tr("it has no lines."), u"lines"_qs);
        if (o.currency.isEmpty())
            o.currency = shopCurrency;
        if (o.currency.size() != 3)
            return invalid(tr("\"%1\" is not a currency code.").arg(o.currency), u"currency"_qs);
        if (o.currency == shopCurrency)
            o.rateE6 = RateOne;
        else if (o.rateE6 <= 0)
            return invalid(tr("an order in %1 needs the exchange rate to %2.").arg(o.currency, shopCurrency),
                           u"rate"_qs);
        if (o.orderDiscount < 0 || o.shippingCharge < 0 || o.shippingCost < 0 || o.commission < 0 ||
            o.paymentFee < 0 || o.paidAmount < 0 || o.refundedAmount < 0 || o.refundedAmount > o.paidAmount)
            return invalid(tr("discounts, shipping, commission, fees and payments cannot be negative, nor "
                              "refunds larger than payments."),
                           u"amount"_qs);
        if (!o.customerId.isNull()) {
            auto known = customers.constFind(o.customerId);
            if (known == customers.constEnd()) {
                auto cust = c.query(
                    "SELECT name, (SELECT address FROM customer_addresses a WHERE a.customer_id = c.id "
                    "ORDER BY is_default DESC, local_id LIMIT 1) FROM customers c WHERE id = ?");
                cust.bind(o.customerId);
                auto row = cust.next();
                if (!row)
                    return fail(row.error());
                if (!*row)
                    return invalid(tr("its customer does not exist."), u"customer"_qs);
                known = customers.insert(o.customerId, {cust.text(0), cust.text(1)});
            }
            if (o.customerName.trimmed().isEmpty())
                o.customerName = known->first;
            if (o.shipTo.trimmed().isEmpty())
                o.shipTo = known->second;
        }
        o.id = Id::create();
        o.localId = 0;
        if (o.orderedAt <= 0)
            o.orderedAt = now;
        // When it came back (not collected, refused): the time of that event, not a delivery.
        std::optional<qint64> backAt;
        if (shipped) {
            if (!o.shippedAt)
                o.shippedAt = o.orderedAt;
            if (o.status == OrderStatus::Delivered && !o.deliveredAt)
                o.deliveredAt = o.shippedAt;
            if (o.status == OrderStatus::NotCollected || o.status == OrderStatus::Refused) {
                backAt = o.deliveredAt.value_or(*o.shippedAt);
                o.deliveredAt.reset();
            }
            if (o.status == OrderStatus::Shipped)
                o.deliveredAt.reset();
        } else {
            o.shippedAt.reset();
            o.deliveredAt.reset();
        }
        Id shipFrom = o.locationId;
        if (shipped && o.isFbo() && shipFrom.isNull()) {
            if (!fbo) {
                auto found = locationOfKind(c, {}, u"fbo");
                if (!found)
                    return fail(found.error());
                fbo = found->value_or(Id());
            }
            if (fbo->isNull())
                return invalid(tr("an FBO order ships from a marketplace's warehouse, and there is none."),
                               u"location"_qs);
            shipFrom = *fbo;
        }
        if (shipFrom.isNull())
            shipFrom = firstStorage;
        for (qsizetype n = 0; n < o.lines.size(); ++n) {
            OrderLine& l = o.lines[n];
            const QString where = tr("line %1").arg(n + 1);
            if (l.quantity.milli() <= 0)
                return invalid(tr("the quantity on %1 must be positive.").arg(where), u"quantity"_qs);
            if (l.unitPrice < 0 || l.lineDiscount < 0)
                return invalid(tr("the price and discount on %1 cannot be negative.").arg(where),
                               u"price"_qs);
            auto item = catalog.constFind(l.productId);
            if (item == catalog.constEnd()) {
                auto found = catalogItem(c, l.productId);
                if (!found && found.error().code == ErrorCode::NotFound)
                    return invalid(tr("the product of %1 does not exist.").arg(where), u"product"_qs);
                if (!found)
                    return fail(found.error());
                item = catalog.insert(l.productId, *found);
            }
            if (l.sku.isEmpty()) {
                l.sku = item->sku;
                l.name = item->name;
                l.vatBp = item->vatBp;
            }
            l.id = Id();
            l.reserved = l.picked = Quantity();
            if (shipped) {
                l.shipped = l.quantity;
                l.returned = std::clamp(l.returned, Quantity(), l.shipped);
                if (l.locationId.isNull())
                    l.locationId = shipFrom;
                if (l.locationId.isNull())
                    return invalid(tr("there is no storage location to ship from."), u"location"_qs);
                if (!l.unitCost) {
                    auto cost = costs.constFind(l.productId);
                    if (cost == costs.constEnd()) {
                        auto known = costNow(c, l.productId);
                        if (!known)
                            return fail(known.error());
                        cost = costs.insert(l.productId, *known);
                    }
                    l.unitCost = *cost;
                }
            } else {
                l.shipped = l.returned = Quantity();
                l.unitCost.reset();
            }
        }
        OrderMath::computeTotals(o);
        o.paymentStatus = paymentStatusOf(o);
        if (o.number.isEmpty())
            o.number = numbers.at(nextNumber++);
        if (auto ok = writeOrder(c, actor, o, true, false); !ok)
            return fail(ok.error());
        if (firstLocalId == 0)
            firstLocalId = o.localId;
        if (auto ok = writeLines(c, actor, o); !ok)
            return fail(ok.error());
        lineCount += int(o.lines.size());
        ids.append(o.id);
        Result<void> written;
        if (o.status == OrderStatus::Cancelled) {
            written = event(o, OrderStatus::Draft, OrderStatus::Cancelled, o.orderedAt, o.note);
        } else if (shipped) {
            written = event(o, OrderStatus::Draft, OrderStatus::Confirmed, o.orderedAt, {});
            if (written)
                written =
                    event(o, OrderStatus::Confirmed, OrderStatus::Shipped, *o.shippedAt, o.trackingNumber);
            if (written && o.status != OrderStatus::Shipped)
                written = event(o, OrderStatus::Shipped, o.status,
                                o.deliveredAt.value_or(backAt.value_or(*o.shippedAt)), {});
        }
        if (!written)
            return fail(written.error());
    }
    auto index =
        c.query("INSERT INTO sales_orders_fts(rowid, number, external_ref, tracking_number, customer_name) "
                "SELECT local_id, number, external_ref, tracking_number, customer_name FROM sales_orders "
                "WHERE local_id >= ?");
    index.bind(firstLocalId);
    if (auto ok = index.run(); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(
            c, actor, now, u"order.history", u"sales_order", {},
            tr("%n past order(s) recorded (%1)", nullptr, int(orders.size())).arg(source), {},
            {{u"orders"_qs, int(orders.size())}, {u"lines"_qs, lineCount}, {u"source"_qs, source}});
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT ordersChanged({}); // many orders: views reload
    return ids;
}

} // namespace kontor

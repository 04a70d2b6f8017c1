#include "security/AuditLog.h"
#include "support/StockShop.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;

qint64 scalar(Database& db, const char* sql)
{
    return db.connection().query(sql).scalarInt()->value_or(-1);
}

OrderLine line(const Id& productId, qint64 units, qint64 unitPrice)
{
    OrderLine l;
    l.productId = productId;
    l.quantity = Quantity::fromUnits(units);
    l.unitPrice = unitPrice;
    return l;
}

} // namespace

class TestOrderHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastOrdersAreReadableLikeAnyOther()
    {
        test::StockShop shop;
        const Id mug = shop.product(u"MUG"_qs, 4000);
        const Id tea = shop.product(u"TEA"_qs, 1500);
        shop.receive(mug, StockService::mainLocationId(), 10, 4000);
        Customer anna;
        anna.name = u"Анна Иванова"_qs;
        anna.email = u"anna@example.ru"_qs;
        anna.addresses = {CustomerAddress{{}, u"Дом"_qs, u"Москва, ул. Ленина, 1"_qs, true}};
        const Customer customer = shop.customers.create(shop.owner, anna).value();
        const Carrier cdek = shop.orders.saveCarrier(shop.owner, Carrier{{}, u"СДЭК"_qs, {}, false}).value();
        const qint64 now = shop.tmp.clock().nowMs();
        const QList<StockRow> stockBefore = shop.stock.stockRows(shop.owner, {}).value();

        Order delivered;
        delivered.customerId = customer.id;
        delivered.status = OrderStatus::Delivered;
        delivered.orderedAt = now - 30 * DayMs;
        delivered.shippedAt = now - 29 * DayMs;
        delivered.deliveredAt = now - 26 * DayMs;
        delivered.carrierId = cdek.id;
        delivered.trackingNumber = u"1234567890"_qs;
        delivered.shippingCharge = 30000;
        delivered.lines = {line(mug, 2, 9900), line(tea, 1, 25000)};
        delivered.paidAmount = 2 * 9900 + 25000 + 30000;
        Order cancelled;
        cancelled.customerName = u"Walk-in"_qs;
        cancelled.status = OrderStatus::Cancelled;
        cancelled.orderedAt = now - 20 * DayMs;
        cancelled.note = u"Передумала: \"дорого\"\n\tи всё\\"_qs; // escapes in the change log's JSON
        cancelled.lines = {line(tea, 3, 25000)};
        Order refused;
        refused.customerId = customer.id;
        refused.channel = SalesChannel::Site;
        refused.paymentMethod = PaymentMethod::CashOnDelivery;
        refused.status = OrderStatus::Refused;
        refused.orderedAt = now - 10 * DayMs;
        refused.shippedAt = now - 9 * DayMs;
        refused.deliveredAt = now - 5 * DayMs; // when it came back
        refused.lines = {line(mug, 1, 9900)};
        Order draft;
        draft.customerId = customer.id;
        draft.orderedAt = now - DayMs;
        draft.lines = {line(mug, 1, 9900)};

        QSignalSpy changed(&shop.orders, &OrderService::ordersChanged);
        auto written =
            shop.orders.importHistory(shop.owner, {delivered, cancelled, refused, draft}, u"old-shop.csv"_qs);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(written->size(), 4);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().first().value<QList<Id>>().isEmpty()); // reload everything

        // The list, newest first, as the orders page shows it.
        const QList<OrderListRow> rows = shop.orders.list(shop.owner, {}, 0, 50).value();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).status, OrderStatus::Draft);
        QCOMPARE(rows.at(1).status, OrderStatus::Refused);
        QCOMPARE(rows.at(2).status, OrderStatus::Cancelled);
        QCOMPARE(rows.at(3).status, OrderStatus::Delivered);
        QCOMPARE(rows.at(3).orderedAt, now - 30 * DayMs);
        QCOMPARE(rows.at(3).customerName, u"Анна Иванова"_qs);
        QCOMPARE(rows.at(3).trackingNumber, u"1234567890"_qs);
        OrderFilter deliveredOnly;
        deliveredOnly.statuses = {OrderStatus::Delivered};
        QCOMPARE(shop.orders.count(shop.owner, deliveredOnly).value(), 1);
        OrderFilter byCustomer;
        byCustomer.customerId = customer.id;
        QCOMPARE(shop.orders.count(shop.owner, byCustomer).value(), 3);

        // The order itself: catalog names, computed totals, shipped lines costed, paid in full.
        const Order d = shop.orders.order(shop.owner, rows.at(3).id).value();
        QCOMPARE(d.number, rows.at(3).number);
        QCOMPARE(d.shipTo, u"Москва, ул. Ленина, 1"_qs);
        QCOMPARE(d.currency, u"RUB"_qs);
        QCOMPARE(d.lines.size(), 2);
        QCOMPARE(d.lines.at(0).sku, u"MUG"_qs);
        QCOMPARE(d.lines.at(0).name, u"Product MUG"_qs);
        QCOMPARE(d.lines.at(0).position, 1);
        QCOMPARE(d.lines.at(0).shipped, Quantity::fromUnits(2));
        QCOMPARE(d.lines.at(0).reserved, Quantity());
        QCOMPARE(d.lines.at(0).locationId, StockService::mainLocationId());
        QCOMPARE(d.lines.at(0).unitCost, std::optional<qint64>(4000));
        QCOMPARE(d.lines.at(1).unitCost, std::optional<qint64>()); // no cost known for the tea
        QCOMPARE(d.total, 2 * 9900 + 25000 + 30000);
        QCOMPARE(d.paymentStatus, PaymentStatus::Paid);
        QCOMPARE(d.carrierId, cdek.id);
        QCOMPARE(d.shippedAt, std::optional<qint64>(now - 29 * DayMs));
        QCOMPARE(d.deliveredAt, std::optional<qint64>(now - 26 * DayMs));
        QCOMPARE(shop.orders.orderByNumber(shop.owner, d.number).value().id, d.id);
        // Its history, dated when things happened.
        const QList<OrderEvent> events = shop.orders.events(shop.owner, d.id).value();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).to, OrderStatus::Confirmed);
        QCOMPARE(events.at(0).at, now - 30 * DayMs);
        QCOMPARE(events.at(1).to, OrderStatus::Shipped);
        QCOMPARE(events.at(1).at, now - 29 * DayMs);
        QCOMPARE(events.at(1).note, u"1234567890"_qs);
        QCOMPARE(events.at(2).from, OrderStatus::Shipped);
        QCOMPARE(events.at(2).to, OrderStatus::Delivered);
        QCOMPARE(events.at(2).at, now - 26 * DayMs);

        const Order c = shop.orders.order(shop.owner, rows.at(2).id).value();
        QCOMPARE(c.lines.at(0).shipped, Quantity());
        QCOMPARE(c.shippedAt, std::optional<qint64>());
        QCOMPARE(c.customerName, u"Walk-in"_qs);
        const QList<OrderEvent> cancelEvents = shop.orders.events(shop.owner, c.id).value();
        QCOMPARE(cancelEvents.size(), 1);
        QCOMPARE(cancelEvents.at(0).to, OrderStatus::Cancelled);
        QCOMPARE(cancelEvents.at(0).note, cancelled.note);

        // Refused: shipped, came back on the given day, not counted as delivered.
        const Order r = shop.orders.order(shop.owner, rows.at(1).id).value();
        QCOMPARE(r.deliveredAt, std::optional<qint64>());
        QCOMPARE(r.lines.at(0).shipped, Quantity::fromUnits(1));
        QCOMPARE(r.paymentStatus, PaymentStatus::Unpaid);
        QCOMPARE(shop.orders.events(shop.owner, r.id).value().last().at, now - 5 * DayMs);
        QCOMPARE(shop.orders.events(shop.owner, rows.at(0).id).value().size(), 0); // a draft

        // Change log rows for every row written, one audit entry for the batch.
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name = 'sales_orders'"),
                 4);
        QCOMPARE(
            scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name = 'sales_order_lines'"),
            5);
        QCOMPARE(
            scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name = 'sales_order_events'"),
            3 + 1 + 3);
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM sales_order_events"), 7);
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM change_log c JOIN sales_orders o ON o.id = "
                                       "c.row_id AND o.hlc = c.hlc"),
                 4);
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM audit_log WHERE action LIKE 'order.%'"), 1);
        const QList<AuditEntry> audit = AuditLog::entries(shop.tmp.db().connection()).value();
        QCOMPARE(audit.first().action, u"order.history"_qs);
        QVERIFY(audit.first().summary.contains(u"old-shop.csv"_qs));
        QCOMPARE(audit.first().after.value(u"orders"_qs).toInt(), 4);

        // Nothing reserved, no stock moved.
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM stock_reservations"), 0);
        const QList<StockRow> stockAfter = shop.stock.stockRows(shop.owner, {}).value();
        QCOMPARE(stockAfter.size(), stockBefore.size());
        QCOMPARE(stockAfter.first().onHand, stockBefore.first().onHand);
        QCOMPARE(stockAfter.first().reserved, Quantity());

        // The imported draft goes on like any draft: confirming reserves its stock.
        const Order confirmed = shop.orders.confirm(shop.owner, rows.at(0).id).value();
        QCOMPARE(confirmed.status, OrderStatus::Confirmed);
        QCOMPARE(confirmed.lines.at(0).reserved, Quantity::fromUnits(1));
        QVERIFY(shop.stock.verify(shop.owner).value().isEmpty());

        // The events' change-log payloads are what QJsonDocument writes, with the keys of an event
        // recorded by a transition.
        auto payloads = shop.tmp.db().connection().query(
            "SELECT payload FROM change_log WHERE table_name = 'sales_order_events' ORDER BY seq");
        QList<QByteArray> texts;
        auto read = payloads.forEachRow([&] { texts.append(payloads.text(0).toUtf8()); });
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(texts.size(), 8);
        const QJsonObject confirmEvent = QJsonDocument::fromJson(texts.last()).object();
        QStringList notes;
        for (const QByteArray& text : texts.mid(0, 7)) {
            const QJsonDocument parsed = QJsonDocument::fromJson(text);
            QVERIFY2(parsed.isObject(), text.constData());
            QCOMPARE(parsed.toJson(QJsonDocument::Compact), text);
            QCOMPARE(parsed.object().keys(), confirmEvent.keys());
            QCOMPARE(parsed.object().value(u"user_name"_qs), confirmEvent.value(u"user_name"_qs));
            notes.append(parsed.object().value(u"note"_qs).toString());
        }
        QVERIFY(notes.contains(cancelled.note));
    }

    void numbersAreUniqueAcrossBatchesAndNewOrders()
    {
        test::StockShop shop;
        const Id mug = shop.product(u"MUG"_qs);
        const qint64 now = shop.tmp.clock().nowMs();
        auto batch = [&](int n, qint64 start) {
            QList<Order> orders;
            for (int i = 0; i < n; ++i) {
                Order o;
                o.status = OrderStatus::Delivered;
                o.orderedAt = start + i * 60000;
                o.lines = {line(mug, 1, 10000)};
                orders.append(o);
            }
            return orders;
        };
        QCOMPARE(shop.orders.importHistory(shop.owner, batch(40, now - 90 * DayMs), u"a"_qs).value().size(),
                 40);
        Order given;
        given.number = u"SO-00045"_qs; // ahead of the series: the series skips it
        given.status = OrderStatus::Delivered;
        given.orderedAt = now - 60 * DayMs;
        given.lines = {line(mug, 1, 10000)};
        QList<Order> second = batch(10, now - 50 * DayMs);
        second.prepend(given);
        const QList<Id> ids = shop.orders.importHistory(shop.owner, second, u"b"_qs).value();
        QCOMPARE(ids.size(), 11);
        QCOMPARE(shop.orders.order(shop.owner, ids.first()).value().number, u"SO-00045"_qs);
        QCOMPARE(shop.orders.order(shop.owner, ids.at(1)).value().number, u"SO-00041"_qs);
        Order fresh;
        fresh.lines = {line(mug, 1, 10000)};
        const Order created = shop.orders.create(shop.owner, fresh).value();

        const QList<OrderListRow> rows = shop.orders.list(shop.owner, {}, 0, 100).value();
        QCOMPARE(rows.size(), 52);
        QSet<QString> numbers;
        for (const OrderListRow& r : rows)
            numbers.insert(r.number);
        QCOMPARE(numbers.size(), 52);
        QVERIFY(numbers.contains(u"SO-00001"_qs));
        QVERIFY(numbers.contains(u"SO-00045"_qs));
        QVERIFY(numbers.contains(u"SO-00051"_qs)); // the 50th numbered, after skipping 45
        QCOMPARE(created.number, u"SO-00052"_qs);
        QCOMPARE(scalar(shop.tmp.db(), "SELECT count(*) FROM audit_log WHERE action = 'order.history'"), 2);

        // A number already used refuses the whole batch; nothing of it is written.
        QList<Order> clash = batch(3, now - 10 * DayMs);
        clash[2].number = u"SO-00045"_qs;
        auto refused = shop.orders.importHistory(shop.owner, clash, u"c"_qs);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(refused.error().message.contains(u"SO-00045"_qs));
        QCOMPARE(shop.orders.count(shop.owner, {}).value(), 52);
        // So does a number given twice in one batch.
        QList<Order> twice = batch(2, now - 10 * DayMs);
        twice[0].number = twice[1].number = u"OLD-7"_qs;
        QVERIFY(!shop.orders.importHistory(shop.owner, twice, u"d"_qs));
        QCOMPARE(shop.orders.count(shop.owner, {}).value(), 52);
    }

    void badOrdersRefuseTheBatch_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("field");
        QTest::newRow("open order") << 0 << u"status"_qs;
        QTest::newRow("no lines") << 1 << u"lines"_qs;
        QTest::newRow("unknown product") << 2 << u"product"_qs;
        QTest::newRow("zero quantity") << 3 << u"quantity"_qs;
        QTest::newRow("unknown customer") << 4 << u"customer"_qs;
        QTest::newRow("FBO without a marketplace warehouse") << 5 << u"location"_qs;
        QTest::newRow("refund above payment") << 6 << u"amount"_qs;
    }

    void badOrdersRefuseTheBatch()
    {
        QFETCH(int, problem);
        QFETCH(QString, field);
        test::StockShop shop;
        const Id mug = shop.product(u"MUG"_qs);
        Order good;
        good.status = OrderStatus::Delivered;
        good.lines = {line(mug, 1, 10000)};
        Order bad = good;
        switch (problem) {
        case 0:
            bad.status = OrderStatus::Confirmed;
            break;
        case 1:
            bad.lines.clear();
            break;
        case 2:
            bad.lines[0].productId = Id::create();
            break;
        case 3:
            bad.lines[0].quantity = Quantity();
            break;
        case 4:
            bad.customerId = Id::create();
            break;
        case 5:
            bad.channel = SalesChannel::MarketplaceFbo;
            break;
        case 6:
            bad.paidAmount = 100;
            bad.refundedAmount = 200;
            break;
        }
        auto result = shop.orders.importHistory(shop.owner, {good, good, bad}, u"x"_qs);
        QVERIFY(!result);
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(u"order 3 of the batch"_qs),
                 qPrintable(result.error().message));
        QCOMPARE(shop.orders.count(shop.owner, {}).value(), 0);
        QCOMPARE(
            scalar(shop.tmp.db(), "SELECT count(*) FROM change_log WHERE table_name LIKE 'sales_order%'"), 0);
    }

    void fboHistoryShipsFromTheMarketplace()
    {
        test::StockShop shop;
        const Id mug = shop.product(u"MUG"_qs);
        QVERIFY(
            shop.stock.createWarehouse(shop.owner, u"OZON"_qs, u"Ozon FBO"_qs, WarehouseKind::Marketplace));
        Location fbo;
        const QList<Location> locations = shop.stock.locations(shop.owner).value();
        for (const Location& l : locations) {
            if (l.kind == LocationKind::Fbo)
                fbo = l;
        }
        QVERIFY(!fbo.id.isNull());
        Order o;
        o.channel = SalesChannel::MarketplaceFbo;
        o.marketplace = u"Ozon"_qs;
        o.status = OrderStatus::Delivered;
        o.lines = {line(mug, 2, 10000)};
        QCOMPARE(shop.orders.importHistory(shop.owner, {o}, u"ozon"_qs).value().size(), 1);
        const auto rows = shop.orders.list(shop.owner, {}, 0, 1).value();
        const Order read = shop.orders.order(shop.owner, rows.first().id).value();
        QCOMPARE(read.lines.first().locationId, fbo.id);
        QCOMPARE(read.deliveredAt, read.shippedAt);
        QCOMPARE(read.shippedAt, std::optional<qint64>(read.orderedAt));
    }

    void needsManageOrders()
    {
        test::StockShop shop;
        const Id mug = shop.product(u"MUG"_qs);
        Order o;
        o.status = OrderStatus::Delivered;
        o.lines = {line(mug, 1, 10000)};
        auto refused = shop.orders.importHistory(Actor::withRole(Role::Warehouse, u"Pavel"_qs), {o}, u"x"_qs);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(shop.orders.count(shop.owner, {}).value(), 0);
        QVERIFY(shop.orders.importHistory(shop.owner, {}, u"x"_qs).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderHistory)
#include "TestOrderHistory.moc"

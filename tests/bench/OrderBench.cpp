#include "OrderBench.h"

#include "RawSqlite.h"
#include "orders/OrderService.h"
#include "storage/Database.h"

#include <QDateTime>

#include <sqlite3.h>

namespace kontor::bench {

void createRawOrderSchema(RawSqlite& raw)
{
    raw.exec(
        "CREATE TABLE customers (local_id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, "
        "email TEXT NOT NULL, phone TEXT NOT NULL, email_key TEXT NOT NULL, phone_key TEXT NOT NULL, "
        "legal_name TEXT NOT NULL, tax_id TEXT NOT NULL, tax_reason_code TEXT NOT NULL, legal_address TEXT "
        "NOT NULL, bank_details TEXT NOT NULL, payment_terms_days INTEGER NOT NULL, credit_limit INTEGER, "
        "marketing_consent INTEGER NOT NULL, notes TEXT NOT NULL, tags TEXT NOT NULL, search_text TEXT NOT "
        "NULL, created_at INTEGER NOT NULL)");
    raw.exec("CREATE INDEX customers_email ON customers(email_key) WHERE email_key <> ''");
    raw.exec("CREATE INDEX customers_phone ON customers(phone_key) WHERE phone_key <> ''");
    raw.exec("CREATE INDEX customers_name ON customers(name COLLATE NOCASE)");
    raw.exec(
        "CREATE TABLE customer_addresses (local_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
        "REFERENCES customers(local_id), label TEXT NOT NULL, address TEXT NOT NULL, is_default INTEGER NOT "
        "NULL)");
    raw.exec("CREATE INDEX customer_addresses_customer ON customer_addresses(customer_id)");
    raw.exec(
        "CREATE TABLE sales_orders (local_id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, channel TEXT "
        "NOT NULL, marketplace TEXT NOT NULL DEFAULT '', external_ref TEXT NOT NULL DEFAULT '', customer_id "
        "INTEGER REFERENCES customers(local_id), customer_name TEXT NOT NULL, ship_to TEXT NOT NULL DEFAULT "
        "'', "
        "status TEXT NOT NULL, ordered_at INTEGER NOT NULL, currency TEXT NOT NULL, subtotal INTEGER NOT "
        "NULL "
        "DEFAULT 0, vat_total INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT 0, order_discount "
        "INTEGER NOT NULL DEFAULT 0, shipping_charge INTEGER NOT NULL DEFAULT 0, payment_status TEXT NOT "
        "NULL, "
        "payment_method TEXT NOT NULL DEFAULT 'card', paid_amount INTEGER NOT NULL DEFAULT 0, "
        "refunded_amount "
        "INTEGER NOT NULL DEFAULT 0, shipping_cost INTEGER NOT NULL DEFAULT 0, commission INTEGER NOT NULL "
        "DEFAULT 0, payment_fee INTEGER NOT NULL DEFAULT 0, carrier_id INTEGER, shipping_service TEXT NOT "
        "NULL DEFAULT '', tracking_number TEXT NOT NULL DEFAULT '', ship_by INTEGER, promised_delivery "
        "INTEGER, shipped_at INTEGER, delivered_at INTEGER, delay_reason TEXT NOT NULL DEFAULT '', note TEXT "
        "NOT NULL DEFAULT '', created_at INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0)");
    raw.exec("CREATE INDEX sales_orders_ordered ON sales_orders(ordered_at, local_id)");
    raw.exec("CREATE INDEX sales_orders_status ON sales_orders(status, ordered_at)");
    raw.exec("CREATE INDEX sales_orders_customer ON sales_orders(customer_id, ordered_at)");
    raw.exec("CREATE INDEX sales_orders_channel ON sales_orders(channel, ordered_at)");
    raw.exec(
        "CREATE TABLE sales_order_lines (local_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES "
        "sales_orders(local_id), position INTEGER NOT NULL, product_id INTEGER NOT NULL REFERENCES "
        "products(local_id), sku TEXT NOT NULL, name TEXT NOT NULL, quantity INTEGER NOT NULL, unit_price "
        "INTEGER NOT NULL, line_discount INTEGER NOT NULL DEFAULT 0, order_discount INTEGER NOT NULL DEFAULT "
        "0, vat_bp INTEGER, net INTEGER NOT NULL DEFAULT 0, vat INTEGER NOT NULL DEFAULT 0, total INTEGER "
        "NOT "
        "NULL DEFAULT 0, location_id INTEGER, reserved INTEGER NOT NULL DEFAULT 0, picked INTEGER NOT NULL "
        "DEFAULT 0, shipped INTEGER NOT NULL DEFAULT 0, returned INTEGER NOT NULL DEFAULT 0, unit_cost "
        "INTEGER)");
    raw.exec("CREATE INDEX sales_order_lines_order ON sales_order_lines(order_id, position)");
    raw.exec("CREATE INDEX sales_order_lines_product ON sales_order_lines(product_id)");
    raw.exec(
        "CREATE TABLE sales_order_events (local_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL "
        "REFERENCES sales_orders(local_id), from_status TEXT NOT NULL, to_status TEXT NOT NULL, at INTEGER "
        "NOT NULL, user_name TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')");
    raw.exec("CREATE INDEX sales_order_events_order ON sales_order_events(order_id, at)");
    raw.exec(
        "CREATE TABLE stock_reservations (local_id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL "
        "REFERENCES products(local_id), location_id INTEGER NOT NULL REFERENCES locations(local_id), "
        "quantity INTEGER NOT NULL, order_id INTEGER NOT NULL REFERENCES sales_orders(local_id), created_at "
        "INTEGER NOT NULL)");
    raw.exec("CREATE INDEX stock_reservations_ref ON stock_reservations(order_id)");
    raw.exec("CREATE INDEX stock_reservations_place ON stock_reservations(product_id, location_id)");
}

OrderRun createAndConfirm(Database& db, OrderService& orders, const Actor& actor, RawSqlite& raw,
                          qint64 rawLocation, const QList<BenchOrder>& list)
{
    OrderRun run;
    WalFrameCounter kontorWal;
    WalFrameCounter rawWal;
    kontorWal.install(db.connection().handle());
    rawWal.install(raw.handle());
    qint64 kontorCreateFrames = 0;
    qint64 kontorConfirmFrames = 0;
    qint64 rawCreateFrames = 0;
    qint64 rawConfirmFrames = 0;
    RawStatement product(raw.handle(), "SELECT sku, name FROM products WHERE local_id = ?");
    RawStatement insertOrder(
        raw.handle(),
        "INSERT INTO sales_orders(number, channel, customer_id, customer_name, status, ordered_at, "
        "currency, subtotal, total, payment_status, created_at, updated_at) VALUES(?, 'site', ?, ?, "
        "'draft', ?, 'RUB', ?, ?, 'unpaid', ?, ?)");
    RawStatement insertLine(
        raw.handle(), "INSERT INTO sales_order_lines(order_id, position, product_id, sku, name, quantity, "
                      "unit_price, net, total) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    RawStatement available(raw.handle(),
                           "SELECT on_hand - reserved FROM stock_balances WHERE product_id = ? AND "
                           "location_id = ?");
    RawStatement reserve(raw.handle(), "INSERT INTO stock_reservations(product_id, location_id, quantity, "
                                       "order_id, created_at) VALUES(?, ?, ?, ?, ?)");
    RawStatement balance(raw.handle(),
                         "UPDATE stock_balances SET reserved = reserved + ? WHERE product_id = ? "
                         "AND location_id = ?");
    RawStatement lineReserved(
        raw.handle(), "UPDATE sales_order_lines SET location_id = ?, reserved = ? WHERE local_id = ?");
    RawStatement confirmOrder(
        raw.handle(), "UPDATE sales_orders SET status = 'confirmed', updated_at = ? WHERE local_id = ?");
    RawStatement event(raw.handle(), "INSERT INTO sales_order_events(order_id, from_status, to_status, at, "
                                     "user_name) VALUES(?, 'draft', 'confirmed', ?, 'bench')");
    qint64 number = raw.scalar("SELECT count(*) FROM sales_orders");
    for (const BenchOrder& o : list) {
        // ---- Kontor: create, then confirm ----
        Order draft;
        draft.customerId = o.customer;
        for (const BenchOrderLine& l : o.lines) {
            OrderLine line;
            line.productId = l.product;
            line.quantity = l.quantity;
            line.unitPrice = l.unitPrice;
            draft.lines.append(line);
        }
        double cpu = threadCpuMs();
        qint64 frames = kontorWal.frames();
        Stopwatch one;
        const Order created = check(orders.create(actor, draft), "OrderService::create");
        const double createMs = one.ms();
        run.kontorCreateCpu.add(threadCpuMs() - cpu);
        kontorCreateFrames += kontorWal.frames() - frames;
        frames = kontorWal.frames();
        cpu = threadCpuMs();
        one.restart();
        const Order confirmed = check(orders.confirm(actor, created.id), "OrderService::confirm");
        const double confirmMs = one.ms();
        run.kontorConfirmCpu.add(threadCpuMs() - cpu);
        kontorConfirmFrames += kontorWal.frames() - frames;
        run.kontorCreate.add(createMs);
        run.kontorConfirm.add(confirmMs);
        run.kontorSeconds += (createMs + confirmMs) / 1e3;
        for (const OrderLine& l : confirmed.lines)
            (l.reserved.milli() > 0 ? run.kontorReserved : run.kontorWaiting)++;

        // ---- raw: the same rows, the same two transactions ----
        frames = rawWal.frames();
        cpu = threadCpuMs();
        one.restart();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        raw.exec("BEGIN IMMEDIATE");
        QList<std::pair<QString, QString>> names;
        qint64 subtotal = 0;
        for (const BenchOrderLine& l : o.lines) {
            product.bind(1, l.rawProduct);
            if (!product.step())
                fatal(QStringLiteral("raw: no product %1").arg(l.rawProduct));
            names.append({product.text(0), product.text(1)});
            product.reset();
            subtotal += l.unitPrice * l.quantity.milli() / Quantity::One;
        }
        insertOrder.bind(1, QStringLiteral("SO-%1").arg(++number, 5, 10, QChar(u'0')))
            .bind(2, o.rawCustomer)
            .bind(3, o.customerName)
            .bind(4, now)
            .bind(5, subtotal)
            .bind(6, subtotal)
            .bind(7, now)
            .bind(8, now)
            .run();
        const qint64 orderId = sqlite3_last_insert_rowid(raw.handle());
        QList<qint64> lineIds;
        for (qsizetype i = 0; i < o.lines.size(); ++i) {
            const BenchOrderLine& l = o.lines.at(i);
            const qint64 amount = l.unitPrice * l.quantity.milli() / Quantity::One;
            insertLine.bind(1, orderId)
                .bind(2, qint64(i + 1))
                .bind(3, l.rawProduct)
                .bind(4, names.at(i).first)
                .bind(5, names.at(i).second)
                .bind(6, l.quantity.milli())
                .bind(7, l.unitPrice)
                .bind(8, amount)
                .bind(9, amount)
                .run();
            lineIds.append(sqlite3_last_insert_rowid(raw.handle()));
        }
        raw.exec("COMMIT");
        const double rawCreateMs = one.ms();
        run.rawCreateCpu.add(threadCpuMs() - cpu);
        rawCreateFrames += rawWal.frames() - frames;
        frames = rawWal.frames();
        cpu = threadCpuMs();
        one.restart();
        raw.exec("BEGIN IMMEDIATE");
        for (qsizetype i = 0; i < o.lines.size(); ++i) {
            const BenchOrderLine& l = o.lines.at(i);
            available.bind(1, l.rawProduct).bind(2, rawLocation);
            const qint64 free = available.step() ? available.int64(0) : 0;
            available.reset();
            if (free < l.quantity.milli()) {
                ++run.rawWaiting;
                continue;
            }
            reserve.bind(1, l.rawProduct).bind(2, rawLocation).bind(3, l.quantity.milli()).bind(4, orderId);
            reserve.bind(5, now).run();
            balance.bind(1, l.quantity.milli()).bind(2, l.rawProduct).bind(3, rawLocation).run();
            lineReserved.bind(1, rawLocation).bind(2, l.quantity.milli()).bind(3, lineIds.at(i)).run();
            ++run.rawReserved;
        }
        confirmOrder.bind(1, now).bind(2, orderId).run();
        event.bind(1, orderId).bind(2, now).run();
        raw.exec("COMMIT");
        const double rawConfirmMs = one.ms();
        run.rawConfirmCpu.add(threadCpuMs() - cpu);
        rawConfirmFrames += rawWal.frames() - frames;
        run.rawCreate.add(rawCreateMs);
        run.rawConfirm.add(rawConfirmMs);
        run.rawSeconds += (rawCreateMs + rawConfirmMs) / 1e3;
    }
    kontorWal.uninstall();
    rawWal.uninstall();
    const double n = std::max<double>(1, double(list.size()));
    run.kontorCreateFrames = double(kontorCreateFrames) / n;
    run.kontorConfirmFrames = double(kontorConfirmFrames) / n;
    run.rawCreateFrames = double(rawCreateFrames) / n;
    run.rawConfirmFrames = double(rawConfirmFrames) / n;
    return run;
}

QJsonObject orderRunJson(const OrderRun& run, int orders)
{
    QJsonObject step = secondsStep(run.kontorSeconds, run.rawSeconds);
    step.insert(u"orders"_qs, orders);
    step.insert(u"transactions"_qs, 2 * orders);
    step.insert(u"lines_reserved"_qs, run.kontorReserved);
    step.insert(u"lines_waiting"_qs, run.kontorWaiting);
    step.insert(u"raw_lines_reserved"_qs, run.rawReserved);
    step.insert(u"raw_lines_waiting"_qs, run.rawWaiting);
    step.insert(u"create_ms"_qs, latencyStep(run.kontorCreate, run.rawCreate));
    step.insert(u"confirm_ms"_qs, latencyStep(run.kontorConfirm, run.rawConfirm));
    step.insert(u"create_cpu_ms"_qs, latencyStep(run.kontorCreateCpu, run.rawCreateCpu));
    step.insert(u"confirm_cpu_ms"_qs, latencyStep(run.kontorConfirmCpu, run.rawConfirmCpu));
    step.insert(u"wal_frames"_qs, QJsonObject{{u"create"_qs, rounded(run.kontorCreateFrames, 1)},
                                              {u"confirm"_qs, rounded(run.kontorConfirmFrames, 1)},
                                              {u"raw_create"_qs, rounded(run.rawCreateFrames, 1)},
                                              {u"raw_confirm"_qs, rounded(run.rawConfirmFrames, 1)}});
    step.insert(u"kontor"_qs,
                u"OrderService::create (catalog lookups, totals, change log, audit) then "
                u"OrderService::confirm (allocation, a reservation per line, balances, change log, "
                u"event), one BEGIN IMMEDIATE/COMMIT each"_qs);
    step.insert(u"raw"_qs,
                u"prepared statements, the same two transactions per order: product lookups, the order "
                u"and its lines; then per line the balance read, a reservation row and the balance "
                u"update when it fits, the lines, the order's status and an event row"_qs);
    step.insert(u"interleaved"_qs, u"Kontor and raw take turns order by order; seconds are sums"_qs);
    return step;
}

} // namespace kontor::bench

#include "ShippedOrders.h"

namespace kontor::test {

Customer makeCustomer(StockShop& shop, const QString& name, const QString& email, const QString& phone,
                      CustomerKind kind)
{
    Customer c;
    c.kind = kind;
    c.name = name;
    c.email = email;
    c.phone = phone;
    auto created = shop.customers.create(shop.owner, c, true);
    if (!created)
        qFatal("cannot create customer %s: %s", qPrintable(name), qPrintable(created.error().toString()));
    return *created;
}

Order shippedOrder(StockShop& shop, const Id& customerId, const QList<std::pair<Id, qint64>>& lines,
                   bool paid)
{
    auto check = [](const auto& result, const char* what) {
        if (!result)
            qFatal("cannot %s the order: %s", what, qPrintable(result.error().toString()));
    };
    Order draft;
    draft.customerId = customerId;
    for (const auto& [productId, units] : lines) {
        auto line = shop.orders.lineFor(shop.owner, productId, Quantity::fromUnits(units));
        check(line, "fill a line of");
        draft.lines.append(*line);
    }
    auto order = shop.orders.create(shop.owner, draft);
    check(order, "create");
    check(shop.orders.confirm(shop.owner, order->id), "confirm");
    check(shop.orders.ship(shop.owner, order->id), "ship");
    if (paid)
        check(shop.orders.recordPayment(shop.owner, order->id, order->total), "pay for");
    auto shipped = shop.orders.order(shop.owner, order->id);
    check(shipped, "read");
    return *shipped;
}

} // namespace kontor::test

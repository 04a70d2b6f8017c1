#pragma once

// Builders for GUI tests of customers and returns: a customer, and an order for them that is
// created, confirmed and shipped through OrderService (and paid, when asked).

#include "StockShop.h"

namespace kontor::test {

// Creates a customer (qFatal on failure).
Customer makeCustomer(StockShop& shop, const QString& name, const QString& email = {},
                      const QString& phone = {}, CustomerKind kind = CustomerKind::Person);

// An order of these products and whole units at catalog prices, confirmed and shipped from stock;
// paid in full when `paid` (qFatal on failure). Returns the order as it is after shipping.
Order shippedOrder(StockShop& shop, const Id& customerId, const QList<std::pair<Id, qint64>>& lines,
                   bool paid = true);

} // namespace kontor::test

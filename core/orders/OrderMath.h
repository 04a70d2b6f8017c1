#pragma once

// OrderMath: the money of an order, as pure functions (ARCHITECTURE.md's money rules). A line's
// amount is unit price x quantity rounded half-up; the order discount is spread over the lines in
// proportion to their amounts by largest remainder, so the shares add up to the discount exactly;
// VAT is computed per line, half-up, from prices with or without VAT as the order is set up.

#include "Order.h"

namespace kontor::OrderMath {

// Unit price x quantity, rounded half-up to the minor unit.
qint64 lineAmount(qint64 unitPrice, Quantity quantity);

// Splits `total` over `weights` in proportion, by largest remainder (ties: earlier first). The
// result has one entry per weight and sums to `total`; all-zero weights split evenly.
QList<qint64> spread(qint64 total, const QList<qint64>& weights);

// VAT of a priced amount at `bp` basis points: contained in it (prices with VAT) or on top of it.
qint64 vatOf(qint64 amount, int bp, bool pricesIncludeVat);

// Fills every line's order-discount share, net, VAT and total, and the order's subtotal, VAT
// total and total (lines + shipping charge). Line discounts larger than the line are capped.
void computeTotals(Order& order);

} // namespace kontor::OrderMath

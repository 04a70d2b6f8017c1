#include "OrderMath.h"

#include "common/Decimal.h"

#include <algorithm>
#include <numeric>

namespace kontor::OrderMath {

namespace {
// Money x weight can pass 2^63 for large weights; the product is exact in 128 bits.
__extension__ typedef __int128 Wide;
} // namespace

qint64 lineAmount(qint64 unitPrice, Quantity quantity)
{
    return Decimal::mulDivRound(unitPrice, quantity.milli(), Quantity::One);
}

QList<qint64> spread(qint64 total, const QList<qint64>& weights)
{
    QList<qint64> shares(weights.size(), 0);
    if (weights.isEmpty() || total == 0)
        return shares;
    const qint64 sum = std::accumulate(weights.begin(), weights.end(), qint64(0));
    QList<qint64> w = weights;
    if (sum <= 0)
        w.fill(1);
    const qint64 wsum = sum <= 0 ? w.size() : sum;
    QList<std::pair<qint64, qsizetype>> remainders; // (remainder, index)
    qint64 given = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        // total * w / wsum, floored, with the remainder kept for the largest-remainder pass
        const Wide product = static_cast<Wide>(total) * w[i];
        shares[i] = static_cast<qint64>(product / wsum);
        remainders.append({static_cast<qint64>(product % wsum), i});
        given += shares[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    qint64 left = total - given;
    for (qsizetype k = 0; left > 0 && k < remainders.size(); ++k, --left)
        ++shares[remainders[k].second];
    return shares;
}

qint64 vatOf(qint64 amount, int bp, bool pricesIncludeVat)
{
    if (bp <= 0 || amount == 0)
        return 0;
    return pricesIncludeVat ? Decimal::mulDivRound(amount, bp, 10000 + bp)
                            : Decimal::mulDivRound(amount, bp, 10000);
}

void computeTotals(Order& order)
{
    QList<qint64> amounts;
    amounts.reserve(order.lines.size());
    for (OrderLine& line : order.lines) {
        const qint64 amount = lineAmount(line.unitPrice, line.quantity);
        line.lineDiscount = std::clamp(line.lineDiscount, qint64(0), std::max(amount, qint64(0)));
        amounts.append(amount - line.lineDiscount);
    }
    const qint64 linesSum = std::accumulate(amounts.begin(), amounts.end(), qint64(0));
    order.orderDiscount = std::clamp(order.orderDiscount, qint64(0), std::max(linesSum, qint64(0)));
    const QList<qint64> shares = spread(order.orderDiscount, amounts);
    order.subtotal = 0;
    order.vatTotal = 0;
    qint64 linesTotal = 0;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        OrderLine& line = order.lines[i];
        line.orderDiscount = shares[i];
        const qint64 priced = amounts[i] - shares[i];
        line.vat = vatOf(priced, line.vatBp.value_or(0), order.pricesIncludeVat);
        line.net = order.pricesIncludeVat ? priced - line.vat : priced;
        line.total = line.net + line.vat;
        order.subtotal += priced;
        order.vatTotal += line.vat;
        linesTotal += line.total;
    }
    order.total = linesTotal + order.shippingCharge;
}

} // namespace kontor::OrderMath

#include "AbcClassifier.h"

#include "common/Decimal.h"
#include "common/Quantity.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor {

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
} // namespace

AbcClassifier::AbcClassifier(Database& db)
    : m_db(db)
{}

Result<QHash<Id, qint64>> AbcClassifier::revenue(const Actor& actor, qint64 asOf, int days)
{
    Q_UNUSED(actor); // revenue per product is no secret of the purchase side
    // A shipment leg is negative and its reversal positive, so the sum of -quantity nets them.
    auto q =
        m_db.connection().query("SELECT m.product_id, -SUM(m.quantity), p.list_price FROM stock_movements m "
                                "JOIN products p ON p.id = m.product_id "
                                "WHERE m.kind = 'shipment' AND m.occurred_at > ?1 AND m.occurred_at <= ?2 "
                                "GROUP BY m.product_id");
    q.bindAll(asOf - qint64(days) * DayMs, asOf);
    QHash<Id, qint64> result;
    auto ok = q.forEachRow([&] {
        const qint64 shippedMilli = q.int64(1);
        if (shippedMilli <= 0)
            return;
        const qint64 amount = Decimal::mulDivRound(shippedMilli, q.int64(2), Quantity::One);
        if (amount > 0)
            result.insert(q.id(0), amount);
    });
    if (!ok)
        return fail(ok.error());
    return result;
}

Result<QHash<Id, AbcClass>> AbcClassifier::classify(const Actor& actor, qint64 asOf, int days)
{
    auto sold = revenue(actor, asOf, days);
    if (!sold)
        return fail(sold.error());
    auto q = m_db.connection().query("SELECT id FROM products p WHERE deleted = 0 "
                                     "AND NOT EXISTS(SELECT 1 FROM kit_components k WHERE k.kit_id = p.id)");
    QList<Id> products;
    if (auto ok = q.forEachRow([&] { products.append(q.id(0)); }); !ok)
        return fail(ok.error());
    return classify(products, *sold);
}

QHash<Id, AbcClass> AbcClassifier::classify(const QList<Id>& products, const QHash<Id, qint64>& revenue)
{
    QList<std::pair<Id, qint64>> ranked;
    ranked.reserve(products.size());
    qint64 total = 0;
    for (const Id& id : products) {
        const qint64 amount = std::max<qint64>(0, revenue.value(id));
        ranked.append({id, amount});
        total += amount;
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QHash<Id, AbcClass> result;
    result.reserve(ranked.size());
    qint64 before = 0; // revenue of the products ranked above
    for (const auto& [id, amount] : ranked) {
        AbcClass abc = AbcClass::C;
        if (amount > 0) {
            // before / total < 80 %, in integers: shares of money never pass through double.
            if (before * 100 < qint64(APercent) * total)
                abc = AbcClass::A;
            else if (before * 100 < qint64(ABPercent) * total)
                abc = AbcClass::B;
        }
        result.insert(id, abc);
        before += amount;
    }
    return result;
}

QString AbcClassifier::className(AbcClass abc)
{
    switch (abc) {
    case AbcClass::A:
        return QCoreApplication::translate("kontor::AbcClassifier", "A");
    case AbcClass::B:
        return QCoreApplication::translate("kontor::AbcClassifier", "B");
    case AbcClass::C:
        return QCoreApplication::translate("kontor::AbcClassifier", "C");
    }
    return {};
}

} // namespace kontor

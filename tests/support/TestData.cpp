#include "TestData.h"

namespace kontor::test {

Product makeProduct(const QString& sku, const QString& name, qint64 priceMinor,
                    std::optional<qint64> costMinor)
{
    Product p;
    p.sku = sku;
    p.name = name;
    p.listPrice = Money(priceMinor, u"RUB"_qs);
    if (costMinor)
        p.cost = Money(*costMinor, u"RUB"_qs);
    return p;
}

} // namespace kontor::test

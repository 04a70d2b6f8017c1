#pragma once

// Small builders for test data shared by the core and GUI tests.

#include "catalog/Product.h"

#include <optional>

namespace kontor::test {

// A product draft in RUB with the given price (and cost, if any) in kopecks.
Product makeProduct(const QString& sku, const QString& name, qint64 priceMinor = 10000,
                    std::optional<qint64> costMinor = std::nullopt);

} // namespace kontor::test

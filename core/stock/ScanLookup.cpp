#include "ScanLookup.h"

#include "catalog/ProductService.h"

namespace kontor::ScanLookup {

Result<std::optional<Product>> findProduct(ProductService& products, const Actor& actor, const ScanCode& code)
{
    QStringList keys{code.lookup};
    keys.append(code.alternatives);
    keys.removeAll(QString());
    auto byBarcode = [&]() -> Result<std::optional<Product>> {
        for (const QString& key : keys) {
            auto p = products.productByBarcode(actor, key);
            if (!p || p->has_value())
                return p;
        }
        return std::optional<Product>();
    };
    auto bySku = [&]() -> Result<std::optional<Product>> {
        for (const QString& key : keys) {
            auto p = products.productBySku(actor, key);
            if (!p || p->has_value())
                return p;
        }
        return std::optional<Product>();
    };
    const bool retail = code.kind != ScanKind::Sku;
    auto first = retail ? byBarcode() : bySku();
    if (!first || first->has_value())
        return first;
    return retail ? bySku() : byBarcode();
}

} // namespace kontor::ScanLookup

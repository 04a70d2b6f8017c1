#pragma once

// ScanLookup: the product a scan names, shared by counting and packing. A retail code (EAN, UPC,
// GTIN, the GTIN of a marking code) is looked up as a barcode first, then as a SKU (some shops use
// the code as their SKU); other text as a SKU first, then as a barcode (an internal barcode may be
// any text). Every form of the code ScanCodes::parse offers is tried.

#include "ScanCode.h"
#include "catalog/Product.h"
#include "security/Actor.h"

#include <optional>

namespace kontor {

class ProductService;

namespace ScanLookup {

// nullopt: no product has this code.
[[nodiscard]] Result<std::optional<Product>> findProduct(ProductService& products, const Actor& actor,
                                                         const ScanCode& code);

} // namespace ScanLookup
} // namespace kontor

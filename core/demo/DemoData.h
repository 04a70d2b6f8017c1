#pragma once

// DemoData: a deterministic demo catalog for trying Kontor out and for benchmarks. A fixed seed
// gives the same products, names, SKUs, prices and barcodes on every run and every machine:
// Russian and English names, a bilingual category tree, variant groups (colour/size), EAN-13 and
// internal barcodes, pieces, kilograms and metres. Written through ProductService like an import.

#include "catalog/ProductService.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <functional>

namespace kontor::DemoData {

enum class Scale
{
    Small, // 1,000 products
    Large  // 50,000 products
};

// How many products (variants included) a scale generates.
int productCount(Scale scale);

// Adds the demo catalog: exactly productCount(scale) products plus the categories they use, through
// ProductService::saveMany in batches of 1,000 rows, each batch its own transaction (plain products
// and variant parents first, then the variants). Existing products are never modified: if a demo SKU
// is already taken, nothing is written and the error says so. `progress(done, total)` is called
// every few hundred products; returning false cancels with ErrorCode::Cancelled: the batch in
// progress is rolled back, batches already committed stay (whole products, each with its category;
// a parent may have fewer variants than planned). Returns the number of products created.
Result<int> generate(ProductService& products, const Actor& actor, Scale scale,
                     const std::function<bool(int done, int total)>& progress = {});

} // namespace kontor::DemoData

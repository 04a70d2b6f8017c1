#pragma once

// DemoData: a deterministic demo shop for trying Kontor out and for benchmarks. A fixed seed
// gives the same products, names, SKUs, prices and barcodes on every run and every machine:
// Russian and English names, a bilingual category tree, variant groups (colour/size), EAN-13 and
// internal barcodes, pieces, kilograms and metres. Written through ProductService like an import;
// then 120 days of stock history (DemoStock) through StockService, then customers and a year of
// orders (DemoOrders) through CustomerService and OrderService, with their returns through
// ReturnService.

#include "catalog/ProductService.h"
#include "common/Result.h"
#include "demo/DemoOrders.h"
#include "demo/DemoPurchasing.h"
#include "demo/DemoStock.h"
#include "demo/DemoSupport.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "orders/ReturnService.h"
#include "security/Actor.h"
#include "stock/StockService.h"

#include <functional>

namespace kontor::DemoData {

enum class Scale
{
    Small, // 1,000 products, 500 customers, 2,000 orders
    Large  // 50,000 products, 20,000 customers, 200,000 orders
};

// How many products (variants included), customers and orders a scale generates (BENCHMARKS.md).
int productCount(Scale scale);
int customerCount(Scale scale);
int orderCount(Scale scale);
int supplierCount(Scale scale);
int purchaseOrderCount(Scale scale);
int ticketCount(Scale scale);

// What generate() added.
struct Summary
{
    int products = 0;
    int stockDocuments = 0; // stock postings
    int stockMovements = 0; // ledger rows (a transfer has two)
    int customers = 0;
    int orders = 0;
    int openOrders = 0; // confirmed, picking or packed: holding reservations
    int returns = 0;
    int suppliers = 0;
    int purchaseOrders = 0;
    int tickets = 0;
};

// The catalog, its stock history, customers and orders, suppliers and purchase orders, then the
// support desk: what the Welcome dialog and `kontor-cli demo` do. Progress runs from 0 to five
// times productCount(scale): the catalog, the stock, the orders, the purchases, the tickets.
// Cancelling keeps what was committed (see generateCatalog, generateStock, generateOrders,
// generatePurchasing and generateSupport).
Result<Summary> generate(ProductService& products, StockService& stock, CustomerService& customers,
                         OrderService& orders, ReturnService& returns, SupplierService& suppliers,
                         PurchaseOrderService& purchases, SupportService& support, UserService& users,
                         const Actor& actor, Scale scale,
                         const std::function<bool(int done, int total)>& progress = {});

// Adds the demo catalog: exactly productCount(scale) products plus the categories they use, through
// ProductService::saveMany in batches of 1,000 rows, each batch its own transaction (plain products
// and variant parents first, then the variants). Existing products are never modified: if a demo SKU
// is already taken, nothing is written and the error says so. `progress(done, total)` is called
// every few hundred products; returning false cancels with ErrorCode::Cancelled: the batch in
// progress is rolled back, batches already committed stay (whole products, each with its category;
// a parent may have fewer variants than planned). Returns the number of products created.
Result<int> generateCatalog(ProductService& products, const Actor& actor, Scale scale,
                            const std::function<bool(int done, int total)>& progress = {});

// Adds 120 days of stock history (DemoStock) for the demo products of `scale` found in the catalog
// (variant parents hold no stock), posted in batches of past-dated movements; a marketplace
// warehouse "OZON-FBO" is created if missing. Refused if any demo product already has stock.
// `progress(day, 120)` after each simulated day; returning false stops there with
// ErrorCode::Cancelled, keeping the history up to that day.
Result<DemoStock::Summary> generateStock(ProductService& products, StockService& stock, const Actor& actor,
                                         Scale scale,
                                         const std::function<bool(int day, int days)>& progress = {});

// Adds customerCount(scale) customers and orderCount(scale) orders of the last twelve months
// (DemoOrders) over the demo products of `scale` found in the catalog (variant parents are not
// sold), and the returns of a few delivered ones. Run after generateStock: the newest orders are
// confirmed against that stock (one whose stock is short stays a draft), and returned goods go
// back to it. Refused when the demo customers are already there.
// `progress(done, customers + orders)`; returning false stops with ErrorCode::Cancelled, keeping
// the batches already committed.
Result<DemoOrders::Summary> generateOrders(ProductService& products, StockService& stock,
                                           CustomerService& customers, OrderService& orders,
                                           ReturnService& returns, const Actor& actor, Scale scale,
                                           const std::function<bool(int done, int total)>& progress = {});

// Adds supplierCount(scale) suppliers with contracts over the demo products (each the preferred
// supplier of its share) and purchaseOrderCount(scale) purchase orders of the last year
// (DemoPurchasing). Run after generateStock. Refused when the demo suppliers are already there.
Result<DemoPurchasing::Summary>
generatePurchasing(ProductService& products, SupplierService& suppliers, PurchaseOrderService& purchases,
                   const Actor& actor, Scale scale,
                   const std::function<bool(int done, int total)>& progress = {});

// Adds the demo support desk (DemoSupport): agents, canned responses, help articles and
// ticketCount(scale) tickets of the last DemoSupport::Days about the demo orders. Run after
// generateOrders. Refused when the demo agents are already there.
Result<DemoSupport::Summary> generateSupport(ProductService& products, SupportService& support,
                                             UserService& users, const Actor& actor, Scale scale,
                                             const std::function<bool(int done, int total)>& progress = {});

} // namespace kontor::DemoData

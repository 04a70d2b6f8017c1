#pragma once

// PackingVerifier: scan-to-verify packing of one order. It knows what the parcel must hold (per
// product: what was picked, or reserved while the goods still sit on the shelf) and checks every
// scan against it: a barcode, a SKU or a Честный ЗНАК marking code resolves to a product, which
// must be on the order and not already packed in full; a marking code's serial may be packed only
// once. A kit is packed as a kit: its own code counts one kit. Pure logic: the only outside call
// is the resolver that turns a scan into a product (ScanLookup over ProductService).

#include "Order.h"
#include "catalog/Product.h"
#include "security/Actor.h"
#include "stock/ScanCode.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace kontor {

class ProductService;

// One product to pack, with its progress.
struct PackingLine
{
    Id productId;
    QString sku;
    QString name;
    Unit unit = Unit::Piece;
    Quantity expected;
    Quantity scanned;

    bool isComplete() const { return scanned >= expected; }
};

enum class PackingScanStatus
{
    Accepted,
    WrongItem,      // a product that is not on the order
    TooMany,        // the product's line is packed in full already
    RepeatedSerial, // this marking code (the same unit) was packed already
    UnknownCode,    // no product has this code
    Unreadable,     // not a valid code (a wrong check digit, a broken GS1 code)
};

struct PackingScan
{
    PackingScanStatus status = PackingScanStatus::Unreadable;
    ScanCode code;
    int line = -1;    // index into PackingVerifier::lines(); -1 when the product is not on the order
    Quantity counted; // what an accepted scan added to its line
    QString message;  // translated: what happened, for the packer

    bool accepted() const { return status == PackingScanStatus::Accepted; }
};

class PackingVerifier
{
    Q_DECLARE_TR_FUNCTIONS(kontor::PackingVerifier)

public:
    // Turns a parsed scan into a product (nullopt: unknown code); an error only when lookup fails.
    using Resolver = std::function<Result<std::optional<Product>>(const ScanCode&)>;

    PackingVerifier(QList<PackingLine> lines, Resolver resolve);

    // What the parcel of `order` must hold: one line per product, in order-line order, with the
    // picked quantity (or the reserved one before packing moved the goods). Lines still waiting
    // for stock are left out: they do not go into this parcel. `units` by product id (piece when
    // missing).
    static QList<PackingLine> expectedLines(const Order& order, const QHash<Id, Unit>& units = {});
    // A verifier for the order, resolving scans through the catalog.
    static Result<PackingVerifier> forOrder(ProductService& products, const Actor& actor, const Order& order);

    // Checks one scan (as the scanner typed it) and counts it when it fits. A piece counts one per
    // scan; goods sold by weight, length or volume are packed as one package, so one scan counts
    // the whole line. Refusals are results, not errors: an error means the lookup itself failed.
    [[nodiscard]] Result<PackingScan> scan(QStringView input);
    // Takes back the last accepted scan; returns it, or nullopt when nothing is left to undo.
    std::optional<PackingScan> undo();

    const QList<PackingLine>& lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    // Every line fully scanned (and there is something to pack).
    bool isComplete() const;
    Quantity expectedTotal() const;
    Quantity scannedTotal() const;
    int acceptedScans() const { return int(m_history.size()); }

private:
    PackingScan refuse(PackingScanStatus status, const ScanCode& code, int line, QString message) const;

    QList<PackingLine> m_lines;
    Resolver m_resolve;
    QHash<Id, int> m_lineOf; // product id -> line index
    QSet<QString> m_serials; // GTIN + serial of the marking codes packed
    QList<PackingScan> m_history;
};

} // namespace kontor

#include "StockShop.h"

#include "TestData.h"

namespace kontor::test {

Id StockShop::product(const QString& sku, const QString& name, Unit unit, std::optional<qint64> costMinor)
{
    Product p = makeProduct(sku, name, 10000, costMinor);
    p.unit = unit;
    auto created = products.create(owner, p);
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(sku), qPrintable(created.error().toString()));
    return created->id;
}

Id StockShop::product(const QString& sku, std::optional<qint64> costMinor)
{
    return product(sku, u"Product "_qs + sku, Unit::Piece, costMinor);
}

Id StockShop::receive(const Id& productId, const Id& locationId, qint64 units, std::optional<qint64> unitCost)
{
    auto doc = stock.receive(owner, productId, locationId, Quantity::fromUnits(units), unitCost);
    if (!doc)
        qFatal("cannot receive: %s", qPrintable(doc.error().toString()));
    return *doc;
}

void StockShop::applyRemote(const Id& productId, const Id& locationId, Quantity quantity, MovementKind kind)
{
    Movement m;
    m.id = Id::create();
    m.docId = Id::create();
    m.kind = kind;
    m.productId = productId;
    m.locationId = locationId;
    m.quantity = quantity;
    m.occurredAt = tmp.clock().nowMs();
    m.recordedAt = m.occurredAt;
    m.userName = QStringLiteral("Laptop");
    m.hlc = tmp.db().hybridClock().tick();
    auto applied = stock.applyRecords(owner, {m}, {});
    if (!applied)
        qFatal("cannot apply: %s", qPrintable(applied.error().toString()));
}

Quantity StockShop::onHand(const Id& productId, const Id& locationId)
{
    auto b = stock.balance(owner, productId, locationId);
    if (!b)
        qFatal("cannot read the balance: %s", qPrintable(b.error().toString()));
    return b->onHand;
}

std::pair<Warehouse, Id> StockShop::ownWarehouse(const QString& code, const QString& name)
{
    auto w = stock.createWarehouse(owner, code, name, WarehouseKind::Own);
    if (!w)
        qFatal("cannot create the warehouse: %s", qPrintable(w.error().toString()));
    const QList<Location> all = stock.locations(owner).value();
    for (const Location& l : all) {
        if (l.warehouseId == w->id && l.kind == LocationKind::Storage)
            return {*w, l.id};
    }
    qFatal("the new warehouse has no storage location");
}

} // namespace kontor::test

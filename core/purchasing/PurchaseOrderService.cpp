#include "PurchaseOrderService.h"

#include "SupplierService.h"
#include "common/SearchText.h"
#include "common/Decimal.h"
#include "orders/OrderMath.h"
#include "security/AuditLog.h"
#include "stock/StockService.h"
#include "storage/ChangeLog.h"
#include "storage/DocumentNumbers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace kontor {

using PurchasingKinds::dateCode;
using PurchasingKinds::dateFromCode;
using PurchasingKinds::poStatusCode;

namespace {

QString shortDate(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString money(qint64 minor, const QString& currency)
{
    return Money(minor, currency).toDisplayString();
}

// The purchasing service reads contracts and their terms for its own figures; what it hands back
// is filtered by the caller's permissions, so the reads themselves run with the rights they need.
Actor reader(const Actor& actor)
{
    Actor a = actor;
    a.permissions |= Permission::ViewCosts | Permission::ManageSuppliers;
    return a;
}

constexpr QByteArrayView PoColumns =
    "p.local_id, p.id, p.number, p.kind, p.supplier_id, s.name, p.contract_id, COALESCE(k.number, ''), "
    "p.status, "
    "p.currency, p.location_id, p.ordered_on, p.sent_at, p.confirmed_on, p.prepaid_on, p.prepaid_amount, "
    "p.due_on, p.discount_bp, p.sales_order_id, p.ship_to, p.supplier_shipped_on, p.supplier_tracking, "
    "p.closed_on, p.note, p.created_at, p.updated_at";
constexpr QByteArrayView PoFrom = " FROM purchase_orders p JOIN suppliers s ON s.id = p.supplier_id "
                                  "LEFT JOIN contracts k ON k.id = p.contract_id";

PurchaseOrder readPo(Query& q)
{
    PurchaseOrder p;
    p.localId = q.int64(0);
    p.id = q.id(1);
    p.number = q.text(2);
    p.kind = q.text(3) == u"dropship" ? PoKind::Dropship : PoKind::Stock;
    p.supplierId = q.id(4);
    p.supplierName = q.text(5);
    p.contractId = q.id(6);
    p.contractNumber = q.text(7);
    p.status = PurchasingKinds::poStatusFromCode(q.text(8)).value_or(PoStatus::Draft);
    p.currency = q.text(9);
    p.locationId = q.id(10);
    p.orderedOn = dateFromCode(q.text(11));
    p.sentAt = q.optInt64(12);
    p.confirmedOn = dateFromCode(q.text(13));
    p.prepaidOn = dateFromCode(q.text(14));
    p.prepaidAmount = q.int64(15);
    p.dueOn = dateFromCode(q.text(16));
    p.discountBp = int(q.int64(17));
    p.salesOrderId = q.id(18);
    p.shipTo = q.text(19);
    p.supplierShippedOn = dateFromCode(q.text(20));
    p.supplierTracking = q.text(21);
    p.closedOn = dateFromCode(q.text(22));
    p.note = q.text(23);
    p.createdAt = q.int64(24);
    p.updatedAt = q.int64(25);
    return p;
}

QJsonObject poPayload(const PurchaseOrder& p)
{
    return {{u"number"_qs, p.number},
            {u"kind"_qs, p.kind == PoKind::Dropship ? u"dropship"_qs : u"stock"_qs},
            {u"supplier_id"_qs, p.supplierId.toString()},
            {u"contract_id"_qs, p.contractId.isNull() ? QJsonValue() : QJsonValue(p.contractId.toString())},
            {u"status"_qs, poStatusCode(p.status)},
            {u"currency"_qs, p.currency},
            {u"ordered_on"_qs, dateCode(p.orderedOn)},
            {u"confirmed_on"_qs, dateCode(p.confirmedOn)},
            {u"prepaid_on"_qs, dateCode(p.prepaidOn)},
            {u"prepaid_amount"_qs, double(p.prepaidAmount)},
            {u"due_on"_qs, dateCode(p.dueOn)},
            {u"discount_bp"_qs, p.discountBp},
            {u"supplier_shipped_on"_qs, dateCode(p.supplierShippedOn)},
            {u"supplier_tracking"_qs, p.supplierTracking},
            {u"closed_on"_qs, dateCode(p.closedOn)},
            {u"note"_qs, p.note}};
}

std::optional<QString> optDate(QDate day)
{
    return day.isValid() ? std::optional<QString>(dateCode(day)) : std::nullopt;
}

struct ProductInfo
{
    QString sku;
    QString name;
    QString unit;
    std::optional<qint64> weightGrams;
    bool archived = false;
};

Result<ProductInfo> productInfo(Connection& c, const Id& productId)
{
    auto q = c.query("SELECT sku, name, unit, weight_g, archived FROM products WHERE id = ? AND deleted = 0");
    q.bind(productId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("kontor::PurchaseOrderService", "A line's product does not exist."),
            u"product"_qs);
    return ProductInfo{q.text(0), q.text(1), q.text(2), q.optInt64(3), q.int64(4) != 0};
}

Result<QString> shopCurrency(Connection& c)
{
    auto q = c.query("SELECT value FROM shop_settings WHERE key = 'currency'");
    auto row = q.next();
    if (!row)
        return fail(row.error());
    return *row ? q.text(0) : u"RUB"_qs;
}

// The net unit price after the PO's volume discount, half-up.
qint64 netPrice(const PurchaseOrder& po, const PoLine& line)
{
    return line.unitPrice - SupplierSla::shareOf(line.unitPrice, po.discountBp);
}

QString penaltyBasis(const PenaltyRule& rule, Quantity units, qint64 unitPrice, const QString& currency)
{
    switch (rule.kind) {
    case PenaltyKind::None:
        return QCoreApplication::translate("kontor::PurchaseOrderService", "The contract sets no penalty.");
    case PenaltyKind::PerUnit:
        return QCoreApplication::translate("kontor::PurchaseOrderService", "%1 × %2 per unit")
            .arg(units.toLocaleString(), money(rule.value, currency));
    case PenaltyKind::Percent:
        return QCoreApplication::translate("kontor::PurchaseOrderService", "%1 % of %2")
            .arg(QLocale().toString(double(rule.value) / 100.0, 'f', 2),
                 money(SupplierSla::valueOf(units, unitPrice), currency));
    }
    return {};
}

} // namespace

PurchaseOrderService::PurchaseOrderService(Database& db, StockService& stock, SupplierService& suppliers,
                                           QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_stock(stock)
    , m_suppliers(suppliers)
    , m_prices(db)
    , m_calendar(db)
{}

QDate PurchaseOrderService::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs(), QTimeZone::systemTimeZone()).date();
}

QList<PoStatus> PurchaseOrderService::allowedTransitions(PoStatus status)
{
    switch (status) {
    case PoStatus::Draft:
        return {PoStatus::Sent, PoStatus::Cancelled};
    case PoStatus::Sent:
        return {PoStatus::Confirmed, PoStatus::PartiallyReceived, PoStatus::Received, PoStatus::Draft,
                PoStatus::Cancelled};
    case PoStatus::Confirmed:
        return {PoStatus::PartiallyReceived, PoStatus::Received, PoStatus::Cancelled};
    case PoStatus::PartiallyReceived:
        return {PoStatus::PartiallyReceived, PoStatus::Received, PoStatus::Closed};
    case PoStatus::Received:
        return {PoStatus::Closed};
    case PoStatus::Closed:
    case PoStatus::Cancelled:
        return {};
    }
    return {};
}

bool PurchaseOrderService::canTransition(PoStatus from, PoStatus to)
{
    return allowedTransitions(from).contains(to);
}

// ---- loading ----

namespace {

Result<PurchaseOrder> loadPo(Connection& c, const Id& poId, bool withPrices)
{
    auto q =
        c.query(QByteArray("SELECT " + PoColumns.toByteArray() + PoFrom.toByteArray() + " WHERE p.id = ?"));
    q.bind(poId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("kontor::PurchaseOrderService",
                                                                     "The purchase order does not exist."));
    PurchaseOrder po = readPo(q);
    q.reset();
    auto lines = c.query(
        "SELECT l.id, l.product_id, p.sku, p.name, p.unit, l.supplier_sku, l.quantity, l.unit_price, "
        "l.manual_price, l.sales_order_line_id, "
        // Per line through its index (aggregating every receipt line of the shop cost 20 ms a PO).
        "(SELECT COALESCE(SUM(accepted), 0) FROM supplier_receipt_lines r WHERE r.po_line_id = l.id), "
        "(SELECT COALESCE(SUM(defective), 0) FROM supplier_receipt_lines r WHERE r.po_line_id = l.id), "
        "(SELECT COALESCE(SUM(missorted), 0) FROM supplier_receipt_lines r WHERE r.po_line_id = l.id) "
        "FROM purchase_order_lines l JOIN products p ON p.id = l.product_id "
        "WHERE l.po_id = ? ORDER BY l.position, l.local_id");
    lines.bind(poId);
    if (auto ok = lines.forEachRow([&] {
            PoLine l;
            l.id = lines.id(0);
            l.productId = lines.id(1);
            l.sku = lines.text(2);
            l.name = lines.text(3);
            l.unit = lines.text(4);
            l.supplierSku = lines.text(5);
            l.quantity = Quantity::fromMilli(lines.int64(6));
            l.unitPrice = withPrices ? lines.int64(7) : 0;
            l.manualPrice = lines.int64(8) != 0;
            l.salesOrderLineId = lines.id(9);
            l.accepted = Quantity::fromMilli(lines.int64(10));
            l.defective = Quantity::fromMilli(lines.int64(11));
            l.missorted = Quantity::fromMilli(lines.int64(12));
            po.lines.append(l);
        });
        !ok)
        return fail(ok.error());
    if (!withPrices)
        po.prepaidAmount = 0;
    return po;
}

} // namespace

Result<PurchaseOrder> PurchaseOrderService::purchaseOrder(const Actor& actor, const Id& poId)
{
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    return loadPo(c, poId, actor.can(Permission::ViewCosts) || actor.can(Permission::ManagePurchases));
}

// ---- drafts ----

Result<PurchaseOrder> PurchaseOrderService::newDraft(const Actor& actor, const Id& supplierId)
{
    auto supplier = m_suppliers.supplier(actor, supplierId);
    if (!supplier)
        return fail(supplier.error());
    PurchaseOrder po;
    po.supplierId = supplierId;
    po.supplierName = supplier->name;
    po.orderedOn = today();
    po.locationId = StockService::mainLocationId();
    po.currency = supplier->currency;
    auto contract = m_suppliers.contractOn(reader(actor), supplierId, po.orderedOn);
    if (!contract)
        return fail(contract.error());
    if (*contract) {
        po.contractId = (*contract)->id;
        po.contractNumber = (*contract)->number;
        po.currency = (*contract)->currency;
    }
    return po;
}

Result<PoLine> PurchaseOrderService::lineFor(const Actor& actor, const PurchaseOrder& po, const Id& productId,
                                             Quantity quantity)
{
    Connection& c = m_db.connection();
    auto info = productInfo(c, productId);
    if (!info)
        return fail(info.error());
    PoLine line;
    line.productId = productId;
    line.sku = info->sku;
    line.name = info->name;
    line.unit = info->unit;
    line.quantity = quantity;
    line.manualPrice = true;
    auto contract =
        m_suppliers.contractOn(reader(actor), po.supplierId, po.orderedOn.isValid() ? po.orderedOn : today());
    if (!contract)
        return fail(contract.error());
    if (*contract) {
        if (const ContractPrice* price = (*contract)->priceOf(productId)) {
            if (price->minQuantity.milli() > 0 && quantity < price->minQuantity)
                return fail(ErrorCode::Invalid,
                            tr("The contract's minimum order of %1 is %2.")
                                .arg(info->sku, price->minQuantity.toLocaleString()),
                            u"quantity"_qs);
            if (price->packSize.milli() > 0 && quantity.milli() % price->packSize.milli() != 0)
                return fail(ErrorCode::Invalid,
                            tr("%1 comes in packs of %2: order a multiple of it.")
                                .arg(info->sku, price->packSize.toLocaleString()),
                            u"quantity"_qs);
            line.supplierSku = price->supplierSku;
            line.unitPrice = price->price;
            line.manualPrice = false;
        }
    }
    return line;
}

namespace {

// Checks a draft and settles what the contract decides: the contract valid on its date, the
// currency, contract prices on lines not priced by hand, and the volume discount.
Result<void> settleDraft(Connection& c, const Actor& actor, SupplierService& suppliers, PurchaseOrder& po)
{
    auto supplier = suppliers.supplier(actor, po.supplierId);
    if (!supplier)
        return fail(supplier.error());
    if (supplier->archived)
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("kontor::PurchaseOrderService",
                                                "%1 is archived: new purchase orders cannot go to it.")
                        .arg(supplier->name),
                    u"supplier"_qs);
    po.supplierName = supplier->name;
    if (!po.orderedOn.isValid())
        return fail(
            ErrorCode::Invalid,
            QCoreApplication::translate("kontor::PurchaseOrderService", "A purchase order needs its date."),
            u"ordered_on"_qs);
    auto contract = suppliers.contractOn(reader(actor), po.supplierId, po.orderedOn);
    if (!contract)
        return fail(contract.error());
    po.contractId = *contract ? (*contract)->id : Id();
    po.contractNumber = *contract ? (*contract)->number : QString();
    po.currency =
        *contract ? (*contract)->currency : (po.currency.isEmpty() ? supplier->currency : po.currency);
    if (po.currency.size() != 3)
        return fail(
            ErrorCode::Invalid,
            QCoreApplication::translate("kontor::PurchaseOrderService", "A purchase order needs a currency."),
            u"currency"_qs);
    if (po.locationId.isNull())
        po.locationId = StockService::mainLocationId();
    for (qsizetype i = 0; i < po.lines.size(); ++i) {
        PoLine& l = po.lines[i];
        auto info = productInfo(c, l.productId);
        if (!info)
            return fail(info.error());
        l.sku = info->sku;
        l.name = info->name;
        l.unit = info->unit;
        const QString where = QCoreApplication::translate("kontor::PurchaseOrderService", "Line %1 (%2)")
                                  .arg(i + 1)
                                  .arg(info->sku);
        if (l.quantity.milli() <= 0)
            return fail(ErrorCode::Invalid,
                        QCoreApplication::translate("kontor::PurchaseOrderService",
                                                    "%1: the quantity must be above zero.")
                            .arg(where),
                        u"quantity"_qs);
        if (info->unit == u"pcs" && !l.quantity.isWhole())
            return fail(ErrorCode::Invalid,
                        QCoreApplication::translate("kontor::PurchaseOrderService",
                                                    "%1: pieces are ordered in whole units.")
                            .arg(where),
                        u"quantity"_qs);
        if (l.unitPrice < 0)
            return fail(ErrorCode::Invalid,
                        QCoreApplication::translate("kontor::PurchaseOrderService",
                                                    "%1: the price cannot be negative.")
                            .arg(where),
                        u"price"_qs);
        const ContractPrice* price = *contract ? (*contract)->priceOf(l.productId) : nullptr;
        if (price && price->minQuantity.milli() > 0 && l.quantity < price->minQuantity)
            return fail(ErrorCode::Invalid,
                        QCoreApplication::translate("kontor::PurchaseOrderService",
                                                    "%1: the contract's minimum order is %2.")
                            .arg(where, price->minQuantity.toLocaleString()),
                        u"quantity"_qs);
        if (price && price->packSize.milli() > 0 && l.quantity.milli() % price->packSize.milli() != 0 &&
            po.kind != PoKind::Dropship)
            return fail(ErrorCode::Invalid,
                        QCoreApplication::translate("kontor::PurchaseOrderService",
                                                    "%1 comes in packs of %2: order a multiple of it.")
                            .arg(where, price->packSize.toLocaleString()),
                        u"quantity"_qs);
        if (price && (!l.manualPrice || l.unitPrice == price->price)) {
            l.unitPrice = price->price;
            l.manualPrice = false;
            if (l.supplierSku.isEmpty())
                l.supplierSku = price->supplierSku;
        } else {
            l.manualPrice = true;
        }
    }
    po.discountBp = *contract ? (*contract)->discountFor(po.subtotal()) : 0;
    return {};
}

} // namespace

Result<void> PurchaseOrderService::writePo(Connection& c, const Actor& actor, PurchaseOrder& po, bool insert)
{
    po.updatedAt = m_db.clock().nowMs();
    if (insert)
        po.createdAt = po.updatedAt;
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"purchase_orders", po.id,
                                 insert ? ChangeOp::Insert : ChangeOp::Update, poPayload(po));
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO purchase_orders(id, number, kind, supplier_id, contract_id, status, currency, "
        "location_id, "
        "ordered_on, sent_at, confirmed_on, prepaid_on, prepaid_amount, due_on, discount_bp, sales_order_id, "
        "ship_to, supplier_shipped_on, supplier_tracking, closed_on, note, hlc, created_at, updated_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
        "?21, "
        "?22, ?23, ?24) ON CONFLICT(id) DO UPDATE SET supplier_id = ?4, contract_id = ?5, status = ?6, "
        "currency = ?7, location_id = ?8, ordered_on = ?9, sent_at = ?10, confirmed_on = ?11, prepaid_on = "
        "?12, "
        "prepaid_amount = ?13, due_on = ?14, discount_bp = ?15, sales_order_id = ?16, ship_to = ?17, "
        "supplier_shipped_on = ?18, supplier_tracking = ?19, closed_on = ?20, note = ?21, hlc = ?22, "
        "updated_at = ?24");
    q.bindAll(po.id, po.number, po.kind == PoKind::Dropship ? u"dropship"_qs : u"stock"_qs, po.supplierId,
              po.contractId, poStatusCode(po.status), po.currency, po.locationId, dateCode(po.orderedOn),
              po.sentAt, optDate(po.confirmedOn), optDate(po.prepaidOn), po.prepaidAmount, optDate(po.dueOn),
              po.discountBp, po.salesOrderId, po.shipTo, optDate(po.supplierShippedOn), po.supplierTracking,
              optDate(po.closedOn), po.note, *hlc, po.createdAt, po.updatedAt);
    if (auto ok = q.run(); !ok)
        return ok;
    if (insert)
        po.localId = c.lastInsertRowId();
    return {};
}

Result<void> PurchaseOrderService::writeLines(Connection& c, const Actor& actor, PurchaseOrder& po)
{
    QSet<Id> kept;
    int position = 0;
    for (PoLine& l : po.lines) {
        if (l.id.isNull())
            l.id = Id::create();
        kept.insert(l.id);
        ++position;
        auto hlc = ChangeLog::record(m_db, c, actor.userId, u"purchase_order_lines", l.id, ChangeOp::Update,
                                     {{u"po_id"_qs, po.id.toString()},
                                      {u"position"_qs, position},
                                      {u"product_id"_qs, l.productId.toString()},
                                      {u"supplier_sku"_qs, l.supplierSku},
                                      {u"quantity"_qs, double(l.quantity.milli())},
                                      {u"unit_price"_qs, double(l.unitPrice)},
                                      {u"manual_price"_qs, l.manualPrice}});
        if (!hlc)
            return fail(hlc.error());
        auto q = c.query(
            "INSERT INTO purchase_order_lines(id, po_id, position, product_id, supplier_sku, quantity, "
            "unit_price, manual_price, sales_order_line_id, hlc) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
            "?9, ?10) ON CONFLICT(id) DO UPDATE SET position = ?3, product_id = ?4, supplier_sku = ?5, "
            "quantity = ?6, unit_price = ?7, manual_price = ?8, sales_order_line_id = ?9, hlc = ?10");
        q.bindAll(l.id, po.id, position, l.productId, l.supplierSku, l.quantity.milli(), l.unitPrice,
                  l.manualPrice, l.salesOrderLineId, *hlc);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    auto old = c.query("SELECT id FROM purchase_order_lines WHERE po_id = ?");
    old.bind(po.id);
    QList<Id> gone;
    if (auto ok = old.forEachRow([&] {
            if (!kept.contains(old.id(0)))
                gone.append(old.id(0));
        });
        !ok)
        return ok;
    for (const Id& id : gone) {
        auto del = c.query("DELETE FROM purchase_order_lines WHERE id = ?");
        del.bind(id);
        if (auto ok = del.run(); !ok)
            return ok;
        if (auto ok =
                ChangeLog::record(m_db, c, actor.userId, u"purchase_order_lines", id, ChangeOp::Delete, {});
            !ok)
            return fail(ok.error());
    }
    return {};
}

Result<void> PurchaseOrderService::recordEvent(Connection& c, const Actor& actor, const PurchaseOrder& po,
                                               PoStatus from, PoStatus to, const QString& note)
{
    const Id id = Id::create();
    const qint64 now = m_db.clock().nowMs();
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"purchase_order_events", id, ChangeOp::Insert,
                                 {{u"po_id"_qs, po.id.toString()},
                                  {u"from_status"_qs, poStatusCode(from)},
                                  {u"to_status"_qs, poStatusCode(to)},
                                  {u"at"_qs, double(now)},
                                  {u"user_name"_qs, actor.name},
                                  {u"note"_qs, note}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO purchase_order_events(id, po_id, from_status, to_status, at, user_id, user_name, "
        "note, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(id, po.id, poStatusCode(from), poStatusCode(to), now, actor.userId, actor.name, note, *hlc);
    return q.run();
}

Result<PurchaseOrder> PurchaseOrderService::create(const Actor& actor, const PurchaseOrder& draft)
{
    if (auto ok = require(actor, Permission::ManagePurchases); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    PurchaseOrder po = draft;
    po.id = Id::create();
    po.status = PoStatus::Draft;
    po.sentAt.reset();
    po.confirmedOn = po.prepaidOn = po.dueOn = po.closedOn = po.supplierShippedOn = QDate();
    po.prepaidAmount = 0;
    for (PoLine& l : po.lines)
        l.id = Id();
    if (auto ok = settleDraft(c, actor, m_suppliers, po); !ok)
        return fail(ok.error());
    auto number = DocumentNumbers::next(c, u"PO", 5, "purchase_orders");
    if (!number)
        return fail(number.error());
    po.number = *number;
    if (auto ok = writePo(c, actor, po, true); !ok)
        return fail(ok.error());
    if (auto ok = writeLines(c, actor, po); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, po.createdAt, u"purchase_order.create", u"purchase_order", po.id,
                                   po.number, {}, poPayload(po));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT purchaseOrdersChanged(po.id);
    return po;
}

Result<PurchaseOrder> PurchaseOrderService::updateDraft(const Actor& actor, const PurchaseOrder& draft)
{
    if (auto ok = require(actor, Permission::ManagePurchases); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto old = loadPo(c, draft.id, true);
    if (!old)
        return fail(old.error());
    if (old->status != PoStatus::Draft)
        return fail(ErrorCode::Conflict,
                    tr("Purchase order %1 is %2: only a draft can be edited.")
                        .arg(old->number, PurchasingKinds::poStatusName(old->status).toLower()));
    PurchaseOrder po = draft;
    po.number = old->number;
    po.localId = old->localId;
    po.createdAt = old->createdAt;
    po.status = PoStatus::Draft;
    po.kind = old->kind;
    po.salesOrderId = old->salesOrderId;
    if (auto ok = settleDraft(c, actor, m_suppliers, po); !ok)
        return fail(ok.error());
    if (auto ok = writePo(c, actor, po, false); !ok)
        return fail(ok.error());
    if (auto ok = writeLines(c, actor, po); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, po.updatedAt, u"purchase_order.update", u"purchase_order", po.id,
                                   po.number, poPayload(*old), poPayload(po));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT purchaseOrdersChanged(po.id);
    return loadPo(c, po.id, true);
}

Result<PurchaseOrderService::DraftsFromSuggestions>
PurchaseOrderService::draftsFromSuggestions(const Actor& actor, const QList<PurchaseSuggestion>& suggestions)
{
    if (auto ok = require(actor, Permission::ManagePurchases); !ok)
        return fail(ok.error());
    DraftsFromSuggestions result;
    QList<Id> supplierOrder;
    QHash<Id, QList<PurchaseSuggestion>> bySupplier;
    for (const PurchaseSuggestion& s : suggestions) {
        if (s.quantity.milli() <= 0)
            continue;
        auto link = m_suppliers.productSupplier(actor, s.productId);
        if (!link)
            return fail(link.error());
        if (!*link || (*link)->dropship) {
            result.unassigned.append(s.productId);
            continue;
        }
        if (!bySupplier.contains((*link)->supplierId))
            supplierOrder.append((*link)->supplierId);
        bySupplier[(*link)->supplierId].append(s);
    }
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    for (const Id& supplierId : supplierOrder) {
        auto po = newDraft(actor, supplierId);
        if (!po)
            return fail(po.error());
        for (const PurchaseSuggestion& s : bySupplier.value(supplierId)) {
            auto line = lineFor(actor, *po, s.productId, s.quantity);
            if (!line && line.error().field == u"quantity") {
                // Round up to what the contract accepts (its minimum, then whole packs).
                auto contract = m_suppliers.contractOn(reader(actor), supplierId, po->orderedOn);
                Quantity q = s.quantity;
                if (contract && *contract) {
                    if (const ContractPrice* price = (*contract)->priceOf(s.productId)) {
                        q = std::max(q, price->minQuantity);
                        const qint64 pack = price->packSize.milli();
                        if (pack > 0)
                            q = Quantity::fromMilli((q.milli() + pack - 1) / pack * pack);
                    }
                }
                line = lineFor(actor, *po, s.productId, q);
            }
            if (!line)
                return fail(line.error());
            po->lines.append(*line);
        }
        auto created = create(actor, *po);
        if (!created)
            return fail(created.error());
        result.orders.append(*created);
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    return result;
}

// ---- lifecycle ----

Result<PurchaseOrder>
PurchaseOrderService::transition(const Actor& actor, const Id& poId, std::optional<PoStatus> to,
                                 const QString& note,
                                 const std::function<Result<void>(Connection&, PurchaseOrder&)>& work)
{
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto po = loadPo(c, poId, true);
    if (!po)
        return fail(po.error());
    const PoStatus from = po->status;
    if (to && !canTransition(from, *to))
        return fail(ErrorCode::Conflict, tr("Purchase order %1 is %2 and cannot become %3.")
                                             .arg(po->number, PurchasingKinds::poStatusName(from).toLower(),
                                                  PurchasingKinds::poStatusName(*to).toLower()));
    if (auto ok = work(c, *po); !ok)
        return fail(ok.error());
    po->status = to.value_or(from);
    if (auto ok = writePo(c, actor, *po, false); !ok)
        return fail(ok.error());
    if (auto ok = recordEvent(c, actor, *po, from, po->status, note); !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT purchaseOrdersChanged(po->id);
    return po;
}

Result<ContractTerms> PurchaseOrderService::termsOf(const Actor& actor, const PurchaseOrder& po)
{
    if (po.contractId.isNull())
        return ContractTerms{};
    auto contract = m_suppliers.contract(reader(actor), po.contractId);
    if (!contract)
        return fail(contract.error());
    return contract->terms;
}

Result<void> PurchaseOrderService::settleDueDate(const Actor& actor, PurchaseOrder& po)
{
    if (po.contractId.isNull() || po.dueOn.isValid())
        return {};
    auto terms = termsOf(actor, po);
    if (!terms)
        return fail(terms.error());
    const QDate start = terms->startEvent == StartEvent::Prepayment ? po.prepaidOn : po.confirmedOn;
    if (!start.isValid())
        return {};
    auto calendar = m_calendar.calendar(actor);
    if (!calendar)
        return fail(calendar.error());
    po.dueOn = SupplierSla::dueDate(start, *terms, *calendar);
    return {};
}

Result<PurchaseOrder> PurchaseOrderService::send(const Actor& actor, const Id& poId, QDate sentOn)
{
    if (auto ok = require(actor, Permission::ManagePurchases); !ok)
        return fail(ok.error());
    return transition(actor, poId, PoStatus::Sent, {}, [&](Connection&, PurchaseOrder& po) -> Result<void> {
        if (po.lines.isEmpty())
            return fail(ErrorCode::Invalid, tr("Purchase order %1 has no lines to send.").arg(po.number),
                        u"lines"_qs);
        if (!po.contractId.isNull()) {
            auto contract = m_suppliers.contract(reader(actor), po.contractId);
            if (!contract)
                return fail(contract.error());
            if (po.total() < contract->minOrderValue)
                return fail(ErrorCode::Invalid,
                            tr("Contract %1 asks for orders of at least %2; purchase order %3 comes to %4.")
                                .arg(contract->number, money(contract->minOrderValue, po.currency), po.number,
                                     money(po.total(), po.currency)),
                            u"lines"_qs);
        }
        if (sentOn.isValid() && (sentOn < po.orderedOn || sentOn > today()))
            return fail(ErrorCode::Invalid,
                        tr("The sending date must be between the order date (%1) and today.")
                            .arg(shortDate(po.orderedOn)),
                        u"sent_on"_qs);
        po.sentAt =
            sentOn.isValid() && sentOn < today()
                ? sentOn.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch() + 12 * 3600 * 1000
                : m_db.clock().nowMs();
        return {};
    });
}

Result<PurchaseOrder> PurchaseOrderService::confirm(const Actor& actor, const Id& poId, QDate confirmedOn)
{
    if (auto ok = require(actor, Permission::ManagePurchases); !ok)
        return fail(ok.error());
    const QDate on = confirmedOn.isValid() ? confirmedOn : today();
    return transition(
        actor, poId, PoStatus::Confirmed, {}, [&](Connection&, PurchaseOrder& po) -> Result<void> {
            if (on < po.orderedOn || on > today())
                return fail(ErrorCode::Invalid,
                            tr("The confirmation date must be between the order date (%1) and today.")
                                .arg(shortDate(po.orderedOn)),
                            u"confirmed_on"_qs);
            po.confirmedOn = on;
            return settleDueDate(actor, po);
        });
}

Result<PurchaseOrder> PurchaseOrderService::recordPrepayment(const Actor& actor, const Id& poId,
                                                             qint64 amount, QDate paidOn)
{
    if (auto ok = require(actor, Permission::ManagePurchases); !ok)
        return fail(ok.error());
    if (amount <= 0)
        return fail(ErrorCode::Invalid, tr("A prepayment must be above zero."), u"amount"_qs);
    const QDate on = paidOn.isValid() ? paidOn : today();
    Connection& c = m_db.connection();
    auto current = loadPo(c, poId, true);
    if (!current)
        return fail(current.error());
    if (current->status != PoStatus::Sent && current->status != PoStatus::Confirmed)
        return fail(ErrorCode::Conflict,
                    tr("A prepayment is recorded on a sent or confirmed purchase order; %1 is %2.")
                        .arg(current->number, PurchasingKinds::poStatusName(current->status).toLower()));
    const QString note = tr("Prepayment %1 on %2").arg(money(amount, current->currency), shortDate(on));
    return transition(actor, poId, std::nullopt, note, [&](Connection&, PurchaseOrder& po) -> Result<void> {
        if (on < po.orderedOn || on > today())
            return fail(ErrorCode::Invalid,
                        tr("The payment date must be between the order date (%1) and today.")
                            .arg(shortDate(po.orderedOn)),
                        u"paid_on"_qs);
        po.prepaidAmount += amount;
        if (!po.prepaidOn.isValid())
            po.prepaidOn = on;
        return settleDueDate(actor, po);
    });
}

Result<PurchaseOrder> PurchaseOrderService::cancel(const Actor& actor, const Id& poId, const QString& reason)
{
    if (auto ok = require(actor, Permission::ManagePurchases); !ok)
        return fail(ok.error());
    return transition(
        actor, poId, PoStatus::Cancelled, reason, [&](Connection&, PurchaseOrder& po) -> Result<void> {
            for (const PoLine& l : po.lines) {
                if (l.accepted.milli() + l.defective.milli() + l.missorted.milli() > 0)
                    return fail(ErrorCode::Conflict,
                                tr("Goods of purchase order %1 have arrived: close it short instead.")
                                    .arg(po.number));
            }
            po.closedOn = today();
            return {};
        });
}

Result<PurchaseOrder> PurchaseOrderService::close(const Actor& actor, const Id& poId, const QString& note,
                                                  QDate on)
{
    if (auto ok = require(actor, Permission::ManagePurchases); !ok)
        return fail(ok.error());
    const QDate day = on.isValid() ? on : today();
    return transition(
        actor, poId, PoStatus::Closed, note, [&](Connection&, PurchaseOrder& po) -> Result<void> {
            if (day < po.orderedOn)
                return fail(ErrorCode::Invalid, tr("A purchase order cannot close before its date."),
                            u"closed_on"_qs);
            po.closedOn = day;
            return {};
        });
}

Result<PurchaseOrder> PurchaseOrderService::backToDraft(const Actor& actor, const Id& poId)
{
    if (auto ok = require(actor, Permission::ManagePurchases); !ok)
        return fail(ok.error());
    return transition(actor, poId, PoStatus::Draft, {}, [&](Connection&, PurchaseOrder& po) -> Result<void> {
        po.sentAt.reset();
        return {};
    });
}

// ---- receipts ----

Result<PurchaseOrderService::ReceiveResult> PurchaseOrderService::receive(const Actor& actor,
                                                                          const ReceiptDraft& draft)
{
    if (auto ok = require(actor, Permission::MoveStock); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto loaded = loadPo(c, draft.poId, true);
    if (!loaded)
        return fail(loaded.error());
    PurchaseOrder po = *loaded;
    const PoStatus from = po.status;
    if (po.kind == PoKind::Dropship)
        return fail(ErrorCode::Conflict,
                    tr("Purchase order %1 is a dropship order: the supplier ships it to the customer.")
                        .arg(po.number));
    if (from != PoStatus::Sent && from != PoStatus::Confirmed && from != PoStatus::PartiallyReceived)
        return fail(ErrorCode::Conflict,
                    tr("Purchase order %1 is %2: goods are received against a sent or confirmed "
                       "order.")
                        .arg(po.number, PurchasingKinds::poStatusName(from).toLower()));
    const QDate receivedOn = draft.receivedOn.isValid() ? draft.receivedOn : today();
    if (receivedOn < po.orderedOn || receivedOn > today())
        return fail(ErrorCode::Invalid,
                    tr("The receipt date must be between the order date (%1) and today.")
                        .arg(shortDate(po.orderedOn)),
                    u"received_on"_qs);
    if (draft.freight < 0 || draft.customs < 0 || draft.fees < 0)
        return fail(ErrorCode::Invalid, tr("Landed costs cannot be negative."), u"landed_costs"_qs);

    // Where the goods go: a storage location, and the quarantine of its warehouse.
    const Id locationId = !draft.locationId.isNull()
                              ? draft.locationId
                              : (!po.locationId.isNull() ? po.locationId : StockService::mainLocationId());
    auto location = m_stock.location(actor, locationId);
    if (!location)
        return fail(location.error());
    if (location->kind != LocationKind::Storage || location->archived)
        return fail(ErrorCode::Invalid, tr("Goods are received into a storage location."), u"location"_qs);
    auto all = m_stock.locations(actor);
    if (!all)
        return fail(all.error());
    Id quarantineId;
    for (const Location& l : *all) {
        if (l.warehouseId == location->warehouseId && l.kind == LocationKind::Quarantine && !l.archived) {
            quarantineId = l.id;
            break;
        }
    }
    if (quarantineId.isNull())
        quarantineId = StockService::quarantineLocationId();

    // The lines: what arrived of each, within what each still expects.
    struct Arrived
    {
        qsizetype index;
        ReceiptLineDraft d;
    };
    QList<Arrived> arrived;
    for (const ReceiptLineDraft& d : draft.lines) {
        const auto it = std::find_if(po.lines.cbegin(), po.lines.cend(),
                                     [&](const PoLine& l) { return l.id == d.poLineId; });
        if (it == po.lines.cend())
            return fail(ErrorCode::Invalid,
                        tr("A receipt line is not a line of purchase order %1.").arg(po.number), u"line"_qs);
        const PoLine& line = *it;
        if (d.accepted.milli() < 0 || d.defective.milli() < 0 || d.missorted.milli() < 0)
            return fail(ErrorCode::Invalid, tr("%1: quantities cannot be negative.").arg(line.sku),
                        u"quantity"_qs);
        if (d.accepted.milli() + d.defective.milli() + d.missorted.milli() == 0)
            continue;
        if (line.unit == u"pcs" &&
            (!d.accepted.isWhole() || !d.defective.isWhole() || !d.missorted.isWhole()))
            return fail(ErrorCode::Invalid, tr("%1: pieces are received in whole units.").arg(line.sku),
                        u"quantity"_qs);
        if (d.accepted + d.defective > line.outstanding())
            return fail(
                ErrorCode::Invalid,
                tr("%1: the order expects %2 more; %3 were entered. Leave the extra units with the supplier.")
                    .arg(line.sku, line.outstanding().toLocaleString(),
                         (d.accepted + d.defective).toLocaleString()),
                u"quantity"_qs);
        if (d.missorted > line.quantity)
            return fail(ErrorCode::Invalid, tr("%1: more mis-sorted units than were ordered.").arg(line.sku),
                        u"missorted"_qs);
        arrived.append({it - po.lines.cbegin(), d});
    }
    if (arrived.isEmpty())
        return fail(ErrorCode::Invalid, tr("Nothing was entered as received."), u"lines"_qs);

    // Costs in the shop currency: the PO's net price at the receipt date's rate, plus landed costs
    // spread over the accepted goods by value or weight.
    auto shop = shopCurrency(c);
    if (!shop)
        return fail(shop.error());
    qint64 rateE6 = 1'000'000;
    const qint64 receivedAt = receivedOn.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
    if (po.currency != *shop) {
        auto rate = m_prices.rateAt(actor, po.currency, receivedAt + 12 * 3600 * 1000);
        if (!rate)
            return fail(rate.error());
        rateE6 = *rate;
    }
    QList<qint64> acceptedValue; // shop currency, per arrived line
    QList<qint64> weights;
    for (const Arrived& a : arrived) {
        const PoLine& line = po.lines.at(a.index);
        const qint64 value =
            Decimal::mulDivRound(SupplierSla::valueOf(a.d.accepted, netPrice(po, line)), rateE6, 1'000'000);
        acceptedValue.append(value);
        if (draft.spreadBy == SpreadBy::Weight) {
            auto info = productInfo(c, line.productId);
            if (!info)
                return fail(info.error());
            if (a.d.accepted.milli() > 0 && !info->weightGrams)
                return fail(ErrorCode::Invalid,
                            tr("%1 has no weight: spread the landed costs by value, or enter its weight.")
                                .arg(line.sku),
                            u"spread_by"_qs);
            weights.append(Decimal::mulDivRound(a.d.accepted.milli(), info->weightGrams.value_or(0), 1000));
        } else {
            weights.append(value);
        }
    }
    const qint64 landed = draft.freight + draft.customs + draft.fees;
    const QList<qint64> landedShares = OrderMath::spread(landed, weights);

    Receipt receipt;
    receipt.id = Id::create();
    receipt.poId = po.id;
    receipt.receivedOn = receivedOn;
    receipt.locationId = locationId;
    receipt.freight = draft.freight;
    receipt.customs = draft.customs;
    receipt.fees = draft.fees;
    receipt.spreadBy = draft.spreadBy;
    receipt.rateE6 = rateE6;
    receipt.note = draft.note;
    receipt.userName = actor.name;
    receipt.createdAt = m_db.clock().nowMs();
    auto number = DocumentNumbers::next(c, u"GR", 5, "supplier_receipts");
    if (!number)
        return fail(number.error());
    receipt.number = *number;

    MovementDraft movement;
    movement.kind = MovementKind::Receipt;
    movement.reason = MovementReasons::Purchase.toString();
    movement.occurredAt = std::min(receivedAt + 12 * 3600 * 1000, m_db.clock().nowMs());
    movement.note = tr("%1, receipt %2").arg(po.number, receipt.number);
    movement.refKind = reservationKind();
    movement.refId = po.id;
    for (qsizetype i = 0; i < arrived.size(); ++i) {
        const Arrived& a = arrived.at(i);
        const PoLine& line = po.lines.at(a.index);
        const qint64 baseUnit = Decimal::mulDivRound(netPrice(po, line), rateE6,
                                                     1'000'000); // shop currency, without landed costs
        ReceiptLine rl;
        rl.id = Id::create();
        rl.poLineId = line.id;
        rl.productId = line.productId;
        rl.sku = line.sku;
        rl.name = line.name;
        rl.accepted = a.d.accepted;
        rl.defective = a.d.defective;
        rl.missorted = a.d.missorted;
        rl.unitCost = a.d.accepted.milli() > 0
                          ? Decimal::mulDivRound(acceptedValue.at(i) + landedShares.at(i), Quantity::One,
                                                 a.d.accepted.milli())
                          : baseUnit;
        receipt.lines.append(rl);
        if (a.d.accepted.milli() > 0)
            movement.lines.append({line.productId, locationId, a.d.accepted, rl.unitCost});
        const Quantity held = a.d.defective + a.d.missorted;
        if (held.milli() > 0)
            movement.lines.append({line.productId, quarantineId, held, baseUnit});
        po.lines[a.index].accepted += a.d.accepted;
        po.lines[a.index].defective += a.d.defective;
        po.lines[a.index].missorted += a.d.missorted;
    }
    auto doc = m_stock.post(actor, movement);
    if (!doc)
        return fail(doc.error());
    receipt.stockDocId = *doc;

    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"supplier_receipts", receipt.id, ChangeOp::Insert,
                                 {{u"number"_qs, receipt.number},
                                  {u"po_id"_qs, po.id.toString()},
                                  {u"received_on"_qs, dateCode(receivedOn)},
                                  {u"location_id"_qs, locationId.toString()},
                                  {u"freight"_qs, double(draft.freight)},
                                  {u"customs"_qs, double(draft.customs)},
                                  {u"fees"_qs, double(draft.fees)},
                                  {u"rate_e6"_qs, double(rateE6)}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO supplier_receipts(id, number, po_id, received_on, location_id, freight, customs, "
        "fees, spread_by, rate_e6, stock_doc_id, note, user_name, created_at, hlc) VALUES(?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(receipt.id, receipt.number, po.id, dateCode(receivedOn), locationId, draft.freight,
              draft.customs, draft.fees, draft.spreadBy == SpreadBy::Weight ? u"weight"_qs : u"value"_qs,
              rateE6, receipt.stockDocId, draft.note, actor.name, receipt.createdAt, *hlc);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    for (const ReceiptLine& rl : receipt.lines) {
        auto lineHlc =
            ChangeLog::record(m_db, c, actor.userId, u"supplier_receipt_lines", rl.id, ChangeOp::Insert,
                              {{u"receipt_id"_qs, receipt.id.toString()},
                               {u"po_line_id"_qs, rl.poLineId.toString()},
                               {u"accepted"_qs, double(rl.accepted.milli())},
                               {u"defective"_qs, double(rl.defective.milli())},
                               {u"missorted"_qs, double(rl.missorted.milli())},
                               {u"unit_cost"_qs, double(rl.unitCost)}});
        if (!lineHlc)
            return fail(lineHlc.error());
        auto ql =
            c.query("INSERT INTO supplier_receipt_lines(id, receipt_id, po_line_id, product_id, accepted, "
                    "defective, missorted, unit_cost, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ql.bindAll(rl.id, receipt.id, rl.poLineId, rl.productId, rl.accepted.milli(), rl.defective.milli(),
                   rl.missorted.milli(), rl.unitCost, *lineHlc);
        if (auto ok = ql.run(); !ok)
            return fail(ok.error());
    }

    // A PO delivered without a confirmation was confirmed by the delivery itself, as of its sending.
    QString note = receipt.number;
    if (from == PoStatus::Sent) {
        po.confirmedOn = po.sentAt
                             ? QDateTime::fromMSecsSinceEpoch(*po.sentAt, QTimeZone::systemTimeZone()).date()
                             : po.orderedOn;
        po.confirmedOn = std::min(po.confirmedOn, receivedOn);
        if (auto ok = settleDueDate(actor, po); !ok)
            return fail(ok.error());
        note = tr("%1 (delivered without a confirmation: taken as confirmed when sent)").arg(receipt.number);
    }
    const bool complete = std::all_of(po.lines.cbegin(), po.lines.cend(),
                                      [](const PoLine& l) { return l.outstanding().milli() == 0; });
    po.status = complete ? PoStatus::Received : PoStatus::PartiallyReceived;
    if (auto ok = writePo(c, actor, po, false); !ok)
        return fail(ok.error());
    if (auto ok = recordEvent(c, actor, po, from, po.status, note); !ok)
        return fail(ok.error());

    ReceiveResult result;
    result.receipt = receipt;
    // Defects and mis-sorts open a claim with the contract's penalties.
    QList<ClaimLine> claimLines;
    auto terms = termsOf(actor, po);
    if (!terms)
        return fail(terms.error());
    for (const ReceiptLine& rl : receipt.lines) {
        const auto it = std::find_if(po.lines.cbegin(), po.lines.cend(),
                                     [&](const PoLine& l) { return l.id == rl.poLineId; });
        const qint64 price = netPrice(po, *it);
        for (const auto& [reason, units, rule] :
             {std::tuple{ClaimReason::Defect, rl.defective, terms->defect},
              std::tuple{ClaimReason::Missort, rl.missorted, terms->missort}}) {
            if (units.milli() == 0)
                continue;
            ClaimLine cl;
            cl.poLineId = rl.poLineId;
            cl.productId = rl.productId;
            cl.sku = rl.sku;
            cl.name = rl.name;
            cl.reason = reason;
            cl.quantity = units;
            cl.value = SupplierSla::valueOf(units, price);
            cl.penalty = SupplierSla::unitPenalty(rule, units, price);
            cl.basis = penaltyBasis(rule, units, price, po.currency);
            claimLines.append(cl);
        }
    }
    if (!claimLines.isEmpty()) {
        const QDate deadline = terms->claimDays > 0 ? receivedOn.addDays(terms->claimDays) : QDate();
        auto claim = insertClaim(c, actor, po, receipt.id, deadline, claimLines);
        if (!claim)
            return fail(claim.error());
        result.claim = *claim;
    }
    if (auto ok = AuditLog::record(c, actor, receipt.createdAt, u"purchase_order.receive", u"purchase_order",
                                   po.id, tr("%1, receipt %2").arg(po.number, receipt.number), {},
                                   {{u"receipt"_qs, receipt.number},
                                    {u"received_on"_qs, dateCode(receivedOn)},
                                    {u"lines"_qs, int(receipt.lines.size())},
                                    {u"landed_costs"_qs, double(landed)}});
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT purchaseOrdersChanged(po.id);
    if (result.claim)
        Q_EMIT claimsChanged();
    return result;
}

Result<QList<Receipt>> PurchaseOrderService::receipts(const Actor& actor, const Id& poId)
{
    const bool costs = actor.can(Permission::ViewCosts);
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto q =
        c.query("SELECT id, number, received_on, location_id, freight, customs, fees, spread_by, rate_e6, "
                "stock_doc_id, note, user_name, created_at FROM supplier_receipts WHERE po_id = ? "
                "ORDER BY received_on, created_at");
    q.bind(poId);
    QList<Receipt> list;
    if (auto ok = q.forEachRow([&] {
            Receipt r;
            r.id = q.id(0);
            r.number = q.text(1);
            r.poId = poId;
            r.receivedOn = dateFromCode(q.text(2));
            r.locationId = q.id(3);
            r.freight = costs ? q.int64(4) : 0;
            r.customs = costs ? q.int64(5) : 0;
            r.fees = costs ? q.int64(6) : 0;
            r.spreadBy = q.text(7) == u"weight" ? SpreadBy::Weight : SpreadBy::Value;
            r.rateE6 = q.int64(8);
            r.stockDocId = q.id(9);
            r.note = q.text(10);
            r.userName = q.text(11);
            r.createdAt = q.int64(12);
            list.append(r);
        });
        !ok)
        return fail(ok.error());
    for (Receipt& r : list) {
        auto l = c.query("SELECT r.id, r.po_line_id, r.product_id, p.sku, p.name, r.accepted, r.defective, "
                         "r.missorted, r.unit_cost FROM supplier_receipt_lines r JOIN products p ON p.id = "
                         "r.product_id WHERE r.receipt_id = ? ORDER BY r.local_id");
        l.bind(r.id);
        if (auto ok = l.forEachRow([&] {
                r.lines.append(ReceiptLine{l.id(0), l.id(1), l.id(2), l.text(3), l.text(4),
                                           Quantity::fromMilli(l.int64(5)), Quantity::fromMilli(l.int64(6)),
                                           Quantity::fromMilli(l.int64(7)), costs ? l.int64(8) : 0});
            });
            !ok)
            return fail(ok.error());
    }
    return list;
}

// ---- claims ----

Result<Claim> PurchaseOrderService::insertClaim(Connection& c, const Actor& actor, const PurchaseOrder& po,
                                                const Id& receiptId, QDate deadline, QList<ClaimLine> lines)
{
    Claim claim;
    claim.id = Id::create();
    claim.supplierId = po.supplierId;
    claim.supplierName = po.supplierName;
    claim.poId = po.id;
    claim.poNumber = po.number;
    claim.receiptId = receiptId;
    claim.currency = po.currency;
    claim.deadlineOn = deadline;
    claim.createdAt = claim.updatedAt = m_db.clock().nowMs();
    for (ClaimLine& l : lines) {
        l.id = Id::create();
        claim.amount += l.penalty;
    }
    claim.lines = lines;
    auto number = DocumentNumbers::next(c, u"CLM", 5, "supplier_claims");
    if (!number)
        return fail(number.error());
    claim.number = *number;
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"supplier_claims", claim.id, ChangeOp::Insert,
                                 {{u"number"_qs, claim.number},
                                  {u"supplier_id"_qs, claim.supplierId.toString()},
                                  {u"po_id"_qs, po.id.toString()},
                                  {u"status"_qs, PurchasingKinds::claimStatusCode(claim.status)},
                                  {u"amount"_qs, double(claim.amount)},
                                  {u"deadline_on"_qs, dateCode(deadline)}});
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO supplier_claims(id, number, supplier_id, po_id, receipt_id, status, currency, amount, "
        "collected, deadline_on, note, created_at, updated_at, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, "
        "'', ?, ?, ?)");
    q.bindAll(claim.id, claim.number, claim.supplierId, po.id, receiptId,
              PurchasingKinds::claimStatusCode(claim.status), claim.currency, claim.amount, optDate(deadline),
              claim.createdAt, claim.updatedAt, *hlc);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    for (const ClaimLine& l : claim.lines) {
        auto lineHlc =
            ChangeLog::record(m_db, c, actor.userId, u"supplier_claim_lines", l.id, ChangeOp::Insert,
                              {{u"claim_id"_qs, claim.id.toString()},
                               {u"po_line_id"_qs, l.poLineId.toString()},
                               {u"reason"_qs, PurchasingKinds::claimReasonCode(l.reason)},
                               {u"quantity"_qs, double(l.quantity.milli())},
                               {u"value"_qs, double(l.value)},
                               {u"penalty"_qs, double(l.penalty)}});
        if (!lineHlc)
            return fail(lineHlc.error());
        auto ql = c.query(
            "INSERT INTO supplier_claim_lines(id, claim_id, po_line_id, product_id, reason, quantity, "
            "value, penalty, basis, hlc) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ql.bindAll(l.id, claim.id, l.poLineId, l.productId, PurchasingKinds::claimReasonCode(l.reason),
                   l.quantity.milli(), l.value, l.penalty, l.basis, *lineHlc);
        if (auto ok = ql.run(); !ok)
            return fail(ok.error());
    }
    if (auto ok = AuditLog::record(c, actor, claim.createdAt, u"claim.create", u"supplier_claim", claim.id,
                                   tr("%1 for %2").arg(claim.number, po.number), {},
                                   {{u"amount"_qs, double(claim.amount)}, {u"currency"_qs, claim.currency}});
        !ok)
        return fail(ok.error());
    return claim;
}

Result<QList<Claim>> PurchaseOrderService::claims(const Actor& actor, const ClaimFilter& filter)
{
    return readClaims(actor, filter, {});
}

Result<QList<Claim>> PurchaseOrderService::readClaims(const Actor& actor, const ClaimFilter& filter,
                                                      const Id& claimId)
{
    if (!actor.can(Permission::ManageSuppliers) && !actor.can(Permission::ViewCosts))
        return fail(require(actor, Permission::ManageSuppliers).error());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto q =
        c.query("SELECT c.id, c.number, c.supplier_id, s.name, c.po_id, p.number, c.receipt_id, c.status, "
                "c.currency, c.amount, c.collected, c.deadline_on, c.note, c.created_at, c.updated_at "
                "FROM supplier_claims c JOIN suppliers s ON s.id = c.supplier_id "
                "JOIN purchase_orders p ON p.id = c.po_id "
                "WHERE (?1 IS NULL OR c.supplier_id = ?1) AND (?2 IS NULL OR c.status = ?2) "
                "AND (?3 = 0 OR c.status IN ('open', 'sent', 'accepted')) AND (?4 IS NULL OR c.id = ?4) "
                "ORDER BY c.created_at DESC");
    q.bindAll(filter.supplierId,
              filter.status ? std::optional<QString>(PurchasingKinds::claimStatusCode(*filter.status))
                            : std::nullopt,
              filter.unresolvedOnly, claimId);
    QList<Claim> list;
    if (auto ok = q.forEachRow([&] {
            Claim cl;
            cl.id = q.id(0);
            cl.number = q.text(1);
            cl.supplierId = q.id(2);
            cl.supplierName = q.text(3);
            cl.poId = q.id(4);
            cl.poNumber = q.text(5);
            cl.receiptId = q.id(6);
            cl.status = PurchasingKinds::claimStatusFromCode(q.text(7)).value_or(ClaimStatus::Open);
            cl.currency = q.text(8);
            cl.amount = q.int64(9);
            cl.collected = q.int64(10);
            cl.deadlineOn = dateFromCode(q.text(11));
            cl.note = q.text(12);
            cl.createdAt = q.int64(13);
            cl.updatedAt = q.int64(14);
            list.append(cl);
        });
        !ok)
        return fail(ok.error());
    for (Claim& cl : list) {
        auto l =
            c.query("SELECT l.id, l.po_line_id, l.product_id, p.sku, p.name, l.reason, l.quantity, l.value, "
                    "l.penalty, l.basis FROM supplier_claim_lines l JOIN products p ON p.id = l.product_id "
                    "WHERE l.claim_id = ? ORDER BY l.local_id");
        l.bind(cl.id);
        if (auto ok = l.forEachRow([&] {
                cl.lines.append(
                    ClaimLine{l.id(0), l.id(1), l.id(2), l.text(3), l.text(4),
                              PurchasingKinds::claimReasonFromCode(l.text(5)).value_or(ClaimReason::Defect),
                              Quantity::fromMilli(l.int64(6)), l.int64(7), l.int64(8), l.text(9)});
            });
            !ok)
            return fail(ok.error());
    }
    return list;
}

Result<Claim> PurchaseOrderService::claim(const Actor& actor, const Id& claimId)
{
    if (claimId.isNull())
        return fail(ErrorCode::NotFound, tr("The claim does not exist."));
    auto found = readClaims(actor, {}, claimId);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("The claim does not exist."));
    return found->first();
}

Result<Claim> PurchaseOrderService::claimLateness(const Actor& actor, const Id& poId)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return fail(ok.error());
    auto evaluation = evaluate(actor, poId);
    if (!evaluation)
        return fail(evaluation.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto po = loadPo(c, poId, true);
    if (!po)
        return fail(po.error());
    // What was claimed before (not rejected) for each line and reason: only the increase is new.
    QHash<QPair<Id, QString>, qint64> claimed;
    auto q = c.query(
        "SELECT l.po_line_id, l.reason, SUM(l.penalty) FROM supplier_claim_lines l JOIN supplier_claims c "
        "ON c.id = l.claim_id WHERE c.po_id = ? AND c.status <> 'rejected' GROUP BY 1, 2");
    q.bind(poId);
    if (auto ok = q.forEachRow([&] { claimed.insert({q.id(0), q.text(1)}, q.int64(2)); }); !ok)
        return fail(ok.error());
    // The PO-wide cap, where the contract puts it, shared over the lines by their uncapped amounts.
    const SlaOrder& sla = evaluation->sla;
    QList<qint64> late;
    for (const SlaLine& l : sla.lines)
        late.append(l.latePenalty);
    if (evaluation->terms.capBasis == CapBasis::Order)
        late = OrderMath::spread(sla.latePenalty, late);
    QList<ClaimLine> lines;
    for (qsizetype i = 0; i < sla.lines.size(); ++i) {
        const SlaLine& l = sla.lines.at(i);
        const PoLine& pl = po->lines.at(i);
        const qint64 lateNew =
            late.at(i) - claimed.value({pl.id, PurchasingKinds::claimReasonCode(ClaimReason::Late)});
        if (lateNew > 0) {
            ClaimLine cl{{},        pl.id,   pl.productId, pl.sku, pl.name, ClaimReason::Late,
                         l.ordered, l.value, lateNew,      {}};
            cl.basis = tr("%1 % of the late value per day, %n day(s) late at most", nullptr, l.daysLate)
                           .arg(QLocale().toString(double(evaluation->terms.lateBpPerDay) / 100.0, 'f', 2));
            if (l.capReached || (evaluation->terms.capBasis == CapBasis::Order && sla.capReached))
                cl.basis +=
                    u"; "_qs + tr("capped at %1 %")
                                   .arg(QLocale().toString(
                                       double(evaluation->terms.lateCapBp.value_or(0)) / 100.0, 'f', 2));
            lines.append(cl);
        }
        const qint64 shortNew =
            l.shortagePenalty -
            claimed.value({pl.id, PurchasingKinds::claimReasonCode(ClaimReason::Shortage)});
        if (shortNew > 0) {
            ClaimLine cl{{},           pl.id,
                         pl.productId, pl.sku,
                         pl.name,      ClaimReason::Shortage,
                         l.missing,    SupplierSla::valueOf(l.missing, netPrice(*po, pl)),
                         shortNew,     {}};
            cl.basis = tr("%1 % of the value never delivered")
                           .arg(QLocale().toString(double(evaluation->terms.shortageBp) / 100.0, 'f', 2));
            lines.append(cl);
        }
    }
    if (lines.isEmpty())
        return fail(ErrorCode::Invalid,
                    tr("Purchase order %1 owes no penalty for lateness or shortages beyond what was claimed.")
                        .arg(po->number));
    // Claimed now: the contract's claim period runs from today.
    const QDate deadline =
        evaluation->terms.claimDays > 0 ? today().addDays(evaluation->terms.claimDays) : QDate();
    auto claim = insertClaim(c, actor, *po, {}, deadline, lines);
    if (!claim)
        return fail(claim.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT claimsChanged();
    return claim;
}

Result<Claim> PurchaseOrderService::setClaimStatus(const Actor& actor, const Id& claimId, ClaimStatus status,
                                                   qint64 collected, const QString& note)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return fail(ok.error());
    auto current = claim(actor, claimId);
    if (!current)
        return fail(current.error());
    const ClaimStatus from = current->status;
    static const QHash<ClaimStatus, QList<ClaimStatus>> allowed = {
        {ClaimStatus::Open, {ClaimStatus::Sent, ClaimStatus::Accepted, ClaimStatus::Rejected}},
        {ClaimStatus::Sent, {ClaimStatus::Accepted, ClaimStatus::Rejected}},
        {ClaimStatus::Accepted, {ClaimStatus::Paid}},
    };
    if (!allowed.value(from).contains(status))
        return fail(ErrorCode::Conflict,
                    tr("Claim %1 is %2 and cannot become %3.")
                        .arg(current->number, PurchasingKinds::claimStatusName(from).toLower(),
                             PurchasingKinds::claimStatusName(status).toLower()));
    if (status == ClaimStatus::Paid && collected <= 0)
        return fail(ErrorCode::Invalid, tr("Enter the amount the supplier paid or credited."),
                    u"collected"_qs);
    if (collected < 0)
        return fail(ErrorCode::Invalid, tr("The amount collected cannot be negative."), u"collected"_qs);
    Claim cl = *current;
    cl.status = status;
    if (status == ClaimStatus::Paid)
        cl.collected = collected;
    if (!note.isEmpty())
        cl.note = cl.note.isEmpty() ? note : cl.note + u'\n' + note;
    cl.updatedAt = m_db.clock().nowMs();
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"supplier_claims", cl.id, ChangeOp::Update,
                                 {{u"status"_qs, PurchasingKinds::claimStatusCode(cl.status)},
                                  {u"collected"_qs, double(cl.collected)},
                                  {u"note"_qs, cl.note}});
    if (!hlc)
        return fail(hlc.error());
    auto q =
        c.query("UPDATE supplier_claims SET status = ?, collected = ?, note = ?, updated_at = ?, hlc = ? "
                "WHERE id = ?");
    q.bindAll(PurchasingKinds::claimStatusCode(cl.status), cl.collected, cl.note, cl.updatedAt, *hlc, cl.id);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, cl.updatedAt, u"claim.status", u"supplier_claim", cl.id,
                                   cl.number, {{u"status"_qs, PurchasingKinds::claimStatusCode(from)}},
                                   {{u"status"_qs, PurchasingKinds::claimStatusCode(cl.status)},
                                    {u"collected"_qs, double(cl.collected)}});
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT claimsChanged();
    return cl;
}

// ---- reads ----

Result<QList<PoListRow>> PurchaseOrderService::list(const Actor& actor, const PoFilter& filter)
{
    const bool prices = actor.can(Permission::ViewCosts) || actor.can(Permission::ManagePurchases);
    const QString todayCode = dateCode(today());
    QString text = filter.text.trimmed();
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto q = c.query(
        "SELECT p.local_id, p.id, p.number, p.kind, p.supplier_id, s.name, p.status, p.currency, "
        "p.ordered_on, "
        "p.due_on, p.discount_bp, (SELECT COUNT(*) FROM purchase_order_lines l WHERE l.po_id = p.id), "
        "(SELECT COALESCE(SUM((l.quantity * l.unit_price + 500) / 1000), 0) FROM purchase_order_lines l "
        "WHERE l.po_id = p.id) FROM purchase_orders p JOIN suppliers s ON s.id = p.supplier_id "
        "WHERE (?1 IS NULL OR p.supplier_id = ?1) AND (?2 IS NULL OR p.status = ?2) "
        "AND (?3 = 0 OR p.status IN ('sent', 'confirmed', 'partially_received')) "
        "AND (?4 = 0 OR (p.status IN ('sent', 'confirmed', 'partially_received') AND p.due_on < ?5)) "
        "AND (?6 = '' OR p.number LIKE '%' || ?6 || '%' OR instr(s.search_text, ?7) > 0) "
        "ORDER BY p.ordered_on DESC, p.local_id DESC");
    q.bindAll(filter.supplierId,
              filter.status ? std::optional<QString>(poStatusCode(*filter.status)) : std::nullopt,
              filter.openOnly, filter.overdueOnly, todayCode, text, SearchText::normalize(text));
    QList<PoListRow> rows;
    if (auto ok = q.forEachRow([&] {
            PoListRow r;
            r.localId = q.int64(0);
            r.id = q.id(1);
            r.number = q.text(2);
            r.kind = q.text(3) == u"dropship" ? PoKind::Dropship : PoKind::Stock;
            r.supplierId = q.id(4);
            r.supplierName = q.text(5);
            r.status = PurchasingKinds::poStatusFromCode(q.text(6)).value_or(PoStatus::Draft);
            r.currency = q.text(7);
            r.orderedOn = dateFromCode(q.text(8));
            r.dueOn = dateFromCode(q.text(9));
            r.lines = int(q.int64(11));
            const qint64 subtotal = q.int64(12);
            r.total = prices ? subtotal - SupplierSla::shareOf(subtotal, q.int64(10)) : 0;
            r.overdue = (r.status == PoStatus::Sent || r.status == PoStatus::Confirmed ||
                         r.status == PoStatus::PartiallyReceived) &&
                        r.dueOn.isValid() && dateCode(r.dueOn) < todayCode;
            rows.append(r);
        });
        !ok)
        return fail(ok.error());
    return rows;
}

Result<QList<PoEvent>> PurchaseOrderService::events(const Actor& actor, const Id& poId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT id, from_status, to_status, at, user_name, note FROM "
                                     "purchase_order_events WHERE po_id = ? ORDER BY at, local_id");
    q.bind(poId);
    QList<PoEvent> list;
    if (auto ok = q.forEachRow([&] {
            list.append(PoEvent{q.id(0),
                                PurchasingKinds::poStatusFromCode(q.text(1)).value_or(PoStatus::Draft),
                                PurchasingKinds::poStatusFromCode(q.text(2)).value_or(PoStatus::Draft),
                                q.int64(3), q.text(4), q.text(5)});
        });
        !ok)
        return fail(ok.error());
    return list;
}

Result<PoEvaluation> PurchaseOrderService::evaluate(const Actor& actor, const Id& poId, QDate asOf)
{
    auto all = evaluateMany(actor, {poId}, asOf);
    if (!all)
        return fail(all.error());
    return all->first();
}

Result<QList<PoEvaluation>> PurchaseOrderService::evaluateMany(const Actor& actor, const QList<Id>& poIds,
                                                               QDate asOf)
{
    if (!actor.can(Permission::ManageSuppliers) && !actor.can(Permission::ViewCosts))
        return fail(require(actor, Permission::ViewCosts).error());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    // Read once for all: the calendar and each contract's terms.
    auto calendar = m_calendar.calendar(actor);
    if (!calendar)
        return fail(calendar.error());
    QHash<Id, ContractTerms> termsByContract;
    const QDate when = asOf.isValid() ? asOf : today();
    auto q =
        c.query("SELECT l.po_line_id, r.received_on, l.accepted, l.defective, l.missorted FROM "
                "supplier_receipt_lines l JOIN supplier_receipts r ON r.id = l.receipt_id WHERE r.po_id = ?");
    QList<PoEvaluation> list;
    list.reserve(poIds.size());
    for (const Id& poId : poIds) {
        auto po = loadPo(c, poId, true);
        if (!po)
            return fail(po.error());
        auto cached = termsByContract.constFind(po->contractId);
        if (cached == termsByContract.cend()) {
            auto terms = termsOf(actor, *po);
            if (!terms)
                return fail(terms.error());
            cached = termsByContract.insert(po->contractId, *terms);
        }
        PoEvaluation e;
        e.poId = po->id;
        e.poNumber = po->number;
        e.contractId = po->contractId;
        e.contractNumber = po->contractNumber;
        e.currency = po->currency;
        e.terms = *cached;
        e.startOn = e.terms.startEvent == StartEvent::Prepayment ? po->prepaidOn : po->confirmedOn;
        e.lines = po->lines;
        QHash<Id, QList<DeliveryPart>> parts;
        q.bind(poId);
        if (auto ok = q.forEachRow([&] {
                parts[q.id(0)].append(DeliveryPart{dateFromCode(q.text(1)), Quantity::fromMilli(q.int64(2)),
                                                   Quantity::fromMilli(q.int64(3)),
                                                   Quantity::fromMilli(q.int64(4))});
            });
            !ok)
            return fail(ok.error());
        q.reset();
        const bool ended = po->status == PoStatus::Closed || po->status == PoStatus::Cancelled;
        // A PO the shop cancelled stops the clock but owes no shortage: the shop, not the supplier, ended it.
        if (po->status == PoStatus::Cancelled)
            e.terms.shortageBp = 0;
        QList<SlaLineInput> inputs;
        for (const PoLine& l : po->lines)
            inputs.append(SlaLineInput{l.id, l.quantity, netPrice(*po, l), parts.value(l.id),
                                       ended ? po->closedOn : QDate()});
        e.sla = SupplierSla::evaluate(inputs, po->dueOn, e.terms, *calendar, when);
        list.append(std::move(e));
    }
    return list;
}

Result<QHash<Id, Quantity>> PurchaseOrderService::onOrder(const Actor& actor)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT l.product_id, SUM(MAX(0, l.quantity - COALESCE((SELECT SUM(r.accepted + r.defective) FROM "
        "supplier_receipt_lines r WHERE r.po_line_id = l.id), 0))) FROM purchase_order_lines l JOIN "
        "purchase_orders p "
        "ON p.id = l.po_id WHERE p.kind = 'stock' AND p.status IN ('sent', 'confirmed', "
        "'partially_received') "
        "GROUP BY l.product_id");
    QHash<Id, Quantity> map;
    if (auto ok = q.forEachRow([&] {
            if (q.int64(1) > 0)
                map.insert(q.id(0), Quantity::fromMilli(q.int64(1)));
        });
        !ok)
        return fail(ok.error());
    return map;
}

Result<std::optional<double>> PurchaseOrderService::learnedLeadTime(const Actor& actor, const Id& productId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query(
        "SELECT DISTINCT r.id, r.received_on, p.confirmed_on FROM supplier_receipt_lines l JOIN "
        "supplier_receipts r "
        "ON r.id = l.receipt_id JOIN purchase_orders p ON p.id = r.po_id WHERE l.product_id = ? AND "
        "p.confirmed_on IS NOT NULL AND l.accepted + l.defective > 0 ORDER BY r.received_on DESC, "
        "r.created_at DESC "
        "LIMIT 10");
    q.bind(productId);
    QList<int> days;
    if (auto ok =
            q.forEachRow([&] { days.append(int(dateFromCode(q.text(2)).daysTo(dateFromCode(q.text(1))))); });
        !ok)
        return fail(ok.error());
    return SupplierSla::learnedLeadTime(days);
}

// ---- dropship ----

Result<QList<PurchaseOrder>> PurchaseOrderService::createDropship(const Actor& actor, const Id& salesOrderId)
{
    if (!actor.can(Permission::ManagePurchases) && !actor.can(Permission::ManageOrders))
        return fail(require(actor, Permission::ManagePurchases).error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto q =
        c.query("SELECT o.number, o.ship_to, o.customer_name, o.status, l.id, l.product_id, l.quantity, "
                "ps.supplier_id FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id "
                "JOIN product_suppliers ps ON ps.product_id = l.product_id AND ps.dropship = 1 "
                "WHERE o.id = ? AND NOT EXISTS (SELECT 1 FROM purchase_order_lines pl JOIN purchase_orders p "
                "ON p.id = pl.po_id WHERE pl.sales_order_line_id = l.id AND p.status <> 'cancelled') "
                "ORDER BY l.position");
    q.bind(salesOrderId);
    struct Wanted
    {
        Id lineId;
        Id productId;
        Quantity quantity;
    };
    QString orderNumber;
    QString shipTo;
    QString status;
    QList<Id> supplierOrder;
    QHash<Id, QList<Wanted>> bySupplier;
    if (auto ok = q.forEachRow([&] {
            orderNumber = q.text(0);
            shipTo = q.text(2).isEmpty() ? q.text(1) : q.text(2) + u'\n' + q.text(1);
            status = q.text(3);
            const Id supplierId = q.id(7);
            if (!bySupplier.contains(supplierId))
                supplierOrder.append(supplierId);
            bySupplier[supplierId].append({q.id(4), q.id(5), Quantity::fromMilli(q.int64(6))});
        });
        !ok)
        return fail(ok.error());
    if (supplierOrder.isEmpty())
        return fail(ErrorCode::Invalid,
                    tr("The order has no dropshipped lines left to order from a supplier."));
    if (status == u"draft" || status == u"cancelled")
        return fail(
            ErrorCode::Conflict,
            tr("Order %1 must be confirmed before its supplier is asked to ship it.").arg(orderNumber));
    Actor purchaser = actor;
    purchaser.permissions |= Permission::ManagePurchases; // an order clerk sends the supplier its part
    QList<PurchaseOrder> made;
    for (const Id& supplierId : supplierOrder) {
        auto po = newDraft(purchaser, supplierId);
        if (!po)
            return fail(po.error());
        po->kind = PoKind::Dropship;
        po->salesOrderId = salesOrderId;
        po->shipTo = shipTo;
        po->note = tr("Dropship for order %1").arg(orderNumber);
        for (const Wanted& w : bySupplier.value(supplierId)) {
            auto line = lineFor(purchaser, *po, w.productId, w.quantity);
            if (!line) {
                // The contract's pack rules do not bind a single customer's parcel: price it anyway.
                line = lineFor(purchaser, *po, w.productId, Quantity::fromUnits(0));
                if (!line)
                    return fail(line.error());
                line->quantity = w.quantity;
            }
            line->salesOrderLineId = w.lineId;
            po->lines.append(*line);
        }
        po->id = Id::create();
        po->status = PoStatus::Draft;
        if (auto ok = settleDraft(c, purchaser, m_suppliers, *po); !ok)
            return fail(ok.error());
        auto number = DocumentNumbers::next(c, u"PO", 5, "purchase_orders");
        if (!number)
            return fail(number.error());
        po->number = *number;
        po->status = PoStatus::Sent;
        po->sentAt = m_db.clock().nowMs();
        if (auto ok = writePo(c, purchaser, *po, true); !ok)
            return fail(ok.error());
        if (auto ok = writeLines(c, purchaser, *po); !ok)
            return fail(ok.error());
        if (auto ok = recordEvent(c, purchaser, *po, PoStatus::Draft, PoStatus::Sent, po->note); !ok)
            return fail(ok.error());
        if (auto ok = AuditLog::record(c, actor, po->createdAt, u"purchase_order.dropship", u"purchase_order",
                                       po->id, po->number, {}, poPayload(*po));
            !ok)
            return fail(ok.error());
        made.append(*po);
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    for (const PurchaseOrder& po : made)
        Q_EMIT purchaseOrdersChanged(po.id);
    return made;
}

Result<PurchaseOrder> PurchaseOrderService::markSupplierShipped(const Actor& actor, const Id& poId,
                                                                const QString& tracking, QDate shippedOn)
{
    if (!actor.can(Permission::ManagePurchases) && !actor.can(Permission::ManageOrders))
        return fail(require(actor, Permission::ManagePurchases).error());
    const QDate on = shippedOn.isValid() ? shippedOn : today();
    return transition(
        actor, poId, PoStatus::Received,
        tracking.trimmed().isEmpty() ? tr("Shipped by the supplier")
                                     : tr("Shipped by the supplier, tracking %1").arg(tracking.trimmed()),
        [&](Connection&, PurchaseOrder& po) -> Result<void> {
            if (po.kind != PoKind::Dropship)
                return fail(ErrorCode::Conflict,
                            tr("Purchase order %1 is not a dropship order: receive its goods instead.")
                                .arg(po.number));
            if (on < po.orderedOn || on > today())
                return fail(ErrorCode::Invalid,
                            tr("The shipping date must be between the order date (%1) and today.")
                                .arg(shortDate(po.orderedOn)),
                            u"shipped_on"_qs);
            po.supplierShippedOn = on;
            po.supplierTracking = tracking.trimmed();
            return {};
        });
}

Result<QList<PurchaseOrder>> PurchaseOrderService::dropshipOrdersFor(const Actor& actor,
                                                                     const Id& salesOrderId)
{
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto q = c.query("SELECT id FROM purchase_orders WHERE sales_order_id = ? ORDER BY local_id");
    q.bind(salesOrderId);
    QList<Id> ids;
    if (auto ok = q.forEachRow([&] { ids.append(q.id(0)); }); !ok)
        return fail(ok.error());
    QList<PurchaseOrder> list;
    for (const Id& id : ids) {
        auto po = loadPo(c, id, actor.can(Permission::ViewCosts) || actor.can(Permission::ManagePurchases));
        if (!po)
            return fail(po.error());
        list.append(*po);
    }
    return list;
}

} // namespace kontor

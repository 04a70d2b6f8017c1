#include "AuditText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kontor::AuditText {

namespace {

QString t(const char* text)
{
    return QCoreApplication::translate("kontor::AuditText", text);
}

struct Name
{
    QStringView code;
    const char* text;
};

// QT_TRANSLATE_NOOP keeps the texts for lupdate; t() translates them when shown.
constexpr Name Actions[] = {
    {u"product.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Product created")},
    {u"product.update", QT_TRANSLATE_NOOP("kontor::AuditText", "Product changed")},
    {u"product.delete", QT_TRANSLATE_NOOP("kontor::AuditText", "Product deleted")},
    {u"product.import", QT_TRANSLATE_NOOP("kontor::AuditText", "Products imported")},
    {u"product.supplier", QT_TRANSLATE_NOOP("kontor::AuditText", "Preferred supplier set")},
    {u"kit.update", QT_TRANSLATE_NOOP("kontor::AuditText", "Kit components changed")},
    {u"price.channel", QT_TRANSLATE_NOOP("kontor::AuditText", "Channel price set")},
    {u"price.list", QT_TRANSLATE_NOOP("kontor::AuditText", "Price list changed")},
    {u"replenishment.rule", QT_TRANSLATE_NOOP("kontor::AuditText", "Reorder rule set")},
    {u"replenishment.rule.remove", QT_TRANSLATE_NOOP("kontor::AuditText", "Reorder rule removed")},
    {u"stock.receipt", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock received")},
    {u"stock.shipment", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock shipped")},
    {u"stock.transfer", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock transferred")},
    {u"stock.adjustment", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock adjusted")},
    {u"stock.customer_return", QT_TRANSLATE_NOOP("kontor::AuditText", "Customer return into stock")},
    {u"stock.supplier_return", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock returned to supplier")},
    {u"stock.count", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock counted")},
    {u"stock.import", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock imported")},
    {u"stock.history", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock history imported")},
    {u"stock.rebuild", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock balances rebuilt")},
    {u"warehouse.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Warehouse created")},
    {u"count.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock count started")},
    {u"count.post", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock count posted")},
    {u"count.cancel", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock count cancelled")},
    {u"customer.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Customer created")},
    {u"customer.update", QT_TRANSLATE_NOOP("kontor::AuditText", "Customer changed")},
    {u"order.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Order created")},
    {u"order.update", QT_TRANSLATE_NOOP("kontor::AuditText", "Order changed")},
    {u"order.cancel", QT_TRANSLATE_NOOP("kontor::AuditText", "Order cancelled")},
    {u"order.payment", QT_TRANSLATE_NOOP("kontor::AuditText", "Payment recorded")},
    {u"order.refund", QT_TRANSLATE_NOOP("kontor::AuditText", "Refund recorded")},
    {u"order.price_override", QT_TRANSLATE_NOOP("kontor::AuditText", "Price changed on an order")},
    {u"order.shipping", QT_TRANSLATE_NOOP("kontor::AuditText", "Shipping changed")},
    {u"order.history", QT_TRANSLATE_NOOP("kontor::AuditText", "Orders imported")},
    {u"return.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Return opened")},
    {u"return.open", QT_TRANSLATE_NOOP("kontor::AuditText", "Return opened")},
    {u"return.received", QT_TRANSLATE_NOOP("kontor::AuditText", "Return received")},
    {u"return.closed", QT_TRANSLATE_NOOP("kontor::AuditText", "Return closed")},
    {u"return.cancelled", QT_TRANSLATE_NOOP("kontor::AuditText", "Return cancelled")},
    {u"supplier.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Supplier created")},
    {u"supplier.update", QT_TRANSLATE_NOOP("kontor::AuditText", "Supplier changed")},
    {u"supplier.archive", QT_TRANSLATE_NOOP("kontor::AuditText", "Supplier archived")},
    {u"supplier.unarchive", QT_TRANSLATE_NOOP("kontor::AuditText", "Supplier restored")},
    {u"contract.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Contract created")},
    {u"contract.update", QT_TRANSLATE_NOOP("kontor::AuditText", "Contract changed")},
    {u"contract.delete", QT_TRANSLATE_NOOP("kontor::AuditText", "Contract deleted")},
    {u"contract.activate", QT_TRANSLATE_NOOP("kontor::AuditText", "Contract activated")},
    {u"contract.terminate", QT_TRANSLATE_NOOP("kontor::AuditText", "Contract terminated")},
    {u"contract.file.add", QT_TRANSLATE_NOOP("kontor::AuditText", "File attached to a contract")},
    {u"contract.file.remove", QT_TRANSLATE_NOOP("kontor::AuditText", "File removed from a contract")},
    {u"purchase_order.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Purchase order created")},
    {u"purchase_order.update", QT_TRANSLATE_NOOP("kontor::AuditText", "Purchase order changed")},
    {u"purchase_order.receive", QT_TRANSLATE_NOOP("kontor::AuditText", "Goods received")},
    {u"purchase_order.dropship", QT_TRANSLATE_NOOP("kontor::AuditText", "Dropship order sent")},
    {u"claim.create", QT_TRANSLATE_NOOP("kontor::AuditText", "Supplier claim opened")},
    {u"claim.status", QT_TRANSLATE_NOOP("kontor::AuditText", "Supplier claim status")},
    {u"user.create", QT_TRANSLATE_NOOP("kontor::AuditText", "User added")},
    {u"user.update", QT_TRANSLATE_NOOP("kontor::AuditText", "User changed")},
    {u"shop.update", QT_TRANSLATE_NOOP("kontor::AuditText", "Shop details changed")},
    {u"settings.vat_change", QT_TRANSLATE_NOOP("kontor::AuditText", "VAT rate change planned")},
    {u"settings.calendar", QT_TRANSLATE_NOOP("kontor::AuditText", "Working calendar changed")},
    {u"settings.working_hours", QT_TRANSLATE_NOOP("kontor::AuditText", "Working hours changed")},
    {u"settings.support", QT_TRANSLATE_NOOP("kontor::AuditText", "Support settings changed")},
    {u"sla_policy.create", QT_TRANSLATE_NOOP("kontor::AuditText", "SLA policy created")},
    {u"sla_policy.update", QT_TRANSLATE_NOOP("kontor::AuditText", "SLA policy changed")},
};

constexpr Name Entities[] = {
    {u"product", QT_TRANSLATE_NOOP("kontor::AuditText", "Products")},
    {u"category", QT_TRANSLATE_NOOP("kontor::AuditText", "Categories")},
    {u"price_list", QT_TRANSLATE_NOOP("kontor::AuditText", "Price lists")},
    {u"stock", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock")},
    {u"warehouse", QT_TRANSLATE_NOOP("kontor::AuditText", "Warehouses")},
    {u"count_session", QT_TRANSLATE_NOOP("kontor::AuditText", "Stock counts")},
    {u"customer", QT_TRANSLATE_NOOP("kontor::AuditText", "Customers")},
    {u"sales_order", QT_TRANSLATE_NOOP("kontor::AuditText", "Orders")},
    {u"return", QT_TRANSLATE_NOOP("kontor::AuditText", "Returns")},
    {u"supplier", QT_TRANSLATE_NOOP("kontor::AuditText", "Suppliers")},
    {u"contract", QT_TRANSLATE_NOOP("kontor::AuditText", "Contracts")},
    {u"purchase_order", QT_TRANSLATE_NOOP("kontor::AuditText", "Purchase orders")},
    {u"supplier_claim", QT_TRANSLATE_NOOP("kontor::AuditText", "Supplier claims")},
    {u"users", QT_TRANSLATE_NOOP("kontor::AuditText", "Users")},
    {u"settings", QT_TRANSLATE_NOOP("kontor::AuditText", "Settings")},
    {u"shop_settings", QT_TRANSLATE_NOOP("kontor::AuditText", "Shop details")},
    {u"sla_policies", QT_TRANSLATE_NOOP("kontor::AuditText", "SLA policies")},
};

constexpr Name Fields[] = {
    {u"name", QT_TRANSLATE_NOOP("kontor::AuditText", "Name")},
    {u"sku", QT_TRANSLATE_NOOP("kontor::AuditText", "SKU")},
    {u"price", QT_TRANSLATE_NOOP("kontor::AuditText", "Price")},
    {u"list_price", QT_TRANSLATE_NOOP("kontor::AuditText", "Price")},
    {u"sale_price", QT_TRANSLATE_NOOP("kontor::AuditText", "Sale price")},
    {u"cost", QT_TRANSLATE_NOOP("kontor::AuditText", "Cost")},
    {u"unit_price", QT_TRANSLATE_NOOP("kontor::AuditText", "Unit price")},
    {u"currency", QT_TRANSLATE_NOOP("kontor::AuditText", "Currency")},
    {u"vat_rate_bp", QT_TRANSLATE_NOOP("kontor::AuditText", "VAT rate")},
    {u"status", QT_TRANSLATE_NOOP("kontor::AuditText", "Status")},
    {u"reason", QT_TRANSLATE_NOOP("kontor::AuditText", "Reason")},
    {u"lines", QT_TRANSLATE_NOOP("kontor::AuditText", "Lines")},
    {u"paid_amount", QT_TRANSLATE_NOOP("kontor::AuditText", "Paid")},
    {u"refunded_amount", QT_TRANSLATE_NOOP("kontor::AuditText", "Refunded")},
    {u"collected", QT_TRANSLATE_NOOP("kontor::AuditText", "Collected")},
    {u"email", QT_TRANSLATE_NOOP("kontor::AuditText", "Email")},
    {u"phone", QT_TRANSLATE_NOOP("kontor::AuditText", "Phone")},
    {u"role", QT_TRANSLATE_NOOP("kontor::AuditText", "Role")},
    {u"active", QT_TRANSLATE_NOOP("kontor::AuditText", "Active")},
    {u"archived", QT_TRANSLATE_NOOP("kontor::AuditText", "Archived")},
    {u"tags", QT_TRANSLATE_NOOP("kontor::AuditText", "Tags")},
    {u"notes", QT_TRANSLATE_NOOP("kontor::AuditText", "Notes")},
    {u"marketing_consent", QT_TRANSLATE_NOOP("kontor::AuditText", "Marketing consent")},
    {u"supplier_id", QT_TRANSLATE_NOOP("kontor::AuditText", "Supplier")},
    {u"dropship", QT_TRANSLATE_NOOP("kontor::AuditText", "Dropshipped")},
    {u"receipt", QT_TRANSLATE_NOOP("kontor::AuditText", "Receipt")},
    {u"received_on", QT_TRANSLATE_NOOP("kontor::AuditText", "Received on")},
    {u"landed_costs", QT_TRANSLATE_NOOP("kontor::AuditText", "Landed costs")},
    {u"source", QT_TRANSLATE_NOOP("kontor::AuditText", "Source")},
    {u"orders", QT_TRANSLATE_NOOP("kontor::AuditText", "Orders")},
    {u"documents", QT_TRANSLATE_NOOP("kontor::AuditText", "Documents")},
    {u"channel", QT_TRANSLATE_NOOP("kontor::AuditText", "Channel")},
    {u"tiers", QT_TRANSLATE_NOOP("kontor::AuditText", "Price tiers")},
    {u"old_bp", QT_TRANSLATE_NOOP("kontor::AuditText", "Old rate")},
    {u"new_bp", QT_TRANSLATE_NOOP("kontor::AuditText", "New rate")},
    {u"effective_from", QT_TRANSLATE_NOOP("kontor::AuditText", "Effective from")},
    {u"reopen_days", QT_TRANSLATE_NOOP("kontor::AuditText", "Reopen period, days")},
    {u"day", QT_TRANSLATE_NOOP("kontor::AuditText", "Day")},
    {u"size", QT_TRANSLATE_NOOP("kontor::AuditText", "Size")},
    {u"uncounted", QT_TRANSLATE_NOOP("kontor::AuditText", "Items not counted")},
};

template <std::size_t N>
QString lookUp(const Name (&table)[N], QStringView code)
{
    for (const Name& n : table) {
        if (n.code == code)
            return t(n.text);
    }
    return code.toString();
}

} // namespace

QString actionName(QStringView code)
{
    return lookUp(Actions, code);
}

QString entityName(QStringView code)
{
    return lookUp(Entities, code);
}

QString fieldName(QStringView key)
{
    return lookUp(Fields, key);
}

QString value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return v.toBool() ? t("yes") : t("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace kontor::AuditText

#pragma once

// A shop with suppliers, active contracts and purchase orders in a temporary database, for the
// purchasing tests: builders for a supplier, a contract (prices, terms, volume discounts) made
// active, and purchase orders drafted from it, sent and confirmed through PurchaseOrderService.

#include "StockShop.h"

namespace kontor::test {

struct PurchasingShop : StockShop
{
    // The clock at midday of `today` (UTC), so the shop's day is that date in any nearby zone.
    explicit PurchasingShop(QDate today = QDate(2026, 3, 10));

    struct Price
    {
        Id productId;
        qint64 price = 0; // minor units
        QString supplierSku;
        qint64 minUnits = 0;
        qint64 packUnits = 0;
    };

    void setToday(QDate day);
    QDate today() { return purchases.today(); }
    // Creates the supplier (qFatal on failure).
    Supplier supplier(const QString& name);
    // Creates a contract valid from 30 days before today and activates it (qFatal on failure).
    Contract contract(const Id& supplierId, const QString& number, const QList<Price>& prices,
                      const ContractTerms& terms = {}, const QList<VolumeDiscount>& discounts = {});
    // A draft PO at the contract's prices (whole units), created (qFatal on failure).
    PurchaseOrder draft(const Id& supplierId, const QList<std::pair<Id, qint64>>& lines);
    PurchaseOrder sent(const Id& supplierId, const QList<std::pair<Id, qint64>>& lines);
    PurchaseOrder confirmed(const Id& supplierId, const QList<std::pair<Id, qint64>>& lines, QDate on = {});
    PurchaseOrder po(const Id& id);
};

} // namespace kontor::test

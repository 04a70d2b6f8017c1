#include "PurchasingShop.h"

#include "Must.h"

#include <QTimeZone>

namespace kontor::test {

PurchasingShop::PurchasingShop(QDate today)
{
    setToday(today);
}

void PurchasingShop::setToday(QDate day)
{
    tmp.clock().setMs(QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

Supplier PurchasingShop::supplier(const QString& name)
{
    Supplier s;
    s.name = name;
    s.legalName = u"ООО «"_qs + name + u"»"_qs;
    s.taxId = u"7701234567"_qs;
    s.email = u"orders@example.ru"_qs;
    s.legalAddress = u"Москва, ул. Складская, д. 1"_qs;
    return must(suppliers.create(owner, s));
}

Contract PurchasingShop::contract(const Id& supplierId, const QString& number, const QList<Price>& prices,
                                  const ContractTerms& terms, const QList<VolumeDiscount>& discounts)
{
    Contract k;
    k.supplierId = supplierId;
    k.number = number;
    k.validFrom = today().addDays(-30);
    k.terms = terms;
    k.discounts = discounts;
    for (const Price& p : prices) {
        ContractPrice cp;
        cp.productId = p.productId;
        cp.price = p.price;
        cp.supplierSku = p.supplierSku;
        cp.minQuantity = Quantity::fromUnits(p.minUnits);
        cp.packSize = Quantity::fromUnits(p.packUnits);
        k.prices.append(cp);
    }
    const Contract created = must(suppliers.createContract(owner, k));
    return must(suppliers.activateContract(owner, created.id));
}

PurchaseOrder PurchasingShop::draft(const Id& supplierId, const QList<std::pair<Id, qint64>>& lines)
{
    PurchaseOrder po = must(purchases.newDraft(owner, supplierId));
    for (const auto& [productId, units] : lines)
        po.lines.append(must(purchases.lineFor(owner, po, productId, Quantity::fromUnits(units))));
    return must(purchases.create(owner, po));
}

PurchaseOrder PurchasingShop::sent(const Id& supplierId, const QList<std::pair<Id, qint64>>& lines)
{
    return must(purchases.send(owner, draft(supplierId, lines).id));
}

PurchaseOrder PurchasingShop::confirmed(const Id& supplierId, const QList<std::pair<Id, qint64>>& lines,
                                        QDate on)
{
    return must(purchases.confirm(owner, sent(supplierId, lines).id, on));
}

PurchaseOrder PurchasingShop::po(const Id& id)
{
    return must(purchases.purchaseOrder(owner, id));
}

} // namespace kontor::test

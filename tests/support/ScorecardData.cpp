#include "ScorecardData.h"

#include "Must.h"

#include <QTimeZone>

namespace kontor::test {

namespace {

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

Id makeSupplier(StockShop& shop, const QString& name, const QString& legalName)
{
    Supplier s;
    s.name = name;
    s.legalName = legalName;
    s.currency = u"RUB"_qs;
    s.email = u"sales@example.com"_qs;
    s.phone = u"+7 495 123-45-67"_qs;
    s.legalAddress = u"Москва, ул. Ткацкая, 5"_qs;
    return must(shop.suppliers.create(shop.owner, s)).id;
}

PurchaseOrder confirmed(StockShop& shop, const Id& supplierId, const QList<std::pair<Id, qint64>>& lines,
                        QDate on)
{
    setShopDay(shop, on);
    PurchaseOrder po = must(shop.purchases.newDraft(shop.owner, supplierId));
    for (const auto& [product, n] : lines)
        po.lines.append(must(shop.purchases.lineFor(shop.owner, po, product, units(n))));
    po = must(shop.purchases.create(shop.owner, po));
    must(shop.purchases.send(shop.owner, po.id));
    return must(shop.purchases.confirm(shop.owner, po.id, on));
}

void receive(StockShop& shop, const PurchaseOrder& po, int line, qint64 accepted, qint64 defective,
             qint64 missorted, QDate on)
{
    setShopDay(shop, on);
    ReceiptDraft d;
    d.poId = po.id;
    d.receivedOn = on;
    d.lines = {ReceiptLineDraft{po.lines[line].id, units(accepted), units(defective), units(missorted)}};
    must(shop.purchases.receive(shop.owner, d));
}

Id claimOf(StockShop& shop, const Id& poId)
{
    ClaimFilter f;
    f.supplierId = must(shop.purchases.purchaseOrder(shop.owner, poId)).supplierId;
    for (const Claim& c : must(shop.purchases.claims(shop.owner, f))) {
        if (c.poId == poId)
            return c.id;
    }
    qFatal("no claim for the PO");
}

} // namespace

void setShopDay(StockShop& shop, QDate day)
{
    shop.tmp.clock().setMs(QDateTime(day, QTime(10, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
}

ScorecardData::ScorecardData(StockShop& shop)
{
    setShopDay(shop, QDate(2025, 1, 1));
    socks = shop.product(u"SOCK"_qs, u"Носки шерстяные"_qs);
    mugs = shop.product(u"MUG"_qs, u"Кружка керамическая"_qs);
    supplier = makeSupplier(shop, u"Носки оптом"_qs, u"ООО «Носки оптом»"_qs);
    other = makeSupplier(shop, u"Кружки и Ко"_qs, {});

    Contract k;
    k.supplierId = supplier;
    k.number = u"K-7"_qs;
    k.validFrom = QDate(2025, 1, 1);
    k.validTo = QDate(2026, 4, 20);
    k.renewalNoticeDays = 30;
    k.currency = u"RUB"_qs;
    k.terms.leadTimeDays = 10;
    k.terms.lateBpPerDay = 100;
    k.terms.lateCapBp = 500;
    k.terms.capBasis = CapBasis::Line;
    k.terms.defect = {PenaltyKind::PerUnit, 10000};
    k.terms.missort = {PenaltyKind::Percent, 1000};
    k.terms.shortageBp = 1000;
    k.terms.claimDays = 14;
    k.targetOnTimeBp = 9500;
    k.targetInFullBp = 9500;
    k.maxDefectBp = 200;
    k.maxMissortBp = 100;
    k.prices = {ContractPrice{socks, {}, {}, u"NS-100"_qs, 10000, {}, {}},
                ContractPrice{mugs, {}, {}, u"NS-300"_qs, 30000, {}, {}}};
    contract = must(shop.suppliers.activateContract(shop.owner,
                                                    must(shop.suppliers.createContract(shop.owner, k)).id))
                   .id;
    Contract m;
    m.supplierId = other;
    m.number = u"M-2"_qs;
    m.validFrom = QDate(2025, 1, 1);
    m.currency = u"RUB"_qs;
    m.terms.leadTimeDays = 10;
    m.terms.lateBpPerDay = 50;
    m.prices = {ContractPrice{mugs, {}, {}, u"KK-1"_qs, 28000, {}, {}}};
    must(shop.suppliers.activateContract(shop.owner, must(shop.suppliers.createContract(shop.owner, m)).id));
    must(shop.suppliers.setProductSupplier(shop.owner, ProductSupplier{socks, supplier, false}));
    must(shop.suppliers.setProductSupplier(shop.owner, ProductSupplier{mugs, supplier, false}));

    // A year of punctual deliveries before March.
    for (QDate month(2025, 4, 1); month < QDate(2026, 3, 1); month = month.addMonths(1)) {
        const PurchaseOrder po = confirmed(shop, supplier, {{socks, 10}}, month);
        receive(shop, po, 0, 10, 0, 0, month.addDays(4));
    }

    po1 = confirmed(shop, supplier, {{socks, 10}}, QDate(2026, 3, 2));
    po2 = confirmed(shop, supplier, {{socks, 10}, {mugs, 10}}, QDate(2026, 3, 5));
    po3 = confirmed(shop, supplier, {{socks, 20}}, QDate(2026, 3, 6));
    receive(shop, po1, 0, 10, 0, 0, QDate(2026, 3, 10));
    receive(shop, po2, 1, 8, 2, 0, QDate(2026, 3, 15));
    receive(shop, po3, 0, 15, 0, 1, QDate(2026, 3, 16));
    po4 = confirmed(shop, supplier, {{mugs, 5}}, QDate(2026, 3, 17));
    setShopDay(shop, QDate(2026, 3, 20));
    must(shop.purchases.close(shop.owner, po3.id, u"the rest is sold out"_qs, QDate(2026, 3, 20)));
    po5 = confirmed(shop, other, {{mugs, 10}}, QDate(2026, 3, 20));
    // Sales in the last four weeks.
    must(shop.stock.ship(shop.owner, socks, StockService::mainLocationId(), units(28),
                         shop.tmp.clock().nowMs()));
    receive(shop, po2, 0, 10, 0, 0, QDate(2026, 3, 21));
    receive(shop, po5, 0, 10, 0, 0, QDate(2026, 3, 28));
    must(shop.stock.ship(shop.owner, mugs, StockService::mainLocationId(), units(14),
                         shop.tmp.clock().nowMs()));

    // The defect claim is paid; the lateness of PO2 is claimed on the last day.
    setShopDay(shop, QDate(2026, 3, 29));
    const Id defectClaim = claimOf(shop, po2.id);
    must(shop.purchases.setClaimStatus(shop.owner, defectClaim, ClaimStatus::Accepted));
    must(shop.purchases.setClaimStatus(shop.owner, defectClaim, ClaimStatus::Paid, 20000));
    setShopDay(shop, today());
    must(shop.purchases.claimLateness(shop.owner, po2.id));

    po1 = must(shop.purchases.purchaseOrder(shop.owner, po1.id));
    po2 = must(shop.purchases.purchaseOrder(shop.owner, po2.id));
    po3 = must(shop.purchases.purchaseOrder(shop.owner, po3.id));
    po4 = must(shop.purchases.purchaseOrder(shop.owner, po4.id));
    po5 = must(shop.purchases.purchaseOrder(shop.owner, po5.id));
}

} // namespace kontor::test

#include "support/Must.h"
#include "support/StockShop.h"

#include <QTest>
#include <QTimeZone>

using namespace kontor;
using test::must;
using test::StockShop;

// Purchase orders: drafts priced from the contract, the state machine, due dates from the
// contract's start event, receipts with their stock and cost effects, claims, dropship orders, and
// the figures that feed replenishment.
class TestPurchaseOrderService : public QObject
{
    Q_OBJECT

    const Id Main = StockService::mainLocationId();
    const Id Quarantine = StockService::quarantineLocationId();

    static Quantity units(qint64 n) { return Quantity::fromUnits(n); }

    static void setToday(StockShop& shop, QDate day)
    {
        shop.tmp.clock().setMs(QDateTime(day, QTime(10, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
    }

    static Id supplier(StockShop& shop, const QString& name = u"Носки оптом"_qs)
    {
        Supplier s;
        s.name = name;
        s.currency = u"RUB"_qs;
        return must(shop.suppliers.create(shop.owner, s)).id;
    }

    // Lead time 10 calendar days from confirmation; 0.5 % a day late capped at 10 % of the line;
    // 100.00 per defective unit, 10 % of mis-sorted goods; claims within 14 days; 3 % off orders of
    // 5 000.00 or more.
    static Contract contractTerms(const Id& supplierId, const QString& number, QDate from, QDate to = {})
    {
        Contract k;
        k.supplierId = supplierId;
        k.number = number;
        k.validFrom = from;
        k.validTo = to;
        k.currency = u"RUB"_qs;
        k.terms.leadTimeDays = 10;
        k.terms.lateBpPerDay = 50;
        k.terms.lateCapBp = 1000;
        k.terms.defect = {PenaltyKind::PerUnit, 10000};
        k.terms.missort = {PenaltyKind::Percent, 1000};
        k.terms.shortageBp = 1000;
        k.terms.claimDays = 14;
        k.discounts = {VolumeDiscount{500000, 300}};
        return k;
    }

    static Contract activeContract(StockShop& shop, Contract k)
    {
        const Contract draft = must(shop.suppliers.createContract(shop.owner, k));
        return must(shop.suppliers.activateContract(shop.owner, draft.id));
    }

    static ContractPrice price(const Id& product, qint64 minor, qint64 minUnits = 0, qint64 pack = 0,
                               const QString& supplierSku = {})
    {
        ContractPrice p;
        p.productId = product;
        p.price = minor;
        p.minQuantity = units(minUnits);
        p.packSize = units(pack);
        p.supplierSku = supplierSku;
        return p;
    }

    // A PO of `lines` (product, units) from the contract, sent and confirmed on `confirmed`.
    static PurchaseOrder confirmedPo(StockShop& shop, const Id& supplierId,
                                     const QList<std::pair<Id, qint64>>& lines, QDate confirmed)
    {
        PurchaseOrder po = must(shop.purchases.newDraft(shop.owner, supplierId));
        po.orderedOn = confirmed;
        for (const auto& [product, n] : lines)
            po.lines.append(must(shop.purchases.lineFor(shop.owner, po, product, units(n))));
        po = must(shop.purchases.create(shop.owner, po));
        must(shop.purchases.send(shop.owner, po.id));
        return must(shop.purchases.confirm(shop.owner, po.id, confirmed));
    }

    static ReceiptLineDraft got(const PoLine& l, qint64 accepted, qint64 defective = 0, qint64 missorted = 0)
    {
        return ReceiptLineDraft{l.id, units(accepted), units(defective), units(missorted)};
    }

    static PurchaseOrderService::ReceiveResult receive(StockShop& shop, const PurchaseOrder& po,
                                                       QList<ReceiptLineDraft> lines, QDate on,
                                                       qint64 freight = 0)
    {
        ReceiptDraft d;
        d.poId = po.id;
        d.receivedOn = on;
        d.freight = freight;
        d.lines = std::move(lines);
        return must(shop.purchases.receive(shop.owner, d));
    }

private Q_SLOTS:
    void draftLinesComeFromTheContract()
    {
        StockShop shop;
        setToday(shop, QDate(2026, 3, 2));
        const Id socks = shop.product(u"SOCK"_qs);
        const Id mug = shop.product(u"MUG"_qs);
        const Id s = supplier(shop);
        Contract k = contractTerms(s, u"K-1"_qs, QDate(2026, 1, 1));
        k.prices = {price(socks, 10000, 10, 5, u"SUP-SOCK"_qs)};
        k.minOrderValue = 300000;
        activeContract(shop, k);

        PurchaseOrder po = must(shop.purchases.newDraft(shop.owner, s));
        QCOMPARE(po.contractNumber, u"K-1"_qs);
        QCOMPARE(po.orderedOn, QDate(2026, 3, 2));
        const PoLine line = must(shop.purchases.lineFor(shop.owner, po, socks, units(20)));
        QCOMPARE(line.unitPrice, qint64(10000));
        QCOMPARE(line.supplierSku, u"SUP-SOCK"_qs);
        QVERIFY(!line.manualPrice);
        // Below the minimum, off the pack size: refused with the reason.
        auto below = shop.purchases.lineFor(shop.owner, po, socks, units(5));
        QVERIFY(!below);
        QVERIFY(below.error().message.contains(u"10"_qs));
        QCOMPARE(shop.purchases.lineFor(shop.owner, po, socks, units(12)).error().field, u"quantity"_qs);
        // Not on the contract: priced by hand and flagged.
        PoLine manual = must(shop.purchases.lineFor(shop.owner, po, mug, units(1)));
        QVERIFY(manual.manualPrice);
        manual.unitPrice = 25000;
        po.lines = {line, manual};
        po = must(shop.purchases.create(shop.owner, po));
        QVERIFY(po.number.startsWith(u"PO-"_qs));
        QCOMPARE(po.lines[1].unitPrice, qint64(25000));
        QVERIFY(po.lines[1].manualPrice);
        QCOMPARE(po.subtotal(), qint64(225000));
        QCOMPARE(po.discountBp, 0);

        // The contract's minimum quantity binds whoever writes the PO, not only lineFor.
        PurchaseOrder tooFew = po;
        tooFew.lines[0].quantity = units(7);
        QCOMPARE(shop.purchases.updateDraft(shop.owner, tooFew).error().field, u"quantity"_qs);
        // Found by any case of the supplier's name.
        PoFilter byName;
        byName.text = u"носки"_qs;
        QCOMPARE(must(shop.purchases.list(shop.owner, byName)).size(), 1);

        // Under the contract's minimum order value: not sent.
        po.lines = {line};
        po = must(shop.purchases.updateDraft(shop.owner, po));
        auto small = shop.purchases.send(shop.owner, po.id);
        QVERIFY(!small);
        QVERIFY(small.error().message.contains(u"K-1"_qs));
        // 60 units = 6 000.00 reaches the 3 % tier.
        po.lines[0].quantity = units(60);
        po = must(shop.purchases.updateDraft(shop.owner, po));
        QCOMPARE(po.discountBp, 300);
        QCOMPARE(po.total(), qint64(582000));
        QVERIFY(shop.purchases.send(shop.owner, po.id));
    }

    void stateMachine()
    {
        StockShop shop;
        setToday(shop, QDate(2026, 3, 2));
        const Id socks = shop.product(u"SOCK"_qs);
        const Id s = supplier(shop);
        Contract k = contractTerms(s, u"K-1"_qs, QDate(2026, 1, 1));
        k.prices = {price(socks, 10000)};
        activeContract(shop, k);
        PurchaseOrder po = must(shop.purchases.newDraft(shop.owner, s));
        po.lines = {must(shop.purchases.lineFor(shop.owner, po, socks, units(10)))};
        po = must(shop.purchases.create(shop.owner, po));

        auto early = shop.purchases.confirm(shop.owner, po.id);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::Conflict);
        must(shop.purchases.send(shop.owner, po.id));
        QCOMPARE(must(shop.purchases.backToDraft(shop.owner, po.id)).status, PoStatus::Draft);
        must(shop.purchases.send(shop.owner, po.id));
        po = must(shop.purchases.confirm(shop.owner, po.id, QDate(2026, 3, 2)));
        QCOMPARE(po.status, PoStatus::Confirmed);
        QCOMPARE(po.dueOn, QDate(2026, 3, 12));
        QVERIFY(!shop.purchases.backToDraft(shop.owner, po.id));

        receive(shop, po, {got(po.lines[0], 4)}, QDate(2026, 3, 2));
        QCOMPARE(must(shop.purchases.purchaseOrder(shop.owner, po.id)).status, PoStatus::PartiallyReceived);
        auto cancel = shop.purchases.cancel(shop.owner, po.id);
        QVERIFY(!cancel);
        QCOMPARE(cancel.error().code, ErrorCode::Conflict);
        po = must(shop.purchases.close(shop.owner, po.id, u"the rest is discontinued"_qs));
        QCOMPARE(po.status, PoStatus::Closed);
        QCOMPARE(po.closedOn, QDate(2026, 3, 2));
        QVERIFY(!shop.purchases.close(shop.owner, po.id));

        const QList<PoEvent> events = must(shop.purchases.events(shop.owner, po.id));
        QList<PoStatus> to;
        for (const PoEvent& e : events)
            to.append(e.to);
        QCOMPARE(to, (QList<PoStatus>{PoStatus::Sent, PoStatus::Draft, PoStatus::Sent, PoStatus::Confirmed,
                                      PoStatus::PartiallyReceived, PoStatus::Closed}));
        QCOMPARE(events.last().note, u"the rest is discontinued"_qs);
        QCOMPARE(events.last().userName, shop.owner.name);
        QVERIFY(PurchaseOrderService::allowedTransitions(PoStatus::Closed).isEmpty());

        // A PO the shop cancels owes no shortage penalty.
        const PurchaseOrder dropped = confirmedPo(shop, s, {{socks, 10}}, QDate(2026, 3, 2));
        must(shop.purchases.cancel(shop.owner, dropped.id, u"not needed"_qs));
        const PoEvaluation e = must(shop.purchases.evaluate(shop.owner, dropped.id, QDate(2026, 3, 30)));
        QCOMPARE(e.sla.shortagePenalty, qint64(0));
    }

    void prepaymentStartsTheLeadTimeWhereTheContractSaysSo()
    {
        StockShop shop;
        setToday(shop, QDate(2026, 3, 2));
        const Id socks = shop.product(u"SOCK"_qs);
        const Id s = supplier(shop);
        Contract k = contractTerms(s, u"K-PRE"_qs, QDate(2026, 1, 1));
        k.terms.startEvent = StartEvent::Prepayment;
        k.terms.businessDays = true;
        k.terms.leadTimeDays = 5;
        k.prices = {price(socks, 10000)};
        activeContract(shop, k);
        PurchaseOrder po = confirmedPo(shop, s, {{socks, 10}}, QDate(2026, 3, 2));
        QVERIFY(!po.dueOn.isValid()); // confirmed, but not paid yet
        setToday(shop, QDate(2026, 3, 10));
        po = must(shop.purchases.recordPrepayment(shop.owner, po.id, 50000, QDate(2026, 3, 4)));
        // Wednesday 4 March + 5 working days: Thu 5, Fri 6, Mon 9, Tue 10, Wed 11.
        QCOMPARE(po.prepaidAmount, qint64(50000));
        QCOMPARE(po.prepaidOn, QDate(2026, 3, 4));
        QCOMPARE(po.dueOn, QDate(2026, 3, 11));

        // With the holiday in the shop's calendar, a new PO's due date moves by a day.
        must(shop.calendar.setCalendarDay(shop.owner, CalendarDay{QDate(2026, 3, 9), false, u"8 March"_qs}));
        setToday(shop, QDate(2026, 3, 2));
        PurchaseOrder second = confirmedPo(shop, s, {{socks, 10}}, QDate(2026, 3, 2));
        setToday(shop, QDate(2026, 3, 10));
        second = must(shop.purchases.recordPrepayment(shop.owner, second.id, 1000, QDate(2026, 3, 4)));
        QCOMPARE(second.dueOn, QDate(2026, 3, 12));
        QVERIFY(!shop.purchases.recordPrepayment(shop.owner, second.id, 0));
    }

    void receiptMovesStockAtLandedCostAndOpensAClaim()
    {
        StockShop shop;
        setToday(shop, QDate(2026, 3, 12));
        const Id socks = shop.product(u"SOCK"_qs);
        const Id mug = shop.product(u"MUG"_qs);
        const Id s = supplier(shop);
        Contract k = contractTerms(s, u"K-1"_qs, QDate(2026, 1, 1));
        k.discounts.clear();
        k.prices = {price(socks, 10000), price(mug, 30000)};
        activeContract(shop, k);
        const PurchaseOrder po = confirmedPo(shop, s, {{socks, 20}, {mug, 10}}, QDate(2026, 3, 2));

        // Socks 20 x 100.00 = 2 000.00 and mugs 8 x 300.00 = 2 400.00 accepted; freight 440.00
        // spread by value: socks 200.00 (10.00 a pair), mugs 240.00 (30.00 a mug).
        const auto r =
            receive(shop, po, {got(po.lines[0], 20), got(po.lines[1], 8, 1, 1)}, QDate(2026, 3, 12), 44000);
        QVERIFY(r.receipt.number.startsWith(u"GR-"_qs));
        QCOMPARE(r.receipt.lines[0].unitCost, qint64(11000));
        QCOMPARE(r.receipt.lines[1].unitCost, qint64(33000));
        QCOMPARE(shop.onHand(socks), units(20));
        QCOMPARE(shop.onHand(mug), units(8));
        QCOMPARE(shop.onHand(mug, Quarantine), units(2));
        QCOMPARE(must(shop.stock.averageCost(shop.owner, socks)), std::optional<qint64>(11000));
        QCOMPARE(must(shop.stock.verify(shop.owner)).size(), 0);

        // The defect and the mis-sort open a claim with the contract's penalties.
        QVERIFY(r.claim);
        const Claim& claim = *r.claim;
        QCOMPARE(claim.lines.size(), 2);
        QCOMPARE(claim.lines[0].reason, ClaimReason::Defect);
        QCOMPARE(claim.lines[0].penalty, qint64(10000)); // 100.00 per unit
        QCOMPARE(claim.lines[1].reason, ClaimReason::Missort);
        QCOMPARE(claim.lines[1].penalty, qint64(3000)); // 10 % of 300.00
        QCOMPARE(claim.amount, qint64(13000));
        QCOMPARE(claim.deadlineOn, QDate(2026, 3, 26));
        QCOMPARE(claim.status, ClaimStatus::Open);

        const PurchaseOrder after = must(shop.purchases.purchaseOrder(shop.owner, po.id));
        QCOMPARE(after.status, PoStatus::PartiallyReceived);
        QCOMPARE(after.lines[1].outstanding(), units(1)); // the mis-sorted unit is still owed
        QCOMPARE(must(shop.purchases.onOrder(shop.owner)).value(mug), units(1));
        QVERIFY(!must(shop.purchases.onOrder(shop.owner)).contains(socks));
    }

    void badReceiptsChangeNothing()
    {
        StockShop shop;
        setToday(shop, QDate(2026, 3, 12));
        const Id socks = shop.product(u"SOCK"_qs);
        const Id s = supplier(shop);
        Contract k = contractTerms(s, u"K-1"_qs, QDate(2026, 1, 1));
        k.prices = {price(socks, 10000)};
        activeContract(shop, k);
        const PurchaseOrder po = confirmedPo(shop, s, {{socks, 10}}, QDate(2026, 3, 2));

        ReceiptDraft d;
        d.poId = po.id;
        d.lines = {got(po.lines[0], 11)};
        auto over = shop.purchases.receive(shop.owner, d);
        QVERIFY(!over);
        QCOMPARE(over.error().field, u"quantity"_qs);
        d.lines = {got(po.lines[0], 0)};
        QVERIFY(!shop.purchases.receive(shop.owner, d));
        d.lines = {got(po.lines[0], 1)};
        d.receivedOn = QDate(2026, 2, 1); // before the order
        QCOMPARE(shop.purchases.receive(shop.owner, d).error().field, u"received_on"_qs);
        d.receivedOn = QDate(2026, 3, 13); // tomorrow
        QVERIFY(!shop.purchases.receive(shop.owner, d));
        d.receivedOn = {};
        d.locationId = Quarantine;
        QCOMPARE(shop.purchases.receive(shop.owner, d).error().field, u"location"_qs);
        QCOMPARE(shop.onHand(socks), units(0));
        QCOMPARE(must(shop.purchases.receipts(shop.owner, po.id)).size(), 0);

        // The warehouse receives; it does not buy. Support does neither.
        d.locationId = {};
        const Actor warehouse = Actor::withRole(Role::Warehouse, u"Пётр"_qs);
        QVERIFY(shop.purchases.receive(warehouse, d));
        QCOMPARE(shop.purchases.cancel(warehouse, po.id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(shop.purchases.receive(Actor::withRole(Role::Support), d).error().code,
                 ErrorCode::PermissionDenied);
    }

    void theContractValidOnThePoDateApplies()
    {
        StockShop shop;
        const Id socks = shop.product(u"SOCK"_qs);
        const Id s = supplier(shop);
        Contract a = contractTerms(s, u"A"_qs, QDate(2026, 1, 1), QDate(2026, 3, 31));
        a.prices = {price(socks, 10000)};
        activeContract(shop, a);
        Contract b = contractTerms(s, u"B"_qs, QDate(2026, 4, 1));
        b.terms.lateBpPerDay = 100; // 1 % a day from April
        b.terms.leadTimeDays = 5;
        b.prices = {price(socks, 12000)};
        activeContract(shop, b);

        setToday(shop, QDate(2026, 3, 20));
        const PurchaseOrder march = confirmedPo(shop, s, {{socks, 10}}, QDate(2026, 3, 20));
        QCOMPARE(march.contractNumber, u"A"_qs);
        QCOMPARE(march.dueOn, QDate(2026, 3, 30));
        setToday(shop, QDate(2026, 4, 3));
        receive(shop, march, {got(march.lines[0], 10)}, QDate(2026, 4, 3));
        const PoEvaluation e = must(shop.purchases.evaluate(shop.owner, march.id));
        QCOMPARE(e.contractNumber, u"A"_qs);
        QCOMPARE(e.sla.lines[0].daysLate, 4);
        QCOMPARE(e.sla.latePenalty, qint64(2000)); // 1 000.00 x 0.5 % x 4, contract A's rate
        QCOMPARE(e.lines[0].unitPrice, qint64(10000));

        const PurchaseOrder april = confirmedPo(shop, s, {{socks, 10}}, QDate(2026, 4, 3));
        QCOMPARE(april.contractNumber, u"B"_qs);
        QCOMPARE(april.lines[0].unitPrice, qint64(12000));
        QCOMPARE(april.dueOn, QDate(2026, 4, 8));
    }

    void latenessAndShortageClaims()
    {
        StockShop shop;
        setToday(shop, QDate(2026, 3, 2));
        const Id socks = shop.product(u"SOCK"_qs);
        const Id s = supplier(shop);
        Contract k = contractTerms(s, u"K-1"_qs, QDate(2026, 1, 1));
        k.prices = {price(socks, 10000)};
        activeContract(shop, k);
        const PurchaseOrder po = confirmedPo(shop, s, {{socks, 10}}, QDate(2026, 3, 2)); // due 12 March
        setToday(shop, QDate(2026, 3, 16));
        receive(shop, po, {got(po.lines[0], 6)}, QDate(2026, 3, 16)); // 4 days late
        must(shop.purchases.close(shop.owner, po.id, {}, QDate(2026, 3, 16)));

        const Claim claim = must(shop.purchases.claimLateness(shop.owner, po.id));
        // Late: the 6 delivered (600.00) and the 4 never delivered (400.00) accrued 4 days at 0.5 %:
        // 12.00 + 8.00; shortage: 10 % of 400.00.
        QCOMPARE(claim.lines.size(), 2);
        QCOMPARE(claim.lines[0].reason, ClaimReason::Late);
        QCOMPARE(claim.lines[0].penalty, qint64(2000));
        QCOMPARE(claim.lines[1].reason, ClaimReason::Shortage);
        QCOMPARE(claim.lines[1].penalty, qint64(4000));
        QCOMPARE(claim.amount, qint64(6000));
        QCOMPARE(claim.deadlineOn, QDate(2026, 3, 30)); // the contract's 14 days from the claim
        // Claimed once: nothing new to claim.
        QCOMPARE(shop.purchases.claimLateness(shop.owner, po.id).error().code, ErrorCode::Invalid);

        // The claim's life: open -> sent -> accepted -> paid.
        QVERIFY(!shop.purchases.setClaimStatus(shop.owner, claim.id, ClaimStatus::Paid, 6000));
        must(shop.purchases.setClaimStatus(shop.owner, claim.id, ClaimStatus::Sent));
        must(shop.purchases.setClaimStatus(shop.owner, claim.id, ClaimStatus::Accepted));
        QCOMPARE(shop.purchases.setClaimStatus(shop.owner, claim.id, ClaimStatus::Paid).error().field,
                 u"collected"_qs);
        const Claim paid = must(shop.purchases.setClaimStatus(shop.owner, claim.id, ClaimStatus::Paid, 6000));
        QCOMPARE(paid.collected, qint64(6000));
        QVERIFY(!shop.purchases.setClaimStatus(shop.owner, claim.id, ClaimStatus::Open));
        ClaimFilter unresolved;
        unresolved.unresolvedOnly = true;
        QCOMPARE(must(shop.purchases.claims(shop.owner, unresolved)).size(), 0);
        QCOMPARE(shop.purchases.claims(Actor::withRole(Role::Support)).error().code,
                 ErrorCode::PermissionDenied);
    }

    void learnedLeadTimeAndDraftsFromSuggestions()
    {
        StockShop shop;
        const Id socks = shop.product(u"SOCK"_qs);
        const Id mug = shop.product(u"MUG"_qs);
        const Id loose = shop.product(u"LOOSE"_qs);
        const Id s = supplier(shop);
        const Id other = supplier(shop, u"Кружки и Ко"_qs);
        Contract k = contractTerms(s, u"K-1"_qs, QDate(2026, 1, 1));
        k.prices = {price(socks, 10000, 0, 6)};
        activeContract(shop, k);
        must(shop.suppliers.setProductSupplier(shop.owner, ProductSupplier{socks, s, false}));
        must(shop.suppliers.setProductSupplier(shop.owner, ProductSupplier{mug, other, false}));

        // Five deliveries taking 8, 10, 12, 14 and 16 days.
        QDate day(2026, 3, 2);
        for (int lead : {8, 10, 12, 14, 16}) {
            setToday(shop, day);
            const PurchaseOrder po = confirmedPo(shop, s, {{socks, 6}}, day);
            QCOMPARE(must(shop.purchases.learnedLeadTime(shop.owner, socks)), std::nullopt);
            setToday(shop, day.addDays(lead));
            receive(shop, po, {got(po.lines[0], 6)}, day.addDays(lead));
            day = day.addDays(lead + 1);
        }
        QCOMPARE(must(shop.purchases.learnedLeadTime(shop.owner, socks)), std::optional<double>(12.0));

        const auto drafts = must(shop.purchases.draftsFromSuggestions(
            shop.owner, {{socks, units(10)}, {mug, units(3)}, {loose, units(1)}}));
        QCOMPARE(drafts.orders.size(), 2);
        QCOMPARE(drafts.unassigned, QList<Id>{loose});
        QCOMPARE(drafts.orders[0].supplierId, s);
        QCOMPARE(drafts.orders[0].lines[0].quantity, units(12)); // rounded up to whole packs of 6
        QCOMPARE(drafts.orders[0].status, PoStatus::Draft);
        QCOMPARE(drafts.orders[1].supplierId, other);
        QVERIFY(drafts.orders[1].lines[0].manualPrice); // no contract with that supplier
    }

    void dropshipOrderGoesToTheSupplier()
    {
        StockShop shop;
        setToday(shop, QDate(2026, 3, 2));
        const Id chair = shop.product(u"CHAIR"_qs);
        const Id s = supplier(shop, u"Мебельная фабрика"_qs);
        Contract k = contractTerms(s, u"D-1"_qs, QDate(2026, 1, 1));
        k.prices = {price(chair, 500000)};
        activeContract(shop, k);
        must(shop.suppliers.setProductSupplier(shop.owner, ProductSupplier{chair, s, true}));

        Order d;
        d.customerName = u"Ирина"_qs;
        d.shipTo = u"Казань, ул. Баумана, 1"_qs;
        d.lines = {must(shop.orders.lineFor(shop.owner, chair, units(2)))};
        const Order o = must(shop.orders.create(shop.owner, d));
        QCOMPARE(shop.purchases.createDropship(shop.owner, o.id).error().code,
                 ErrorCode::Conflict); // a draft
        must(shop.orders.confirm(shop.owner, o.id));
        const QList<PurchaseOrder> pos = must(shop.purchases.createDropship(shop.owner, o.id));
        QCOMPARE(pos.size(), 1);
        QCOMPARE(pos[0].kind, PoKind::Dropship);
        QCOMPARE(pos[0].status, PoStatus::Sent);
        QVERIFY(pos[0].shipTo.contains(u"Баумана"_qs));
        QCOMPARE(pos[0].lines[0].unitPrice, qint64(500000));
        QVERIFY(!shop.purchases.createDropship(shop.owner, o.id)); // already ordered
        QCOMPARE(shop.onHand(chair), units(0));
        // The order ships with its dropshipped line, and no stock of ours leaves.
        const Order confirmed = must(shop.orders.order(shop.owner, o.id));
        QVERIFY(confirmed.lines[0].dropship);
        QCOMPARE(confirmed.waitingLines(), 0);
        const ShipResult sent = must(shop.orders.ship(shop.owner, o.id));
        QVERIFY(sent.stockDocId.isNull());
        QCOMPARE(must(shop.orders.order(shop.owner, o.id)).status, OrderStatus::Shipped);

        const PurchaseOrder shipped =
            must(shop.purchases.markSupplierShipped(shop.owner, pos[0].id, u"CDEK-123"_qs));
        QCOMPARE(shipped.supplierTracking, u"CDEK-123"_qs);
        QCOMPARE(shipped.supplierShippedOn, QDate(2026, 3, 2));
        QCOMPARE(must(shop.purchases.dropshipOrdersFor(shop.owner, o.id)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseOrderService)
#include "TestPurchaseOrderService.moc"

#include "DemoPurchasing.h"

#include "DemoRandom.h"
#include "purchasing/PurchaseOrderService.h"
#include "purchasing/SupplierService.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::DemoPurchasing", text);
}

const QStringList Names = {
    u"Текстиль-Опт"_qs,         u"Иваново Трикотаж"_qs,
    u"Гжельская керамика"_qs,   u"Уральский металл"_qs,
    u"Сибирский лён"_qs,        u"Фабрика упаковки «Пакс»"_qs,
    u"Shenzhen Bright Co."_qs,  u"Казанская кожа"_qs,
    u"Дом посуды"_qs,           u"Чайная компания «Восток»"_qs,
    u"Северная шерсть"_qs,      u"Волжский пластик"_qs,
    u"Ростов Обувь"_qs,         u"Тверская бумага"_qs,
    u"Карельский мёд"_qs,       u"Алтай Травы"_qs,
    u"Guangzhou Home Goods"_qs, u"Питерские свечи"_qs,
    u"Вологодское кружево"_qs,  u"Самарская игрушка"_qs,
};

// How a supplier delivers: shares in percent of its orders.
struct Character
{
    int late = 5;
    int lateDaysMax = 3;
    int shortDelivery = 3;
    int defects = 5;
    int missorts = 2;
};

Character characterOf(int index)
{
    switch (index % 10) {
    case 2:
    case 7:
        return {45, 12, 5, 5, 2}; // often late
    case 4:
        return {10, 4, 35, 5, 3}; // often short
    case 9:
        return {10, 4, 5, 40, 10}; // quality problems
    default:
        return {};
    }
}

constexpr int MaxProductsPerSupplier = 60;

} // namespace

DemoPurchasing::DemoPurchasing(SupplierService& suppliers, PurchaseOrderService& orders, const Actor& actor)
    : m_suppliers(suppliers)
    , m_orders(orders)
    , m_actor(actor)
{}

Result<DemoPurchasing::Summary> DemoPurchasing::run(const QList<Item>& items, int suppliers, int orders,
                                                    const std::function<bool(int done, int total)>& progress)
{
    Summary summary;
    if (suppliers <= 0 || items.isEmpty())
        return summary;
    SupplierFilter filter;
    filter.text = Names.first();
    filter.includeArchived = true;
    auto existing = m_suppliers.list(m_actor, filter);
    if (!existing)
        return fail(existing.error());
    if (!existing->isEmpty())
        return fail(ErrorCode::Conflict, tr("The demo suppliers are already there."));

    DemoRandom random(20260601);
    const QDate today = m_orders.today();
    struct Partner
    {
        Id id;
        QList<Item> products;
        Character character;
        bool prepaid = false;
    };
    QList<Partner> partners;
    for (int i = 0; i < suppliers; ++i) {
        Supplier s;
        s.name = i < Names.size() ? Names.at(i)
                                  : Names.at(i % Names.size()) + u' ' + QString::number(i / Names.size() + 1);
        s.legalName = tr("LLC \"%1\"").arg(s.name);
        s.taxId =
            QString::number(random.between(1000, 9999)) + QString::number(random.between(100000, 999999));
        s.email = u"orders%1@supplier.example"_qs.arg(i + 1);
        s.phone = u"+7 495 %1-%2-%3"_qs.arg(random.between(100, 999))
                      .arg(random.between(10, 99))
                      .arg(random.between(10, 99));
        s.models = i % 6 == 5 ? SupplierModels(SupplierModel::OwnStock | SupplierModel::MarketplaceFbo)
                              : SupplierModels(SupplierModel::OwnStock);
        auto created = m_suppliers.create(m_actor, s);
        if (!created)
            return fail(created.error());
        partners.append({created->id, {}, characterOf(i), i % 5 == 2});
    }
    for (qsizetype k = 0; k < items.size(); ++k) {
        Partner& p = partners[k % partners.size()];
        if (p.products.size() < MaxProductsPerSupplier)
            p.products.append(items.at(k));
    }
    for (qsizetype i = 0; i < partners.size(); ++i) {
        Partner& p = partners[i];
        Contract k;
        k.supplierId = p.id;
        k.number = u"ПД-%1/%2"_qs.arg(today.year() - 1).arg(i + 1, 3, 10, QChar(u'0'));
        k.signedOn = today.addDays(-400);
        k.validFrom = today.addDays(-400);
        if (i % 7 == 3)
            k.validTo = today.addDays(20); // up for renewal
        k.renewalNoticeDays = 30;
        k.terms.leadTimeDays = random.between(5, 21);
        k.terms.businessDays = i % 4 == 1;
        k.terms.startEvent = p.prepaid ? StartEvent::Prepayment : StartEvent::Confirmation;
        k.prepaymentBp = p.prepaid ? 3000 : 0;
        k.deferralDays = p.prepaid ? 0 : random.pick(QList<int>{14, 30, 45});
        k.terms.lateBpPerDay = random.pick(QList<int>{10, 20, 50});
        k.terms.lateCapBp = 1000;
        k.terms.capBasis = i % 3 == 0 ? CapBasis::Order : CapBasis::Line;
        k.terms.defect = {PenaltyKind::Percent, 2000};
        k.terms.missort = {PenaltyKind::Percent, 1000};
        k.terms.shortageBp = 500;
        k.terms.claimDays = random.pick(QList<int>{14, 30});
        k.targetOnTimeBp = 9000;
        k.targetInFullBp = 9500;
        k.maxDefectBp = 200;
        k.maxMissortBp = 100;
        k.deliverySchedule =
            random.pick(QList<QString>{tr("Tuesdays and Fridays"), tr("Any working day"), tr("Mondays")});
        k.returnProcedure =
            tr("Defective and mis-sorted goods are returned at the supplier's cost within the claim period.");
        k.discounts = {VolumeDiscount{5'000'000, 200}};
        for (const Item& item : p.products) {
            ContractPrice price;
            price.productId = item.id;
            price.supplierSku = u"S%1-%2"_qs.arg(i + 1).arg(k.prices.size() + 1, 4, 10, QChar(u'0'));
            price.price = item.cost > 0 ? item.cost : 10000;
            if (item.pieces && random.percent(25))
                price.packSize = Quantity::fromUnits(random.pick(QList<int>{6, 10, 12}));
            k.prices.append(price);
        }
        auto draft = m_suppliers.createContract(m_actor, k);
        if (!draft)
            return fail(draft.error());
        if (auto active = m_suppliers.activateContract(m_actor, draft->id); !active)
            return fail(active.error());
        for (const Item& item : p.products) {
            if (auto ok = m_suppliers.setProductSupplier(m_actor, ProductSupplier{item.id, p.id, false}); !ok)
                return fail(ok.error());
        }
    }
    summary.suppliers = int(partners.size());

    // Orders spread over the year, each supplier in turn.
    for (int j = 0; j < orders; ++j) {
        if (progress && j % 20 == 0 && !progress(j, orders))
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        Partner& p = partners[j % partners.size()];
        if (p.products.isEmpty())
            continue;
        const QDate orderedOn = std::min(
            today, today.addDays(-Days + qint64(j) * Days / std::max(orders, 1) + random.between(0, 2)));
        auto po = m_orders.newDraft(m_actor, p.id);
        if (!po)
            return fail(po.error());
        po->orderedOn = orderedOn;
        const int lines = std::min<int>(random.between(1, 4), int(p.products.size()));
        QList<Id> used;
        for (int n = 0; n < lines; ++n) {
            const Item& item = random.pick(p.products);
            if (used.contains(item.id))
                continue;
            used.append(item.id);
            qint64 quantity = item.pieces ? random.between(10, 60) : random.between(5, 30);
            auto line = m_orders.lineFor(m_actor, *po, item.id, Quantity::fromUnits(quantity));
            if (!line) {
                // Off the pack size: a dozen packs.
                line = m_orders.lineFor(m_actor, *po, item.id, Quantity::fromUnits(60));
                if (!line)
                    return fail(line.error());
            }
            po->lines.append(*line);
        }
        auto created = m_orders.create(m_actor, *po);
        if (!created)
            return fail(created.error());
        ++summary.purchaseOrders;
        if (orderedOn >= today.addDays(-1) && random.percent(50))
            continue; // a fresh draft
        if (auto sent = m_orders.send(m_actor, created->id, orderedOn); !sent)
            return fail(sent.error());
        const QDate confirmedOn = std::min(today, orderedOn.addDays(random.between(0, 2)));
        auto confirmed = m_orders.confirm(m_actor, created->id, confirmedOn);
        if (!confirmed)
            return fail(confirmed.error());
        if (p.prepaid) {
            confirmed = m_orders.recordPrepayment(m_actor, created->id,
                                                  std::max<qint64>(1, confirmed->total() * 3 / 10),
                                                  std::min(today, confirmedOn.addDays(random.between(0, 3))));
            if (!confirmed)
                return fail(confirmed.error());
        }
        const QDate due = confirmed->dueOn;
        const Character& c = p.character;
        const QDate arrives = random.percent(c.late) ? due.addDays(random.between(1, c.lateDaysMax))
                                                     : due.addDays(-random.between(0, 3));
        if (!due.isValid() || arrives > today)
            continue; // still on its way (some of them overdue)
        const bool shortNow = random.percent(c.shortDelivery);
        const bool defects = random.percent(c.defects);
        const bool missorts = random.percent(c.missorts);
        ReceiptDraft first;
        first.poId = created->id;
        first.receivedOn = std::max(arrives, confirmedOn);
        first.freight = random.percent(30) ? random.between(5, 40) * 10000 : 0;
        ReceiptDraft rest = first;
        rest.freight = 0;
        rest.lines.clear();
        for (qsizetype n = 0; n < confirmed->lines.size(); ++n) {
            const PoLine& l = confirmed->lines.at(n);
            const qint64 ordered = l.quantity.milli() / Quantity::One;
            qint64 now = ordered;
            if (shortNow && n == 0)
                now = std::max<qint64>(1, ordered * 7 / 10);
            qint64 bad = defects && n == confirmed->lines.size() - 1 ? std::max<qint64>(1, now * 4 / 100) : 0;
            qint64 wrong = missorts && n == 0 && now > 2 ? 1 : 0;
            first.lines.append({l.id, Quantity::fromUnits(now - bad - wrong), Quantity::fromUnits(bad),
                                Quantity::fromUnits(wrong)});
            if (now - wrong < ordered)
                rest.lines.append({l.id, Quantity::fromUnits(ordered - now + wrong), {}, {}});
        }
        auto received = m_orders.receive(m_actor, first);
        if (!received)
            return fail(received.error());
        ++summary.receipts;
        summary.claims += received->claim ? 1 : 0;
        if (!rest.lines.isEmpty()) {
            rest.receivedOn = first.receivedOn.addDays(random.between(3, 12));
            if (rest.receivedOn <= today && random.percent(60)) {
                if (auto second = m_orders.receive(m_actor, rest); !second)
                    return fail(second.error());
                ++summary.receipts;
            } else if (rest.receivedOn <= today) {
                if (auto closed =
                        m_orders.close(m_actor, created->id, tr("The rest is not coming."), rest.receivedOn);
                    !closed)
                    return fail(closed.error());
                continue;
            }
        }
        if (first.receivedOn < today.addDays(-30)) {
            auto po2 = m_orders.purchaseOrder(m_actor, created->id);
            if (!po2)
                return fail(po2.error());
            if (po2->status == PoStatus::Received) {
                if (auto closed = m_orders.close(m_actor, created->id, {}, first.receivedOn.addDays(1));
                    !closed)
                    return fail(closed.error());
            }
        }
    }
    // Older claims are settled: most paid, a few rejected.
    auto claims = m_orders.claims(m_actor);
    if (!claims)
        return fail(claims.error());
    int n = 0;
    for (const Claim& claim : *claims) {
        if (++n % 3 == 0)
            continue; // still open
        if (auto sent = m_orders.setClaimStatus(m_actor, claim.id, ClaimStatus::Sent); !sent)
            return fail(sent.error());
        if (n % 7 == 0) {
            if (auto rejected = m_orders.setClaimStatus(m_actor, claim.id, ClaimStatus::Rejected, 0,
                                                        tr("The supplier disputes the defect."));
                !rejected)
                return fail(rejected.error());
            continue;
        }
        if (auto accepted = m_orders.setClaimStatus(m_actor, claim.id, ClaimStatus::Accepted); !accepted)
            return fail(accepted.error());
        if (claim.amount > 0 && n % 2 == 0) {
            if (auto paid = m_orders.setClaimStatus(m_actor, claim.id, ClaimStatus::Paid, claim.amount);
                !paid)
                return fail(paid.error());
        }
    }
    if (progress)
        progress(orders, orders);
    return summary;
}

} // namespace kontor

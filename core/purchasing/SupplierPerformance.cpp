#include "SupplierPerformance.h"

#include "catalog/PriceService.h"
#include "common/Decimal.h"
#include "orders/OrderMath.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace kontor {

using PurchasingKinds::dateCode;
using PurchasingKinds::dateFromCode;

namespace {

Result<void> mayRead(const Actor& actor)
{
    if (actor.can(Permission::ManageSuppliers) || actor.can(Permission::ViewCosts))
        return {};
    return require(actor, Permission::ViewCosts);
}

Result<QString> shopCurrency(Connection& c)
{
    auto q = c.query("SELECT value FROM shop_settings WHERE key = 'currency'");
    auto row = q.next();
    if (!row)
        return fail(row.error());
    return *row ? q.text(0) : u"RUB"_qs;
}

qint64 middayMs(QDate day)
{
    return day.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch() + 12 * 3600 * 1000;
}

} // namespace

SupplierPerformance::SupplierPerformance(Database& db, PurchaseOrderService& orders,
                                         SupplierService& suppliers, PriceService& prices, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_orders(orders)
    , m_suppliers(suppliers)
    , m_prices(prices)
{}

Result<qint64> SupplierPerformance::toShop(const Actor& actor, qint64 amount, const QString& currency,
                                           const QString& shop, QDate day)
{
    if (amount == 0 || currency == shop)
        return amount;
    auto rate = m_prices.rateAt(actor, currency, middayMs(day));
    if (!rate)
        return fail(rate.error());
    return Decimal::mulDivRound(amount, *rate, 1'000'000);
}

Result<QList<ScorecardLine>> SupplierPerformance::judgedLines(const Actor& actor, const Id& supplierId,
                                                              QDate from, QDate to, const Id& contractId,
                                                              QDate asOf)
{
    if (auto ok = mayRead(actor); !ok)
        return fail(ok.error());
    const QDate when = asOf.isValid() ? asOf : m_orders.today();
    auto q = m_db.connection().query(
        "SELECT id FROM purchase_orders WHERE supplier_id = ? AND kind = 'stock' AND status NOT IN ('draft', "
        "'cancelled') AND due_on BETWEEN ? AND ? AND (?4 IS NULL OR contract_id = ?4) ORDER BY due_on, "
        "local_id");
    q.bindAll(supplierId, dateCode(from), dateCode(to), contractId);
    QList<Id> pos;
    if (auto ok = q.forEachRow([&] { pos.append(q.id(0)); }); !ok)
        return fail(ok.error());
    auto evaluations = m_orders.evaluateMany(actor, pos, when);
    if (!evaluations)
        return fail(evaluations.error());
    QList<ScorecardLine> lines;
    for (const PoEvaluation& evaluation : std::as_const(*evaluations)) {
        const PoEvaluation* e = &evaluation;
        // A PO-wide cap is shared over its lines by their amounts (largest remainder, as the claim
        // shares it), so the lines add up to the PO.
        QList<qint64> late;
        for (const SlaLine& line : e->sla.lines)
            late.append(line.latePenalty);
        const bool shared = e->terms.capBasis == CapBasis::Order && e->sla.capReached;
        if (shared)
            late = OrderMath::spread(e->sla.latePenalty, late);
        for (qsizetype i = 0; i < e->sla.lines.size(); ++i) {
            const SlaLine& sla = e->sla.lines.at(i);
            if (!sla.due)
                continue;
            const PoLine& pl = e->lines.at(i);
            ScorecardLine l;
            l.poId = e->poId;
            l.poNumber = e->poNumber;
            l.contractId = e->contractId;
            l.contractNumber = e->contractNumber;
            l.terms = e->terms;
            l.productId = pl.productId;
            l.sku = pl.sku;
            l.name = pl.name;
            l.startOn = e->startOn;
            l.dueOn = e->sla.due;
            l.sla = sla;
            l.currency = e->currency;
            if (shared)
                l.sla.latePenalty = late.at(i);
            lines.append(l);
        }
    }
    return lines;
}

Result<Scorecard> SupplierPerformance::scorecard(const Actor& actor, const Id& supplierId, QDate from,
                                                 QDate to, const Id& contractId, QDate asOf)
{
    if (auto ok = mayRead(actor); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto shop = shopCurrency(c);
    if (!shop)
        return fail(shop.error());
    auto supplier = m_suppliers.supplier(actor, supplierId);
    if (!supplier)
        return fail(supplier.error());
    Scorecard s;
    s.supplierId = supplierId;
    s.supplierName = supplier->name;
    s.contractId = contractId;
    s.from = from;
    s.to = to;
    s.currency = *shop;

    // Delivery performance: the lines due in the period.
    auto lines = judgedLines(actor, supplierId, from, to, contractId, asOf);
    if (!lines)
        return fail(lines.error());
    for (const ScorecardLine& l : *lines) {
        ++s.linesJudged;
        s.unitsOrdered += l.sla.ordered;
        s.unitsOnTime += l.sla.onTime;
        s.unitsInFull += l.sla.inFull;
        s.linesOtif += l.sla.otif ? 1 : 0;
        const qint64 penalty =
            l.sla.latePenalty + l.sla.defectPenalty + l.sla.missortPenalty + l.sla.shortagePenalty;
        auto inShop = toShop(actor, penalty, l.currency, *shop, l.dueOn);
        if (!inShop)
            return fail(inShop.error());
        s.penaltiesAccrued += *inShop;
    }
    s.onTimeBp = SupplierSla::ratioBp(s.unitsOnTime.milli(), s.unitsOrdered.milli());
    s.inFullBp = SupplierSla::ratioBp(s.unitsInFull.milli(), s.unitsOrdered.milli());
    s.otifBp = SupplierSla::ratioBp(s.linesOtif, s.linesJudged);

    // Quality, lead time and spend: the receipts dated in the period.
    auto r = c.query(
        "SELECT r.id, r.received_on, p.confirmed_on, p.currency, p.discount_bp, r.rate_e6, l.accepted, "
        "l.defective, l.missorted, pl.unit_price FROM supplier_receipts r JOIN purchase_orders p ON "
        "p.id = r.po_id JOIN supplier_receipt_lines l ON l.receipt_id = r.id JOIN purchase_order_lines "
        "pl ON pl.id = l.po_line_id WHERE p.supplier_id = ?1 AND r.received_on BETWEEN ?2 AND ?3 AND "
        "(?4 IS NULL OR p.contract_id = ?4) ORDER BY r.received_on, r.local_id");
    r.bindAll(supplierId, dateCode(from), dateCode(to), contractId);
    QSet<Id> seen;
    QList<int> leadTimes;
    if (auto ok = r.forEachRow([&] {
            const Id receiptId = r.id(0);
            const QDate received = dateFromCode(r.text(1));
            if (!seen.contains(receiptId)) {
                seen.insert(receiptId);
                const QDate confirmed = dateFromCode(r.text(2));
                if (confirmed.isValid())
                    leadTimes.append(int(confirmed.daysTo(received)));
            }
            const Quantity accepted = Quantity::fromMilli(r.int64(6));
            s.unitsReceived += accepted + Quantity::fromMilli(r.int64(7)) + Quantity::fromMilli(r.int64(8));
            s.unitsDefective += Quantity::fromMilli(r.int64(7));
            s.unitsMissorted += Quantity::fromMilli(r.int64(8));
            const qint64 price = r.int64(9) - SupplierSla::shareOf(r.int64(9), r.int64(4));
            s.spend += Decimal::mulDivRound(SupplierSla::valueOf(accepted, price), r.int64(5), 1'000'000);
        });
        !ok)
        return fail(ok.error());
    s.receipts = int(seen.size());
    s.defectBp = SupplierSla::ratioBp(s.unitsDefective.milli(), s.unitsReceived.milli());
    s.missortBp = SupplierSla::ratioBp(s.unitsMissorted.milli(), s.unitsReceived.milli());
    s.leadTime = SupplierSla::leadTimeStats(leadTimes);

    // Claims made in the period.
    auto cl = c.query(
        "SELECT c.amount, c.collected, c.currency, c.created_at, c.status FROM supplier_claims c "
        "JOIN purchase_orders p ON p.id = c.po_id WHERE c.supplier_id = ?1 AND c.created_at >= ?2 AND "
        "c.created_at < ?3 AND (?4 IS NULL OR p.contract_id = ?4)");
    cl.bindAll(supplierId, from.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch(),
               to.addDays(1).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch(), contractId);
    struct ClaimRow
    {
        qint64 amount;
        qint64 collected;
        QString currency;
        QDate day;
        bool rejected;
    };
    QList<ClaimRow> claims;
    if (auto ok = cl.forEachRow([&] {
            claims.append({cl.int64(0), cl.int64(1), cl.text(2),
                           QDateTime::fromMSecsSinceEpoch(cl.int64(3), QTimeZone::systemTimeZone()).date(),
                           cl.text(4) == u"rejected"});
        });
        !ok)
        return fail(ok.error());
    for (const ClaimRow& row : claims) {
        auto amount = toShop(actor, row.rejected ? 0 : row.amount, row.currency, *shop, row.day);
        auto collected = toShop(actor, row.collected, row.currency, *shop, row.day);
        if (!amount)
            return fail(amount.error());
        if (!collected)
            return fail(collected.error());
        s.penaltiesClaimed += *amount;
        s.penaltiesCollected += *collected;
    }

    // The targets: of the contract asked for, else the one valid at the period's end.
    std::optional<Contract> contract;
    if (!contractId.isNull()) {
        auto k = m_suppliers.contract(actor, contractId);
        if (!k)
            return fail(k.error());
        contract = *k;
    } else {
        auto k =
            m_suppliers.contractOn(actor, supplierId, std::min(to, asOf.isValid() ? asOf : m_orders.today()));
        if (!k)
            return fail(k.error());
        contract = *k;
    }
    if (contract) {
        s.targetOnTimeBp = contract->targetOnTimeBp;
        s.targetInFullBp = contract->targetInFullBp;
        s.maxDefectBp = contract->maxDefectBp;
        s.maxMissortBp = contract->maxMissortBp;
        s.promisedLeadTime = contract->terms.leadTimeDays;
    }
    return s;
}

Result<QList<Scorecard>> SupplierPerformance::scorecards(const Actor& actor, QDate from, QDate to, QDate asOf)
{
    if (auto ok = mayRead(actor); !ok)
        return fail(ok.error());
    auto q = m_db.connection().query(
        "SELECT DISTINCT supplier_id FROM purchase_orders WHERE kind = 'stock' AND status NOT IN ('draft', "
        "'cancelled') AND (due_on BETWEEN ?1 AND ?2 OR id IN (SELECT po_id FROM supplier_receipts WHERE "
        "received_on "
        "BETWEEN ?1 AND ?2))");
    q.bindAll(dateCode(from), dateCode(to));
    QList<Id> suppliers;
    if (auto ok = q.forEachRow([&] { suppliers.append(q.id(0)); }); !ok)
        return fail(ok.error());
    QList<Scorecard> cards;
    for (const Id& id : suppliers) {
        auto card = scorecard(actor, id, from, to, {}, asOf);
        if (!card)
            return fail(card.error());
        cards.append(*card);
    }
    std::sort(cards.begin(), cards.end(), [](const Scorecard& a, const Scorecard& b) {
        return a.supplierName.localeAwareCompare(b.supplierName) < 0;
    });
    return cards;
}

Result<QList<ScorecardMonth>> SupplierPerformance::trend(const Actor& actor, const Id& supplierId, int months,
                                                         QDate asOf)
{
    const QDate when = asOf.isValid() ? asOf : m_orders.today();
    const QDate current(when.year(), when.month(), 1);
    QList<ScorecardMonth> list;
    for (int k = months - 1; k >= 0; --k) {
        const QDate first = current.addMonths(-k);
        const QDate last = std::min(first.addMonths(1).addDays(-1), when);
        auto card = scorecard(actor, supplierId, first, last, {}, when);
        if (!card)
            return fail(card.error());
        ScorecardMonth m;
        m.month = first;
        m.onTimeBp = card->onTimeBp;
        m.inFullBp = card->inFullBp;
        m.otifBp = card->otifBp;
        m.defectBp = card->defectBp;
        if (card->leadTime.count > 0)
            m.leadTimeMean = card->leadTime.mean;
        list.append(m);
    }
    return list;
}

Result<PurchasingWarnings> SupplierPerformance::warnings(const Actor& actor, QDate today)
{
    const QDate day = today.isValid() ? today : m_orders.today();
    PurchasingWarnings w;
    PoFilter overdue;
    overdue.overdueOnly = true;
    auto pos = m_orders.list(actor, overdue);
    if (!pos)
        return fail(pos.error());
    w.overduePos = *pos;
    if (mayRead(actor)) {
        auto expiring = m_suppliers.expiringContracts(actor, day);
        if (!expiring)
            return fail(expiring.error());
        w.expiringContracts = *expiring;
        auto cards = scorecards(actor, QDate(day.year(), day.month(), 1), day, day);
        if (!cards)
            return fail(cards.error());
        for (const Scorecard& card : *cards) {
            if (card.breached())
                w.breachingSuppliers.append(card);
        }
    }
    return w;
}

Result<SupplierReport> SupplierPerformance::report(const Actor& actor, const Id& supplierId, QDate from,
                                                   QDate to, int horizonDays, int demandDays)
{
    if (auto ok = mayRead(actor); !ok)
        return fail(ok.error());
    if (horizonDays < 1 || horizonDays > 365 || demandDays < 1 || demandDays > 365)
        return fail(ErrorCode::Invalid, tr("The forecast horizon and the demand window are 1 to 365 days."),
                    u"horizon"_qs);
    SupplierReport r;
    r.horizonDays = horizonDays;
    r.demandDays = demandDays;
    auto supplier = m_suppliers.supplier(actor, supplierId);
    if (!supplier)
        return fail(supplier.error());
    r.supplier = *supplier;
    auto card = scorecard(actor, supplierId, from, to);
    if (!card)
        return fail(card.error());
    r.scorecard = *card;
    ClaimFilter open;
    open.supplierId = supplierId;
    open.unresolvedOnly = true;
    auto claims = m_orders.claims(actor, open);
    if (!claims)
        return fail(claims.error());
    r.openClaims = *claims;

    // The supplier's products: those it is preferred for, and those its current contract prices.
    QList<Id> products;
    QHash<Id, QString> supplierSku;
    auto preferred = m_suppliers.productsOf(actor, supplierId);
    if (!preferred)
        return fail(preferred.error());
    for (const ProductSupplier& p : *preferred)
        products.append(p.productId);
    auto contract = m_suppliers.contractOn(actor, supplierId, m_orders.today());
    if (!contract)
        return fail(contract.error());
    if (*contract) {
        for (const ContractPrice& p : (*contract)->prices) {
            if (!products.contains(p.productId))
                products.append(p.productId);
            supplierSku.insert(p.productId, p.supplierSku);
        }
    }
    auto onOrder = m_orders.onOrder(actor);
    if (!onOrder)
        return fail(onOrder.error());
    const qint64 now = m_db.clock().nowMs();
    const qint64 since = now - qint64(demandDays) * 24 * 3600 * 1000;
    Connection& c = m_db.connection();
    // One statement for every product, bound again each time.
    auto q =
        c.query("SELECT p.sku, p.name, p.unit, COALESCE((SELECT -SUM(m.quantity) FROM stock_movements m "
                "WHERE m.product_id = p.id AND m.kind = 'shipment' AND m.occurred_at >= ? AND m.occurred_at "
                "< ?), 0) FROM products p WHERE p.id = ?");
    for (const Id& productId : products) {
        q.reset();
        q.bindAll(since, now, productId);
        auto row = q.next();
        if (!row)
            return fail(row.error());
        if (!*row)
            continue;
        ForecastLine f;
        f.productId = productId;
        f.sku = q.text(0);
        f.name = q.text(1);
        f.supplierSku = supplierSku.value(productId);
        const qint64 soldMilli = std::max<qint64>(0, q.int64(3));
        f.dailyDemand = double(soldMilli) / 1000.0 / double(demandDays);
        qint64 forecastMilli = Decimal::mulDivRound(soldMilli, horizonDays, demandDays);
        if (q.text(2) == u"pcs")
            forecastMilli = (soldMilli * horizonDays + qint64(demandDays) * 1000 - 1) /
                            (qint64(demandDays) * 1000) * 1000;
        f.forecast = Quantity::fromMilli(forecastMilli);
        f.onOrder = onOrder->value(productId);
        r.forecast.append(f);
    }
    std::sort(r.forecast.begin(), r.forecast.end(), [](const ForecastLine& a, const ForecastLine& b) {
        return a.sku.localeAwareCompare(b.sku) < 0;
    });
    return r;
}

} // namespace kontor

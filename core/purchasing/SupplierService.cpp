#include "SupplierService.h"

#include "common/SearchText.h"
#include "security/AuditLog.h"
#include "storage/ChangeLog.h"

#include <QCollator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace kontor {

namespace {

using PurchasingKinds::dateCode;
using PurchasingKinds::dateFromCode;

std::optional<QString> optDate(QDate day)
{
    return day.isValid() ? std::optional<QString>(dateCode(day)) : std::nullopt;
}

QJsonValue json(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue json(qint64 v)
{
    return QJsonValue(double(v));
}

QString startEventCode(StartEvent e)
{
    return e == StartEvent::Prepayment ? u"prepayment"_qs : u"confirmation"_qs;
}

QString capBasisCode(CapBasis b)
{
    return b == CapBasis::Order ? u"order"_qs : u"line"_qs;
}

QString displayDate(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString searchTextOf(const Supplier& s)
{
    return SearchText::normalize(QStringList{s.name, s.legalName, s.taxId, s.email, s.phone}.join(u' '));
}

QJsonObject payloadOf(const Supplier& s)
{
    return {{u"name"_qs, s.name},
            {u"legal_name"_qs, s.legalName},
            {u"tax_id"_qs, s.taxId},
            {u"tax_reason_code"_qs, s.taxReasonCode},
            {u"legal_address"_qs, s.legalAddress},
            {u"bank_details"_qs, s.bankDetails},
            {u"email"_qs, s.email},
            {u"phone"_qs, s.phone},
            {u"website"_qs, s.website},
            {u"currency"_qs, s.currency},
            {u"models"_qs, int(s.models.toInt())},
            {u"notes"_qs, s.notes},
            {u"archived"_qs, s.archived}};
}

QJsonObject payloadOf(const Id& supplierId, int position, const SupplierContact& p)
{
    return {{u"supplier_id"_qs, supplierId.toString()},
            {u"position"_qs, position},
            {u"name"_qs, p.name},
            {u"role"_qs, p.role},
            {u"email"_qs, p.email},
            {u"phone"_qs, p.phone}};
}

// The contracts row (what the change log carries).
QJsonObject rowPayloadOf(const Contract& c)
{
    const ContractTerms& t = c.terms;
    return {{u"supplier_id"_qs, c.supplierId.toString()},
            {u"number"_qs, c.number},
            {u"status"_qs, PurchasingKinds::contractStatusCode(c.status)},
            {u"signed_on"_qs, dateCode(c.signedOn)},
            {u"valid_from"_qs, dateCode(c.validFrom)},
            {u"valid_to"_qs, dateCode(c.validTo)},
            {u"renewal_notice_days"_qs, c.renewalNoticeDays},
            {u"currency"_qs, c.currency},
            {u"lead_time_days"_qs, t.leadTimeDays},
            {u"lead_time_business"_qs, t.businessDays},
            {u"start_event"_qs, startEventCode(t.startEvent)},
            {u"delivery_schedule"_qs, c.deliverySchedule},
            {u"min_order_value"_qs, json(c.minOrderValue)},
            {u"prepayment_bp"_qs, c.prepaymentBp},
            {u"deferral_days"_qs, c.deferralDays},
            {u"exclusive"_qs, c.exclusive},
            {u"region"_qs, c.region},
            {u"target_on_time_bp"_qs, json(c.targetOnTimeBp)},
            {u"target_in_full_bp"_qs, json(c.targetInFullBp)},
            {u"max_defect_bp"_qs, json(c.maxDefectBp)},
            {u"max_missort_bp"_qs, json(c.maxMissortBp)},
            {u"late_bp_per_day"_qs, t.lateBpPerDay},
            {u"late_cap_bp"_qs, json(t.lateCapBp)},
            {u"late_cap_basis"_qs, capBasisCode(t.capBasis)},
            {u"defect_penalty_kind"_qs, PurchasingKinds::penaltyKindCode(t.defect.kind)},
            {u"defect_penalty"_qs, json(t.defect.value)},
            {u"missort_penalty_kind"_qs, PurchasingKinds::penaltyKindCode(t.missort.kind)},
            {u"missort_penalty"_qs, json(t.missort.value)},
            {u"shortage_bp"_qs, t.shortageBp},
            {u"claim_days"_qs, t.claimDays},
            {u"return_procedure"_qs, c.returnProcedure},
            {u"notes"_qs, c.notes}};
}

QJsonObject payloadOf(const Id& contractId, const ContractPrice& p)
{
    return {{u"contract_id"_qs, contractId.toString()},
            {u"product_id"_qs, p.productId.toString()},
            {u"supplier_sku"_qs, p.supplierSku},
            {u"price"_qs, json(p.price)},
            {u"min_quantity"_qs, json(p.minQuantity.milli())},
            {u"pack_size"_qs, json(p.packSize.milli())}};
}

QJsonObject payloadOf(const Id& contractId, const VolumeDiscount& d)
{
    return {{u"contract_id"_qs, contractId.toString()},
            {u"min_value"_qs, json(d.minValue)},
            {u"discount_bp"_qs, d.discountBp}};
}

// The audit entry's view: the row plus its prices and discounts, so a change of a price shows.
QJsonObject auditPayloadOf(const Contract& c)
{
    QJsonObject o = rowPayloadOf(c);
    QJsonArray prices;
    for (const ContractPrice& p : c.prices) {
        QJsonObject line = payloadOf(c.id, p);
        line.remove(u"contract_id"_qs);
        line.insert(u"sku"_qs, p.sku);
        prices.append(line);
    }
    QJsonArray discounts;
    for (const VolumeDiscount& d : c.discounts)
        discounts.append(QJsonObject{{u"min_value"_qs, json(d.minValue)}, {u"discount_bp"_qs, d.discountBp}});
    o.insert(u"prices"_qs, prices);
    o.insert(u"discounts"_qs, discounts);
    return o;
}

Id priceRowId(const Id& contractId, const Id& productId)
{
    return Id::fromKey(QString(u"contract_prices/" + contractId.toString() + u'/' + productId.toString()));
}

Id discountRowId(const Id& contractId, qint64 minValue)
{
    return Id::fromKey(
        QString(u"contract_discounts/" + contractId.toString() + u'/' + QString::number(minValue)));
}

bool samePrice(const ContractPrice& a, const ContractPrice& b)
{
    return a.productId == b.productId && a.supplierSku == b.supplierSku && a.price == b.price &&
           a.minQuantity == b.minQuantity && a.packSize == b.packSize;
}

// Prices compared as sets by product: the order they are listed in is no term.
bool samePrices(const QList<ContractPrice>& a, const QList<ContractPrice>& b)
{
    if (a.size() != b.size())
        return false;
    for (const ContractPrice& p : a) {
        const auto it = std::find_if(b.cbegin(), b.cend(),
                                     [&](const ContractPrice& q) { return q.productId == p.productId; });
        if (it == b.cend() || !samePrice(p, *it))
            return false;
    }
    return true;
}

bool sameDiscounts(QList<VolumeDiscount> a, QList<VolumeDiscount> b)
{
    const auto byValue = [](const VolumeDiscount& x, const VolumeDiscount& y) {
        return x.minValue < y.minValue;
    };
    std::sort(a.begin(), a.end(), byValue);
    std::sort(b.begin(), b.end(), byValue);
    return a == b;
}

constexpr QByteArrayView SupplierColumns =
    "local_id, id, name, legal_name, tax_id, tax_reason_code, legal_address, "
    "bank_details, email, phone, website, currency, models, notes, archived, "
    "created_at, updated_at";

Supplier readSupplier(Query& q)
{
    Supplier s;
    s.localId = q.int64(0);
    s.id = q.id(1);
    s.name = q.text(2);
    s.legalName = q.text(3);
    s.taxId = q.text(4);
    s.taxReasonCode = q.text(5);
    s.legalAddress = q.text(6);
    s.bankDetails = q.text(7);
    s.email = q.text(8);
    s.phone = q.text(9);
    s.website = q.text(10);
    s.currency = q.text(11);
    s.models = SupplierModels::fromInt(quint32(q.int64(12)));
    s.notes = q.text(13);
    s.archived = q.int64(14) != 0;
    s.createdAt = q.int64(15);
    s.updatedAt = q.int64(16);
    return s;
}

constexpr QByteArrayView ContractColumns =
    "id, supplier_id, number, status, signed_on, valid_from, valid_to, renewal_notice_days, currency, "
    "lead_time_days, lead_time_business, start_event, delivery_schedule, min_order_value, prepayment_bp, "
    "deferral_days, exclusive, region, target_on_time_bp, target_in_full_bp, max_defect_bp, max_missort_bp, "
    "late_bp_per_day, late_cap_bp, late_cap_basis, defect_penalty_kind, defect_penalty, "
    "missort_penalty_kind, "
    "missort_penalty, shortage_bp, claim_days, return_procedure, notes, created_at, updated_at";

std::optional<int> optInt(const Query& q, int column)
{
    const auto v = q.optInt64(column);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

Contract readContract(Query& q)
{
    Contract c;
    c.id = q.id(0);
    c.supplierId = q.id(1);
    c.number = q.text(2);
    c.status = PurchasingKinds::contractStatusFromCode(q.text(3)).value_or(ContractStatus::Draft);
    c.signedOn = dateFromCode(q.text(4));
    c.validFrom = dateFromCode(q.text(5));
    c.validTo = dateFromCode(q.text(6));
    c.renewalNoticeDays = int(q.int64(7));
    c.currency = q.text(8);
    ContractTerms& t = c.terms;
    t.leadTimeDays = int(q.int64(9));
    t.businessDays = q.int64(10) != 0;
    t.startEvent = q.text(11) == u"prepayment" ? StartEvent::Prepayment : StartEvent::Confirmation;
    c.deliverySchedule = q.text(12);
    c.minOrderValue = q.int64(13);
    c.prepaymentBp = int(q.int64(14));
    c.deferralDays = int(q.int64(15));
    c.exclusive = q.int64(16) != 0;
    c.region = q.text(17);
    c.targetOnTimeBp = optInt(q, 18);
    c.targetInFullBp = optInt(q, 19);
    c.maxDefectBp = optInt(q, 20);
    c.maxMissortBp = optInt(q, 21);
    t.lateBpPerDay = int(q.int64(22));
    t.lateCapBp = optInt(q, 23);
    t.capBasis = q.text(24) == u"order" ? CapBasis::Order : CapBasis::Line;
    t.defect.kind = PurchasingKinds::penaltyKindFromCode(q.text(25)).value_or(PenaltyKind::None);
    t.defect.value = q.int64(26);
    t.missort.kind = PurchasingKinds::penaltyKindFromCode(q.text(27)).value_or(PenaltyKind::None);
    t.missort.value = q.int64(28);
    t.shortageBp = int(q.int64(29));
    t.claimDays = int(q.int64(30));
    c.returnProcedure = q.text(31);
    c.notes = q.text(32);
    c.createdAt = q.int64(33);
    c.updatedAt = q.int64(34);
    return c;
}

bool validCurrency(const QString& code)
{
    return code.size() == 3 &&
           std::all_of(code.cbegin(), code.cend(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; });
}

bool overlaps(const Contract& a, const Contract& b)
{
    const bool aStartsInTime = b.validTo.isNull() || a.validFrom <= b.validTo;
    const bool bStartsInTime = a.validTo.isNull() || b.validFrom <= a.validTo;
    return aStartsInTime && bStartsInTime;
}

} // namespace

SupplierService::SupplierService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

QString SupplierService::shopCurrency(Connection& c)
{
    auto q = c.query("SELECT value FROM shop_settings WHERE key = 'currency'");
    auto row = q.next();
    const QString code = row && *row ? q.text(0) : QString();
    return code.isEmpty() ? u"RUB"_qs : code;
}

QDate SupplierService::today() const
{
    return m_db.clock().now().toTimeZone(QTimeZone::systemTimeZone()).date();
}

Result<void> SupplierService::requireContractReader(const Actor& actor) const
{
    if (actor.can(Permission::ManageSuppliers) || actor.can(Permission::ViewCosts))
        return {};
    return fail(ErrorCode::PermissionDenied,
                tr("%1 may not see supplier contracts: that needs the permission to manage suppliers or to "
                   "view purchase prices.")
                    .arg(actor.name.isEmpty() ? tr("This user") : actor.name));
}

// ---- suppliers ---------------------------------------------------------------------------------

Result<void> SupplierService::checkSupplier(Connection& c, Supplier& s)
{
    s.name = s.name.trimmed();
    s.email = s.email.trimmed();
    s.phone = s.phone.trimmed();
    s.currency = s.currency.trimmed().toUpper();
    if (s.name.isEmpty())
        return fail(ErrorCode::Invalid, tr("A supplier needs a name."), u"name"_qs);
    if (s.currency.isEmpty())
        s.currency = shopCurrency(c);
    if (!validCurrency(s.currency))
        return fail(
            ErrorCode::Invalid,
            tr("\"%1\" is not a currency code: use three letters, such as RUB or CNY.").arg(s.currency),
            u"currency"_qs);
    if (!s.email.isEmpty() && (!s.email.contains(u'@') || s.email.startsWith(u'@') ||
                               s.email.endsWith(u'@') || s.email.contains(u' ')))
        return fail(ErrorCode::Invalid, tr("\"%1\" is not an email address.").arg(s.email), u"email"_qs);
    if (s.models.toInt() == 0)
        return fail(ErrorCode::Invalid, tr("Choose at least one way of working with the supplier."),
                    u"models"_qs);
    for (SupplierContact& p : s.contacts) {
        p.name = p.name.trimmed();
        if (p.name.isEmpty())
            return fail(ErrorCode::Invalid, tr("A contact person needs a name."), u"contact"_qs);
    }
    // The unique index folds ASCII only: "ромашка" and "Ромашка" must clash too.
    const QString key = s.name.toCaseFolded();
    auto q = c.query("SELECT id, name FROM suppliers");
    QString taken;
    if (auto ok = q.forEachRow([&] {
            if (taken.isEmpty() && q.id(0) != s.id && q.text(1).toCaseFolded() == key)
                taken = q.text(1);
        });
        !ok)
        return ok;
    if (!taken.isEmpty())
        return fail(ErrorCode::Conflict, tr("There is already a supplier named %1.").arg(taken), u"name"_qs);
    return {};
}

Result<void> SupplierService::writeContacts(Connection& c, const Actor& actor, const Supplier& s,
                                            const QList<SupplierContact>& before)
{
    for (const SupplierContact& old : before) {
        const bool kept = std::any_of(s.contacts.cbegin(), s.contacts.cend(),
                                      [&](const SupplierContact& p) { return p.id == old.id; });
        if (kept)
            continue;
        if (auto hlc =
                ChangeLog::record(m_db, c, actor.userId, u"supplier_contacts", old.id, ChangeOp::Delete, {});
            !hlc)
            return fail(hlc.error());
        auto del = c.query("DELETE FROM supplier_contacts WHERE id = ?");
        del.bind(old.id);
        if (auto ok = del.run(); !ok)
            return ok;
    }
    for (qsizetype i = 0; i < s.contacts.size(); ++i) {
        SupplierContact p = s.contacts.at(i);
        const auto old = std::find_if(before.cbegin(), before.cend(), [&](const SupplierContact& b) {
            return !p.id.isNull() && b.id == p.id;
        });
        const bool isNew = old == before.cend();
        if (!isNew && old->name == p.name && old->role == p.role && old->email == p.email &&
            old->phone == p.phone && std::distance(before.cbegin(), old) == i)
            continue;
        if (isNew)
            p.id = p.id.isNull() ? Id::create() : p.id;
        auto hlc = ChangeLog::record(m_db, c, actor.userId, u"supplier_contacts", p.id,
                                     isNew ? ChangeOp::Insert : ChangeOp::Update, payloadOf(s.id, int(i), p));
        if (!hlc)
            return fail(hlc.error());
        auto q =
            c.query("INSERT INTO supplier_contacts(id, supplier_id, position, name, role, email, phone, hlc) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET position = ?3, "
                    "name = ?4, role = ?5, email = ?6, phone = ?7, hlc = ?8");
        q.bindAll(p.id, s.id, int(i), p.name, p.role.trimmed(), p.email.trimmed(), p.phone.trimmed(), *hlc);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    return {};
}

Result<Supplier> SupplierService::create(const Actor& actor, const Supplier& draft)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    Supplier s = draft;
    s.id = Id::create();
    for (SupplierContact& p : s.contacts)
        p.id = Id::create();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    if (auto ok = checkSupplier(c, s); !ok)
        return fail(ok.error());
    const qint64 now = m_db.clock().nowMs();
    s.createdAt = s.updatedAt = now;
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"suppliers", s.id, ChangeOp::Insert, payloadOf(s));
    if (!hlc)
        return fail(hlc.error());
    auto q =
        c.query("INSERT INTO suppliers(id, name, legal_name, tax_id, tax_reason_code, legal_address, "
                "bank_details, email, phone, website, currency, models, notes, search_text, archived, hlc, "
                "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(s.id, s.name, s.legalName, s.taxId, s.taxReasonCode, s.legalAddress, s.bankDetails, s.email,
              s.phone, s.website, s.currency, qint64(s.models.toInt()), s.notes, searchTextOf(s), s.archived,
              *hlc, now, now);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    if (auto ok = writeContacts(c, actor, s, {}); !ok)
        return fail(ok.error());
    if (auto ok =
            AuditLog::record(c, actor, now, u"supplier.create", u"supplier", s.id, s.name, {}, payloadOf(s));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT suppliersChanged();
    return supplier(actor, s.id);
}

Result<void> SupplierService::update(const Actor& actor, const Supplier& changed)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return ok;
    auto before = supplier(actor, changed.id);
    if (!before)
        return fail(before.error());
    Connection& c = m_db.connection();
    Supplier s = changed;
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    if (auto ok = checkSupplier(c, s); !ok)
        return ok;
    const qint64 now = m_db.clock().nowMs();
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"suppliers", s.id, ChangeOp::Update, payloadOf(s));
    if (!hlc)
        return fail(hlc.error());
    auto q =
        c.query("UPDATE suppliers SET name = ?, legal_name = ?, tax_id = ?, tax_reason_code = ?, "
                "legal_address = ?, bank_details = ?, email = ?, phone = ?, website = ?, currency = ?, "
                "models = ?, notes = ?, search_text = ?, archived = ?, hlc = ?, updated_at = ? WHERE id = ?");
    q.bindAll(s.name, s.legalName, s.taxId, s.taxReasonCode, s.legalAddress, s.bankDetails, s.email, s.phone,
              s.website, s.currency, qint64(s.models.toInt()), s.notes, searchTextOf(s), s.archived, *hlc,
              now, s.id);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = writeContacts(c, actor, s, before->contacts); !ok)
        return ok;
    const QStringView action = s.archived == before->archived ? u"supplier.update"
                               : s.archived                   ? u"supplier.archive"
                                                              : u"supplier.unarchive";
    if (auto ok = AuditLog::record(c, actor, now, action, u"supplier", s.id, s.name, payloadOf(*before),
                                   payloadOf(s));
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT suppliersChanged();
    return {};
}

Result<void> SupplierService::setArchived(const Actor& actor, const Id& id, bool archived)
{
    auto s = supplier(actor, id);
    if (!s)
        return fail(s.error());
    if (s->archived == archived)
        return {};
    s->archived = archived;
    return update(actor, *s);
}

Result<Supplier> SupplierService::supplier(const Actor& actor, const Id& id)
{
    Q_UNUSED(actor);
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto q = c.query(QByteArray("SELECT " + SupplierColumns.toByteArray() + " FROM suppliers WHERE id = ?"));
    q.bind(id);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The supplier does not exist."));
    Supplier s = readSupplier(q);
    q.reset();
    auto p = c.query("SELECT id, name, role, email, phone FROM supplier_contacts WHERE supplier_id = ? "
                     "ORDER BY position, local_id");
    p.bind(id);
    if (auto ok = p.forEachRow([&] {
            s.contacts.append(SupplierContact{p.id(0), p.text(1), p.text(2), p.text(3), p.text(4)});
        });
        !ok)
        return fail(ok.error());
    return s;
}

Result<QList<SupplierListRow>> SupplierService::list(const Actor& actor, const SupplierFilter& filter)
{
    const bool seesContracts = actor.can(Permission::ManageSuppliers) || actor.can(Permission::ViewCosts);
    const QStringList terms = SearchText::terms(filter.text);
    // The contract valid today: an active one, or a terminated one up to its last day.
    QByteArray sql = "SELECT s.local_id, s.id, s.name, s.currency, s.models, s.email, s.phone, s.archived, "
                     "(SELECT COUNT(*) FROM purchase_orders o WHERE o.supplier_id = s.id "
                     "  AND o.status IN ('sent', 'confirmed', 'partially_received')), "
                     "(SELECT k.number FROM contracts k WHERE k.supplier_id = s.id "
                     "  AND k.status IN ('active', 'terminated') AND k.valid_from <= ?2 "
                     "  AND (k.valid_to IS NULL OR k.valid_to >= ?2) ORDER BY k.valid_from DESC LIMIT 1), "
                     "(SELECT k.valid_to FROM contracts k WHERE k.supplier_id = s.id "
                     "  AND k.status IN ('active', 'terminated') AND k.valid_from <= ?2 "
                     "  AND (k.valid_to IS NULL OR k.valid_to >= ?2) ORDER BY k.valid_from DESC LIMIT 1) "
                     "FROM suppliers s WHERE (?1 OR s.archived = 0)";
    for (qsizetype i = 0; i < terms.size(); ++i)
        sql += " AND instr(s.search_text, ?" + QByteArray::number(i + 3) + ") > 0";
    auto q = m_db.connection().query(sql);
    q.bindAll(filter.includeArchived, dateCode(today()));
    for (const QString& t : terms)
        q.bind(t);
    QList<SupplierListRow> rows;
    if (auto ok = q.forEachRow([&] {
            SupplierListRow r;
            r.localId = q.int64(0);
            r.id = q.id(1);
            r.name = q.text(2);
            r.currency = q.text(3);
            r.models = SupplierModels::fromInt(quint32(q.int64(4)));
            r.email = q.text(5);
            r.phone = q.text(6);
            r.archived = q.int64(7) != 0;
            r.openOrders = int(q.int64(8));
            if (seesContracts) {
                r.contractNumber = q.text(9);
                if (!q.isNull(10))
                    r.contractValidTo = dateFromCode(q.text(10));
            }
            rows.append(std::move(r));
        });
        !ok)
        return fail(ok.error());
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(), [&](const SupplierListRow& a, const SupplierListRow& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return rows;
}

// ---- products ----------------------------------------------------------------------------------

Result<void> SupplierService::setProductSupplier(const Actor& actor, const ProductSupplier& link)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto product = c.query("SELECT sku FROM products WHERE id = ? AND deleted = 0");
    product.bind(link.productId);
    auto found = product.next();
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("The product does not exist."), u"product"_qs);
    const QString sku = product.text(0);
    product.reset();
    auto supplierRow = c.query("SELECT name, archived FROM suppliers WHERE id = ?");
    supplierRow.bind(link.supplierId);
    auto exists = supplierRow.next();
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return fail(ErrorCode::NotFound, tr("The supplier does not exist."), u"supplier"_qs);
    const QString supplierName = supplierRow.text(0);
    const bool archived = supplierRow.int64(1) != 0;
    supplierRow.reset();
    if (archived)
        return fail(ErrorCode::Invalid,
                    tr("%1 is archived: unarchive the supplier before making it a product's supplier.")
                        .arg(supplierName),
                    u"supplier"_qs);
    const QJsonObject payload{{u"supplier_id"_qs, link.supplierId.toString()},
                              {u"dropship"_qs, link.dropship}};
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"product_suppliers", link.productId,
                                 ChangeOp::Update, payload);
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO product_suppliers(product_id, supplier_id, dropship, hlc) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(product_id) DO UPDATE SET supplier_id = ?2, dropship = ?3, hlc = ?4");
    q.bindAll(link.productId, link.supplierId, link.dropship, *hlc);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"product.supplier", u"product",
                                   link.productId, sku, {}, payload);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT suppliersChanged();
    return {};
}

Result<void> SupplierService::clearProductSupplier(const Actor& actor, const Id& productId)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto has = c.query("SELECT COUNT(*) FROM product_suppliers WHERE product_id = ?");
    has.bind(productId);
    auto n = has.scalarInt();
    if (!n)
        return fail(n.error());
    if (n->value_or(0) == 0)
        return {};
    if (auto hlc =
            ChangeLog::record(m_db, c, actor.userId, u"product_suppliers", productId, ChangeOp::Delete, {});
        !hlc)
        return fail(hlc.error());
    auto del = c.query("DELETE FROM product_suppliers WHERE product_id = ?");
    del.bind(productId);
    if (auto ok = del.run(); !ok)
        return ok;
    if (auto ok =
            AuditLog::record(c, actor, m_db.clock().nowMs(), u"product.supplier", u"product", productId, {});
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT suppliersChanged();
    return {};
}

Result<std::optional<ProductSupplier>> SupplierService::productSupplier(const Actor& actor,
                                                                        const Id& productId)
{
    Q_UNUSED(actor);
    auto q =
        m_db.connection().query("SELECT supplier_id, dropship FROM product_suppliers WHERE product_id = ?");
    q.bind(productId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<ProductSupplier>();
    return std::optional<ProductSupplier>(ProductSupplier{productId, q.id(0), q.int64(1) != 0});
}

Result<QList<ProductSupplier>> SupplierService::productsOf(const Actor& actor, const Id& supplierId)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT l.product_id, l.dropship FROM product_suppliers l "
                                     "JOIN products p ON p.id = l.product_id WHERE l.supplier_id = ? "
                                     "ORDER BY p.sku COLLATE NOCASE");
    q.bind(supplierId);
    QList<ProductSupplier> links;
    if (auto ok = q.forEachRow([&] {
            links.append(ProductSupplier{q.id(0), supplierId, q.int64(1) != 0});
        });
        !ok)
        return fail(ok.error());
    return links;
}

// ---- contracts ---------------------------------------------------------------------------------

Result<void> SupplierService::checkContract(Connection& c, Contract& k)
{
    const auto percent = [&](std::optional<int> bp, const QString& what,
                             const QString& field) -> Result<void> {
        if (bp && (*bp < 0 || *bp > 10000))
            return fail(ErrorCode::Invalid, tr("%1 must be between 0 and 100 %.").arg(what), field);
        return {};
    };
    const auto days = [&](int value, int max, const QString& what, const QString& field) -> Result<void> {
        if (value < 0 || value > max)
            return fail(ErrorCode::Invalid, tr("%1 must be between 0 and %2 days.").arg(what).arg(max),
                        field);
        return {};
    };
    const auto money = [&](qint64 value, const QString& what, const QString& field) -> Result<void> {
        if (value < 0)
            return fail(ErrorCode::Invalid, tr("%1 cannot be negative.").arg(what), field);
        return {};
    };

    auto supplierRow = c.query("SELECT currency FROM suppliers WHERE id = ?");
    supplierRow.bind(k.supplierId);
    auto exists = supplierRow.next();
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return fail(ErrorCode::NotFound, tr("The contract's supplier does not exist."), u"supplier"_qs);
    const QString supplierCurrency = supplierRow.text(0);
    supplierRow.reset();

    k.number = k.number.trimmed();
    k.currency = k.currency.trimmed().toUpper();
    if (k.number.isEmpty())
        return fail(ErrorCode::Invalid, tr("A contract needs its number."), u"number"_qs);
    if (k.validFrom.isValid() && k.validTo.isValid() && k.validTo < k.validFrom)
        return fail(ErrorCode::Invalid,
                    tr("The contract cannot end (%1) before it starts (%2).")
                        .arg(displayDate(k.validTo), displayDate(k.validFrom)),
                    u"valid_to"_qs);
    if (k.currency.isEmpty())
        k.currency = supplierCurrency.isEmpty() ? shopCurrency(c) : supplierCurrency;
    if (!validCurrency(k.currency))
        return fail(
            ErrorCode::Invalid,
            tr("\"%1\" is not a currency code: use three letters, such as RUB or CNY.").arg(k.currency),
            u"currency"_qs);
    ContractTerms& t = k.terms;
    const Result<void> checks[] = {
        days(k.renewalNoticeDays, 365, tr("The renewal notice"), u"renewal_notice_days"_qs),
        days(t.leadTimeDays, 365, tr("The lead time"), u"lead_time_days"_qs),
        days(k.deferralDays, 365, tr("The payment deferral"), u"deferral_days"_qs),
        days(t.claimDays, 365, tr("The claim deadline"), u"claim_days"_qs),
        money(k.minOrderValue, tr("The minimum order value"), u"min_order_value"_qs),
        percent(k.prepaymentBp, tr("The prepayment"), u"prepayment"_qs),
        percent(k.targetOnTimeBp, tr("The on-time target"), u"target_on_time"_qs),
        percent(k.targetInFullBp, tr("The in-full target"), u"target_in_full"_qs),
        percent(k.maxDefectBp, tr("The maximum defect rate"), u"max_defect"_qs),
        percent(k.maxMissortBp, tr("The maximum mis-sort rate"), u"max_missort"_qs),
        percent(t.lateBpPerDay, tr("The late penalty per day"), u"late_per_day"_qs),
        percent(t.lateCapBp, tr("The cap of the late penalty"), u"late_cap"_qs),
        percent(t.shortageBp, tr("The shortage penalty"), u"shortage"_qs),
    };
    for (const Result<void>& r : checks) {
        if (!r)
            return r;
    }
    for (auto [rule, what, field] :
         {std::tuple{&t.defect, tr("The defect penalty"), u"defect_penalty"_qs},
          std::tuple{&t.missort, tr("The mis-sort penalty"), u"missort_penalty"_qs}}) {
        if (rule->kind == PenaltyKind::None)
            rule->value = 0;
        else if (rule->kind == PenaltyKind::Percent) {
            if (auto ok = percent(int(std::clamp<qint64>(rule->value, -1, 10001)), what, field); !ok)
                return ok;
        } else if (auto ok = money(rule->value, what, field); !ok)
            return ok;
    }

    QSet<Id> products;
    for (ContractPrice& p : k.prices) {
        p.supplierSku = p.supplierSku.trimmed();
        if (p.productId.isNull())
            return fail(ErrorCode::Invalid, tr("A price line needs its product."), u"product"_qs);
        auto product = c.query("SELECT sku, name FROM products WHERE id = ?");
        product.bind(p.productId);
        auto found = product.next();
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, tr("A product in the prices does not exist."), u"product"_qs);
        p.sku = product.text(0);
        p.name = product.text(1);
        product.reset();
        if (products.contains(p.productId))
            return fail(ErrorCode::Invalid, tr("%1 is listed twice in the prices.").arg(p.sku),
                        u"product"_qs);
        products.insert(p.productId);
        if (p.price < 0)
            return fail(ErrorCode::Invalid, tr("The price of %1 cannot be negative.").arg(p.sku),
                        u"price"_qs);
        if (p.minQuantity.milli() < 0)
            return fail(ErrorCode::Invalid, tr("The minimum quantity of %1 cannot be negative.").arg(p.sku),
                        u"min_quantity"_qs);
        if (p.packSize.milli() < 0)
            return fail(ErrorCode::Invalid, tr("The pack size of %1 cannot be negative.").arg(p.sku),
                        u"pack_size"_qs);
    }
    QSet<qint64> tiers;
    for (const VolumeDiscount& d : std::as_const(k.discounts)) {
        if (d.minValue <= 0)
            return fail(ErrorCode::Invalid, tr("A volume discount needs an order value above zero."),
                        u"min_value"_qs);
        if (tiers.contains(d.minValue))
            return fail(ErrorCode::Invalid, tr("Two volume discounts start at the same order value."),
                        u"min_value"_qs);
        tiers.insert(d.minValue);
        if (d.discountBp <= 0 || d.discountBp >= 10000)
            return fail(ErrorCode::Invalid, tr("A volume discount must be above 0 % and below 100 %."),
                        u"discount"_qs);
    }
    return {};
}

Result<void> SupplierService::checkLockedFields(const Contract& before, const Contract& after) const
{
    const QString why =
        before.status == ContractStatus::Active
            ? tr("Contract %1 is active, so its %2 cannot change. Make a new contract with the "
                 "new terms (as a supplement to the contract would be).")
            : tr("Contract %1 is terminated, so its %2 cannot change.");
    const auto refuse = [&](const QString& what, const QString& field) {
        return fail(ErrorCode::Conflict, why.arg(before.number, what), field);
    };
    if (after.supplierId != before.supplierId)
        return refuse(tr("supplier"), u"supplier"_qs);
    if (after.number.trimmed() != before.number)
        return refuse(tr("number"), u"number"_qs);
    if (after.signedOn != before.signedOn)
        return refuse(tr("signing date"), u"signed_on"_qs);
    if (after.validFrom != before.validFrom)
        return refuse(tr("start of validity"), u"valid_from"_qs);
    if (!after.currency.trimmed().isEmpty() && after.currency.trimmed().toUpper() != before.currency)
        return refuse(tr("currency"), u"currency"_qs);
    if (after.terms != before.terms)
        return refuse(tr("terms"), u"terms"_qs);
    if (after.minOrderValue != before.minOrderValue || after.prepaymentBp != before.prepaymentBp ||
        after.deferralDays != before.deferralDays)
        return refuse(tr("payment terms"), u"terms"_qs);
    if (after.exclusive != before.exclusive || after.region != before.region)
        return refuse(tr("exclusivity"), u"exclusive"_qs);
    if (after.targetOnTimeBp != before.targetOnTimeBp || after.targetInFullBp != before.targetInFullBp ||
        after.maxDefectBp != before.maxDefectBp || after.maxMissortBp != before.maxMissortBp)
        return refuse(tr("service level targets"), u"terms"_qs);
    if (!samePrices(after.prices, before.prices))
        return refuse(tr("prices"), u"prices"_qs);
    if (!sameDiscounts(after.discounts, before.discounts))
        return refuse(tr("volume discounts"), u"discounts"_qs);
    if (before.status == ContractStatus::Terminated &&
        (after.validTo != before.validTo || after.renewalNoticeDays != before.renewalNoticeDays ||
         after.deliverySchedule != before.deliverySchedule ||
         after.returnProcedure != before.returnProcedure))
        return refuse(tr("validity and conditions"), u"valid_to"_qs);
    return {};
}

Result<std::optional<Contract>> SupplierService::overlapping(Connection& c, const Contract& contract)
{
    auto q = c.query(QByteArray("SELECT " + ContractColumns.toByteArray() +
                                " FROM contracts WHERE supplier_id = ? AND id <> ? AND status IN ('active', "
                                "'terminated') ORDER BY valid_from"));
    q.bindAll(contract.supplierId, contract.id);
    std::optional<Contract> found;
    if (auto ok = q.forEachRow([&] {
            Contract other = readContract(q);
            if (!found && overlaps(contract, other))
                found = std::move(other);
        });
        !ok)
        return fail(ok.error());
    return found;
}

Result<void> SupplierService::saveContractRow(Connection& c, const Actor& actor, const Contract& k,
                                              bool isNew)
{
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"contracts", k.id,
                                 isNew ? ChangeOp::Insert : ChangeOp::Update, rowPayloadOf(k));
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query(
        "INSERT INTO contracts(id, supplier_id, number, status, signed_on, valid_from, valid_to, "
        "renewal_notice_days, currency, lead_time_days, lead_time_business, start_event, delivery_schedule, "
        "min_order_value, prepayment_bp, deferral_days, exclusive, region, target_on_time_bp, "
        "target_in_full_bp, max_defect_bp, max_missort_bp, late_bp_per_day, late_cap_bp, late_cap_basis, "
        "defect_penalty_kind, defect_penalty, missort_penalty_kind, missort_penalty, shortage_bp, "
        "claim_days, return_procedure, notes, hlc, created_at, updated_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
        "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36) "
        "ON CONFLICT(id) DO UPDATE SET supplier_id = ?2, number = ?3, status = ?4, signed_on = ?5, "
        "valid_from = ?6, "
        "valid_to = ?7, renewal_notice_days = ?8, currency = ?9, lead_time_days = ?10, "
        "lead_time_business = ?11, start_event = ?12, delivery_schedule = ?13, min_order_value = ?14, "
        "prepayment_bp = ?15, deferral_days = ?16, exclusive = ?17, region = ?18, target_on_time_bp = ?19, "
        "target_in_full_bp = ?20, max_defect_bp = ?21, max_missort_bp = ?22, late_bp_per_day = ?23, "
        "late_cap_bp = ?24, late_cap_basis = ?25, defect_penalty_kind = ?26, defect_penalty = ?27, "
        "missort_penalty_kind = ?28, missort_penalty = ?29, shortage_bp = ?30, claim_days = ?31, "
        "return_procedure = ?32, notes = ?33, hlc = ?34, updated_at = ?36");
    const ContractTerms& t = k.terms;
    q.bindAll(k.id, k.supplierId, k.number, PurchasingKinds::contractStatusCode(k.status),
              optDate(k.signedOn), dateCode(k.validFrom), optDate(k.validTo), k.renewalNoticeDays, k.currency,
              t.leadTimeDays, t.businessDays, startEventCode(t.startEvent), k.deliverySchedule,
              k.minOrderValue, k.prepaymentBp, k.deferralDays, k.exclusive, k.region, k.targetOnTimeBp,
              k.targetInFullBp, k.maxDefectBp, k.maxMissortBp, t.lateBpPerDay, t.lateCapBp,
              capBasisCode(t.capBasis), PurchasingKinds::penaltyKindCode(t.defect.kind), t.defect.value,
              PurchasingKinds::penaltyKindCode(t.missort.kind), t.missort.value, t.shortageBp, t.claimDays,
              k.returnProcedure, k.notes, *hlc, k.createdAt, k.updatedAt);
    return q.run();
}

Result<void> SupplierService::writePrices(Connection& c, const Actor& actor, const Contract& k,
                                          const QList<ContractPrice>& before)
{
    for (const ContractPrice& old : before) {
        if (k.priceOf(old.productId))
            continue;
        if (auto hlc = ChangeLog::record(m_db, c, actor.userId, u"contract_prices",
                                         priceRowId(k.id, old.productId), ChangeOp::Delete, {});
            !hlc)
            return fail(hlc.error());
        auto del = c.query("DELETE FROM contract_prices WHERE contract_id = ? AND product_id = ?");
        del.bindAll(k.id, old.productId);
        if (auto ok = del.run(); !ok)
            return ok;
    }
    for (const ContractPrice& p : k.prices) {
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&](const ContractPrice& b) { return b.productId == p.productId; });
        if (old != before.cend() && samePrice(*old, p))
            continue;
        auto hlc =
            ChangeLog::record(m_db, c, actor.userId, u"contract_prices", priceRowId(k.id, p.productId),
                              old == before.cend() ? ChangeOp::Insert : ChangeOp::Update, payloadOf(k.id, p));
        if (!hlc)
            return fail(hlc.error());
        auto q = c.query(
            "INSERT INTO contract_prices(contract_id, product_id, supplier_sku, price, min_quantity, "
            "pack_size, hlc) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(contract_id, product_id) "
            "DO UPDATE SET supplier_sku = ?3, price = ?4, min_quantity = ?5, pack_size = ?6, hlc = ?7");
        q.bindAll(k.id, p.productId, p.supplierSku, p.price, p.minQuantity.milli(), p.packSize.milli(), *hlc);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    return {};
}

Result<void> SupplierService::writeDiscounts(Connection& c, const Actor& actor, const Contract& k,
                                             const QList<VolumeDiscount>& before)
{
    const auto find = [](const QList<VolumeDiscount>& list, qint64 minValue) {
        return std::find_if(list.cbegin(), list.cend(),
                            [&](const VolumeDiscount& d) { return d.minValue == minValue; });
    };
    for (const VolumeDiscount& old : before) {
        if (find(k.discounts, old.minValue) != k.discounts.cend())
            continue;
        if (auto hlc = ChangeLog::record(m_db, c, actor.userId, u"contract_discounts",
                                         discountRowId(k.id, old.minValue), ChangeOp::Delete, {});
            !hlc)
            return fail(hlc.error());
        auto del = c.query("DELETE FROM contract_discounts WHERE contract_id = ? AND min_value = ?");
        del.bindAll(k.id, old.minValue);
        if (auto ok = del.run(); !ok)
            return ok;
    }
    for (const VolumeDiscount& d : k.discounts) {
        const auto old = find(before, d.minValue);
        if (old != before.cend() && *old == d)
            continue;
        auto hlc =
            ChangeLog::record(m_db, c, actor.userId, u"contract_discounts", discountRowId(k.id, d.minValue),
                              old == before.cend() ? ChangeOp::Insert : ChangeOp::Update, payloadOf(k.id, d));
        if (!hlc)
            return fail(hlc.error());
        auto q = c.query("INSERT INTO contract_discounts(contract_id, min_value, discount_bp, hlc) "
                         "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(contract_id, min_value) DO UPDATE SET "
                         "discount_bp = ?3, hlc = ?4");
        q.bindAll(k.id, d.minValue, d.discountBp, *hlc);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    return {};
}

Result<Contract> SupplierService::createContract(const Actor& actor, const Contract& draft)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    Contract k = draft;
    k.id = Id::create();
    k.status = ContractStatus::Draft;
    k.files.clear();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    if (auto ok = checkContract(c, k); !ok)
        return fail(ok.error());
    const qint64 now = m_db.clock().nowMs();
    k.createdAt = k.updatedAt = now;
    if (auto ok = saveContractRow(c, actor, k, true); !ok)
        return fail(ok.error());
    if (auto ok = writePrices(c, actor, k, {}); !ok)
        return fail(ok.error());
    if (auto ok = writeDiscounts(c, actor, k, {}); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, now, u"contract.create", u"contract", k.id, k.number, {},
                                   auditPayloadOf(k));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT contractsChanged(k.supplierId);
    return contract(actor, k.id);
}

Result<Contract> SupplierService::updateContract(const Actor& actor, const Contract& changed)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto before = loadContract(c, changed.id);
    if (!before)
        return fail(before.error());
    if (before->status != ContractStatus::Draft) {
        if (auto ok = checkLockedFields(*before, changed); !ok)
            return fail(ok.error());
    }
    Contract k = changed;
    k.status = before->status;
    k.createdAt = before->createdAt;
    k.files = before->files;
    if (auto ok = checkContract(c, k); !ok)
        return fail(ok.error());
    if (k.status != ContractStatus::Draft && k.validTo != before->validTo) {
        // Extending an active contract must not run it into the next one.
        auto other = overlapping(c, k);
        if (!other)
            return fail(other.error());
        if (*other)
            return fail(ErrorCode::Conflict,
                        tr("Contract %1 would then overlap contract %2 of the same supplier (valid from %3).")
                            .arg(k.number, (*other)->number, displayDate((*other)->validFrom)),
                        u"valid_to"_qs);
    }
    const qint64 now = m_db.clock().nowMs();
    k.updatedAt = now;
    if (auto ok = saveContractRow(c, actor, k, false); !ok)
        return fail(ok.error());
    if (auto ok = writePrices(c, actor, k, before->prices); !ok)
        return fail(ok.error());
    if (auto ok = writeDiscounts(c, actor, k, before->discounts); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, now, u"contract.update", u"contract", k.id, k.number,
                                   auditPayloadOf(*before), auditPayloadOf(k));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    if (before->supplierId != k.supplierId)
        Q_EMIT contractsChanged(before->supplierId);
    Q_EMIT contractsChanged(k.supplierId);
    return contract(actor, k.id);
}

Result<Contract> SupplierService::activateContract(const Actor& actor, const Id& contractId)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto k = loadContract(c, contractId);
    if (!k)
        return fail(k.error());
    if (k->status != ContractStatus::Draft)
        return fail(ErrorCode::Conflict,
                    k->status == ContractStatus::Active
                        ? tr("Contract %1 is already active.").arg(k->number)
                        : tr("Contract %1 is terminated; make a new contract.").arg(k->number));
    if (k->number.isEmpty())
        return fail(ErrorCode::Invalid, tr("A contract needs its number before it is activated."),
                    u"number"_qs);
    if (!k->validFrom.isValid())
        return fail(ErrorCode::Invalid,
                    tr("A contract needs the day it is valid from before it is activated."),
                    u"valid_from"_qs);
    auto other = overlapping(c, *k);
    if (!other)
        return fail(other.error());
    if (*other) {
        const Contract& o = **other;
        const QString validity = o.validTo.isValid()
                                     ? tr("%1 to %2").arg(displayDate(o.validFrom), displayDate(o.validTo))
                                     : tr("%1 with no end").arg(displayDate(o.validFrom));
        return fail(
            ErrorCode::Conflict,
            tr("Contract %1 of the same supplier is valid %2, which overlaps this contract. Terminate it "
               "or change the dates first.")
                .arg(o.number, validity),
            u"valid_from"_qs);
    }
    const Contract before = *k;
    k->status = ContractStatus::Active;
    const qint64 now = m_db.clock().nowMs();
    k->updatedAt = now;
    if (auto ok = saveContractRow(c, actor, *k, false); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, now, u"contract.activate", u"contract", k->id, k->number,
                                   rowPayloadOf(before), auditPayloadOf(*k));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT contractsChanged(k->supplierId);
    return contract(actor, k->id);
}

Result<Contract> SupplierService::terminateContract(const Actor& actor, const Id& contractId, QDate lastDay)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return fail(ok.error());
    if (!lastDay.isValid())
        lastDay = today();
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto k = loadContract(c, contractId);
    if (!k)
        return fail(k.error());
    if (k->status != ContractStatus::Active)
        return fail(ErrorCode::Conflict,
                    k->status == ContractStatus::Draft
                        ? tr("Contract %1 is a draft: delete it instead of terminating it.").arg(k->number)
                        : tr("Contract %1 is already terminated.").arg(k->number));
    if (lastDay < k->validFrom)
        return fail(ErrorCode::Invalid,
                    tr("The last day (%1) cannot be before the contract starts (%2).")
                        .arg(displayDate(lastDay), displayDate(k->validFrom)),
                    u"valid_to"_qs);
    const Contract before = *k;
    k->status = ContractStatus::Terminated;
    if (k->validTo.isNull() || lastDay < k->validTo)
        k->validTo = lastDay;
    const qint64 now = m_db.clock().nowMs();
    k->updatedAt = now;
    if (auto ok = saveContractRow(c, actor, *k, false); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, now, u"contract.terminate", u"contract", k->id, k->number,
                                   rowPayloadOf(before), rowPayloadOf(*k));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT contractsChanged(k->supplierId);
    return contract(actor, k->id);
}

Result<void> SupplierService::deleteDraftContract(const Actor& actor, const Id& contractId)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto k = loadContract(c, contractId);
    if (!k)
        return fail(k.error());
    if (k->status != ContractStatus::Draft)
        return fail(ErrorCode::Conflict,
                    tr("Contract %1 is not a draft: it can be terminated, not deleted.").arg(k->number));
    auto used = c.query("SELECT COUNT(*) FROM purchase_orders WHERE contract_id = ?");
    used.bind(contractId);
    auto n = used.scalarInt();
    if (!n)
        return fail(n.error());
    if (n->value_or(0) > 0)
        return fail(ErrorCode::Conflict, tr("Contract %1 is referred to by purchase orders.").arg(k->number));
    Contract empty = *k;
    empty.prices.clear();
    empty.discounts.clear();
    if (auto ok = writePrices(c, actor, empty, k->prices); !ok)
        return ok;
    if (auto ok = writeDiscounts(c, actor, empty, k->discounts); !ok)
        return ok;
    for (const ContractFile& f : std::as_const(k->files)) {
        if (auto hlc =
                ChangeLog::record(m_db, c, actor.userId, u"contract_files", f.id, ChangeOp::Delete, {});
            !hlc)
            return fail(hlc.error());
    }
    auto files = c.query("DELETE FROM contract_files WHERE contract_id = ?");
    files.bind(contractId);
    if (auto ok = files.run(); !ok)
        return ok;
    if (auto hlc = ChangeLog::record(m_db, c, actor.userId, u"contracts", contractId, ChangeOp::Delete, {});
        !hlc)
        return fail(hlc.error());
    auto del = c.query("DELETE FROM contracts WHERE id = ?");
    del.bind(contractId);
    if (auto ok = del.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"contract.delete", u"contract", k->id,
                                   k->number, auditPayloadOf(*k), {});
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT contractsChanged(k->supplierId);
    return {};
}

Result<Contract> SupplierService::loadContract(Connection& c, const Id& contractId)
{
    auto q = c.query(QByteArray("SELECT " + ContractColumns.toByteArray() + " FROM contracts WHERE id = ?"));
    q.bind(contractId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The contract does not exist."));
    Contract k = readContract(q);
    q.reset();
    auto p =
        c.query("SELECT l.product_id, p.sku, p.name, l.supplier_sku, l.price, l.min_quantity, l.pack_size "
                "FROM contract_prices l JOIN products p ON p.id = l.product_id WHERE l.contract_id = ? "
                "ORDER BY p.sku COLLATE NOCASE");
    p.bind(contractId);
    if (auto ok = p.forEachRow([&] {
            k.prices.append(ContractPrice{p.id(0), p.text(1), p.text(2), p.text(3), p.int64(4),
                                          Quantity::fromMilli(p.int64(5)), Quantity::fromMilli(p.int64(6))});
        });
        !ok)
        return fail(ok.error());
    auto d = c.query(
        "SELECT min_value, discount_bp FROM contract_discounts WHERE contract_id = ? ORDER BY min_value");
    d.bind(contractId);
    if (auto ok = d.forEachRow([&] { k.discounts.append(VolumeDiscount{d.int64(0), int(d.int64(1))}); }); !ok)
        return fail(ok.error());
    auto f = c.query(
        "SELECT id, name, size, added_at FROM contract_files WHERE contract_id = ? ORDER BY local_id");
    f.bind(contractId);
    if (auto ok = f.forEachRow([&] {
            k.files.append(ContractFile{f.id(0), f.text(1), f.int64(2), f.int64(3)});
        });
        !ok)
        return fail(ok.error());
    return k;
}

Result<Contract> SupplierService::contract(const Actor& actor, const Id& contractId)
{
    if (auto ok = requireContractReader(actor); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    return loadContract(c, contractId);
}

Result<QList<Contract>> SupplierService::contracts(const Actor& actor, const Id& supplierId)
{
    if (auto ok = requireContractReader(actor); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    auto q =
        c.query("SELECT id FROM contracts WHERE supplier_id = ? ORDER BY valid_from DESC, created_at DESC");
    q.bind(supplierId);
    QList<Id> ids;
    if (auto ok = q.forEachRow([&] { ids.append(q.id(0)); }); !ok)
        return fail(ok.error());
    QList<Contract> list;
    for (const Id& id : std::as_const(ids)) {
        auto k = loadContract(c, id);
        if (!k)
            return fail(k.error());
        list.append(std::move(*k));
    }
    return list;
}

Result<std::optional<Contract>> SupplierService::contractOn(const Actor& actor, const Id& supplierId,
                                                            QDate day)
{
    if (auto ok = requireContractReader(actor); !ok)
        return fail(ok.error());
    Connection& c = m_db.connection();
    ReadTransaction snapshot(c);
    // A terminated contract applies up to its last day (its valid to).
    auto q = c.query("SELECT id FROM contracts WHERE supplier_id = ?1 AND status IN ('active', 'terminated') "
                     "AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to >= ?2) "
                     "ORDER BY valid_from DESC LIMIT 1");
    q.bindAll(supplierId, dateCode(day));
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<Contract>();
    const Id id = q.id(0);
    q.reset();
    auto k = loadContract(c, id);
    if (!k)
        return fail(k.error());
    return std::optional<Contract>(std::move(*k));
}

Result<QList<ContractReminder>> SupplierService::expiringContracts(const Actor& actor, QDate today)
{
    if (auto ok = requireContractReader(actor); !ok)
        return fail(ok.error());
    // A contract whose supplier already has a later active contract has been renewed: no reminder.
    auto q = m_db.connection().query(
        "SELECT k.id, k.supplier_id, s.name, k.number, k.valid_to, k.renewal_notice_days FROM contracts k "
        "JOIN suppliers s ON s.id = k.supplier_id WHERE k.status = 'active' AND k.valid_to IS NOT NULL "
        "AND s.archived = 0 AND NOT EXISTS (SELECT 1 FROM contracts n WHERE n.supplier_id = k.supplier_id "
        "  AND n.id <> k.id AND n.status = 'active' AND n.valid_from > k.valid_from)");
    QList<ContractReminder> reminders;
    if (auto ok = q.forEachRow([&] {
            ContractReminder r{q.id(0), q.id(1), q.text(2), q.text(3), dateFromCode(q.text(4)), 0};
            r.daysLeft = int(today.daysTo(r.validTo));
            if (r.daysLeft <= q.int64(5))
                reminders.append(std::move(r));
        });
        !ok)
        return fail(ok.error());
    std::sort(reminders.begin(), reminders.end(),
              [](const ContractReminder& a, const ContractReminder& b) { return a.daysLeft < b.daysLeft; });
    return reminders;
}

// ---- files -------------------------------------------------------------------------------------

Result<ContractFile> SupplierService::addFile(const Actor& actor, const Id& contractId, const QString& name,
                                              const QByteArray& data)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return fail(ok.error());
    // Only the file's own name: a path from the user's disk means nothing on another desktop.
    const QString fileName = QFileInfo(name.trimmed()).fileName().trimmed();
    if (fileName.isEmpty())
        return fail(ErrorCode::Invalid, tr("A file needs a name."), u"file"_qs);
    if (data.isEmpty())
        return fail(ErrorCode::Invalid, tr("The file %1 is empty.").arg(fileName), u"file"_qs);
    if (data.size() > MaxFileBytes)
        return fail(ErrorCode::Invalid,
                    tr("The file %1 is %2 MB; files up to %3 MB can be attached.")
                        .arg(fileName, QLocale().toString(double(data.size()) / (1024 * 1024), 'f', 1))
                        .arg(MaxFileBytes / (1024 * 1024)),
                    u"file"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto k = c.query("SELECT supplier_id, number FROM contracts WHERE id = ?");
    k.bind(contractId);
    auto row = k.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The contract does not exist."));
    const Id supplierId = k.id(0);
    const QString number = k.text(1);
    k.reset();
    const qint64 now = m_db.clock().nowMs();
    ContractFile f{Id::create(), fileName, data.size(), now};
    // The content is not copied into the log: sync reads it from the row the log names.
    const QJsonObject payload{{u"contract_id"_qs, contractId.toString()},
                              {u"name"_qs, f.name},
                              {u"size"_qs, json(f.size)},
                              {u"added_at"_qs, json(now)}};
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"contract_files", f.id, ChangeOp::Insert, payload);
    if (!hlc)
        return fail(hlc.error());
    auto q = c.query("INSERT INTO contract_files(id, contract_id, name, size, data, added_at, hlc) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(f.id, contractId, f.name, f.size, data, now, *hlc);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, now, u"contract.file.add", u"contract", contractId,
                                   QString(number + u": " + f.name), {}, payload);
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT contractsChanged(supplierId);
    return f;
}

Result<QByteArray> SupplierService::fileData(const Actor& actor, const Id& fileId)
{
    if (auto ok = requireContractReader(actor); !ok)
        return fail(ok.error());
    auto q = m_db.connection().query("SELECT data FROM contract_files WHERE id = ?");
    q.bind(fileId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The file does not exist."));
    return q.blob(0);
}

Result<void> SupplierService::removeFile(const Actor& actor, const Id& fileId)
{
    if (auto ok = require(actor, Permission::ManageSuppliers); !ok)
        return ok;
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto q = c.query("SELECT f.contract_id, f.name, f.size, k.supplier_id, k.number FROM contract_files f "
                     "JOIN contracts k ON k.id = f.contract_id WHERE f.id = ?");
    q.bind(fileId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The file does not exist."));
    const Id contractId = q.id(0);
    const QString name = q.text(1);
    const qint64 size = q.int64(2);
    const Id supplierId = q.id(3);
    const QString number = q.text(4);
    q.reset();
    if (auto hlc = ChangeLog::record(m_db, c, actor.userId, u"contract_files", fileId, ChangeOp::Delete, {});
        !hlc)
        return fail(hlc.error());
    auto del = c.query("DELETE FROM contract_files WHERE id = ?");
    del.bind(fileId);
    if (auto ok = del.run(); !ok)
        return ok;
    if (auto ok = AuditLog::record(c, actor, m_db.clock().nowMs(), u"contract.file.remove", u"contract",
                                   contractId, QString(number + u": " + name),
                                   {{u"name"_qs, name}, {u"size"_qs, json(size)}}, {});
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT contractsChanged(supplierId);
    return {};
}

} // namespace kontor

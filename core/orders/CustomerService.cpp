#include "CustomerService.h"

#include "common/SearchText.h"
#include "security/AuditLog.h"
#include "storage/ChangeLog.h"

#include <QCollator>
#include <QJsonObject>

#include <algorithm>

namespace kontor {

namespace {

QString emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

QString searchTextOf(const Customer& c)
{
    return SearchText::normalize(QStringList{c.name, c.legalName, c.email, c.phone,
                                             CustomerService::phoneKey(c.phone), c.taxId, c.tags.join(u' ')}
                                     .join(u' '));
}

QJsonObject payloadOf(const Customer& c)
{
    return {{u"kind"_qs, OrderKinds::customerKindCode(c.kind)},
            {u"name"_qs, c.name},
            {u"email"_qs, c.email},
            {u"phone"_qs, c.phone},
            {u"legal_name"_qs, c.legalName},
            {u"tax_id"_qs, c.taxId},
            {u"tax_reason_code"_qs, c.taxReasonCode},
            {u"legal_address"_qs, c.legalAddress},
            {u"bank_details"_qs, c.bankDetails},
            {u"payment_terms_days"_qs, c.paymentTermsDays},
            {u"credit_limit"_qs, c.creditLimit ? QJsonValue(double(*c.creditLimit)) : QJsonValue()},
            {u"marketing_consent"_qs, c.marketingConsent},
            {u"notes"_qs, c.notes},
            {u"tags"_qs, c.tags.join(u',')},
            {u"archived"_qs, c.archived}};
}

constexpr QByteArrayView CustomerColumns = "local_id, id, kind, name, email, phone, legal_name, tax_id, "
                                           "tax_reason_code, legal_address, bank_details, "
                                           "payment_terms_days, credit_limit, marketing_consent, consent_at, "
                                           "notes, tags, archived, created_at, updated_at, price_list_id";

Customer readCustomer(Query& q)
{
    Customer c;
    c.localId = q.int64(0);
    c.id = q.id(1);
    c.kind = q.text(2) == u"company" ? CustomerKind::Company : CustomerKind::Person;
    c.name = q.text(3);
    c.email = q.text(4);
    c.phone = q.text(5);
    c.legalName = q.text(6);
    c.taxId = q.text(7);
    c.taxReasonCode = q.text(8);
    c.legalAddress = q.text(9);
    c.bankDetails = q.text(10);
    c.paymentTermsDays = int(q.int64(11));
    c.creditLimit = q.optInt64(12);
    c.marketingConsent = q.int64(13) != 0;
    c.consentAt = q.optInt64(14);
    c.notes = q.text(15);
    c.tags = q.text(16).split(u',', Qt::SkipEmptyParts);
    c.archived = q.int64(17) != 0;
    c.createdAt = q.int64(18);
    c.updatedAt = q.int64(19);
    c.priceListId = q.id(20);
    return c;
}

} // namespace

CustomerService::CustomerService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

QString CustomerService::phoneKey(QStringView phone)
{
    QString digits;
    for (QChar ch : phone) {
        if (ch.isDigit())
            digits.append(QChar(u'0' + ch.digitValue()));
    }
    return digits.size() > 10 ? digits.right(10) : digits;
}

Result<void> CustomerService::check(const Customer& c) const
{
    if (c.name.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("A customer needs a name."), u"name"_qs);
    const QString email = c.email.trimmed();
    if (!email.isEmpty() &&
        (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@') || email.contains(u' ')))
        return fail(ErrorCode::Invalid, tr("\"%1\" is not an email address.").arg(email), u"email"_qs);
    if (!c.phone.trimmed().isEmpty() && phoneKey(c.phone).size() < 5)
        return fail(ErrorCode::Invalid, tr("\"%1\" is not a phone number.").arg(c.phone), u"phone"_qs);
    if (c.paymentTermsDays < 0 || c.paymentTermsDays > 365)
        return fail(ErrorCode::Invalid, tr("Payment terms must be between 0 and 365 days."),
                    u"payment_terms"_qs);
    if (c.creditLimit && *c.creditLimit < 0)
        return fail(ErrorCode::Invalid, tr("A credit limit cannot be negative."), u"credit_limit"_qs);
    for (const CustomerAddress& a : c.addresses) {
        if (a.address.trimmed().isEmpty())
            return fail(ErrorCode::Invalid, tr("An address cannot be empty."), u"address"_qs);
    }
    for (const CustomerContact& p : c.contacts) {
        if (p.name.trimmed().isEmpty())
            return fail(ErrorCode::Invalid, tr("A contact person needs a name."), u"contact"_qs);
    }
    return {};
}

Result<QList<Customer>> CustomerService::findDuplicates(const Actor& actor, const QString& email,
                                                        const QString& phone, const Id& exceptId)
{
    Q_UNUSED(actor);
    const QString ek = emailKey(email);
    const QString pk = phoneKey(phone);
    QList<Customer> found;
    if (ek.isEmpty() && pk.size() < 5)
        return found;
    // "email_key <> ''" written out lets SQLite use the partial indexes (a bound value alone does
    // not prove their condition); without it every check read the whole table.
    auto q = m_db.connection().query(
        QByteArray("SELECT " + CustomerColumns.toByteArray() +
                   " FROM customers WHERE ((email_key = ?1 AND email_key <> '') OR (phone_key = ?2 AND "
                   "phone_key <> '')) AND (?3 IS NULL OR id <> ?3) ORDER BY local_id"));
    q.bindAll(ek, pk.size() >= 5 ? pk : QString(), exceptId);
    if (auto ok = q.forEachRow([&] { found.append(readCustomer(q)); }); !ok)
        return fail(ok.error());
    return found;
}

Result<Customer> CustomerService::create(const Actor& actor, const Customer& draft, bool allowDuplicate)
{
    if (auto ok = require(actor, Permission::ManageCustomers); !ok)
        return fail(ok.error());
    if (auto ok = check(draft); !ok)
        return fail(ok.error());
    if (!draft.priceListId.isNull()) {
        if (auto ok = require(actor, Permission::EditPrices); !ok)
            return fail(ok.error());
    }
    if (!allowDuplicate) {
        auto dups = findDuplicates(actor, draft.email, draft.phone);
        if (!dups)
            return fail(dups.error());
        if (!dups->isEmpty()) {
            const Customer& d = dups->first();
            const bool sameEmail =
                !draft.email.trimmed().isEmpty() && emailKey(d.email) == emailKey(draft.email);
            return fail(ErrorCode::Conflict,
                        sameEmail ? tr("%1 already has the email %2.").arg(d.name, d.email)
                                  : tr("%1 already has the phone number %2.").arg(d.name, d.phone),
                        sameEmail ? u"email"_qs : u"phone"_qs);
        }
    }
    Customer c = draft;
    c.id = Id::create();
    c.name = c.name.trimmed();
    c.email = c.email.trimmed();
    c.phone = c.phone.trimmed();
    const qint64 now = m_db.clock().nowMs();
    c.createdAt = c.updatedAt = now;
    if (c.marketingConsent && !c.consentAt)
        c.consentAt = now;
    Connection& conn = m_db.connection();
    WriteTransaction tx(conn);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto hlc =
        ChangeLog::record(m_db, conn, actor.userId, u"customers", c.id, ChangeOp::Insert, payloadOf(c));
    if (!hlc)
        return fail(hlc.error());
    auto q = conn.query(
        "INSERT INTO customers(id, kind, name, email, phone, email_key, phone_key, legal_name, tax_id, "
        "tax_reason_code, legal_address, bank_details, payment_terms_days, credit_limit, marketing_consent, "
        "consent_at, notes, tags, search_text, archived, hlc, created_at, updated_at, price_list_id) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindAll(c.id, OrderKinds::customerKindCode(c.kind), c.name, c.email, c.phone, emailKey(c.email),
              phoneKey(c.phone), c.legalName, c.taxId, c.taxReasonCode, c.legalAddress, c.bankDetails,
              c.paymentTermsDays, c.creditLimit, c.marketingConsent, c.consentAt, c.notes, c.tags.join(u','),
              searchTextOf(c), c.archived, *hlc, now, now, c.priceListId);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    c.localId = conn.lastInsertRowId();
    if (auto ok = writeChildren(conn, actor, c); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(conn, actor, now, u"customer.create", u"customer", c.id, c.name, {},
                                   payloadOf(c));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT customersChanged();
    return customer(actor, c.id);
}

Result<void> CustomerService::writeChildren(Connection& conn, const Actor& actor, const Customer& c)
{
    // Addresses and contacts are replaced as a whole: ids of kept rows stay, removed rows go.
    for (const char* table : {"customer_addresses", "customer_contacts"}) {
        auto old = conn.query(QByteArray(QByteArray("SELECT id FROM ") + table + " WHERE customer_id = ?"));
        old.bind(c.id);
        QList<Id> ids;
        if (auto ok = old.forEachRow([&] { ids.append(old.id(0)); }); !ok)
            return ok;
        for (const Id& id : ids) {
            if (auto ok = ChangeLog::record(m_db, conn, actor.userId, QString::fromLatin1(table), id,
                                            ChangeOp::Delete, {});
                !ok)
                return fail(ok.error());
        }
        auto del = conn.query(QByteArray(QByteArray("DELETE FROM ") + table + " WHERE customer_id = ?"));
        del.bind(c.id);
        if (auto ok = del.run(); !ok)
            return ok;
    }
    for (const CustomerAddress& a : c.addresses) {
        const Id id = a.id.isNull() ? Id::create() : a.id;
        auto hlc = ChangeLog::record(m_db, conn, actor.userId, u"customer_addresses", id, ChangeOp::Insert,
                                     {{u"customer_id"_qs, c.id.toString()},
                                      {u"label"_qs, a.label},
                                      {u"address"_qs, a.address},
                                      {u"is_default"_qs, a.isDefault}});
        if (!hlc)
            return fail(hlc.error());
        auto q =
            conn.query("INSERT INTO customer_addresses(id, customer_id, label, address, is_default, hlc) "
                       "VALUES(?, ?, ?, ?, ?, ?)");
        q.bindAll(id, c.id, a.label, a.address.trimmed(), a.isDefault, *hlc);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    for (const CustomerContact& p : c.contacts) {
        const Id id = p.id.isNull() ? Id::create() : p.id;
        auto hlc = ChangeLog::record(m_db, conn, actor.userId, u"customer_contacts", id, ChangeOp::Insert,
                                     {{u"customer_id"_qs, c.id.toString()},
                                      {u"name"_qs, p.name},
                                      {u"role"_qs, p.role},
                                      {u"email"_qs, p.email},
                                      {u"phone"_qs, p.phone}});
        if (!hlc)
            return fail(hlc.error());
        auto q = conn.query("INSERT INTO customer_contacts(id, customer_id, name, role, email, phone, hlc) "
                            "VALUES(?, ?, ?, ?, ?, ?, ?)");
        q.bindAll(id, c.id, p.name.trimmed(), p.role, p.email.trimmed(), p.phone.trimmed(), *hlc);
        if (auto ok = q.run(); !ok)
            return ok;
    }
    return {};
}

Result<void> CustomerService::update(const Actor& actor, const Customer& changed)
{
    if (auto ok = require(actor, Permission::ManageCustomers); !ok)
        return ok;
    if (auto ok = check(changed); !ok)
        return ok;
    auto before = customer(actor, changed.id);
    if (!before)
        return fail(before.error());
    // The price list decides what the customer pays.
    if (changed.priceListId != before->priceListId) {
        if (auto ok = require(actor, Permission::EditPrices); !ok)
            return ok;
    }
    Customer c = changed;
    c.name = c.name.trimmed();
    c.email = c.email.trimmed();
    c.phone = c.phone.trimmed();
    const qint64 now = m_db.clock().nowMs();
    if (c.marketingConsent && !before->marketingConsent)
        c.consentAt = now;
    if (!c.marketingConsent)
        c.consentAt.reset();
    Connection& conn = m_db.connection();
    WriteTransaction tx(conn);
    if (tx.beginError())
        return fail(*tx.beginError());
    auto hlc =
        ChangeLog::record(m_db, conn, actor.userId, u"customers", c.id, ChangeOp::Update, payloadOf(c));
    if (!hlc)
        return fail(hlc.error());
    auto q = conn.query(
        "UPDATE customers SET kind = ?, name = ?, email = ?, phone = ?, email_key = ?, phone_key = ?, "
        "legal_name = ?, tax_id = ?, tax_reason_code = ?, legal_address = ?, bank_details = ?, "
        "payment_terms_days = ?, credit_limit = ?, marketing_consent = ?, consent_at = ?, notes = ?, tags = "
        "?, "
        "search_text = ?, archived = ?, hlc = ?, updated_at = ?, price_list_id = ? WHERE id = ?");
    q.bindAll(OrderKinds::customerKindCode(c.kind), c.name, c.email, c.phone, emailKey(c.email),
              phoneKey(c.phone), c.legalName, c.taxId, c.taxReasonCode, c.legalAddress, c.bankDetails,
              c.paymentTermsDays, c.creditLimit, c.marketingConsent, c.consentAt, c.notes, c.tags.join(u','),
              searchTextOf(c), c.archived, *hlc, now, c.priceListId, c.id);
    if (auto ok = q.run(); !ok)
        return ok;
    if (auto ok = writeChildren(conn, actor, c); !ok)
        return ok;
    if (auto ok = AuditLog::record(conn, actor, now, u"customer.update", u"customer", c.id, c.name,
                                   payloadOf(*before), payloadOf(c));
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT customersChanged();
    return {};
}

Result<void> CustomerService::setArchived(const Actor& actor, const Id& id, bool archived)
{
    auto c = customer(actor, id);
    if (!c)
        return fail(c.error());
    c->archived = archived;
    return update(actor, *c);
}

Result<Customer> CustomerService::customer(const Actor& actor, const Id& id)
{
    Q_UNUSED(actor);
    Connection& conn = m_db.connection();
    auto q =
        conn.query(QByteArray("SELECT " + CustomerColumns.toByteArray() + " FROM customers WHERE id = ?"));
    q.bind(id);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The customer does not exist."));
    Customer c = readCustomer(q);
    q.reset();
    auto a = conn.query("SELECT id, label, address, is_default FROM customer_addresses WHERE customer_id = ? "
                        "ORDER BY local_id");
    a.bind(id);
    if (auto ok = a.forEachRow([&] {
            c.addresses.append(CustomerAddress{a.id(0), a.text(1), a.text(2), a.int64(3) != 0});
        });
        !ok)
        return fail(ok.error());
    auto p = conn.query("SELECT id, name, role, email, phone FROM customer_contacts WHERE customer_id = ? "
                        "ORDER BY local_id");
    p.bind(id);
    if (auto ok = p.forEachRow([&] {
            c.contacts.append(CustomerContact{p.id(0), p.text(1), p.text(2), p.text(3), p.text(4)});
        });
        !ok)
        return fail(ok.error());
    return c;
}

Result<QList<CustomerListRow>> CustomerService::list(const Actor& actor, const CustomerFilter& filter)
{
    Q_UNUSED(actor);
    const QStringList terms = SearchText::terms(filter.text);
    QByteArray sql = "SELECT c.local_id, c.id, c.kind, c.name, c.email, c.phone, c.tags, c.archived, "
                     "(SELECT COUNT(*) FROM sales_orders o WHERE o.customer_id = c.id "
                     "  AND o.status NOT IN ('draft', 'cancelled')), "
                     "(SELECT MAX(ordered_at) FROM sales_orders o WHERE o.customer_id = c.id "
                     "  AND o.status NOT IN ('draft', 'cancelled')) "
                     "FROM customers c WHERE (?1 OR c.archived = 0) AND (?2 = '' OR c.kind = ?2)";
    for (qsizetype i = 0; i < terms.size(); ++i)
        sql += " AND instr(c.search_text, ?" + QByteArray::number(i + 3) + ") > 0";
    auto q = m_db.connection().query(sql);
    q.bindAll(filter.includeArchived, filter.kind ? OrderKinds::customerKindCode(*filter.kind) : QString());
    for (const QString& t : terms)
        q.bind(t);
    QList<CustomerListRow> rows;
    if (auto ok = q.forEachRow([&] {
            CustomerListRow r;
            r.localId = q.int64(0);
            r.id = q.id(1);
            r.kind = q.text(2) == u"company" ? CustomerKind::Company : CustomerKind::Person;
            r.name = q.text(3);
            r.email = q.text(4);
            r.phone = q.text(5);
            r.tags = q.text(6).split(u',', Qt::SkipEmptyParts);
            r.archived = q.int64(7) != 0;
            r.orders = int(q.int64(8));
            r.lastOrderAt = q.optInt64(9);
            rows.append(std::move(r));
        });
        !ok)
        return fail(ok.error());
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(), [&](const CustomerListRow& a, const CustomerListRow& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    if (filter.limit > 0 && rows.size() > filter.limit)
        rows.resize(filter.limit);
    return rows;
}

Result<int> CustomerService::count(const Actor& actor)
{
    Q_UNUSED(actor);
    auto q = m_db.connection().query("SELECT COUNT(*) FROM customers WHERE archived = 0");
    auto n = q.scalarInt();
    if (!n)
        return fail(n.error());
    return int(n->value_or(0));
}

Result<CustomerStats> CustomerService::stats(const Actor& actor, const Id& customerId)
{
    Q_UNUSED(actor);
    Connection& conn = m_db.connection();
    ReadTransaction snapshot(conn);
    CustomerStats s;
    // Order totals in the shop currency: total x the order's rate, rounded half-up per order.
    auto q = conn.query("SELECT COUNT(*), COALESCE(SUM((total * rate_e6 + 500000) / 1000000), 0), "
                        "MIN(ordered_at), MAX(ordered_at) FROM sales_orders WHERE customer_id = ? "
                        "AND status NOT IN ('draft', 'cancelled')");
    q.bind(customerId);
    auto row = q.next();
    if (!row)
        return fail(row.error());
    s.orders = int(q.int64(0));
    s.lifetimeValue = q.int64(1);
    s.firstOrderAt = q.optInt64(2);
    s.lastOrderAt = q.optInt64(3);
    q.reset();
    s.averageOrderValue = s.orders > 0 ? (s.lifetimeValue + s.orders / 2) / s.orders : 0;
    auto units = conn.query("SELECT COALESCE(SUM(l.shipped), 0), COALESCE(SUM(l.returned), 0) "
                            "FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id "
                            "WHERE o.customer_id = ?");
    units.bind(customerId);
    if (auto r = units.next(); !r)
        return fail(r.error());
    s.unitsShipped = Quantity::fromMilli(units.int64(0));
    s.unitsReturned = Quantity::fromMilli(units.int64(1));
    units.reset();
    if (s.unitsShipped.milli() > 0)
        s.returnRateBp =
            int((s.unitsReturned.milli() * 10000 + s.unitsShipped.milli() / 2) / s.unitsShipped.milli());
    auto returns = conn.query("SELECT COUNT(*) FROM returns WHERE customer_id = ? AND status <> 'cancelled'");
    returns.bind(customerId);
    auto n = returns.scalarInt();
    if (!n)
        return fail(n.error());
    s.returns = int(n->value_or(0));
    return s;
}

} // namespace kontor

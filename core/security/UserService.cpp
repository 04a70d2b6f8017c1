#include "UserService.h"

#include "AuditLog.h"
#include "common/CodeTable.h"
#include "storage/ChangeLog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kontor {

namespace {

constexpr std::pair<Role, QStringView> RoleCodes[] = {
    {Role::Owner, u"owner"},
    {Role::Manager, u"manager"},
    {Role::Support, u"support"},
    {Role::Warehouse, u"warehouse"},
};

QJsonObject json(const User& u)
{
    return {{u"name"_qs, u.name},
            {u"role"_qs, UserService::roleCode(u.role)},
            {u"email"_qs, u.email},
            {u"active"_qs, u.active}};
}

} // namespace

QString User::displayName() const
{
    if (name.isEmpty() && role == Role::Owner)
        return QCoreApplication::translate("kontor::Actor", "Owner");
    return name;
}

UserService::UserService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

QString UserService::roleCode(Role role)
{
    return CodeTable::codeOf<Role>(RoleCodes, role);
}

std::optional<Role> UserService::roleFromCode(QStringView code)
{
    return CodeTable::valueOf<Role>(RoleCodes, code);
}

QString UserService::roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return tr("Owner");
    case Role::Manager:
        return tr("Manager");
    case Role::Support:
        return tr("Support");
    case Role::Warehouse:
        return tr("Warehouse");
    }
    return {};
}

Result<QList<User>> UserService::list(const Actor& actor, bool includeInactive)
{
    Q_UNUSED(actor); // who works here is no secret: tickets are assigned by name
    auto q = m_db.connection().query("SELECT id, name, role, email, active FROM users WHERE active = 1 OR ?1 "
                                     "ORDER BY active DESC, role <> 'owner', name COLLATE NOCASE");
    q.bind(includeInactive);
    QList<User> users;
    if (auto ok = q.forEachRow([&] {
            users.append(User{q.id(0), q.text(1), roleFromCode(q.text(2)).value_or(Role::Support), q.text(3),
                              q.int64(4) != 0});
        });
        !ok)
        return fail(ok.error());
    return users;
}

Result<User> UserService::user(const Actor& actor, const Id& userId)
{
    auto all = list(actor, true);
    if (!all)
        return fail(all.error());
    for (const User& u : *all) {
        if (u.id == userId)
            return u;
    }
    return fail(ErrorCode::NotFound, tr("No such user."));
}

Result<User> UserService::save(const Actor& actor, const User& input)
{
    if (auto ok = require(actor, Permission::ManageUsers); !ok)
        return fail(ok.error());
    User u = input;
    u.name = u.name.trimmed();
    u.email = u.email.trimmed();
    const bool insert = u.id.isNull();
    if (u.name.isEmpty() && !(u.id == Actor::ownerId()))
        return fail(ErrorCode::Invalid, tr("The user needs a name."), u"name"_qs);
    if (u.id == Actor::ownerId() && (u.role != Role::Owner || !u.active))
        return fail(ErrorCode::Invalid, tr("The shop owner stays the owner and stays active."), u"role"_qs);
    if (insert && u.role == Role::Owner)
        return fail(ErrorCode::Invalid, tr("A shop has one owner; choose another role."), u"role"_qs);
    Connection& c = m_db.connection();
    WriteTransaction tx(c);
    if (tx.beginError())
        return fail(*tx.beginError());
    if (!u.name.isEmpty()) {
        // Compared here: SQLite folds the case of Latin letters only.
        auto same = c.query("SELECT name FROM users WHERE id IS NOT ?");
        same.bind(u.id);
        bool taken = false;
        if (auto ok =
                same.forEachRow([&] { taken |= same.text(0).compare(u.name, Qt::CaseInsensitive) == 0; });
            !ok)
            return fail(ok.error());
        if (taken)
            return fail(ErrorCode::Invalid, tr("There is already a user called %1.").arg(u.name), u"name"_qs);
    }
    QJsonObject before;
    if (!insert) {
        auto was = user(actor, u.id);
        if (!was)
            return fail(was.error());
        before = json(*was);
    } else {
        u.id = Id::create();
    }
    auto hlc = ChangeLog::record(m_db, c, actor.userId, u"users", u.id,
                                 insert ? ChangeOp::Insert : ChangeOp::Update, json(u));
    if (!hlc)
        return fail(hlc.error());
    const qint64 now = m_db.clock().nowMs();
    auto q =
        c.query("INSERT INTO users(id, name, role, email, active, hlc, created_at, updated_at) "
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) ON CONFLICT(id) DO UPDATE SET name = ?2, role = ?3, "
                "email = ?4, active = ?5, hlc = ?6, updated_at = ?7");
    q.bindAll(u.id, u.name, roleCode(u.role), u.email, u.active, *hlc, now);
    if (auto ok = q.run(); !ok)
        return fail(ok.error());
    if (auto ok = AuditLog::record(c, actor, now, insert ? u"user.create" : u"user.update", u"users", u.id,
                                   u.displayName(), before, json(u));
        !ok)
        return fail(ok.error());
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    Q_EMIT usersChanged();
    return u;
}

Result<User> UserService::setActive(const Actor& actor, const Id& userId, bool active)
{
    auto u = user(actor, userId);
    if (!u)
        return u;
    if (userId == Actor::ownerId() && !active)
        return fail(ErrorCode::Invalid, tr("The shop owner cannot be deactivated."), u"active"_qs);
    User changed = *u;
    changed.active = active;
    return save(actor, changed);
}

} // namespace kontor

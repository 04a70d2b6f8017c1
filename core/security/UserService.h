#pragma once

// UserService: the people who use Kontor in this shop — their names, roles and whether they are
// still active. Support tickets are assigned to them; "my tickets" are the acting user's. The owner
// (Actor::ownerId()) always exists and cannot be deactivated. Logins and passwords come with the
// security work; until then the desktop acts as the owner.
//
// Reading needs nothing; changes need ManageUsers and are audited.

#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

namespace kontor {

struct User
{
    Id id;
    QString name; // the owner's may be empty: displayName() names it
    Role role = Role::Support;
    QString email;
    bool active = true;

    QString displayName() const;
};

class UserService : public QObject
{
    Q_OBJECT

public:
    explicit UserService(Database& db, QObject* parent = nullptr);

    static QString roleCode(Role role);
    static std::optional<Role> roleFromCode(QStringView code);
    static QString roleName(Role role);

    // Active users first, each group by name.
    Result<QList<User>> list(const Actor& actor, bool includeInactive = false);
    Result<User> user(const Actor& actor, const Id& userId);
    // Inserts (empty id) or updates. Names are unique among users (case-insensitive).
    Result<User> save(const Actor& actor, const User& user);
    // Refused for the owner.
    Result<User> setActive(const Actor& actor, const Id& userId, bool active);

Q_SIGNALS:
    void usersChanged();

private:
    Database& m_db;
};

} // namespace kontor

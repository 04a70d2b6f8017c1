#pragma once

// CustomerService: the shop's customers (people and companies with their B2B terms), their
// addresses and contact people, duplicate detection by email and phone, and the history figures
// of the customer card.

#include "Order.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QObject>

namespace kontor {

struct CustomerListRow
{
    qint64 localId = 0;
    Id id;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    QString email;
    QString phone;
    QStringList tags;
    int orders = 0;
    std::optional<qint64> lastOrderAt;
    bool archived = false;
};

struct CustomerFilter
{
    QString text; // name, email, phone, tax id
    bool includeArchived = false;
    std::optional<CustomerKind> kind;
    int limit = 0; // 0: all
};

class CustomerService : public QObject
{
    Q_OBJECT

public:
    explicit CustomerService(Database& db, QObject* parent = nullptr);

    // Refused with ErrorCode::Conflict when another customer has the same email or phone, unless
    // `allowDuplicate` (the user looked at the duplicates and wants a second record anyway).
    Result<Customer> create(const Actor& actor, const Customer& draft, bool allowDuplicate = false);
    Result<void> update(const Actor& actor, const Customer& customer);
    Result<void> setArchived(const Actor& actor, const Id& id, bool archived);

    Result<Customer> customer(const Actor& actor, const Id& id);
    // Customers with the same email (case-insensitive) or phone (last 10 digits), other than `exceptId`.
    Result<QList<Customer>> findDuplicates(const Actor& actor, const QString& email, const QString& phone,
                                           const Id& exceptId = {});
    // Sorted by name in the user's language.
    Result<QList<CustomerListRow>> list(const Actor& actor, const CustomerFilter& filter = {});
    Result<int> count(const Actor& actor);
    Result<CustomerStats> stats(const Actor& actor, const Id& customerId);

    // "+7 (912) 345-67-89" -> "9123456789": the last 10 digits, how duplicates are matched.
    static QString phoneKey(QStringView phone);

Q_SIGNALS:
    void customersChanged();

private:
    Result<void> check(const Customer& c) const;
    Result<void> writeChildren(Connection& c, const Actor& actor, const Customer& customer);

    Database& m_db;
};

} // namespace kontor

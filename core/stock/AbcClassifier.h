#pragma once

// AbcClassifier: the ABC class of every product by its share of revenue (DOMAIN.md): products
// sorted by revenue, A = the top 80 %, B = the next 15 %, C = the last 5 %; products that sold
// nothing are C. Cycle counts use it to count A items often and C items rarely.
//
// Until sales orders exist, revenue is the shipped units (shipment movements, net of their
// reversals) over the period times the product's list price.
//
// The product that crosses a boundary belongs to the higher class: a product is A when the
// products that sold more than it make less than 80 % of the revenue, B when they make less than
// 95 %. So the best seller is always A, whatever its share.

#include "security/Actor.h"
#include "storage/Database.h"

#include <QHash>

namespace kontor {

enum class AbcClass
{
    A,
    B,
    C
};

class AbcClassifier
{
public:
    static constexpr int DefaultDays = 365;
    static constexpr int APercent = 80;  // cumulative share closing class A
    static constexpr int ABPercent = 95; // cumulative share closing class B

    explicit AbcClassifier(Database& db);

    // Revenue per product (minor units) over the `days` days before `asOf` (UTC ms); products
    // without sales are absent.
    Result<QHash<Id, qint64>> revenue(const Actor& actor, qint64 asOf, int days = DefaultDays);
    // The class of every product that can hold stock (not deleted, not a kit).
    Result<QHash<Id, AbcClass>> classify(const Actor& actor, qint64 asOf, int days = DefaultDays);

    // The classes of `products` given their revenue (missing or zero revenue: C). Ties are broken
    // by product id, so the result does not depend on the order of the input.
    static QHash<Id, AbcClass> classify(const QList<Id>& products, const QHash<Id, qint64>& revenue);
    static QString className(AbcClass abc);

private:
    Database& m_db;
};

} // namespace kontor

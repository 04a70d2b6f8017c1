#pragma once

// Catalog value types: Product, Category, units. Plain data; ProductService owns the rules.

#include "Barcode.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace kontor {

enum class Unit
{
    Piece,
    Kilogram,
    Metre,
    Litre
};

namespace Units {
QString code(Unit unit); // "pcs", "kg", "m", "l": the stored and exported form
std::optional<Unit>
    fromText(QStringView);      // accepts codes and common Russian/English names ("шт", "кг", "pcs")
QString displayName(Unit unit); // translated short name ("шт.")
} // namespace Units

enum class ProductField : quint32
{
    Sku = 1u << 0,
    Name = 1u << 1,
    Description = 1u << 2,
    Category = 1u << 3,
    Unit = 1u << 4,
    ListPrice = 1u << 5,
    Cost = 1u << 6,
    VatRate = 1u << 7,
    Weight = 1u << 8,
    Parent = 1u << 9,
    Attributes = 1u << 10,
    Barcodes = 1u << 11,
    Archived = 1u << 12,
    SalePrice = 1u << 13,
};
Q_DECLARE_FLAGS(ProductFields, ProductField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ProductFields)
constexpr ProductFields AllProductFields = ProductFields::fromInt(0x3FFF);

struct Product
{
    Id id;
    qint64 localId = 0;
    QString sku;
    QString name;
    QString description;
    Id categoryId;
    Unit unit = Unit::Piece;
    Money listPrice;
    std::optional<Money> salePrice; // a temporary lower selling price, if any
    std::optional<Money> cost;      // unknown, or hidden from an actor who may not view costs
    bool costHidden = false;        // true when the actor may not see the cost
    std::optional<int> vatRateBp;   // basis points (2000 = 20 %); nullopt: not subject to VAT
    std::optional<qint64> weightGrams;
    Id parentId;                                   // set on a variant: the product it is a colour/size of
    QList<std::pair<QString, QString>> attributes; // variant attributes, e.g. {"Colour", "Red"}
    QList<Barcode> barcodes;
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isVariant() const { return !parentId.isNull(); }
};

struct Category
{
    Id id;
    Id parentId;
    QString name;
};

// Filters for product lists.
struct ProductFilter
{
    QString search; // name, SKU, barcode substring; empty = all
    Id categoryId;  // including its sub-categories; null = all
    bool includeArchived = false;
    bool onlyArchived = false;
};

// A light row for list views and search results: enough to sort and to show the first columns.
struct ProductListEntry
{
    qint64 localId = 0;
    Id id;
    QString sku;
    QString name;
    int rank = 0; // search relevance, 0 = exact SKU or barcode, larger = weaker
};

} // namespace kontor

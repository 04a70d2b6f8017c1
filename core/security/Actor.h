#pragma once

// Actor: who is calling a core service. Every command and every read takes one, so permissions
// and the audit log are enforced in core for the GUI, the CLI and imports alike. The single-user
// default is the owner, who may do everything.

#include "common/Id.h"
#include "common/Result.h"

#include <QFlags>
#include <QString>

namespace kontor {

enum class Permission : quint32
{
    ViewCosts = 1u << 0,   // purchase prices, cost, margins
    EditCatalog = 1u << 1, // create and change products and categories
    EditPrices = 1u << 2,  // change list prices and costs
    ImportData = 1u << 3,
    ExportData = 1u << 4,
    ManageSettings = 1u << 5,
    ManageUsers = 1u << 6,
    MoveStock = 1u << 7,       // receive, ship, transfer, adjust and reverse stock
    PostCounts = 1u << 8,      // count stock and post counts
    ManageOrders = 1u << 9,    // create, edit, confirm and cancel sales orders; record payments
    FulfilOrders = 1u << 10,   // pick, pack and ship orders; record delivery
    ManageReturns = 1u << 11,  // open and receive returns
    Refund = 1u << 12,         // refund money to customers
    OverridePrices = 1u << 13, // sell at a price other than the catalog's
    ManageCustomers = 1u << 14,
    ManageSuppliers = 1u << 15, // suppliers, contracts and their terms, supplier claims
    ManagePurchases = 1u << 16, // create, send and cancel purchase orders (receiving is MoveStock)
    HandleTickets = 1u << 17,   // work on support tickets, canned responses and help articles
    ViewAuditLog = 1u << 18,    // read who changed what (the audit log)
};
Q_DECLARE_FLAGS(Permissions, Permission)
Q_DECLARE_OPERATORS_FOR_FLAGS(Permissions)

enum class Role
{
    Owner,
    Manager,
    Support,
    Warehouse
};

struct Actor
{
    Id userId;
    QString name;
    Role role = Role::Owner;
    Permissions permissions;

    bool can(Permission p) const { return permissions.testFlag(p); }

    // The single-user default: the shop owner, with every permission, as the user ownerId().
    static Actor owner();
    // The owner's user id, the same in every database (users/owner).
    static Id ownerId();
    // A user with a built-in role's default permissions (the full role editor comes later).
    static Actor withRole(Role role, QString name = {}, Id userId = {});
    static Permissions defaultPermissions(Role role);
    static QString permissionName(Permission p);
};

// Ok when the actor holds the permission; otherwise a translated PermissionDenied error.
[[nodiscard]] Result<void> require(const Actor& actor, Permission permission);

} // namespace kontor

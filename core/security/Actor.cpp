#include "Actor.h"

#include <QCoreApplication>

namespace kontor {

Permissions Actor::defaultPermissions(Role role)
{
    switch (role) {
    case Role::Owner:
        return Permissions::fromInt(0xFFFFFFFFu);
    case Role::Manager:
        return Permission::ViewCosts | Permission::EditCatalog | Permission::EditPrices |
               Permission::ImportData | Permission::ExportData | Permission::MoveStock |
               Permission::PostCounts | Permission::ManageOrders | Permission::FulfilOrders |
               Permission::ManageReturns | Permission::Refund | Permission::OverridePrices |
               Permission::ManageCustomers | Permission::ManageSuppliers | Permission::ManagePurchases |
               Permission::HandleTickets;
    case Role::Support:
        return Permission::ExportData | Permission::ManageOrders | Permission::ManageReturns |
               Permission::ManageCustomers | Permission::HandleTickets;
    case Role::Warehouse:
        return Permission::MoveStock | Permission::PostCounts | Permission::FulfilOrders |
               Permission::ManageReturns;
    }
    return {};
}

Actor Actor::owner()
{
    return withRole(Role::Owner, QCoreApplication::translate("kontor::Actor", "Owner"), ownerId());
}

Id Actor::ownerId()
{
    static const Id id = Id::fromKey(u"users/owner");
    return id;
}

Actor Actor::withRole(Role role, QString name, Id userId)
{
    return Actor{std::move(userId), std::move(name), role, defaultPermissions(role)};
}

QString Actor::permissionName(Permission p)
{
    switch (p) {
    case Permission::ViewCosts:
        return QCoreApplication::translate("kontor::Actor", "view purchase prices and costs");
    case Permission::EditCatalog:
        return QCoreApplication::translate("kontor::Actor", "edit the catalog");
    case Permission::EditPrices:
        return QCoreApplication::translate("kontor::Actor", "change prices");
    case Permission::ImportData:
        return QCoreApplication::translate("kontor::Actor", "import data");
    case Permission::ExportData:
        return QCoreApplication::translate("kontor::Actor", "export data");
    case Permission::ManageSettings:
        return QCoreApplication::translate("kontor::Actor", "change settings");
    case Permission::ManageUsers:
        return QCoreApplication::translate("kontor::Actor", "manage users");
    case Permission::MoveStock:
        return QCoreApplication::translate("kontor::Actor", "move stock");
    case Permission::PostCounts:
        return QCoreApplication::translate("kontor::Actor", "count stock");
    case Permission::ManageOrders:
        return QCoreApplication::translate("kontor::Actor", "manage sales orders");
    case Permission::FulfilOrders:
        return QCoreApplication::translate("kontor::Actor", "pick, pack and ship orders");
    case Permission::ManageReturns:
        return QCoreApplication::translate("kontor::Actor", "handle returns");
    case Permission::Refund:
        return QCoreApplication::translate("kontor::Actor", "refund customers");
    case Permission::OverridePrices:
        return QCoreApplication::translate("kontor::Actor", "change the price on an order");
    case Permission::ManageCustomers:
        return QCoreApplication::translate("kontor::Actor", "manage customers");
    case Permission::ManageSuppliers:
        return QCoreApplication::translate("kontor::Actor", "manage suppliers and contracts");
    case Permission::ManagePurchases:
        return QCoreApplication::translate("kontor::Actor", "manage purchase orders");
    case Permission::HandleTickets:
        return QCoreApplication::translate("kontor::Actor", "work on support tickets");
    case Permission::ViewAuditLog:
        return QCoreApplication::translate("kontor::Actor", "view the audit log");
    }
    return {};
}

Result<void> require(const Actor& actor, Permission permission)
{
    if (actor.can(permission))
        return {};
    return fail(ErrorCode::PermissionDenied,
                QCoreApplication::translate("kontor::Actor", "%1 may not %2.")
                    .arg(actor.name.isEmpty() ? QCoreApplication::translate("kontor::Actor", "This user")
                                              : actor.name,
                         Actor::permissionName(permission)));
}

} // namespace kontor

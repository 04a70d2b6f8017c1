#include "Stock.h"

#include <QCoreApplication>

namespace kontor::StockKinds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::StockKinds", text);
}

constexpr std::pair<MovementKind, QStringView> MovementCodes[] = {
    {MovementKind::Receipt, u"receipt"},
    {MovementKind::Shipment, u"shipment"},
    {MovementKind::Transfer, u"transfer"},
    {MovementKind::Adjustment, u"adjustment"},
    {MovementKind::CustomerReturn, u"customer_return"},
    {MovementKind::SupplierReturn, u"supplier_return"},
};

constexpr std::pair<LocationKind, QStringView> LocationCodes[] = {
    {LocationKind::Storage, u"storage"}, {LocationKind::Packing, u"packing"},
    {LocationKind::Transit, u"transit"}, {LocationKind::Quarantine, u"quarantine"},
    {LocationKind::Fbo, u"fbo"},
};

} // namespace

QString movementKindCode(MovementKind kind)
{
    for (const auto& [k, code] : MovementCodes) {
        if (k == kind)
            return code.toString();
    }
    return {};
}

std::optional<MovementKind> movementKindFromCode(QStringView code)
{
    for (const auto& [k, c] : MovementCodes) {
        if (c == code)
            return k;
    }
    return std::nullopt;
}

QString movementKindName(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Receipt:
        return tr("Receipt");
    case MovementKind::Shipment:
        return tr("Shipment");
    case MovementKind::Transfer:
        return tr("Transfer");
    case MovementKind::Adjustment:
        return tr("Adjustment");
    case MovementKind::CustomerReturn:
        return tr("Customer return");
    case MovementKind::SupplierReturn:
        return tr("Return to supplier");
    }
    return {};
}

QString reasonName(QStringView reasonCode)
{
    using namespace MovementReasons;
    if (reasonCode == Damage)
        return tr("Damage");
    if (reasonCode == Loss)
        return tr("Loss");
    if (reasonCode == Found)
        return tr("Found");
    if (reasonCode == WriteOff)
        return tr("Write-off");
    if (reasonCode == Opening)
        return tr("Opening stock");
    if (reasonCode == Correction)
        return tr("Correction");
    if (reasonCode == Pick)
        return tr("Picked for packing");
    if (reasonCode == Dispatch)
        return tr("Dispatched (in transit)");
    if (reasonCode == Arrival)
        return tr("Arrived from transit");
    if (reasonCode == Reversal)
        return tr("Reversal");
    if (reasonCode == PutBack)
        return tr("Put back from packing");
    if (reasonCode == NotCollected)
        return tr("Not collected by the customer");
    if (reasonCode == Refused)
        return tr("Refused by the customer");
    if (reasonCode == Returned)
        return tr("Customer return");
    if (reasonCode == Purchase)
        return tr("Purchase order");
    if (reasonCode == Defective)
        return tr("Defective on arrival");
    if (reasonCode == Missorted)
        return tr("Mis-sort on arrival");
    return reasonCode.toString();
}

QString locationKindCode(LocationKind kind)
{
    for (const auto& [k, code] : LocationCodes) {
        if (k == kind)
            return code.toString();
    }
    return {};
}

std::optional<LocationKind> locationKindFromCode(QStringView code)
{
    for (const auto& [k, c] : LocationCodes) {
        if (c == code)
            return k;
    }
    return std::nullopt;
}

QString locationKindName(LocationKind kind)
{
    switch (kind) {
    case LocationKind::Storage:
        return tr("Storage");
    case LocationKind::Packing:
        return tr("Packing");
    case LocationKind::Transit:
        return tr("In transit");
    case LocationKind::Quarantine:
        return tr("Quarantine");
    case LocationKind::Fbo:
        return tr("Marketplace (FBO)");
    }
    return {};
}

} // namespace kontor::StockKinds

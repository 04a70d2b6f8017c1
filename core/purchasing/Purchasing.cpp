#include "Purchasing.h"

#include "SupplierSla.h"
#include "common/CodeTable.h"

#include <QCoreApplication>

namespace kontor {

const ContractPrice* Contract::priceOf(const Id& productId) const
{
    for (const ContractPrice& p : prices) {
        if (p.productId == productId)
            return &p;
    }
    return nullptr;
}

int Contract::discountFor(qint64 value) const
{
    int best = 0;
    qint64 reached = 0;
    for (const VolumeDiscount& d : discounts) {
        if (value >= d.minValue && d.minValue >= reached) {
            reached = d.minValue;
            best = d.discountBp;
        }
    }
    return best;
}

qint64 PoLine::value() const
{
    return SupplierSla::valueOf(quantity, unitPrice);
}

Quantity PoLine::outstanding() const
{
    const Quantity left = quantity - accepted - defective;
    return left.milli() > 0 ? left : Quantity();
}

qint64 PurchaseOrder::subtotal() const
{
    qint64 sum = 0;
    for (const PoLine& l : lines)
        sum += l.value();
    return sum;
}

qint64 PurchaseOrder::discount() const
{
    return SupplierSla::shareOf(subtotal(), discountBp);
}

namespace PurchasingKinds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::PurchasingKinds", text);
}

using CodeTable::codeOf;
using CodeTable::valueOf;

constexpr std::pair<ContractStatus, QStringView> ContractStatusCodes[] = {
    {ContractStatus::Draft, u"draft"},
    {ContractStatus::Active, u"active"},
    {ContractStatus::Terminated, u"terminated"},
};

constexpr std::pair<PoStatus, QStringView> PoStatusCodes[] = {
    {PoStatus::Draft, u"draft"},         {PoStatus::Sent, u"sent"},
    {PoStatus::Confirmed, u"confirmed"}, {PoStatus::PartiallyReceived, u"partially_received"},
    {PoStatus::Received, u"received"},   {PoStatus::Closed, u"closed"},
    {PoStatus::Cancelled, u"cancelled"},
};

constexpr std::pair<ClaimStatus, QStringView> ClaimStatusCodes[] = {
    {ClaimStatus::Open, u"open"}, {ClaimStatus::Sent, u"sent"},         {ClaimStatus::Accepted, u"accepted"},
    {ClaimStatus::Paid, u"paid"}, {ClaimStatus::Rejected, u"rejected"},
};

constexpr std::pair<ClaimReason, QStringView> ClaimReasonCodes[] = {
    {ClaimReason::Defect, u"defect"},
    {ClaimReason::Missort, u"missort"},
    {ClaimReason::Shortage, u"shortage"},
    {ClaimReason::Late, u"late"},
};

constexpr std::pair<PenaltyKind, QStringView> PenaltyKindCodes[] = {
    {PenaltyKind::None, u"none"},
    {PenaltyKind::PerUnit, u"per_unit"},
    {PenaltyKind::Percent, u"percent"},
};

} // namespace

QString modelName(SupplierModel m)
{
    switch (m) {
    case SupplierModel::OwnStock:
        return tr("Own stock");
    case SupplierModel::Dropship:
        return tr("Dropshipping");
    case SupplierModel::MarketplaceFbs:
        return tr("Marketplace FBS");
    case SupplierModel::MarketplaceFbo:
        return tr("Marketplace FBO");
    }
    return {};
}

QString contractStatusCode(ContractStatus s)
{
    return codeOf<ContractStatus>(ContractStatusCodes, s);
}

std::optional<ContractStatus> contractStatusFromCode(QStringView code)
{
    return valueOf<ContractStatus>(ContractStatusCodes, code);
}

QString contractStatusName(ContractStatus s)
{
    switch (s) {
    case ContractStatus::Draft:
        return tr("Draft");
    case ContractStatus::Active:
        return tr("Active");
    case ContractStatus::Terminated:
        return tr("Terminated");
    }
    return {};
}

QString poStatusCode(PoStatus s)
{
    return codeOf<PoStatus>(PoStatusCodes, s);
}

std::optional<PoStatus> poStatusFromCode(QStringView code)
{
    return valueOf<PoStatus>(PoStatusCodes, code);
}

QString poStatusName(PoStatus s)
{
    switch (s) {
    case PoStatus::Draft:
        return tr("Draft");
    case PoStatus::Sent:
        return tr("Sent");
    case PoStatus::Confirmed:
        return tr("Confirmed");
    case PoStatus::PartiallyReceived:
        return tr("Partially received");
    case PoStatus::Received:
        return tr("Received");
    case PoStatus::Closed:
        return tr("Closed");
    case PoStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString claimStatusCode(ClaimStatus s)
{
    return codeOf<ClaimStatus>(ClaimStatusCodes, s);
}

std::optional<ClaimStatus> claimStatusFromCode(QStringView code)
{
    return valueOf<ClaimStatus>(ClaimStatusCodes, code);
}

QString claimStatusName(ClaimStatus s)
{
    switch (s) {
    case ClaimStatus::Open:
        return tr("Open");
    case ClaimStatus::Sent:
        return tr("Sent");
    case ClaimStatus::Accepted:
        return tr("Accepted");
    case ClaimStatus::Paid:
        return tr("Paid");
    case ClaimStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString claimReasonCode(ClaimReason r)
{
    return codeOf<ClaimReason>(ClaimReasonCodes, r);
}

std::optional<ClaimReason> claimReasonFromCode(QStringView code)
{
    return valueOf<ClaimReason>(ClaimReasonCodes, code);
}

QString claimReasonName(ClaimReason r)
{
    switch (r) {
    case ClaimReason::Defect:
        return tr("Defect");
    case ClaimReason::Missort:
        return tr("Mis-sort");
    case ClaimReason::Shortage:
        return tr("Shortage");
    case ClaimReason::Late:
        return tr("Late delivery");
    }
    return {};
}

QString penaltyKindCode(PenaltyKind k)
{
    return codeOf<PenaltyKind>(PenaltyKindCodes, k);
}

std::optional<PenaltyKind> penaltyKindFromCode(QStringView code)
{
    return valueOf<PenaltyKind>(PenaltyKindCodes, code);
}

QString startEventName(StartEvent e)
{
    return e == StartEvent::Prepayment ? tr("prepayment") : tr("confirmation");
}

QString dateCode(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QDate dateFromCode(QStringView code)
{
    return code.isEmpty() ? QDate() : QDate::fromString(code.toString(), Qt::ISODate);
}

} // namespace PurchasingKinds

} // namespace kontor

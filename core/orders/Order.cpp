#include "Order.h"

#include "common/CodeTable.h"

#include <QCoreApplication>
#include <QUrl>

namespace kontor {

QString Customer::defaultAddress() const
{
    for (const CustomerAddress& a : addresses) {
        if (a.isDefault)
            return a.address;
    }
    return addresses.isEmpty() ? QString() : addresses.first().address;
}

int Order::waitingLines() const
{
    if (isFbo() || status == OrderStatus::Draft || status == OrderStatus::Cancelled)
        return 0;
    int n = 0;
    for (const OrderLine& l : lines) {
        if (!l.dropship && l.shipped < l.quantity && l.reserved + l.shipped < l.quantity)
            ++n;
    }
    return n;
}

QString Carrier::trackingLink(const QString& trackingNumber) const
{
    if (trackingUrl.isEmpty() || trackingNumber.isEmpty())
        return {};
    QString link = trackingUrl;
    return link.replace(u"{tracking}"_qs, QString::fromUtf8(QUrl::toPercentEncoding(trackingNumber)));
}

namespace OrderKinds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::OrderKinds", text);
}

using CodeTable::codeOf;
using CodeTable::valueOf;

constexpr std::pair<OrderStatus, QStringView> StatusCodes[] = {
    {OrderStatus::Draft, u"draft"},
    {OrderStatus::Confirmed, u"confirmed"},
    {OrderStatus::Picking, u"picking"},
    {OrderStatus::Packed, u"packed"},
    {OrderStatus::Shipped, u"shipped"},
    {OrderStatus::Delivered, u"delivered"},
    {OrderStatus::NotCollected, u"not_collected"},
    {OrderStatus::Refused, u"refused"},
    {OrderStatus::Cancelled, u"cancelled"},
};

constexpr std::pair<SalesChannel, QStringView> ChannelCodes[] = {
    {SalesChannel::Site, u"site"},
    {SalesChannel::MarketplaceFbs, u"marketplace_fbs"},
    {SalesChannel::MarketplaceFbo, u"marketplace_fbo"},
    {SalesChannel::Phone, u"phone"},
    {SalesChannel::Social, u"social"},
    {SalesChannel::InPerson, u"in_person"},
};

constexpr std::pair<PaymentStatus, QStringView> PaymentStatusCodes[] = {
    {PaymentStatus::Unpaid, u"unpaid"},
    {PaymentStatus::Partial, u"partial"},
    {PaymentStatus::Paid, u"paid"},
    {PaymentStatus::Refunded, u"refunded"},
};

constexpr std::pair<PaymentMethod, QStringView> PaymentMethodCodes[] = {
    {PaymentMethod::Card, u"card"},
    {PaymentMethod::CashOnDelivery, u"cash_on_delivery"},
    {PaymentMethod::Invoice, u"invoice"},
    {PaymentMethod::Cash, u"cash"},
};

constexpr std::pair<ReturnReason, QStringView> ReasonCodes[] = {
    {ReturnReason::Defect, u"defect"},
    {ReturnReason::WrongItem, u"wrong_item"},
    {ReturnReason::NotAsDescribed, u"not_as_described"},
    {ReturnReason::ChangedMind, u"changed_mind"},
    {ReturnReason::DamagedInDelivery, u"damaged_in_delivery"},
    {ReturnReason::LateDelivery, u"late_delivery"},
};

constexpr std::pair<ReturnDecision, QStringView> DecisionCodes[] = {
    {ReturnDecision::Restock, u"restock"},
    {ReturnDecision::Quarantine, u"quarantine"},
    {ReturnDecision::WriteOff, u"write_off"},
    {ReturnDecision::ToSupplier, u"to_supplier"},
};

constexpr std::pair<ReturnStatus, QStringView> ReturnStatusCodes[] = {
    {ReturnStatus::Open, u"open"},
    {ReturnStatus::Received, u"received"},
    {ReturnStatus::Closed, u"closed"},
    {ReturnStatus::Cancelled, u"cancelled"},
};

} // namespace

QString statusCode(OrderStatus s)
{
    return codeOf<OrderStatus>(StatusCodes, s);
}
std::optional<OrderStatus> statusFromCode(QStringView code)
{
    return valueOf<OrderStatus>(StatusCodes, code);
}

QString statusName(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Draft:
        return tr("Draft");
    case OrderStatus::Confirmed:
        return tr("Confirmed");
    case OrderStatus::Picking:
        return tr("Picking");
    case OrderStatus::Packed:
        return tr("Packed");
    case OrderStatus::Shipped:
        return tr("Shipped");
    case OrderStatus::Delivered:
        return tr("Delivered");
    case OrderStatus::NotCollected:
        return tr("Not collected");
    case OrderStatus::Refused:
        return tr("Refused");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString channelCode(SalesChannel c)
{
    return codeOf<SalesChannel>(ChannelCodes, c);
}
std::optional<SalesChannel> channelFromCode(QStringView code)
{
    return valueOf<SalesChannel>(ChannelCodes, code);
}

QString channelName(SalesChannel c)
{
    switch (c) {
    case SalesChannel::Site:
        return tr("Own site");
    case SalesChannel::MarketplaceFbs:
        return tr("Marketplace FBS");
    case SalesChannel::MarketplaceFbo:
        return tr("Marketplace FBO");
    case SalesChannel::Phone:
        return tr("Phone");
    case SalesChannel::Social:
        return tr("Social networks");
    case SalesChannel::InPerson:
        return tr("In person");
    }
    return {};
}

QString paymentStatusCode(PaymentStatus s)
{
    return codeOf<PaymentStatus>(PaymentStatusCodes, s);
}
std::optional<PaymentStatus> paymentStatusFromCode(QStringView code)
{
    return valueOf<PaymentStatus>(PaymentStatusCodes, code);
}

QString paymentStatusName(PaymentStatus s)
{
    switch (s) {
    case PaymentStatus::Unpaid:
        return tr("Unpaid");
    case PaymentStatus::Partial:
        return tr("Partially paid");
    case PaymentStatus::Paid:
        return tr("Paid");
    case PaymentStatus::Refunded:
        return tr("Refunded");
    }
    return {};
}

QString paymentMethodCode(PaymentMethod m)
{
    return codeOf<PaymentMethod>(PaymentMethodCodes, m);
}
std::optional<PaymentMethod> paymentMethodFromCode(QStringView code)
{
    return valueOf<PaymentMethod>(PaymentMethodCodes, code);
}

QString paymentMethodName(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Card:
        return tr("Card");
    case PaymentMethod::CashOnDelivery:
        return tr("Cash on delivery");
    case PaymentMethod::Invoice:
        return tr("Invoice");
    case PaymentMethod::Cash:
        return tr("Cash");
    }
    return {};
}

QString returnReasonCode(ReturnReason r)
{
    return codeOf<ReturnReason>(ReasonCodes, r);
}
std::optional<ReturnReason> returnReasonFromCode(QStringView code)
{
    return valueOf<ReturnReason>(ReasonCodes, code);
}

QString returnReasonName(ReturnReason r)
{
    switch (r) {
    case ReturnReason::Defect:
        return tr("Defect");
    case ReturnReason::WrongItem:
        return tr("Wrong item (mis-sort)");
    case ReturnReason::NotAsDescribed:
        return tr("Not as described");
    case ReturnReason::ChangedMind:
        return tr("Changed mind");
    case ReturnReason::DamagedInDelivery:
        return tr("Damaged in delivery");
    case ReturnReason::LateDelivery:
        return tr("Late delivery");
    }
    return {};
}

QString returnDecisionCode(ReturnDecision d)
{
    return codeOf<ReturnDecision>(DecisionCodes, d);
}
std::optional<ReturnDecision> returnDecisionFromCode(QStringView code)
{
    return valueOf<ReturnDecision>(DecisionCodes, code);
}

QString returnDecisionName(ReturnDecision d)
{
    switch (d) {
    case ReturnDecision::Restock:
        return tr("Back to stock");
    case ReturnDecision::Quarantine:
        return tr("To quarantine");
    case ReturnDecision::WriteOff:
        return tr("Write off");
    case ReturnDecision::ToSupplier:
        return tr("Back to the supplier");
    }
    return {};
}

QString returnStatusCode(ReturnStatus s)
{
    return codeOf<ReturnStatus>(ReturnStatusCodes, s);
}
std::optional<ReturnStatus> returnStatusFromCode(QStringView code)
{
    return valueOf<ReturnStatus>(ReturnStatusCodes, code);
}

QString returnStatusName(ReturnStatus s)
{
    switch (s) {
    case ReturnStatus::Open:
        return tr("Open");
    case ReturnStatus::Received:
        return tr("Received");
    case ReturnStatus::Closed:
        return tr("Closed");
    case ReturnStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString customerKindCode(CustomerKind k)
{
    return k == CustomerKind::Company ? u"company"_qs : u"person"_qs;
}

QString customerKindName(CustomerKind k)
{
    return k == CustomerKind::Company ? tr("Company") : tr("Person");
}

} // namespace OrderKinds
} // namespace kontor

#include "Support.h"

#include "common/CodeTable.h"

#include <QCoreApplication>

namespace kontor {

std::optional<int> SlaPolicy::minutesFor(SlaTarget target) const
{
    switch (target) {
    case SlaTarget::FirstResponse:
        return firstResponseMinutes;
    case SlaTarget::NextResponse:
        return nextResponseMinutes;
    case SlaTarget::Resolution:
        return resolutionMinutes;
    }
    return std::nullopt;
}

namespace SupportKinds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kontor::SupportKinds", text);
}

using CodeTable::codeOf;
using CodeTable::valueOf;

constexpr std::pair<TicketStatus, QStringView> StatusCodes[] = {
    {TicketStatus::New, u"new"},
    {TicketStatus::Open, u"open"},
    {TicketStatus::WaitingCustomer, u"waiting_customer"},
    {TicketStatus::WaitingThirdParty, u"waiting_third_party"},
    {TicketStatus::Resolved, u"resolved"},
    {TicketStatus::Closed, u"closed"},
    {TicketStatus::Reopened, u"reopened"},
};

constexpr std::pair<TicketPriority, QStringView> PriorityCodes[] = {
    {TicketPriority::Low, u"low"},
    {TicketPriority::Normal, u"normal"},
    {TicketPriority::High, u"high"},
    {TicketPriority::Urgent, u"urgent"},
};

constexpr std::pair<TicketChannel, QStringView> ChannelCodes[] = {
    {TicketChannel::Email, u"email"},      {TicketChannel::Phone, u"phone"},
    {TicketChannel::Chat, u"chat"},        {TicketChannel::Messenger, u"messenger"},
    {TicketChannel::Social, u"social"},    {TicketChannel::Marketplace, u"marketplace"},
    {TicketChannel::WebForm, u"web_form"},
};

constexpr std::pair<TicketCategory, QStringView> CategoryCodes[] = {
    {TicketCategory::Delivery, u"delivery"},   {TicketCategory::Return, u"return"},
    {TicketCategory::Payment, u"payment"},     {TicketCategory::ProductQuestion, u"product_question"},
    {TicketCategory::Complaint, u"complaint"}, {TicketCategory::Other, u"other"},
};

constexpr std::pair<MessageKind, QStringView> MessageKindCodes[] = {
    {MessageKind::FromCustomer, u"customer"},
    {MessageKind::Reply, u"reply"},
    {MessageKind::Note, u"note"},
};

constexpr std::pair<SlaTarget, QStringView> TargetCodes[] = {
    {SlaTarget::FirstResponse, u"first_response"},
    {SlaTarget::NextResponse, u"next_response"},
    {SlaTarget::Resolution, u"resolution"},
};

constexpr std::pair<SlaPolicy::Escalate, QStringView> EscalateCodes[] = {
    {SlaPolicy::Escalate::Never, u"never"},
    {SlaPolicy::Escalate::AtWarning, u"warning"},
    {SlaPolicy::Escalate::AtBreach, u"breach"},
};

template <typename E, std::size_t N>
QList<E> valuesOf(const std::pair<E, QStringView> (&codes)[N])
{
    QList<E> values;
    for (const auto& [v, code] : codes)
        values.append(v);
    return values;
}

} // namespace

QString statusCode(TicketStatus s)
{
    return codeOf<TicketStatus>(StatusCodes, s);
}

std::optional<TicketStatus> statusFromCode(QStringView code)
{
    return valueOf<TicketStatus>(StatusCodes, code);
}

QString statusName(TicketStatus s)
{
    switch (s) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::WaitingCustomer:
        return tr("Waiting for customer");
    case TicketStatus::WaitingThirdParty:
        return tr("Waiting for third party");
    case TicketStatus::Resolved:
        return tr("Resolved");
    case TicketStatus::Closed:
        return tr("Closed");
    case TicketStatus::Reopened:
        return tr("Reopened");
    }
    return {};
}

QString priorityCode(TicketPriority p)
{
    return codeOf<TicketPriority>(PriorityCodes, p);
}

std::optional<TicketPriority> priorityFromCode(QStringView code)
{
    return valueOf<TicketPriority>(PriorityCodes, code);
}

QString priorityName(TicketPriority p)
{
    switch (p) {
    case TicketPriority::Low:
        return tr("Low");
    case TicketPriority::Normal:
        return tr("Normal");
    case TicketPriority::High:
        return tr("High");
    case TicketPriority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString channelCode(TicketChannel c)
{
    return codeOf<TicketChannel>(ChannelCodes, c);
}

std::optional<TicketChannel> channelFromCode(QStringView code)
{
    return valueOf<TicketChannel>(ChannelCodes, code);
}

QString channelName(TicketChannel c)
{
    switch (c) {
    case TicketChannel::Email:
        return tr("Email");
    case TicketChannel::Phone:
        return tr("Phone");
    case TicketChannel::Chat:
        return tr("Chat");
    case TicketChannel::Messenger:
        return tr("Messenger");
    case TicketChannel::Social:
        return tr("Social network");
    case TicketChannel::Marketplace:
        return tr("Marketplace");
    case TicketChannel::WebForm:
        return tr("Web form");
    }
    return {};
}

QString categoryCode(TicketCategory c)
{
    return codeOf<TicketCategory>(CategoryCodes, c);
}

std::optional<TicketCategory> categoryFromCode(QStringView code)
{
    return valueOf<TicketCategory>(CategoryCodes, code);
}

QString categoryName(TicketCategory c)
{
    switch (c) {
    case TicketCategory::Delivery:
        return tr("Delivery");
    case TicketCategory::Return:
        return tr("Return");
    case TicketCategory::Payment:
        return tr("Payment");
    case TicketCategory::ProductQuestion:
        return tr("Product question");
    case TicketCategory::Complaint:
        return tr("Complaint");
    case TicketCategory::Other:
        return tr("Other");
    }
    return {};
}

QString messageKindCode(MessageKind k)
{
    return codeOf<MessageKind>(MessageKindCodes, k);
}

std::optional<MessageKind> messageKindFromCode(QStringView code)
{
    return valueOf<MessageKind>(MessageKindCodes, code);
}

QString targetCode(SlaTarget t)
{
    return codeOf<SlaTarget>(TargetCodes, t);
}

std::optional<SlaTarget> targetFromCode(QStringView code)
{
    return valueOf<SlaTarget>(TargetCodes, code);
}

QString targetName(SlaTarget t)
{
    switch (t) {
    case SlaTarget::FirstResponse:
        return tr("First response");
    case SlaTarget::NextResponse:
        return tr("Next response");
    case SlaTarget::Resolution:
        return tr("Resolution");
    }
    return {};
}

QString stateName(SlaState s)
{
    switch (s) {
    case SlaState::None:
        return tr("No target");
    case SlaState::Ok:
        return tr("On track");
    case SlaState::Warning:
        return tr("Due soon");
    case SlaState::Breached:
        return tr("Overdue");
    case SlaState::Paused:
        return tr("Paused");
    case SlaState::Met:
        return tr("Met");
    case SlaState::Missed:
        return tr("Missed");
    }
    return {};
}

QString escalateCode(SlaPolicy::Escalate e)
{
    return codeOf<SlaPolicy::Escalate>(EscalateCodes, e);
}

std::optional<SlaPolicy::Escalate> escalateFromCode(QStringView code)
{
    return valueOf<SlaPolicy::Escalate>(EscalateCodes, code);
}

QString policyName(const SlaPolicy& p)
{
    if (!p.name.isEmpty())
        return p.name;
    if (p.code == u"standard")
        return tr("Standard");
    if (p.code == u"high")
        return tr("High priority");
    if (p.code == u"urgent")
        return tr("Urgent");
    return p.code;
}

QList<TicketStatus> allStatuses()
{
    return valuesOf(StatusCodes);
}

QList<TicketPriority> allPriorities()
{
    return valuesOf(PriorityCodes);
}

QList<TicketChannel> allChannels()
{
    return valuesOf(ChannelCodes);
}

QList<TicketCategory> allCategories()
{
    return valuesOf(CategoryCodes);
}

} // namespace SupportKinds

} // namespace kontor

#include "CountSession.h"

#include <QCoreApplication>

namespace kontor::CountKinds {

namespace {

constexpr std::pair<CountScope, QStringView> ScopeCodes[] = {
    {CountScope::Full, u"full"},   {CountScope::Location, u"location"}, {CountScope::Category, u"category"},
    {CountScope::Cycle, u"cycle"}, {CountScope::List, u"list"},
};

constexpr std::pair<CountStatus, QStringView> StatusCodes[] = {
    {CountStatus::Open, u"open"},
    {CountStatus::Review, u"review"},
    {CountStatus::Posted, u"posted"},
    {CountStatus::Cancelled, u"cancelled"},
};

} // namespace

QString scopeCode(CountScope scope)
{
    for (const auto& [s, code] : ScopeCodes) {
        if (s == scope)
            return code.toString();
    }
    return {};
}

std::optional<CountScope> scopeFromCode(QStringView code)
{
    for (const auto& [s, c] : ScopeCodes) {
        if (c == code)
            return s;
    }
    return std::nullopt;
}

QString scopeName(CountScope scope)
{
    switch (scope) {
    case CountScope::Full:
        return QCoreApplication::translate("kontor::CountKinds", "Full count");
    case CountScope::Location:
        return QCoreApplication::translate("kontor::CountKinds", "One location");
    case CountScope::Category:
        return QCoreApplication::translate("kontor::CountKinds", "Category");
    case CountScope::Cycle:
        return QCoreApplication::translate("kontor::CountKinds", "Cycle count");
    case CountScope::List:
        return QCoreApplication::translate("kontor::CountKinds", "Chosen products");
    }
    return {};
}

QString statusCode(CountStatus status)
{
    for (const auto& [s, code] : StatusCodes) {
        if (s == status)
            return code.toString();
    }
    return {};
}

std::optional<CountStatus> statusFromCode(QStringView code)
{
    for (const auto& [s, c] : StatusCodes) {
        if (c == code)
            return s;
    }
    return std::nullopt;
}

QString statusName(CountStatus status)
{
    switch (status) {
    case CountStatus::Open:
        return QCoreApplication::translate("kontor::CountKinds", "Counting");
    case CountStatus::Review:
        return QCoreApplication::translate("kontor::CountKinds", "In review");
    case CountStatus::Posted:
        return QCoreApplication::translate("kontor::CountKinds", "Posted");
    case CountStatus::Cancelled:
        return QCoreApplication::translate("kontor::CountKinds", "Cancelled");
    }
    return {};
}

} // namespace kontor::CountKinds

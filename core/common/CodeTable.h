#pragma once

// CodeTable: the stored code of an enum value ("partially_received") and back, from one constexpr
// table of {value, code} pairs per enum, so a code is written in exactly one place.

#include <QString>

#include <optional>
#include <span>
#include <utility>

namespace kontor::CodeTable {

template <typename E>
QString codeOf(std::span<const std::pair<E, QStringView>> codes, E value)
{
    for (const auto& [v, code] : codes) {
        if (v == value)
            return code.toString();
    }
    return {};
}

template <typename E>
std::optional<E> valueOf(std::span<const std::pair<E, QStringView>> codes, QStringView code)
{
    for (const auto& [v, c] : codes) {
        if (c == code)
            return v;
    }
    return std::nullopt;
}

} // namespace kontor::CodeTable

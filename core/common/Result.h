#pragma once

// Result<T>: the return type of every fallible core call. An Error carries a translated message
// for the user plus where it happened (file, line, field), so a bad import row can say exactly
// what is wrong and where. No exceptions cross the event loop.

#include <QString>

#include <expected>

namespace kontor {

enum class ErrorCode
{
    Invalid,  // bad input from a user or a file
    NotFound, // the record does not exist (or is hidden from this actor)
    Conflict, // unique key taken, concurrent change, illegal state transition
    PermissionDenied,
    Storage, // the database failed
    NotKontorDatabase,
    NewerSchema,
    Corrupt,
    Io,
    Cancelled,
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message; // translated, complete sentence
    QString field;   // column or field name, if any
    QString file;    // source file, if any
    int line = 0;    // 1-based line in file, 0 if none

    // One line a user can read: "products.csv, line 12, Price: not a number".
    QString toString() const;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString field = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(field), {}, 0});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

} // namespace kontor

#pragma once

// must(): the value of a Result a test cannot go on without; a failure stops the test program
// with the error's message (for set-up steps, not for the behaviour under test).

#include "common/Result.h"

#include <QtGlobal>

namespace kontor::test {

template <typename T>
T must(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return std::move(*result);
}

inline void must(const Result<void>& result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
}

} // namespace kontor::test

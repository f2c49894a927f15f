#pragma once

#include "core/Error.h"

#include <expected>

namespace steward {

// Every fallible operation returns a Result: the value, or an Error with a message a person can act on.
template<typename T>
using Result = std::expected<T, Error>;

// For operations that produce nothing but may fail.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return std::unexpected<Error>(Error{code, std::move(message), std::move(detail)});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace steward

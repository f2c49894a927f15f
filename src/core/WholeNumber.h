#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <optional>

namespace steward {

// `value` without its fraction when that fits in Int; nullopt for NaN, an infinity or a value out of Int's range.
// A plain cast is undefined behaviour there (x86 gives INT64_MIN), and JSON numbers arrive as doubles.
template<std::signed_integral Int>
std::optional<Int> truncateInto(double value)
{
    // -min() is a power of two, so both bounds are exact doubles and the comparisons exact.
    constexpr double lowest = static_cast<double>(std::numeric_limits<Int>::min());
    if (!std::isfinite(value))
        return std::nullopt;
    const double whole = std::trunc(value);
    if (whole < lowest || whole >= -lowest)
        return std::nullopt;
    return static_cast<Int>(whole);
}

} // namespace steward

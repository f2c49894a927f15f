#pragma once

#include "registry/HttpHeaders.h"

#include <QString>

namespace steward::registry {

// Docker Hub's pull quota as the registry reports it (`ratelimit-limit: 100;w=21600`). No headers: no limit applies.
struct RateLimit
{
    bool limited = false;   // false: the registry sent no rate-limit headers, so none applies
    int limit = -1;         // pulls per window
    int remaining = -1;     // pulls left in this window
    int windowSeconds = -1; // from "w="; never assumed
    QString source;         // docker-ratelimit-source: the IP or account being counted

    bool operator==(const RateLimit &) const = default;
};

// One value of the form "N" or "N;w=SECONDS" (other parameters ignored). False when malformed.
bool parseRateLimitValue(QByteArrayView value, int *count, int *windowSeconds);

// Reads ratelimit-limit/-remaining (falling back to the x-ratelimit-* variants) and docker-ratelimit-source.
RateLimit parseRateLimit(const HeaderList &headers);

} // namespace steward::registry

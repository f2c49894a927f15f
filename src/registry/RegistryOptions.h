#pragma once

#include <QString>

namespace steward::registry {

// How to talk to one registry. TLS with verification is the default; everything weaker is an explicit choice.
struct RegistryOptions
{
    QString caFile;               // extra CA certificates (PEM) trusted for this registry
    bool insecure = false;        // explicit: skip TLS verification and allow plain HTTP
    bool plainHttp = false;       // explicit: speak plain HTTP to this registry without trying HTTPS first
                                  // (loopback registries fall back to HTTP by themselves when HTTPS fails)
    bool preferOAuthPost = false; // send logins to the token realm as an OAuth2 POST (falls back to GET on 404)
    int timeoutMs = 30000;        // no byte for this long: the transfer fails
    int maxConnections = 6;       // concurrent requests per registry host (Qt keeps these connections alive)
    int maxRateLimitRetries = 3;  // 429s retried before we give up and report
    int maxRetryAfterMs = 60000;  // a Retry-After longer than this is reported, not waited for
    int maxAuthRetries = 2;       // 401s answered per request before we stop (no loop)
};

} // namespace steward::registry

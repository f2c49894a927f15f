#pragma once

#include "core/Result.h"
#include "pull/Scenario.h"
#include "registry/RateLimit.h"
#include "registry/RegistryTypes.h"
#include "store/Records.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace steward::registry {
class RegistryClient;
}

namespace steward::workflow {

// Where the limits shown for a registry come from.
enum class LimitOrigin
{
    None,              // no limit known: a private registry, or one that sent no rate-limit headers
    DocumentedDefault, // Docker Hub's documented 100 (anonymous) / 200 (free account) pulls per 6 h
    Learned,           // the registry's own ratelimit-* headers, seen by a connection test
    SetByHand,         // the profile's catalog (the registry's rate_limit_policy)
};

// One registry as the quota desk lists it: its login (the user name, never the secret) and its limits.
struct RegistryLimits
{
    QString registry; // host[:port]
    QString username; // empty: anonymous
    LimitOrigin origin = LimitOrigin::None;
    std::optional<pull::RateLimitPolicy> anonymous;     // per egress address
    std::optional<pull::RateLimitPolicy> authenticated; // per account
    std::optional<registry::RateLimit> learned;         // the last headers seen, with whose quota they counted

    bool operator==(const RegistryLimits &) const = default;
};

// Every registry the profile has a record of or the fleet pulls from, sorted by host, with the limits that apply
// (learned headers beat a hand-set policy, which beats Docker Hub's documented defaults).
QList<RegistryLimits> registryLimits(const QList<store::RegistryRecord> &records, const QStringList &fleetRegistries,
                                     const QHash<QString, registry::RateLimit> &learned);

// The limits as the pull model takes them (DeploymentScenarioOptions::registries).
pull::RegistrySpec registrySpec(const RegistryLimits &limits);

// The limits that replace the simulated fleet's own (SimulatedFleet::setRegistryLimits), by host: those set by hand
// or learned from a registry's headers. A documented default or no known limit leaves the fleet's options as they
// are (they may name a limit of their own, or Docker Hub's documented one).
QHash<QString, pull::RegistrySpec> fleetLimitOverrides(const QList<RegistryLimits> &limits);

// The reference a HEAD-only quota check asks about: Docker Hub's own ratelimitpreview/test, otherwise the first of
// `references` (what the deployment pulls) on that registry; empty when there is none.
QString quotaProbeReference(const QString &registry, const QStringList &references);

// What "Test connection" found: the registry answers (ping), and, when a reference could be asked about, its quota
// from a manifest HEAD (a HEAD is never counted as a pull).
struct ConnectionCheck
{
    registry::PingResult ping;
    QString probed;                // the reference the HEAD asked about; empty: none was made
    registry::RateLimit rateLimit; // limited == false: the registry reported no limit
    QString headError;             // the HEAD failed (the ping worked): the registry's own message
};

// Pings `registry` and HEADs `probeReference` (skipped when empty) through `client`, with the client's logins.
// Continues on the client's thread; the client must outlive the future.
QFuture<Result<ConnectionCheck>> checkRegistryConnection(const std::shared_ptr<registry::RegistryClient> &client,
                                                         const QString &registry, const QString &probeReference);

} // namespace steward::workflow

#pragma once

#include "core/Result.h"
#include "pull/Scenario.h"
#include "store/Records.h"

#include <QFuture>
#include <QString>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace steward::store {
class CatalogWorker;
} // namespace steward::store

namespace steward::workflow {

// How the profile talks to one registry, apart from its login: a CA to trust (a private registry's own), an explicit
// "insecure" (plain HTTP or unverified TLS, for a host that is not loopback), and a pull limit set by hand for a
// registry whose limits are known but not announced in headers (a mirror, a paid plan). The window and stewardctl
// apply them to every request to that host (ProfileLogins::registryOptions); the quota model counts the limit
// (registryLimits).
struct RegistrySettings
{
    QString registry; // host[:port] as store::registryHostKey() writes it
    QString caFile;   // absolute path of a PEM file; empty: the system's CAs only
    bool insecure = false;
    std::optional<pull::RateLimitPolicy> pullLimit; // pulls per window; none: documented default or learned
    bool limitPerAccount = false;                   // the limit counts per login (else per client address)
};

// The settings a catalog row holds; a row's hand-set limit is kept only when it is complete.
RegistrySettings registrySettingsOf(const store::RegistryRecord &record);

// Checks what a person typed and gives it back normalised: the host key, the CA file made absolute and read (it must
// hold a PEM certificate), a limit of 0 or more pulls per 1 s to 366 days. Each refusal names the field and the fix.
Result<RegistrySettings> checkRegistrySettings(const RegistrySettings &settings);

// Writes checked settings in one transaction, keeping the row's login, with an audit line "registry.settings"
// (before → after) by `actor`. Creates the registry's row when the profile has none.
Status writeRegistrySettings(QSqlDatabase &db, const RegistrySettings &checked, const QString &actor);

// The settings the profile keeps for `registry` (any spelling registryHostKey() understands); defaults when none.
Result<RegistrySettings> readRegistrySettings(QSqlDatabase &db, const QString &registry);

// checkRegistrySettings, then writeRegistrySettings, both on the catalog's thread (the CA file is read there, not on
// the caller's): continue with then(context, ...) to be back on the caller's.
QFuture<Status> saveRegistrySettings(const std::shared_ptr<store::CatalogWorker> &catalog,
                                     const RegistrySettings &settings, const QString &actor);

} // namespace steward::workflow

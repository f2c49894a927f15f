#pragma once

#include "core/Result.h"
#include "store/Catalog.h"
#include "store/CredentialStore.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace steward::store {

// A registry login as the profile keeps it: user name in the catalog, secret in the credential store.
struct StoredLogin
{
    QString registry; // normalised host[:port]
    QString username;
    QString secret; // never logged or written anywhere but the credential store
};

// Saves a login: the secret goes to `credentials` under credentialKey(Registry, host, user) first; only when that
// succeeded does the catalog record host, user and the key (never the secret), with an audit line `how` names
// ("stewardctl", "docker-config", "gui"). A previous login of another user for the same registry is removed, and
// the future finishes only once that removal has; if it failed, the result is that failure (the new login is stored
// all the same, and the message says so and names the entry to delete).
// The future finishes on the calling thread (keychain jobs need its event loop); catalog work uses its connection, so
// these are for a catalog of the calling thread (stewardctl); the GUI uses workflow/RegistryLoginChanges.h.
QFuture<Status> saveRegistryLogin(const std::shared_ptr<Catalog> &catalog,
                                  const std::shared_ptr<CredentialStore> &credentials, const QString &registry,
                                  const QString &username, const QString &secret, const QString &how);

// The login for `registry` (any spelling registryHostKey() understands), or std::nullopt when the profile has none
// or the credential store lost its secret. For registry clients: resolve before a command runs.
QFuture<Result<std::optional<StoredLogin>>> storedLoginFor(const std::shared_ptr<Catalog> &catalog,
                                                           const std::shared_ptr<CredentialStore> &credentials,
                                                           const QString &registry);

// Forgets a login: removes the secret, clears user and key in the catalog, appends an audit line. NotFound when the
// profile has no login for `registry`.
QFuture<Status> removeRegistryLogin(const std::shared_ptr<Catalog> &catalog,
                                    const std::shared_ptr<CredentialStore> &credentials, const QString &registry);

} // namespace steward::store

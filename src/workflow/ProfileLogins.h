#pragma once

#include "core/Result.h"
#include "registry/CredentialProvider.h"
#include "registry/RegistryOptions.h"

#include <QFuture>
#include <QHash>
#include <QReadWriteLock>
#include <QStringList>

#include <atomic>
#include <memory>

class QObject;

namespace steward::store {
class CatalogWorker;
class CredentialStore;
} // namespace steward::store

namespace steward::workflow {

// The profile's stored registry logins as a credential source for registry clients: user names and TLS options from
// the catalog, secrets from the credential store (the keychain), held in memory only, never logged or written. Filled
// and refreshed by reloadProfileLogins() (after a login is saved or removed); until the first reload it has none.
//
// Thread-safe: clients on any thread ask it while the GUI thread reloads it; a reload replaces the whole set at once.
class ProfileLogins final : public registry::CredentialProvider
{
public:
    ProfileLogins() = default;
    ~ProfileLogins() override;
    ProfileLogins(const ProfileLogins &) = delete;
    ProfileLogins &operator=(const ProfileLogins &) = delete;

    // `registry` in any spelling store::registryHostKey() understands ("docker.io", "127.0.0.1:5000").
    std::optional<registry::Credential> credentialFor(const QString &registry) const override;
    // Each registry's TLS options as the profile keeps them (its CA file, an explicit "insecure"), by host.
    QHash<QString, registry::RegistryOptions> registryOptions() const;
    // The hosts with a login, sorted.
    QStringList registries() const;

    // For reloadProfileLogins: a ticket for the next reload, and the set it read. A set older than the newest
    // ticket is dropped, so that the last reload started wins.
    quint64 beginReload() { return ++m_newest; }
    void replace(quint64 ticket, QHash<QString, registry::Credential> logins,
                 QHash<QString, registry::RegistryOptions> options);

private:
    mutable QReadWriteLock m_lock; // guards the two hashes
    QHash<QString, registry::Credential> m_logins;
    QHash<QString, registry::RegistryOptions> m_options;
    std::atomic<quint64> m_newest{0};
    quint64 m_applied = 0;
};

// Reads every login of the profile (records on the catalog's thread, secrets from `credentials` on `context`'s
// thread, whose event loop keychain jobs need) into `logins`. A secret the keychain lost is no login; any other
// keychain failure is the result (the logins read are kept all the same). Never blocks the calling thread.
QFuture<Status> reloadProfileLogins(std::shared_ptr<ProfileLogins> logins,
                                    const std::shared_ptr<store::CatalogWorker> &catalog,
                                    std::shared_ptr<store::CredentialStore> credentials, QObject *context);

} // namespace steward::workflow

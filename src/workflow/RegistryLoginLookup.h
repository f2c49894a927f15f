#pragma once

#include "core/Result.h"
#include "store/Records.h"
#include "store/RegistryLogins.h"

#include <QFuture>

#include <memory>
#include <optional>

class QObject;

namespace steward::store {
class CatalogWorker;
class CredentialStore;
} // namespace steward::store

namespace steward::workflow {

// The registries the profile has a login for (user name set), by host: what a form offers to choose from. Read on
// the catalog's thread.
QFuture<Result<QList<store::RegistryRecord>>> registryLogins(const std::shared_ptr<store::CatalogWorker> &catalog);

// store::storedLoginFor without touching the database on the caller's thread: the record is read on the catalog's
// thread, the secret from `credentials` on `context`'s (keychain jobs need its event loop). std::nullopt when the
// profile has no login for `registry` or the keychain lost its secret.
QFuture<Result<std::optional<store::StoredLogin>>>
storedLogin(const std::shared_ptr<store::CatalogWorker> &catalog,
            const std::shared_ptr<store::CredentialStore> &credentials, const QString &registry, QObject *context);

} // namespace steward::workflow

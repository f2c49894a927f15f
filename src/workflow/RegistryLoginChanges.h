#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QString>

#include <memory>

class QObject;

namespace steward::store {
class CatalogWorker;
class CredentialStore;
} // namespace steward::store

namespace steward::workflow {

// store::saveRegistryLogin and store::removeRegistryLogin without touching the database on the caller's thread (the
// GUI's): the catalog's part runs on the catalog's thread, the keychain jobs on `context`'s (QtKeychain's jobs need
// its event loop), and the future finishes there. Same checks, rows, audit lines and messages as the store's
// (store/RegistryLoginSteps.h). The storedLogin() of RegistryLoginLookup.h is the read.

// Saves a login: the secret first, then the catalog's record; a replaced user's secret is removed before the future
// finishes.
QFuture<Status> saveRegistryLogin(const std::shared_ptr<store::CatalogWorker> &catalog,
                                  const std::shared_ptr<store::CredentialStore> &credentials, const QString &registry,
                                  const QString &username, const QString &secret, const QString &how, QObject *context);

// Forgets a login: the secret, then user and key in the catalog. NotFound when the profile has none for `registry`.
QFuture<Status> removeRegistryLogin(const std::shared_ptr<store::CatalogWorker> &catalog,
                                    const std::shared_ptr<store::CredentialStore> &credentials, const QString &registry,
                                    QObject *context);

} // namespace steward::workflow

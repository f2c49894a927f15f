#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace steward::store {

// The steps of saving and forgetting a registry login (RegistryLogins.h), each either pure or one piece of catalog
// work, so that a caller can run the catalog's part wherever the catalog lives: on the calling thread (stewardctl) or
// on the catalog's own thread (the GUI, workflow/RegistryLoginChanges.h) — the same checks, rows and messages.

// What a login is filed under: the registry's host key and the keychain key of its secret.
struct LoginKey
{
    QString host;
    QString key;
};

// Checks a login before anything is stored: a registry host, a user name, a secret that is not empty.
Result<LoginKey> registryLoginKey(const QString &registry, const QString &username, const QString &secret);

// Records `username` and `key` for `host` with an audit line `how` names; returns the user it replaced (empty:
// none). Run it inside a write transaction.
Result<QString> recordRegistryLogin(QSqlDatabase &db, const LoginKey &login, const QString &username,
                                    const QString &how);

// The keychain key of `previousUser`'s secret once `login` replaced it; empty when nothing is left to remove.
QString replacedSecretKey(const LoginKey &login, const QString &previousUser);

// The keychain refused the secret: its words, and that nothing was stored.
Error secretNotStored(const Error &writeFailure);

// The login is stored, but the previous user's secret stayed in the keychain: what to delete, and where.
Error previousSecretLeft(const LoginKey &login, const QString &username, const QString &previousUser,
                         const QString &previousKey, const Error &removeFailure);

// The record of a login to forget, or NotFound (naming `stewardctl logins`) when `host` has none.
Result<RegistryRecord> loginToForget(const std::optional<RegistryRecord> &existing, const QString &host);

// Clears user and key of `record` (the login for `host`) and appends the audit line. Run it inside a write
// transaction.
Status forgetRegistryLogin(QSqlDatabase &db, const RegistryRecord &record, const QString &host);

} // namespace steward::store

#include "store/RegistryLogins.h"

#include "store/CatalogQueries.h"
#include "store/CredentialKey.h"
#include "store/RegistryLoginSteps.h"

#include <QPromise>

namespace steward::store {

namespace {

template<typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

Result<std::optional<RegistryRecord>> lookup(const Catalog &catalog, const QString &host)
{
    QSqlDatabase db = catalog.database();
    return findRegistry(db, host);
}

} // namespace

QFuture<Status> saveRegistryLogin(const std::shared_ptr<Catalog> &catalog,
                                  const std::shared_ptr<CredentialStore> &credentials, const QString &registry,
                                  const QString &username, const QString &secret, const QString &how)
{
    Result<LoginKey> login = registryLoginKey(registry, username, secret);
    if (!login)
        return ready(Status(fail(login.error())));

    // Finished by hand rather than by the continuation's own future: a replaced user's secret is removed by a second
    // keychain job, and the login is done only when that job is (stewardctl exits as soon as the future finishes).
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QFuture<Status> done = promise->future();
    auto finish = [promise](Status outcome) {
        promise->addResult(std::move(outcome));
        promise->finish();
    };
    credentials->write(login->key, secret)
        .then(QtFuture::Launch::Sync, [catalog, credentials, login = *login, username, how, finish](Status written) {
            if (!written)
                return finish(fail(secretNotStored(written.error())));
            QString previousUser;
            Status recorded = catalog->transaction([&](QSqlDatabase &db) -> Status {
                Result<QString> replaced = recordRegistryLogin(db, login, username, how);
                if (!replaced)
                    return fail(replaced.error());
                previousUser = *replaced;
                return {};
            });
            const QString previousKey = recorded ? replacedSecretKey(login, previousUser) : QString();
            if (previousKey.isEmpty())
                return finish(recorded);
            // The old user's secret is no longer referenced and must not linger in the keychain.
            credentials->remove(previousKey)
                .then(QtFuture::Launch::Sync, [finish, login, username, previousUser, previousKey](Status removed) {
                    finish(removed
                               ? Status()
                               : fail(previousSecretLeft(login, username, previousUser, previousKey, removed.error())));
                });
        });
    return done;
}

QFuture<Result<std::optional<StoredLogin>>> storedLoginFor(const std::shared_ptr<Catalog> &catalog,
                                                           const std::shared_ptr<CredentialStore> &credentials,
                                                           const QString &registry)
{
    using Answer = Result<std::optional<StoredLogin>>;
    const QString host = registryHostKey(registry);
    Result<std::optional<RegistryRecord>> found = lookup(*catalog, host);
    if (!found)
        return ready(Answer(fail(found.error())));
    const std::optional<RegistryRecord> &record = *found;
    if (!record || record->username.isEmpty() || record->credentialRef.isEmpty())
        return ready(Answer(std::nullopt));
    const QString username = record->username;
    if (Status trusted = checkCredentialRef(CredentialKind::Registry, host, username, record->credentialRef); !trusted)
        return ready(Answer(fail(trusted.error())));
    return credentials->read(record->credentialRef)
        .then(QtFuture::Launch::Sync, [host, username](Result<std::optional<QString>> secret) -> Answer {
            if (!secret)
                return fail(secret.error());
            if (!secret->has_value())
                return std::optional<StoredLogin>();
            return std::optional<StoredLogin>(StoredLogin{host, username, **secret});
        });
}

QFuture<Status> removeRegistryLogin(const std::shared_ptr<Catalog> &catalog,
                                    const std::shared_ptr<CredentialStore> &credentials, const QString &registry)
{
    const QString host = registryHostKey(registry);
    Result<std::optional<RegistryRecord>> found = lookup(*catalog, host);
    if (!found)
        return ready(Status(fail(found.error())));
    Result<RegistryRecord> record = loginToForget(*found, host);
    if (!record)
        return ready(Status(fail(record.error())));
    // Only this login's own key is removed, whatever the row's reference names.
    Result<QString> key = credentialKey(CredentialKind::Registry, host, record->username);
    if (!key)
        return ready(Status(fail(key.error())));
    return credentials->remove(*key).then(QtFuture::Launch::Sync, [catalog, record = *record, host](Status done) {
        if (!done)
            return done;
        return catalog->transaction([&](QSqlDatabase &db) -> Status { return forgetRegistryLogin(db, record, host); });
    });
}

} // namespace steward::store

#include "store/RegistryLogins.h"

#include "store/CatalogQueries.h"
#include "store/CredentialKey.h"
#include "store/StoreText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPromise>

namespace steward::store {

namespace {

QString withFullStop(const QString &sentence)
{
    return sentence.endsWith(QLatin1Char('.')) ? sentence : sentence + QLatin1Char('.');
}

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
    const QString host = registryHostKey(registry);
    if (host.isEmpty())
        return ready(Status(
            fail(ErrorCode::InvalidInput, StoreText::tr("\"%1\" is not a registry host or URL.").arg(registry))));
    Result<QString> key = credentialKey(CredentialKind::Registry, host, username);
    if (!key)
        return ready(Status(fail(key.error())));
    if (secret.isEmpty())
        return ready(
            Status(fail(ErrorCode::InvalidInput, StoreText::tr("The password is empty; nothing was stored."))));

    // Finished by hand rather than by the continuation's own future: a replaced user's secret is removed by a second
    // keychain job, and the login is done only when that job is (stewardctl exits as soon as the future finishes).
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QFuture<Status> done = promise->future();
    auto finish = [promise](Status outcome) {
        promise->addResult(std::move(outcome));
        promise->finish();
    };
    credentials->write(*key, secret)
        .then(QtFuture::Launch::Sync, [catalog, credentials, host, username, key = *key, how, finish](Status written) {
            if (!written) {
                finish(fail(written.error().code,
                            written.error().message +
                                (written.error().message.endsWith(QLatin1Char('.')) ? QStringLiteral(" ")
                                                                                    : QStringLiteral(". ")) +
                                StoreText::tr("Nothing was stored."),
                            written.error().detail));
                return;
            }
            QString previousUser;
            QString previousKey;
            Status recorded = catalog->transaction([&](QSqlDatabase &db) -> Status {
                Result<std::optional<RegistryRecord>> existing = findRegistry(db, host);
                if (!existing)
                    return fail(existing.error());
                RegistryRecord record = existing->value_or(RegistryRecord{});
                const QJsonValue before = existing->has_value()
                                              ? QJsonValue(QJsonObject{{QStringLiteral("username"), record.username}})
                                              : QJsonValue();
                // The key is rebuilt from the recorded user, never taken from the row: a row could name any secret.
                previousUser = record.username;
                if (!record.username.isEmpty()) {
                    if (Result<QString> previous = credentialKey(CredentialKind::Registry, host, record.username))
                        previousKey = *previous;
                }
                record.url = host;
                if (host == QLatin1String("docker.io") && !existing->has_value())
                    record.kind = QStringLiteral("dockerhub");
                record.username = username;
                record.credentialRef = key;
                if (Result<qint64> id = upsertRegistry(db, record); !id)
                    return fail(id.error());
                return appendAudit(db,
                                   {0,
                                    {},
                                    currentActor(),
                                    QStringLiteral("registry.login"),
                                    host,
                                    before,
                                    QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("via"), how}}});
            });
            if (!recorded || previousKey.isEmpty() || previousKey == key) {
                finish(recorded);
                return;
            }
            // The old user's secret is no longer referenced and must not linger in the keychain.
            credentials->remove(previousKey)
                .then(QtFuture::Launch::Sync, [finish, host, username, previousUser, previousKey](Status removed) {
                    if (removed) {
                        finish({});
                        return;
                    }
                    finish(fail(
                        removed.error().code,
                        StoreText::tr("The login for %1 as %2 was stored, but the previous user %3's secret could not "
                                      "be removed from the keychain: %4 Delete the entry \"%5\" (service %6) with "
                                      "your keychain manager.")
                            .arg(host, username, previousUser, withFullStop(removed.error().message), previousKey,
                                 QString::fromUtf16(credentialService)),
                        removed.error().detail));
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
    const std::optional<RegistryRecord> &existing = *found;
    if (!existing || existing->username.isEmpty()) {
        return ready(
            Status(fail(ErrorCode::NotFound, StoreText::tr("Not logged in to %1; `stewardctl logins` lists the logins "
                                                           "of this profile.")
                                                 .arg(host))));
    }
    const RegistryRecord record = *existing;
    // Only this login's own key is removed, whatever the row's reference names.
    Result<QString> key = credentialKey(CredentialKind::Registry, host, record.username);
    if (!key)
        return ready(Status(fail(key.error())));
    QFuture<Status> removed = credentials->remove(*key);
    return removed.then(QtFuture::Launch::Sync, [catalog, record, host](Status done) {
        if (!done)
            return done;
        RegistryRecord cleared = record;
        cleared.username.clear();
        cleared.credentialRef.clear();
        return catalog->transaction([&](QSqlDatabase &db) -> Status {
            if (Result<qint64> id = upsertRegistry(db, cleared); !id)
                return fail(id.error());
            return appendAudit(db, {0,
                                    {},
                                    currentActor(),
                                    QStringLiteral("registry.logout"),
                                    host,
                                    QJsonObject{{QStringLiteral("username"), record.username}},
                                    QJsonValue()});
        });
    });
}

} // namespace steward::store

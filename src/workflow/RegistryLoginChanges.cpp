#include "workflow/RegistryLoginChanges.h"

#include "kasm/FutureChain.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/CredentialKey.h"
#include "store/CredentialStore.h"
#include "store/RegistryLoginSteps.h"
#include "workflow/WorkflowText.h"

namespace steward::workflow {

namespace {

using Chain = std::shared_ptr<kasm::FutureChain<Status>>;
// Steps hold the worker weakly: a step's callback may be destroyed on the catalog's thread, where the worker's last
// reference must never die (it would wait for its own thread).
using WeakCatalog = std::weak_ptr<store::CatalogWorker>;

Status catalogClosed()
{
    return fail(ErrorCode::NotFound, WorkflowText::tr("The catalog is not open."));
}

// The last step of a save: a replaced user's secret leaves the keychain.
void removeReplacedSecret(const Chain &chain, const std::shared_ptr<store::CredentialStore> &credentials,
                          const store::LoginKey &login, const QString &username, const QString &previousUser)
{
    const QString previousKey = store::replacedSecretKey(login, previousUser);
    if (previousKey.isEmpty())
        return chain->finish({});
    chain->await(
        credentials->remove(previousKey),
        [chain, login, username, previousUser, previousKey](Status removed) {
            chain->finish(
                removed ? Status()
                        : fail(store::previousSecretLeft(login, username, previousUser, previousKey, removed.error())));
        },
        chain);
}

} // namespace

QFuture<Status> saveRegistryLogin(const std::shared_ptr<store::CatalogWorker> &catalog,
                                  const std::shared_ptr<store::CredentialStore> &credentials, const QString &registry,
                                  const QString &username, const QString &secret, const QString &how, QObject *context)
{
    auto chain = kasm::makeChain<Status>(context);
    QFuture<Status> future = chain->future();
    Result<store::LoginKey> login = store::registryLoginKey(registry, username, secret);
    if (!login) {
        chain->finish(fail(login.error()));
        return future;
    }
    chain->await(
        credentials->write(login->key, secret),
        [chain, weak = WeakCatalog(catalog), credentials, login = *login, username, how](Status written) {
            if (!written)
                return chain->finish(fail(store::secretNotStored(written.error())));
            const std::shared_ptr<store::CatalogWorker> catalog = weak.lock();
            if (!catalog)
                return chain->finish(catalogClosed());
            chain->await(
                catalog->transact<QString>([login, username, how](QSqlDatabase &db) {
                    return store::recordRegistryLogin(db, login, username, how);
                }),
                [chain, credentials, login, username](Result<QString> previousUser) {
                    if (!previousUser)
                        return chain->finish(fail(previousUser.error()));
                    removeReplacedSecret(chain, credentials, login, username, *previousUser);
                },
                chain);
        },
        chain);
    return future;
}

QFuture<Status> removeRegistryLogin(const std::shared_ptr<store::CatalogWorker> &catalog,
                                    const std::shared_ptr<store::CredentialStore> &credentials, const QString &registry,
                                    QObject *context)
{
    auto chain = kasm::makeChain<Status>(context);
    QFuture<Status> future = chain->future();
    const QString host = store::registryHostKey(registry);
    chain->await(
        catalog->run<std::optional<store::RegistryRecord>>(
            [host](QSqlDatabase &db) { return store::findRegistry(db, host); }),
        [chain, weak = WeakCatalog(catalog), credentials, host](Result<std::optional<store::RegistryRecord>> found) {
            if (!found)
                return chain->finish(fail(found.error()));
            Result<store::RegistryRecord> record = store::loginToForget(*found, host);
            if (!record)
                return chain->finish(fail(record.error()));
            // Only this login's own key is removed, whatever the row's reference names.
            Result<QString> key = store::credentialKey(store::CredentialKind::Registry, host, record->username);
            if (!key)
                return chain->finish(fail(key.error()));
            chain->await(
                credentials->remove(*key),
                [chain, weak, record = *record, host](Status removed) {
                    if (!removed)
                        return chain->finish(removed);
                    const std::shared_ptr<store::CatalogWorker> catalog = weak.lock();
                    if (!catalog)
                        return chain->finish(catalogClosed());
                    chain->await(
                        catalog->write(
                            [record, host](QSqlDatabase &db) { return store::forgetRegistryLogin(db, record, host); }),
                        [chain](Status forgotten) { chain->finish(forgotten); }, chain);
                },
                chain);
        },
        chain);
    return future;
}

} // namespace steward::workflow

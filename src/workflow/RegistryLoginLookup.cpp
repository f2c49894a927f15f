#include "workflow/RegistryLoginLookup.h"

#include "kasm/FutureChain.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/CredentialKey.h"
#include "store/CredentialStore.h"

namespace steward::workflow {

QFuture<Result<QList<store::RegistryRecord>>> registryLogins(const std::shared_ptr<store::CatalogWorker> &catalog)
{
    return catalog->run<QList<store::RegistryRecord>>([](QSqlDatabase &db) -> Result<QList<store::RegistryRecord>> {
        Result<QList<store::RegistryRecord>> registries = store::listRegistries(db);
        if (!registries)
            return registries;
        QList<store::RegistryRecord> logins;
        for (const store::RegistryRecord &record : std::as_const(*registries)) {
            if (!record.username.isEmpty() && !record.credentialRef.isEmpty())
                logins << record;
        }
        return logins;
    });
}

QFuture<Result<std::optional<store::StoredLogin>>>
storedLogin(const std::shared_ptr<store::CatalogWorker> &catalog,
            const std::shared_ptr<store::CredentialStore> &credentials, const QString &registry, QObject *context)
{
    using Answer = Result<std::optional<store::StoredLogin>>;
    auto chain = kasm::makeChain<Answer>(context);
    QFuture<Answer> future = chain->future();
    const QString host = store::registryHostKey(registry);
    chain->await(
        catalog->run<std::optional<store::RegistryRecord>>(
            [host](QSqlDatabase &db) { return store::findRegistry(db, host); }),
        [chain, credentials, host](Result<std::optional<store::RegistryRecord>> record) {
            if (!record)
                return chain->finish(fail(record.error()));
            if (!record->has_value() || (*record)->username.isEmpty() || (*record)->credentialRef.isEmpty())
                return chain->finish(std::optional<store::StoredLogin>());
            const QString username = (*record)->username;
            if (Status trusted = store::checkCredentialRef(store::CredentialKind::Registry, host, username,
                                                           (*record)->credentialRef);
                !trusted)
                return chain->finish(fail(trusted.error()));
            chain->await(
                credentials->read((*record)->credentialRef),
                [chain, host, username](Result<std::optional<QString>> secret) {
                    if (!secret)
                        return chain->finish(fail(secret.error()));
                    if (!secret->has_value())
                        return chain->finish(std::optional<store::StoredLogin>());
                    chain->finish(std::optional<store::StoredLogin>(store::StoredLogin{host, username, **secret}));
                },
                chain);
        },
        chain);
    return future;
}

} // namespace steward::workflow

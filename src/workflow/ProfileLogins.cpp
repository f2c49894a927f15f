#include "workflow/ProfileLogins.h"

#include "kasm/FutureChain.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/CredentialKey.h"
#include "store/CredentialStore.h"

#include <QReadLocker>
#include <QWriteLocker>

namespace steward::workflow {

namespace {

// One reload in progress: the records still to read a secret for, and what was read so far.
struct Reload
{
    std::shared_ptr<ProfileLogins> logins;
    std::shared_ptr<store::CredentialStore> credentials;
    quint64 ticket = 0;
    QList<store::RegistryRecord> pending;
    QHash<QString, registry::Credential> read;
    QHash<QString, registry::RegistryOptions> options;
    std::optional<Error> firstError;
};

void readNext(const std::shared_ptr<Reload> &reload, const std::shared_ptr<kasm::FutureChain<Status>> &chain)
{
    if (reload->pending.isEmpty()) {
        reload->logins->replace(reload->ticket, reload->read, reload->options);
        const std::optional<Error> firstError = reload->firstError;
        return chain->finish(firstError ? Status(fail(*firstError)) : Status());
    }
    const store::RegistryRecord record = reload->pending.takeFirst();
    if (const Status trusted = store::checkCredentialRef(store::CredentialKind::Registry, record.url, record.username,
                                                         record.credentialRef);
        !trusted) {
        if (!reload->firstError)
            reload->firstError = trusted.error();
        return readNext(reload, chain);
    }
    chain->await(
        reload->credentials->read(record.credentialRef),
        [reload, chain, record](Result<std::optional<QString>> secret) {
            if (!secret && !reload->firstError)
                reload->firstError = secret.error();
            if (secret && secret->has_value())
                reload->read.insert(record.url, registry::Credential{record.username, **secret});
            readNext(reload, chain);
        },
        chain);
}

} // namespace

ProfileLogins::~ProfileLogins() = default;

std::optional<registry::Credential> ProfileLogins::credentialFor(const QString &registry) const
{
    const QString host = store::registryHostKey(registry);
    const QReadLocker locker(&m_lock);
    const auto it = m_logins.constFind(host);
    return it == m_logins.cend() ? std::nullopt : std::optional(it.value());
}

QHash<QString, registry::RegistryOptions> ProfileLogins::registryOptions() const
{
    const QReadLocker locker(&m_lock);
    return m_options;
}

QStringList ProfileLogins::registries() const
{
    const QReadLocker locker(&m_lock);
    QStringList hosts = m_logins.keys();
    hosts.sort();
    return hosts;
}

void ProfileLogins::replace(quint64 ticket, QHash<QString, registry::Credential> logins,
                            QHash<QString, registry::RegistryOptions> options)
{
    const QWriteLocker locker(&m_lock);
    if (ticket < m_applied || ticket < m_newest.load())
        return; // a newer reload was started: its set is the one to keep
    m_applied = ticket;
    m_logins = std::move(logins);
    m_options = std::move(options);
}

QFuture<Status> reloadProfileLogins(std::shared_ptr<ProfileLogins> logins,
                                    const std::shared_ptr<store::CatalogWorker> &catalog,
                                    std::shared_ptr<store::CredentialStore> credentials, QObject *context)
{
    auto chain = kasm::makeChain<Status>(context);
    QFuture<Status> future = chain->future();
    auto reload = std::make_shared<Reload>();
    reload->logins = std::move(logins);
    reload->credentials = std::move(credentials);
    reload->ticket = reload->logins->beginReload();
    chain->await(
        catalog->run<QList<store::RegistryRecord>>([](QSqlDatabase &db) { return store::listRegistries(db); }),
        [reload, chain](Result<QList<store::RegistryRecord>> records) {
            if (!records)
                return chain->finish(fail(records.error()));
            for (const store::RegistryRecord &record : std::as_const(*records)) {
                if (!record.caFile.isEmpty() || record.insecure) {
                    registry::RegistryOptions options;
                    options.caFile = record.caFile;
                    options.insecure = record.insecure;
                    reload->options.insert(record.url, options);
                }
                if (!record.username.isEmpty() && !record.credentialRef.isEmpty())
                    reload->pending << record;
            }
            readNext(reload, chain);
        },
        chain);
    return future;
}

} // namespace steward::workflow

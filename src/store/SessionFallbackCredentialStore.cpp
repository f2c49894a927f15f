#include "store/SessionFallbackCredentialStore.h"

#include "store/Logging.h"
#include "store/MemoryCredentialStore.h"
#include "store/StoreText.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPromise>
#include <QSet>

namespace steward::store {

FallbackConsent::~FallbackConsent() = default;

namespace {

// The keychain is missing, not running, locked, or the user refused to unlock it: what the session fallback is for.
// Other failures (a malformed key, say) are reported as they are.
bool keychainUnusable(const Error &error)
{
    return error.code == ErrorCode::Keychain || error.code == ErrorCode::Forbidden;
}

template<typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

struct SessionFallbackCredentialStore::State : std::enable_shared_from_this<State>
{
    std::shared_ptr<CredentialStore> keychain;
    std::shared_ptr<FallbackConsent> consent;
    MemoryCredentialStore memory;

    mutable QMutex mutex;
    QSet<QString> sessionKeys; // keys only: the secrets are in `memory`
    std::optional<KeychainProbe> probe;
    QList<std::shared_ptr<QPromise<KeychainProbe>>> probeWaiters;

    void learn(const KeychainProbe &answer)
    {
        const QMutexLocker locker(&mutex);
        if (!probe || probe->available != answer.available)
            qCDebug(lcStore) << "keychain" << (answer.available ? "answers" : "is unavailable");
        probe = answer;
    }

    void learnFrom(const Error &error) { learn(KeychainProbe{false, error.message}); }

    bool inSession(const QString &key) const
    {
        const QMutexLocker locker(&mutex);
        return sessionKeys.contains(key);
    }

    // Returns whether there was a memory copy.
    bool dropSessionCopy(const QString &key)
    {
        {
            const QMutexLocker locker(&mutex);
            if (!sessionKeys.remove(key))
                return false;
        }
        memory.remove(key); // ready at once
        return true;
    }

    // A new probe, or the one already on its way (a QFuture takes one continuation only, so every caller gets a
    // promise of its own).
    QFuture<KeychainProbe> probeNow()
    {
        auto waiter = std::make_shared<QPromise<KeychainProbe>>();
        waiter->start();
        QFuture<KeychainProbe> answer = waiter->future();
        bool first = false;
        {
            const QMutexLocker locker(&mutex);
            probeWaiters.append(waiter);
            first = probeWaiters.size() == 1;
        }
        if (first) {
            keychain->probe().then(QtFuture::Launch::Sync, [self = shared_from_this()](const KeychainProbe &probed) {
                self->learn(probed);
                QList<std::shared_ptr<QPromise<KeychainProbe>>> waiters;
                {
                    const QMutexLocker locker(&self->mutex);
                    waiters.swap(self->probeWaiters);
                }
                for (const auto &w : waiters) {
                    w->addResult(probed);
                    w->finish();
                }
            });
        }
        return answer;
    }

    QFuture<KeychainProbe> knownProbe()
    {
        {
            const QMutexLocker locker(&mutex);
            if (probe)
                return ready(*probe);
        }
        return probeNow();
    }

    QFuture<Status> askToKeep(const QString &key, const QString &secret, const QString &reason)
    {
        return consent->keepForSessionOnly(FallbackQuestion{key, reason})
            .onCanceled([] { return false; })
            .then(QtFuture::Launch::Sync, [self = shared_from_this(), key, secret, reason](bool keep) -> Status {
                if (!keep) {
                    const QString why = reason.trimmed();
                    return fail(ErrorCode::Canceled,
                                why +
                                    (why.endsWith(QLatin1Char('.')) || why.isEmpty() ? QStringLiteral("")
                                                                                     : QStringLiteral(".")) +
                                    (why.isEmpty() ? QStringLiteral("") : QStringLiteral(" ")) +
                                    StoreText::tr("Keeping the secret for this session only was declined."));
                }
                self->memory.write(key, secret); // ready at once
                const QMutexLocker locker(&self->mutex);
                self->sessionKeys.insert(key);
                qCDebug(lcStore) << "kept in memory for this session:" << key; // the key, never the secret
                return {};
            });
    }
};

SessionFallbackCredentialStore::SessionFallbackCredentialStore(std::shared_ptr<CredentialStore> keychain,
                                                               std::shared_ptr<FallbackConsent> consent)
    : m_state(std::make_shared<State>())
{
    Q_ASSERT(keychain && consent);
    m_state->keychain = std::move(keychain);
    m_state->consent = std::move(consent);
}

SessionFallbackCredentialStore::~SessionFallbackCredentialStore() = default;

QFuture<Result<std::optional<QString>>> SessionFallbackCredentialStore::read(const QString &key)
{
    if (m_state->inSession(key))
        return m_state->memory.read(key);
    return m_state->keychain->read(key).then(QtFuture::Launch::Sync,
                                             [state = m_state](Result<std::optional<QString>> read) {
                                                 if (read)
                                                     state->learn(KeychainProbe{true, {}});
                                                 else if (keychainUnusable(read.error()))
                                                     state->learnFrom(read.error());
                                                 return read;
                                             });
}

QFuture<Status> SessionFallbackCredentialStore::write(const QString &key, const QString &secret)
{
    return m_state->knownProbe()
        .then(QtFuture::Launch::Sync,
              [state = m_state, key, secret](const KeychainProbe &probe) -> QFuture<Status> {
                  if (!probe.available)
                      return state->askToKeep(key, secret, probe.message);
                  return state->keychain->write(key, secret)
                      .then(QtFuture::Launch::Sync,
                            [state, key, secret](const Status &written) -> QFuture<Status> {
                                if (written) {
                                    state->learn(KeychainProbe{true, {}});
                                    state->dropSessionCopy(key); // the keychain has the newer secret now
                                    return ready(written);
                                }
                                if (!keychainUnusable(written.error()))
                                    return ready(written);
                                state->learnFrom(written.error());
                                return state->askToKeep(key, secret, written.error().message);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<Status> SessionFallbackCredentialStore::remove(const QString &key)
{
    const bool hadSessionCopy = m_state->dropSessionCopy(key);
    return m_state->keychain->remove(key).then(QtFuture::Launch::Sync,
                                               [state = m_state, hadSessionCopy](const Status &removed) -> Status {
                                                   if (removed) {
                                                       state->learn(KeychainProbe{true, {}});
                                                       return removed;
                                                   }
                                                   if (!keychainUnusable(removed.error()))
                                                       return removed;
                                                   state->learnFrom(removed.error());
                                                   // The secret lived in memory, and that copy is gone; a keychain that
                                                   // cannot be reached holds nothing this session wrote.
                                                   return hadSessionCopy ? Status() : removed;
                                               });
}

bool SessionFallbackCredentialStore::persistent() const
{
    const QMutexLocker locker(&m_state->mutex);
    const std::optional<KeychainProbe> &probe = m_state->probe;
    const bool keychainUnavailable = probe && !probe->available;
    return !keychainUnavailable && m_state->sessionKeys.isEmpty();
}

QString SessionFallbackCredentialStore::description() const
{
    const QMutexLocker locker(&m_state->mutex);
    const std::optional<KeychainProbe> &probe = m_state->probe;
    const bool keychainUnavailable = probe && !probe->available;
    const auto inMemory = int(m_state->sessionKeys.size());
    if (keychainUnavailable)
        return m_state->memory.description();
    if (inMemory == 0)
        return m_state->keychain->description();
    return StoreText::tr("%1, and memory for this session only (%n secret(s))", nullptr, inMemory)
        .arg(m_state->keychain->description());
}

SecretLocation SessionFallbackCredentialStore::locationOf(const QString &key) const
{
    return m_state->inSession(key) ? SecretLocation::SessionMemory : SecretLocation::Keychain;
}

QString SessionFallbackCredentialStore::describeLocation(const QString &key) const
{
    return locationOf(key) == SecretLocation::SessionMemory ? m_state->memory.description()
                                                            : m_state->keychain->description();
}

QFuture<KeychainProbe> SessionFallbackCredentialStore::probe()
{
    return m_state->probeNow();
}

std::optional<KeychainProbe> SessionFallbackCredentialStore::lastProbe() const
{
    const QMutexLocker locker(&m_state->mutex);
    return m_state->probe;
}

} // namespace steward::store

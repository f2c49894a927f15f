#include "store/KeychainCredentialStore.h"

#include "store/CredentialKey.h"
#include "store/Logging.h"
#include "store/StoreText.h"

#include <QCoreApplication>
#include <QPromise>
#include <qt6keychain/keychain.h>

#include <memory>

namespace steward::store {

namespace {

// The key is not secret and helps a person find the entry; the secret itself is never part of a message.
Error keychainError(const QKeychain::Job &job, const char *what, const QString &key)
{
    const ErrorCode code = job.error() == QKeychain::AccessDeniedByUser || job.error() == QKeychain::AccessDenied
                               ? ErrorCode::Forbidden
                               : ErrorCode::Keychain;
    QString message =
        StoreText::tr("The keychain could not %1 \"%2\": %3").arg(StoreText::tr(what), key, job.errorString());
    if (job.error() == QKeychain::NoBackendAvailable)
        message +=
            StoreText::tr(". No keychain is running; start one (GNOME Keyring, KWallet) or keep the secret for this "
                          "session only.");
    return Error{code, message, {}};
}

// Runs a QtKeychain job and fulfils a promise from its finished signal, on the calling thread's event loop.
template<typename T, typename Job, typename Finish>
QFuture<T> runJob(Job *job, Finish finish)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job, finish] {
        promise->addResult(finish(*job));
        promise->finish();
    });
    job->start();
    return future;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore() : m_service(QString::fromUtf16(credentialService))
{}

KeychainCredentialStore::KeychainCredentialStore(QString service) : m_service(std::move(service))
{}

QFuture<Result<std::optional<QString>>> KeychainCredentialStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    return runJob<Result<std::optional<QString>>>(job, [key](QKeychain::ReadPasswordJob &done) {
        switch (done.error()) {
        case QKeychain::NoError:
            return Result<std::optional<QString>>(done.textData());
        case QKeychain::EntryNotFound:
            return Result<std::optional<QString>>(std::nullopt);
        default:
            return Result<std::optional<QString>>(
                fail(keychainError(done, QT_TRANSLATE_NOOP("steward::store", "read"), key)));
        }
    });
}

QFuture<Status> KeychainCredentialStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    return runJob<Status>(job, [key](QKeychain::WritePasswordJob &done) {
        if (done.error() == QKeychain::NoError)
            return Status();
        return Status(fail(keychainError(done, QT_TRANSLATE_NOOP("steward::store", "store"), key)));
    });
}

QFuture<Status> KeychainCredentialStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    return runJob<Status>(job, [key](QKeychain::DeletePasswordJob &done) {
        if (done.error() == QKeychain::NoError || done.error() == QKeychain::EntryNotFound)
            return Status();
        return Status(fail(keychainError(done, QT_TRANSLATE_NOOP("steward::store", "remove"), key)));
    });
}

QString KeychainCredentialStore::description() const
{
    return StoreText::tr("the desktop keychain");
}

QFuture<KeychainProbe> KeychainCredentialStore::probe()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("probe:availability:never-written"));
    return runJob<KeychainProbe>(job, [](QKeychain::ReadPasswordJob &done) {
        if (done.error() == QKeychain::NoError || done.error() == QKeychain::EntryNotFound)
            return KeychainProbe{true, {}};
        qCDebug(lcStore) << "no usable keychain:" << done.errorString();
        return KeychainProbe{false, StoreText::tr("No keychain is available (%1).").arg(done.errorString())};
    });
}

QFuture<KeychainProbe> probeKeychain()
{
    return KeychainCredentialStore().probe();
}

} // namespace steward::store

#include "store/MemoryCredentialStore.h"

#include "store/StoreText.h"

#include <QCoreApplication>

namespace steward::store {

QFuture<Result<std::optional<QString>>> MemoryCredentialStore::read(const QString &key)
{
    const QMutexLocker locker(&m_mutex);
    const auto found = m_secrets.constFind(key);
    return QtFuture::makeReadyFuture(Result<std::optional<QString>>(
        found == m_secrets.constEnd() ? std::optional<QString>() : std::optional<QString>(*found)));
}

QFuture<Status> MemoryCredentialStore::write(const QString &key, const QString &secret)
{
    const QMutexLocker locker(&m_mutex);
    m_secrets.insert(key, secret);
    return QtFuture::makeReadyFuture(Status());
}

QFuture<Status> MemoryCredentialStore::remove(const QString &key)
{
    const QMutexLocker locker(&m_mutex);
    m_secrets.remove(key);
    return QtFuture::makeReadyFuture(Status());
}

QString MemoryCredentialStore::description() const
{
    return StoreText::tr("memory, for this session only");
}

} // namespace steward::store

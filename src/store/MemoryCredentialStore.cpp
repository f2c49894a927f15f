#include "store/MemoryCredentialStore.h"

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
    return QCoreApplication::translate("steward::store", "memory, for this session only");
}

} // namespace steward::store

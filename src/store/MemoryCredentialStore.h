#pragma once

#include "store/CredentialStore.h"

#include <QHash>
#include <QMutex>

namespace steward::store {

// Secrets in this process's memory only: for unit tests, and the session-only fallback when no keychain exists
// (the user is told; nothing is written anywhere).
class MemoryCredentialStore final : public CredentialStore
{
public:
    QFuture<Result<std::optional<QString>>> read(const QString &key) override;
    QFuture<Status> write(const QString &key, const QString &secret) override;
    QFuture<Status> remove(const QString &key) override;
    bool persistent() const override { return false; }
    QString description() const override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace steward::store

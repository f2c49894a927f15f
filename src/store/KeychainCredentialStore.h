#pragma once

#include "store/CredentialStore.h"

namespace steward::store {

// The desktop keychain through QtKeychain (Secret Service on Linux), service credentialService, insecure fallback
// off: with no keychain, operations fail with ErrorCode::Keychain instead of writing plain text. EntryNotFound is
// "no secret"; every other failure carries QtKeychain's own message.
class KeychainCredentialStore final : public CredentialStore
{
public:
    KeychainCredentialStore();
    // Another service name, for tests that must not see the application's own entries.
    explicit KeychainCredentialStore(QString service);

    QFuture<Result<std::optional<QString>>> read(const QString &key) override;
    QFuture<Status> write(const QString &key, const QString &secret) override;
    QFuture<Status> remove(const QString &key) override;
    bool persistent() const override { return true; }
    QString description() const override;
    // Without naming any key: "No keychain is available (QtKeychain's reason)."
    QFuture<KeychainProbe> probe() override;

    QString service() const { return m_service; }

private:
    QString m_service;
};

// Whether the application's keychain answers at all (a read of a key nobody writes: "not found" means it works).
QFuture<KeychainProbe> probeKeychain();

} // namespace steward::store

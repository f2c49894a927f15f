#pragma once

#include "store/CredentialStore.h"
#include "store/FallbackConsent.h"

#include <memory>

namespace steward::store {

enum class SecretLocation
{
    Keychain,      // survives the process
    SessionMemory, // gone when the process ends; the user agreed to that for this secret
};

// The credential store the GUI uses: the keychain first, and only with the user's consent, per secret, memory for
// this session when the keychain is unavailable or locked. Nothing is ever written in plain text.
//
// Whether the keychain answers is probed once, asynchronously, before the first write, and learned again from every
// keychain failure; probe() asks again (after the user started or unlocked a keychain). A write while the keychain is
// unavailable, or a write the keychain refuses, goes to FallbackConsent with the keychain's own message, and to memory
// only on yes. Reads look in memory first, then in the keychain. A later write that the keychain takes drops the
// memory copy. All futures finish on the calling thread, like the keychain's.
class SessionFallbackCredentialStore final : public CredentialStore
{
public:
    SessionFallbackCredentialStore(std::shared_ptr<CredentialStore> keychain, std::shared_ptr<FallbackConsent> consent);
    ~SessionFallbackCredentialStore() override;
    Q_DISABLE_COPY_MOVE(SessionFallbackCredentialStore)

    QFuture<Result<std::optional<QString>>> read(const QString &key) override;
    // Fails with ErrorCode::Canceled, carrying the keychain's message, when the user declined the session fallback.
    QFuture<Status> write(const QString &key, const QString &secret) override;
    // Removes both copies. With the keychain unavailable, removing a secret that lived only in memory succeeds.
    QFuture<Status> remove(const QString &key) override;

    // False once the keychain is known to be unavailable, and while any secret lives in memory.
    bool persistent() const override;
    QString description() const override;

    // Where the secret under `key` lives, if it exists: memory for the ones the user agreed to keep there.
    SecretLocation locationOf(const QString &key) const;
    // For the user: "the desktop keychain" or "memory, for this session only".
    QString describeLocation(const QString &key) const;

    // Asks the keychain again whether it answers; concurrent callers share one probe.
    QFuture<KeychainProbe> probe() override;
    // The last answer, if the keychain was probed or used already.
    std::optional<KeychainProbe> lastProbe() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace steward::store

#pragma once

#include <QFuture>
#include <QString>

namespace steward::store {

// What the user is asked when the keychain cannot keep a secret.
struct FallbackQuestion
{
    QString key;           // the credential key (credentialKey()); names the login, is not itself secret
    QString keychainError; // why the keychain cannot keep it, in the keychain's own words
};

// The decision whether a secret the keychain cannot keep may live in this process's memory until it ends. The
// session fallback never decides this itself: with no keychain, nothing is kept unless the answer is yes.
// Implementations answer asynchronously (a window-modal prompt, never a nested event loop); a canceled future
// counts as no.
class FallbackConsent
{
public:
    virtual ~FallbackConsent();

    virtual QFuture<bool> keepForSessionOnly(const FallbackQuestion &question) = 0;
};

} // namespace steward::store

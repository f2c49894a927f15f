#pragma once

#include "core/Result.h"

#include <QString>

namespace steward::store {

// The one service name every ImageSteward secret is filed under in the keychain.
inline constexpr char16_t credentialService[] = u"org.imagesteward.ImageSteward";

enum class CredentialKind
{
    Registry, // registry:<host>:<user>
    Kasm,     // kasm:<server url>:<api key id>
};

// The only way keychain keys are made. Refuses empty parts, so two different logins can never share a key and a
// half-filled form never writes a secret under "registry::".
Result<QString> credentialKey(CredentialKind kind, const QString &where, const QString &who);

// Succeeds only when `ref` is exactly credentialKey(kind, where, who). A key read from the catalog is checked before
// the keychain is asked for it: an imported or edited row could otherwise name another host's secret and have it
// sent to a host of its choosing.
Status checkCredentialRef(CredentialKind kind, const QString &where, const QString &who, const QString &ref);

} // namespace steward::store

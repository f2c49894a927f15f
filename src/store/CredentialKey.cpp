#include "store/CredentialKey.h"

#include "core/ControlCharacters.h"
#include "store/StoreText.h"

#include <QCoreApplication>

namespace steward::store {

Result<QString> credentialKey(CredentialKind kind, const QString &where, const QString &who)
{
    const QString place = where.trimmed();
    const QString name = who.trimmed();
    const bool registry = kind == CredentialKind::Registry;
    if (place.isEmpty()) {
        return fail(ErrorCode::InvalidInput, registry ? StoreText::tr("A registry login needs the registry host.")
                                                      : StoreText::tr("A Kasm login needs the server URL."));
    }
    if (name.isEmpty()) {
        return fail(ErrorCode::InvalidInput, registry ? StoreText::tr("A registry login needs a user name.")
                                                      : StoreText::tr("A Kasm login needs the API key id."));
    }
    // A newline or ESC in a keychain key would split or rewrite every line that names the login.
    for (const QString &part : {place, name}) {
        if (const qsizetype at = indexOfControlCharacter(part); at >= 0)
            return fail(ErrorCode::InvalidInput,
                        StoreText::tr("\"%1\" holds a control character at position %2; a registry host, "
                                      "server URL, user name or key id is one line of printable text.")
                            .arg(escapeControlCharacters(part))
                            .arg(at + 1));
    }
    return (registry ? QStringLiteral("registry:") : QStringLiteral("kasm:")) + place + QLatin1Char(':') + name;
}

Status checkCredentialRef(CredentialKind kind, const QString &where, const QString &who, const QString &ref)
{
    Result<QString> expected = credentialKey(kind, where, who);
    if (!expected)
        return fail(expected.error());
    if (ref != *expected) {
        return fail(ErrorCode::Integrity,
                    StoreText::tr("The catalog's keychain reference for %1 as %2 names another "
                                  "login's secret, so it was not used (it may come from an imported "
                                  "file). Log in to %1 as %2 again (Registries → Log in… in the window, or "
                                  "stewardctl login).")
                        .arg(where.trimmed(), who.trimmed()),
                    StoreText::tr("expected %1").arg(*expected));
    }
    return {};
}

} // namespace steward::store

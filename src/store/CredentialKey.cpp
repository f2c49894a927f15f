#include "store/CredentialKey.h"

#include <QCoreApplication>

namespace steward::store {

Result<QString> credentialKey(CredentialKind kind, const QString &where, const QString &who)
{
    const QString place = where.trimmed();
    const QString name = who.trimmed();
    const bool registry = kind == CredentialKind::Registry;
    if (place.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    registry
                        ? QCoreApplication::translate("steward::store", "A registry login needs the registry host.")
                        : QCoreApplication::translate("steward::store", "A Kasm login needs the server URL."));
    }
    if (name.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    registry ? QCoreApplication::translate("steward::store", "A registry login needs a user name.")
                             : QCoreApplication::translate("steward::store", "A Kasm login needs the API key id."));
    }
    return (registry ? QStringLiteral("registry:") : QStringLiteral("kasm:")) + place + QLatin1Char(':') + name;
}

} // namespace steward::store

#include "store/RegistryLoginSteps.h"

#include "store/Catalog.h"
#include "store/CatalogQueries.h"
#include "store/CredentialKey.h"
#include "store/StoreText.h"

#include <QJsonObject>

namespace steward::store {

namespace {

QString withFullStop(const QString &sentence)
{
    return sentence.endsWith(QLatin1Char('.')) ? sentence : sentence + QLatin1Char('.');
}

} // namespace

Result<LoginKey> registryLoginKey(const QString &registry, const QString &username, const QString &secret)
{
    const QString host = registryHostKey(registry);
    if (host.isEmpty())
        return fail(ErrorCode::InvalidInput, StoreText::tr("\"%1\" is not a registry host or URL.").arg(registry));
    Result<QString> key = credentialKey(CredentialKind::Registry, host, username);
    if (!key)
        return fail(key.error());
    if (secret.isEmpty())
        return fail(ErrorCode::InvalidInput, StoreText::tr("The password is empty; nothing was stored."));
    return LoginKey{host, *key};
}

Result<QString> recordRegistryLogin(QSqlDatabase &db, const LoginKey &login, const QString &username,
                                    const QString &how)
{
    Result<std::optional<RegistryRecord>> existing = findRegistry(db, login.host);
    if (!existing)
        return fail(existing.error());
    RegistryRecord record = existing->value_or(RegistryRecord{});
    const QJsonValue before =
        existing->has_value() ? QJsonValue(QJsonObject{{QStringLiteral("username"), record.username}}) : QJsonValue();
    const QString previousUser = record.username;
    record.url = login.host;
    if (login.host == QLatin1String("docker.io") && !existing->has_value())
        record.kind = QStringLiteral("dockerhub");
    record.username = username;
    record.credentialRef = login.key;
    if (Result<qint64> id = upsertRegistry(db, record); !id)
        return fail(id.error());
    if (Status audited =
            appendAudit(db, {0,
                             {},
                             currentActor(),
                             QStringLiteral("registry.login"),
                             login.host,
                             before,
                             QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("via"), how}}});
        !audited)
        return fail(audited.error());
    return previousUser;
}

QString replacedSecretKey(const LoginKey &login, const QString &previousUser)
{
    if (previousUser.isEmpty())
        return {};
    // The key is rebuilt from the recorded user, never taken from the row: a row could name any secret.
    Result<QString> previous = credentialKey(CredentialKind::Registry, login.host, previousUser);
    if (!previous || *previous == login.key)
        return {};
    return *previous;
}

Error secretNotStored(const Error &writeFailure)
{
    return Error{writeFailure.code,
                 withFullStop(writeFailure.message) + QLatin1Char(' ') + StoreText::tr("Nothing was stored."),
                 writeFailure.detail};
}

Error previousSecretLeft(const LoginKey &login, const QString &username, const QString &previousUser,
                         const QString &previousKey, const Error &removeFailure)
{
    return Error{removeFailure.code,
                 StoreText::tr("The login for %1 as %2 was stored, but the previous user %3's secret could not be "
                               "removed from the keychain: %4 Delete the entry \"%5\" (service %6) with your keychain "
                               "manager.")
                     .arg(login.host, username, previousUser, withFullStop(removeFailure.message), previousKey,
                          QString::fromUtf16(credentialService)),
                 removeFailure.detail};
}

Result<RegistryRecord> loginToForget(const std::optional<RegistryRecord> &existing, const QString &host)
{
    if (!existing || existing->username.isEmpty())
        return fail(
            ErrorCode::NotFound,
            StoreText::tr("Not logged in to %1; `stewardctl logins` lists the logins of this profile.").arg(host));
    return *existing;
}

Status forgetRegistryLogin(QSqlDatabase &db, const RegistryRecord &record, const QString &host)
{
    RegistryRecord cleared = record;
    cleared.username.clear();
    cleared.credentialRef.clear();
    if (Result<qint64> id = upsertRegistry(db, cleared); !id)
        return fail(id.error());
    return appendAudit(db, {0,
                            {},
                            currentActor(),
                            QStringLiteral("registry.logout"),
                            host,
                            QJsonObject{{QStringLiteral("username"), record.username}},
                            QJsonValue()});
}

} // namespace steward::store

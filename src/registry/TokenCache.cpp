#include "registry/TokenCache.h"

#include "registry/RegistryText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward::registry {

namespace {
// Refresh a little early so that a token does not expire between our check and the registry's.
constexpr qint64 ExpiryMarginMs = 5000;
constexpr int MinimumLifetimeSeconds = 60;
} // namespace

Result<TokenGrant> parseTokenResponse(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    TokenGrant grant;
    grant.token = object.value(QStringLiteral("token")).toString();
    if (grant.token.isEmpty())
        grant.token = object.value(QStringLiteral("access_token")).toString();
    if (grant.token.isEmpty())
        return fail(ErrorCode::Protocol, RegistryText::tr("the token server's answer holds no token"));
    const int expiresIn = object.value(QStringLiteral("expires_in")).toInt(MinimumLifetimeSeconds);
    grant.expiresInSeconds = std::max(expiresIn, MinimumLifetimeSeconds);
    grant.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    return grant;
}

TokenCache::TokenCache(const Clock &clock) : m_clock(clock)
{}

QString TokenCache::key(const QString &realm, const QString &service, QStringList scopes)
{
    scopes.sort();
    scopes.removeDuplicates();
    return realm + QLatin1Char('\n') + service + QLatin1Char('\n') + scopes.join(QLatin1Char(' '));
}

QString TokenCache::find(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || m_clock.nowMs() + ExpiryMarginMs >= it->expiresAtMs)
        return {};
    return it->token;
}

void TokenCache::insert(const QString &key, const TokenGrant &grant)
{
    m_entries.insert(key, {grant.token, m_clock.nowMs() + qint64(grant.expiresInSeconds) * 1000});
}

void TokenCache::remove(const QString &key)
{
    m_entries.remove(key);
}

} // namespace steward::registry

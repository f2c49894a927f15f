#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace steward::registry {

// A token endpoint's answer. The token itself is a secret: never logged, never shown.
struct TokenGrant
{
    QString token;
    int expiresInSeconds = 60;
    QString refreshToken;
};

// {"token"|"access_token", "expires_in" (default 60, never below 60), "refresh_token"}.
Result<TokenGrant> parseTokenResponse(const QByteArray &body);

// Bearer tokens by realm + service + scope set, until they expire on the injected clock.
class TokenCache
{
public:
    explicit TokenCache(const Clock &clock);

    static QString key(const QString &realm, const QString &service, QStringList scopes);

    // The token when present and not about to expire; empty otherwise.
    QString find(const QString &key) const;
    void insert(const QString &key, const TokenGrant &grant);
    void remove(const QString &key);
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        QString token;
        qint64 expiresAtMs = 0;
    };
    const Clock &m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace steward::registry

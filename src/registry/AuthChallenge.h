#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward::registry {

// One challenge of a WWW-Authenticate header (RFC 9110 section 11.6.1): a scheme and its auth-params.
struct AuthChallenge
{
    QString scheme;                // lowercased: "bearer", "basic"
    QMap<QString, QString> params; // names lowercased; values unquoted

    QString param(const QString &name) const { return params.value(name); }
    bool isBearer() const { return scheme == QLatin1String("bearer"); }
    bool isBasic() const { return scheme == QLatin1String("basic"); }
    // The scope parameter split on spaces (one header may ask for several scopes).
    QStringList scopes() const;
};

// Every challenge in every WWW-Authenticate value; quoted strings may hold commas and escaped quotes.
QList<AuthChallenge> parseWwwAuthenticate(const QList<QByteArray> &values);

// The challenge we answer: Bearer when offered, else Basic, else none.
std::optional<AuthChallenge> preferredChallenge(const QList<AuthChallenge> &challenges);

} // namespace steward::registry

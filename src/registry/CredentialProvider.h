#pragma once

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace steward::registry {

// A login for one registry. `secret` is a password, a personal access token, or (with username "<token>") an
// OAuth2 identity/refresh token as the docker CLI stores it. Never logged.
struct Credential
{
    QString username;
    QString secret;

    bool isIdentityToken() const { return username == QLatin1String("<token>"); }
};

// Where the client gets logins: the keychain store, docker's config.json, or both. Asked only when a registry
// challenges us; answers from memory (backing stores resolve their secrets before handing them over).
class CredentialProvider
{
public:
    virtual ~CredentialProvider();
    // `registry` as in ImageReference::registry(): "docker.io", "127.0.0.1:5000".
    virtual std::optional<Credential> credentialFor(const QString &registry) const = 0;
};

// A fixed map, for the CLI and tests.
class StaticCredentialProvider final : public CredentialProvider
{
public:
    void set(const QString &registry, const Credential &credential);
    std::optional<Credential> credentialFor(const QString &registry) const override;

private:
    QHash<QString, Credential> m_credentials;
};

// Asks each provider in turn; the first answer wins.
class ChainedCredentialProvider final : public CredentialProvider
{
public:
    void append(std::shared_ptr<const CredentialProvider> provider);
    std::optional<Credential> credentialFor(const QString &registry) const override;

private:
    QList<std::shared_ptr<const CredentialProvider>> m_providers;
};

} // namespace steward::registry

#include "registry/CredentialProvider.h"

namespace steward::registry {

CredentialProvider::~CredentialProvider() = default;

void StaticCredentialProvider::set(const QString &registry, const Credential &credential)
{
    m_credentials.insert(registry, credential);
}

std::optional<Credential> StaticCredentialProvider::credentialFor(const QString &registry) const
{
    const auto it = m_credentials.constFind(registry);
    if (it == m_credentials.constEnd())
        return std::nullopt;
    return *it;
}

void ChainedCredentialProvider::append(std::shared_ptr<const CredentialProvider> provider)
{
    if (provider)
        m_providers.append(std::move(provider));
}

std::optional<Credential> ChainedCredentialProvider::credentialFor(const QString &registry) const
{
    for (const auto &provider : m_providers) {
        if (std::optional<Credential> credential = provider->credentialFor(registry))
            return credential;
    }
    return std::nullopt;
}

} // namespace steward::registry

#pragma once

#include "pull/Scenario.h"

// Small scenarios for the pull tests, built in code so each test shows the numbers it depends on.
namespace steward::pull::testing {

inline RegistrySpec limitedRegistry(const QString &name, int anonymousLimit, qint64 windowS, int accountLimit = -1)
{
    RegistrySpec spec{name, RateLimitPolicy{anonymousLimit, windowS}, std::nullopt};
    if (accountLimit >= 0)
        spec.authenticated = RateLimitPolicy{accountLimit, windowS};
    return spec;
}

inline AgentGroup agents(int count, const QString &source, qint64 diskMb = 100000, const QString &zone = {})
{
    AgentGroup group;
    group.count = count;
    group.source = source;
    group.diskMb = diskMb;
    group.zone = zone;
    return group;
}

inline ImageGroup images(int count, const QString &registry, qint64 sizeMb = 1000)
{
    ImageGroup group;
    group.count = count;
    group.registry = registry;
    group.uncompressedSizeMb = sizeMb;
    return group;
}

inline Scenario scenario(qint64 durationS, QList<RegistrySpec> registries, QList<AgentGroup> agentGroups,
                         QList<ImageGroup> imageGroups, quint64 seed = 7)
{
    Scenario s;
    s.durationS = durationS;
    s.seed = seed;
    s.registries = std::move(registries);
    s.agents = std::move(agentGroups);
    s.images = std::move(imageGroups);
    return s;
}

} // namespace steward::pull::testing

#include "pull/Fleet.h"

#include <QMap>

#include <numeric>
#include <random>

namespace steward::pull {

QString eligibilityName(Eligibility eligibility)
{
    switch (eligibility) {
    case Eligibility::Eligible:
        return QStringLiteral("eligible");
    case Eligibility::Disabled:
        return QStringLiteral("disabled");
    case Eligibility::NoRegistry:
        return QStringLiteral("no_registry");
    case Eligibility::ZoneMismatch:
        return QStringLiteral("zone_mismatch");
    case Eligibility::NoDisk:
        return QStringLiteral("no_disk");
    }
    return {};
}

Fleet Fleet::build(const Scenario &scenario)
{
    Fleet fleet;
    fleet.m_scenario = scenario;
    fleet.m_durationMs = scenario.durationS * 1000;
    fleet.m_checkInMs = scenario.checkInIntervalS * 1000;
    fleet.m_refreshMs = scenario.refreshIntervalS * 1000;
    fleet.m_limiter = RateLimiter(scenario.reportWindowS);
    for (const RegistrySpec &registry : scenario.registries)
        fleet.m_limiter.setPolicies(registry);

    fleet.m_imageGroupOf.reserve(size_t(scenario.imageCount()));
    fleet.m_imageIndexInGroup.reserve(size_t(scenario.imageCount()));
    for (int g = 0; g < scenario.images.size(); ++g) {
        for (int i = 0; i < scenario.images.at(g).count; ++i) {
            fleet.m_imageGroupOf.push_back(g);
            fleet.m_imageIndexInGroup.push_back(i);
        }
    }

    // Phases in [0, check-in interval) from a generator whose output is fixed by the standard for a given seed.
    std::mt19937_64 random(scenario.seed);
    const quint64 range = quint64(fleet.m_checkInMs);
    fleet.m_phaseMs.reserve(size_t(scenario.agentCount()));
    fleet.m_agentGroupOf.reserve(size_t(scenario.agentCount()));
    fleet.m_agentIndexInGroup.reserve(size_t(scenario.agentCount()));
    for (int g = 0; g < scenario.agents.size(); ++g) {
        const AgentGroup &agents = scenario.agents.at(g);
        for (int i = 0; i < agents.count; ++i) {
            fleet.m_phaseMs.push_back(qint64(random() % range));
            fleet.m_agentGroupOf.push_back(g);
            fleet.m_agentIndexInGroup.push_back(i);
        }
    }

    // What an agent pulls depends only on its zone, source and disk: groups alike in those share one profile, so
    // a scenario of many small groups costs one profile per distinct kind of agent, not per group.
    QMap<std::tuple<QString, QString, qint64>, int> profileOfKind;
    for (int g = 0; g < scenario.agents.size(); ++g) {
        const AgentGroup &agents = scenario.agents.at(g);
        const auto kind = std::make_tuple(agents.zone, agents.source, agents.diskMb);
        if (const auto it = profileOfKind.constFind(kind); it != profileOfKind.cend()) {
            fleet.m_profileOf.push_back(it.value());
            continue;
        }
        profileOfKind.insert(kind, int(fleet.m_profiles.size()));
        fleet.m_profileOf.push_back(int(fleet.m_profiles.size()));
        fleet.m_profiles.push_back(fleet.buildProfile(agents));
    }

    // Agents of a group are contiguous and share a profile, so their slots are found by arithmetic, in 64 bits.
    qint64 slotTotal = 0;
    qint64 movingTotal = 0;
    int firstAgent = 0;
    for (int g = 0; g < scenario.agents.size(); ++g) {
        const AgentProfile &profile = fleet.groupProfile(g);
        const qint64 count = scenario.agents.at(g).count;
        fleet.m_firstAgentOf.push_back(firstAgent);
        fleet.m_groupSlotBase.push_back(slotTotal);
        fleet.m_groupMovingBase.push_back(movingTotal);
        slotTotal += count * qint64(profile.pullGroups.size());
        movingTotal += count * qint64(profile.movingCount);
        firstAgent += int(count);
    }
    fleet.m_slotCount = slotTotal;
    fleet.m_movingCount = movingTotal;
    return fleet;
}

AgentProfile Fleet::buildProfile(const AgentGroup &agents)
{
    const int images = imageCount();
    AgentProfile profile;
    profile.eligibility.assign(size_t(images), Eligibility::Eligible);
    profile.groupOfImage.assign(size_t(images), -1);
    profile.positionOfImage.assign(size_t(images), -1);
    QMap<int, int> groupOfBucket;            // ordered by bucket id, so pull groups come out in a fixed order
    std::vector<std::pair<int, int>> pulled; // (bucket, image) in image order
    qint64 diskLeft = agents.diskMb;
    for (int image = 0; image < images; ++image) {
        const ImageGroup &spec = m_scenario.images.at(m_imageGroupOf[size_t(image)]);
        Eligibility &verdict = profile.eligibility[size_t(image)];
        if (!spec.enabled) {
            verdict = Eligibility::Disabled;
            continue;
        }
        if (!spec.registry) {
            verdict = Eligibility::NoRegistry;
            continue;
        }
        const QString &registry = *spec.registry;
        if (spec.zone && *spec.zone != agents.zone) {
            verdict = Eligibility::ZoneMismatch;
            continue;
        }
        if (spec.uncompressedSizeMb > diskLeft) {
            verdict = Eligibility::NoDisk;
            continue;
        }
        // A pull whose login fails stores nothing, so it takes no disk from the images after it.
        if (!spec.credentialsValid) {
            profile.wrongCredentialImages.push_back(image);
            continue;
        }
        diskLeft -= spec.uncompressedSizeMb;
        const BucketKey key =
            spec.account ? BucketKey{registry, true, *spec.account} : BucketKey{registry, false, agents.source};
        const int bucket = m_limiter.bucketId(key);
        groupOfBucket.insert(bucket, 0);
        pulled.emplace_back(bucket, image);
    }
    int index = 0;
    for (auto it = groupOfBucket.begin(); it != groupOfBucket.end(); ++it) {
        it.value() = index++;
        profile.pullGroups.push_back(PullGroup{it.key(), {}, {}, 0});
    }
    for (const auto &[bucket, image] : pulled) {
        const int group = groupOfBucket.value(bucket);
        PullGroup &pullGroup = profile.pullGroups[size_t(group)];
        profile.groupOfImage[size_t(image)] = group;
        profile.positionOfImage[size_t(image)] = int(pullGroup.images.size());
        if (m_scenario.images.at(m_imageGroupOf[size_t(image)]).tagMovesEveryS)
            pullGroup.movingPositions.push_back(int(pullGroup.images.size()));
        pullGroup.images.push_back(image);
    }
    for (PullGroup &group : profile.pullGroups) {
        group.movingOffset = profile.movingCount;
        profile.movingCount += int(group.movingPositions.size());
    }
    return profile;
}

qint64 Fleet::slotBase(int agent) const
{
    const int g = agentGroupOf(agent);
    return m_groupSlotBase[size_t(g)] +
           qint64(agent - m_firstAgentOf[size_t(g)]) * qint64(groupProfile(g).pullGroups.size());
}

qint64 Fleet::movingBase(int agent) const
{
    const int g = agentGroupOf(agent);
    return m_groupMovingBase[size_t(g)] + qint64(agent - m_firstAgentOf[size_t(g)]) * groupProfile(g).movingCount;
}

QString Fleet::agentName(int agent) const
{
    const AgentGroup &group = m_scenario.agents.at(agentGroupOf(agent));
    const QString base =
        group.name.isEmpty() ? QStringLiteral("agent") + QString::number(agentGroupOf(agent)) : group.name;
    return base + QLatin1Char('-') + QString::number(m_agentIndexInGroup[size_t(agent)] + 1);
}

QString Fleet::imageName(int image) const
{
    const int g = imageGroupOf(image);
    const ImageGroup &group = m_scenario.images.at(g);
    const QString base = group.name.isEmpty() ? QStringLiteral("image") + QString::number(g) : group.name;
    return base + QLatin1Char('-') + QString::number(m_imageIndexInGroup[size_t(image)] + 1);
}

qint64 Fleet::checkInsBefore(int agent, qint64 tMs) const
{
    const qint64 phase = phaseMs(agent);
    const qint64 t = std::min(tMs, m_durationMs);
    return t <= phase ? 0 : (t - phase + m_checkInMs - 1) / m_checkInMs;
}

qint64 Fleet::refreshesBefore(int agent, qint64 tMs) const
{
    const qint64 phase = phaseMs(agent);
    const qint64 t = std::min(tMs, m_durationMs);
    return t > phase ? (t - phase - 1) / m_refreshMs : 0;
}

qint64 Fleet::refreshesOutsideCheckInsBefore(int agent, qint64 tMs) const
{
    // Refresh k falls on a check-in when k * refresh is a multiple of the check-in interval.
    const qint64 step = m_checkInMs / std::gcd(m_refreshMs, m_checkInMs);
    const qint64 refreshes = refreshesBefore(agent, tMs);
    return refreshes - refreshes / step;
}

qint64 Fleet::firstCheckInAtOrAfter(int agent, qint64 tMs) const
{
    const qint64 phase = phaseMs(agent);
    if (tMs <= phase)
        return phase;
    if (tMs >= std::numeric_limits<qint64>::max() / 2)
        return std::numeric_limits<qint64>::max();
    return phase + (tMs - phase + m_checkInMs - 1) / m_checkInMs * m_checkInMs;
}

qint64 Fleet::nextRefreshAfter(int agent, qint64 tMs) const
{
    const qint64 phase = phaseMs(agent);
    if (tMs < phase)
        return phase + m_refreshMs;
    return phase + ((tMs - phase) / m_refreshMs + 1) * m_refreshMs;
}

} // namespace steward::pull

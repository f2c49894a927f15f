#pragma once

#include "pull/RateLimiter.h"
#include "pull/Scenario.h"

#include <QString>

#include <vector>

namespace steward::pull {

// Why an agent does not pull an image (or Eligible when it does).
enum class Eligibility : quint8
{
    Eligible,
    Disabled,
    NoRegistry,
    ZoneMismatch,
    NoDisk,
};

QString eligibilityName(Eligibility eligibility);

// The images of one agent group that are counted against one bucket, in the order the agent pulls them.
struct PullGroup
{
    int bucket = -1;
    std::vector<int> images;
    // Positions in `images` whose tag moves, and where their per-agent state starts in the agent's block.
    std::vector<int> movingPositions;
    int movingOffset = 0;
};

// What every agent of one agent group pulls: identical for the group, so computed once.
struct AgentProfile
{
    std::vector<PullGroup> pullGroups;
    std::vector<int> wrongCredentialImages; // eligible, but the login fails: every attempt fails
    std::vector<Eligibility> eligibility;   // per image
    // Per image: index into pullGroups and position in it, or -1.
    std::vector<int> groupOfImage;
    std::vector<int> positionOfImage;
    int movingCount = 0; // eligible images with a moving tag, over all pull groups
};

// The scenario expanded into agents, images, buckets and schedules: the static part every simulator and the forecast
// share. Times are integer milliseconds, so every run is exact and reproducible.
//
// Disk: an agent reserves disk for the images it should hold in image order; an image that no longer fits after the
// earlier ones is never pulled. An image whose login always fails never arrives, so it reserves nothing. Kasm checks
// free disk before each pull and does not remove defined images, so this is the agent's steady state; it differs from
// Kasm only while earlier images are still held back by a rate limit.
class Fleet
{
public:
    static Fleet build(const Scenario &scenario);

    const Scenario &scenario() const { return m_scenario; }
    qint64 durationMs() const { return m_durationMs; }
    qint64 checkInMs() const { return m_checkInMs; }
    qint64 refreshMs() const { return m_refreshMs; }

    int agentCount() const { return int(m_phaseMs.size()); }
    int imageCount() const { return int(m_imageGroupOf.size()); }
    qint64 phaseMs(int agent) const { return m_phaseMs[size_t(agent)]; }
    int agentGroupOf(int agent) const { return m_agentGroupOf[size_t(agent)]; }
    int imageGroupOf(int image) const { return m_imageGroupOf[size_t(image)]; }
    const AgentProfile &profile(int agent) const { return groupProfile(agentGroupOf(agent)); }
    // Agent groups that differ only in what does not change what they pull (name, arch) share one profile.
    const AgentProfile &groupProfile(int agentGroup) const { return m_profiles[size_t(profileOf(agentGroup))]; }
    int profileOf(int agentGroup) const { return m_profileOf[size_t(agentGroup)]; }
    int profileCount() const { return int(m_profiles.size()); }
    const AgentProfile &distinctProfile(int index) const { return m_profiles[size_t(index)]; }
    QString agentName(int agent) const;
    QString imageName(int image) const;
    // Slots: one per (agent, pull group), for flat per-agent state. 64 bits: agents x buckets exceeds an int.
    qint64 slotBase(int agent) const;
    qint64 slotCount() const { return m_slotCount; }
    // Per-agent state of the images whose tag moves: one entry per (agent, such eligible image).
    qint64 movingBase(int agent) const;
    qint64 movingCount() const { return m_movingCount; }

    // A limiter with every bucket of the fleet already created, in a fixed order.
    const RateLimiter &limiterPrototype() const { return m_limiter; }

    // Schedule arithmetic for one agent, all within [0, duration).
    qint64 checkInsBefore(int agent, qint64 tMs) const;                 // check-ins strictly before t
    qint64 refreshesBefore(int agent, qint64 tMs) const;                // hourly refreshes strictly before t
    qint64 refreshesOutsideCheckInsBefore(int agent, qint64 tMs) const; // of those, the ones between check-ins
    qint64 firstCheckInAtOrAfter(int agent, qint64 tMs) const;          // may be >= duration
    qint64 nextRefreshAfter(int agent, qint64 tMs) const;               // may be >= duration

private:
    AgentProfile buildProfile(const AgentGroup &agents);

    Scenario m_scenario;
    qint64 m_durationMs = 0;
    qint64 m_checkInMs = 0;
    qint64 m_refreshMs = 0;
    std::vector<qint64> m_phaseMs;
    std::vector<int> m_agentGroupOf;
    std::vector<int> m_agentIndexInGroup;
    std::vector<int> m_imageGroupOf;
    std::vector<int> m_imageIndexInGroup;
    std::vector<AgentProfile> m_profiles; // distinct profiles
    std::vector<int> m_profileOf;         // per agent group
    std::vector<int> m_firstAgentOf;      // per agent group
    std::vector<qint64> m_groupSlotBase;  // per agent group
    std::vector<qint64> m_groupMovingBase;
    qint64 m_slotCount = 0;
    qint64 m_movingCount = 0;
    RateLimiter m_limiter;
};

} // namespace steward::pull

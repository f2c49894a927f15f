#include "NaiveSimulator.h"

#include "pull/Fleet.h"

#include <queue>

namespace steward::pull::bench {

NaiveResult runNaive(const Scenario &scenario)
{
    const Fleet fleet = Fleet::build(scenario);
    RateLimiter limiter = fleet.limiterPrototype();
    NaiveResult result;
    const qint64 duration = fleet.durationMs();
    std::vector<std::vector<char>> present(size_t(fleet.agentCount()));
    using Wake = std::pair<qint64, int>;
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> queue;
    for (int agent = 0; agent < fleet.agentCount(); ++agent) {
        present[size_t(agent)].assign(size_t(fleet.imageCount()), 0);
        if (fleet.phaseMs(agent) < duration)
            queue.emplace(fleet.phaseMs(agent), agent);
    }
    std::vector<int> missing;
    std::vector<int> held;
    while (!queue.empty()) {
        const auto [t, agent] = queue.top();
        queue.pop();
        ++result.engineEvents;
        const qint64 phase = fleet.phaseMs(agent);
        const bool isCheckIn = (t - phase) % fleet.checkInMs() == 0;
        const bool isRefresh = t > phase && (t - phase) % fleet.refreshMs() == 0;
        if (isCheckIn)
            ++result.counters.checkIns;
        const AgentProfile &profile = fleet.profile(agent);
        std::vector<char> &has = present[size_t(agent)];
        for (const PullGroup &group : profile.pullGroups) {
            missing.clear();
            held.clear();
            for (int image : group.images)
                (has[size_t(image)] ? held : missing).push_back(image);
            if (!isRefresh)
                held.clear();
            WindowCounter &bucket = limiter.bucket(group.bucket);
            for (const std::vector<int> *list : {&missing, &held}) {
                for (int image : *list) {
                    ++result.counters.pullsAttempted;
                    if (bucket.acquire(t, 1) == 1) {
                        ++result.counters.pullsSucceeded;
                        has[size_t(image)] = 1;
                    } else {
                        ++result.counters.pullsRateLimited;
                        if (!result.counters.firstRateLimitedMs)
                            result.counters.firstRateLimitedMs = t;
                    }
                }
            }
        }
        result.counters.pullsAttempted += qint64(profile.wrongCredentialImages.size());
        result.counters.pullsFailedOther += qint64(profile.wrongCredentialImages.size());
        const qint64 next = std::min(fleet.firstCheckInAtOrAfter(agent, t + 1), fleet.nextRefreshAfter(agent, t));
        if (next < duration)
            queue.emplace(next, agent);
    }
    for (int id = 0; id < limiter.bucketCount(); ++id)
        result.peakPerBucket.push_back(limiter.bucket(id).peak());
    return result;
}

} // namespace steward::pull::bench

#pragma once

#include "pull/EventLog.h"
#include "pull/Fleet.h"
#include "pull/RateLimiter.h"
#include "pull/SimulationResult.h"

#include <queue>

#include <functional>
#include <memory>
#include <vector>

namespace steward::pull {

struct SimulationOptions
{
    qsizetype eventLogCapacity = 2000;
    EventLog::Filter eventFilter;
    int seriesPoints = 480;
};

// The agent pull behaviour, event-driven: an agent wakes only when something can happen to it (its first check-in,
// an hourly refresh, the first check-in after a full quota can admit again). The check-ins in between, and every
// attempt that must fail (a full bucket, a failing login), are counted arithmetically, not visited.
//
// Time is the simulator's own (milliseconds from 0); it does not read a clock. Drive it with advanceTo(): at once for
// a virtual run, or from a timer against a Clock for a paced/live run.
class Simulator
{
public:
    Simulator(std::shared_ptr<const Fleet> fleet, SimulationOptions options);
    explicit Simulator(std::shared_ptr<const Fleet> fleet);

    // Processes the wake-ups before untilMs (at most maxEvents of them); returns how many it processed.
    qint64 advanceTo(qint64 untilMs, qint64 maxEvents = std::numeric_limits<qint64>::max());
    // The time of the next wake-up, or the duration when none is left.
    qint64 nextEventMs() const;
    bool finished() const { return nextEventMs() >= m_fleet->durationMs(); }
    qint64 durationMs() const { return m_fleet->durationMs(); }
    qint64 engineEvents() const { return m_engineEvents; }
    const RateLimiter &limiter() const { return m_limiter; }

    // What happened in [0, nextEventMs()): all of the duration once finished.
    SimulationResult result(bool canceled = false) const;

    // Runs to the end. `progress` gets the simulated fraction now and then and returns false to cancel.
    static SimulationResult run(const Scenario &scenario, const SimulationOptions &options,
                                const std::function<bool(double)> &progress = {});
    static SimulationResult run(const Scenario &scenario);

private:
    void processAgent(int agent, qint64 tMs);
    void rateLimited(int bucket, qint64 tMs, qint64 count);
    void deniedInBins(int bucket, int agent, qint64 fromIndex, qint64 toIndex, qint64 perCheckIn);

    using Wake = std::pair<qint64, int>;
    std::shared_ptr<const Fleet> m_fleet;
    SimulationOptions m_options;
    RateLimiter m_limiter;
    EventLog m_log;
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> m_queue;
    std::vector<int> m_pulled;         // per slot
    std::vector<qint64> m_nextCheckIn; // per slot: first check-in index whose attempts are not yet counted
    std::vector<std::pair<int, SimulationResult::Arrival>> m_arrivals;  // (slot, arrival) in time order
    std::vector<std::pair<int, SimulationResult::Arrival>> m_refreshes; // (slot, admitted refreshes) in time order
    Counters m_counters;
    qint64 m_binMs = 1;
    std::vector<std::vector<qint64>> m_deniedBins; // per bucket
    std::vector<qint64> m_deniedTotal;
    std::vector<qint64> m_firstDenied;
    qint64 m_engineEvents = 0;
};

} // namespace steward::pull

#pragma once

#include "pull/Budget.h"
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
    // What runChecked() (and the engine) refuses to start; the built-in limits, or the environment's.
    Budget budget = Budget::defaults();
};

// The agent pull behaviour, event-driven: an agent wakes only when something can happen to it (its first check-in,
// an hourly refresh, the first check-in after a full quota can admit again). The check-ins in between, and every
// attempt that must fail (a full bucket, a failing login), are counted arithmetically, not visited.
//
// Memory follows the fleet and the chart, never the duration: the quota history is kept only for the window, the
// chart's bins are filled as the run goes, refreshes that a later one supersedes are dropped, and the digest held
// behind a moving tag is kept per (agent, image) instead of being replayed from every refresh.
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
    // As run(), after validating the scenario and checking its estimate against options.budget: a scenario beyond
    // the budget is refused with an error naming the estimate and the limit, before anything is allocated.
    static Result<SimulationResult> runChecked(const Scenario &scenario, const SimulationOptions &options,
                                               const std::function<bool(double)> &progress = {});

    // Records kept for the result (arrivals, refreshes, quota runs): bounded by the fleet and the window.
    qint64 recordsKept() const;

private:
    using Record = std::pair<qint64, SimulationResult::Arrival>; // (slot, what happened)

    void processAgent(int agent, qint64 tMs);
    void rateLimited(int bucket, qint64 tMs, qint64 count);
    void openBins(int bucket, qint64 tMs);
    void admittedInBin(int bucket, qint64 tMs, qint64 admitted);
    void recordArrival(const PullGroup &group, qint64 movingBase, qint64 tMs, int fromPosition, int count);
    void recordRefresh(const PullGroup &group, qint64 movingBase, qint64 tMs, int count);
    void compactRefreshes();
    std::vector<QuotaSample> series(int bucket) const;
    void countSleptThrough(SimulationResult &out, std::vector<qint64> &deniedTotal, std::vector<qint64> &firstDenied,
                           std::vector<std::vector<qint64>> &deniedBins, EventLog &log) const;
    void summariseImages(SimulationResult &out) const;

    using Wake = std::pair<qint64, int>;
    std::shared_ptr<const Fleet> m_fleet;
    SimulationOptions m_options;
    RateLimiter m_limiter;
    EventLog m_log;
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> m_queue;
    std::vector<int> m_pulled;         // per slot
    std::vector<qint64> m_nextCheckIn; // per slot: first check-in index whose attempts are not yet counted
    std::vector<Record> m_arrivals;    // in time order; at most one per image of a slot
    // Admitted refreshes in time order, less those a later one of the same slot covers (see compactRefreshes).
    std::vector<Record> m_refreshes;
    size_t m_compactRefreshesAt = 0;
    std::vector<SimulationResult::MovingState> m_moving; // per (agent, image with a moving tag)
    Counters m_counters;
    qint64 m_binMs = 1;
    qint64 m_bins = 0;
    std::vector<std::vector<QuotaSample>> m_series; // per bucket: the bins opened so far (their start has passed)
    std::vector<std::vector<qint64>> m_deniedBins;  // per bucket
    std::vector<qint64> m_deniedTotal;
    std::vector<qint64> m_firstDenied;
    qint64 m_engineEvents = 0;
};

} // namespace steward::pull

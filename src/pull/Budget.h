#pragma once

#include "core/Result.h"
#include "pull/Scenario.h"

#include <QString>

namespace steward::pull {

// What a scenario will cost, estimated from the scenario alone (no fleet is built), before a run allocates anything.
// An upper bound in the usual case: a rate-limited agent is assumed to wake at every check-in.
struct WorkEstimate
{
    qint64 steps = 0;     // wake-ups x buckets, (agent, image) visits and the like: tens of nanoseconds each
    qint64 bytes = 0;     // peak memory of the fleet, the run's state and its result
    QString largestSteps; // the term that dominates each, in words, for the error message
    QString largestBytes;
};

// The most work and memory a simulation or forecast may take. The defaults suit a desktop (a couple of minutes of
// CPU, 2 GiB); STEWARD_SIM_MAX_WORK (steps) and STEWARD_SIM_MAX_MEMORY_MB override them, and the CLI's --max-work and
// --max-memory-mb override those.
struct Budget
{
    static constexpr qint64 DefaultMaxSteps = 2000000000LL;
    static constexpr qint64 DefaultMaxBytes = 2048LL * 1024 * 1024;

    qint64 maxSteps = DefaultMaxSteps;
    qint64 maxBytes = DefaultMaxBytes;
    // How a person raises each limit, as a refusal names it: the environment, which every caller reads; stewardctl
    // adds its options, which the window has not.
    QString workInput = QStringLiteral("STEWARD_SIM_MAX_WORK");
    QString memoryInput = QStringLiteral("STEWARD_SIM_MAX_MEMORY_MB");

    // The built-in limits, with the environment's where it sets them (malformed values are ignored).
    static Budget defaults();
};

WorkEstimate estimateSimulation(const Scenario &scenario, int seriesPoints = 480);
WorkEstimate estimateForecast(const Scenario &scenario);

// Refuses an estimate beyond the budget: the error names the estimate, the limit, what dominates, and how to raise it.
// `what`: "simulation" or "forecast".
Status checkBudget(const WorkEstimate &estimate, const Budget &budget, const QString &what);

} // namespace steward::pull

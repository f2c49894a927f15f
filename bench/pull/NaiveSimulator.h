#pragma once

#include "pull/Scenario.h"
#include "pull/SimulationResult.h"

#include <vector>

namespace steward::pull::bench {

struct NaiveResult
{
    Counters counters;
    std::vector<qint64> peakPerBucket; // in the fleet's bucket order
    qint64 engineEvents = 0;
};

// The straightforward implementation the benchmark compares against: one event per agent per check-in (and per
// refresh), every image attempted one by one. Same behaviour, no shortcuts; kept to prove the fast one right.
NaiveResult runNaive(const Scenario &scenario);

} // namespace steward::pull::bench

#pragma once

#include "pull/Budget.h"
#include "pull/Fleet.h"
#include "pull/RateLimiter.h"
#include "pull/Scenario.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace steward::pull {

// One bucket's demand, from the schedule alone: no simulation, so it answers in microseconds for any fleet size.
struct BucketForecast
{
    BucketKey key;
    std::optional<RateLimitPolicy> policy;
    qint64 windowS = 0;
    qint64 agents = 0;       // agents pulling through this bucket
    qint64 images = 0;       // distinct images pulled through it
    qint64 pullsPerWave = 0; // every agent's eligible images: the first check-in, then each refresh
    qint64 wavesPerWindow = 0;
    qint64 peakInWindow = 0; // pulls the busiest window would hold if nothing were refused
    qint64 pullsInDuration = 0;
    // The first 429 (exact: nothing is retried before it) and what it hits.
    std::optional<qint64> firstRateLimitedMs;
    int firstRateLimitedWave = -1; // 0: the first check-ins; k: the k-th refresh
    qint64 secondsIntoWave = 0;    // from the wave's first pull to the first 429
    int firstFailingAgent = -1;
    int firstFailingImage = -1;
};

struct Forecast
{
    QList<BucketForecast> buckets;
    std::optional<qint64> firstRateLimitedMs;
    qint64 pullsInDuration = 0; // pull attempts if nothing were refused (failing logins included)
    qint64 failedLoginsPerHour = 0;
    QStringList advice; // sentences with numbers, most urgent first

    QJsonObject toJson() const;
};

Forecast forecast(const Scenario &scenario);
Forecast forecast(const Fleet &fleet);
// As forecast(), after validating the scenario and checking its estimate against the budget (see Budget.h).
Result<Forecast> checkedForecast(const Scenario &scenario, const Budget &budget = Budget::defaults());

} // namespace steward::pull

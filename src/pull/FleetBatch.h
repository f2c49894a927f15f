#pragma once

#include "pull/FleetPlan.h"
#include "pull/RateLimiter.h"
#include "pull/SimulationResult.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <memory>

namespace steward::pull {

// Where one agent stands with one image after a change: what it holds and whether its pulls fail. A pull that changes
// nothing (an hourly refresh that finds the digest the agent holds, a failure that repeats with the same reason) is
// only counted. A batch holds one change per (agent, image), its latest.
struct FleetChange
{
    enum class Kind : quint8
    {
        Arrived,    // the agent lacked the image and now holds `digest`
        Moved,      // a pull brought another digest than the one it held (the tag moved)
        Identified, // a pull told the digest of an image whose inventory entry named none
        Failed,     // a pull failed for `reason` (first time, or for another reason than before)
        Recovered,  // a pull succeeded after failures, bringing the digest it already held
    };
    Kind kind = Kind::Arrived;
    int agent = -1;     // FleetPlan index
    int image = -1;     // FleetPlan index
    qint32 digest = -1; // FleetBatch::digests index of what it holds; -1: it holds nothing
    qint64 sinceMs = 0; // simulated time that digest arrived (-1: before the run)
    qint32 reason = -1; // FleetBatch::reasons index of why its pulls fail; -1: they do not
    qint64 failingSinceMs = 0;
    qint64 atMs = 0; // simulated time of the change
};

QString fleetChangeKindName(FleetChange::Kind kind);

// Pulls of one image, over every agent.
struct FleetImageTally
{
    qint64 attempted = 0;
    qint64 succeeded = 0;
    qint64 rateLimited = 0;    // by the modelled limit or a registry's 429
    qint64 failed = 0;         // any other failure (login, not found, network, server error)
    qint64 eligibleAgents = 0; // now (not summed over batches)
    qint64 presentAgents = 0;  // now: agents holding some digest of it
    qint64 failingAgents = 0;  // now: agents whose last pull of it failed

    void add(const FleetImageTally &later); // sums the counts, takes the later "now" values
};

// Pulls counted against one bucket (a registry's quota for one source or account).
struct FleetBucketTally
{
    BucketKey key;
    std::optional<RateLimitPolicy> policy;
    qint64 counted = 0;      // pulls admitted
    qint64 rateLimited = 0;  // refused by the model or by the registry
    qint64 usedInWindow = 0; // now
    // Live mode: policy and usedInWindow are what the registry's ratelimit-* headers said (limit, limit - remaining),
    // not the model's count.
    bool reported = false;
    std::optional<qint64> firstRateLimitedMs; // simulated time of this batch's first refused pull, if any
};

// What the fleet did between two simulated times: a value, sent as one signal however many pulls it holds.
struct FleetBatch
{
    std::shared_ptr<const FleetPlan> plan; // the plan the indices refer to
    bool live = false;                     // real pulls of a live run (LiveBatcher), not the simulation's
    qint64 epochMs = 0;                    // wall-clock time (ms since the epoch) of simulated time 0
    qint64 fromMs = 0;                     // simulated
    qint64 untilMs = 0;
    Counters counters;               // this batch's pulls
    QList<FleetImageTally> images;   // per plan image
    QList<FleetBucketTally> buckets; // every bucket of the plan
    QList<FleetChange> changes;      // the latest per (agent, image), in the order of each pair's first change
    // Every change, before they were folded into `changes`.
    qint64 arrived = 0;
    qint64 moved = 0;
    qint64 failures = 0; // pulls that started failing, or failing for another reason
    qint64 recovered = 0;
    QList<qint64> lastCheckInMs; // per plan agent: its latest check-in by untilMs, or -1
    QStringList digests;         // FleetChange::digest indexes this
    QStringList reasons;         // FleetChange::reason indexes this
};

// Everything a run did so far: what `stewardctl fleet run` prints.
struct FleetTotals
{
    std::shared_ptr<const FleetPlan> plan;
    qint64 simulatedMs = 0;
    Counters counters;
    QList<FleetImageTally> images; // per plan image (the latest plan's)
    QList<FleetBucketTally> buckets;
    qint64 arrived = 0;
    qint64 moved = 0;
    qint64 failedChanges = 0;
    qint64 recovered = 0;

    void add(const FleetBatch &batch);
    QJsonObject toJson() const;
};

} // namespace steward::pull

Q_DECLARE_METATYPE(steward::pull::FleetBatch)

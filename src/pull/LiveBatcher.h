#pragma once

#include "pull/Fleet.h"
#include "pull/FleetBatch.h"
#include "pull/FleetPlan.h"
#include "pull/LiveRunner.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace steward::pull {

// Live mode's pulls as the simulated fleet's batches, so that the agents matrix, the event log and the quota model
// follow a live run with the code that follows a simulated one. Pulls are added one at a time (as LiveRunner reports
// them) and leave as one FleetBatch per take(), never a signal per pull.
//
// The quota of a bucket is what its registry last reported (ratelimit-limit / ratelimit-remaining), marked
// FleetBucketTally::reported; a 429 leaves nothing remaining. Before the first answer with headers (or for a registry
// that sends none) it is the run's own count of admitted pulls against the modelled limit.
//
// A plain value on one thread: no locking.
class LiveBatcher final
{
public:
    // `plan`: the live run's plan (indices of agents and images as LiveRunner's scenario has them); `epochMs`: the
    // wall-clock time of scenario time 0.
    LiveBatcher(std::shared_ptr<const FleetPlan> plan, qint64 epochMs);

    void add(const PullEvent &event, const QString &reason, const LiveObservation &observed);
    // What was added since the last take, up to scenario time `untilMs`; every bucket's quota as it stands now.
    FleetBatch take(qint64 untilMs);
    bool hasPulls() const { return m_pending > 0; }
    qint64 pullsSoFar() const { return m_pullsSoFar; }

    // The live plan for a fleet's plan: the same agents and images, holding nothing (LiveRunner's agents start
    // empty-handed and pull every eligible image at their first check-in).
    static std::shared_ptr<const FleetPlan> livePlan(const FleetPlan &fleetPlan);

private:
    struct Cell
    {
        qint32 digest = -1;
        qint32 reason = -1;
        qint64 sinceMs = -1;
        qint64 failingSinceMs = -1;
    };
    struct Quota
    {
        std::optional<RateLimitPolicy> reportedPolicy;
        qint64 reportedUsed = 0;
        qint64 counted = 0; // admitted pulls over the run, for a registry without headers
    };

    Cell &cell(int agent, int image) { return m_cells[size_t(agent) * size_t(m_fleet.imageCount()) + size_t(image)]; }
    void succeeded(const PullEvent &event, const LiveObservation &observed);
    void failed(const PullEvent &event, const QString &reason);
    void observe(int bucket, const LiveObservation &observed, bool refused);
    void note(int agent, int image, FleetChange::Kind kind, qint64 atMs);
    qint32 indexOf(QStringList &table, QHash<QString, qint32> &index, const QString &text);
    void startBatch();

    std::shared_ptr<const FleetPlan> m_plan;
    Fleet m_fleet;
    RateLimiter m_limiter;
    qint64 m_epochMs = 0;
    std::vector<Cell> m_cells;
    std::vector<Quota> m_quotas;   // per bucket
    std::vector<qint64> m_present; // per image
    std::vector<qint64> m_failing; // per image
    std::vector<qint64> m_eligible;
    FleetBatch m_batch;
    QHash<qint64, qsizetype> m_changeAt; // (agent, image) -> index in m_batch.changes
    QStringList m_digests;
    QHash<QString, qint32> m_digestIndex;
    QStringList m_reasons;
    QHash<QString, qint32> m_reasonIndex;
    qint64 m_fromMs = 0;
    qint64 m_pending = 0;
    qint64 m_checkInsCounted = 0;
    qint64 m_pullsSoFar = 0;
};

} // namespace steward::pull

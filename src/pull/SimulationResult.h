#pragma once

#include "pull/Fleet.h"
#include "pull/RateLimiter.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <memory>
#include <optional>

namespace steward::pull {

struct Counters
{
    qint64 checkIns = 0;
    qint64 pullsAttempted = 0;
    qint64 pullsSucceeded = 0;
    qint64 pullsRateLimited = 0; // refused with 429; not counted against the quota
    qint64 pullsFailedOther = 0; // the login failed (wrong credentials)
    std::optional<qint64> firstRateLimitedMs;

    bool operator==(const Counters &) const = default;
};

// One point of a bucket's quota chart; a bin covers [startMs, startMs + bin width).
struct QuotaSample
{
    qint64 startMs = 0;
    qint64 usedAtStart = 0; // counted pulls in the window ending at startMs
    qint64 peakInBin = 0;   // highest window use reached inside the bin
    qint64 admitted = 0;
    qint64 denied = 0;
};

struct BucketReport
{
    BucketKey key;
    std::optional<RateLimitPolicy> policy; // none: unlimited, measured over the scenario's report window
    qint64 windowS = 0;
    qint64 peakInWindow = 0; // the most counted pulls any window held
    qint64 counted = 0;
    qint64 rateLimited = 0;
    std::optional<qint64> firstRateLimitedMs;
    qint64 binMs = 0;
    QList<QuotaSample> series;
};

// What happened, for the log pane. Repeated identical failures are folded into one event spanning [atMs, untilMs].
struct PullEvent
{
    enum class Kind : quint8
    {
        Pulled,            // `count` images the agent lacked arrived
        Refreshed,         // `count` present images were pulled again (hourly)
        RateLimited,       // `count` pull attempts got 429
        CredentialsFailed, // `count` attempts failed at login (or the login gives no access)
        NotFound,          // live: the repository, tag or the agent's platform does not exist
        NetworkFailed,     // live: the registry could not be reached, or did not answer in time
        IntegrityFailed,   // live: what arrived did not match its digest, or was cut short
        Failed,            // live: any other failure
    };
    Kind kind = Kind::Pulled;
    qint64 atMs = 0;
    qint64 untilMs = 0;
    int agent = -1;
    int image = -1; // the first image concerned
    int bucket = -1;
    qint64 count = 0;
    // Why it failed, in words: an index into the run's message table (SimulationResult::messages,
    // LiveResult::messages), or -1. An index, not a string: events are copied around in bulk.
    qint32 reason = -1;
};

QString eventKindName(PullEvent::Kind kind);

enum class ImageStatus : quint8
{
    Present,
    Waiting,           // eligible, still missing because of the rate limit
    CredentialsFailed, // eligible, missing because the login fails
    NotEligible,
};

struct AgentImageState
{
    ImageStatus status = ImageStatus::NotEligible;
    Eligibility eligibility = Eligibility::Eligible;
    qint64 sinceMs = -1;         // Present: when the digest it holds arrived (first pull, or the refresh that moved it)
    qint64 lastPulledMs = -1;    // Present: its last successful pull (a refresh that found the same digest included)
    qint64 digestGeneration = 0; // which digest of a moving tag it holds: 0 the first, k after the k-th move
    // Present and behind a moved tag: when the tag moved past the agent's digest, and for how long by the end.
    std::optional<qint64> staleSinceMs;
    qint64 staleForMs = 0;
};

// Per image, over all agents.
struct ImageSummary
{
    int image = -1;
    qint64 eligibleAgents = 0;
    qint64 presentAgents = 0;
    std::optional<qint64> firstArrivalMs;
    std::optional<qint64> lastArrivalMs;
    qint64 staleAgents = 0; // agents holding a digest the (moving) tag has left by the end
};

// The outcome of a simulation, as a value: cheap to copy (shared, immutable detail) and safe to send across threads.
class SimulationResult
{
public:
    Counters counters;
    QList<BucketReport> buckets;
    QList<PullEvent> events;  // the events the log kept (the newest matches of the filter), in time order
    qint64 eventsMatched = 0; // how many events matched the filter in total
    qint64 engineEvents = 0;  // agent wake-ups the engine processed
    qint64 simulatedUntilMs = 0;
    bool canceled = false;
    QList<ImageSummary> images;
    QStringList messages; // PullEvent::reason indexes this

    const Fleet *fleet() const { return m_fleet.get(); }
    AgentImageState state(int agent, int image) const;
    QJsonObject toJson() const; // counters and buckets (no series, no events): what `stewardctl simulate --json` prints

    // Arrival and refresh records the result holds (they back state()); bounded by the fleet, not the duration.
    qsizetype arrivalRecords() const { return m_arrivals ? qsizetype(m_arrivals->size()) : 0; }
    qsizetype refreshRecords() const { return m_refreshes ? qsizetype(m_refreshes->size()) : 0; }

    struct Arrival
    {
        qint64 atMs;
        int count;
    };
    // An image with a moving tag on one agent: when the digest it holds arrived, and its last successful pull.
    struct MovingState
    {
        qint64 sinceMs = -1;
        qint64 lastPulledMs = -1;
    };

private:
    friend class Simulator; // fills the detail below
    std::shared_ptr<const Fleet> m_fleet;
    std::shared_ptr<const std::vector<int>> m_pulled;            // per slot: images of the pull group present
    std::shared_ptr<const std::vector<qint64>> m_arrivalOffsets; // per slot: range into m_arrivals
    std::shared_ptr<const std::vector<Arrival>> m_arrivals;      // grouped by slot, in time order
    std::shared_ptr<const std::vector<qint64>> m_refreshOffsets; // per slot: range into m_refreshes
    // Admitted refreshes (the first `count` present images), less those a later one of the slot covers.
    std::shared_ptr<const std::vector<Arrival>> m_refreshes;
    std::shared_ptr<const std::vector<MovingState>> m_moving; // per (agent, image with a moving tag): Fleet::movingBase
};

} // namespace steward::pull

Q_DECLARE_METATYPE(steward::pull::SimulationResult)

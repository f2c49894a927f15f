#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "pull/Fleet.h"
#include "pull/FleetBatch.h"
#include "pull/FleetPlan.h"
#include "pull/RateLimiter.h"
#include "registry/CredentialProvider.h"
#include "registry/RegistryOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <queue>

#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace steward::registry {
class RegistryClient;
}

namespace steward::pull {

struct FleetRunOptions
{
    QHash<QString, registry::Credential> logins;          // account ("user@host", as the plan names it) -> login
    registry::RegistryOptions registryOptions;            // every registry's, unless named below
    QHash<QString, registry::RegistryOptions> registries; // per registry host ("127.0.0.1:5000")
    const Clock *clock = &WallClock::instance(); // read on the runner's thread: must be safe there, and outlive it
    double speed = 1.0;                          // simulated ms per clock ms: 1 real time, 3600 an hour a second
    int tickMs = 50;                             // how often a running fleet looks at the clock
    int batchIntervalMs = 250; // how often a running fleet reports (clock ms); steps and stops report at once
};

// The agents of a simulated deployment pulling on the pull model's schedule (Fleet: check-in every 30 s, an image an
// agent lacks at its next check-in, every image hourly, eligibility, the modelled rate limits), each pull resolved
// against the real registry with a manifest HEAD (no blob moves, and Docker Hub does not count a HEAD) to learn the
// digest the agent now holds. A failed HEAD (401, 404, 429, 5xx, no answer) fails the pull with its reason; a
// refused pull is not counted against the modelled quota.
//
// One HEAD per reference (and login) per tick, not per pull: every pull of it in the same tick (at most tickMs of clock
// time, or one step) gets the same answer, so that a fleet of 10,000 agents costs the registry one request per image
// per tick, and images that share a reference one between them. Pulls in a tick are processed in simulated-time order;
// a tick waits for the HEADs it needs.
//
// A running fleet that cannot keep up with its speed runs as fast as it can: a tick works for at most tickMs, and the
// time it fell behind is dropped rather than owed. Steps and stops always get all the way.
//
// Lives on the simulated fleet's thread (SimulatedFleet owns it): call it only there. Results leave as batches,
// never one signal per pull.
class FleetRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetRunner)

public:
    explicit FleetRunner(QObject *parent = nullptr);
    ~FleetRunner() override;

    void configure(const steward::pull::FleetRunOptions &options);
    // The first plan starts the run at simulated time 0 (paused). A later one (the deployment changed) keeps the
    // time and what every agent holds of every image it still has; new agents and images start from the plan.
    void setPlan(std::shared_ptr<const steward::pull::FleetPlan> plan);
    void run();
    void pause();
    void setSpeed(double speed);
    // Paused: advances `simulatedMs` at once, then reports (reached()). Running: ignored.
    void step(qint64 simulatedMs);
    // Runs at the speed until simulated time `simulatedMs`, then pauses and reports (reached()).
    void runUntil(qint64 simulatedMs);
    // Back to simulated time 0 with what the plan says the agents hold.
    void reset();

    qint64 simulatedMs() const { return m_simMs; }
    bool running() const { return m_running; }

Q_SIGNALS:
    void batch(const steward::pull::FleetBatch &batch);
    void stateChanged(bool running, qint64 simulatedMs, double speed);
    // A step or runUntil() got there; the batch up to it has been sent.
    void reached(qint64 simulatedMs);

private:
    struct Cell
    {
        qint32 digest = -1;  // index into m_digests; -1: the agent does not hold the image
        qint32 failure = -1; // index into m_reasons; -1: its last pull did not fail
        qint64 sinceMs = -1;
        qint64 failingSinceMs = -1;
    };
    struct Resolution
    {
        bool ok = false;
        bool rateLimited = false; // the registry answered 429
        qint32 digest = -1;
        qint32 reason = -1;
    };

    void rebuild(const std::shared_ptr<const FleetPlan> &previousPlan);
    void restartFromPlan();
    qint64 clockTargetMs() const;
    void tick();
    void advanceTo(qint64 targetMs);
    void resume();
    const Fleet &planned() const; // the fleet of the current plan; only once there is one
    bool isRefreshAt(int agent, qint64 tMs) const;
    bool resolveFor(int agent, qint64 tMs);
    void newTick();
    void forgetAnswers();
    void mapAskers();
    const Resolution &answer(int image) const { return m_answers[size_t(m_asker[size_t(image)])]; }
    bool answered(int asker) const { return m_answeredIn[size_t(asker)] == m_tick; }
    void requestHead(int image);
    void resolved(int asker, const Resolution &resolution);
    qint32 quotaReasonIndex(int bucket);
    void process(int agent, qint64 tMs);
    void pullGroup(int agent, const PullGroup &group, bool isRefresh, qint64 tMs);
    void refuseGroup(int agent, const PullGroup &group, bool isRefresh, qint64 tMs);
    void succeeded(int agent, int image, qint32 digest, qint64 tMs);
    void failed(int agent, int image, qint32 reason, bool rateLimited, qint64 tMs);
    void noteChange(int agent, int image, FleetChange::Kind kind, qint64 tMs);
    void scheduleNext(int agent, qint64 tMs);
    void emitBatch();
    void emitState();
    qint32 digestIndex(const QString &digest);
    qint32 reasonIndex(const QString &reason);
    registry::RegistryClient *clientFor(const std::optional<QString> &account);
    size_t cellIndex(int agent, int image) const { return size_t(agent) * size_t(m_imageCount) + size_t(image); }
    Cell &cell(int agent, int image) { return m_cells[cellIndex(agent, image)]; }

    FleetRunOptions m_options;
    std::shared_ptr<const FleetPlan> m_plan;
    std::optional<Fleet> m_fleet;
    RateLimiter m_limiter;
    int m_imageCount = 0;
    std::vector<Cell> m_cells;      // per (agent, image)
    std::vector<int> m_missing;     // per agent: eligible images it does not hold
    std::vector<qint64> m_present;  // per image
    std::vector<qint64> m_failing;  // per image
    std::vector<qint64> m_eligible; // per image
    using Wake = std::pair<qint64, int>;
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> m_queue;
    std::vector<int> m_scratch;
    std::vector<int> m_admissible;

    qint64 m_simMs = 0; // processed up to here
    qint64 m_targetMs = 0;
    qint64 m_epochMs = 0; // clock time of simulated 0
    bool m_running = false;
    double m_speed = 1.0;
    qint64 m_clockBaseMs = 0;
    qint64 m_simBaseMs = 0;
    std::optional<qint64> m_stopAtMs;
    bool m_reportReach = false;
    QTimer *m_timer = nullptr;

    quint64 m_generation = 0; // bumped by every plan and reset: answers for an older one are dropped
    // The registry's answers, in arrays indexed by image rather than hashed per pull (the per-pull lookups were the
    // fleet's top cost). Images with the same reference and login get the same answer from one HEAD: each image's
    // answer is kept at its asker's index (m_asker), the first image of the plan with that reference and login.
    std::vector<int> m_asker;          // per image
    int m_askers = 0;                  // how many images ask (distinct reference and login)
    std::vector<Resolution> m_answers; // per asker
    std::vector<quint64> m_answeredIn; // per asker: the tick m_answers holds the answer of
    std::vector<char> m_pending;       // per asker: its HEAD is on its way
    int m_pendingCount = 0;
    quint64 m_tick = 1;         // answers are asked again in every tick
    int m_answeredThisTick = 0; // askers answered in this tick: all of them, and no agent needs to look
    qint64 m_answersSimMs = 0;  // simulated time the tick began
    bool m_behind = false;      // the last slice ran out of time before its target
    bool m_waiting = false;
    // A plan that came while a tick waited for the registry: applied when the tick is done, so that no pull of it is
    // made twice or lost.
    std::shared_ptr<const FleetPlan> m_deferredPlan;
    QHash<QString, registry::RegistryClient *> m_clients; // per account ("" anonymous)

    FleetBatch m_batch;
    std::vector<qint32> m_changeAt;    // per (agent, image): index in m_batch.changes, -1 none
    std::vector<qint32> m_quotaReason; // per bucket: the reason index of its refusals, -1 not made yet
    QElapsedTimer m_sinceBatch;
    qint64 m_checkInsCounted = 0;
    QStringList m_digests;
    QHash<QString, qint32> m_digestIndex;
    QStringList m_reasons;
    QHash<QString, qint32> m_reasonIndex;
};

} // namespace steward::pull

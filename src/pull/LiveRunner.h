#pragma once

#include "core/Clock.h"
#include "pull/Fleet.h"
#include "pull/RateLimiter.h"
#include "pull/SimulationResult.h"
#include "registry/CredentialProvider.h"
#include "registry/RegistryOptions.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <queue>

#include <vector>

namespace steward::registry {
class RegistryClient;
}

namespace steward::pull {

struct LiveOptions
{
    QHash<int, QString> references;              // image group index -> the reference its images pull
    QHash<QString, registry::Credential> logins; // account -> its login (never logged)
    registry::RegistryOptions registryOptions;
    const Clock *clock = &WallClock::instance();
    double realMsPerScenarioSecond = 1000.0; // 1000: the real schedule; 5: a 30 s check-in every 150 ms
};

struct LiveResult
{
    Counters counters;
    qint64 requestsSent = 0; // manifest GETs sent; attempts held back by a Retry-After are counted as rate-limited
    qint64 heldBack = 0;
    bool canceled = false;
};

// Live mode: the agent schedule of the Fleet (the same phases, check-ins, refreshes and eligibility as the
// simulation) on a clock, with each pull a real manifest GET through the registry client with the image's own login.
// A 429 is reported at once (agents do not back off; they retry at the next check-in), and while the registry's
// Retry-After lasts, attempts on that bucket are held back and counted as refused instead of being sent. What the
// registry's ratelimit-* headers say is learned into limiter(). The scenario's `credentials` key is ignored here:
// the registry decides. Blobs are not downloaded.
class LiveRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveRunner)

public:
    LiveRunner(const Scenario &scenario, const LiveOptions &options, QObject *parent = nullptr);
    ~LiveRunner() override;

    // Checks that every image an agent pulls has a reference and every account a login; then runs.
    Status start();
    void cancel();
    const RateLimiter &limiter() const { return m_limiter; }

Q_SIGNALS:
    void pullFinished(const steward::pull::PullEvent &event);
    void finished(const steward::pull::LiveResult &result);

private:
    qint64 scenarioNowMs() const;
    void tick();
    void attempt(int agent, int image, int bucket, qint64 nowMs);
    void finishIfDone();

    Fleet m_fleet;
    LiveOptions m_options;
    RateLimiter m_limiter;
    QHash<QString, registry::RegistryClient *> m_clients; // per account ("" = anonymous)
    std::vector<std::vector<quint8>> m_state;             // per agent, per image: bit 0 present, bit 1 in flight
    std::vector<qint64> m_blockedUntil;                   // per bucket, scenario ms
    using Wake = std::pair<qint64, int>;
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> m_queue;
    LiveResult m_result;
    qint64 m_startMs = 0;
    int m_inFlight = 0;
    bool m_running = false;
    QTimer m_timer;
};

} // namespace steward::pull

Q_DECLARE_METATYPE(steward::pull::LiveResult)
Q_DECLARE_METATYPE(steward::pull::PullEvent)

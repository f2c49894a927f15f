#pragma once

#include "core/Clock.h"
#include "core/ImageReference.h"
#include "pull/Fleet.h"
#include "pull/RateLimiter.h"
#include "pull/SimulationResult.h"
#include "registry/CredentialProvider.h"
#include "registry/Manifest.h"
#include "registry/RateLimit.h"
#include "registry/RegistryOptions.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <queue>

#include <functional>
#include <vector>

namespace steward::registry {
class RegistryClient;
}

namespace steward::pull {

struct LiveOptions
{
    QHash<int, QString> references;              // image group index -> the reference its images pull (see also
                                                 // liveReferences: the scenario's own images[].reference)
    QHash<QString, registry::Credential> logins; // account -> its login (never logged)
    registry::RegistryOptions registryOptions;   // every registry's, unless named below
    QHash<QString, registry::RegistryOptions> registries; // per registry host: a CA file, an explicit "insecure"
    const Clock *clock = &WallClock::instance();
    double realMsPerScenarioSecond = 1000.0; // 1000: the real schedule; 5: a 30 s check-in every 150 ms
    // Blob bytes the whole run may download (0: manifests only). While it lasts, a pull also GETs its platform
    // manifest's config and layers, in order, verified and dropped; the first blob that no longer fits stops blob
    // traffic for the rest of the run.
    qint64 blobBudgetBytes = 0;
};

// What one live pull learned beyond its event: the digest it brought and the quota as the registry reported it.
struct LiveObservation
{
    QString digest;                // "sha256:…" of what the reference names (the index for a multi-platform image)
    registry::RateLimit rateLimit; // the answer's ratelimit-* headers; `limited` false when it sent none
    bool answered = false;         // the registry answered the pull (with the image, or with 429): headers are known
};

struct LiveResult
{
    Counters counters;
    qint64 requestsSent = 0; // pulls sent (an index and its platform manifest are one); attempts held back by a
                             // Retry-After are counted as rate-limited instead
    qint64 heldBack = 0;
    QList<qint64> retryAfterMs; // the Retry-After of each 429 that had one, in real ms, in arrival order
    qint64 blobsFetched = 0;
    qint64 blobBytes = 0;                    // downloaded and verified; never more than LiveOptions::blobBudgetBytes
    bool blobBudgetSpent = false;            // the budget stopped blob traffic
    std::optional<qint64> blobBudgetSpentMs; // scenario time it did
    bool canceled = false;
    QStringList messages; // why pulls failed, each text once: PullEvent::reason indexes this
};

// Live mode: the agent schedule of the Fleet (the same phases, check-ins, refreshes and eligibility as the
// simulation) on a clock, with each pull a real manifest GET through the registry client with the image's own login;
// for a multi-platform index, the index and then the image manifest for the agent's arch (one pull, as Docker Hub
// counts it). A 429 is reported at once (agents do not back off; they retry at the next check-in), and while the
// registry's Retry-After lasts, attempts on that bucket are held back and counted as refused instead of being sent.
// What the registry's ratelimit-* headers say is learned into limiter(). The scenario's `credentials` key is ignored
// here: the registry decides. Blobs are downloaded only under LiveOptions::blobBudgetBytes.
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

    // The text PullEvent::reason names ("" for -1 or an unknown index): what pullFinished()'s receivers show.
    QString message(qint32 reason) const;

Q_SIGNALS:
    // A failed pull's event carries a reason; pullFinished() passes its text along, so that receivers on another
    // thread need not keep the table. `observed`: the digest it brought and the registry's quota headers.
    void pullFinished(const steward::pull::PullEvent &event, const QString &reason,
                      const steward::pull::LiveObservation &observed);
    void finished(const steward::pull::LiveResult &result);

private:
    qint64 scenarioNowMs() const;
    void tick();
    void attempt(int agent, int image, int bucket, qint64 nowMs);
    // Fetches `blobs` from `next` on while the budget lasts, then calls `done` with the first failure, if any.
    void fetchBlobs(registry::RegistryClient *client, int agent, const ImageReference &repository,
                    const QList<registry::Descriptor> &blobs, qsizetype next, const std::function<void(Status)> &done);
    void finishPull(int agent, int image, int bucket, const Status &outcome, const LiveObservation &observed = {});
    // The index of `text` in the run's message table, added when new; -1 once the table is full.
    qint32 reasonFor(const QString &text);
    void finishIfDone();
    // Keeps `request` so that cancel() can abort it; forgets requests that are done.
    void track(const QFuture<void> &request);

    Fleet m_fleet;
    LiveOptions m_options;
    RateLimiter m_limiter;
    QHash<QString, registry::RegistryClient *> m_clients; // per account ("" = anonymous)
    std::vector<std::vector<quint8>> m_state;             // per agent, per image: bit 0 present, bit 1 in flight
    std::vector<qint64> m_blockedUntil;                   // per bucket, scenario ms
    using Wake = std::pair<qint64, int>;
    std::priority_queue<Wake, std::vector<Wake>, std::greater<>> m_queue;
    LiveResult m_result;
    QHash<QString, qint32> m_reasons; // text -> index into m_result.messages
    qint64 m_blobBudgetLeft = 0;
    std::vector<QSet<QString>> m_agentBlobs; // per agent: blob digests it downloaded
    qint64 m_startMs = 0;
    int m_inFlight = 0;
    // Registry calls in flight: cancelling the run cancels them, which aborts their transfers at once.
    QList<QFuture<void>> m_requests;
    bool m_running = false;
    QTimer m_timer;
};

} // namespace steward::pull

namespace steward::pull {

// The scenario's images[].reference per image group, checked against the registry the group names: in a live
// scenario each registry's name is its host[:port] as in a reference, so that the quota the model keeps is the one
// the registry keeps. Groups no agent pulls (disabled, no registry) may leave it out.
Result<QHash<int, QString>> liveReferences(const Scenario &scenario);

} // namespace steward::pull

Q_DECLARE_METATYPE(steward::pull::LiveResult)
Q_DECLARE_METATYPE(steward::pull::PullEvent)
Q_DECLARE_METATYPE(steward::pull::LiveObservation)

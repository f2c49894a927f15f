#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/WorkerThread.h"
#include "pull/LiveRunner.h"
#include "pull/Scenario.h"
#include "pull/SimulationResult.h"
#include "pull/Simulator.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class QTimer;

namespace steward::pull {

// How a paced run maps the clock to simulated time: `speed` simulated milliseconds per clock millisecond.
struct PacedOptions
{
    const Clock *clock = &WallClock::instance(); // must outlive the run and be safe to read from the engine thread
    double speed = 1.0;                          // 1: the real schedule (live); 3600: an hour per second
    int tickMs = 50;                             // how often the engine looks at the clock
};

// The worker that runs the agent pull behaviour. It lives on its own thread (see PullEngineThread): commands arrive
// as queued calls, results leave as signals carrying values. A virtual run goes as fast as the CPU allows; a paced
// run drives the same Simulator from a Clock (the wall clock for live mode), a tick at a time.
class PullEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullEngine)

public:
    explicit PullEngine(QObject *parent = nullptr);
    ~PullEngine() override;

    // Thread-safe: a request id for the next command, and cancellation of every request issued so far.
    quint64 nextRequestId();
    quint64 lastRequestId() const { return m_lastRequest.load(); }
    void cancelUpTo(quint64 requestId);

    // Engine-thread commands; call them through PullEngineThread.
    void simulate(quint64 requestId, const steward::pull::Scenario &scenario,
                  const steward::pull::SimulationOptions &options);
    void startPaced(quint64 requestId, const steward::pull::Scenario &scenario,
                    const steward::pull::SimulationOptions &options, const steward::pull::PacedOptions &paced);
    // Live mode: real pulls through the registry client on the options' clock (see LiveRunner).
    void startLive(quint64 requestId, const steward::pull::Scenario &scenario,
                   const steward::pull::LiveOptions &options);
    // Stops the live run if its request was canceled.
    void stopCanceledLive();

Q_SIGNALS:
    // fraction of the simulated duration done; throttled to a few per second.
    void progress(quint64 requestId, double fraction, qint64 simulatedMs);
    // A paced run's state so far, now and then (a value; the GUI charts it).
    void snapshot(quint64 requestId, const steward::pull::SimulationResult &result);
    // Also emitted, with result.canceled set, when a run was canceled: what was simulated up to then.
    void finished(quint64 requestId, const steward::pull::SimulationResult &result);
    void failed(quint64 requestId, const steward::Error &error);
    // `reason`: the text of event.reason (empty when it has none); `observed`: its digest and the quota's headers.
    void livePull(quint64 requestId, const steward::pull::PullEvent &event, const QString &reason,
                  const steward::pull::LiveObservation &observed);
    void liveFinished(quint64 requestId, const steward::pull::LiveResult &result);

private:
    bool canceled(quint64 requestId) const { return requestId <= m_cancelUpTo.load(std::memory_order_relaxed); }
    void tick();

    std::atomic<quint64> m_lastRequest{0};
    std::atomic<quint64> m_cancelUpTo{0};
    // The paced run in progress, if any.
    std::unique_ptr<Simulator> m_paced;
    quint64 m_pacedRequest = 0;
    PacedOptions m_pacedOptions;
    qint64 m_pacedStartMs = 0;
    int m_ticks = 0;
    QTimer *m_timer = nullptr;
    LiveRunner *m_live = nullptr;
    quint64 m_liveRequest = 0;
};

// Owns the engine and its thread. Destroying it cancels what runs, quits the thread and waits for it.
class PullEngineThread
{
public:
    PullEngineThread();
    ~PullEngineThread();
    PullEngineThread(const PullEngineThread &) = delete;
    PullEngineThread &operator=(const PullEngineThread &) = delete;

    // Connect to its signals with a context object on your thread; they arrive queued.
    PullEngine *engine() const { return m_engine; }
    QThread *thread() const { return m_thread.thread(); }

    // Queue a command; the returned id tags its signals.
    quint64 simulate(const Scenario &scenario, const SimulationOptions &options);
    quint64 simulate(const Scenario &scenario);
    quint64 startPaced(const Scenario &scenario, const SimulationOptions &options, const PacedOptions &paced);
    quint64 startLive(const Scenario &scenario, const LiveOptions &options);
    // Cancels every command queued or running.
    void cancel();

private:
    PullEngine *m_engine; // m_thread's worker: lives on it, deleted there when it finishes
    WorkerThread m_thread;
};

} // namespace steward::pull

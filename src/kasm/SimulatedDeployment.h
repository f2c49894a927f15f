#pragma once

#include "kasm/AgentPulls.h"
#include "kasm/Deployment.h"
#include "kasm/SimulatedStorage.h"

#include <functional>
#include <memory>

class QThread;

namespace steward {
class Clock;
class WorkerThread;
} // namespace steward

namespace steward::kasm {

// The embedded default deployment: the same interface as a Kasm server, over a persisted SimulatedState.
// Behaves like Kasm where that is observable: new images join "All Users", `available` is true when some agent
// holds the image, unknown ids are errors. Every change is saved, with its audit entries, before it is reported done;
// a failed save leaves nothing changed. Inventories move only through the calls below (the pull engine drives them).
// The storage may be shared with other deployments and processes (a profile's catalog): reads read it, and changes
// apply to what it holds at that moment (SimulatedStorage::update), so nobody's change is lost to another's.
//
// Threads: the state and its storage live on a worker thread of this object ("steward-kasmsim"), so that a call
// never waits on SQLite or the file system. Every call returns at once with an unfinished future; the calls run
// one at a time in the order they were made (a read sees every write made before it), and their futures finish,
// in that order, on this object's thread when its event loop runs. Cancelling a call's future before the worker
// starts it skips it; a call already started completes (a write is saved) and its future reports canceled.
// Destroying the deployment runs every call already made (no accepted write is lost), waits for them, and finishes
// their futures with their results before it returns; calls made during destruction are canceled.
class SimulatedDeployment final : public Deployment
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedDeployment)

public:
    // `clock` stamps check-ins, read when a call is made; it must outlive this object. `storage` is used and
    // destroyed on the worker thread only.
    SimulatedDeployment(std::unique_ptr<SimulatedStorage> storage, const Clock &clock, QObject *parent = nullptr);
    ~SimulatedDeployment() override;

    // Reads the stored state. When nothing is stored yet and `initial` is not empty, saves `initial` first (the
    // demo data set on a new profile). Calls made before open() open the stored state as it is.
    QFuture<Status> open(const SimulatedState &initial);
    QFuture<Status> open();
    // Replaces everything (tests, "reset demo").
    QFuture<Status> reset(const SimulatedState &state);
    // The state as of the last call whose future finished (it lags calls still running, and other processes'
    // changes until the next read).
    const SimulatedState &state() const { return m_state; }

    QFuture<Result<DeploymentInfo>> info() override;
    QFuture<Result<QList<KasmImage>>> listImages() override;
    QFuture<Result<KasmImage>> createImage(const KasmImage &image, const std::optional<QString> &dockerToken) override;
    QFuture<Result<KasmImage>> updateImage(const KasmImage &image, const std::optional<QString> &dockerToken) override;
    QFuture<Status> deleteImage(const QString &imageId) override;
    QFuture<Result<QList<KasmGroup>>> listGroups() override;
    QFuture<Result<QStringList>> listGroupImageIds(const QString &groupId) override;
    QFuture<Status> addImageToGroup(const QString &imageId, const QString &groupId) override;
    QFuture<Status> removeImageFromGroup(const QString &imageId, const QString &groupId) override;
    QFuture<Result<QList<KasmAgent>>> listAgents() override;
    QFuture<Result<QList<KasmZone>>> listZones() override;

    using Deployment::createImage;
    using Deployment::updateImage;

    // The simulation's own controls, for the pull engine and tests.
    // An agent checked in now; `pulled` joins its inventory (replacing an entry with the same reference).
    QFuture<Result<KasmAgent>> recordPull(const QString &agentId, const AgentImage &pulled);
    QFuture<Result<KasmAgent>> removeFromInventory(const QString &agentId, const QString &reference);
    QFuture<Result<KasmAgent>> recordCheckIn(const QString &agentId);
    // Replaces the agent's record (zone, disk, prune mode, inventory...); the id must exist.
    QFuture<Result<KasmAgent>> updateAgent(const KasmAgent &agent);
    // Many agents' check-ins and pulls as one saved change (the simulated fleet's batches; applyPullReport per
    // agent). Reports of agents the state no longer has are skipped, not errors: the fleet may report an agent that
    // was removed meanwhile. No audit entry: pulls are the agents' doing, not a change someone made.
    QFuture<Status> recordPullReports(const QList<AgentPullReport> &reports);

    // The worker's thread, for tests and diagnostics.
    QThread *workerThread() const;

Q_SIGNALS:
    // After every saved change, just before that call's future finishes; views refresh on it.
    void stateChanged();

private:
    class Worker;
    template<typename T>
    struct Outcome;

    // Runs `work` on the worker after every call made before; its outcome finishes the future on this thread.
    template<typename T>
    QFuture<T> submit(std::function<Outcome<T>(Worker &)> work);
    template<typename R>
    QFuture<R> read(std::function<R(const SimulatedState &)> answer);
    template<typename R>
    QFuture<R> change(std::function<R(SimulatedState &, QList<store::AuditEntry> &)> apply);
    // A change to one agent only: through SimulatedStorage::updateAgent (the pull engine's hot path).
    QFuture<Result<KasmAgent>> changeAgent(const QString &agentId, std::function<Status(KasmAgent &)> apply);

    const Clock &m_clock;
    const QString m_actor; // who the audit entries name
    SimulatedState m_state;
    bool m_closing = false;
    std::unique_ptr<WorkerThread> m_thread; // drains, then quits: reset first in the destructor
    Worker *m_worker;                       // m_thread's worker
    QObject *m_inbox;                       // on this object's thread: receives the worker's answers
};

} // namespace steward::kasm

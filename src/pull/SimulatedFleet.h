#pragma once

#include "core/Result.h"
#include "kasm/AgentPulls.h"
#include "pull/DeploymentScenario.h"
#include "pull/FleetBatch.h"
#include "pull/FleetRunner.h"
#include "pull/LiveBatcher.h"
#include "pull/LiveRunner.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace steward {
class WorkerThread;
} // namespace steward

namespace steward::kasm {
class Deployment;
class SimulatedDeployment;
} // namespace steward::kasm

namespace steward::pull {

class PullEngineThread;

struct SimulatedFleetOptions
{
    FleetRunOptions run;
    // Registry limits and the default egress address, as the forecast maps a deployment (durationS is unused).
    DeploymentScenarioOptions deployment;
    bool persist = true;          // write inventories, check-ins and failures to the deployment
    int persistIntervalMs = 1000; // at most this often (clock ms), whatever the speed
    // After each write, refresh() the deployment, so that views of its snapshot (the GUI's tables) show what the
    // agents now hold.
    bool refreshAfterWrite = false;
};

// The simulated deployment's agents, living: they pull on the pull model's schedule against the real registries
// (FleetRunner), and what they hold changes in the deployment, so that listAgents() shows digests, since when they
// are held, and failures with their reasons. The GUI and stewardctl own one and control it.
//
// The runner works on a thread of its own ("SimFleet"), owned here: commands are queued to it, results come back as
// batches (batch()), a few per second whatever the fleet's size and speed. The fleet follows the deployment: an image
// registered, changed or removed, or an agent added, reaches the runner at once (stateChanged/refreshed), keeping
// simulated time and what the agents hold.
//
// Threads: create, use and destroy it on one thread with an event loop (the deployment's); it holds the deployment
// until it is destroyed. Destroying it stops the runner, then queues what is still unwritten to the deployment.
class SimulatedFleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedFleet)

public:
    SimulatedFleet(std::shared_ptr<kasm::SimulatedDeployment> deployment, SimulatedFleetOptions options,
                   QObject *parent = nullptr);
    ~SimulatedFleet() override;

    // Maps the deployment as it is now (its state(): open it first) and runs at the options' speed.
    void start();
    void pause();
    void resume();
    // Paused: advances this much simulated time at once (default: one check-in interval), then reached().
    void step(qint64 simulatedMs = 30000);
    void setSpeed(double speed); // simulated ms per clock ms, 1 (real time) to 3600 (an hour a second)
    // Runs at the speed for this much simulated time from now, then pauses and emits reached().
    void runFor(qint64 simulatedMs);
    // Simulated time back to 0, agents holding what the deployment says they hold now.
    void reset();
    // Writes what the batches so far changed; the future finishes once the deployment has saved it.
    QFuture<Status> flush();
    // Limits that replace the options' (DeploymentScenarioOptions::registries, or Docker Hub's documented defaults)
    // for these registries, by host: what the profile sets by hand or a registry reported. Empty: the options' own.
    // A change re-plans at once, keeping simulated time, what the agents hold and how much of each quota is used; the
    // same limits again change nothing.
    void setRegistryLimits(const QHash<QString, RegistrySpec> &limits);
    const QHash<QString, RegistrySpec> &registryLimits() const { return m_limits; }

    // Live mode: the simulation pauses and the plan's agents pull for real, each pull a manifest GET with the
    // image's login (options.logins, per account) and its registry's TLS options (LiveRunner, on a pull engine thread
    // of its own), on options.clock at options.realMsPerScenarioSecond. options.references is filled from the plan.
    // The pulls come out as batch()es of a live plan (LiveBatcher::livePlan: the same agents and images, holding
    // nothing at first), a few per second at most, with each quota as its registry reports it. Live pulls are not
    // written to the deployment. Fails when the fleet has no plan yet (start() it first).
    Status startLive(LiveOptions options);
    // Ends a live run at once (no liveFinished() for it); resume() goes back to the simulation.
    void stopLive();
    bool isLive() const { return m_live != nullptr; }

    const FleetTotals &totals() const { return m_totals; }
    std::shared_ptr<const FleetPlan> plan() const { return m_plan; }
    bool isRunning() const { return m_running; }
    qint64 simulatedMs() const { return m_simulatedMs; }
    double speed() const { return m_speed; }
    QThread *workerThread() const;

Q_SIGNALS:
    // On this object's thread. FleetBatch::plan names the agents and images its indices mean.
    void batch(const steward::pull::FleetBatch &batch);
    void stateChanged(bool running, qint64 simulatedMs, double speed);
    void reached(qint64 simulatedMs);
    // Writing to the deployment failed; the fleet keeps running, and later changes are written (that write's are
    // lost from the deployment; the runner still knows them).
    void persistFailed(const steward::Error &error);
    // A live run could not start on the engine, or ended: its totals (result.canceled when stopLive() ended it).
    void liveFailed(const steward::Error &error);
    void liveFinished(const steward::pull::LiveResult &result);

private:
    void deploymentChanged();
    DeploymentScenarioOptions deploymentOptions() const;
    void received(const FleetBatch &incoming);
    void post(std::function<void(FleetRunner &)> command);
    void emitLiveBatch();
    qint64 liveScenarioMs() const;

    std::shared_ptr<kasm::SimulatedDeployment> m_deployment;
    SimulatedFleetOptions m_options;
    QHash<QString, RegistrySpec> m_limits; // over m_options.deployment.registries
    std::shared_ptr<const FleetPlan> m_plan;
    FleetTotals m_totals;
    bool m_running = false;
    qint64 m_simulatedMs = 0;
    double m_speed = 1.0;
    QHash<QString, kasm::AgentPullReport> m_unwritten; // per agent id
    QTimer *m_persistTimer;
    FleetRunner *m_runner; // m_thread's worker
    std::unique_ptr<WorkerThread> m_thread;
    // Live mode, while it runs: the engine and what turns its pulls into batches.
    std::unique_ptr<PullEngineThread> m_live;
    std::unique_ptr<LiveBatcher> m_liveBatcher;
    LiveOptions m_liveOptions;
    qint64 m_liveStartMs = 0; // options' clock
    QTimer *m_liveTimer;
    int m_liveQuietTicks = 0;
    quint64 m_liveRun = 0;
};

// The demo's fleet: when `deployment` is the simulated one, its agents pulling in real time (×1), the deployment
// refreshed as they change; nullptr for a real Kasm server, whose agents pull by themselves.
std::unique_ptr<SimulatedFleet> startDemoFleet(const std::shared_ptr<kasm::Deployment> &deployment);

} // namespace steward::pull

#include "pull/SimulatedFleet.h"

#include "core/WorkerThread.h"
#include "kasm/SimulatedDeployment.h"
#include "pull/PullEngine.h"
#include "pull/PullText.h"

#include <QPromise>
#include <QTimer>

#include <limits>

namespace steward::pull {

using kasm::AgentImageUpdate;
using kasm::AgentPullReport;
using kasm::Deployment;
using kasm::SimulatedDeployment;

namespace {

kasm::DeploymentSnapshot snapshotOf(const kasm::SimulatedState &state)
{
    kasm::DeploymentSnapshot snapshot;
    snapshot.images = state.images;
    snapshot.groups = state.groups;
    snapshot.groupImageIds = state.groupImageIds;
    snapshot.agents = state.agents;
    snapshot.zones = state.zones;
    return snapshot;
}

QDateTime wallTime(qint64 epochMs, qint64 simulatedMs)
{
    if (simulatedMs == std::numeric_limits<qint64>::min())
        return {}; // held from before the run, since an unknown time
    return QDateTime::fromMSecsSinceEpoch(epochMs + simulatedMs, Qt::UTC);
}

// One agent's report, with the image's standing replaced by the newer one.
void mergeUpdate(AgentPullReport &report, const AgentImageUpdate &update)
{
    for (AgentImageUpdate &known : report.images) {
        if (known.reference == update.reference) {
            known = update;
            return;
        }
    }
    report.images << update;
}

} // namespace

SimulatedFleet::SimulatedFleet(std::shared_ptr<SimulatedDeployment> deployment, SimulatedFleetOptions options,
                               QObject *parent)
    : QObject(parent), m_deployment(std::move(deployment)), m_options(std::move(options)), m_speed(m_options.run.speed),
      m_persistTimer(new QTimer(this)), m_runner(new FleetRunner), m_liveTimer(new QTimer(this))
{
    qRegisterMetaType<steward::pull::FleetBatch>();
    connect(m_runner, &FleetRunner::batch, this, &SimulatedFleet::received);
    connect(m_runner, &FleetRunner::stateChanged, this, [this](bool running, qint64 simulatedMs, double speed) {
        m_running = running;
        m_simulatedMs = simulatedMs;
        m_speed = speed;
        Q_EMIT stateChanged(running, simulatedMs, speed);
    });
    connect(m_runner, &FleetRunner::reached, this, [this](qint64 simulatedMs) {
        m_simulatedMs = simulatedMs;
        Q_EMIT reached(simulatedMs);
    });
    m_thread = std::make_unique<WorkerThread>(QStringLiteral("SimFleet"), m_runner);
    post([options = m_options.run](FleetRunner &runner) { runner.configure(options); });
    connect(m_deployment.get(), &SimulatedDeployment::stateChanged, this, &SimulatedFleet::deploymentChanged);
    connect(m_deployment.get(), &Deployment::refreshed, this, &SimulatedFleet::deploymentChanged);
    connect(m_persistTimer, &QTimer::timeout, this, [this] { flush(); });
    if (m_options.persist)
        m_persistTimer->start(std::max(1, m_options.persistIntervalMs));
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        // Pulls as they come; without any, the clock still moves now and then (the matrix's next check-ins).
        if (m_liveBatcher && (m_liveBatcher->hasPulls() || ++m_liveQuietTicks >= 8))
            emitLiveBatch();
    });
}

SimulatedFleet::~SimulatedFleet()
{
    m_live.reset();   // cancels the live run and waits for its thread
    m_thread.reset(); // the runner stops; batches it sent and this object has not received are dropped
    if (m_options.persist && !m_unwritten.isEmpty())
        m_deployment->recordPullReports(m_unwritten.values()); // the deployment runs every call it accepted
}

QThread *SimulatedFleet::workerThread() const
{
    return m_thread->thread();
}

void SimulatedFleet::post(std::function<void(FleetRunner &)> command)
{
    FleetRunner *runner = m_runner;
    m_thread->post([runner, command = std::move(command)] { command(*runner); });
}

void SimulatedFleet::start()
{
    m_plan = fleetPlan(snapshotOf(m_deployment->state()), deploymentOptions());
    post([plan = m_plan](FleetRunner &runner) {
        runner.setPlan(plan);
        runner.run();
    });
}

void SimulatedFleet::pause()
{
    post([](FleetRunner &runner) { runner.pause(); });
}

void SimulatedFleet::resume()
{
    post([](FleetRunner &runner) { runner.run(); });
}

void SimulatedFleet::step(qint64 simulatedMs)
{
    post([simulatedMs](FleetRunner &runner) { runner.step(simulatedMs); });
}

void SimulatedFleet::setSpeed(double speed)
{
    post([speed](FleetRunner &runner) { runner.setSpeed(speed); });
}

void SimulatedFleet::runFor(qint64 simulatedMs)
{
    post([simulatedMs](FleetRunner &runner) { runner.runUntil(runner.simulatedMs() + simulatedMs); });
}

void SimulatedFleet::reset()
{
    m_totals = FleetTotals{};
    m_plan = fleetPlan(snapshotOf(m_deployment->state()), deploymentOptions());
    post([plan = m_plan](FleetRunner &runner) {
        runner.setPlan(plan);
        runner.reset();
    });
}

DeploymentScenarioOptions SimulatedFleet::deploymentOptions() const
{
    DeploymentScenarioOptions options = m_options.deployment;
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it)
        options.registries.insert(it.key(), it.value());
    return options;
}

void SimulatedFleet::setRegistryLimits(const QHash<QString, RegistrySpec> &limits)
{
    if (limits == m_limits)
        return;
    m_limits = limits;
    deploymentChanged(); // a plan whose scenario has other limits is another shape: the runner gets it
}

void SimulatedFleet::deploymentChanged()
{
    if (!m_plan)
        return; // not started
    std::shared_ptr<const FleetPlan> plan = fleetPlan(snapshotOf(m_deployment->state()), deploymentOptions());
    if (plan->sameShape(*m_plan))
        return; // inventories and check-ins moved (our own writes, mostly): the runner knows them already
    m_plan = plan;
    post([plan](FleetRunner &runner) { runner.setPlan(plan); });
}

void SimulatedFleet::received(const FleetBatch &incoming)
{
    m_totals.add(incoming);
    m_simulatedMs = std::max(m_simulatedMs, incoming.untilMs);
    if (m_options.persist && incoming.plan) {
        const FleetPlan &plan = *incoming.plan;
        for (int agent = 0; agent < incoming.lastCheckInMs.size() && agent < plan.agentCount(); ++agent) {
            const qint64 at = incoming.lastCheckInMs.at(agent);
            if (at >= incoming.fromMs && at >= 0) {
                AgentPullReport &report = m_unwritten[plan.agentIds.at(agent)];
                report.agentId = plan.agentIds.at(agent);
                report.checkedInAt = wallTime(incoming.epochMs, at);
            }
        }
        for (const FleetChange &change : incoming.changes) {
            AgentImageUpdate update;
            update.reference = plan.references.at(change.image);
            update.holds = change.digest >= 0;
            if (update.holds) {
                update.digest = incoming.digests.value(change.digest);
                update.since = wallTime(incoming.epochMs, change.sinceMs);
            }
            if (change.reason >= 0) {
                update.failure = incoming.reasons.value(change.reason);
                update.failedAt = wallTime(incoming.epochMs, change.failingSinceMs);
            }
            AgentPullReport &report = m_unwritten[plan.agentIds.at(change.agent)];
            report.agentId = plan.agentIds.at(change.agent);
            mergeUpdate(report, update);
        }
    }
    // In live mode the views follow the live run; the paused simulation's own reports (a new plan) wait for it.
    if (!m_live)
        Q_EMIT batch(incoming);
}

QFuture<Status> SimulatedFleet::flush()
{
    if (m_unwritten.isEmpty()) {
        QPromise<Status> done;
        done.start();
        done.addResult(Status{});
        done.finish();
        return done.future();
    }
    const QList<AgentPullReport> reports = std::exchange(m_unwritten, {}).values();
    return m_deployment->recordPullReports(reports).then(this, [this](const Status &written) {
        if (!written)
            Q_EMIT persistFailed(written.error());
        else if (m_options.refreshAfterWrite)
            m_deployment->refresh();
        return written;
    });
}

Status SimulatedFleet::startLive(LiveOptions options)
{
    if (!m_plan)
        return fail(ErrorCode::InvalidInput, PullText::tr("The simulated fleet has not started yet: nothing to pull."));
    stopLive();
    pause();
    const std::shared_ptr<const FleetPlan> plan = LiveBatcher::livePlan(*m_plan);
    options.references.clear();
    for (int image = 0; image < plan->imageCount(); ++image)
        options.references.insert(image, plan->references.at(image));
    m_liveOptions = options;
    m_liveStartMs = options.clock->nowMs();
    m_liveBatcher = std::make_unique<LiveBatcher>(plan, QDateTime::currentMSecsSinceEpoch());
    m_liveQuietTicks = 0;
    m_live = std::make_unique<PullEngineThread>();
    // Signals of a run that was stopped can still be queued here when the next starts: each knows its run.
    const quint64 run = ++m_liveRun;
    connect(m_live->engine(), &PullEngine::livePull, this,
            [this, run](quint64, const PullEvent &event, const QString &reason, const LiveObservation &observed) {
                if (run == m_liveRun && m_liveBatcher)
                    m_liveBatcher->add(event, reason, observed);
            });
    connect(m_live->engine(), &PullEngine::failed, this, [this, run](quint64, const Error &error) {
        if (run != m_liveRun)
            return;
        stopLive();
        Q_EMIT liveFailed(error);
    });
    connect(m_live->engine(), &PullEngine::liveFinished, this, [this, run](quint64, const LiveResult &result) {
        if (run != m_liveRun)
            return;
        emitLiveBatch(); // the pulls that came before the end
        m_liveTimer->stop();
        m_liveBatcher.reset();
        m_live.reset();
        Q_EMIT liveFinished(result);
    });
    m_live->startLive(plan->scenario, options);
    m_liveTimer->start(std::max(1, m_options.run.batchIntervalMs));
    emitLiveBatch(); // the live plan reaches the views at once: they reset to it
    return {};
}

void SimulatedFleet::stopLive()
{
    if (!m_live)
        return;
    // Destroying the handle cancels the run and waits for its thread (requests in flight are aborted, not awaited).
    // Its liveFinished may still be queued here: the run it names is over, so it is ignored.
    m_live.reset();
    ++m_liveRun;
    if (m_liveBatcher)
        emitLiveBatch();
    m_liveTimer->stop();
    m_liveBatcher.reset();
}

qint64 SimulatedFleet::liveScenarioMs() const
{
    const double realMs = double(m_liveOptions.clock->nowMs() - m_liveStartMs);
    return qint64(realMs * 1000.0 / m_liveOptions.realMsPerScenarioSecond);
}

void SimulatedFleet::emitLiveBatch()
{
    if (!m_liveBatcher)
        return;
    m_liveQuietTicks = 0;
    Q_EMIT batch(m_liveBatcher->take(liveScenarioMs()));
}

std::unique_ptr<SimulatedFleet> startDemoFleet(const std::shared_ptr<Deployment> &deployment)
{
    auto simulated = std::dynamic_pointer_cast<SimulatedDeployment>(deployment);
    if (!simulated)
        return nullptr;
    SimulatedFleetOptions options;
    options.refreshAfterWrite = true;
    auto fleet = std::make_unique<SimulatedFleet>(simulated, options);
    fleet->start();
    return fleet;
}

} // namespace steward::pull

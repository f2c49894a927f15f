#include "pull/PullEngine.h"

#include "pull/Logging.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QTimer>

namespace steward::pull {

PullEngine::PullEngine(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<steward::pull::SimulationResult>();
    qRegisterMetaType<steward::Error>();
}

PullEngine::~PullEngine() = default;

quint64 PullEngine::nextRequestId()
{
    return ++m_lastRequest;
}

void PullEngine::cancelUpTo(quint64 requestId)
{
    quint64 current = m_cancelUpTo.load();
    while (current < requestId && !m_cancelUpTo.compare_exchange_weak(current, requestId)) {
    }
}

void PullEngine::simulate(quint64 requestId, const Scenario &scenario, const SimulationOptions &options)
{
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const qint64 durationMs = scenario.durationS * 1000;
    // Validated and checked against options.budget first: a scenario beyond it fails with the estimate and the limit.
    const Result<SimulationResult> result = Simulator::runChecked(scenario, options, [&](double fraction) {
        if (canceled(requestId))
            return false;
        if (sinceProgress.elapsed() >= 100) {
            sinceProgress.restart();
            Q_EMIT progress(requestId, fraction, qint64(fraction * double(durationMs)));
        }
        return true;
    });
    if (!result) {
        Q_EMIT failed(requestId, result.error());
        return;
    }
    qCDebug(lcPull) << "simulation" << requestId << "done:" << result->engineEvents << "wake-ups"
                    << (result->canceled ? "(canceled)" : "");
    Q_EMIT progress(requestId, double(result->simulatedUntilMs) / double(durationMs), result->simulatedUntilMs);
    Q_EMIT finished(requestId, *result);
}

void PullEngine::startPaced(quint64 requestId, const Scenario &scenario, const SimulationOptions &options,
                            const PacedOptions &paced)
{
    if (const Status valid = validateScenario(scenario); !valid) {
        Q_EMIT failed(requestId, valid.error());
        return;
    }
    const WorkEstimate estimate = estimateSimulation(scenario, options.seriesPoints);
    if (const Status fits = checkBudget(estimate, options.budget, QStringLiteral("simulation")); !fits) {
        Q_EMIT failed(requestId, fits.error());
        return;
    }
    if (m_paced) {
        // One paced run at a time: the previous one ends as canceled.
        Q_EMIT finished(m_pacedRequest, m_paced->result(true));
        m_paced.reset();
    }
    m_paced = std::make_unique<Simulator>(std::make_shared<const Fleet>(Fleet::build(scenario)), options);
    m_pacedRequest = requestId;
    m_pacedOptions = paced;
    m_pacedStartMs = paced.clock->nowMs();
    m_ticks = 0;
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PullEngine::tick);
    }
    m_timer->start(std::max(1, paced.tickMs));
    tick();
}

void PullEngine::startLive(quint64 requestId, const Scenario &scenario, const LiveOptions &options)
{
    if (const Status valid = validateScenario(scenario); !valid) {
        Q_EMIT failed(requestId, valid.error());
        return;
    }
    if (m_live) {
        // One live run at a time: the previous one stops (its finished signal still comes).
        m_live->cancel();
    }
    auto *runner = new LiveRunner(scenario, options, this);
    connect(runner, &LiveRunner::pullFinished, this,
            [this, requestId](const PullEvent &event, const QString &reason, const LiveObservation &observed) {
                Q_EMIT livePull(requestId, event, reason, observed);
            });
    connect(runner, &LiveRunner::finished, this, [this, runner, requestId](const LiveResult &result) {
        if (m_live == runner)
            m_live = nullptr;
        runner->deleteLater();
        Q_EMIT liveFinished(requestId, result);
    });
    if (const Status started = runner->start(); !started) {
        runner->deleteLater();
        Q_EMIT failed(requestId, started.error());
        return;
    }
    m_live = runner;
    m_liveRequest = requestId;
}

void PullEngine::stopCanceledLive()
{
    if (m_live && canceled(m_liveRequest))
        m_live->cancel();
}

void PullEngine::tick()
{
    if (!m_paced)
        return;
    const qint64 elapsed = m_pacedOptions.clock->nowMs() - m_pacedStartMs;
    const qint64 target = qint64(double(elapsed) * m_pacedOptions.speed);
    const bool stop = canceled(m_pacedRequest);
    if (!stop)
        m_paced->advanceTo(target);
    const bool done = target >= m_paced->durationMs();
    if (stop || done) {
        m_timer->stop();
        const SimulationResult result = m_paced->result(stop && !done);
        const quint64 request = m_pacedRequest;
        m_paced.reset();
        Q_EMIT finished(request, result);
        return;
    }
    Q_EMIT progress(m_pacedRequest, double(std::max<qint64>(0, target)) / double(m_paced->durationMs()),
                    std::max<qint64>(0, target));
    // A snapshot every 20 ticks (a second at the default tick): enough for a live chart, cheap for the engine.
    if (++m_ticks % 20 == 0)
        Q_EMIT snapshot(m_pacedRequest, m_paced->result());
}

PullEngineThread::PullEngineThread() : m_engine(new PullEngine), m_thread(QStringLiteral("PullEngine"), m_engine)
{}

PullEngineThread::~PullEngineThread()
{
    cancel(); // a long simulation checks the flag every few thousand wake-ups, so the wait is short
}

quint64 PullEngineThread::simulate(const Scenario &scenario)
{
    return simulate(scenario, SimulationOptions());
}

quint64 PullEngineThread::simulate(const Scenario &scenario, const SimulationOptions &options)
{
    const quint64 id = m_engine->nextRequestId();
    PullEngine *engine = m_engine;
    m_thread.post([engine, id, scenario, options] { engine->simulate(id, scenario, options); });
    return id;
}

quint64 PullEngineThread::startPaced(const Scenario &scenario, const SimulationOptions &options,
                                     const PacedOptions &paced)
{
    const quint64 id = m_engine->nextRequestId();
    PullEngine *engine = m_engine;
    m_thread.post([engine, id, scenario, options, paced] { engine->startPaced(id, scenario, options, paced); });
    return id;
}

quint64 PullEngineThread::startLive(const Scenario &scenario, const LiveOptions &options)
{
    const quint64 id = m_engine->nextRequestId();
    PullEngine *engine = m_engine;
    m_thread.post([engine, id, scenario, options] { engine->startLive(id, scenario, options); });
    return id;
}

void PullEngineThread::cancel()
{
    m_engine->cancelUpTo(m_engine->lastRequestId());
    // Simulations look at the flag themselves; a live run waits on the network, so it is told on its thread.
    PullEngine *engine = m_engine;
    m_thread.post([engine] { engine->stopCanceledLive(); });
}

} // namespace steward::pull

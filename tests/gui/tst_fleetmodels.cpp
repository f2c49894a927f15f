// The desk's fleet models fed by a real simulated fleet (FleetRunner on its own thread, every pull a manifest HEAD to
// Debian's docker-registry), checked against the same scenario simulated by PullEngine on its thread: the agents ×
// images matrix holds what the simulation says is present, the quota model counts what it counted, the event log
// has one arrival per image that arrived. Every model lives under a QAbstractItemModelTester for the whole run.
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "guimodels/agents/AgentMatrixModel.h"
#include "guimodels/agents/FleetEventModel.h"
#include "guimodels/registries/QuotaTableModel.h"
#include "kasm/SimulatedDeployment.h"
#include "pull/PullEngine.h"
#include "pull/SimulatedFleet.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace steward;
using namespace steward::gui;
using namespace steward::kasm;
using namespace steward::pull;
using namespace steward::test;

namespace {

constexpr qint64 HourMs = 3600 * 1000;

KasmImage image(const QString &id, const QString &reference, bool enabled = true)
{
    KasmImage i;
    i.imageId = id;
    i.name = reference;
    i.friendlyName = id;
    i.enabled = enabled;
    i.dockerRegistry = QStringLiteral("http://") + reference.section(QLatin1Char('/'), 0, 0);
    i.uncompressedSizeMb = 10;
    return i;
}

KasmAgent agent(const QString &id, const QString &zone, const QString &egress)
{
    KasmAgent a;
    a.agentId = id;
    a.hostname = id;
    a.zoneId = zone;
    a.egressSource = egress;
    a.diskFreeBytes = qint64(100) * 1000 * 1000 * 1000;
    return a;
}

} // namespace

class TestFleetModels final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;

    QString ref(const QString &repoTag) const { return m_registry.hostPort() + QLatin1Char('/') + repoTag; }

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        SyncHttp http;
        QVERIFY(seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/one"), QStringLiteral("1"), "1\n").ok);
        QVERIFY(seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/two"), QStringLiteral("1"), "2\n").ok);
    }

    void theMatrixAndQuotaModelsShowWhatTheSimulationOfTheSameScenarioSays()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        // Four agents behind two addresses; a quota of 5 pulls per 6 h per address, so that one address runs out.
        SimulatedState initial;
        initial.zones = {KasmZone{QStringLiteral("a"), QStringLiteral("A"), {}},
                         KasmZone{QStringLiteral("b"), QStringLiteral("B"), {}}};
        initial.agents = {agent(QStringLiteral("agent-1"), QStringLiteral("a"), QStringLiteral("198.51.100.7")),
                          agent(QStringLiteral("agent-2"), QStringLiteral("a"), QStringLiteral("198.51.100.7")),
                          agent(QStringLiteral("agent-3"), QStringLiteral("b"), QStringLiteral("198.51.100.7")),
                          agent(QStringLiteral("agent-4"), QStringLiteral("b"), QStringLiteral("203.0.113.9"))};
        initial.images = {image(QStringLiteral("one"), ref(QStringLiteral("demo/one:1"))),
                          image(QStringLiteral("two"), ref(QStringLiteral("demo/two:1"))),
                          image(QStringLiteral("off"), ref(QStringLiteral("demo/two:1")), false)};
        auto deployment =
            std::make_shared<SimulatedDeployment>(std::make_unique<InMemorySimulatedStorage>(), WallClock::instance());
        QVERIFY(awaitResult(deployment->open(initial)));

        SimulatedFleetOptions options;
        options.persist = false;
        options.deployment.registries.insert(
            m_registry.hostPort(), RegistrySpec{m_registry.hostPort(), RateLimitPolicy{5, 21600}, std::nullopt});
        SimulatedFleet fleet(deployment, options);

        AgentMatrixModel matrix;
        QuotaTableModel quotas;
        FleetEventModel events;
        QAbstractItemModelTester matrixTester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester quotaTester(&quotas, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester eventTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy batches(&fleet, &SimulatedFleet::batch);
        connect(&fleet, &SimulatedFleet::batch, &matrix, &AgentMatrixModel::applyBatch);
        connect(&fleet, &SimulatedFleet::batch, &quotas, &QuotaTableModel::applyBatch);
        connect(&fleet, &SimulatedFleet::batch, &events, &FleetEventModel::applyBatch);

        QSignalSpy state(&fleet, &SimulatedFleet::stateChanged);
        fleet.start();
        fleet.pause();
        QVERIFY(QTest::qWaitFor([&] { return !state.isEmpty() && !fleet.isRunning(); }, 10000));
        QSignalSpy reached(&fleet, &SimulatedFleet::reached);
        fleet.step(2 * HourMs);
        QVERIFY(reached.wait(30000));
        QVERIFY(!batches.isEmpty());

        const std::shared_ptr<const FleetPlan> plan = fleet.plan();
        QVERIFY(plan);
        QCOMPARE(matrix.agentCount(), 4);
        QCOMPARE(matrix.imageCount(), 3);
        // Rows grouped by zone, then address.
        QCOMPARE(matrix.index(0, AgentMatrixModel::GroupColumn).data(AgentMatrixModel::GroupRole).toString(),
                 matrix.index(1, AgentMatrixModel::GroupColumn).data(AgentMatrixModel::GroupRole).toString());

        // The same scenario, simulated by the engine on its thread for the same two hours.
        Scenario scenario = plan->scenario;
        scenario.durationS = 2 * 3600;
        PullEngineThread engine;
        QSignalSpy finished(engine.engine(), &PullEngine::finished);
        engine.simulate(scenario);
        // Emitted on the engine's thread, possibly before a wait() would start: poll the spy instead.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        const auto result = finished.constFirst().at(1).value<SimulationResult>();

        for (int i = 0; i < plan->imageCount(); ++i) {
            // Present: holding a digest, whether its latest pull (an hourly refresh refused by the quota) failed.
            QCOMPARE(matrix.countHolding(i), int(result.images.at(i).presentAgents));
        }
        // The shared address ran out at the first hourly refresh: those agents hold the image, their pulls fail.
        QCOMPARE(matrix.countInState(0, CellState::Failing), 3);
        QVERIFY(matrix.index(0, AgentMatrixModel::FirstImageColumn)
                    .data(AgentMatrixModel::ReasonRole)
                    .toString()
                    .contains(QStringLiteral("limit"), Qt::CaseInsensitive));
        // The disabled image is never pulled, and the matrix says so in words.
        QCOMPARE(matrix.countInState(2, CellState::NotPulled), 4);
        QVERIFY(matrix.index(0, AgentMatrixModel::FirstImageColumn + 2)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("never pulls")));
        // A held image's cell carries its digest and since when.
        const QModelIndex held = matrix.index(0, AgentMatrixModel::FirstImageColumn);
        if (held.data(AgentMatrixModel::StateRole).toInt() == int(CellState::Current)) {
            QVERIFY(held.data(AgentMatrixModel::DigestRole).toString().startsWith(QStringLiteral("sha256:")));
            QVERIFY(held.data(AgentMatrixModel::SinceRole).toDateTime().isValid());
        }

        // Every bucket the simulation counted is a row of the quota model with the same count (2 h < the 6 h window).
        QCOMPARE(quotas.rowCount(), int(result.buckets.size()));
        qint64 arrivals = 0;
        for (const BucketReport &bucket : result.buckets) {
            const int row = quotas.rowOf(bucket.key);
            QVERIFY2(row >= 0, qPrintable(bucket.key.who));
            QCOMPARE(quotas.index(row, 0).data(QuotaTableModel::UsedRole).toLongLong(), bucket.counted);
            QCOMPARE(quotas.index(row, 0).data(QuotaTableModel::LimitRole).toLongLong(), qint64(5));
            QVERIFY(!quotas.history(row).isEmpty());
        }
        for (const ImageSummary &summary : result.images)
            arrivals += summary.presentAgents;
        QCOMPARE(result.counters.pullsRateLimited > 0, true); // the shared address ran out
        // A batch folds an (agent, image)'s changes into its latest; its counts keep every one. The log has a row
        // per folded change, and the arrivals counted match the simulation's.
        qint64 arrived = 0;
        qint64 folded = 0;
        for (const QList<QVariant> &signal : std::as_const(batches)) {
            const auto batch = signal.constFirst().value<FleetBatch>();
            arrived += batch.arrived;
            folded += batch.changes.size();
        }
        QCOMPARE(arrived, arrivals);
        QCOMPARE(qint64(events.rowCount()), folded);

        // The log's filter: by agent, and by kind.
        FleetEventFilter filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&events);
        filter.setAgentText(QStringLiteral("agent-4"));
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, FleetEventModel::AgentColumn).data().toString(), QStringLiteral("agent-4"));
        QVERIFY(filter.rowCount() > 0);
        filter.setKind(FleetChange::Kind::Failed);
        QCOMPARE(filter.rowCount(), 0);
    }

    void aPullThatFailsShowsItsReasonInTheMatrix()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        SimulatedState initial;
        initial.agents = {agent(QStringLiteral("agent-1"), {}, QStringLiteral("198.51.100.7"))};
        initial.images = {image(QStringLiteral("gone"), ref(QStringLiteral("demo/missing:1")))};
        auto deployment =
            std::make_shared<SimulatedDeployment>(std::make_unique<InMemorySimulatedStorage>(), WallClock::instance());
        QVERIFY(awaitResult(deployment->open(initial)));
        SimulatedFleetOptions options;
        options.persist = false;
        SimulatedFleet fleet(deployment, options);
        AgentMatrixModel matrix;
        QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&fleet, &SimulatedFleet::batch, &matrix, &AgentMatrixModel::applyBatch);
        QSignalSpy state(&fleet, &SimulatedFleet::stateChanged);
        fleet.start();
        fleet.pause();
        QVERIFY(QTest::qWaitFor([&] { return !state.isEmpty() && !fleet.isRunning(); }, 10000));
        QSignalSpy reached(&fleet, &SimulatedFleet::reached);
        fleet.step(120 * 1000);
        QVERIFY(reached.wait(30000));
        const QModelIndex cell = matrix.index(0, AgentMatrixModel::FirstImageColumn);
        QCOMPARE(cell.data(AgentMatrixModel::StateRole).toInt(), int(CellState::Failing));
        QVERIFY(!cell.data(AgentMatrixModel::ReasonRole).toString().isEmpty());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(cell.data(AgentMatrixModel::ReasonRole).toString()));
    }
};

QTEST_GUILESS_MAIN(TestFleetModels)
#include "tst_fleetmodels.moc"

// The simulated fleet against the real registry: the pull engine's runner on its own thread, pulls resolved with
// manifest HEADs, inventories changing in a SimulatedDeployment. Steps move simulated time at once, so an hour of the
// schedule takes milliseconds.
#include "AwaitFuture.h"
#include "RateLimitProxy.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "kasm/SimulatedDeployment.h"
#include "pull/SimulatedFleet.h"

#include <QSignalSpy>
#include <QTest>

using namespace steward;
using namespace steward::kasm;
using namespace steward::pull;
using namespace steward::test;

namespace {

constexpr qint64 CheckInMs = 30 * 1000;
constexpr qint64 HourMs = 3600 * 1000;

KasmImage image(const QString &id, const QString &reference, bool withRegistry = true)
{
    KasmImage i;
    i.imageId = id;
    i.name = reference;
    i.friendlyName = id;
    if (withRegistry)
        i.dockerRegistry = QStringLiteral("http://") + reference.section(QLatin1Char('/'), 0, 0);
    i.uncompressedSizeMb = 10;
    return i;
}

KasmAgent agent(const QString &id, const QString &zone)
{
    KasmAgent a;
    a.agentId = id;
    a.hostname = id;
    a.zoneId = zone;
    a.egressSource = QStringLiteral("198.51.100.7");
    a.diskFreeBytes = qint64(100) * 1000 * 1000 * 1000;
    return a;
}

// Three agents (two in zone "a", one in "b"), and the images the test gives.
SimulatedState state(const QList<KasmImage> &images)
{
    SimulatedState s;
    s.zones = {KasmZone{QStringLiteral("a"), QStringLiteral("A"), {}},
               KasmZone{QStringLiteral("b"), QStringLiteral("B"), {}}};
    s.agents = {agent(QStringLiteral("agent-1"), QStringLiteral("a")),
                agent(QStringLiteral("agent-2"), QStringLiteral("a")),
                agent(QStringLiteral("agent-3"), QStringLiteral("b"))};
    s.images = images;
    return s;
}

} // namespace

class TestSimulatedFleet final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;
    QString m_oneDigest;

    QString ref(const QString &repoTag) const { return m_registry.hostPort() + QLatin1Char('/') + repoTag; }

    static std::shared_ptr<SimulatedDeployment> deploymentWith(const SimulatedState &initial)
    {
        auto deployment =
            std::make_shared<SimulatedDeployment>(std::make_unique<InMemorySimulatedStorage>(), WallClock::instance());
        if (!awaitResult(deployment->open(initial)))
            return nullptr;
        return deployment;
    }

    // Steps the paused fleet and waits until the step is done and what it changed is in the deployment.
    static bool stepAndSave(SimulatedFleet &fleet, qint64 ms)
    {
        QSignalSpy reached(&fleet, &SimulatedFleet::reached);
        fleet.step(ms);
        if (!reached.wait(20000))
            return false;
        return bool(awaitResult(fleet.flush()));
    }

    // A fleet started and paused at once, so that only steps move it.
    static std::unique_ptr<SimulatedFleet> pausedFleet(const std::shared_ptr<SimulatedDeployment> &deployment,
                                                       SimulatedFleetOptions options = {})
    {
        options.persistIntervalMs = 3600 * 1000; // the test flushes itself
        auto fleet = std::make_unique<SimulatedFleet>(deployment, options);
        QSignalSpy state(fleet.get(), &SimulatedFleet::stateChanged);
        fleet->start();
        fleet->pause();
        if (!QTest::qWaitFor([&] { return !state.isEmpty() && !fleet->isRunning(); }, 10000))
            return nullptr;
        return fleet;
    }

    static const KasmAgent *findAgent(const QList<KasmAgent> &agents, const QString &id)
    {
        for (const KasmAgent &a : agents) {
            if (a.agentId == id)
                return &a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        SyncHttp http;
        const SeededImage one =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/one"), QStringLiteral("1"), "1\n");
        QVERIFY2(one.ok, qPrintable(one.error));
        m_oneDigest = one.digest;
        QVERIFY(seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/two"), QStringLiteral("1"), "2\n").ok);
    }

    void aRegisteredImageIsPulledByEveryEligibleAgentWithinOneCheckIn()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        auto deployment = deploymentWith(state({}));
        QVERIFY(deployment);
        auto fleet = pausedFleet(deployment);
        QVERIFY(fleet);
        QVERIFY(stepAndSave(*fleet, CheckInMs));
        QCOMPARE(fleet->totals().counters.pullsAttempted, 0);

        KasmImage restricted = image(QStringLiteral("one"), ref(QStringLiteral("demo/one:1")));
        restricted.restrictToZone = true;
        restricted.zoneId = QStringLiteral("a");
        QVERIFY(awaitResult(deployment->createImage(restricted)));
        QVERIFY(stepAndSave(*fleet, CheckInMs));

        const Result<QList<KasmAgent>> agents = awaitResult(deployment->listAgents());
        QVERIFY(agents);
        for (const QString &id : {QStringLiteral("agent-1"), QStringLiteral("agent-2")}) {
            const KasmAgent *a = findAgent(*agents, id);
            QVERIFY(a);
            const AgentImage *held = a->findImage(restricted.name);
            QVERIFY2(held, qPrintable(id));
            QCOMPARE(held->digests, QStringList{ref(QStringLiteral("demo/one")) + QLatin1Char('@') + m_oneDigest});
            QVERIFY(held->pulledAt.isValid());
            QVERIFY(a->pullFailures.isEmpty());
        }
        // The zone-b agent is not eligible: it neither pulls nor fails.
        QVERIFY(!findAgent(*agents, QStringLiteral("agent-3"))->holds(restricted.name));
        QCOMPARE(fleet->totals().counters.pullsSucceeded, 2);
        QCOMPARE(fleet->totals().arrived, 2);
        const Result<QList<KasmImage>> images = awaitResult(deployment->listImages());
        QVERIFY(images && images->size() == 1 && images->first().available);
    }

    void everyImageIsPulledAgainHourlyAndAMovedTagBringsTheNewDigest()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        SyncHttp http;
        QVERIFY(
            seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/rolling"), QStringLiteral("latest"), "a\n").ok);
        const QString rolling = ref(QStringLiteral("demo/rolling:latest"));
        auto deployment = deploymentWith(state({image(QStringLiteral("rolling"), rolling)}));
        QVERIFY(deployment);
        auto fleet = pausedFleet(deployment);
        QVERIFY(fleet);
        QVERIFY(stepAndSave(*fleet, CheckInMs));
        QCOMPARE(fleet->totals().counters.pullsSucceeded, 3);

        const SeededImage moved =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/rolling"), QStringLiteral("latest"), "b\n");
        QVERIFY(moved.ok);
        // Present everywhere: check-ins before the hour pull nothing.
        QVERIFY(stepAndSave(*fleet, 10 * CheckInMs));
        QCOMPARE(fleet->totals().counters.pullsAttempted, 3);
        QCOMPARE(fleet->totals().moved, 0);

        QVERIFY(stepAndSave(*fleet, HourMs));
        QCOMPARE(fleet->totals().counters.pullsAttempted, 6); // one refresh per agent
        QCOMPARE(fleet->totals().moved, 3);
        const Result<QList<KasmAgent>> agents = awaitResult(deployment->listAgents());
        QVERIFY(agents);
        for (const KasmAgent &a : *agents)
            QCOMPARE(a.findImage(rolling)->digests.value(0).section(QLatin1Char('@'), 1), moved.digest);
    }

    void disabledImagesAndImagesWithoutARegistryAreNeverPulled()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        KasmImage disabled = image(QStringLiteral("disabled"), ref(QStringLiteral("demo/one:1")));
        disabled.enabled = false;
        const KasmImage unregistered = image(QStringLiteral("bare"), ref(QStringLiteral("demo/two:1")), false);
        auto deployment = deploymentWith(state({disabled, unregistered}));
        QVERIFY(deployment);
        auto fleet = pausedFleet(deployment);
        QVERIFY(fleet);
        m_registry.clearLogs();
        QVERIFY(stepAndSave(*fleet, 2 * HourMs));
        QCOMPARE(fleet->totals().counters.pullsAttempted, 0);
        QVERIFY(fleet->totals().counters.checkIns >= 3 * 2 * 120 - 3);
        for (const FleetImageTally &tally : fleet->totals().images)
            QCOMPARE(tally.eligibleAgents, 0);
        QVERIFY(m_registry.accessLog().isEmpty()); // not even a HEAD
        const Result<QList<KasmAgent>> agents = awaitResult(deployment->listAgents());
        QVERIFY(agents);
        for (const KasmAgent &a : *agents) {
            QVERIFY(a.inventory.isEmpty());
            QVERIFY(a.pullFailures.isEmpty());
        }
    }

    void registryFailuresFailThePullWithTheirReason_data()
    {
        QTest::addColumn<int>("status"); // 0: nothing listens
        QTest::addColumn<bool>("rateLimited");
        QTest::newRow("a 503 from the registry") << 503 << false;
        QTest::newRow("a 429 from the registry") << 429 << true;
        QTest::newRow("a registry nobody answers for") << 0 << false;
    }

    void registryFailuresFailThePullWithTheirReason()
    {
        QFETCH(int, status);
        QFETCH(bool, rateLimited);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy proxy;
        proxy.setMode(RateLimitProxy::Mode::Unlimited);
        QVERIFY2(proxy.start(m_registry), qPrintable(proxy.errorString()));
        proxy.addFault(
            {RateLimitProxy::Fault::Status, "HEAD", QRegularExpression(QStringLiteral("/manifests/")), -1, -1, status});
        const QString host = status == 0 ? QStringLiteral("127.0.0.1:1") : proxy.hostPort();
        const QString reference = host + QStringLiteral("/demo/one:1");
        auto deployment = deploymentWith(state({image(QStringLiteral("one"), reference)}));
        QVERIFY(deployment);
        auto fleet = pausedFleet(deployment);
        QVERIFY(fleet);
        QVERIFY(stepAndSave(*fleet, 3 * CheckInMs));

        const Counters &c = fleet->totals().counters;
        QCOMPARE(c.pullsAttempted, 9); // three agents lacking it, three check-ins each
        QCOMPARE(c.pullsSucceeded, 0);
        QCOMPARE(c.pullsRateLimited, rateLimited ? 9 : 0);
        QCOMPARE(c.pullsFailedOther, rateLimited ? 0 : 9);
        QCOMPARE(fleet->totals().failedChanges, 3); // the same reason again is not a change
        QCOMPARE(fleet->totals().images.value(0).failingAgents, 3);
        const Result<QList<KasmAgent>> agents = awaitResult(deployment->listAgents());
        QVERIFY(agents);
        for (const KasmAgent &a : *agents) {
            QVERIFY(a.inventory.isEmpty());
            QCOMPARE(a.pullFailures.size(), 1);
            QCOMPARE(a.pullFailures.first().reference, reference);
            QVERIFY2(a.pullFailures.first().reason.startsWith(reference + QStringLiteral(": ")),
                     qPrintable(a.pullFailures.first().reason));
            QVERIFY(a.pullFailures.first().at.isValid());
        }

        // The registry recovers: the next check-in pulls, and the failures are gone.
        if (status == 0)
            return;
        proxy.clearFaults();
        QVERIFY(stepAndSave(*fleet, CheckInMs));
        QCOMPARE(fleet->totals().images.value(0).presentAgents, 3);
        QCOMPARE(fleet->totals().images.value(0).failingAgents, 0);
        const Result<QList<KasmAgent>> after = awaitResult(deployment->listAgents());
        QVERIFY(after);
        for (const KasmAgent &a : *after)
            QVERIFY(a.pullFailures.isEmpty());
    }

    void theModelledQuotaRefusesPullsWithAReason()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        auto deployment = deploymentWith(state({image(QStringLiteral("one"), ref(QStringLiteral("demo/one:1")))}));
        QVERIFY(deployment);
        SimulatedFleetOptions options;
        // The three agents share one address, which may pull twice an hour.
        options.deployment.registries.insert(
            m_registry.hostPort(), RegistrySpec{m_registry.hostPort(), RateLimitPolicy{2, 3600}, std::nullopt});
        auto fleet = pausedFleet(deployment, options);
        QVERIFY(fleet);
        QVERIFY(stepAndSave(*fleet, 2 * CheckInMs));
        const FleetTotals &totals = fleet->totals();
        QCOMPARE(totals.counters.pullsSucceeded, 2);
        QCOMPARE(totals.counters.pullsRateLimited, 2); // the third agent, at both check-ins
        QVERIFY(totals.counters.firstRateLimitedMs.has_value());
        QCOMPARE(totals.buckets.size(), 1);
        QCOMPARE(totals.buckets.first().counted, 2);
        QCOMPARE(totals.buckets.first().rateLimited, 2);
        const Result<QList<KasmAgent>> agents = awaitResult(deployment->listAgents());
        QVERIFY(agents);
        int failing = 0;
        for (const KasmAgent &a : *agents) {
            if (!a.pullFailures.isEmpty()) {
                ++failing;
                QVERIFY2(a.pullFailures.first().reason.contains(QStringLiteral("198.51.100.7")),
                         qPrintable(a.pullFailures.first().reason));
            }
        }
        QCOMPARE(failing, 1);
    }

    // Two Kasm images of one reference (a test twin pinned like its original, say): one HEAD answers both in a step,
    // and every agent pulls each of them as if it had been asked alone.
    void imagesSharingAReferenceShareOneHeadPerStep()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString one = ref(QStringLiteral("demo/one:1"));
        auto deployment =
            deploymentWith(state({image(QStringLiteral("one"), one), image(QStringLiteral("one (test)"), one),
                                  image(QStringLiteral("two"), ref(QStringLiteral("demo/two:1")))}));
        QVERIFY(deployment);
        auto fleet = pausedFleet(deployment);
        QVERIFY(fleet);
        m_registry.clearLogs();
        QVERIFY(stepAndSave(*fleet, CheckInMs));
        QCOMPARE(fleet->totals().counters.pullsSucceeded, 9);
        QCOMPARE(fleet->totals().arrived, 9);
        int heads = 0;
        for (const AccessLogEntry &entry : m_registry.accessLog())
            heads += entry.method == QLatin1String("HEAD") ? 1 : 0;
        QCOMPARE(heads, 2); // demo/one:1 once, demo/two:1 once
    }

    // Limits that replace the options' re-plan the fleet at once: the quota keeps what it counted and refuses by the
    // new limit from the next pull; the same limits again change nothing.
    void replacedLimitsTakeEffectAtOnceAndKeepTheCount()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        auto deployment = deploymentWith(state({image(QStringLiteral("one"), ref(QStringLiteral("demo/one:1")))}));
        QVERIFY(deployment);
        auto fleet = pausedFleet(deployment);
        QVERIFY(fleet);
        QVERIFY(stepAndSave(*fleet, CheckInMs));
        QCOMPARE(fleet->totals().counters.pullsSucceeded, 3);
        QCOMPARE(fleet->totals().counters.pullsRateLimited, 0);

        const QHash<QString, RegistrySpec> limits{
            {m_registry.hostPort(), RegistrySpec{m_registry.hostPort(), RateLimitPolicy{4, 6 * 3600}, std::nullopt}}};
        QSignalSpy planned(fleet.get(), &SimulatedFleet::batch);
        fleet->setRegistryLimits(limits);
        const std::shared_ptr<const FleetPlan> plan = fleet->plan();
        QCOMPARE(plan->scenario.registries.value(0).anonymous, std::optional(RateLimitPolicy{4, 6 * 3600}));
        fleet->setRegistryLimits(limits);
        QCOMPARE(fleet->plan(), plan); // the same limits: no new plan

        // The hourly refresh: 3 counted before, 1 left under the new limit, so two of the three are refused.
        QVERIFY(stepAndSave(*fleet, HourMs));
        QCOMPARE(fleet->totals().counters.pullsSucceeded, 4);
        QCOMPARE(fleet->totals().counters.pullsRateLimited, 2);
        const FleetBatch last = planned.last().first().value<FleetBatch>();
        QCOMPARE(last.plan, plan);
        QCOMPARE(last.buckets.value(0).policy, std::optional(RateLimitPolicy{4, 6 * 3600}));
        QCOMPARE(last.buckets.value(0).usedInWindow, 4);
    }

    void resultsComeInBatchesNotOneSignalPerPull()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        auto deployment = deploymentWith(state({image(QStringLiteral("one"), ref(QStringLiteral("demo/one:1"))),
                                                image(QStringLiteral("two"), ref(QStringLiteral("demo/two:1")))}));
        QVERIFY(deployment);
        auto fleet = pausedFleet(deployment);
        QVERIFY(fleet);
        QSignalSpy batches(fleet.get(), &SimulatedFleet::batch);
        QVERIFY(stepAndSave(*fleet, 6 * HourMs));
        QCOMPARE(batches.size(), 1); // one step, one batch
        const auto batch = batches.first().first().value<FleetBatch>();
        QCOMPARE(batch.counters.pullsSucceeded, 6 + 5 * 6); // arrivals, then five hourly refreshes of both images
        QCOMPARE(batch.changes.size(), 6);                  // only the arrivals changed anything
        QVERIFY(batch.plan);
        QCOMPARE(batch.plan->agentCount(), 3);
        QCOMPARE(batch.lastCheckInMs.size(), 3);
    }

    void aRunningFleetFollowsTheClockAtItsSpeed()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        auto deployment = deploymentWith(state({image(QStringLiteral("one"), ref(QStringLiteral("demo/one:1")))}));
        QVERIFY(deployment);
        SimulatedFleetOptions options;
        options.run.speed = 3600; // an hour a second
        SimulatedFleet fleet(deployment, options);
        QSignalSpy reached(&fleet, &SimulatedFleet::reached);
        QElapsedTimer wall;
        wall.start();
        fleet.start();
        fleet.runFor(HourMs / 2);
        QVERIFY(reached.wait(10000));
        QVERIFY2(wall.elapsed() >= 400, qPrintable(QString::number(wall.elapsed())));
        QVERIFY(!fleet.isRunning());
        QVERIFY(fleet.simulatedMs() >= HourMs / 2);
        QCOMPARE(fleet.totals().counters.pullsSucceeded, 3);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedFleet)
#include "tst_simulatedfleet.moc"

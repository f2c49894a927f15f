// Live mode against the real registry and the Docker-Hub-like rate-limit double, with the schedule scaled down so
// that a 30 s check-in takes a few milliseconds.
#include "RateLimitProxy.h"
#include "RegistryFixture.h"
#include "ScenarioBuilders.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "pull/LiveRunner.h"
#include "pull/PullEngine.h"
#include "pull/PullEventModel.h"
#include "pull/Simulator.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace steward;
using namespace steward::pull;
using namespace steward::pull::testing;
using namespace steward::test;

class TestLiveRunner final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;
    SeededImage m_multi; // demo/multi:1, an index over linux/amd64 and linux/arm64
    SeededImage m_big;   // demo/big:1, a config and two layers, the second 256 KiB

    // Blob GETs the registry answered since the log was last cleared, and their body bytes.
    QList<AccessLogEntry> blobGets()
    {
        QList<AccessLogEntry> gets;
        for (const AccessLogEntry &entry : m_registry.accessLog()) {
            if (entry.method == QLatin1String("GET") && entry.path.contains(QLatin1String("/blobs/")))
                gets << entry;
        }
        return gets;
    }

    static LiveResult runLive(const Scenario &scenario, const LiveOptions &options, RateLimiter *learned = nullptr)
    {
        LiveRunner runner(scenario, options);
        QSignalSpy finished(&runner, &LiveRunner::finished);
        const Status started = runner.start();
        if (!started) {
            qWarning("%s", qPrintable(started.error().message));
            return {};
        }
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
            return {};
        if (learned)
            *learned = runner.limiter();
        return finished.first().at(0).value<LiveResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        SyncHttp http;
        QVERIFY(seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/one"), QStringLiteral("1"), "1\n").ok);
        QVERIFY(seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/two"), QStringLiteral("1"), "2\n").ok);
        SeedOptions multi;
        multi.multiPlatform = true;
        m_multi =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/multi"), QStringLiteral("1"), "m\n", multi);
        QVERIFY2(m_multi.ok, qPrintable(m_multi.error));
        SeedOptions big;
        big.extraLayerBytes = 256 * 1024;
        m_big = seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/big"), QStringLiteral("1"), "b\n", big);
        QVERIFY2(m_big.ok, qPrintable(m_big.error));
    }

    void withoutLimitsEveryPullOfTheScheduleIsMade()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString local = QStringLiteral("local");
        Scenario s = scenario(200, {RegistrySpec{local, std::nullopt, std::nullopt}},
                              {agents(2, QStringLiteral("nat"))}, {images(1, local), images(1, local)});
        s.refreshIntervalS = 60;
        LiveOptions options;
        options.references = {{0, m_registry.hostPort() + QStringLiteral("/demo/one:1")},
                              {1, m_registry.hostPort() + QStringLiteral("/demo/two:1")}};
        options.realMsPerScenarioSecond = 5; // 200 scenario seconds in one real second
        const LiveResult live = runLive(s, options);
        const SimulationResult simulated = Simulator::run(s);
        QCOMPARE(live.counters.pullsAttempted, simulated.counters.pullsAttempted);
        QCOMPARE(live.counters.pullsSucceeded, simulated.counters.pullsSucceeded);
        QCOMPARE(live.counters.checkIns, simulated.counters.checkIns);
        QCOMPARE(live.requestsSent, live.counters.pullsAttempted);
        QCOMPARE(live.counters.pullsFailedOther, 0);
    }

    void aQuotaIsHonouredAndLearned()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy proxy;
        proxy.setAnonymousQuota({3, 3600});
        QVERIFY2(proxy.start(m_registry), qPrintable(proxy.errorString()));
        const QString hub = QStringLiteral("hub");
        // The scenario does not know the limit: it is learned from the headers.
        const Scenario s = scenario(300, {RegistrySpec{hub, std::nullopt, std::nullopt}},
                                    {agents(2, QStringLiteral("nat"))}, {images(1, hub), images(1, hub)});
        LiveOptions options;
        options.references = {{0, proxy.hostPort() + QStringLiteral("/demo/one:1")},
                              {1, proxy.hostPort() + QStringLiteral("/demo/two:1")}};
        options.realMsPerScenarioSecond = 2;
        RateLimiter learned;
        const LiveResult live = runLive(s, options, &learned);
        QCOMPARE(live.counters.pullsSucceeded, 3);
        QCOMPARE(proxy.countedPulls(proxy.clientAddress()), 3);
        // Four GETs at the first check-ins, one of them refused; then the hour-long Retry-After holds every retry back.
        QCOMPARE(proxy.manifestGets(), 4);
        QCOMPARE(live.requestsSent, 4);
        QVERIFY(live.heldBack > 0);
        QCOMPARE(live.counters.pullsRateLimited, 1 + live.heldBack);
        QVERIFY(live.counters.firstRateLimitedMs.has_value());
        QCOMPARE(learned.policy(hub, false), (RateLimitPolicy{3, 3600}));
    }

    void aRetryAfterReachesTheRunnerAsANumber_data()
    {
        QTest::addColumn<bool>("asDate");
        QTest::newRow("Retry-After in seconds") << false;
        QTest::newRow("Retry-After as an HTTP date") << true;
    }

    void aRetryAfterReachesTheRunnerAsANumber()
    {
        QFETCH(bool, asDate);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy proxy;
        proxy.setAnonymousQuota({1, 3600});
        proxy.setRetryAfterAsDate(asDate);
        QVERIFY2(proxy.start(m_registry), qPrintable(proxy.errorString()));
        const QString hub = QStringLiteral("hub");
        const Scenario s = scenario(120, {RegistrySpec{hub, std::nullopt, std::nullopt}},
                                    {agents(1, QStringLiteral("nat"))}, {images(1, hub), images(1, hub)});
        LiveOptions options;
        options.references = {{0, proxy.hostPort() + QStringLiteral("/demo/one:1")},
                              {1, proxy.hostPort() + QStringLiteral("/demo/two:1")}};
        options.realMsPerScenarioSecond = 5;
        const LiveResult live = runLive(s, options);
        QCOMPARE(live.counters.pullsSucceeded, 1);
        // One GET was refused; every later attempt was held back for the wait it announced, so only one wait came.
        QCOMPARE(live.retryAfterMs.size(), 1);
        const qint64 wait = live.retryAfterMs.first();
        QVERIFY2(wait > 3590 * 1000 && wait <= 3600 * 1000, qPrintable(QString::number(wait)));
        QVERIFY(live.heldBack > 0);
        QCOMPARE(proxy.manifestGets(), 2);
    }

    void aMultiArchPullIsTheIndexThenTheAgentsPlatformAndCountsOnce()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy proxy;
        proxy.setAnonymousQuota({1, 3600}); // exactly one pull's worth
        QVERIFY2(proxy.start(m_registry), qPrintable(proxy.errorString()));
        const QString hub = QStringLiteral("hub");
        AgentGroup arm = agents(1, QStringLiteral("nat"));
        arm.arch = QStringLiteral("arm64");
        // 30 s: one check-in, no hourly refresh.
        const Scenario s = scenario(30, {RegistrySpec{hub, std::nullopt, std::nullopt}}, {arm}, {images(1, hub)});
        LiveOptions options;
        options.references = {{0, proxy.hostPort() + QStringLiteral("/demo/multi:1")}};
        options.realMsPerScenarioSecond = 5;
        m_registry.clearLogs();
        const LiveResult live = runLive(s, options);
        QCOMPARE(live.counters.pullsSucceeded, 1);
        QCOMPARE(live.counters.pullsRateLimited, 0);
        QCOMPARE(live.requestsSent, 1);
        QCOMPARE(proxy.manifestGets(), 2);
        QCOMPARE(proxy.countedPulls(proxy.clientAddress()), 1);
        QCOMPARE(proxy.remaining(proxy.clientAddress()), 0);

        QString armDigest;
        for (const SeededPlatform &platform : m_multi.platforms) {
            if (platform.architecture == QLatin1String("arm64"))
                armDigest = platform.manifestDigest;
        }
        QStringList manifestGets;
        for (const AccessLogEntry &entry : m_registry.accessLog()) {
            if (entry.method == QLatin1String("GET") && entry.path.contains(QLatin1String("/manifests/")))
                manifestGets << entry.path;
        }
        QCOMPARE(manifestGets, (QStringList{QStringLiteral("/v2/demo/multi/manifests/1"),
                                            QStringLiteral("/v2/demo/multi/manifests/") + armDigest}));
        QVERIFY(blobGets().isEmpty()); // no budget: manifests only
    }

    void blobsAreFetchedUnderABudget_data()
    {
        QTest::addColumn<int>("budget"); // 0 none, 1 the whole image, 2 one byte short of it
        QTest::addColumn<int>("expectedGets");
        QTest::addColumn<bool>("spent");
        QTest::newRow("no budget fetches manifests only") << 0 << 0 << false;
        QTest::newRow("a budget the image fits in fetches every blob once") << 1 << 3 << false;
        QTest::newRow("a budget one byte short stops before the last layer") << 2 << 2 << true;
    }

    void blobsAreFetchedUnderABudget()
    {
        QFETCH(int, budget);
        QFETCH(int, expectedGets);
        QFETCH(bool, spent);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString local = QStringLiteral("local");
        Scenario s = scenario(200, {RegistrySpec{local, std::nullopt, std::nullopt}},
                              {agents(1, QStringLiteral("nat"))}, {images(1, local)});
        s.refreshIntervalS = 60; // refreshes find every blob held: no blob is fetched twice
        LiveOptions options;
        options.references = {{0, m_registry.hostPort() + QStringLiteral("/demo/big:1")}};
        options.realMsPerScenarioSecond = 5;
        options.blobBudgetBytes = budget == 0 ? 0 : (budget == 1 ? m_big.blobBytes : m_big.blobBytes - 1);
        m_registry.clearLogs();
        const LiveResult live = runLive(s, options);
        QVERIFY(live.counters.pullsSucceeded >= 3);
        QCOMPARE(live.counters.pullsFailedOther, 0);

        const QList<AccessLogEntry> gets = blobGets();
        QCOMPARE(gets.size(), expectedGets);
        QCOMPARE(live.blobsFetched, expectedGets);
        qint64 logged = 0;
        for (const AccessLogEntry &entry : gets) {
            logged += entry.bytes;
            QVERIFY2(entry.status == 200, qPrintable(entry.path));
        }
        QCOMPARE(live.blobBytes, logged);
        QVERIFY(live.blobBytes <= options.blobBudgetBytes);
        QCOMPARE(live.blobBudgetSpent, spent);
        QCOMPARE(live.blobBudgetSpentMs.has_value(), spent);
        if (budget == 1)
            QCOMPARE(live.blobBytes, m_big.blobBytes);
        if (budget == 2) {
            // Config first, then the layers in order: the 256 KiB layer is the one left out.
            const QString bigLayer = m_big.platforms.first().layerDigests.last();
            for (const AccessLogEntry &entry : gets)
                QVERIFY2(!entry.path.endsWith(bigLayer), qPrintable(entry.path));
        }
    }

    void aWrongLoginFailsEveryPull()
    {
        RegistryFixture registry;
        RegistryFixture::Options fixture;
        fixture.auth = RegistryFixture::Auth::Htpasswd;
        const bool started = registry.start(fixture);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http;
        SeedOptions seed;
        seed.authorization = registry.basicAuthorization();
        QVERIFY(seedImage(http, registry.baseUrl(), QStringLiteral("demo/one"), QStringLiteral("1"), "1\n", seed).ok);
        const QString local = QStringLiteral("local");
        ImageGroup image = images(1, local);
        image.account = QStringLiteral("alice");
        const Scenario s = scenario(120, {RegistrySpec{local, std::nullopt, std::nullopt}},
                                    {agents(1, QStringLiteral("nat"))}, {image});
        LiveOptions options;
        options.references = {{0, registry.hostPort() + QStringLiteral("/demo/one:1")}};
        options.logins = {{QStringLiteral("alice"), {fixture.username, QStringLiteral("wrong")}}};
        options.realMsPerScenarioSecond = 5;
        const LiveResult live = runLive(s, options);
        QVERIFY(live.counters.pullsFailedOther >= 3); // every check-in tries again
        QCOMPARE(live.counters.pullsSucceeded, 0);
    }

    void aRefusedPullWithoutRetryAfterIsOneGetPerAttempt()
    {
        // A 429 without Retry-After on every manifest GET: an agent does not retry, it tries again at its next
        // check-in. A hidden retry would double the GETs and, while pending, swallow the check-ins meanwhile.
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy proxy;
        RateLimitProxy::FaultRule refuse;
        refuse.fault = RateLimitProxy::Fault::Status;
        refuse.status = 429;
        refuse.method = "GET";
        refuse.path = QRegularExpression(QStringLiteral("/manifests/"));
        refuse.times = -1;
        proxy.addFault(refuse);
        QVERIFY2(proxy.start(m_registry), qPrintable(proxy.errorString()));
        const QString hub = QStringLiteral("hub");
        const Scenario s = scenario(150, {RegistrySpec{hub, std::nullopt, std::nullopt}},
                                    {agents(1, QStringLiteral("nat"))}, {images(1, hub)});
        LiveOptions options;
        options.references = {{0, proxy.hostPort() + QStringLiteral("/demo/one:1")}};
        options.realMsPerScenarioSecond = 5; // a check-in every 150 ms, shorter than the client's back-off
        const LiveResult live = runLive(s, options);
        int gets = 0;
        for (const RateLimitProxy::LoggedRequest &request : proxy.requests())
            gets += request.method == "GET" && request.target.contains("/manifests/") ? 1 : 0;
        QVERIFY(live.counters.checkIns >= 4);
        QCOMPARE(live.counters.pullsAttempted, live.counters.checkIns); // the image is missing: every check-in tries
        QCOMPARE(live.counters.pullsRateLimited, live.counters.pullsAttempted);
        QCOMPARE(live.requestsSent, live.counters.pullsAttempted);
        QCOMPARE(gets, live.requestsSent);
    }

    void failuresSayWhatWentWrong()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString local = QStringLiteral("local");
        AgentGroup group = agents(1, QStringLiteral("nat"));
        group.arch = QStringLiteral("s390x"); // demo/multi has amd64 and arm64 only
        const Scenario s = scenario(40, {RegistrySpec{local, std::nullopt, std::nullopt}}, {group},
                                    {images(1, local), images(1, local), images(1, local)});
        LiveOptions options;
        options.references = {{0, m_registry.hostPort() + QStringLiteral("/demo/one:missing")},
                              {1, m_registry.hostPort() + QStringLiteral("/demo/multi:1")},
                              {2, QStringLiteral("127.0.0.1:1/demo/one:1")}}; // nothing listens there
        options.realMsPerScenarioSecond = 5;
        LiveRunner runner(s, options);
        QSignalSpy pulls(&runner, &LiveRunner::pullFinished);
        QSignalSpy finished(&runner, &LiveRunner::finished);
        const Status started = runner.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000));
        const LiveResult live = finished.first().at(0).value<LiveResult>();

        SimulationResult shown;
        shown.messages = live.messages;
        QHash<int, PullEvent> byImage;
        for (const QList<QVariant> &args : std::as_const(pulls)) {
            const PullEvent event = args.at(0).value<PullEvent>();
            QVERIFY(event.reason >= 0);
            QCOMPARE(args.at(1).toString(), live.messages.value(event.reason));
            byImage.insert(event.image, event);
            shown.events << event;
        }
        QCOMPARE(byImage.size(), 3);
        QCOMPARE(byImage.value(0).kind, PullEvent::Kind::NotFound);
        QCOMPARE(byImage.value(1).kind, PullEvent::Kind::NotFound);
        QVERIFY2(live.messages.value(byImage.value(1).reason).contains(QLatin1String("linux/s390x")),
                 qPrintable(live.messages.value(byImage.value(1).reason)));
        QCOMPARE(byImage.value(2).kind, PullEvent::Kind::NetworkFailed);
        // Repeated failures share their text: the table holds each once.
        QCOMPARE(live.messages.size(), 3);

        PullEventModel model;
        model.setResult(shown);
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds << model.index(row, PullEventModel::KindColumn).data().toString();
        QVERIFY2(kinds.filter(QStringLiteral("not found: ")).size() >= 2, qPrintable(kinds.join(QLatin1Char('|'))));
        QVERIFY2(kinds.filter(QStringLiteral("registry unreachable: ")).size() >= 1,
                 qPrintable(kinds.join(QLatin1Char('|'))));
        QVERIFY2(kinds.filter(QStringLiteral("login failed")).isEmpty(), qPrintable(kinds.join(QLatin1Char('|'))));
    }

    void theEngineRunsLiveOnItsThreadAndCanBeCanceled()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString local = QStringLiteral("local");
        // A day at 1 ms per second would take 86 s: it is canceled once the first pulls are back.
        const Scenario s = scenario(86400, {RegistrySpec{local, std::nullopt, std::nullopt}},
                                    {agents(2, QStringLiteral("nat"))}, {images(1, local)});
        LiveOptions options;
        options.references = {{0, m_registry.hostPort() + QStringLiteral("/demo/one:1")}};
        options.realMsPerScenarioSecond = 1;
        PullEngineThread handle;
        QSignalSpy pulls(handle.engine(), &PullEngine::livePull);
        QSignalSpy finished(handle.engine(), &PullEngine::liveFinished);
        const quint64 id = handle.startLive(s, options);
        QTRY_VERIFY_WITH_TIMEOUT(pulls.size() >= 2, 10000);
        QCOMPARE(pulls.first().at(0).value<quint64>(), id);
        handle.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        const auto result = finished.first().at(1).value<LiveResult>();
        QVERIFY(result.canceled);
        QVERIFY(result.counters.pullsSucceeded >= 2);
    }

    void cancellingAbortsABlobDownloadThatHangs()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        // The 256 KiB layer stops after its first KiB and would hang until the 30 s transfer timeout: cancelling
        // must end the run now and close the connection, not wait for the registry.
        RateLimitProxy proxy;
        proxy.setMode(RateLimitProxy::Mode::Unlimited);
        RateLimitProxy::FaultRule stall;
        stall.fault = RateLimitProxy::Fault::StallMidBody;
        stall.method = "GET";
        stall.path = QRegularExpression(QRegularExpression::escape(m_big.platforms.first().layerDigests.last()));
        stall.times = -1;
        stall.keepBytes = 1024;
        proxy.addFault(stall);
        QVERIFY2(proxy.start(m_registry), qPrintable(proxy.errorString()));
        const QString local = QStringLiteral("local");
        const Scenario s = scenario(3600, {RegistrySpec{local, std::nullopt, std::nullopt}},
                                    {agents(1, QStringLiteral("nat"))}, {images(1, local)});
        LiveOptions options;
        options.references = {{0, proxy.hostPort() + QStringLiteral("/demo/big:1")}};
        options.realMsPerScenarioSecond = 1;
        options.blobBudgetBytes = m_big.blobBytes;
        LiveRunner runner(s, options);
        QSignalSpy finished(&runner, &LiveRunner::finished);
        QVERIFY(runner.start());
        QTRY_COMPARE_WITH_TIMEOUT(proxy.stalledExchanges(), 1, 10000);
        QCOMPARE(proxy.abandonedExchanges(), 0);
        runner.cancel();
        // Well under the 30 s transfer timeout: the run does not wait for the hung download.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        const auto result = finished.first().at(0).value<LiveResult>();
        QVERIFY(result.canceled);
        QCOMPARE(result.counters.pullsSucceeded, 0);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.abandonedExchanges(), 1, 5000);
        // Nothing arrives after finished(): the aborted download's continuation does not count as a pull.
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }

    void aMissingReferenceIsRefusedUpFront()
    {
        const QString local = QStringLiteral("local");
        LiveRunner runner(scenario(60, {RegistrySpec{local, std::nullopt, std::nullopt}},
                                   {agents(1, QStringLiteral("nat"))}, {images(1, local)}),
                          LiveOptions());
        const Status started = runner.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message.contains(QLatin1String("images[0] has no valid reference")),
                 qPrintable(started.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLiveRunner)
#include "tst_liverunner.moc"

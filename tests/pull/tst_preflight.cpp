// Preflight of one image against the real registry (anonymous and htpasswd) and the Docker-Hub-like rate-limit
// double in front of it: the verdicts an admin sees for the common failures.
#include "RateLimitProxy.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "pull/Preflight.h"
#include "registry/RegistryClient.h"

#include <QJsonDocument>
#include <QTest>

using namespace steward;
using namespace steward::pull;
using namespace steward::test;
using Verdict = PreflightStep::Verdict;

namespace {

PreflightReport run(registry::RegistryClient &client, const PreflightRequest &request)
{
    QFuture<PreflightReport> future = preflight(client, request);
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000) || future.resultCount() == 0)
        return {};
    return future.result();
}

Verdict verdictOf(const PreflightReport &report, const char *step)
{
    for (const PreflightStep &s : report.steps) {
        if (s.name == QLatin1String(step))
            return s.verdict;
    }
    return Verdict::Skipped;
}

QString detailOf(const PreflightReport &report, const char *step)
{
    for (const PreflightStep &s : report.steps) {
        if (s.name == QLatin1String(step))
            return s.detail;
    }
    return {};
}

PreflightRequest request(const QString &reference)
{
    PreflightRequest r;
    r.reference = reference;
    return r;
}

} // namespace

class TestPreflight final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        SyncHttp http;
        QVERIFY(seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/app"), QStringLiteral("1.0"), "app\n").ok);
        SeedOptions arm;
        arm.architecture = QStringLiteral("arm64");
        QVERIFY(
            seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/armonly"), QStringLiteral("1"), "a\n", arm).ok);
        SeedOptions multi;
        multi.multiPlatform = true;
        QVERIFY(
            seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/multi"), QStringLiteral("v1"), "m\n", multi).ok);
        SeedOptions layers;
        layers.extraLayerBytes = 64 * 1024;
        QVERIFY(seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/layers"), QStringLiteral("1"), "l\n", layers)
                    .ok);
    }

    void aGoodImagePassesEveryStep()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        registry::RegistryClient client;
        PreflightRequest r = request(m_registry.hostPort() + QStringLiteral("/demo/app:1.0"));
        r.diskMb = 10000;
        const PreflightReport report = run(client, r);
        QVERIFY2(report.ok(), qPrintable(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));
        for (const char *step : {"resolve", "login", "manifest", "blobs", "disk", "quota"})
            QVERIFY2(verdictOf(report, step) == Verdict::Pass, step);
        QVERIFY(detailOf(report, "quota").contains(QLatin1String("no limit")));
    }

    void aMultiPlatformImageIsCheckedForTheAgentsPlatform()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        registry::RegistryClient client;
        PreflightRequest r = request(m_registry.hostPort() + QStringLiteral("/demo/multi:v1"));
        r.platform = QStringLiteral("linux/arm64");
        QCOMPARE(verdictOf(run(client, r), "manifest"), Verdict::Pass);
        r.platform = QStringLiteral("linux/s390x");
        const PreflightReport missing = run(client, r);
        QCOMPARE(verdictOf(missing, "manifest"), Verdict::Fail);
        QCOMPARE(verdictOf(missing, "blobs"), Verdict::Skipped);
        QVERIFY(!missing.ok());
        // The verdict names what the index does offer.
        const QString detail = detailOf(missing, "manifest");
        QVERIFY2(detail.contains(QLatin1String("no image for linux/s390x")) &&
                     detail.contains(QLatin1String("it offers linux/amd64, linux/arm64")),
                 qPrintable(detail));
    }

    void everyBlobIsCheckedByHeadWithoutDownloadingIt_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("gets");
        // An index names the platform, so the config is only HEAD'ed; a single image's platform is in its config.
        QTest::newRow("a multi-platform image: config and layer by HEAD")
            << QStringLiteral("demo/multi:v1") << QStringLiteral("linux/arm64") << 2 << 0;
        QTest::newRow("a single-platform image: the config read, its layers by HEAD")
            << QStringLiteral("demo/layers:1") << QStringLiteral("linux/amd64") << 2 << 1;
    }

    void everyBlobIsCheckedByHeadWithoutDownloadingIt()
    {
        QFETCH(QString, repository);
        QFETCH(QString, platform);
        QFETCH(int, heads);
        QFETCH(int, gets);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        registry::RegistryClient client;
        PreflightRequest r = request(m_registry.hostPort() + QLatin1Char('/') + repository);
        r.platform = platform;
        m_registry.clearLogs();
        const PreflightReport report = run(client, r);
        QVERIFY2(report.ok(), qPrintable(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));
        QCOMPARE(verdictOf(report, "blobs"), Verdict::Pass);
        int blobHeads = 0;
        int blobGets = 0;
        qint64 blobBytes = 0;
        for (const AccessLogEntry &entry : m_registry.accessLog()) {
            if (!entry.path.contains(QLatin1String("/blobs/")))
                continue;
            if (entry.method == QLatin1String("HEAD"))
                ++blobHeads;
            if (entry.method == QLatin1String("GET")) {
                ++blobGets;
                blobBytes += entry.bytes;
            }
        }
        QCOMPARE(blobHeads, heads);
        QCOMPARE(blobGets, gets);
        if (gets == 0)
            QCOMPARE(blobBytes, 0);
        else
            QVERIFY2(blobBytes < 2048, qPrintable(QString::number(blobBytes))); // the config only, not the 64 KiB layer
    }

    void aMissingLayerIsNamedByDigest()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        SyncHttp http;
        SeedOptions two;
        two.extraLayerBytes = 4096;
        const SeededImage image =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/broken"), QStringLiteral("1"), "b\n", two);
        QVERIFY2(image.ok, qPrintable(image.error));
        const QStringList layers = image.platforms.first().layerDigests;
        QCOMPARE(layers.size(), 2);
        // The registry has deletion enabled: unlink the second layer from the repository behind its manifest.
        const HttpReply deleted = http.send(
            "DELETE", QUrl(m_registry.baseUrl().toString() + QStringLiteral("/v2/demo/broken/blobs/") + layers.last()));
        QCOMPARE(deleted.status, 202);

        registry::RegistryClient client;
        const PreflightReport report = run(client, request(m_registry.hostPort() + QStringLiteral("/demo/broken:1")));
        QCOMPARE(verdictOf(report, "manifest"), Verdict::Pass);
        QCOMPARE(verdictOf(report, "blobs"), Verdict::Fail);
        const QString detail = detailOf(report, "blobs");
        QVERIFY2(detail.contains(QLatin1String("1 of 3 blobs missing")), qPrintable(detail));
        QVERIFY2(detail.contains(layers.last()), qPrintable(detail));
        QVERIFY2(!detail.contains(layers.first()), qPrintable(detail));
        QVERIFY(!report.ok());
    }

    void aSinglePlatformImageForAnotherArchitectureFails()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        registry::RegistryClient client;
        PreflightRequest r = request(m_registry.hostPort() + QStringLiteral("/demo/armonly:1"));
        const PreflightReport report = run(client, r);
        QCOMPARE(verdictOf(report, "manifest"), Verdict::Fail);
        QVERIFY2(detailOf(report, "manifest").contains(QLatin1String("linux/arm64 only")),
                 qPrintable(detailOf(report, "manifest")));
        r.platform = QStringLiteral("linux/arm64");
        QVERIFY(run(client, r).ok());
    }

    void aMissingTagAndAnImpliedLatestAreCalledOut()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        registry::RegistryClient client;
        const PreflightReport report = run(client, request(m_registry.hostPort() + QStringLiteral("/demo/app")));
        QCOMPARE(verdictOf(report, "resolve"), Verdict::Warn); // no tag: latest, which was never pushed
        QCOMPARE(verdictOf(report, "manifest"), Verdict::Fail);
        QVERIFY2(detailOf(report, "manifest").contains(QLatin1String("does not exist")),
                 qPrintable(detailOf(report, "manifest")));
    }

    void aNameWithoutAHostGoesToDockerHub()
    {
        // Only the resolve step matters here: nothing is sent when the reference is malformed, and a well-formed
        // one names docker.io whatever the network says.
        registry::RegistryClient client;
        const PreflightReport bad = run(client, request(QStringLiteral("Not A Reference")));
        QCOMPARE(verdictOf(bad, "resolve"), Verdict::Fail);
        QCOMPARE(verdictOf(bad, "login"), Verdict::Skipped);
    }

    void wrongCredentialsFailTheLogin()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http;
        SeedOptions seed;
        seed.authorization = registry.basicAuthorization();
        QVERIFY(seedImage(http, registry.baseUrl(), QStringLiteral("demo/app"), QStringLiteral("1"), "x\n", seed).ok);
        auto credentials = std::make_shared<registry::StaticCredentialProvider>();
        credentials->set(registry.hostPort(), {options.username, QStringLiteral("not-the-password")});
        registry::RegistryClient client;
        client.setCredentialProvider(credentials);
        PreflightRequest r = request(registry.hostPort() + QStringLiteral("/demo/app:1"));
        r.withCredentials = true;
        const PreflightReport report = run(client, r);
        QCOMPARE(verdictOf(report, "login"), Verdict::Fail);
        QVERIFY2(detailOf(report, "login").contains(QLatin1String("even a public image")),
                 qPrintable(detailOf(report, "login")));
        QVERIFY(!QJsonDocument(report.toJson()).toJson().contains("not-the-password"));

        credentials->set(registry.hostPort(), {options.username, options.password});
        QVERIFY(run(client, r).ok());
    }

    void eachStepIsReportedInOrderTheMomentItIsDecided_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<bool>("ok");
        QTest::newRow("a pushed image passes every step") << QStringLiteral("/demo/app:1.0") << QString() << true;
        QTest::newRow("a missing tag fails at the manifest, the rest skipped")
            << QStringLiteral("/demo/app:never-pushed") << QString() << false;
        QTest::newRow("an image for another architecture fails at the manifest")
            << QStringLiteral("/demo/armonly:1") << QStringLiteral("linux/amd64") << false;
        QTest::newRow("an index without the agents' platform fails, then the quota is still checked")
            << QStringLiteral("/demo/multi:v1") << QStringLiteral("linux/s390x") << false;
        QTest::newRow("a malformed reference fails before any request")
            << QStringLiteral("Not A Reference") << QString() << false;
    }

    void eachStepIsReportedInOrderTheMomentItIsDecided()
    {
        QFETCH(QString, reference);
        QFETCH(QString, platform);
        QFETCH(bool, ok);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        registry::RegistryClient client;
        PreflightRequest r =
            request(reference.startsWith(QLatin1Char('/')) ? m_registry.hostPort() + reference : reference);
        if (!platform.isEmpty())
            r.platform = platform;
        r.diskMb = 10000;

        struct Call
        {
            int index;
            PreflightStep step;
            bool futureFinished;
        };
        QList<Call> calls;
        // Until preflight() returns, `future` is the empty (finished, cancelled) one, and the real one cannot be done.
        QFuture<PreflightReport> future;
        bool returned = false;
        future = preflight(client, r, [&calls, &future, &returned](int index, const PreflightStep &step) {
            calls.append({index, step, returned && future.isFinished()});
        });
        returned = true;
        const qsizetype reportedAtReturn = calls.size();
        QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 20000));
        QCOMPARE(future.resultCount(), 1);
        const PreflightReport report = future.result();
        QCOMPARE(report.ok(), ok);

        // One call per step, in the report's order, each with the step as the report holds it, none after the end.
        QCOMPARE(calls.size(), report.steps.size());
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const Call &call = calls.at(i);
            QCOMPARE(call.index, int(i));
            QCOMPARE(call.step.name, report.steps.at(i).name);
            QCOMPARE(call.step.verdict, report.steps.at(i).verdict);
            QCOMPARE(call.step.detail, report.steps.at(i).detail);
            QVERIFY2(!call.futureFinished, qPrintable(call.step.name));
        }
        // The resolve step is decided at once; whatever asks the registry arrives later, as its answer does.
        if (report.steps.at(0).verdict == Verdict::Fail)
            QCOMPARE(reportedAtReturn, report.steps.size());
        else
            QCOMPARE(reportedAtReturn, 1);
    }

    void anExhaustedQuotaIsAFailure()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy proxy;
        proxy.setAnonymousQuota({1, 21600});
        QVERIFY2(proxy.start(m_registry), qPrintable(proxy.errorString()));
        registry::RegistryClient client;
        const PreflightRequest r = request(proxy.hostPort() + QStringLiteral("/demo/app:1.0"));
        const PreflightReport first = run(client, r);
        QCOMPARE(verdictOf(first, "quota"), Verdict::Pass);
        QVERIFY2(detailOf(first, "quota").contains(QLatin1String("1 of 1")), qPrintable(detailOf(first, "quota")));
        QCOMPARE(proxy.countedPulls(proxy.clientAddress()), 1); // the preflight's one GET
        const PreflightReport second = run(client, r);
        QCOMPARE(verdictOf(second, "quota"), Verdict::Fail);
        QCOMPARE(verdictOf(second, "manifest"), Verdict::Fail);
        QVERIFY2(detailOf(second, "manifest").contains(QLatin1String("rate limit")),
                 qPrintable(detailOf(second, "manifest")));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"

// Rate limits through the Docker-Hub-like proxy in front of the real registry: headers read from HEADs (which
// never count), pulls counted only for manifest GETs, 429 with Retry-After waited for or reported, a CDN redirect
// that must not see our Authorization, and faults mid-transfer.
#include "AwaitFuture.h"
#include "RateLimitProxy.h"
#include "RegistryFixture.h"
#include "RegistryTestUtil.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "registry/RegistryClient.h"

#include <QTest>

using namespace steward;
using namespace steward::registry;
using namespace steward::test;

class TestRegistryRateLimit final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    SeededImage m_image;
    bool m_started = false;

    ImageReference through(const RateLimitProxy &hub, const QString &rest) const
    {
        return *ImageReference::parse(QString(hub.hostPort() + QLatin1Char('/') + rest));
    }

    static RegistryOptions plainHttp()
    {
        RegistryOptions options;
        options.plainHttp = true;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        m_started = m_registry.start(options);
        if (!m_started)
            return;
        SyncHttp http;
        SeedOptions seed;
        seed.authorization = m_registry.basicAuthorization();
        m_image =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("library/app"), QStringLiteral("1"), "hub\n", seed);
        QVERIFY2(m_image.ok, qPrintable(m_image.error));
    }

    void headsReadTheQuotaWithoutSpendingIt()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy hub;
        hub.setAuthenticatedQuota({5, 21600});
        QVERIFY2(hub.start(m_registry), qPrintable(hub.errorString()));
        RegistryClient client;
        client.setDefaultOptions(plainHttp());
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(hub.hostPort(), {QStringLiteral("alice"), QStringLiteral("s3cret")});
        client.setCredentialProvider(credentials);
        for (int i = 0; i < 3; ++i) {
            const auto head = client.headManifest(through(hub, QStringLiteral("library/app:1")));
            QVERIFY(waitFor(head));
            QVERIFY2(head.result(), qPrintable(describe(head.result())));
            const RateLimit limit = head.result()->rateLimit;
            QVERIFY(limit.limited);
            QCOMPARE(limit.limit, 5);
            QCOMPARE(limit.remaining, 5);
            QCOMPARE(limit.windowSeconds, 21600);
            QCOMPARE(limit.source, QStringLiteral("alice"));
        }
        QCOMPARE(hub.countedPulls(QStringLiteral("alice")), 0);
        QCOMPARE(hub.manifestGets(), 0);

        const auto get = client.getManifest(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(get));
        QVERIFY2(get.result(), qPrintable(describe(get.result())));
        QCOMPARE(get.result()->rateLimit.remaining, 4);
        QCOMPARE(hub.countedPulls(QStringLiteral("alice")), 1);
    }

    void anUnlimitedAccountSeesNoHeaders()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy hub;
        hub.setMode(RateLimitProxy::Mode::Unlimited);
        QVERIFY2(hub.start(m_registry), qPrintable(hub.errorString()));
        RegistryClient client;
        client.setDefaultOptions(plainHttp());
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(hub.hostPort(), {QStringLiteral("alice"), QStringLiteral("s3cret")});
        client.setCredentialProvider(credentials);
        const auto head = client.headManifest(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(head));
        QVERIFY2(head.result(), qPrintable(describe(head.result())));
        QVERIFY(!head.result()->rateLimit.limited);
    }

    void aSpentQuotaIsReportedWithTheWait()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy hub;
        hub.setAuthenticatedQuota({1, 3600});
        hub.useVirtualClock(QDateTime::currentSecsSinceEpoch() * 1000);
        QVERIFY2(hub.start(m_registry), qPrintable(hub.errorString()));
        RegistryClient client;
        client.setDefaultOptions(plainHttp());
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(hub.hostPort(), {QStringLiteral("alice"), QStringLiteral("s3cret")});
        client.setCredentialProvider(credentials);
        const auto first = client.getManifest(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(first));
        QVERIFY2(first.result(), qPrintable(describe(first.result())));
        const auto second = client.getManifest(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(second, 5000));
        QVERIFY(!second.result());
        QCOMPARE(second.result().error().code, ErrorCode::RateLimited);
        QVERIFY2(second.result().error().message.contains(QLatin1String("TOOMANYREQUESTS")),
                 qPrintable(describe(second.result())));
        QVERIFY2(second.result().error().message.contains(QLatin1String("3600 s")),
                 qPrintable(describe(second.result())));
        QCOMPARE(hub.countedPulls(QStringLiteral("alice")), 1);
        // HEAD still answers, with nothing left.
        const auto head = client.headManifest(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(head));
        QVERIFY2(head.result(), qPrintable(describe(head.result())));
        QCOMPARE(head.result()->rateLimit.remaining, 0);
    }

    void theWaitReachesTheCallerAsANumber_data()
    {
        QTest::addColumn<bool>("asDate");
        QTest::newRow("Retry-After in seconds") << false;
        QTest::newRow("Retry-After as an HTTP date") << true;
    }

    void theWaitReachesTheCallerAsANumber()
    {
        QFETCH(bool, asDate);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy hub;
        hub.setAuthenticatedQuota({1, 3600});
        hub.setRetryAfterAsDate(asDate);
        hub.useVirtualClock(QDateTime::currentSecsSinceEpoch() * 1000);
        QVERIFY2(hub.start(m_registry), qPrintable(hub.errorString()));
        RegistryClient client;
        RegistryOptions options = plainHttp();
        options.maxRetryAfterMs = 0; // report every wait instead of sitting it out
        client.setDefaultOptions(options);
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(hub.hostPort(), {QStringLiteral("alice"), QStringLiteral("s3cret")});
        client.setCredentialProvider(credentials);
        const auto first = client.getManifest(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(first));
        QVERIFY2(first.result(), qPrintable(describe(first.result())));
        const auto second = client.getManifest(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(second, 5000));
        QVERIFY(!second.result());
        const Error error = second.result().error();
        QCOMPARE(error.code, ErrorCode::RateLimited);
        QVERIFY(error.retryAfterMs.has_value());
        // A date has whole seconds and is read against the wall clock: up to a second (plus test time) less.
        if (asDate)
            QVERIFY2(*error.retryAfterMs > 3595 * 1000 && *error.retryAfterMs <= 3600 * 1000,
                     qPrintable(QString::number(*error.retryAfterMs)));
        else
            QCOMPARE(*error.retryAfterMs, 3600 * 1000);

        // Errors that are not rate limits carry no wait.
        const auto missing = client.headManifest(through(hub, QStringLiteral("library/app:nope")));
        QVERIFY(waitFor(missing));
        QVERIFY(!missing.result());
        QVERIFY(!missing.result().error().retryAfterMs.has_value());
    }

    void aShortRetryAfterIsWaitedForAndThenSucceeds()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy hub;
        hub.setAuthenticatedQuota({1, 1}); // one pull per second
        hub.setRetryAfterAsDate(true);
        QVERIFY2(hub.start(m_registry), qPrintable(hub.errorString()));
        RegistryClient client;
        client.setDefaultOptions(plainHttp());
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(hub.hostPort(), {QStringLiteral("alice"), QStringLiteral("s3cret")});
        client.setCredentialProvider(credentials);
        const auto first = client.getManifest(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(first));
        const auto second = client.getManifest(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(second, 15000));
        QVERIFY2(second.result(), qPrintable(describe(second.result())));
        int rateLimited = 0;
        for (const auto &request : hub.requests())
            rateLimited += request.status == 429 ? 1 : 0;
        QVERIFY(rateLimited >= 1);
    }

    void blobRedirectsToTheCdnCarryNoAuthorization()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy hub;
        hub.setRedirectBlobGets(true);
        hub.setCdnRejectsAuthorization(true);
        QVERIFY2(hub.start(m_registry), qPrintable(hub.errorString()));
        RegistryClient client;
        client.setDefaultOptions(plainHttp());
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(hub.hostPort(), {QStringLiteral("alice"), QStringLiteral("s3cret")});
        client.setCredentialProvider(credentials);
        const auto inspected = client.inspect(through(hub, QStringLiteral("library/app:1")));
        QVERIFY(waitFor(inspected));
        QVERIFY2(inspected.result(), qPrintable(describe(inspected.result())));
        QVERIFY(inspected.result()->hasConfig);
        QCOMPARE(hub.cdnRequests().size(), 1);
        QVERIFY(hub.cdnRequests().first().status == 200);
    }

    void aLayerFetchedForAPullFollowsTheCdnAndIsVerified()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RateLimitProxy hub;
        hub.setRedirectBlobGets(true);
        hub.setCdnRejectsAuthorization(true);
        hub.setAuthenticatedQuota({1, 3600});
        QVERIFY2(hub.start(m_registry), qPrintable(hub.errorString()));
        RegistryClient client;
        client.setDefaultOptions(plainHttp());
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(hub.hostPort(), {QStringLiteral("alice"), QStringLiteral("s3cret")});
        client.setCredentialProvider(credentials);
        const ImageReference image = through(hub, QStringLiteral("library/app:1"));
        const auto pulled = client.pullManifests(image, QStringLiteral("linux/amd64"));
        QVERIFY(waitFor(pulled));
        QVERIFY2(pulled.result(), qPrintable(describe(pulled.result())));
        const Descriptor layer = pulled.result()->image.manifest.layers.first();
        const auto fetched = client.fetchBlob(image, layer);
        QVERIFY(waitFor(fetched));
        QVERIFY2(fetched.result(), qPrintable(describe(fetched.result())));
        QCOMPARE(*fetched.result(), layer.size);
        QCOMPARE(hub.cdnRequests().size(), 1);
        QVERIFY(!hub.cdnRequests().first().headers.contains("Authorization"));
        QCOMPARE(hub.countedPulls(QStringLiteral("alice")), 1); // blob GETs are not pulls

        // A body cut short, with a Content-Length that agrees with the cut: only the hash notices.
        hub.setRedirectBlobGets(false);
        RateLimitProxy::FaultRule truncate;
        truncate.fault = RateLimitProxy::Fault::TruncateBody;
        truncate.method = "GET";
        truncate.path = QRegularExpression(QStringLiteral("/blobs/"));
        hub.addFault(truncate);
        const auto cut = client.fetchBlob(image, layer);
        QVERIFY(waitFor(cut));
        QVERIFY(!cut.result());
        QCOMPARE(cut.result().error().code, ErrorCode::Integrity);
    }

    void faultsMidTransferAreClearErrors_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("a manifest cut short behind an honest length is caught")
            << int(RateLimitProxy::Fault::TruncateBody);
        QTest::newRow("a connection dropped mid-body is caught") << int(RateLimitProxy::Fault::DropMidBody);
        QTest::newRow("a connection closed without an answer is caught") << int(RateLimitProxy::Fault::CloseConnection);
    }

    void faultsMidTransferAreClearErrors()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QFETCH(int, fault);
        RateLimitProxy hub;
        hub.setMode(RateLimitProxy::Mode::Unlimited);
        RateLimitProxy::FaultRule rule;
        rule.fault = RateLimitProxy::Fault(fault);
        rule.method = "GET";
        rule.path = QRegularExpression(QStringLiteral("/manifests/"));
        rule.times = -1;
        hub.addFault(rule);
        QVERIFY2(hub.start(m_registry), qPrintable(hub.errorString()));
        RegistryClient client;
        client.setDefaultOptions(plainHttp());
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(hub.hostPort(), {QStringLiteral("alice"), QStringLiteral("s3cret")});
        client.setCredentialProvider(credentials);
        const auto get = client.getManifest(through(hub, QStringLiteral("library/app@") + m_image.digest));
        QVERIFY(waitFor(get));
        QVERIFY(!get.result());
        const ErrorCode code = get.result().error().code;
        QVERIFY2(code == ErrorCode::Integrity || code == ErrorCode::Network || code == ErrorCode::Protocol,
                 qPrintable(describe(get.result())));
    }
};

QTEST_GUILESS_MAIN(TestRegistryRateLimit)
#include "tst_registryratelimit.moc"

// RegistryClient against the real registry (Debian's docker-registry): anonymous, htpasswd and TLS, with skopeo as
// the independent client that must agree on tags and digests.
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "RegistryTestUtil.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "registry/RegistryClient.h"

#include <QJsonArray>
#include <QTest>

using namespace steward;
using namespace steward::registry;
using namespace steward::test;

namespace {

ImageReference ref(const RegistryFixture &registry, const QString &rest)
{
    return *ImageReference::parse(QString(registry.hostPort() + QLatin1Char('/') + rest));
}

qsizetype countLog(const QList<AccessLogEntry> &log, const QString &method, const QString &pathPart)
{
    return std::count_if(log.cbegin(), log.cend(), [&](const AccessLogEntry &entry) {
        return entry.method == method && entry.path.contains(pathPart);
    });
}

qint64 blobBytesServed(const QList<AccessLogEntry> &log)
{
    qint64 bytes = 0;
    for (const AccessLogEntry &entry : log) {
        if (entry.method == QLatin1String("GET") && entry.path.contains(QLatin1String("/blobs/")))
            bytes += entry.bytes;
    }
    return bytes;
}

} // namespace

class TestRegistryClient final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry; // anonymous, plain HTTP on loopback: shared by the read-only tests
    SeededImage m_single;
    SeededImage m_multi;
    bool m_started = false;

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        SyncHttp http;
        SeedOptions options;
        options.labels = {{QStringLiteral("team"), QStringLiteral("kasm")}};
        m_single = seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/app"), QStringLiteral("1.0"),
                             "single platform\n", options);
        QVERIFY2(m_single.ok, qPrintable(m_single.error));
        for (const char *tag : {"1.1", "latest", "2026-11-28"}) {
            const SeededImage again = seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/app"),
                                                QString::fromLatin1(tag), "single platform\n", options);
            QVERIFY(again.ok);
        }
        SeedOptions multi;
        multi.multiPlatform = true;
        m_multi = seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/multi"), QStringLiteral("v1"),
                            "multi platform\n", multi);
        QVERIFY2(m_multi.ok, qPrintable(m_multi.error));
    }

    void pingFindsAnAnonymousRegistryOverPlainHttpOnLoopback()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        const auto future = client.ping(m_registry.hostPort());
        QVERIFY(waitFor(future));
        const Result<PingResult> ping = future.result();
        QVERIFY2(ping, qPrintable(describe(ping)));
        QCOMPARE(ping->endpoint.scheme(), QStringLiteral("http"));
        QVERIFY(!ping->authRequired);
    }

    void tagListMatchesSkopeo()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        const auto future = client.listTags(ref(m_registry, QStringLiteral("demo/app")));
        QVERIFY(waitFor(future));
        const Result<TagList> tags = future.result();
        QVERIFY2(tags, qPrintable(describe(tags)));

        const QJsonObject skopeoTags =
            QJsonDocument::fromJson(
                skopeo(m_registry, {QStringLiteral("list-tags"),
                                    QStringLiteral("docker://") + m_registry.hostPort() + QStringLiteral("/demo/app")}))
                .object();
        QStringList expected;
        for (const QJsonValue &tag : skopeoTags.value(QStringLiteral("Tags")).toArray())
            expected << tag.toString();
        QCOMPARE(expected.size(), 4);
        QStringList ours = tags->tags;
        ours.sort();
        expected.sort();
        QCOMPARE(ours, expected);
    }

    void headAndGetAgreeWithSkopeoOnTheDigest()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        const ImageReference app = ref(m_registry, QStringLiteral("demo/app:1.0"));
        const auto head = client.headManifest(app);
        const auto get = client.getManifest(app);
        QVERIFY(waitFor(head));
        QVERIFY(waitFor(get));
        QVERIFY2(head.result(), qPrintable(describe(head.result())));
        QVERIFY2(get.result(), qPrintable(describe(get.result())));
        const QString skopeoDigest =
            skopeoInspect(m_registry, QStringLiteral("demo/app:1.0")).value(QStringLiteral("Digest")).toString();
        QCOMPARE(head.result()->digest.toString(), skopeoDigest);
        QCOMPARE(get.result()->digest.toString(), skopeoDigest);
        QCOMPARE(skopeoDigest, m_single.digest);
        QCOMPARE(get.result()->bytes, m_single.manifestBytes);
        QCOMPARE(head.result()->size, m_single.manifestBytes.size());
        QVERIFY(!head.result()->rateLimit.limited); // distribution sends no rate-limit headers: unlimited
    }

    void tagDigestsAreThoseOfEveryTag()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        const QStringList tags{QStringLiteral("1.0"), QStringLiteral("latest"), QStringLiteral("2026-11-28")};
        const auto future = client.tagDigests(ref(m_registry, QStringLiteral("demo/app")), tags);
        QVERIFY(waitFor(future));
        const auto digests = future.result();
        QVERIFY2(digests, qPrintable(describe(digests)));
        QCOMPARE(digests->size(), 3);
        for (qsizetype i = 0; i < tags.size(); ++i) {
            QCOMPARE(digests->at(i).tag, tags.at(i));
            QCOMPARE(digests->at(i).digest.toString(), m_single.digest);
        }
        QCOMPARE(future.progressValue(), 3);
    }

    void inspectReadsTheConfig()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        const auto future = client.inspect(ref(m_registry, QStringLiteral("demo/app:1.0")));
        QVERIFY(waitFor(future));
        const Result<ImageDetails> details = future.result();
        QVERIFY2(details, qPrintable(describe(details)));
        QVERIFY(details->hasConfig);
        QCOMPARE(details->config.architecture, QStringLiteral("amd64"));
        QCOMPARE(details->config.os, QStringLiteral("linux"));
        QCOMPARE(details->config.created, QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC));
        QCOMPARE(details->config.labels.value(QStringLiteral("team")), QStringLiteral("kasm"));
        QCOMPARE(details->layerCount, 1);
        const QJsonObject skopeoView = skopeoInspect(m_registry, QStringLiteral("demo/app:1.0"));
        QCOMPARE(details->config.labels.value(QStringLiteral("team")),
                 skopeoView.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("team")).toString());
    }

    void indexListsItsPlatformsAndResolvesOne()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        const ImageReference multi = ref(m_registry, QStringLiteral("demo/multi:v1"));
        const auto inspected = client.inspect(multi);
        QVERIFY(waitFor(inspected));
        QVERIFY2(inspected.result(), qPrintable(describe(inspected.result())));
        QCOMPARE(inspected.result()->digest.toString(), m_multi.digest);
        QCOMPARE(inspected.result()->platforms.size(), 2);

        const auto arm = client.platformDigest(multi, QStringLiteral("linux/arm64"));
        QVERIFY(waitFor(arm));
        QVERIFY2(arm.result(), qPrintable(describe(arm.result())));
        QString expected;
        for (const SeededPlatform &platform : m_multi.platforms) {
            if (platform.architecture == QLatin1String("arm64"))
                expected = platform.manifestDigest;
        }
        QCOMPARE(arm.result()->digest.toString(), expected);
        QVERIFY(arm.result()->digest.toString() != m_multi.digest); // the platform digest, not the index's

        const auto missing = client.platformDigest(multi, QStringLiteral("windows/amd64"));
        QVERIFY(waitFor(missing));
        QVERIFY(!missing.result());
        QCOMPARE(missing.result().error().code, ErrorCode::NotFound);
        QVERIFY(missing.result().error().message.contains(QLatin1String("linux/amd64")));
    }

    void aPullForOnePlatformGetsTheIndexThenThatPlatformsManifest()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        m_registry.clearLogs();
        const auto pulled =
            client.pullManifests(ref(m_registry, QStringLiteral("demo/multi:v1")), QStringLiteral("linux/arm64"));
        QVERIFY(waitFor(pulled));
        QVERIFY2(pulled.result(), qPrintable(describe(pulled.result())));
        const PulledImage image = *pulled.result();
        QVERIFY(image.index.has_value());
        QCOMPARE(image.index->digest.toString(), m_multi.digest);
        QCOMPARE(image.manifestGets, 2);
        QString arm;
        for (const SeededPlatform &platform : m_multi.platforms) {
            if (platform.architecture == QLatin1String("arm64"))
                arm = platform.manifestDigest;
        }
        QCOMPARE(image.image.digest.toString(), arm);
        QCOMPARE(image.image.manifest.kind, Manifest::Kind::Image);
        QStringList gets;
        for (const AccessLogEntry &entry : m_registry.accessLog()) {
            if (entry.method == QLatin1String("GET") && entry.path.contains(QLatin1String("/manifests/")))
                gets << entry.path;
        }
        QCOMPARE(gets, (QStringList{QStringLiteral("/v2/demo/multi/manifests/v1"),
                                    QStringLiteral("/v2/demo/multi/manifests/") + arm}));

        const auto single =
            client.pullManifests(ref(m_registry, QStringLiteral("demo/app:1.0")), QStringLiteral("linux/arm64"));
        QVERIFY(waitFor(single));
        QVERIFY2(single.result(), qPrintable(describe(single.result())));
        QVERIFY(!single.result()->index.has_value()); // the platform of a single image is not the client's to judge
        QCOMPARE(single.result()->manifestGets, 1);
        QCOMPARE(single.result()->image.digest.toString(), m_single.digest);

        const auto missing =
            client.pullManifests(ref(m_registry, QStringLiteral("demo/multi:v1")), QStringLiteral("linux/s390x"));
        QVERIFY(waitFor(missing));
        QVERIFY(!missing.result());
        QCOMPARE(missing.result().error().code, ErrorCode::NotFound);
        QVERIFY2(missing.result().error().message.contains(QLatin1String("linux/amd64, linux/arm64")),
                 qPrintable(describe(missing.result())));
    }

    void blobsAreCheckedByHeadAndFetchedVerifiedWithoutKeepingThem()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        SyncHttp http;
        SeedOptions options;
        options.extraLayerBytes = 300 * 1024;
        const SeededImage big =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/blobs"), QStringLiteral("1"), "x\n", options);
        QVERIFY2(big.ok, qPrintable(big.error));
        RegistryClient client;
        const ImageReference repository = ref(m_registry, QStringLiteral("demo/blobs:1"));
        const auto manifest = client.getManifest(repository);
        QVERIFY(waitFor(manifest));
        QVERIFY2(manifest.result(), qPrintable(describe(manifest.result())));
        QList<Descriptor> blobs = manifest.result()->manifest.blobs();
        QCOMPARE(blobs.size(), 3);
        Descriptor absent = blobs.last();
        absent.digest = Digest::sha256("never pushed");

        m_registry.clearLogs();
        const auto presence = client.checkBlobs(repository, blobs + QList<Descriptor>{absent});
        QVERIFY(waitFor(presence));
        QVERIFY2(presence.result(), qPrintable(describe(presence.result())));
        QCOMPARE(presence.result()->size(), 4);
        for (qsizetype i = 0; i < 3; ++i)
            QVERIFY(presence.result()->at(i).present);
        QVERIFY(!presence.result()->at(3).present);
        QCOMPARE(presence.result()->at(3).blob.digest, absent.digest);
        for (const AccessLogEntry &entry : m_registry.accessLog())
            QCOMPARE(entry.method, QStringLiteral("HEAD"));

        qint64 total = 0;
        for (const Descriptor &blob : blobs) {
            const auto fetched = client.fetchBlob(repository, blob);
            QVERIFY(waitFor(fetched));
            QVERIFY2(fetched.result(), qPrintable(describe(fetched.result())));
            QCOMPARE(*fetched.result(), blob.size);
            total += *fetched.result();
        }
        QCOMPARE(total, big.blobBytes);

        // More bytes than the manifest promised: the download stops there and fails.
        Descriptor shorter = blobs.last();
        shorter.size -= 1;
        const auto wrong = client.fetchBlob(repository, shorter);
        QVERIFY(waitFor(wrong));
        QVERIFY(!wrong.result());
        QCOMPARE(wrong.result().error().code, ErrorCode::Integrity);
    }

    void unknownTagIsNotFoundWithTheRegistrysWords()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        const auto future = client.getManifest(ref(m_registry, QStringLiteral("demo/app:nope")));
        QVERIFY(waitFor(future));
        QVERIFY(!future.result());
        QCOMPARE(future.result().error().code, ErrorCode::NotFound);
        QVERIFY2(future.result().error().message.contains(QLatin1String("MANIFEST_UNKNOWN")),
                 qPrintable(future.result().error().message));
    }

    void wrongDigestIsRejected()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        const auto future =
            client.getManifest(ref(m_registry, QStringLiteral("demo/app@sha256:") + QString(64, QLatin1Char('0'))));
        QVERIFY(waitFor(future));
        QVERIFY(!future.result());
        QCOMPARE(future.result().error().code, ErrorCode::NotFound);
    }

    void retagIsOneGetAndOnePutPerTagWithoutBlobs()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        m_registry.clearLogs();
        const auto future = client.retag(ref(m_registry, QStringLiteral("demo/app:1.0")),
                                         {QStringLiteral("stable"), QStringLiteral("prod")});
        QVERIFY(waitFor(future));
        QVERIFY2(future.result(), qPrintable(describe(future.result())));
        QCOMPARE(future.result()->toString(), m_single.digest);
        const QList<AccessLogEntry> log = m_registry.accessLog();
        QCOMPARE(countLog(log, QStringLiteral("GET"), QStringLiteral("/manifests/")), 1);
        QCOMPARE(countLog(log, QStringLiteral("PUT"), QStringLiteral("/manifests/")), 2);
        QCOMPARE(countLog(log, QStringLiteral("GET"), QStringLiteral("/blobs/")), 0);
        QCOMPARE(countLog(log, QStringLiteral("POST"), QStringLiteral("/blobs/")), 0);
        // skopeo sees the new tag on the same digest.
        QCOMPARE(
            skopeoInspect(m_registry, QStringLiteral("demo/app:stable")).value(QStringLiteral("Digest")).toString(),
            m_single.digest);
    }

    void copyWithinRegistryMountsEveryBlob()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        m_registry.clearLogs();
        const auto future = client.copy(ref(m_registry, QStringLiteral("demo/multi:v1")),
                                        ref(m_registry, QStringLiteral("promoted/multi:v1")));
        QVERIFY(waitFor(future));
        const Result<CopyReport> report = future.result();
        QVERIFY2(report, qPrintable(describe(report)));
        QCOMPARE(report->digest.toString(), m_multi.digest);
        QCOMPARE(report->blobsMounted, 4); // two platforms, config + layer each
        QCOMPARE(report->blobsUploaded, 0);
        QCOMPARE(report->manifestsPut, 3);
        const QList<AccessLogEntry> log = m_registry.accessLog();
        QCOMPARE(blobBytesServed(log), 0);
        QCOMPARE(countLog(log, QStringLiteral("PUT"), QStringLiteral("/blobs/uploads/")), 0);
        const QJsonObject copied = skopeoInspect(m_registry, QStringLiteral("promoted/multi:v1"));
        QCOMPARE(copied.value(QStringLiteral("Digest")).toString(), m_multi.digest);
    }

    void copyToAnotherRegistryStreamsAndVerifiesBlobs()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryFixture target;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        QVERIFY2(target.start(options), qPrintable(target.errorString()));
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(target.hostPort(), {options.username, options.password});
        RegistryClient client;
        client.setCredentialProvider(credentials);
        const auto future =
            client.copy(ref(m_registry, QStringLiteral("demo/app:1.0")), ref(target, QStringLiteral("mirror/app:1.0")));
        QVERIFY(waitFor(future));
        const Result<CopyReport> report = future.result();
        QVERIFY2(report, qPrintable(describe(report)));
        QCOMPARE(report->blobsUploaded, 2);
        QCOMPARE(report->bytesUploaded, m_single.blobBytes);
        QCOMPARE(future.progressValue(), int(m_single.blobBytes / 1024));
        QCOMPARE(skopeoInspect(target, QStringLiteral("mirror/app:1.0")).value(QStringLiteral("Digest")).toString(),
                 m_single.digest);

        // Again: the blobs are there already, so nothing is uploaded.
        const auto again =
            client.copy(ref(m_registry, QStringLiteral("demo/app:1.0")), ref(target, QStringLiteral("mirror/app:1.1")));
        QVERIFY(waitFor(again));
        QVERIFY2(again.result(), qPrintable(describe(again.result())));
        QCOMPARE(again.result()->blobsExisting, 2);
        QCOMPARE(again.result()->blobsUploaded, 0);
    }

    void deleteByDigestRemovesEveryTagAndLeavesNullTags()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        SyncHttp http;
        const SeededImage doomed =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/doomed"), QStringLiteral("a"), "doomed\n");
        QVERIFY(doomed.ok);
        RegistryClient client;
        const auto retagged = client.retag(ref(m_registry, QStringLiteral("demo/doomed:a")), {QStringLiteral("b")});
        QVERIFY(waitFor(retagged));
        const auto byTag = client.deleteManifest(ref(m_registry, QStringLiteral("demo/doomed:a")));
        QVERIFY(waitFor(byTag));
        QCOMPARE(byTag.result().error().code, ErrorCode::InvalidInput);
        const auto deleted = client.deleteManifest(ref(m_registry, QStringLiteral("demo/doomed@") + doomed.digest));
        QVERIFY(waitFor(deleted));
        QVERIFY2(deleted.result(), qPrintable(describe(deleted.result())));
        const auto tags = client.listTags(ref(m_registry, QStringLiteral("demo/doomed")));
        QVERIFY(waitFor(tags));
        QVERIFY2(tags.result(), qPrintable(describe(tags.result())));
        QVERIFY(tags.result()->tags.isEmpty()); // distribution says "tags": null
    }

    void htpasswdWithoutLoginSaysToLogIn()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        RegistryClient client;
        const auto future = client.listTags(ref(registry, QStringLiteral("demo/app")));
        QVERIFY(waitFor(future));
        QVERIFY(!future.result());
        QCOMPARE(future.result().error().code, ErrorCode::Unauthorized);
        QVERIFY2(future.result().error().message.contains(QLatin1String("log in")),
                 qPrintable(future.result().error().message));
    }

    void htpasswdWithAWrongPasswordStopsAfterBoundedRetries()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(registry.hostPort(), {options.username, QStringLiteral("wrong-password")});
        RegistryClient client;
        client.setCredentialProvider(credentials);
        registry.clearLogs();
        const auto future = client.headManifest(ref(registry, QStringLiteral("demo/app:1")));
        QVERIFY(waitFor(future));
        QVERIFY(!future.result());
        QCOMPARE(future.result().error().code, ErrorCode::Unauthorized);
        QVERIFY(future.result().error().message.contains(QLatin1String("alice")));
        QVERIFY(!future.result().error().toString().contains(QLatin1String("wrong-password")));
        const QList<AccessLogEntry> log = registry.accessLog();
        QVERIFY2(countLog(log, QStringLiteral("HEAD"), QStringLiteral("/manifests/")) <= 3,
                 qPrintable(QString::number(log.size())));
    }

    void htpasswdWithTheRightLoginWorks()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http;
        SeedOptions seedOptions;
        seedOptions.authorization = registry.basicAuthorization();
        const SeededImage image =
            seedImage(http, registry.baseUrl(), QStringLiteral("demo/app"), QStringLiteral("1"), "x\n", seedOptions);
        QVERIFY(image.ok);
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(registry.hostPort(), {options.username, options.password});
        RegistryClient client;
        client.setCredentialProvider(credentials);
        const auto future = client.headManifest(ref(registry, QStringLiteral("demo/app:1")));
        QVERIFY(waitFor(future));
        QVERIFY2(future.result(), qPrintable(describe(future.result())));
        QCOMPARE(future.result()->digest.toString(), image.digest);
    }

    void tlsRegistryNeedsItsCaOrAnExplicitInsecureChoice()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.tls = true;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http(registry.sslConfiguration());
        const SeededImage image =
            seedImage(http, registry.baseUrl(), QStringLiteral("demo/app"), QStringLiteral("1"), "tls\n");
        QVERIFY(image.ok);
        const ImageReference app = ref(registry, QStringLiteral("demo/app:1"));
        {
            RegistryClient client;
            const auto future = client.headManifest(app);
            QVERIFY(waitFor(future));
            QVERIFY(!future.result());
            QCOMPARE(future.result().error().code, ErrorCode::Network);
            QVERIFY2(future.result().error().toString().contains(QLatin1String("--ca-file")),
                     qPrintable(describe(future.result())));
        }
        {
            RegistryClient client;
            RegistryOptions trusted;
            trusted.caFile = registry.caFile();
            client.setRegistryOptions(registry.hostPort(), trusted);
            const auto future = client.headManifest(app);
            QVERIFY(waitFor(future));
            QVERIFY2(future.result(), qPrintable(describe(future.result())));
            QCOMPARE(future.result()->digest.toString(), image.digest);
            const auto ping = client.ping(registry.hostPort());
            QVERIFY(waitFor(ping));
            QCOMPARE(ping.result()->endpoint.scheme(), QStringLiteral("https"));
        }
        {
            RegistryClient client;
            RegistryOptions insecure;
            insecure.insecure = true;
            client.setRegistryOptions(registry.hostPort(), insecure);
            const auto future = client.headManifest(app);
            QVERIFY(waitFor(future));
            QVERIFY2(future.result(), qPrintable(describe(future.result())));
        }
    }

    void cancellingAFutureStopsTheWork()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        RegistryClient client;
        QStringList tags;
        for (int i = 0; i < 200; ++i)
            tags << QStringLiteral("1.0");
        auto future = client.tagDigests(ref(m_registry, QStringLiteral("demo/app")), tags);
        future.cancel();
        QVERIFY(waitFor(future, 10000));
        QVERIFY(future.isCanceled());
        QVERIFY(client.requestCount() < 100);
    }

    void registryDyingMidListingIsANetworkError()
    {
        RegistryFixture registry;
        const bool started = registry.start();
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http;
        QVERIFY(seedImage(http, registry.baseUrl(), QStringLiteral("demo/app"), QStringLiteral("1"), "x\n").ok);
        QStringList tags;
        for (int i = 0; i < 3000; ++i)
            tags << QStringLiteral("1");
        RegistryClient client;
        RegistryOptions options;
        options.timeoutMs = 5000;
        client.setDefaultOptions(options);
        auto future = client.tagDigests(ref(registry, QStringLiteral("demo/app")), tags);
        QVERIFY(QTest::qWaitFor([&] { return future.progressValue() > 10 || future.isFinished(); }, 20000));
        registry.stop();
        QVERIFY(waitFor(future, 20000));
        QVERIFY(!future.result());
        QVERIFY2(future.result().error().code == ErrorCode::Network ||
                     future.result().error().code == ErrorCode::Integrity,
                 qPrintable(describe(future.result())));
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"

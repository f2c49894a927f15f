// The Docker-Hub-like rate-limit proxy in front of the real registry: it forwards faithfully (skopeo pushes and
// inspects through it), adds Hub's headers in Hub's format, counts manifest GETs but not HEADs or blob GETs,
// answers 429 with Retry-After when the quota is spent, slides its window, and injects the faults it promises.
#include "HttpWire.h"
#include "RateLimitProxy.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "TokenServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace steward::test;

namespace {

const QByteArray OciManifest = "application/vnd.oci.image.manifest.v1+json";
constexpr qint64 HourMs = 3600 * 1000;

// Whole seconds, so that Retry-After arithmetic is exact.
qint64 startOfClock()
{
    return QDateTime::currentSecsSinceEpoch() * 1000;
}

} // namespace

class TestRateLimitProxy final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    SyncHttp m_http;
    SeededImage m_image; // demo/app:v1
    SeededImage m_multi; // demo/multi:v1, an index over linux/amd64 and linux/arm64
    std::unique_ptr<RateLimitProxy> m_proxy;

    QUrl proxyUrl(const QString &path) const { return QUrl(m_proxy->baseUrl().toString() + path); }

    HttpReply manifest(const QByteArray &method, const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Accept", OciManifest}};
        headers += extra;
        return m_http.send(method, proxyUrl(QStringLiteral("/v2/demo/app/manifests/v1")), {}, headers);
    }

    // A GET of demo/multi's manifest by tag (the index) or by digest (a platform's), with every manifest type accepted.
    HttpReply multiManifest(const QString &reference)
    {
        return m_http.send(
            "GET", proxyUrl(QStringLiteral("/v2/demo/multi/manifests/") + reference), {},
            {{"Accept", "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json"}});
    }

    QString platformDigest(const QString &architecture) const
    {
        for (const SeededPlatform &platform : m_multi.platforms) {
            if (platform.architecture == architecture)
                return platform.manifestDigest;
        }
        return {};
    }

    QString layerPath() const
    {
        return QStringLiteral("/v2/demo/app/blobs/") + m_image.platforms.first().layerDigests.first();
    }

    static int runSkopeo(const QStringList &args, QByteArray *output, QByteArray *errors)
    {
        QProcess skopeo;
        skopeo.start(QStringLiteral("skopeo"), args);
        // Blocking is fine: the proxy answers on its own thread.
        if (!skopeo.waitForFinished(120000))
            return -1;
        *output = skopeo.readAllStandardOutput();
        *errors = skopeo.readAllStandardError();
        return skopeo.exitCode();
    }

    static QString writeAuthFile(const QTemporaryDir &dir, const QString &hostPort, const QString &user,
                                 const QString &password)
    {
        const QString path = dir.filePath(QStringLiteral("auth.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        const QString auth = QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64());
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("auths"),
                                              QJsonObject{{hostPort, QJsonObject{{QStringLiteral("auth"), auth}}}}}})
                       .toJson());
        return path;
    }

    // One response read off a raw connection with the wire helpers; `buffer` keeps what belongs to the next one.
    static bool readResponse(QTcpSocket &socket, QByteArray &buffer, const QByteArray &method, HttpResponseHead *head,
                             QByteArray *body)
    {
        while (takeResponseHead(buffer, head) != ParseResult::Done) {
            if (!socket.waitForReadyRead(10000))
                return false;
            buffer += socket.readAll();
        }
        BodyFramer framer = BodyFramer::forResponse(*head, method);
        body->clear();
        for (;;) {
            buffer.remove(0, framer.consume(buffer.constData(), buffer.size(), body));
            if (framer.done())
                return true;
            if (!socket.waitForReadyRead(10000))
                return false;
            buffer += socket.readAll();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const bool started = m_registry.start();
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, m_registry.errorString());
        m_image = seedImage(m_http, m_registry.baseUrl(), QStringLiteral("demo/app"), QStringLiteral("v1"),
                            QByteArray(64 * 1024, 'x') + "payload\n");
        QVERIFY2(m_image.ok, qPrintable(m_image.error));
        SeedOptions multi;
        multi.multiPlatform = true;
        m_multi =
            seedImage(m_http, m_registry.baseUrl(), QStringLiteral("demo/multi"), QStringLiteral("v1"), "m\n", multi);
        QVERIFY2(m_multi.ok, qPrintable(m_multi.error));
    }

    void init()
    {
        if (qstrcmp(QTest::currentTestFunction(), "chunkedBodiesAreFramed") == 0)
            return;
        m_proxy = std::make_unique<RateLimitProxy>();
        QVERIFY2(m_proxy->start(m_registry), qPrintable(m_proxy->errorString()));
        m_registry.clearLogs();
    }

    void cleanup() { m_proxy.reset(); }

    void forwardsWithHubHeadersInHubFormat()
    {
        const HttpReply reply = manifest("GET");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, m_image.manifestBytes);
        QCOMPARE(QString::fromLatin1(reply.header("Docker-Content-Digest")), m_image.digest);
        QCOMPARE(reply.header("Content-Type"), OciManifest);
        QCOMPARE(reply.header("ratelimit-limit"), QByteArray("100;w=21600"));
        QCOMPARE(reply.header("ratelimit-remaining"), QByteArray("99;w=21600"));
        QCOMPARE(reply.header("docker-ratelimit-source"), QByteArray("192.0.2.1"));
        QVERIFY(reply.header("x-ratelimit-limit").isEmpty());

        m_proxy->setDuplicateXHeaders(true);
        m_proxy->setClientAddress(QStringLiteral("2001:db8::1"));
        const HttpReply head = manifest("HEAD");
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("x-ratelimit-limit"), QByteArray("100;w=21600"));
        QCOMPARE(head.header("x-ratelimit-remaining"), QByteArray("100;w=21600"));
        QCOMPARE(head.header("docker-ratelimit-source"), QByteArray("2001:db8::1"));
        QCOMPARE(QString::fromLatin1(head.header("Docker-Content-Digest")), m_image.digest);

        // Not a manifest: no rate-limit headers.
        const HttpReply blob = m_http.send("GET", proxyUrl(layerPath()));
        QCOMPARE(blob.status, 200);
        QCOMPARE(sha256Digest(blob.body), m_image.platforms.first().layerDigests.first());
        QVERIFY(blob.header("ratelimit-limit").isEmpty());
    }

    void getsCountButHeadsAndBlobsDoNot()
    {
        m_proxy->setAnonymousQuota({5, 3600});
        for (int i = 0; i < 3; ++i) {
            const HttpReply head = manifest("HEAD");
            QCOMPARE(head.status, 200);
            QCOMPARE(head.header("ratelimit-remaining"), QByteArray("5;w=3600"));
        }
        QCOMPARE(manifest("GET").header("ratelimit-remaining"), QByteArray("4;w=3600"));
        QCOMPARE(m_http.send("GET", proxyUrl(layerPath())).status, 200);
        QCOMPARE(m_http.send("HEAD", proxyUrl(layerPath())).status, 200);
        QCOMPARE(manifest("HEAD").header("ratelimit-remaining"), QByteArray("4;w=3600"));

        QCOMPARE(m_proxy->countedPulls(m_proxy->clientAddress()), 1);
        QCOMPARE(m_proxy->remaining(m_proxy->clientAddress()), 4);
        QCOMPARE(m_proxy->manifestGets(), 1);
        QCOMPARE(m_proxy->manifestHeads(), 4);
        QCOMPARE(m_proxy->blobGets(), 1);
    }

    void failedManifestGetsDoNotCount()
    {
        m_proxy->setAnonymousQuota({5, 3600});
        const HttpReply missing =
            m_http.send("GET", proxyUrl(QStringLiteral("/v2/demo/app/manifests/nope")), {}, {{"Accept", OciManifest}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("ratelimit-remaining"), QByteArray("5;w=3600"));
        QCOMPARE(m_proxy->countedPulls(m_proxy->clientAddress()), 0);
    }

    // registry-protocol.md §3: "a pull is up to two GET requests on /v2/*/manifests/*"; "a multi-arch image counts
    // one per architecture". The index GET and its platform manifest's GET are one pull.
    void anIndexAndItsPlatformManifestAreOnePull()
    {
        m_proxy->setAnonymousQuota({5, 3600});
        const HttpReply index = multiManifest(QStringLiteral("v1"));
        QCOMPARE(index.status, 200);
        QCOMPARE(QString::fromLatin1(index.header("Docker-Content-Digest")), m_multi.digest);
        QCOMPARE(index.header("ratelimit-remaining"), QByteArray("4;w=3600"));
        const HttpReply arm = multiManifest(platformDigest(QStringLiteral("arm64")));
        QCOMPARE(arm.status, 200);
        QCOMPARE(arm.header("ratelimit-remaining"), QByteArray("4;w=3600"));
        QCOMPARE(m_proxy->countedPulls(m_proxy->clientAddress()), 1);
        QCOMPARE(m_proxy->manifestGets(), 2);
        const QList<RateLimitProxy::LoggedRequest> log = m_proxy->requests();
        QCOMPARE(log.size(), 2);
        QVERIFY(log.at(0).counted && !log.at(0).withIndex);
        QVERIFY(!log.at(1).counted && log.at(1).withIndex);

        // A second architecture of the same index is a pull of its own, and so is the same one fetched again.
        QCOMPARE(multiManifest(platformDigest(QStringLiteral("amd64"))).header("ratelimit-remaining"),
                 QByteArray("3;w=3600"));
        QCOMPARE(multiManifest(platformDigest(QStringLiteral("arm64"))).header("ratelimit-remaining"),
                 QByteArray("2;w=3600"));
        // So is a platform manifest fetched without its index.
        m_proxy->resetCounts();
        QCOMPARE(multiManifest(platformDigest(QStringLiteral("arm64"))).status, 200);
        QCOMPARE(m_proxy->countedPulls(m_proxy->clientAddress()), 1);
    }

    void thePlatformManifestOfACountedIndexIsNeverRefused()
    {
        m_proxy->setAnonymousQuota({1, 3600});
        QCOMPARE(multiManifest(QStringLiteral("v1")).status, 200);
        const HttpReply arm = multiManifest(platformDigest(QStringLiteral("arm64")));
        QCOMPARE(arm.status, 200); // the quota's last unit was spent by the index GET: this is the same pull
        QCOMPARE(arm.header("ratelimit-remaining"), QByteArray("0;w=3600"));
        QCOMPARE(m_proxy->countedPulls(m_proxy->clientAddress()), 1);
        // Anything further is a new pull, and refused.
        QCOMPARE(multiManifest(platformDigest(QStringLiteral("amd64"))).status, 429);
        QCOMPARE(multiManifest(QStringLiteral("v1")).status, 429);
    }

    void aRefusedIndexOpensNoPull()
    {
        m_proxy->setAnonymousQuota({1, 3600});
        QCOMPARE(manifest("GET").status, 200);
        QCOMPARE(multiManifest(QStringLiteral("v1")).status, 429);
        QCOMPARE(multiManifest(platformDigest(QStringLiteral("arm64"))).status, 429);
        QCOMPARE(m_proxy->countedPulls(m_proxy->clientAddress()), 1);
    }

    void aPlatformManifestLongAfterItsIndexCountsAlone()
    {
        m_proxy->useVirtualClock(startOfClock());
        m_proxy->setAnonymousQuota({5, 3600});
        QCOMPARE(multiManifest(QStringLiteral("v1")).status, 200);
        m_proxy->advanceClock(RateLimitProxy::indexPairingMs + 1000);
        QCOMPARE(multiManifest(platformDigest(QStringLiteral("arm64"))).status, 200);
        QCOMPARE(m_proxy->countedPulls(m_proxy->clientAddress()), 2);
    }

    void indexesAreRememberedPerSource()
    {
        m_proxy->setAnonymousQuota({5, 3600});
        QCOMPARE(multiManifest(QStringLiteral("v1")).status, 200);
        // Another client address fetching the platform manifest makes a pull of its own.
        m_proxy->setClientAddress(QStringLiteral("198.51.100.7"));
        QCOMPARE(multiManifest(platformDigest(QStringLiteral("arm64"))).status, 200);
        QCOMPARE(m_proxy->countedPulls(QStringLiteral("198.51.100.7")), 1);
        QCOMPARE(m_proxy->countedPulls(QStringLiteral("192.0.2.1")), 1);
    }

    void spentQuotaGives429WithRetryAfterAndTheWindowSlides()
    {
        const qint64 start = startOfClock();
        m_proxy->useVirtualClock(start);
        m_proxy->setAnonymousQuota({2, 3600});

        QCOMPARE(manifest("GET").header("ratelimit-remaining"), QByteArray("1;w=3600"));
        m_proxy->advanceClock(100 * 1000);
        QCOMPARE(manifest("GET").header("ratelimit-remaining"), QByteArray("0;w=3600"));

        const HttpReply refused = manifest("GET");
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("3500")); // the first pull leaves the window then
        QCOMPARE(refused.body,
                 QByteArray("{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your "
                            "unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit\"}]}"));
        QCOMPARE(refused.header("ratelimit-remaining"), QByteArray("0;w=3600"));
        QCOMPARE(refused.header("docker-ratelimit-source"), QByteArray("192.0.2.1"));
        // A HEAD still answers, and a 429 is not a pull.
        QCOMPARE(manifest("HEAD").status, 200);
        QCOMPARE(m_proxy->countedPulls(m_proxy->clientAddress()), 2);
        QCOMPARE(m_proxy->manifestGets(), 3);

        // The refused GET never reached the registry.
        const QList<AccessLogEntry> log = m_registry.accessLog();
        QCOMPARE(std::count_if(log.cbegin(), log.cend(),
                               [](const AccessLogEntry &entry) {
                                   return entry.method == QLatin1String("GET") &&
                                          entry.path.contains(QLatin1String("/manifests/"));
                               }),
                 2);

        m_proxy->advanceClock(3499 * 1000);
        QCOMPARE(manifest("GET").status, 429);
        m_proxy->advanceClock(1000); // exactly one window after the first pull
        const HttpReply again = manifest("GET");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("ratelimit-remaining"), QByteArray("0;w=3600"));
        const HttpReply next = manifest("GET");
        QCOMPARE(next.status, 429);
        QCOMPARE(next.header("Retry-After"), QByteArray("100"));

        m_proxy->setRetryAfterAsDate(true);
        const HttpReply dated = manifest("GET");
        QCOMPARE(dated.status, 429);
        QCOMPARE(dated.header("Retry-After"), httpDate(start + 3700 * 1000));
    }

    void sourcesAreAccountedSeparately()
    {
        TokenServer tokens;
        QVERIFY2(tokens.start(), qPrintable(tokens.errorString()));
        tokens.addUser(QStringLiteral("alice"), QStringLiteral("wonderland"));
        tokens.grant(QStringLiteral("alice"), QStringLiteral("team/*"), {QStringLiteral("pull")});
        RegistryFixture registry;
        QVERIFY2(registry.start(tokens.registryOptions()), qPrintable(registry.errorString()));
        SeedOptions seed;
        seed.authorization = tokens.adminAuthorizationFor({QStringLiteral("team/app")});
        const SeededImage image =
            seedImage(m_http, registry.baseUrl(), QStringLiteral("team/app"), QStringLiteral("v1"), "t\n", seed);
        QVERIFY2(image.ok, qPrintable(image.error));

        RateLimitProxy hub;
        hub.setAnonymousQuota({1, 3600});
        hub.setAuthenticatedQuota({2, 3600});
        hub.setUserQuota(QStringLiteral("pro"), {-1, 3600});
        QVERIFY2(hub.start(registry), qPrintable(hub.errorString()));
        const QUrl url(hub.baseUrl().toString() + QStringLiteral("/v2/team/app/manifests/v1"));

        // The challenge passes through untouched, so a client finds the token server.
        const HttpReply challenge = m_http.send("GET", url, {}, {{"Accept", OciManifest}});
        QCOMPARE(challenge.status, 401);
        QVERIFY(challenge.header("WWW-Authenticate").contains(tokens.realm().toString().toLatin1()));

        const QByteArray alice = tokens.authorizationFor(
            QStringLiteral("alice"),
            {{QStringLiteral("repository"), QStringLiteral("team/app"), {QStringLiteral("pull")}}});
        const HttpReply first = m_http.send("GET", url, {}, {{"Accept", OciManifest}, {"Authorization", alice}});
        QCOMPARE(first.status, 200);
        QCOMPARE(QString::fromLatin1(first.header("Docker-Content-Digest")), image.digest);
        QCOMPARE(first.header("docker-ratelimit-source"), QByteArray("alice"));
        QCOMPARE(first.header("ratelimit-remaining"), QByteArray("1;w=3600"));
        QCOMPARE(m_http.send("GET", url, {}, {{"Accept", OciManifest}, {"Authorization", alice}}).status, 200);
        QCOMPARE(m_http.send("GET", url, {}, {{"Accept", OciManifest}, {"Authorization", alice}}).status, 429);

        // A user with an unlimited plan gets no headers and no 429.
        const QByteArray pro = tokens.authorizationFor(
            QStringLiteral("pro"),
            {{QStringLiteral("repository"), QStringLiteral("team/app"), {QStringLiteral("pull")}}});
        for (int i = 0; i < 3; ++i) {
            const HttpReply reply = m_http.send("GET", url, {}, {{"Accept", OciManifest}, {"Authorization", pro}});
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.header("ratelimit-limit").isEmpty());
        }
        QCOMPARE(hub.countedPulls(QStringLiteral("alice")), 2);
        QCOMPARE(hub.countedPulls(QStringLiteral("pro")), 3);
        QCOMPARE(hub.remaining(QStringLiteral("pro")), -1);
        // The anonymous 401 above did not use the anonymous quota.
        QCOMPARE(hub.remaining(hub.clientAddress()), 1);

        // Basic credentials name the source too (the registry refuses them here; only the accounting matters).
        const HttpReply basic = m_http.send(
            "HEAD", url, {}, {{"Accept", OciManifest}, {"Authorization", "Basic " + QByteArray("bob:x").toBase64()}});
        QCOMPARE(basic.header("docker-ratelimit-source"), QByteArray("bob"));
        QCOMPARE(basic.header("ratelimit-limit"), QByteArray("2;w=3600"));
    }

    void unlimitedModeSendsNoHeaders()
    {
        m_proxy->setAnonymousQuota({1, 3600});
        m_proxy->setMode(RateLimitProxy::Mode::Unlimited);
        for (int i = 0; i < 3; ++i) {
            const HttpReply reply = manifest("GET");
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.header("ratelimit-limit").isEmpty());
            QVERIFY(reply.header("ratelimit-remaining").isEmpty());
            QVERIFY(reply.header("docker-ratelimit-source").isEmpty());
        }
        QCOMPARE(m_proxy->manifestGets(), 3);
    }

    void abuseModeAnswersPlain429ToEverything_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("the version check") << QByteArray("GET") << QStringLiteral("/v2/");
        QTest::newRow("a manifest HEAD") << QByteArray("HEAD") << QStringLiteral("/v2/demo/app/manifests/v1");
        QTest::newRow("a manifest GET") << QByteArray("GET") << QStringLiteral("/v2/demo/app/manifests/v1");
        QTest::newRow("a tag listing") << QByteArray("GET") << QStringLiteral("/v2/demo/app/tags/list");
    }

    void abuseModeAnswersPlain429ToEverything()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        m_proxy->setMode(RateLimitProxy::Mode::Abuse);
        const HttpReply reply = m_http.send(method, proxyUrl(path), {}, {{"Accept", OciManifest}});
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.header("ratelimit-limit").isEmpty());
        QVERIFY(!reply.body.contains("TOOMANYREQUESTS"));
        QVERIFY(m_registry.accessLog().isEmpty());
        m_proxy->setMode(RateLimitProxy::Mode::Limited);
        QVERIFY(m_http.send(method, proxyUrl(path), {}, {{"Accept", OciManifest}}).status != 429);
    }

    void pushesAndInspectsThroughTheProxy()
    {
        // seedImage uploads (POST, PATCH, PUT with bodies) and follows the registry's upload Locations.
        const SeededImage pushed = seedImage(m_http, m_proxy->baseUrl(), QStringLiteral("through/proxy"),
                                             QStringLiteral("v2"), QByteArray(300 * 1024, 'p'));
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        bool sawUploadLocation = false;
        for (const RateLimitProxy::LoggedRequest &request : m_proxy->requests()) {
            if (request.method == "PUT" && request.target.contains("/blobs/uploads/"))
                sawUploadLocation = true;
        }
        QVERIFY(sawUploadLocation);

        const HttpReply upload = m_http.send("POST", proxyUrl(QStringLiteral("/v2/through/proxy/blobs/uploads/")));
        QCOMPARE(upload.status, 202);
        QVERIFY2(upload.header("Location").startsWith(QByteArray(m_proxy->baseUrl().toString().toLatin1() + "/v2/")),
                 upload.header("Location").constData());

        QByteArray output;
        QByteArray errors;
        QVERIFY2(runSkopeo({QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"),
                            QStringLiteral("docker://%1/through/proxy:v2").arg(m_proxy->hostPort())},
                           &output, &errors) == 0,
                 errors.constData());
        QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("Digest")).toString(), pushed.digest);
        QVERIFY(m_proxy->countedPulls(m_proxy->clientAddress()) >= 1);
    }

    void faultsStrikeMatchingRequests_data()
    {
        QTest::addColumn<RateLimitProxy::Fault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transportError");
        QTest::addColumn<qint64>("bodyBytes");
        QTest::newRow("a connection dropped mid-body is a transport error")
            << RateLimitProxy::Fault::DropMidBody << 200 << true << qint64(-1);
        QTest::newRow("a truncated body arrives complete but short")
            << RateLimitProxy::Fault::TruncateBody << 200 << false << qint64(100);
        QTest::newRow("a connection closed before the answer has no status")
            << RateLimitProxy::Fault::CloseConnection << 0 << true << qint64(-1);
        QTest::newRow("an injected status is answered by the proxy")
            << RateLimitProxy::Fault::Status << 503 << false << qint64(-1);
    }

    void faultsStrikeMatchingRequests()
    {
        QFETCH(RateLimitProxy::Fault, fault);
        QFETCH(int, status);
        QFETCH(bool, transportError);
        QFETCH(qint64, bodyBytes);
        RateLimitProxy::FaultRule rule;
        rule.fault = fault;
        rule.method = "GET";
        rule.path = QRegularExpression(QStringLiteral("/blobs/sha256:"));
        rule.keepBytes = 100;
        // QNAM silently retries a request whose connection closed before any answer; strike the retry too.
        rule.times = fault == RateLimitProxy::Fault::CloseConnection ? 2 : 1;
        m_proxy->addFault(rule);

        const HttpReply hit = m_http.send("GET", proxyUrl(layerPath()), {}, {}, 10000);
        QCOMPARE(hit.status, status);
        if (status == 200 || status == 0) // QNAM reports HTTP error statuses as errors too
            QCOMPARE(!hit.error.isEmpty(), transportError);
        if (bodyBytes >= 0) {
            QCOMPARE(hit.body.size(), bodyBytes);
            QVERIFY(sha256Digest(hit.body) != m_image.platforms.first().layerDigests.first());
        }
        // Manifests do not match the rule; the rule strikes once.
        QCOMPARE(manifest("GET").status, 200);
        const HttpReply next = m_http.send("GET", proxyUrl(layerPath()));
        QCOMPARE(next.status, 200);
        QCOMPARE(sha256Digest(next.body), m_image.platforms.first().layerDigests.first());
    }

    void blobGetsRedirectToAnotherHost()
    {
        m_proxy->setRedirectBlobGets(true);
        const QByteArray authorization = "Basic " + QByteArray("alice:s3cret").toBase64();
        const HttpReply redirect = m_http.send("GET", proxyUrl(layerPath()), {}, {{"Authorization", authorization}});
        QCOMPARE(redirect.status, 307);
        const QUrl location(QString::fromLatin1(redirect.header("Location")));
        QCOMPARE(location.host(), QStringLiteral("localhost"));
        QCOMPARE(location.port(), m_proxy->cdnBaseUrl().port());
        QVERIFY(location.host() != m_proxy->baseUrl().host());

        // A careful client drops Authorization; the CDN serves the blob anyway and records what it got.
        const HttpReply careful = m_http.send("GET", location);
        QCOMPARE(careful.status, 200);
        QCOMPARE(sha256Digest(careful.body), m_image.platforms.first().layerDigests.first());
        // A careless one carries it along, which the record shows.
        QCOMPARE(m_http.send("GET", location, {}, {{"Authorization", authorization}}).status, 200);
        const QList<RateLimitProxy::LoggedRequest> cdn = m_proxy->cdnRequests();
        QCOMPARE(cdn.size(), 2);
        QVERIFY(!cdn.at(0).headers.contains("Authorization"));
        QCOMPARE(cdn.at(1).headers.value("Authorization"), authorization);
        QCOMPARE(cdn.at(0).status, 200);

        m_proxy->setCdnRejectsAuthorization(true);
        const HttpReply redirected = m_http.send("GET", proxyUrl(layerPath()));
        const QUrl second(QString::fromLatin1(redirected.header("Location")));
        QCOMPARE(m_http.send("GET", second, {}, {{"Authorization", authorization}}).status, 400);
        QCOMPARE(
            m_http.send("GET", QUrl(m_proxy->cdnBaseUrl().toString() + QStringLiteral("/blobs/x?ticket=nope"))).status,
            404);
    }

    void skopeoDoesNotCarryAuthorizationToTheCdn()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        QVERIFY2(registry.start(options), qPrintable(registry.errorString()));
        SeedOptions seed;
        seed.authorization = registry.basicAuthorization();
        const SeededImage image =
            seedImage(m_http, registry.baseUrl(), QStringLiteral("team/app"), QStringLiteral("v1"), "cdn\n", seed);
        QVERIFY2(image.ok, qPrintable(image.error));

        RateLimitProxy hub;
        hub.setRedirectBlobGets(true);
        QVERIFY2(hub.start(registry), qPrintable(hub.errorString()));
        QTemporaryDir dir;
        const QString authFile = writeAuthFile(dir, hub.hostPort(), options.username, options.password);
        QByteArray output;
        QByteArray errors;
        QVERIFY2(runSkopeo({QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
                            QStringLiteral("--src-authfile"), authFile,
                            QStringLiteral("docker://%1/team/app:v1").arg(hub.hostPort()),
                            QStringLiteral("dir:") + dir.filePath(QStringLiteral("out"))},
                           &output, &errors) == 0,
                 errors.constData());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/manifest.json"))));

        const QList<RateLimitProxy::LoggedRequest> cdn = hub.cdnRequests();
        QVERIFY(!cdn.isEmpty()); // the blobs came from the CDN
        for (const RateLimitProxy::LoggedRequest &request : cdn) {
            QCOMPARE(request.status, 200);
            QVERIFY2(!request.headers.contains("Authorization"), request.target.constData());
        }
        QCOMPARE(hub.countedPulls(options.username), 1);
    }

    void rawHttpPassesThrough()
    {
        // Expect: 100-continue, a chunked upload, and two pipelined requests, on one kept-alive connection.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_proxy->baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        QByteArray buffer;
        HttpResponseHead head;
        QByteArray body;

        socket.write("POST /v2/raw/app/blobs/uploads/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(readResponse(socket, buffer, "POST", &head, &body));
        QCOMPARE(head.status, 202);
        const QUrl location(QString::fromLatin1(head.headers.value("Location")));
        QCOMPARE(location.port(), m_proxy->baseUrl().port());

        const QByteArray blob = QByteArray(100000, 'c') + "chunked\n";
        const QString digest = sha256Digest(blob);
        QUrlQuery query(location);
        query.addQueryItem(QStringLiteral("digest"), digest);
        const QByteArray target = location.path().toLatin1() + '?' + query.toString(QUrl::FullyEncoded).toLatin1();
        socket.write("PUT " + target +
                     " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                     "Content-Type: application/octet-stream\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(readResponse(socket, buffer, "PUT", &head, &body));
        QCOMPARE(head.status, 100);
        for (qsizetype at = 0; at < blob.size(); at += 30000) {
            const QByteArray piece = blob.mid(at, 30000);
            socket.write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        }
        socket.write("0\r\n\r\n");
        QVERIFY(readResponse(socket, buffer, "PUT", &head, &body));
        QCOMPARE(head.status, 201);
        QCOMPARE(QString::fromLatin1(head.headers.value("Docker-Content-Digest")), digest);

        const QByteArray blobHead = "HEAD /v2/raw/app/blobs/" + digest.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray blobGet = "GET /v2/raw/app/blobs/" + digest.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n";
        socket.write(blobHead + blobGet);
        QVERIFY(readResponse(socket, buffer, "HEAD", &head, &body));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers.value("Content-Length").toLongLong(), blob.size());
        QVERIFY(body.isEmpty());
        QVERIFY(readResponse(socket, buffer, "GET", &head, &body));
        QCOMPARE(head.status, 200);
        QCOMPARE(body, blob);
        QVERIFY(buffer.isEmpty());
    }

    void tlsRegistriesAreServedOverPlainHttp()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.tls = true;
        QVERIFY2(registry.start(options), qPrintable(registry.errorString()));
        RateLimitProxy hub;
        QVERIFY2(hub.start(registry), qPrintable(hub.errorString()));
        const SeededImage image =
            seedImage(m_http, hub.baseUrl(), QStringLiteral("secure/app"), QStringLiteral("v1"), "tls\n");
        QVERIFY2(image.ok, qPrintable(image.error));
        const HttpReply reply =
            m_http.send("GET", QUrl(hub.baseUrl().toString() + QStringLiteral("/v2/secure/app/manifests/v1")), {},
                        {{"Accept", OciManifest}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(QString::fromLatin1(reply.header("Docker-Content-Digest")), image.digest);
        QCOMPARE(reply.header("ratelimit-remaining"), QByteArray("99;w=21600"));
    }

    void chunkedBodiesAreFramed_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<qsizetype>("consumed");
        QTest::newRow("two chunks and a terminator")
            << QByteArray("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\nNEXT") << QByteArray("hello world") << qsizetype(26);
        QTest::newRow("a chunk extension and a trailer")
            << QByteArray("3;x=y\r\nabc\r\n0\r\nDigest: z\r\n\r\n") << QByteArray("abc") << qsizetype(28);
        QTest::newRow("an empty body") << QByteArray("0\r\n\r\n") << QByteArray() << qsizetype(5);
    }

    void chunkedBodiesAreFramed()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QByteArray, payload);
        QFETCH(qsizetype, consumed);
        HttpResponseHead head;
        head.status = 200;
        head.headers.set("Transfer-Encoding", "chunked");
        // Fed one byte at a time, as a slow connection would.
        BodyFramer framer = BodyFramer::forResponse(head, "GET");
        QByteArray decoded;
        qsizetype used = 0;
        for (qsizetype i = 0; i < wire.size() && !framer.done(); ++i)
            used += framer.consume(wire.constData() + i, 1, &decoded);
        QVERIFY(framer.done());
        QVERIFY(!framer.failed());
        QCOMPARE(decoded, payload);
        QCOMPARE(used, consumed);
    }
};

QTEST_GUILESS_MAIN(TestRateLimitProxy)
#include "tst_ratelimitproxy.moc"

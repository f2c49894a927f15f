// RegistryClient against misbehaving peers: a raw QTcpServer inside the test answers exactly the bytes each case
// needs (lying digests, hostile JSON, oversized bodies, 401 loops, foreign Links, silence). Each must end in one
// clear error, without hanging or crashing.
#include "AwaitFuture.h"
#include "RawPeer.h"
#include "RegistryFixture.h"
#include "RegistryTestUtil.h"
#include "ServiceRequirement.h"
#include "registry/RegistryClient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::registry;
using namespace steward::test;

namespace {

// The longest Retry-After the client believes; longer ones are read as this.
constexpr qint64 AYearMs = 365LL * 24 * 3600 * 1000;

const QByteArray ManifestType = "Content-Type: application/vnd.oci.image.manifest.v1+json";

QByteArray validManifest()
{
    return QByteArray("{\"schemaVersion\":2,\"mediaType\":\"application/"
                      "vnd.oci.image.manifest.v1+json\",\"config\":{\"mediaType\":\"application/"
                      "vnd.oci.image.config.v1+json\",\"digest\":\"sha256:") +
           QByteArray(64, 'a') + "\",\"size\":2},\"layers\":[]}";
}

// /v2/ answers 200 so the client settles on plain HTTP; everything else goes to `rest`.
RawPeer::Handler withPing(std::function<QByteArray(const RawRequest &)> rest)
{
    return [rest](const RawRequest &request) {
        if (request.target == "/v2/")
            return answer(200, "{}");
        return rest(request);
    };
}

template<typename T>
Error errorOf(const QFuture<Result<T>> &future)
{
    return future.result() ? Error{} : future.result().error();
}

// The head of an endless 200: no Content-Length, the body runs until the connection closes.
const QByteArray EndlessHead = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n\r\n";

// A Bearer registry whose token server is the peer itself, at /token.
QByteArray bearerChallenge(const RawPeer &peer, const QByteArray &extra = {})
{
    return "WWW-Authenticate: Bearer realm=\"http://" + peer.hostPort().toLatin1() + "/token\",service=\"s\"" + extra;
}

ImageReference at(const RawPeer &peer, const QString &rest)
{
    return *ImageReference::parse(QString(peer.hostPort() + QLatin1Char('/') + rest));
}

} // namespace

class TestRegistryHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifestBodies_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = validManifest();
        QTest::newRow("a digest header that does not match the bytes is an integrity error")
            << answer(200, good, {ManifestType, "Docker-Content-Digest: sha256:" + QByteArray(64, 'f')})
            << int(ErrorCode::Integrity) << QStringLiteral("bytes hash to");
        QTest::newRow("deeply nested JSON is a protocol error")
            << answer(200, QByteArray(200000, '['), {ManifestType}) << int(ErrorCode::Protocol)
            << QStringLiteral("not a JSON object");
        QTest::newRow("a JSON string instead of an object is a protocol error")
            << answer(200, "\"hello\"", {ManifestType}) << int(ErrorCode::Protocol)
            << QStringLiteral("not a JSON object");
        QTest::newRow("a manifest announced above 4 MiB is refused before download")
            << answer(200, "{}", {ManifestType, "Content-Length: 5000000"}) << int(ErrorCode::TooLarge)
            << QStringLiteral("limit");
        QTest::newRow("a manifest of 5 MiB sent without a length is cut off")
            << (QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n") + ManifestType + "\r\n\r\n" +
                QByteArray(5 * 1024 * 1024, ' '))
            << int(ErrorCode::TooLarge) << QStringLiteral("limit");
        QTest::newRow("a truncated body is an error, not a short manifest")
            << answer(200, good.left(20), {ManifestType, "Content-Length: " + QByteArray::number(good.size())})
            << int(ErrorCode::Integrity) << QStringLiteral("truncated");
        QTest::newRow("a media type that contradicts the body is refused")
            << answer(200, good, {"Content-Type: application/vnd.docker.distribution.manifest.v2+json"})
            << int(ErrorCode::Protocol) << QStringLiteral("says it is");
        QTest::newRow("an HTML error page is quoted safely")
            << answer(500, "<html><body>\x1b[2J oops</body></html>", {"Content-Type: text/html"})
            << int(ErrorCode::Network) << QStringLiteral("oops");
    }

    void manifestBodies()
    {
        QFETCH(QByteArray, response);
        RawPeer peer(withPing([&](const RawRequest &) { return response; }));
        RegistryClient client;
        const auto future =
            client.getManifest(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b:1"))));
        QVERIFY(waitFor(future));
        QVERIFY(!future.result());
        const Error error = errorOf(future);
        QTEST(int(error.code), "code");
        QFETCH(QString, mentions);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.toString()));
        QVERIFY(!error.toString().contains(QLatin1Char('\n')));
    }

    void bytesThatDoNotMatchTheRequestedDigestAreRejected()
    {
        RawPeer peer(withPing([](const RawRequest &) { return answer(200, validManifest(), {ManifestType}); }));
        RegistryClient client;
        const auto future = client.getManifest(*ImageReference::parse(
            QString(peer.hostPort() + QStringLiteral("/a/b@sha256:") + QString(64, QLatin1Char('1')))));
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Integrity);
        QVERIFY(errorOf(future).message.contains(QLatin1String("does not match its digest")));
    }

    void aBasicChallengeThatNeverAcceptsStopsAfterBoundedRetries()
    {
        RawPeer peer([](const RawRequest &) {
            return answer(401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}",
                          {"WWW-Authenticate: Basic realm=\"loop\""});
        });
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(peer.hostPort(), {QStringLiteral("bob"), QStringLiteral("hunter2")});
        RegistryClient client;
        client.setCredentialProvider(credentials);
        const auto future =
            client.headManifest(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b:1"))));
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Unauthorized);
        QVERIFY(errorOf(future).message.contains(QLatin1String("\"bob\"")));
        QVERIFY(!errorOf(future).toString().contains(QLatin1String("hunter2")));
        QVERIFY2(peer.requests.size() <= 5, qPrintable(QString::number(peer.requests.size())));
    }

    void aBearerChallengeWhoseTokensNeverWorkStopsAfterBoundedRetries()
    {
        int tokenRequests = 0;
        RawPeer *self = nullptr;
        RawPeer peer([&](const RawRequest &request) {
            if (request.target.startsWith("/token")) {
                ++tokenRequests;
                return answer(200, "{\"token\":\"useless\"}", {"Content-Type: application/json"});
            }
            return answer(401, "{}",
                          {"WWW-Authenticate: Bearer realm=\"http://" + self->hostPort().toLatin1() +
                           "/token\",service=\"s\",error=\"invalid_token\""});
        });
        self = &peer;
        RegistryClient client;
        const auto future =
            client.headManifest(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b:1"))));
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Unauthorized);
        QVERIFY2(tokenRequests <= 3, qPrintable(QString::number(tokenRequests)));
        QVERIFY(!errorOf(future).toString().contains(QLatin1String("useless")));
    }

    void aTokenRealmOverPlainHttpOnAnotherHostIsRefused()
    {
        RawPeer peer([](const RawRequest &) {
            return answer(401, "{}",
                          {"WWW-Authenticate: Bearer realm=\"http://auth.example.com/token\",service=\"s\""});
        });
        RegistryClient client;
        const auto future =
            client.headManifest(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b:1"))));
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Protocol);
        QVERIFY(errorOf(future).message.contains(QLatin1String("not an https URL")));
    }

    void aNextLinkToAnotherHostIsRefused()
    {
        RawPeer peer(withPing([](const RawRequest &) {
            return answer(200, "{\"name\":\"a/b\",\"tags\":[\"1\"]}",
                          {"Link: <http://evil.example:80/v2/a/b/tags/list?last=1>; rel=\"next\""});
        }));
        RegistryClient client;
        const auto future = client.listTags(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b"))));
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Protocol);
        QVERIFY(errorOf(future).message.contains(QLatin1String("another host")));
    }

    void relativeLinksAreFollowedAcrossPages()
    {
        RawPeer peer(withPing([](const RawRequest &request) {
            if (request.target.contains("last=b"))
                return answer(200, "{\"name\":\"a/b\",\"tags\":[\"c\"]}");
            return answer(200, "{\"name\":\"a/b\",\"tags\":[\"a\",\"b\"]}",
                          {"Link: </v2/a/b/tags/list?n=2&last=b>; rel=\"next\""});
        }));
        RegistryClient client;
        const auto future = client.listTags(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b"))));
        QVERIFY(waitFor(future));
        QVERIFY2(future.result(), qPrintable(describe(future.result())));
        QCOMPARE(future.result()->tags, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(future.result()->pages, 2);
    }

    void aRegistryIgnoringNAndLastDoesNotLoop()
    {
        QStringList tags;
        for (int i = 0; i < 1000; ++i)
            tags << QStringLiteral("t%1").arg(i);
        const QByteArray body =
            "{\"name\":\"a/b\",\"tags\":[\"" + tags.join(QStringLiteral("\",\"")).toLatin1() + "\"]}";
        RawPeer peer(withPing([&](const RawRequest &) { return answer(200, body); }));
        RegistryClient client;
        const auto future = client.listTags(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b"))));
        QVERIFY(waitFor(future));
        QVERIFY2(future.result(), qPrintable(describe(future.result())));
        QCOMPARE(future.result()->tags.size(), 1000);
        QCOMPARE(future.result()->pages, 2); // one try with last=, which brought nothing new
    }

    void malformedTagListsAreProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("tags as a string") << QByteArray("{\"tags\":\"all\"}");
        QTest::newRow("a tag that is not a string") << QByteArray("{\"tags\":[1,2]}");
        QTest::newRow("a tag with a slash") << QByteArray("{\"tags\":[\"../../etc\"]}");
        QTest::newRow("not JSON at all") << QByteArray("tags: a, b");
    }

    void malformedTagListsAreProtocolErrors()
    {
        QFETCH(QByteArray, body);
        RawPeer peer(withPing([&](const RawRequest &) { return answer(200, body); }));
        RegistryClient client;
        const auto future = client.listTags(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b"))));
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Protocol);
    }

    void aSilentRegistryTimesOut()
    {
        RawPeer peer(withPing([](const RawRequest &) { return QByteArray(); }));
        RegistryClient client;
        RegistryOptions options;
        options.timeoutMs = 300;
        client.setDefaultOptions(options);
        const auto future =
            client.headManifest(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b:1"))));
        QVERIFY(waitFor(future, 10000));
        QCOMPARE(errorOf(future).code, ErrorCode::Timeout);
    }

    void aBlobRedirectToAnotherHostCarriesNoAuthorization()
    {
        RawPeer cdn([](const RawRequest &) { return answer(200, "{}"); });
        RawPeer peer([&](const RawRequest &request) {
            if (!request.headers.toLower().contains("authorization: basic"))
                return answer(401, "{}", {"WWW-Authenticate: Basic realm=\"r\""});
            if (request.target == "/v2/")
                return answer(200, "{}");
            // "localhost" is another host than "127.0.0.1", though the same machine.
            return answer(307, {},
                          {"Location: http://localhost:" + cdn.hostPort().section(QLatin1Char(':'), 1).toLatin1() +
                           "/blob?sig=abc"});
        });
        auto credentials = std::make_shared<StaticCredentialProvider>();
        credentials->set(peer.hostPort(), {QStringLiteral("bob"), QStringLiteral("pw")});
        RegistryClient client;
        client.setCredentialProvider(credentials);
        Descriptor config;
        config.digest = Digest::sha256("{}");
        config.size = 2;
        const auto future =
            client.getConfig(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b"))), config);
        QVERIFY(waitFor(future));
        QVERIFY2(future.result(), qPrintable(describe(future.result())));
        QCOMPARE(cdn.requests.size(), 1);
        QVERIFY(cdn.requests.first().target.startsWith("/blob?sig=abc"));
        QVERIFY2(!cdn.requests.first().headers.toLower().contains("authorization"),
                 cdn.requests.first().headers.constData());
    }

    void aRedirectLoopEnds()
    {
        RawPeer peer(withPing([](const RawRequest &) { return answer(302, {}, {"Location: /v2/a/b/blobs/again"}); }));
        RegistryClient client;
        Descriptor config;
        config.digest = Digest::sha256("{}");
        const auto future =
            client.getConfig(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b"))), config);
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Protocol);
        QVERIFY(errorOf(future).message.contains(QLatin1String("too many redirects")));
    }

    void aConfigBlobThatDoesNotMatchItsDigestIsRejected()
    {
        RawPeer peer(withPing([](const RawRequest &) { return answer(200, "{\"architecture\":\"evil\"}"); }));
        RegistryClient client;
        Descriptor config;
        config.digest = Digest::sha256("{}");
        const auto future =
            client.getConfig(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b"))), config);
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Integrity);
    }

    void a429WithoutRetryAfterBacksOffABoundedNumberOfTimes()
    {
        RawPeer peer(withPing([](const RawRequest &) {
            return answer(429, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"slow down\"}]}");
        }));
        RegistryClient client;
        RegistryOptions options;
        options.maxRateLimitRetries = 2;
        client.setDefaultOptions(options);
        const auto future =
            client.headManifest(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b:1"))));
        QVERIFY(waitFor(future, 15000));
        QCOMPARE(errorOf(future).code, ErrorCode::RateLimited);
        QVERIFY2(errorOf(future).message.contains(QLatin1String("gave up after 2 retries")),
                 qPrintable(errorOf(future).message));
        QCOMPARE(peer.requests.size(), 1 + 3); // ping + first try + two retries
    }

    void aLongRetryAfterIsReportedNotWaitedFor()
    {
        RawPeer peer(withPing([](const RawRequest &) {
            return answer(
                429,
                "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your pull rate limit.\"}]}",
                {"Retry-After: 3600"});
        }));
        RegistryClient client;
        const auto future =
            client.getManifest(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b:1"))));
        QVERIFY(waitFor(future, 5000));
        QCOMPARE(errorOf(future).code, ErrorCode::RateLimited);
        QVERIFY(errorOf(future).message.contains(QLatin1String("TOOMANYREQUESTS")));
        QVERIFY(errorOf(future).message.contains(QLatin1String("3600 s")));
    }

    // Issue 13: 9223372036854775807 s times 1000 came out as -1000 ms, which passed the "too long" check and was
    // retried at once until the retries ran out.
    void aRetryAfterTooLargeToMultiplyIsReportedNotRetried()
    {
        QFile input(QStringLiteral(STEWARD_SOURCE_DIR "/tests/registry/data/retry-after-overflow.txt"));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray seconds = input.readAll();
        RawPeer peer(withPing([&](const RawRequest &) {
            return answer(429, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"slow down\"}]}",
                          {"Retry-After: " + seconds});
        }));
        RegistryClient client;
        const auto future =
            client.getManifest(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b:1"))));
        QVERIFY(waitFor(future, 5000));
        QCOMPARE(errorOf(future).code, ErrorCode::RateLimited);
        QVERIFY2(errorOf(future).message.contains(QStringLiteral("asks to wait %1 s").arg(AYearMs / 1000)),
                 qPrintable(errorOf(future).message));
        QCOMPARE(errorOf(future).retryAfterMs, std::optional<qint64>(AYearMs));
        QCOMPARE(peer.requests.size(), 1 + 1); // ping + the one refused try, no retries
    }

    void aMountAnsweredWithAnUploadSessionUploadsTheBlob()
    {
        // A registry that ignores `from` opens an upload (202) instead of mounting; the client must fill it.
        const QByteArray config = "{}";
        const Digest configDigest = Digest::sha256(config);
        const QByteArray manifest =
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{"
            "\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" +
            configDigest.toString().toLatin1() + "\",\"size\":2},\"layers\":[]}";
        QByteArray uploaded;
        RawPeer peer(withPing([&](const RawRequest &request) {
            if (request.method == "GET" && request.target == "/v2/src/manifests/1")
                return answer(200, manifest, {ManifestType});
            if (request.method == "POST" && request.target.startsWith("/v2/dst/blobs/uploads/?mount="))
                return answer(202, {}, {"Location: /upload/session-1"});
            if (request.method == "GET" && request.target == "/v2/src/blobs/" + configDigest.toString().toLatin1())
                return answer(200, config);
            if (request.method == "PUT" && request.target.startsWith("/upload/session-1?digest=")) {
                uploaded = request.body;
                return answer(201, {});
            }
            if (request.method == "PUT" && request.target == "/v2/dst/manifests/1")
                return answer(201, {},
                              {"Docker-Content-Digest: " + Digest::sha256(request.body).toString().toLatin1()});
            return answer(404, "{}");
        }));
        RegistryClient client;
        const auto future = client.copy(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/src:1"))),
                                        *ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/dst:1"))));
        QVERIFY(waitFor(future));
        QVERIFY2(future.result(), qPrintable(describe(future.result())));
        QCOMPARE(future.result()->blobsMounted, 0);
        QCOMPARE(future.result()->blobsUploaded, 1);
        QCOMPARE(uploaded, config);
        QCOMPARE(future.result()->digest, Digest::sha256(manifest));
    }

    // --- bounded answers outside transmit(): the ping and the token ------------------------------------------------

    void anEndlessPingAnswerIsCutOff()
    {
        RawPeer peer([](const RawRequest &) { return answer(404, "{}"); });
        // 64 MiB is far above the bound and small enough that the test itself stays cheap if the bound is missing.
        peer.setStream(
            [](const RawRequest &request) {
                return request.target == "/v2/" ? std::optional<QByteArray>(EndlessHead) : std::nullopt;
            },
            64 * 1024 * 1024);
        RegistryClient client;
        const auto future = client.headManifest(at(peer, QStringLiteral("a/b:1")));
        QVERIFY(waitFor(future, 30000));
        QCOMPARE(errorOf(future).code, ErrorCode::TooLarge);
        QVERIFY2(errorOf(future).message.contains(QLatin1String("GET /v2/")), qPrintable(errorOf(future).toString()));
        QVERIFY2(peer.streamedBytes() < 8 * 1024 * 1024, qPrintable(QString::number(peer.streamedBytes())));
    }

    void anEndlessTokenAnswerIsCutOff()
    {
        RawPeer *self = nullptr;
        RawPeer peer([&](const RawRequest &) { return answer(401, "{}", {bearerChallenge(*self)}); });
        self = &peer;
        peer.setStream(
            [](const RawRequest &request) {
                return request.target.startsWith("/token") ? std::optional<QByteArray>(EndlessHead) : std::nullopt;
            },
            64 * 1024 * 1024);
        RegistryClient client;
        const auto future = client.headManifest(at(peer, QStringLiteral("a/b:1")));
        QVERIFY(waitFor(future, 30000));
        QCOMPARE(errorOf(future).code, ErrorCode::TooLarge);
        QVERIFY2(errorOf(future).message.contains(QLatin1String("token server")),
                 qPrintable(errorOf(future).toString()));
        QVERIFY2(peer.streamedBytes() < 8 * 1024 * 1024, qPrintable(QString::number(peer.streamedBytes())));
    }

    // --- a HEAD is never a pull ------------------------------------------------------------------------------------

    void aHeadWithoutADigestSendsNoGet()
    {
        RawPeer peer(withPing([](const RawRequest &request) {
            if (request.method == "HEAD")
                return answer(200, {},
                              {ManifestType, "Content-Length: 300", "ratelimit-limit: 100;w=21600",
                               "ratelimit-remaining: 42;w=21600"});
            return answer(200, validManifest(), {ManifestType});
        }));
        RegistryClient client;
        const auto future = client.headManifest(at(peer, QStringLiteral("a/b:1")));
        QVERIFY(waitFor(future));
        QVERIFY2(future.result(), qPrintable(describe(future.result())));
        QVERIFY(!future.result()->digest.isValid());
        QCOMPARE(future.result()->rateLimit.remaining, 42);
        int gets = 0;
        for (const RawRequest &request : peer.requests)
            gets += request.method == "GET" && request.target.contains("/manifests/") ? 1 : 0;
        QCOMPARE(gets, 0);
    }

    // --- "insecure" and plain HTTP stay with the host the user named -------------------------------------------------

    void anInsecureRegistrysTokenRealmOnAnotherHostIsStillVerified()
    {
        // The realm is a TLS server with a self-signed certificate on another port: not the host marked insecure.
        RegistryFixture tls;
        RegistryFixture::Options options;
        options.tls = true;
        const bool started = tls.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, tls.errorString());
        const QByteArray realm = "https://" + tls.hostPort().toLatin1() + "/token";
        RawPeer peer([&](const RawRequest &) {
            return answer(401, "{}", {"WWW-Authenticate: Bearer realm=\"" + realm + "\",service=\"s\""});
        });
        RegistryOptions insecure;
        insecure.insecure = true;
        {
            RegistryClient client;
            client.setRegistryOptions(peer.hostPort(), insecure);
            const auto future = client.headManifest(at(peer, QStringLiteral("a/b:1")));
            QVERIFY(waitFor(future));
            QCOMPARE(errorOf(future).code, ErrorCode::Network);
            QVERIFY2(errorOf(future).message.contains(QLatin1String("token server")) &&
                         errorOf(future).message.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                     qPrintable(errorOf(future).toString()));
        }
        {
            // The registry's CA file does reach its token server: the TLS handshake works, the server answers.
            insecure.caFile = tls.caFile();
            RegistryClient client;
            client.setRegistryOptions(peer.hostPort(), insecure);
            const auto future = client.headManifest(at(peer, QStringLiteral("a/b:1")));
            QVERIFY(waitFor(future));
            QVERIFY2(errorOf(future).message.contains(QLatin1String("HTTP 404")),
                     qPrintable(errorOf(future).toString()));
        }
    }

    void anInsecureRegistrysPlainHttpRealmOnAnotherHostIsRefused()
    {
        RawPeer peer([](const RawRequest &) {
            return answer(401, "{}", {"WWW-Authenticate: Bearer realm=\"http://192.0.2.1/token\",service=\"s\""});
        });
        RegistryOptions insecure;
        insecure.insecure = true;
        insecure.timeoutMs = 2000;
        RegistryClient client;
        client.setRegistryOptions(peer.hostPort(), insecure);
        const auto future = client.headManifest(at(peer, QStringLiteral("a/b:1")));
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Protocol);
        QVERIFY2(errorOf(future).message.contains(QLatin1String("not an https URL")),
                 qPrintable(errorOf(future).toString()));
    }

    void aRedirectToPlainHttpOnAnotherHostIsRefused()
    {
        RawPeer peer(
            withPing([](const RawRequest &) { return answer(307, {}, {"Location: http://192.0.2.1/blob?sig=abc"}); }));
        RegistryOptions insecure;
        insecure.insecure = true;
        insecure.timeoutMs = 2000;
        RegistryClient client;
        client.setRegistryOptions(peer.hostPort(), insecure);
        Descriptor config;
        config.digest = Digest::sha256("{}");
        config.size = 2;
        const auto future = client.getConfig(at(peer, QStringLiteral("a/b")), config);
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::Protocol);
        QVERIFY2(errorOf(future).message.contains(QLatin1String("plain HTTP")) &&
                     errorOf(future).message.contains(QLatin1String("192.0.2.1")) &&
                     !errorOf(future).message.contains(QLatin1String("sig=")),
                 qPrintable(errorOf(future).toString()));
    }

    // --- an unusable CA file is named --------------------------------------------------------------------------------

    void anUnusableCaFileIsNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("a CA file that does not exist")
            << QStringLiteral("missing.pem") << QStringLiteral("does not exist");
        QTest::newRow("a CA file without a PEM certificate")
            << QStringLiteral("not-a-cert.pem") << QStringLiteral("holds no PEM certificate");
        QTest::newRow("a directory given as the CA file") << QString() << QStringLiteral("cannot be read");
    }

    void anUnusableCaFileIsNamed()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("not-a-cert.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a certificate\n");
        junk.close();
        const QString path = file.isEmpty() ? dir.path() : dir.filePath(file);
        RawPeer peer(withPing([](const RawRequest &) { return answer(404, "{}"); }));
        RegistryOptions options;
        options.caFile = path;
        RegistryClient client;
        client.setDefaultOptions(options);
        const auto future = client.headManifest(at(peer, QStringLiteral("a/b:1")));
        QVERIFY(waitFor(future));
        QCOMPARE(errorOf(future).code, ErrorCode::InvalidInput);
        QVERIFY2(errorOf(future).message.contains(path) && errorOf(future).message.contains(says),
                 qPrintable(errorOf(future).toString()));
        QVERIFY(peer.requests.isEmpty()); // nothing was sent with a trust setting other than the one asked for
    }

    // --- a missing repository is not a login problem ------------------------------------------------------------

    void insufficientScopeSaysTheRepositoryMayNotExist()
    {
        RawPeer *self = nullptr;
        RawPeer peer([&](const RawRequest &request) {
            if (request.target.startsWith("/token"))
                return answer(200, "{\"token\":\"no-access\"}", {"Content-Type: application/json"});
            return answer(
                401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}",
                {bearerChallenge(*self, ",scope=\"repository:nobody/nothing:pull\",error=\"insufficient_scope\"")});
        });
        self = &peer;
        RegistryClient client;
        const auto future = client.headManifest(at(peer, QStringLiteral("nobody/nothing:latest")));
        QVERIFY(waitFor(future));
        const Error error = errorOf(future);
        QCOMPARE(error.code, ErrorCode::Forbidden);
        QVERIFY2(
            error.message.contains(QLatin1String("the repository does not exist, or it needs a login / more access")),
            qPrintable(error.toString()));
        QVERIFY2(!error.message.contains(QLatin1String("log in first")), qPrintable(error.toString()));
    }

    // --- a shared token fetch survives the cancellation of one caller ------------------------------------------------

    void cancellingOneCallerLeavesTheSharedTokenFetchToTheOthers()
    {
        RawPeer *self = nullptr;
        const QByteArray manifestDigest = Digest::sha256(validManifest()).toString().toLatin1();
        RawPeer peer([&](const RawRequest &request) -> QByteArray {
            if (request.target.startsWith("/token"))
                return {}; // held until the test answers it
            if (!request.headers.contains("Authorization: Bearer shared"))
                return answer(401, "{}", {bearerChallenge(*self)});
            return answer(200, {}, {ManifestType, "Docker-Content-Digest: " + manifestDigest, "Content-Length: 10"});
        });
        self = &peer;
        RegistryClient client;
        auto first = client.headManifest(at(peer, QStringLiteral("a/b:1")));
        auto second = client.headManifest(at(peer, QStringLiteral("a/b:2")));
        // Both wait on one token request (same realm, service and scope).
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(peer.requests.cbegin(), peer.requests.cend(),
                                               [](const RawRequest &r) { return r.target.startsWith("/token"); }) == 1,
                                 5000);
        QVERIFY(!QTest::qWaitFor([&] { return first.isFinished() || second.isFinished(); }, 200));
        first.cancel();
        QVERIFY(waitFor(first, 5000));
        peer.answerSilent(answer(200, "{\"token\":\"shared\"}", {"Content-Type: application/json"}));
        QVERIFY(waitFor(second));
        QVERIFY2(second.result(), qPrintable(describe(second.result())));
        QCOMPARE(second.result()->digest.toString().toLatin1(), manifestDigest);
    }

    void noMoreThanTheConnectionLimitIsInFlightPerHost()
    {
        // The peer never answers a HEAD, so every request the client sends stays in flight.
        RawPeer peer(withPing([](const RawRequest &) { return QByteArray(); }));
        RegistryClient client;
        RegistryOptions options;
        options.maxConnections = 3;
        client.setDefaultOptions(options);
        QStringList tags;
        for (int i = 0; i < 20; ++i)
            tags << QStringLiteral("t%1").arg(i);
        auto future =
            client.tagDigests(*ImageReference::parse(QString(peer.hostPort() + QStringLiteral("/a/b"))), tags);
        QTRY_COMPARE_WITH_TIMEOUT(peer.requests.size(), 1 + 3, 5000);
        QVERIFY(!QTest::qWaitFor([&] { return peer.requests.size() > 4; }, 300));
        future.cancel();
        QVERIFY(waitFor(future, 5000));
        QCOMPARE(peer.requests.size(), 1 + 3);
    }
};

QTEST_GUILESS_MAIN(TestRegistryHostile)
#include "tst_registryhostile.moc"

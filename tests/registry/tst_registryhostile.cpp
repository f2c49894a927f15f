// RegistryClient against misbehaving peers: a raw QTcpServer inside the test answers exactly the bytes each case
// needs (lying digests, hostile JSON, oversized bodies, 401 loops, foreign Links, silence). Each must end in one
// clear error, without hanging or crashing.
#include "RegistryTestUtil.h"
#include "registry/RegistryClient.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace steward;
using namespace steward::registry;
using namespace steward::test;

namespace {

struct RawRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray headers; // raw header block
    QByteArray body;
};

// Answers each request with handler(request): raw HTTP bytes, sent with Connection: close. An empty answer means
// stay silent (for timeouts).
class RawPeer final : public QObject
{
public:
    using Handler = std::function<QByteArray(const RawRequest &)>;

    explicit RawPeer(Handler handler) : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    if (buffer->startsWith('\x16')) { // a TLS ClientHello: this peer speaks plain HTTP only
                        socket->abort();
                        return;
                    }
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    // Wait for the whole body the request announces.
                    qint64 length = 0;
                    for (const QByteArray &headerLine : head.split('\n')) {
                        if (headerLine.toLower().startsWith("content-length:"))
                            length = headerLine.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
                    RawRequest request{line.value(0), line.value(1), head, buffer->mid(end + 4, length)};
                    buffer->clear();
                    requests << request;
                    const QByteArray answer = m_handler(request);
                    if (answer.isEmpty())
                        return;
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<RawRequest> requests;

private:
    QTcpServer m_server;
    Handler m_handler;
};

QByteArray answer(int status, const QByteArray &body, const QList<QByteArray> &headers = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nConnection: close\r\n";
    bool hasLength = false;
    for (const QByteArray &header : headers) {
        out += header + "\r\n";
        hasLength = hasLength || header.toLower().startsWith("content-length:");
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

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

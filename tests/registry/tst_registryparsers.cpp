// The pure parsers under the registry client: WWW-Authenticate, rate-limit headers, Link, Retry-After, OCI error
// bodies, manifests, config blobs and token answers. No network.
#include "registry/AuthChallenge.h"
#include "registry/HttpHeaders.h"
#include "registry/ImageConfig.h"
#include "registry/Manifest.h"
#include "registry/RateLimit.h"
#include "registry/RegistryErrors.h"
#include "registry/TokenCache.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::registry;

namespace {
const QString D1 = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
const QString D2 = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
const QString D3 = QStringLiteral("sha256:") + QString(64, QLatin1Char('c'));

// The longest Retry-After the client believes; longer ones are read as this (and are still too long to wait for).
constexpr qint64 AYearMs = 365LL * 24 * 3600 * 1000;

// An input the parser fuzzing of issue 13 found, kept byte for byte under tests/registry/data.
QByteArray hostileInput(const char *name)
{
    QFile file(QStringLiteral(STEWARD_SOURCE_DIR "/tests/registry/data/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test input %s", name);
    return file.readAll();
}
} // namespace

class TestRegistryParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wwwAuthenticate_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("realm");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("challengeCount");

        QTest::newRow("docker hub's bearer challenge keeps the comma inside the quoted scope")
            << QList<QByteArray>{"Bearer "
                                 "realm=\"https://auth.docker.io/"
                                 "token\",service=\"registry.docker.io\",scope=\"repository:samalba/my-app:pull,push\""}
            << QStringLiteral("bearer") << QStringLiteral("https://auth.docker.io/token")
            << QStringLiteral("registry.docker.io") << QStringLiteral("repository:samalba/my-app:pull,push") << 1;
        QTest::newRow("a basic challenge has a realm and nothing else")
            << QList<QByteArray>{"Basic realm=\"steward-test\""} << QStringLiteral("basic")
            << QStringLiteral("steward-test") << QString() << QString() << 1;
        QTest::newRow("bearer is preferred when offered after basic in the same header")
            << QList<QByteArray>{"Basic realm=\"r1\", Bearer realm=\"https://t/token\",service=\"s\""}
            << QStringLiteral("bearer") << QStringLiteral("https://t/token") << QStringLiteral("s") << QString() << 2;
        QTest::newRow("bearer is preferred when offered in a second header")
            << QList<QByteArray>{"Basic realm=\"r1\"", "Bearer realm=\"https://t/token\""} << QStringLiteral("bearer")
            << QStringLiteral("https://t/token") << QString() << QString() << 2;
        QTest::newRow("spaces around equals signs and unquoted values are accepted")
            << QList<QByteArray>{"Bearer realm = \"https://t/token\" , service=reg , scope=\"a b\""}
            << QStringLiteral("bearer") << QStringLiteral("https://t/token") << QStringLiteral("reg")
            << QStringLiteral("a b") << 1;
        QTest::newRow("an escaped quote stays inside the value")
            << QList<QByteArray>{"Basic realm=\"say \\\"hi\\\", friend\""} << QStringLiteral("basic")
            << QStringLiteral("say \"hi\", friend") << QString() << QString() << 1;
        QTest::newRow("the scheme is case-insensitive")
            << QList<QByteArray>{"BEARER Realm=\"https://t/token\""} << QStringLiteral("bearer")
            << QStringLiteral("https://t/token") << QString() << QString() << 1;
        QTest::newRow("an insufficient_scope error is kept as a parameter")
            << QList<QByteArray>{"Bearer "
                                 "realm=\"https://"
                                 "t\",service=\"s\",scope=\"repository:a:pull\",error=\"insufficient_scope\""}
            << QStringLiteral("bearer") << QStringLiteral("https://t") << QStringLiteral("s")
            << QStringLiteral("repository:a:pull") << 1;
        QTest::newRow("an unknown scheme alone gives no usable challenge")
            << QList<QByteArray>{"Negotiate abc=="} << QString() << QString() << QString() << QString() << 1;
        QTest::newRow("an empty header gives nothing")
            << QList<QByteArray>{""} << QString() << QString() << QString() << QString() << 0;
        QTest::newRow("an unterminated quoted string does not crash")
            << QList<QByteArray>{"Bearer realm=\"https://t/token"} << QStringLiteral("bearer")
            << QStringLiteral("https://t/token") << QString() << QString() << 1;
    }

    void wwwAuthenticate()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, scheme);
        const QList<AuthChallenge> all = parseWwwAuthenticate(headers);
        QTEST(int(all.size()), "challengeCount");
        const std::optional<AuthChallenge> chosen = preferredChallenge(all);
        QCOMPARE(chosen ? chosen->scheme : QString(), scheme);
        if (!chosen)
            return;
        QTEST(chosen->param(QStringLiteral("realm")), "realm");
        QTEST(chosen->param(QStringLiteral("service")), "service");
        QTEST(chosen->param(QStringLiteral("scope")), "scope");
    }

    void severalScopesSplitOnSpaces()
    {
        const auto all =
            parseWwwAuthenticate({"Bearer realm=\"r\",scope=\"repository:dst:pull,push repository:src:pull\""});
        QCOMPARE(all.first().scopes(),
                 (QStringList{QStringLiteral("repository:dst:pull,push"), QStringLiteral("repository:src:pull")}));
        QCOMPARE(all.first().param(QStringLiteral("error")), QString());
    }

    void rateLimit_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<bool>("limited");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("remaining");
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("source");

        QTest::newRow("docker hub's documented example is read in full")
            << HeaderList{{"ratelimit-limit", "100;w=21600"},
                          {"ratelimit-remaining", "76;w=21600"},
                          {"docker-ratelimit-source", "192.0.2.1"}}
            << true << 100 << 76 << 21600 << QStringLiteral("192.0.2.1");
        QTest::newRow("an hourly window is read from w, never assumed")
            << HeaderList{{"RateLimit-Limit", "200;w=3600"}, {"RateLimit-Remaining", "199;w=3600"}} << true << 200
            << 199 << 3600 << QString();
        QTest::newRow("the x- variants are used when the plain headers are missing")
            << HeaderList{{"x-ratelimit-limit", "100;w=3600"},
                          {"x-ratelimit-remaining", "5;w=3600"},
                          {"docker-ratelimit-source", "alice"}}
            << true << 100 << 5 << 3600 << QStringLiteral("alice");
        QTest::newRow("no headers at all means no limit applies")
            << HeaderList{} << false << -1 << -1 << -1 << QString();
        QTest::newRow("a value without a window keeps the window unknown")
            << HeaderList{{"ratelimit-limit", "100"}, {"ratelimit-remaining", "3"}} << true << 100 << 3 << -1
            << QString();
        QTest::newRow("joined repeated values use the first policy")
            << HeaderList{{"ratelimit-limit", "100;w=21600, 200;w=86400"}, {"ratelimit-remaining", "9;w=21600"}} << true
            << 100 << 9 << 21600 << QString();
        QTest::newRow("garbage values are ignored rather than misread")
            << HeaderList{{"ratelimit-limit", "lots"}, {"ratelimit-remaining", "-4;w=60"}} << false << -1 << -1 << -1
            << QString();
        QTest::newRow("zero remaining is a real, spent quota")
            << HeaderList{{"ratelimit-limit", "100;w=21600"}, {"ratelimit-remaining", "0;w=21600"}} << true << 100 << 0
            << 21600 << QString();
    }

    void rateLimit()
    {
        QFETCH(HeaderList, headers);
        const RateLimit limit = parseRateLimit(headers);
        QTEST(limit.limited, "limited");
        QTEST(limit.limit, "limit");
        QTEST(limit.remaining, "remaining");
        QTEST(limit.windowSeconds, "window");
        QTEST(limit.source, "source");
    }

    void link_data()
    {
        QTest::addColumn<QList<QByteArray>>("values");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("error");
        const QString base = QStringLiteral("https://reg.io/v2/app/tags/list?n=2");
        QTest::newRow("a relative next link resolves against the request")
            << QList<QByteArray>{"</v2/app/tags/list?n=2&last=b>; rel=\"next\""}
            << QStringLiteral("https://reg.io/v2/app/tags/list?n=2&last=b") << false;
        QTest::newRow("an absolute link on the same host is followed")
            << QList<QByteArray>{"<https://reg.io/v2/app/tags/list?last=c>; rel=next"}
            << QStringLiteral("https://reg.io/v2/app/tags/list?last=c") << false;
        QTest::newRow("a link to another host is refused")
            << QList<QByteArray>{"<https://evil.example/steal>; rel=\"next\""} << QString() << true;
        QTest::newRow("a link that downgrades to http is refused")
            << QList<QByteArray>{"<http://reg.io/v2/app/tags/list?last=c>; rel=\"next\""} << QString() << true;
        QTest::newRow("only the next relation is taken among several links")
            << QList<QByteArray>{"</first>; rel=\"first\", </v2/app/tags/list?last=z>; rel=\"next\""}
            << QStringLiteral("https://reg.io/v2/app/tags/list?last=z") << false;
        QTest::newRow("a quoted comma in a parameter does not split the link")
            << QList<QByteArray>{"</p2>; title=\"a, b\"; rel=\"next\""} << QStringLiteral("https://reg.io/p2") << false;
        QTest::newRow("no link header means no next page") << QList<QByteArray>{} << QString() << false;
        QTest::newRow("a link without rel next is not followed")
            << QList<QByteArray>{"</other>; rel=\"prev\""} << QString() << false;
        QTest::newRow("an unclosed angle bracket is a protocol error")
            << QList<QByteArray>{"</v2/app; rel=\"next\""} << QString() << true;
        Q_UNUSED(base);
    }

    void link()
    {
        QFETCH(QList<QByteArray>, values);
        QFETCH(QString, next);
        QFETCH(bool, error);
        const Result<std::optional<QUrl>> result =
            nextLink(values, QUrl(QStringLiteral("https://reg.io/v2/app/tags/list?n=2")));
        QCOMPARE(!result, error);
        if (error)
            return;
        QCOMPARE(result->has_value() ? result->value().toString() : QString(), next);
    }

    void warningsAreReadForPeopleOnly()
    {
        const HeaderList headers{{"Warning", "299 - \"this repository is deprecated\""},
                                 {"Warning", "199 - \"not a registry warning\""},
                                 {"warning", "299 - \"second\x1b[0m one\""}};
        QCOMPARE(registryWarnings(headers),
                 (QStringList{QStringLiteral("this repository is deprecated"), QStringLiteral("second [0m one")}));
        QVERIFY(registryWarnings({}).isEmpty());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("delayMs");
        // now = 1994-11-06 08:49:30 UTC
        QTest::newRow("delta seconds become milliseconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero seconds means now") << QByteArray("0") << qint64(0);
        QTest::newRow("an HTTP date is measured from now")
            << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(7000);
        QTest::newRow("an HTTP date in the past means now") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << qint64(0);
        QTest::newRow("garbage gives no delay") << QByteArray("soon") << qint64(-1);
        QTest::newRow("a negative number gives no delay") << QByteArray("-5") << qint64(-1);
        QTest::newRow("an empty value gives no delay") << QByteArray() << qint64(-1);
        // Seconds times 1000 must not overflow: the longest wait is a year, and that is still too long.
        QTest::newRow("the largest 64-bit number of seconds is the longest wait, not a negative one")
            << hostileInput("retry-after-overflow.txt") << AYearMs;
        QTest::newRow("more seconds than 64 bits hold is the longest wait")
            << QByteArray("99999999999999999999") << AYearMs;
        QTest::newRow("a year and a second is the longest wait") << QByteArray::number(AYearMs / 1000 + 1) << AYearMs;
        QTest::newRow("an HTTP date centuries ahead is the longest wait")
            << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << AYearMs;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        const qint64 now = QDateTime(QDate(1994, 11, 6), QTime(8, 49, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QTEST(parseRetryAfter(value, now).value_or(-1), "delayMs");
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("an OCI error body is quoted with its code")
            << 404 << QByteArray("{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}")
            << int(ErrorCode::NotFound) << QStringLiteral("MANIFEST_UNKNOWN: manifest unknown");
        QTest::newRow("docker hub's 429 reads as rate-limited")
            << 429
            << QByteArray("{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your pull rate "
                          "limit.\"}]}")
            << int(ErrorCode::RateLimited) << QStringLiteral("TOOMANYREQUESTS");
        QTest::newRow("a plain-text 404 is quoted as text")
            << 404 << QByteArray("404 page not found\n") << int(ErrorCode::NotFound)
            << QStringLiteral("404 page not found");
        QTest::newRow("denied is forbidden") << 403 << QByteArray("{\"errors\":[{\"code\":\"DENIED\"}]}")
                                             << int(ErrorCode::Forbidden) << QStringLiteral("DENIED");
        QTest::newRow("an errors list of the wrong type is shown as text")
            << 400 << QByteArray("{\"errors\":\"nope\"}") << int(ErrorCode::Protocol) << QStringLiteral("nope");
        QTest::newRow("control characters from the server are removed")
            << 500 << QByteArray("boom\x1b[31m\nred") << int(ErrorCode::Network) << QStringLiteral("boom [31m red");
        QTest::newRow("a missing code reads as UNKNOWN") << 400 << QByteArray("{\"errors\":[{\"message\":\"bad\"}]}")
                                                         << int(ErrorCode::Protocol) << QStringLiteral("UNKNOWN: bad");
    }

    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const Error error = errorForStatus(status, body, QStringLiteral("doing the thing"));
        QTEST(int(error.code), "code");
        QVERIFY2(error.message.startsWith(QLatin1String("doing the thing failed: HTTP ")), qPrintable(error.message));
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY(!error.message.contains(QLatin1Char('\n')));
    }

    void hugeServerTextIsBounded()
    {
        const Error error = errorForStatus(500, QByteArray(100000, 'x'), QStringLiteral("x"));
        QVERIFY(error.message.size() < 400);
    }

    void manifests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");
        const QByteArray image =
            QStringLiteral(
                "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"%1\",\"size\":7},"
                "\"layers\":[{\"mediaType\":\"application/"
                "vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"%2\",\"size\":42}]}")
                .arg(D1, D2)
                .toUtf8();
        QTest::newRow("an OCI image manifest parses")
            << image << QString::fromLatin1(MediaType::OciManifest) << true << QString();
        QTest::newRow("content-type parameters are ignored")
            << image << QString::fromLatin1(MediaType::OciManifest) + QStringLiteral("; charset=utf-8") << true
            << QString();
        QTest::newRow("a body type that disagrees with content-type is rejected")
            << image << QString::fromLatin1(MediaType::DockerManifest) << false
            << QStringLiteral("but the registry sent");
        QTest::newRow("a body that is not JSON is rejected")
            << QByteArray("<html>") << QString() << false << QStringLiteral("not a JSON object");
        QTest::newRow("a JSON array is rejected")
            << QByteArray("[]") << QString() << false << QStringLiteral("not a JSON object");
        QTest::newRow("a bad layer digest is rejected and located")
            << QByteArray(image).replace(D2.toUtf8(), "sha256:xyz") << QString() << false
            << QStringLiteral("layers[0]");
        QTest::newRow("a negative size is rejected") << QByteArray(image).replace("\"size\":42", "\"size\":-1")
                                                     << QString() << false << QStringLiteral("no valid size");
        QTest::newRow("a size given as a string is rejected")
            << QByteArray(image).replace("\"size\":42", "\"size\":\"42\"") << QString() << false
            << QStringLiteral("no valid size");
        QTest::newRow("a missing layers list is rejected")
            << QByteArray(image).replace("\"layers\"", "\"lairs\"") << QString() << false << QStringLiteral("layers");
        QTest::newRow("schema version 3 is rejected")
            << QByteArray(image).replace("\"schemaVersion\":2", "\"schemaVersion\":3") << QString() << false
            << QStringLiteral("schemaVersion 3");
        QTest::newRow("an unknown media type is unsupported")
            << QByteArray(image).replace("vnd.oci.image.manifest.v1+json", "vnd.evil+json") << QString() << false
            << QStringLiteral("not an image or an index");
        QTest::newRow("a manifest over 4 MiB is refused")
            << QByteArray(4 * 1024 * 1024 + 1, ' ') << QString() << false << QStringLiteral("the limit is");
        QTest::newRow("deeply nested JSON is rejected without a crash")
            << QByteArray(100000, '[') << QString() << false << QStringLiteral("not a JSON object");
    }

    void manifests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        const Result<Manifest> manifest = parseManifest(body, contentType);
        QCOMPARE(bool(manifest), ok);
        if (!ok) {
            QVERIFY2(manifest.error().message.contains(mentions), qPrintable(manifest.error().message));
            return;
        }
        QCOMPARE(manifest->kind, Manifest::Kind::Image);
        QCOMPARE(manifest->config.digest.toString(), D1);
        QCOMPARE(manifest->layers.size(), 1);
        QCOMPARE(manifest->layers.first().size, 42);
        QCOMPARE(manifest->blobs().size(), 2);
    }

    void indexListsPlatforms()
    {
        const QByteArray index =
            QStringLiteral("{\"schemaVersion\":2,\"manifests\":["
                           "{\"mediaType\":\"application/"
                           "vnd.oci.image.manifest.v1+json\",\"digest\":\"%1\",\"size\":500,\"platform\":{\"os\":"
                           "\"linux\",\"architecture\":\"amd64\"}},"
                           "{\"mediaType\":\"application/"
                           "vnd.oci.image.manifest.v1+json\",\"digest\":\"%2\",\"size\":501,\"platform\":{\"os\":"
                           "\"linux\",\"architecture\":\"arm64\",\"variant\":\"v8\"}}]}")
                .arg(D1, D2)
                .toUtf8();
        // No mediaType anywhere: the shape says index.
        const Result<Manifest> manifest = parseManifest(index, QStringLiteral("application/json"));
        QVERIFY(manifest);
        QVERIFY(manifest->isIndex());
        QCOMPARE(manifest->mediaType, QString::fromLatin1(MediaType::OciIndex));
        QCOMPARE(manifest->manifests.size(), 2);
        QCOMPARE(manifest->manifests.at(1).platform.toString(), QStringLiteral("linux/arm64/v8"));
        QVERIFY(manifest->manifests.at(1).platform.matches(QStringLiteral("linux/arm64")));
        QVERIFY(manifest->manifests.at(1).platform.matches(QStringLiteral("linux/arm64/v8")));
        QVERIFY(!manifest->manifests.at(1).platform.matches(QStringLiteral("linux/arm64/v7")));
        QVERIFY(!manifest->manifests.at(0).platform.matches(QStringLiteral("linux")));
        QVERIFY(manifest->blobs().isEmpty());
    }

    void foreignLayersAreNotBlobsToCopy()
    {
        const QByteArray body =
            QStringLiteral(
                "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\","
                "\"config\":{\"mediaType\":\"x\",\"digest\":\"%1\",\"size\":1},\"layers\":["
                "{\"mediaType\":\"application/"
                "vnd.docker.image.rootfs.foreign.diff.tar.gzip\",\"digest\":\"%2\",\"size\":2,\"urls\":[\"https://x/"
                "y\"]},"
                "{\"mediaType\":\"application/vnd.docker.image.rootfs.diff.tar.gzip\",\"digest\":\"%3\",\"size\":3}]}")
                .arg(D1, D2, D3)
                .toUtf8();
        const Result<Manifest> manifest = parseManifest(body, QString::fromLatin1(MediaType::DockerManifest));
        QVERIFY(manifest);
        QCOMPARE(manifest->blobs().size(), 2);
        QCOMPARE(manifest->blobs().at(1).digest.toString(), D3);
    }

    void acceptHeaderNamesEveryType()
    {
        const QByteArray accept = manifestAcceptHeader();
        for (const char *type :
             {MediaType::OciIndex, MediaType::OciManifest, MediaType::DockerManifestList, MediaType::DockerManifest})
            QVERIFY2(accept.contains(type), type);
    }

    void imageConfig()
    {
        const QByteArray body = "{\"created\":\"2026-11-28T04:00:00.123Z\",\"architecture\":\"arm64\",\"os\":\"linux\","
                                "\"variant\":\"v8\",\"config\":{\"Labels\":{\"org.opencontainers.image.version\":\"1."
                                "2\",\"team\":\"kasm\"}}}";
        const Result<ImageConfig> config = parseImageConfig(body);
        QVERIFY(config);
        QCOMPARE(config->created, QDateTime(QDate(2026, 11, 28), QTime(4, 0, 0, 123), QTimeZone::utc()));
        QCOMPARE(config->architecture, QStringLiteral("arm64"));
        QCOMPARE(config->os, QStringLiteral("linux"));
        QCOMPARE(config->variant, QStringLiteral("v8"));
        QCOMPARE(config->labels.value(QStringLiteral("team")), QStringLiteral("kasm"));
        QCOMPARE(config->labels.size(), 2);
        QVERIFY(!parseImageConfig("null"));
        const Result<ImageConfig> bare = parseImageConfig("{}");
        QVERIFY(bare);
        QVERIFY(!bare->created.isValid());
    }

    void tokenResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("expiresIn");
        QTest::newRow("token with expires_in")
            << QByteArray("{\"token\":\"abc\",\"expires_in\":300}") << QStringLiteral("abc") << 300;
        QTest::newRow("access_token is taken when token is missing")
            << QByteArray("{\"access_token\":\"xyz\"}") << QStringLiteral("xyz") << 60;
        QTest::newRow("a lifetime below 60 seconds is raised to 60")
            << QByteArray("{\"token\":\"t\",\"expires_in\":5}") << QStringLiteral("t") << 60;
        QTest::newRow("no token at all is an error") << QByteArray("{\"expires_in\":300}") << QString() << 0;
        QTest::newRow("non-JSON is an error") << QByteArray("<html>") << QString() << 0;
    }

    void tokenResponses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        const Result<TokenGrant> grant = parseTokenResponse(body);
        QCOMPARE(bool(grant), !token.isEmpty());
        if (!grant)
            return;
        QCOMPARE(grant->token, token);
        QTEST(grant->expiresInSeconds, "expiresIn");
    }

    void tokenCacheExpiresOnTheClock()
    {
        VirtualClock clock(1000000);
        TokenCache cache(clock);
        const QString key = TokenCache::key(QStringLiteral("r"), QStringLiteral("s"),
                                            {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a")});
        QCOMPARE(key,
                 TokenCache::key(QStringLiteral("r"), QStringLiteral("s"), {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(key !=
                TokenCache::key(QStringLiteral("r"), QStringLiteral("s2"), {QStringLiteral("a"), QStringLiteral("b")}));
        cache.insert(key, TokenGrant{QStringLiteral("tok"), 60, {}});
        QCOMPARE(cache.find(key), QStringLiteral("tok"));
        clock.advanceMs(50000);
        QCOMPARE(cache.find(key), QStringLiteral("tok"));
        clock.advanceMs(6000); // within the refresh margin of the 60 s lifetime
        QCOMPARE(cache.find(key), QString());
        cache.insert(key, TokenGrant{QStringLiteral("tok2"), 300, {}});
        QCOMPARE(cache.find(key), QStringLiteral("tok2"));
        cache.remove(key);
        QCOMPARE(cache.find(key), QString());
    }
};

QTEST_APPLESS_MAIN(TestRegistryParsers)
#include "tst_registryparsers.moc"

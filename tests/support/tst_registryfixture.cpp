// The fixtures every registry test stands on: a real docker-registry, and images pushed into it that an
// independent client (skopeo) accepts.
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace steward::test;

class TestRegistryFixture final : public QObject
{
    Q_OBJECT

private:
    // skopeo's view of an image, or an empty object when skopeo failed.
    static QJsonObject skopeoInspect(const RegistryFixture &registry, const QString &repoTag, bool raw = false)
    {
        QStringList args{QStringLiteral("inspect")};
        if (raw)
            args << QStringLiteral("--raw");
        if (registry.options().tls)
            args << QStringLiteral("--cert-dir") << QFileInfo(registry.caFile()).absolutePath();
        else
            args << QStringLiteral("--tls-verify=false");
        if (registry.options().auth == RegistryFixture::Auth::Htpasswd)
            args << QStringLiteral("--creds")
                 << registry.options().username + QLatin1Char(':') + registry.options().password;
        args << QStringLiteral("docker://") + registry.hostPort() + QLatin1Char('/') + repoTag;
        QProcess skopeo;
        skopeo.start(QStringLiteral("skopeo"), args);
        skopeo.waitForFinished(60000);
        if (skopeo.exitCode() != 0)
            qWarning("skopeo: %s", skopeo.readAllStandardError().constData());
        return QJsonDocument::fromJson(skopeo.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void anonymousRegistryServesSeededImage()
    {
        RegistryFixture registry;
        const bool started = registry.start();
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());

        SyncHttp http;
        const SeededImage image = seedImage(http, registry.baseUrl(), QStringLiteral("demo/hello"),
                                            QStringLiteral("1.0"), "hello from the fixture\n");
        QVERIFY2(image.ok, qPrintable(image.error));

        const HttpReply manifest =
            http.send("GET", QUrl(registry.baseUrl().toString() + QStringLiteral("/v2/demo/hello/manifests/1.0")), {},
                      {{"Accept", "application/vnd.oci.image.manifest.v1+json"}});
        QCOMPARE(manifest.status, 200);
        QCOMPARE(manifest.body, image.manifestBytes);
        QCOMPARE(QString::fromLatin1(manifest.header("Docker-Content-Digest")), image.digest);

        const QList<AccessLogEntry> log = registry.accessLog();
        const auto manifestGets = std::count_if(log.cbegin(), log.cend(), [](const AccessLogEntry &entry) {
            return entry.method == QLatin1String("GET") && entry.path.contains(QLatin1String("/manifests/"));
        });
        QCOMPARE(manifestGets, 1);
        const auto blobPuts = std::count_if(log.cbegin(), log.cend(), [](const AccessLogEntry &entry) {
            return entry.method == QLatin1String("PUT") && entry.path.contains(QLatin1String("/blobs/uploads/"));
        });
        QCOMPARE(blobPuts, 2); // one layer, one config

        // An independent client agrees on the digest, the architecture and the layer.
        const QJsonObject inspected = skopeoInspect(registry, QStringLiteral("demo/hello:1.0"));
        QCOMPARE(inspected.value(QStringLiteral("Digest")).toString(), image.digest);
        QCOMPARE(inspected.value(QStringLiteral("Architecture")).toString(), QStringLiteral("amd64"));
        QCOMPARE(inspected.value(QStringLiteral("Layers")).toArray().first().toString(),
                 image.platforms.first().layerDigests.first());
    }

    void multiPlatformImageIsAnIndex()
    {
        RegistryFixture registry;
        const bool started = registry.start();
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());

        SyncHttp http;
        SeedOptions options;
        options.multiPlatform = true;
        const SeededImage image = seedImage(http, registry.baseUrl(), QStringLiteral("demo/multi"),
                                            QStringLiteral("latest"), "two platforms\n", options);
        QVERIFY2(image.ok, qPrintable(image.error));
        QCOMPARE(image.platforms.size(), 2);

        const QJsonObject raw = skopeoInspect(registry, QStringLiteral("demo/multi:latest"), true);
        QCOMPARE(raw.value(QStringLiteral("mediaType")).toString(),
                 QStringLiteral("application/vnd.oci.image.index.v1+json"));
        QCOMPARE(raw.value(QStringLiteral("manifests")).toArray().size(), 2);
        QCOMPARE(
            skopeoInspect(registry, QStringLiteral("demo/multi:latest")).value(QStringLiteral("Digest")).toString(),
            image.digest);
    }

    void htpasswdRegistryRequiresTheLogin()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());

        SyncHttp http;
        const QUrl v2(registry.baseUrl().toString() + QStringLiteral("/v2/"));
        const HttpReply anonymous = http.send("GET", v2);
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.header("WWW-Authenticate").startsWith("Basic realm="));
        const HttpReply wrong =
            http.send("GET", v2, {}, {{"Authorization", "Basic " + QByteArray("alice:nope").toBase64()}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(http.send("GET", v2, {}, {{"Authorization", registry.basicAuthorization()}}).status, 200);

        SeedOptions seed;
        seed.authorization = registry.basicAuthorization();
        const SeededImage image =
            seedImage(http, registry.baseUrl(), QStringLiteral("team/app"), QStringLiteral("v1"), "secret app\n", seed);
        QVERIFY2(image.ok, qPrintable(image.error));
        QCOMPARE(skopeoInspect(registry, QStringLiteral("team/app:v1")).value(QStringLiteral("Digest")).toString(),
                 image.digest);
    }

    void tlsRegistryIsTrustedOnlyWithItsCertificate()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.tls = true;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        QCOMPARE(registry.baseUrl().scheme(), QStringLiteral("https"));

        const QUrl v2(registry.baseUrl().toString() + QStringLiteral("/v2/"));
        SyncHttp untrusting;
        const HttpReply refused = untrusting.send("GET", v2);
        QCOMPARE(refused.status, 0);
        QVERIFY2(!refused.error.isEmpty(), "a self-signed certificate must not be accepted by default");

        SyncHttp trusting(registry.sslConfiguration());
        QCOMPARE(trusting.send("GET", v2).status, 200);
        const SeededImage image =
            seedImage(trusting, registry.baseUrl(), QStringLiteral("secure/app"), QStringLiteral("v1"), "tls\n");
        QVERIFY2(image.ok, qPrintable(image.error));
        QCOMPARE(skopeoInspect(registry, QStringLiteral("secure/app:v1")).value(QStringLiteral("Digest")).toString(),
                 image.digest);
    }

    void missingBinaryIsReportedByName()
    {
        qputenv("STEWARD_REGISTRY_BINARY", "/nonexistent/docker-registry");
        RegistryFixture registry;
        QVERIFY(!registry.start());
        qunsetenv("STEWARD_REGISTRY_BINARY");
        QVERIFY2(registry.errorString().contains(QLatin1String("docker-registry")), qPrintable(registry.errorString()));
    }

    void accessLogParsesCombinedFormat()
    {
        const QByteArray text =
            "127.0.0.1 - - [28/Nov/2026:04:22:13 +0000] \"GET /v2/ HTTP/1.1\" 200 2 \"\" \"curl/7.88.1\"\n"
            "127.0.0.1 - - [28/Nov/2026:04:22:13 +0000] \"HEAD /v2/a/b/manifests/x HTTP/1.1\" 404 91 \"\" \"x\"\n"
            "time=\"...\" level=warning msg=\"not an access log line\"\n";
        const QList<AccessLogEntry> entries = parseAccessLog(text);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).method, QStringLiteral("HEAD"));
        QCOMPARE(entries.at(1).path, QStringLiteral("/v2/a/b/manifests/x"));
        QCOMPARE(entries.at(1).status, 404);
        QCOMPARE(entries.at(1).bytes, 91);
    }

    void tarAndGzipAreReadableByTheSystemTools()
    {
        const QByteArray tar = makeTar(QStringLiteral("dir/file.txt"), "content\n");
        QCOMPARE(tar.size() % 512, 0);
        const QByteArray gz = gzipCompress(tar);
        QVERIFY(gz.startsWith("\x1f\x8b"));

        QProcess listing;
        listing.start(QStringLiteral("tar"), {QStringLiteral("-tzf"), QStringLiteral("-")});
        listing.write(gz);
        listing.closeWriteChannel();
        QVERIFY(listing.waitForFinished(10000));
        QCOMPARE(listing.exitCode(), 0);
        QCOMPARE(listing.readAllStandardOutput().trimmed(), QByteArray("dir/file.txt"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryFixture)
#include "tst_registryfixture.moc"

// `stewardctl push-tags` against the real registry, checked with skopeo and the registry's access log: the unique tag
// from the image's creation time and version label, the moving tag moved, by manifest only (the one blob read is
// the small config blob; no layer is read or written), idempotent on a second run, and refusals that write nothing.
#include "RegistryFixture.h"
#include "RegistryTestUtil.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace steward::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run stewardctl(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QTemporaryDir home; // no stray logins from the machine running the tests
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    for (const char *name :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "DOCKER_CONFIG", "DOCKER_AUTH_CONFIG", "REGISTRY_AUTH_FILE"})
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STEWARDCTL_PATH), args);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

struct Traffic
{
    int manifestGets = 0;
    int manifestHeads = 0;
    int manifestPuts = 0;
    QStringList blobRequests; // "GET /v2/.../blobs/sha256:..."
    QStringList other;        // the API version check, token fetches
};

Traffic trafficOf(const QList<AccessLogEntry> &log)
{
    Traffic traffic;
    for (const AccessLogEntry &entry : log) {
        if (entry.path.contains(QLatin1String("/blobs/"))) {
            traffic.blobRequests << entry.method + QLatin1Char(' ') + entry.path;
        } else if (entry.path.contains(QLatin1String("/manifests/"))) {
            traffic.manifestGets += entry.method == QLatin1String("GET");
            traffic.manifestHeads += entry.method == QLatin1String("HEAD");
            traffic.manifestPuts += entry.method == QLatin1String("PUT");
        } else {
            traffic.other << entry.method + QLatin1Char(' ') + entry.path;
        }
    }
    return traffic;
}

} // namespace

class TestPushTags final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;

    QString at(const QString &rest) const { return m_registry.hostPort() + QLatin1Char('/') + rest; }
    QString skopeoDigest(const QString &repoRef) const
    {
        return skopeoInspect(m_registry, repoRef).value(QStringLiteral("Digest")).toString();
    }
    SeededImage seed(const QString &repository, const QString &tag, const QByteArray &payload, SeedOptions options)
    {
        SyncHttp http;
        return seedImage(http, m_registry.baseUrl(), repository, tag, payload, options);
    }

private Q_SLOTS:
    void initTestCase() { m_started = m_registry.start(); }

    void tagsTheDigestByManifestOnlyFromItsCreationTimeAndVersion()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        SeedOptions options;
        options.created = QDateTime(QDate(2026, 11, 28), QTime(4, 7, 31), Qt::UTC);
        options.labels.insert(QStringLiteral("org.opencontainers.image.version"), QStringLiteral("1.16.0"));
        const SeededImage build = seed(QStringLiteral("wf/app"), QStringLiteral("ci-42"), "build one\n", options);
        QVERIFY2(build.ok, qPrintable(build.error));

        m_registry.clearLogs();
        const Run run = stewardctl({QStringLiteral("push-tags"), at(QStringLiteral("wf/app:ci-42")),
                                    QStringLiteral("--unique"), QStringLiteral("{version}-%Y%m%d-%H%M%S"),
                                    QStringLiteral("--moving"), QStringLiteral("rolling"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Traffic traffic = trafficOf(m_registry.accessLog());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("digest")).toString(), build.digest);
        QCOMPARE(json.value(QStringLiteral("timeSource")).toString(), QStringLiteral("created"));
        QCOMPARE(json.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-28T04:07:31Z"));
        QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("1.16.0"));
        const QJsonObject unique = json.value(QStringLiteral("unique")).toObject();
        QCOMPARE(unique.value(QStringLiteral("tag")).toString(), QStringLiteral("1.16.0-20261128-040731"));
        QVERIFY(unique.value(QStringLiteral("previous")).isNull());
        QVERIFY(unique.value(QStringLiteral("written")).toBool());
        QVERIFY(json.value(QStringLiteral("moving")).toObject().value(QStringLiteral("written")).toBool());

        // Manifest only: one GET, a HEAD per tag, a PUT per tag; the one blob request is the config's GET.
        QCOMPARE(traffic.manifestGets, 1);
        QCOMPARE(traffic.manifestHeads, 2);
        QCOMPARE(traffic.manifestPuts, 2);
        QCOMPARE(traffic.blobRequests,
                 QStringList{QStringLiteral("GET /v2/wf/app/blobs/") + build.platforms.first().configDigest});
        QCOMPARE(traffic.other, QStringList{QStringLiteral("GET /v2/")});

        QCOMPARE(skopeoDigest(QStringLiteral("wf/app:1.16.0-20261128-040731")), build.digest);
        QCOMPARE(skopeoDigest(QStringLiteral("wf/app:rolling")), build.digest);

        // Again: nothing to write.
        m_registry.clearLogs();
        const Run again = stewardctl({QStringLiteral("push-tags"), at(QStringLiteral("wf/app@") + build.digest),
                                      QStringLiteral("--unique"), QStringLiteral("{version}-%Y%m%d-%H%M%S"),
                                      QStringLiteral("--moving"), QStringLiteral("rolling")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(trafficOf(m_registry.accessLog()).manifestPuts, 0);
        QCOMPARE(again.out.count(QLatin1String("(already there)")), 2);
        QVERIFY2(again.out.contains(QLatin1String("the image's creation time")), qPrintable(again.out));
    }

    void theMovingTagMovesAndAUniqueTagNeverDoes()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        SeedOptions options; // both builds created 2026-11-28 04:00 UTC
        const SeededImage first = seed(QStringLiteral("wf/move"), QStringLiteral("b1"), "first\n", options);
        const SeededImage second = seed(QStringLiteral("wf/move"), QStringLiteral("b2"), "second\n", options);
        QVERIFY(first.ok && second.ok);
        const Run one = stewardctl({QStringLiteral("push-tags"), at(QStringLiteral("wf/move:b1")),
                                    QStringLiteral("--unique"), QStringLiteral("b1-%Y%m%d")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QCOMPARE(skopeoDigest(QStringLiteral("wf/move:latest")), first.digest);

        const Run two = stewardctl({QStringLiteral("push-tags"), at(QStringLiteral("wf/move:b2")),
                                    QStringLiteral("--unique"), QStringLiteral("b2-%Y%m%d"), QStringLiteral("--json")});
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        const QJsonObject moving = two.json().value(QStringLiteral("moving")).toObject();
        QCOMPARE(moving.value(QStringLiteral("tag")).toString(), QStringLiteral("latest"));
        QCOMPARE(moving.value(QStringLiteral("previous")).toString(), first.digest);
        QCOMPARE(skopeoDigest(QStringLiteral("wf/move:latest")), second.digest);
        QCOMPARE(skopeoDigest(QStringLiteral("wf/move:b2-20261128")), second.digest);

        // The second build would take the first build's unique tag: refused, nothing written, latest untouched.
        m_registry.clearLogs();
        const Run clash =
            stewardctl({QStringLiteral("push-tags"), at(QStringLiteral("wf/move:b2")), QStringLiteral("--unique"),
                        QStringLiteral("b1-%Y%m%d"), QStringLiteral("--moving"), QStringLiteral("stable")});
        QCOMPARE(clash.exitCode, 1);
        QVERIFY2(clash.err.contains(QLatin1String("b1-20261128 already points at ") + first.digest),
                 qPrintable(clash.err));
        QCOMPARE(trafficOf(m_registry.accessLog()).manifestPuts, 0);
        QCOMPARE(skopeoDigest(QStringLiteral("wf/move:b1-20261128")), first.digest);
        QVERIFY(skopeoInspect(m_registry, QStringLiteral("wf/move:stable")).isEmpty());
    }

    void aMissingVersionLabelIsNamedAndNothingIsWritten()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QVERIFY(seed(QStringLiteral("wf/nover"), QStringLiteral("b"), "no version\n", {}).ok);
        m_registry.clearLogs();
        const Run run = stewardctl({QStringLiteral("push-tags"), at(QStringLiteral("wf/nover:b")),
                                    QStringLiteral("--unique"), QStringLiteral("{version}-%Y%m%d")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("org.opencontainers.image.version")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(trafficOf(m_registry.accessLog()).manifestPuts, 0);
    }

    void anIndexIsTaggedWholeWithItsImagesCreationTime()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        SeedOptions options;
        options.multiPlatform = true;
        options.created = QDateTime(QDate(2026, 12, 1), QTime(23, 59), Qt::UTC);
        const SeededImage multi = seed(QStringLiteral("wf/multi"), QStringLiteral("ci"), "multi\n", options);
        QVERIFY(multi.ok);
        m_registry.clearLogs();
        const Run run =
            stewardctl({QStringLiteral("push-tags"), at(QStringLiteral("wf/multi:ci")), QStringLiteral("--unique"),
                        QStringLiteral("%Y%m%d-%H%M"), QStringLiteral("--no-moving"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Traffic traffic = trafficOf(m_registry.accessLog());
        QCOMPARE(run.json().value(QStringLiteral("unique")).toObject().value(QStringLiteral("tag")).toString(),
                 QStringLiteral("20261201-2359"));
        QVERIFY(run.json().value(QStringLiteral("moving")).isNull());
        QCOMPARE(traffic.manifestPuts, 1);
        QCOMPARE(traffic.blobRequests.size(), 1); // the linux/amd64 image's config, nothing else
        QVERIFY(traffic.blobRequests.first().startsWith(QLatin1String("GET ")));
        QCOMPARE(skopeoDigest(QStringLiteral("wf/multi:20261201-2359")), skopeoDigest(QStringLiteral("wf/multi:ci")));
        QCOMPARE(skopeo(m_registry, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                     QStringLiteral("docker://") + at(QStringLiteral("wf/multi:20261201-2359"))}),
                 multi.manifestBytes);
    }
};

QTEST_GUILESS_MAIN(TestPushTags)
#include "tst_pushtags.moc"

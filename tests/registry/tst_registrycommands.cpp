// stewardctl's registry commands against the real registry, checked against skopeo: the same tags and digests, a
// tag added by `stewardctl tag` seen by skopeo, an image copied by `stewardctl copy` accepted by skopeo; errors as
// one line and exit code 1.
#include "RawPeer.h"
#include "RegistryFixture.h"
#include "RegistryTestUtil.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
};

// `home`: the HOME it runs in; by default a fresh one, removed afterwards.
Run stewardctl(const QStringList &args, const QByteArray &input = {}, const QString &home = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No stray logins from the machine running the tests.
    QTemporaryDir freshHome;
    const QString homePath = home.isEmpty() ? freshHome.path() : home;
    env.insert(QStringLiteral("HOME"), homePath);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), homePath);
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.remove(QStringLiteral("DOCKER_CONFIG"));
    env.remove(QStringLiteral("DOCKER_AUTH_CONFIG"));
    env.remove(QStringLiteral("REGISTRY_AUTH_FILE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STEWARDCTL_PATH), args);
    process.write(input);
    process.closeWriteChannel();
    // Spin the event loop while it runs, so that a peer in this process (RawPeer) can answer it.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        process.kill();
    QString err = QString::fromUtf8(process.readAllStandardError());
    // A crash is no exit code of stewardctl's: say so, with what it printed, rather than compare a signal number.
    if (process.exitStatus() == QProcess::CrashExit)
        err = QStringLiteral("stewardctl crashed (%1); its stderr: %2").arg(process.errorString(), err);
    return {process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()), err};
}

} // namespace

class TestRegistryCommands final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    SeededImage m_image;
    SeededImage m_multi;
    bool m_started = false;

    QString at(const QString &rest) const { return m_registry.hostPort() + QLatin1Char('/') + rest; }

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        SyncHttp http;
        m_image = seedImage(http, m_registry.baseUrl(), QStringLiteral("cli/app"), QStringLiteral("1.0"), "cli\n");
        QVERIFY(m_image.ok);
        QVERIFY(
            seedImage(http, m_registry.baseUrl(), QStringLiteral("cli/app"), QStringLiteral("2.0"), "cli two\n").ok);
        SeedOptions multi;
        multi.multiPlatform = true;
        m_multi =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("cli/multi"), QStringLiteral("v1"), "m\n", multi);
        QVERIFY(m_multi.ok);
    }

    void tagsWithDigestsAgreeWithSkopeo()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const Run run = stewardctl({QStringLiteral("tags"), QStringLiteral("--digests"), QStringLiteral("--json"),
                                    at(QStringLiteral("cli/app"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray tags =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("tags")).toArray();
        QCOMPARE(tags.size(), 2);
        const QJsonArray skopeoTags =
            QJsonDocument::fromJson(skopeo(m_registry, {QStringLiteral("list-tags"),
                                                        QStringLiteral("docker://") + at(QStringLiteral("cli/app"))}))
                .object()
                .value(QStringLiteral("Tags"))
                .toArray();
        QCOMPARE(skopeoTags.size(), tags.size());
        for (const QJsonValue &entry : tags) {
            const QString tag = entry.toObject().value(QStringLiteral("tag")).toString();
            QVERIFY(skopeoTags.contains(tag));
            QCOMPARE(
                entry.toObject().value(QStringLiteral("digest")).toString(),
                skopeoInspect(m_registry, QStringLiteral("cli/app:") + tag).value(QStringLiteral("Digest")).toString());
        }
        const Run human = stewardctl({QStringLiteral("tags"), at(QStringLiteral("cli/app"))});
        QCOMPARE(human.exitCode, 0);
        QCOMPARE(human.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
    }

    void digestAndPlatformDigest()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const Run run = stewardctl({QStringLiteral("digest"), at(QStringLiteral("cli/app:1.0"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(),
                 skopeoInspect(m_registry, QStringLiteral("cli/app:1.0")).value(QStringLiteral("Digest")).toString());
        const Run index = stewardctl({QStringLiteral("digest"), at(QStringLiteral("cli/multi:v1"))});
        QCOMPARE(index.out.trimmed(), m_multi.digest);
        const Run arm = stewardctl({QStringLiteral("digest"), QStringLiteral("--platform"),
                                    QStringLiteral("linux/arm64"), at(QStringLiteral("cli/multi:v1"))});
        QCOMPARE(arm.exitCode, 0);
        QString expected;
        for (const SeededPlatform &platform : m_multi.platforms) {
            if (platform.architecture == QLatin1String("arm64"))
                expected = platform.manifestDigest;
        }
        QCOMPARE(arm.out.trimmed(), expected);
    }

    void inspectShowsConfigAndPlatforms()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const Run run =
            stewardctl({QStringLiteral("--json"), QStringLiteral("inspect"), at(QStringLiteral("cli/app:1.0"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject skopeoView = skopeoInspect(m_registry, QStringLiteral("cli/app:1.0"));
        QCOMPARE(object.value(QStringLiteral("architecture")).toString(),
                 skopeoView.value(QStringLiteral("Architecture")).toString());
        QCOMPARE(object.value(QStringLiteral("os")).toString(), skopeoView.value(QStringLiteral("Os")).toString());
        QCOMPARE(QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate),
                 QDateTime::fromString(skopeoView.value(QStringLiteral("Created")).toString(), Qt::ISODate));
        const Run multi = stewardctl({QStringLiteral("inspect"), at(QStringLiteral("cli/multi:v1"))});
        QCOMPARE(multi.exitCode, 0);
        QVERIFY(multi.out.contains(QLatin1String("linux/arm64")));
        QVERIFY(multi.out.contains(QLatin1String("linux/amd64")));
    }

    void tagIsSeenBySkopeo()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const Run run = stewardctl(
            {QStringLiteral("tag"), at(QStringLiteral("cli/app:1.0")), QStringLiteral("qa"), QStringLiteral("prod")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char *tag : {"qa", "prod"})
            QCOMPARE(skopeoInspect(m_registry, QStringLiteral("cli/app:") + QLatin1String(tag))
                         .value(QStringLiteral("Digest"))
                         .toString(),
                     m_image.digest);
    }

    void copyPassesSkopeoInspect()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const Run run = stewardctl(
            {QStringLiteral("copy"), at(QStringLiteral("cli/multi:v1")), at(QStringLiteral("cli/promoted:v1"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("4 mounted")));
        QString error;
        const QByteArray raw = skopeo(m_registry,
                                      {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                       QStringLiteral("docker://") + at(QStringLiteral("cli/promoted:v1"))},
                                      &error);
        QVERIFY2(!raw.isEmpty(), qPrintable(error));
        // skopeo resolves a platform from the copied index, which needs the child manifests and blobs in place.
        const QByteArray arm =
            skopeo(m_registry,
                   {QStringLiteral("inspect"), QStringLiteral("--override-arch"), QStringLiteral("arm64"),
                    QStringLiteral("docker://") + at(QStringLiteral("cli/promoted:v1"))},
                   &error);
        QVERIFY2(!arm.isEmpty(), qPrintable(error));
        QCOMPARE(QJsonDocument::fromJson(arm).object().value(QStringLiteral("Architecture")).toString(),
                 QStringLiteral("arm64"));
    }

    void deleteNamesEveryTagItRemovesAndNeedsYes()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        SyncHttp http;
        const SeededImage doomed =
            seedImage(http, m_registry.baseUrl(), QStringLiteral("cli/doomed"), QStringLiteral("a"), "doomed\n");
        QVERIFY(doomed.ok);
        QVERIFY(
            seedImage(http, m_registry.baseUrl(), QStringLiteral("cli/doomed"), QStringLiteral("other"), "kept\n").ok);
        const Run tagged = stewardctl(
            {QStringLiteral("tag"), at(QStringLiteral("cli/doomed:a")), QStringLiteral("b"), QStringLiteral("c")});
        QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.err));

        m_registry.clearLogs();
        const Run refused = stewardctl({QStringLiteral("delete"), at(QStringLiteral("cli/doomed:b"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("removes every tag on that digest: a, b, c\n")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("--yes")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(doomed.digest));
        for (const AccessLogEntry &entry : m_registry.accessLog())
            QVERIFY2(entry.method != QLatin1String("DELETE"), qPrintable(entry.path));
        QCOMPARE(skopeoInspect(m_registry, QStringLiteral("cli/doomed:a")).value(QStringLiteral("Digest")).toString(),
                 doomed.digest);

        const Run deleted = stewardctl({QStringLiteral("--json"), QStringLiteral("delete"),
                                        at(QStringLiteral("cli/doomed:b")), QStringLiteral("--yes")});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        const QJsonObject json = QJsonDocument::fromJson(deleted.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("digest")).toString(), doomed.digest);
        QCOMPARE(json.value(QStringLiteral("tagsRemoved")).toArray(),
                 (QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        int deletes = 0;
        for (const AccessLogEntry &entry : m_registry.accessLog()) {
            if (entry.method == QLatin1String("DELETE")) {
                ++deletes;
                QCOMPARE(entry.path, QStringLiteral("/v2/cli/doomed/manifests/") + doomed.digest);
                QCOMPARE(entry.status, 202);
            }
        }
        QCOMPARE(deletes, 1);
        const Run left = stewardctl({QStringLiteral("tags"), at(QStringLiteral("cli/doomed"))});
        QVERIFY2(left.exitCode == 0, qPrintable(left.err));
        QCOMPARE(left.out, QStringLiteral("other\n"));
    }

    void errorsAreOneLineAndExitOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("an uppercase repository")
            << QStringList{QStringLiteral("digest"), QStringLiteral("Bad/Name")} << QStringLiteral("must be lowercase");
        QTest::newRow("a tag that is too long")
            << QStringList{QStringLiteral("tags"), QStringLiteral("a:") + QString(200, QLatin1Char('x'))}
            << QStringLiteral("the limit is 128");
        QTest::newRow("an invalid new tag")
            << QStringList{QStringLiteral("tag"), QStringLiteral("127.0.0.1:1/a:1"), QStringLiteral(".bad")}
            << QStringLiteral("not a valid tag");
        QTest::newRow("a CA file that does not exist")
            << QStringList{QStringLiteral("digest"), QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem"),
                           QStringLiteral("127.0.0.1:1/a:1")}
            << QStringLiteral("the CA file /nonexistent/ca.pem does not exist");
        QTest::newRow("a CA file that holds no PEM certificate")
            << QStringList{QStringLiteral("digest"), QStringLiteral("--ca-file"), QStringLiteral(STEWARDCTL_PATH),
                           QStringLiteral("127.0.0.1:1/a:1")}
            << QStringLiteral("the CA file " STEWARDCTL_PATH " holds no PEM certificate");
        QTest::newRow("a registry that is not running")
            << QStringList{QStringLiteral("digest"), QStringLiteral("127.0.0.1:1/a:1")}
            << QStringLiteral("cannot reach");
    }

    void errorsAreOneLineAndExitOne()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run run = stewardctl(args);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(run.err.startsWith(QLatin1String("stewardctl: ")));
    }

    void aMissingTagIsOneLine()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const Run run = stewardctl({QStringLiteral("digest"), at(QStringLiteral("cli/app:missing"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QLatin1String("no such repository, tag or digest")), qPrintable(run.err));
    }

    // An old registry that sends no Docker-Content-Digest with HEAD: the quota check still only HEADs, and the digest
    // command GETs the manifest (a pull on Docker Hub) only when asked to.
    void headWithoutDigestNeverSpendsAPullUnlessAsked()
    {
        const QByteArray manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                                    "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
                                    "\"digest\":\"sha256:" +
                                    QByteArray(64, 'a') + "\",\"size\":2},\"layers\":[]}";
        const QByteArray type = "Content-Type: application/vnd.oci.image.manifest.v1+json";
        const QList<QByteArray> limits{"ratelimit-limit: 100;w=21600", "ratelimit-remaining: 42;w=21600"};
        RawPeer peer([&](const RawRequest &request) {
            if (request.target == "/v2/")
                return answer(200, "{}");
            if (request.method == "HEAD")
                return answer(200, {},
                              QList<QByteArray>{type, "Content-Length: " + QByteArray::number(manifest.size())} +
                                  limits);
            return answer(200, manifest, QList<QByteArray>{type} + limits);
        });
        const auto manifestGets = [&] {
            return std::count_if(peer.requests.cbegin(), peer.requests.cend(), [](const RawRequest &r) {
                return r.method == "GET" && r.target.contains("/manifests/");
            });
        };
        const QString ref = peer.hostPort() + QStringLiteral("/old/app:1");

        const Run quota = stewardctl({QStringLiteral("ratelimit"), ref});
        QVERIFY2(quota.exitCode == 0, qPrintable(quota.err));
        QVERIFY2(quota.out.contains(QLatin1String("42 of 100")), qPrintable(quota.out));
        QCOMPARE(manifestGets(), 0);

        const Run refused = stewardctl({QStringLiteral("digest"), ref});
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.err));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(refused.err.contains(QLatin1String("gave no digest")) &&
                     refused.err.contains(QLatin1String("--allow-pull")),
                 qPrintable(refused.err));
        QCOMPARE(manifestGets(), 0);

        const Run allowed = stewardctl({QStringLiteral("digest"), QStringLiteral("--allow-pull"), ref});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        QCOMPARE(allowed.out.trimmed(),
                 QStringLiteral("sha256:") +
                     QString::fromLatin1(QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex()));
        QVERIFY2(allowed.err.contains(QLatin1String("counts as a pull")), qPrintable(allowed.err));
        QCOMPARE(manifestGets(), 1);

        // delete needs the digest too, and finds it the same way: no silent pull, nothing deleted.
        const Run deleteRefused = stewardctl({QStringLiteral("delete"), ref, QStringLiteral("--yes")});
        QCOMPARE(deleteRefused.exitCode, 1);
        QCOMPARE(deleteRefused.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(deleteRefused.err.contains(QLatin1String("gave no digest")) &&
                     deleteRefused.err.contains(QLatin1String("--allow-pull")),
                 qPrintable(deleteRefused.err));
        QCOMPARE(manifestGets(), 1);
        QVERIFY(std::none_of(peer.requests.cbegin(), peer.requests.cend(),
                             [](const RawRequest &r) { return r.method == "DELETE"; }));
    }

    // Commands that only read never create a profile: a fresh HOME stays empty.
    void aReadingCommandCreatesNoProfile()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QTemporaryDir home;
        for (const QString &verb : {QStringLiteral("digest"), QStringLiteral("tags"), QStringLiteral("inspect"),
                                    QStringLiteral("ratelimit")}) {
            const Run run = stewardctl({verb, at(QStringLiteral("cli/app:1.0"))}, {}, home.path());
            QVERIFY2(run.exitCode == 0, qPrintable(verb + QLatin1String(": ") + run.err));
        }
        QDirIterator files(home.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                           QDirIterator::Subdirectories);
        QStringList created;
        while (files.hasNext())
            created << files.next();
        QVERIFY2(created.isEmpty(), qPrintable(created.join(QLatin1Char(' '))));
    }

    void loginsComeFromTheDockerConfig()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        options.tls = true;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http(registry.sslConfiguration());
        SeedOptions seed;
        seed.authorization = registry.basicAuthorization();
        const SeededImage image =
            seedImage(http, registry.baseUrl(), QStringLiteral("private/app"), QStringLiteral("1"), "p\n", seed);
        QVERIFY(image.ok);
        const QString ref = registry.hostPort() + QStringLiteral("/private/app:1");

        const Run untrusted = stewardctl({QStringLiteral("digest"), ref});
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.err.contains(QLatin1String("--ca-file")), qPrintable(untrusted.err));

        const Run anonymous =
            stewardctl({QStringLiteral("--ca-file"), registry.caFile(), QStringLiteral("digest"), ref});
        QCOMPARE(anonymous.exitCode, 1);
        QVERIFY2(anonymous.err.contains(QLatin1String("log in")), qPrintable(anonymous.err));

        QTemporaryDir config;
        QFile file(config.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("auths"),
                             QJsonObject{{registry.hostPort(),
                                          QJsonObject{{QStringLiteral("auth"),
                                                       QString::fromLatin1(QByteArray("alice:s3cret").toBase64())}}}}}})
                .toJson());
        file.close();
        const Run loggedIn =
            stewardctl({QStringLiteral("--ca-file"), registry.caFile(), QStringLiteral("--docker-config"),
                        config.path(), QStringLiteral("digest"), ref});
        QVERIFY2(loggedIn.exitCode == 0, qPrintable(loggedIn.err));
        QCOMPARE(loggedIn.out.trimmed(), image.digest);

        const Run insecure =
            stewardctl({QStringLiteral("--insecure-registry"), registry.hostPort(), QStringLiteral("--docker-config"),
                        config.path(), QStringLiteral("digest"), ref});
        QVERIFY2(insecure.exitCode == 0, qPrintable(insecure.err));
        QCOMPARE(insecure.out.trimmed(), image.digest);
    }

    // A private registry's CA (and "insecure") kept in the profile by registry-settings serves every later command
    // without flags; a refused setting changes nothing, and --secure takes the exception back.
    void theProfilesRegistrySettingsTrustAPrivateCa()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.tls = true;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http(registry.sslConfiguration());
        const SeededImage image =
            seedImage(http, registry.baseUrl(), QStringLiteral("private/app"), QStringLiteral("1"), "c\n");
        QVERIFY(image.ok);
        const QString ref = registry.hostPort() + QStringLiteral("/private/app:1");
        QTemporaryDir profile;
        const QString host = registry.hostPort();
        auto ctl = [&profile](QStringList args) {
            return stewardctl(QStringList{QStringLiteral("--profile"), profile.path()} + args);
        };

        const Run untrusted = ctl({QStringLiteral("digest"), ref});
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.err.contains(QLatin1String("registry-settings")), qPrintable(untrusted.err));

        const Run trusted =
            ctl({QStringLiteral("registry-settings"), host, QStringLiteral("--trust-ca"), registry.caFile()});
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        const Run digest = ctl({QStringLiteral("digest"), ref});
        QVERIFY2(digest.exitCode == 0, qPrintable(digest.err));
        QCOMPARE(digest.out.trimmed(), image.digest);

        // A file that holds no certificate is refused, naming the field; what was kept stays.
        QTemporaryDir junk;
        QFile notPem(junk.filePath(QStringLiteral("ca.pem")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("not a certificate\n");
        notPem.close();
        const Run refused = ctl({QStringLiteral("registry-settings"), host, QStringLiteral("--trust-ca"),
                                 notPem.fileName(), QStringLiteral("--pull-limit"), QStringLiteral("7")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("CA certificate")) &&
                     refused.err.contains(QLatin1String("no PEM certificate")),
                 qPrintable(refused.err));
        const Run shown = ctl({QStringLiteral("--json"), QStringLiteral("registry-settings"), host});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject kept = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(kept.value(QStringLiteral("ca_file")).toString(), QFileInfo(registry.caFile()).absoluteFilePath());
        QVERIFY2(!kept.contains(QStringLiteral("pull_limit")), qPrintable(shown.out));

        // "insecure" instead of the CA also reaches it; --secure takes it back.
        QCOMPARE(ctl({QStringLiteral("registry-settings"), host, QStringLiteral("--no-trust-ca"),
                      QStringLiteral("--insecure")})
                     .exitCode,
                 0);
        const Run insecure = ctl({QStringLiteral("digest"), ref});
        QVERIFY2(insecure.exitCode == 0, qPrintable(insecure.err));
        QCOMPARE(insecure.out.trimmed(), image.digest);
        QCOMPARE(ctl({QStringLiteral("registry-settings"), host, QStringLiteral("--secure")}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("digest"), ref}).exitCode, 1);
    }

    void aProfileLoginFromTheKeychainIsUsedBeforeTheDockerConfig()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http;
        SeedOptions seed;
        seed.authorization = registry.basicAuthorization();
        const SeededImage image =
            seedImage(http, registry.baseUrl(), QStringLiteral("private/app"), QStringLiteral("1"), "k\n", seed);
        QVERIFY(image.ok);
        QTemporaryDir profile;
        const Run login =
            stewardctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("login"), registry.hostPort(),
                        QStringLiteral("--username"), options.username, QStringLiteral("--password-stdin")},
                       options.password.toUtf8());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", login.exitCode == 0, login.err);
        const auto profileFiles = [&] {
            QStringList files;
            QDirIterator it(profile.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next() + QLatin1Char(' ') + QString::number(QFileInfo(it.filePath()).size());
            files.sort();
            return files;
        };
        const QStringList before = profileFiles();
        const Run digest = stewardctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("digest"),
                                       registry.hostPort() + QStringLiteral("/private/app:1")});
        QVERIFY2(digest.exitCode == 0, qPrintable(digest.err));
        QCOMPARE(digest.out.trimmed(), image.digest);
        // Reading the login took no backup, lock file or migration: the profile is as it was.
        QCOMPARE(profileFiles(), before);
    }
};

QTEST_GUILESS_MAIN(TestRegistryCommands)
#include "tst_registrycommands.moc"

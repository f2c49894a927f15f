// DockerConfig: docker/podman login files, credential helpers run through their real protocol (a fake helper script
// on a private PATH), Docker Hub's key, and the candidates an import offers.
#include "AwaitFuture.h"
#include "registry/DockerConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::registry;
using steward::test::awaitResult;

namespace {

QByteArray basicAuth(const QByteArray &userColonPassword)
{
    return userColonPassword.toBase64();
}

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    if (executable)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// A credential helper following docker-credential-helpers' protocol: action in argv, server URL on stdin, JSON on
// stdout; not-found is the exact text on stdout with exit code 1. It knows the servers listed in its own table and
// appends every request to <dir>/<name>.log so the test can check what it was asked.
void writeHelper(const QString &binDir, const QString &name, const QStringList &knownServers)
{
    QByteArray cases;
    QByteArray listing = "{";
    for (const QString &server : knownServers) {
        cases += "  '" + server.toUtf8() + "') printf '{\"ServerURL\":\"%s\",\"Username\":\"user-" + name.toUtf8() +
                 "\",\"Secret\":\"secret-" + name.toUtf8() + "\"}' \"$url\" ;;\n";
        listing += (listing.size() > 1 ? "," : "") + QByteArray("\\\"") + server.toUtf8() + "\\\":\\\"user-" +
                   name.toUtf8() + "\\\"";
    }
    listing += "}";
    const QByteArray script = "#!/bin/sh\n"
                              "action=\"$1\"\n"
                              "if [ \"$action\" = list ]; then printf \"" +
                              listing +
                              "\"; exit 0; fi\n"
                              "url=$(cat)\n"
                              "echo \"$action $url\" >> \"$(dirname \"$0\")/" +
                              name.toUtf8() +
                              ".log\"\n"
                              "[ \"$action\" = get ] || { echo 'unsupported action'; exit 1; }\n"
                              "case \"$url\" in\n" +
                              cases +
                              "  broken.example) echo 'error getting credentials: the keyring is locked'; exit 1 ;;\n"
                              "  *) echo 'credentials not found in native keychain'; exit 1 ;;\n"
                              "esac\n";
    writeFile(binDir + QStringLiteral("/docker-credential-") + name, script, true);
}

} // namespace

class TestDockerConfig final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    QString bin() const { return m_dir.filePath(QStringLiteral("bin")); }

    Result<std::optional<Credential>> lookup(const QString &registry)
    {
        Result<DockerConfig> config = DockerConfig::load(m_env);
        if (!config)
            return fail(config.error());
        return awaitResult(config->credentialFor(registry));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(home());
        QDir().mkpath(bin());
        m_env = QProcessEnvironment();
        m_env.insert(QStringLiteral("HOME"), home());
        m_env.insert(QStringLiteral("PATH"), bin() + QStringLiteral(":/usr/bin:/bin")); // the helper script needs cat
    }

    void searchPathsFollowDockerThenContainersOrder()
    {
        m_env.insert(QStringLiteral("DOCKER_CONFIG"), QStringLiteral("/d"));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/u"));
        const QStringList paths = DockerConfig::searchPaths(m_env);
        QCOMPARE(paths, (QStringList{QStringLiteral("/d/config.json"), QStringLiteral("/run/u/containers/auth.json"),
                                     home() + QStringLiteral("/.config/containers/auth.json")}));
        QCOMPARE(DockerConfig::searchPaths(m_env, QStringLiteral("/explicit")),
                 QStringList{QStringLiteral("/explicit/config.json")});
    }

    void registryNamesAreNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("registry");
        QTest::newRow("docker hub's config key")
            << QStringLiteral("https://index.docker.io/v1/") << QStringLiteral("docker.io");
        QTest::newRow("docker hub's registry host")
            << QStringLiteral("registry-1.docker.io") << QStringLiteral("docker.io");
        QTest::newRow("a private registry with scheme, port and path")
            << QStringLiteral("https://Registry.Example:5000/v2/") << QStringLiteral("registry.example:5000");
        QTest::newRow("a bare host") << QStringLiteral("ghcr.io") << QStringLiteral("ghcr.io");
    }

    void registryNamesAreNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, registry);
        QCOMPARE(DockerConfig::normaliseRegistry(input), registry);
    }

    void authsEntriesAreDecoded_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("secret");
        QTest::newRow("user and password split at the first colon")
            << QByteArray("{\"auth\":\"" + basicAuth("alice:pa:ss") + "\"}") << QStringLiteral("alice")
            << QStringLiteral("pa:ss");
        QTest::newRow("NUL padding trimmed from the password")
            << QByteArray("{\"auth\":\"" + basicAuth(QByteArray("bob:hunter2\0\0", 13)) + "\"}")
            << QStringLiteral("bob") << QStringLiteral("hunter2");
        QTest::newRow("an identity token is used with the <token> user")
            << QByteArray("{\"auth\":\"" + basicAuth("carol:") + "\",\"identitytoken\":\"refresh-xyz\"}")
            << QStringLiteral("<token>") << QStringLiteral("refresh-xyz");
        QTest::newRow("separate username and password fields")
            << QByteArray("{\"username\":\"dave\",\"password\":\"pw\"}") << QStringLiteral("dave")
            << QStringLiteral("pw");
    }

    void authsEntriesAreDecoded()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, username);
        QFETCH(QString, secret);
        writeFile(home() + QStringLiteral("/.docker/config.json"),
                  "{\"auths\":{\"https://index.docker.io/v1/\":" + entry + "}}");
        const Result<std::optional<Credential>> found = lookup(QStringLiteral("docker.io"));
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QVERIFY(found->has_value());
        QCOMPARE((*found)->username, username);
        QCOMPARE((*found)->secret, secret);
    }

    void anUnknownRegistryHasNoLogin()
    {
        writeFile(home() + QStringLiteral("/.docker/config.json"),
                  "{\"auths\":{\"a.example\":{\"auth\":\"" + basicAuth("u:p") + "\"}}}");
        const Result<std::optional<Credential>> found = lookup(QStringLiteral("b.example"));
        QVERIFY(found);
        QVERIFY(!found->has_value());
    }

    void perHostHelpersWinOverTheDefaultStore()
    {
        writeHelper(bin(), QStringLiteral("perhost"), {QStringLiteral("registry.example:5000")});
        writeHelper(bin(), QStringLiteral("default"),
                    {QStringLiteral("https://index.docker.io/v1/"), QStringLiteral("registry.example:5000")});
        writeFile(home() + QStringLiteral("/.docker/config.json"),
                  "{\"credsStore\":\"default\",\"credHelpers\":{\"registry.example:5000\":\"perhost\"},"
                  "\"auths\":{\"https://index.docker.io/v1/\":{},\"registry.example:5000\":{}}}");

        Result<std::optional<Credential>> privateLogin = lookup(QStringLiteral("registry.example:5000"));
        QVERIFY2(privateLogin, qPrintable(privateLogin ? QString() : privateLogin.error().toString()));
        QVERIFY(privateLogin->has_value());
        QCOMPARE((*privateLogin)->username, QStringLiteral("user-perhost"));
        QCOMPARE((*privateLogin)->secret, QStringLiteral("secret-perhost"));

        Result<std::optional<Credential>> hubLogin = lookup(QStringLiteral("docker.io"));
        QVERIFY(hubLogin && hubLogin->has_value());
        QCOMPARE((*hubLogin)->username, QStringLiteral("user-default"));

        // The helper was asked with `get` and Docker Hub's server URL on stdin, as docker asks.
        QFile log(bin() + QStringLiteral("/default.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll().trimmed(), QByteArray("get https://index.docker.io/v1/"));
    }

    void aHelperThatDoesNotKnowTheServerMeansNoLogin()
    {
        writeHelper(bin(), QStringLiteral("empty"), {});
        writeFile(home() + QStringLiteral("/.docker/config.json"), "{\"credsStore\":\"empty\"}");
        const Result<std::optional<Credential>> found = lookup(QStringLiteral("nobody.example"));
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QVERIFY(!found->has_value());
    }

    void aFailingHelperIsReportedWithItsMessage()
    {
        writeHelper(bin(), QStringLiteral("locked"), {});
        writeFile(home() + QStringLiteral("/.docker/config.json"), "{\"credsStore\":\"locked\"}");
        const Result<std::optional<Credential>> found = lookup(QStringLiteral("broken.example"));
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(QLatin1String("the keyring is locked")),
                 qPrintable(found.error().message));
    }

    void aMissingHelperIsNamed()
    {
        writeFile(home() + QStringLiteral("/.docker/config.json"), "{\"credHelpers\":{\"ecr.example\":\"ecr-login\"}}");
        const Result<std::optional<Credential>> found = lookup(QStringLiteral("ecr.example"));
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(QLatin1String("docker-credential-ecr-login")),
                 qPrintable(found.error().message));
    }

    void theEnvironmentConfigComesBeforeFilesAndPodmansFileAfter()
    {
        m_env.insert(QStringLiteral("DOCKER_AUTH_CONFIG"),
                     QString::fromUtf8("{\"auths\":{\"env.example\":{\"auth\":\"" + basicAuth("env:from-env") +
                                       "\"},\"both.example\":{\"auth\":\"" + basicAuth("env:wins") + "\"}}}"));
        writeFile(home() + QStringLiteral("/.docker/config.json"),
                  "{\"auths\":{\"both.example\":{\"auth\":\"" + basicAuth("file:loses") + "\"}}}");
        writeFile(home() + QStringLiteral("/.config/containers/auth.json"),
                  "{\"auths\":{\"podman.example\":{\"auth\":\"" + basicAuth("pod:from-podman") + "\"}}}");

        QCOMPARE((*lookup(QStringLiteral("both.example")))->secret, QStringLiteral("wins"));
        QCOMPARE((*lookup(QStringLiteral("env.example")))->secret, QStringLiteral("from-env"));
        QCOMPARE((*lookup(QStringLiteral("podman.example")))->secret, QStringLiteral("from-podman"));
    }

    void aMalformedFileNamesTheFileAndLine()
    {
        writeFile(home() + QStringLiteral("/.docker/config.json"), "{\n  \"auths\": {\n    \"x\": oops\n  }\n}\n");
        const Result<DockerConfig> config = DockerConfig::load(m_env);
        QVERIFY(!config);
        QVERIFY2(config.error().message.contains(QLatin1String("config.json")), qPrintable(config.error().message));
        QVERIFY2(config.error().message.contains(QLatin1String("line 3")), qPrintable(config.error().message));
    }

    void candidatesListEveryLoginWithoutSecrets()
    {
        writeHelper(bin(), QStringLiteral("store"), {QStringLiteral("https://index.docker.io/v1/")});
        writeFile(home() + QStringLiteral("/.docker/config.json"),
                  "{\"credsStore\":\"store\",\"credHelpers\":{\"gcr.example\":\"gcloud\"},"
                  "\"auths\":{\"plain.example\":{\"auth\":\"" +
                      basicAuth("erin:pw") + "\"}}}");
        Result<DockerConfig> config = DockerConfig::load(m_env);
        QVERIFY(config);
        const Result<QList<DockerLoginCandidate>> candidates = awaitResult(config->candidates());
        QVERIFY(candidates);
        QHash<QString, DockerLoginCandidate> byRegistry;
        for (const DockerLoginCandidate &c : *candidates)
            byRegistry.insert(c.registry, c);
        QCOMPARE(byRegistry.size(), 3);
        QCOMPARE(byRegistry.value(QStringLiteral("plain.example")).username, QStringLiteral("erin"));
        QCOMPARE(byRegistry.value(QStringLiteral("gcr.example")).helper, QStringLiteral("gcloud"));
        QCOMPARE(byRegistry.value(QStringLiteral("docker.io")).username, QStringLiteral("user-store"));
    }
};

QTEST_GUILESS_MAIN(TestDockerConfig)
#include "tst_dockerconfig.moc"

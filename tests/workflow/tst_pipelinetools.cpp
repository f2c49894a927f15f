// The generated pipelines, checked by the CI engines' own tools (pinned in tests/ci-validators/package-lock.json and
// installed by scripts/setup): gitlab-ci-local validates .gitlab-ci.yml against GitLab's schema and runs its tagging
// job on the shell executor against a real registry with a login, whose tags skopeo then reads back;
// @actions/workflow-parser parses the GitHub workflow; npm-groovy-lint lints the Jenkinsfile; the Bitbucket file's
// structure is checked. No generated file holds the secret. Under scripts/test (STEWARD_REQUIRE_CI_TOOLS=1) a missing
// tool fails the test instead of skipping it.
#include "KasmTestServer.h"
#include "LeakScan.h"
#include "RegistryFixture.h"
#include "RegistryTestUtil.h"
#include "SeedImage.h"
#include "ServerThread.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "workflow/Pipeline.h"
#include "workflow/RepositoryFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;
using namespace steward::workflow;

Q_DECLARE_METATYPE(steward::store::DeployStrategy)

namespace {

const QString Validators = QStringLiteral(STEWARD_SOURCE_DIR "/tests/ci-validators");

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr, in order
};

Run run(const QString &program, const QStringList &args, const QString &cwd = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 300000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(cwd);
    process.start(program, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    const bool finished = process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart;
    // Without colour codes, so that the assertions read what a person sees.
    const QString output =
        QString::fromUtf8(process.readAll()).remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m")));
    return {finished ? process.exitCode() : -1, output + (finished ? QString() : process.errorString())};
}

// Why the validators cannot run here (node missing or older than 20, `npm ci` not run), or empty.
QString whyToolsMissing(const QString &tool)
{
    const Run node = run(QStringLiteral("node"), {QStringLiteral("--version")});
    if (node.exitCode != 0)
        return QStringLiteral("node (Node.js >= 20) is not on PATH");
    if (node.output.trimmed().mid(1).section(QLatin1Char('.'), 0, 0).toInt() < 20)
        return QStringLiteral("node is %1; the validators need Node.js >= 20").arg(node.output.trimmed());
    if (!QFileInfo::exists(Validators + QStringLiteral("/node_modules/") + tool))
        return QStringLiteral("%1 is not installed: run scripts/setup (npm ci in %2)").arg(tool, Validators);
    return {};
}

QString bin(const QString &name)
{
    return Validators + QStringLiteral("/node_modules/.bin/") + name;
}

store::ManagedImage managedImage(const QString &registry, bool login, store::DeployStrategy strategy)
{
    store::ManagedImage image;
    image.imageId = QStringLiteral("img-7");
    image.friendlyName = QStringLiteral("Chrome (custom)");
    image.repository = registry + QStringLiteral("/ci/chrome");
    image.loginRegistry = login ? registry : QString();
    image.uniquePattern = QStringLiteral("{version}-%Y%m%d-%H%M");
    image.movingTag = QStringLiteral("stable");
    image.strategy = strategy;
    return image;
}

// The same with a test group, so that a send-to-test step can be generated for it.
store::ManagedImage testedImage(bool login)
{
    store::ManagedImage image =
        managedImage(QStringLiteral("registry.example:5000"), login, store::DeployStrategy::Pin);
    image.testGroups = {{QStringLiteral("g-7"), QStringLiteral("Image Testers")}};
    return image;
}

// The engine's file for `image`, written under `root`; its path, or empty with a failure recorded.
QString writePipeline(const store::ManagedImage &image, PipelineEngine engine, const QString &root,
                      const PipelineOptions &options = {})
{
    const Result<QList<PipelineFile>> files = generatePipeline(image, engine, options);
    if (!files)
        return {};
    const Result<QStringList> written = writeRepositoryFiles(root, *files, false);
    return written ? written->first() : QString();
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QProcessEnvironment jobEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // stewardctl finds its login only where the job puts it: no profile, no docker config from the machine.
    env.insert(QStringLiteral("HOME"), home);
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "DOCKER_CONFIG",
                             "DOCKER_AUTH_CONFIG", "REGISTRY_AUTH_FILE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(STEWARDCTL_PATH)).absolutePath() + QLatin1Char(':') +
                                           env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    return env;
}

} // namespace

class TestPipelineTools final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;

private Q_SLOTS:
    void initTestCase()
    {
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        m_started = m_registry.start(options);
    }

    void gitlabFilesMeetGitLabsSchema_data()
    {
        QTest::addColumn<bool>("login");
        QTest::addColumn<store::DeployStrategy>("strategy");
        QTest::addColumn<bool>("sendToTest");
        QTest::newRow("with a login, pinning") << true << store::DeployStrategy::Pin << false;
        QTest::newRow("anonymous, moving the tag at deploy") << false << store::DeployStrategy::Move << false;
        QTest::newRow("with a login, sending to test") << true << store::DeployStrategy::Pin << true;
    }

    void gitlabFilesMeetGitLabsSchema()
    {
        QFETCH(bool, login);
        QFETCH(store::DeployStrategy, strategy);
        QFETCH(bool, sendToTest);
        const QString missing = whyToolsMissing(QStringLiteral("gitlab-ci-local"));
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_CI_TOOLS", missing.isEmpty(), missing);
        QTemporaryDir repo;
        store::ManagedImage image = managedImage(QStringLiteral("registry.example:5000"), login, strategy);
        image.testGroups = {{QStringLiteral("g-7"), QStringLiteral("Image Testers")}};
        QVERIFY(!writePipeline(image, PipelineEngine::GitLab, repo.path(), PipelineOptions{sendToTest}).isEmpty());
        QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")}, repo.path()).exitCode, 0);
        // Lists every job, so the rules need not match; the schema check runs first and fails the command.
        const Run listed = run(bin(QStringLiteral("gitlab-ci-local")),
                               {QStringLiteral("--list-all"), QStringLiteral("--json-schema-validation")}, repo.path(),
                               jobEnvironment(repo.path()));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.output));
        QVERIFY2(listed.output.contains(QLatin1String("json schema validated")), qPrintable(listed.output));
        QVERIFY2(listed.output.contains(QLatin1String("imagesteward-build")), qPrintable(listed.output));
        QVERIFY2(listed.output.contains(QLatin1String("imagesteward-tag")), qPrintable(listed.output));
    }

    void gitlabSchemaCheckCatchesAnUnknownKey()
    {
        // The control for the test above: the same tool and options refuse a job key GitLab does not know.
        const QString missing = whyToolsMissing(QStringLiteral("gitlab-ci-local"));
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_CI_TOOLS", missing.isEmpty(), missing);
        QTemporaryDir repo;
        const QString path =
            writePipeline(managedImage(QStringLiteral("registry.example:5000"), true, store::DeployStrategy::Pin),
                          PipelineEngine::GitLab, repo.path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("  retries: 2\n");
        file.close();
        QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")}, repo.path()).exitCode, 0);
        const Run listed = run(bin(QStringLiteral("gitlab-ci-local")),
                               {QStringLiteral("--list-all"), QStringLiteral("--json-schema-validation")}, repo.path(),
                               jobEnvironment(repo.path()));
        QVERIFY2(listed.exitCode != 0, qPrintable(listed.output));
        QVERIFY2(listed.output.contains(QLatin1String("'retries' property is not expected")),
                 qPrintable(listed.output));
    }

    void gitlabTagJobTagsTheBuildInTheRegistryWithTheLoginFromCiVariables()
    {
        const QString missing = whyToolsMissing(QStringLiteral("gitlab-ci-local"));
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_CI_TOOLS", missing.isEmpty(), missing);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        // What the build job would have pushed for pipeline 4242.
        SeedOptions seed;
        seed.authorization = m_registry.basicAuthorization();
        seed.created = QDateTime(QDate(2026, 12, 3), QTime(4, 12), Qt::UTC);
        seed.labels.insert(QStringLiteral("org.opencontainers.image.version"), QStringLiteral("2.1.0"));
        SyncHttp http;
        const SeededImage build = seedImage(http, m_registry.baseUrl(), QStringLiteral("ci/chrome"),
                                            QStringLiteral("ci-4242"), "gitlab build\n", seed);
        QVERIFY2(build.ok, qPrintable(build.error));

        QTemporaryDir scratch;
        const QString repo = scratch.filePath(QStringLiteral("repo"));
        const QString path = writePipeline(managedImage(m_registry.hostPort(), true, store::DeployStrategy::Pin),
                                           PipelineEngine::GitLab, repo);
        QVERIFY(!path.isEmpty());
        const QByteArray file = contentOf(path);
        QVERIFY2(!file.contains(m_registry.options().password.toUtf8()), file.constData());
        QVERIFY2(!file.contains(m_registry.options().username.toUtf8()), file.constData());
        QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")}, repo).exitCode, 0);

        // The CI/CD variables, as GitLab would hold them: outside the repository.
        QFile variables(scratch.filePath(QStringLiteral("ci-variables.yml")));
        QVERIFY(variables.open(QIODevice::WriteOnly));
        variables.write("STEWARD_REGISTRY_USER: " + m_registry.options().username.toUtf8() +
                        "\nSTEWARD_REGISTRY_PASSWORD: " + m_registry.options().password.toUtf8() + "\n");
        variables.close();

        m_registry.clearLogs();
        const Run job = run(bin(QStringLiteral("gitlab-ci-local")),
                            {QStringLiteral("imagesteward-tag"), QStringLiteral("--force-shell-executor"),
                             QStringLiteral("--json-schema-validation"), QStringLiteral("--variables-file"),
                             QStringLiteral("../ci-variables.yml"), QStringLiteral("--variable"),
                             QStringLiteral("CI_PIPELINE_SOURCE=schedule"), QStringLiteral("--variable"),
                             QStringLiteral("CI_PIPELINE_ID=4242"), QStringLiteral("--ignore-predefined-vars"),
                             QStringLiteral("CI_PIPELINE_SOURCE,CI_PIPELINE_ID")},
                            repo, jobEnvironment(scratch.path()));
        QVERIFY2(job.exitCode == 0, qPrintable(job.output));
        QVERIFY2(job.output.contains(QLatin1String("PASS  imagesteward-tag")), qPrintable(job.output));
        QVERIFY2(!job.output.contains(m_registry.options().password), qPrintable(job.output));

        // The tags, read back with a second client; the registry refuses anonymous writes, so the login worked.
        QCOMPARE(skopeoInspect(m_registry, QStringLiteral("ci/chrome:2.1.0-20261203-0412"))
                     .value(QStringLiteral("Digest"))
                     .toString(),
                 build.digest);
        QCOMPARE(
            skopeoInspect(m_registry, QStringLiteral("ci/chrome:stable")).value(QStringLiteral("Digest")).toString(),
            build.digest);
        int puts = 0;
        for (const AccessLogEntry &entry : m_registry.accessLog())
            puts += entry.method == QLatin1String("PUT") && entry.status == 201;
        QCOMPARE(puts, 2);
    }

    void gitlabTagJobSendsTheBuildToTestWithKasmFromCiVariables()
    {
        const QString missing = whyToolsMissing(QStringLiteral("gitlab-ci-local"));
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_CI_TOOLS", missing.isEmpty(), missing);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        // The Kasm server on a thread of its own: the test blocks while gitlab-ci-local runs.
        ServerThread thread(QStringLiteral("KasmTestServer"));
        KasmTestServer *server = nullptr;
        bool listening = false;
        const QByteArray kasmSecret = "kasm-ci-secret-93be0d";
        QString imageId;
        QString testers;
        thread.run([&] {
            server = new KasmTestServer(thread.context());
            listening = server->start();
            server->addKey(QStringLiteral("ci-key"), {QString::fromLatin1(kasmSecret)});
            imageId = server->addImage(
                {{QStringLiteral("friendly_name"), QStringLiteral("Chrome (custom)")},
                 {QStringLiteral("name"), QString(m_registry.hostPort() + QStringLiteral("/ci/chrome:prod"))},
                 {QStringLiteral("docker_registry"), m_registry.baseUrl().toString()}});
            testers = server->groupId(QStringLiteral("Image Testers"));
        });
        QVERIFY(listening && !testers.isEmpty());
        store::ManagedImage image = managedImage(m_registry.hostPort(), true, store::DeployStrategy::Pin);
        image.imageId = imageId;
        image.testGroups = {{testers, QStringLiteral("Image Testers")}};

        QTemporaryDir scratch;
        const QString repo = scratch.filePath(QStringLiteral("repo"));
        QVERIFY(!writePipeline(image, PipelineEngine::GitLab, repo, PipelineOptions{.sendToTest = true}).isEmpty());
        QCOMPARE(run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")}, repo).exitCode, 0);
        QFile variables(scratch.filePath(QStringLiteral("ci-variables.yml")));
        QVERIFY(variables.open(QIODevice::WriteOnly));
        variables.write("STEWARD_REGISTRY_USER: " + m_registry.options().username.toUtf8() +
                        "\nSTEWARD_REGISTRY_PASSWORD: " + m_registry.options().password.toUtf8() +
                        "\nSTEWARD_KASM_URL: " + server->url().toString().toUtf8() +
                        "\nSTEWARD_KASM_API_KEY: ci-key\nSTEWARD_KASM_API_SECRET: " + kasmSecret + "\n");
        variables.close();
        QProcessEnvironment env = jobEnvironment(scratch.path());
        QVERIFY(QDir(scratch.path()).mkpath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("TMPDIR"), scratch.filePath(QStringLiteral("tmp"))); // the job's profile, scanned
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));                        // no keychain on a runner

        // Two scheduled runs: the second updates the twin the first made (its fresh profile adopts it).
        QString twinId;
        for (const auto &[pipelineId, minute] : {std::pair{4343, 12}, std::pair{4344, 14}}) {
            SeedOptions seed;
            seed.authorization = m_registry.basicAuthorization();
            seed.created = QDateTime(QDate(2026, 12, 4), QTime(4, minute), Qt::UTC);
            seed.labels.insert(QStringLiteral("org.opencontainers.image.version"), QStringLiteral("2.2.0"));
            SyncHttp http;
            const SeededImage build = seedImage(http, m_registry.baseUrl(), QStringLiteral("ci/chrome"),
                                                QStringLiteral("ci-%1").arg(pipelineId),
                                                QByteArray("send build ") + QByteArray::number(minute), seed);
            QVERIFY2(build.ok, qPrintable(build.error));
            const Run job =
                run(bin(QStringLiteral("gitlab-ci-local")),
                    {QStringLiteral("imagesteward-tag"), QStringLiteral("--force-shell-executor"),
                     QStringLiteral("--json-schema-validation"), QStringLiteral("--variables-file"),
                     QStringLiteral("../ci-variables.yml"), QStringLiteral("--variable"),
                     QStringLiteral("CI_PIPELINE_SOURCE=schedule"), QStringLiteral("--variable"),
                     QStringLiteral("CI_PIPELINE_ID=%1").arg(pipelineId), QStringLiteral("--ignore-predefined-vars"),
                     QStringLiteral("CI_PIPELINE_SOURCE,CI_PIPELINE_ID")},
                    repo, env);
            QVERIFY2(job.exitCode == 0, qPrintable(job.output));
            QVERIFY2(job.output.contains(QLatin1String("PASS  imagesteward-tag")), qPrintable(job.output));
            for (const QByteArray &needle : leakNeedles(kasmSecret, "ci-key"))
                QVERIFY2(!job.output.toUtf8().contains(needle), qPrintable(job.output));

            const QString unique = QStringLiteral("2.2.0-20261204-04%1").arg(minute);
            QList<QJsonObject> twins;
            QStringList testerImages;
            thread.run([&] {
                for (const QJsonObject &o : server->images()) {
                    if (o.value(QStringLiteral("friendly_name")).toString() == QLatin1String("Chrome (custom) (test)"))
                        twins << o;
                }
                testerImages = server->groupImageIds(testers);
            });
            QCOMPARE(twins.size(), 1);
            QCOMPARE(twins.first().value(QStringLiteral("name")).toString(),
                     m_registry.hostPort() + QStringLiteral("/ci/chrome:") + unique);
            const QString id = twins.first().value(QStringLiteral("image_id")).toString();
            QVERIFY(twinId.isEmpty() || twinId == id);
            twinId = id;
            QVERIFY(testerImages.contains(id));
            QCOMPARE(skopeoInspect(m_registry, QStringLiteral("ci/chrome:") + unique)
                         .value(QStringLiteral("Digest"))
                         .toString(),
                     build.digest);
        }
        // Not in the repository (with gitlab-ci-local's job logs) nor the job's profile and temporary files.
        for (const QString &root : {repo, scratch.filePath(QStringLiteral("tmp"))}) {
            const LeakScan scan = scanForLeaks(root, leakNeedles(kasmSecret, "ci-key"));
            QVERIFY(scan.scanned > 0);
            QVERIFY2(scan.leakedInto.isEmpty(), qPrintable(scan.leakedInto));
        }
    }

    void githubWorkflowParses_data()
    {
        QTest::addColumn<bool>("login");
        QTest::addColumn<bool>("sendToTest");
        QTest::newRow("with a login from repository secrets") << true << false;
        QTest::newRow("anonymous") << false << false;
        QTest::newRow("sending to test with Kasm from repository secrets") << true << true;
    }

    void githubWorkflowParses()
    {
        QFETCH(bool, login);
        QFETCH(bool, sendToTest);
        const QString missing = whyToolsMissing(QStringLiteral("@actions/workflow-parser"));
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_CI_TOOLS", missing.isEmpty(), missing);
        QTemporaryDir repo;
        const QString path =
            writePipeline(testedImage(login), PipelineEngine::GitHub, repo.path(), PipelineOptions{sendToTest});
        const Run parsed =
            run(QStringLiteral("node"), {Validators + QStringLiteral("/check-github-workflow.mjs"), path});
        QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.output));
        QVERIFY2(parsed.output.contains(QLatin1String("1 job(s), events: schedule, workflow_dispatch")),
                 qPrintable(parsed.output));
        QCOMPARE(contentOf(path).contains("secrets.STEWARD_KASM_API_SECRET"), sendToTest);
    }

    void githubParserCatchesAnUnknownContext()
    {
        const QString missing = whyToolsMissing(QStringLiteral("@actions/workflow-parser"));
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_CI_TOOLS", missing.isEmpty(), missing);
        QTemporaryDir repo;
        const QString path =
            writePipeline(managedImage(QStringLiteral("registry.example:5000"), true, store::DeployStrategy::Pin),
                          PipelineEngine::GitHub, repo.path());
        QByteArray text = contentOf(path);
        QVERIFY(text.contains("secrets."));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.replace("secrets.", "secret."));
        file.close();
        const Run parsed =
            run(QStringLiteral("node"), {Validators + QStringLiteral("/check-github-workflow.mjs"), path});
        QCOMPARE(parsed.exitCode, 1);
        QVERIFY2(parsed.output.contains(QLatin1String("Unrecognized named-value: 'secret'")),
                 qPrintable(parsed.output));
    }

    void jenkinsfilesPassGroovyLint()
    {
        const QString missing = whyToolsMissing(QStringLiteral("npm-groovy-lint"));
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_CI_TOOLS", missing.isEmpty(), missing);
        const bool java = run(QStringLiteral("java"), {QStringLiteral("-version")}).exitCode == 0;
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_CI_TOOLS", java,
                                QStringLiteral("java is not on PATH (Debian package default-jre-headless)"));
        QTemporaryDir repos;
        const QString withLogin =
            writePipeline(managedImage(QStringLiteral("registry.example:5000"), true, store::DeployStrategy::Pin),
                          PipelineEngine::Jenkins, repos.filePath(QStringLiteral("login")));
        const QString anonymous =
            writePipeline(managedImage(QStringLiteral("registry.example:5000"), false, store::DeployStrategy::Move),
                          PipelineEngine::Jenkins, repos.filePath(QStringLiteral("anonymous")));
        const QString sending = writePipeline(testedImage(true), PipelineEngine::Jenkins,
                                              repos.filePath(QStringLiteral("sending")), PipelineOptions{true});
        QVERIFY(contentOf(sending).contains("credentialsId: 'imagesteward-kasm'"));
        // One run for both files: each start of CodeNarc's JVM takes many seconds. Any finding fails it, down to info.
        const Run lint =
            run(bin(QStringLiteral("npm-groovy-lint")),
                {QStringLiteral("--noserver"), QStringLiteral("--config"), QStringLiteral("recommended-jenkinsfile"),
                 QStringLiteral("--failon"), QStringLiteral("info"), QStringLiteral("--output"), QStringLiteral("txt"),
                 withLogin, anonymous, sending},
                repos.path());
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));
        QVERIFY2(lint.output.contains(QLatin1String("results in 3 linted files")), qPrintable(lint.output));
    }

    void bitbucketFileHasTheStructurePipelinesNeeds_data()
    {
        QTest::addColumn<bool>("login");
        QTest::addColumn<bool>("sendToTest");
        QTest::newRow("with a login from repository variables") << true << false;
        QTest::newRow("anonymous") << false << false;
        QTest::newRow("sending to test with Kasm from repository variables") << true << true;
    }

    void bitbucketFileHasTheStructurePipelinesNeeds()
    {
        QFETCH(bool, login);
        QFETCH(bool, sendToTest);
        const QString missing = whyToolsMissing(QStringLiteral("yaml"));
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_CI_TOOLS", missing.isEmpty(), missing);
        QTemporaryDir repo;
        const QString path =
            writePipeline(testedImage(login), PipelineEngine::Bitbucket, repo.path(), PipelineOptions{sendToTest});
        const Run checked =
            run(QStringLiteral("node"), {Validators + QStringLiteral("/check-bitbucket-pipelines.mjs"), path});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.output));
        QVERIFY2(checked.output.contains(QLatin1String(": custom")), qPrintable(checked.output));
    }
};

QTEST_GUILESS_MAIN(TestPipelineTools)
#include "tst_pipelinetools.moc"

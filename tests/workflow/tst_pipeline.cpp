// Generated CI pipelines: per engine and strategy, the right file, the repository and tag convention passed to
// stewardctl push-tags, the moving tag left alone under the move strategy (moving it is the deploy), and the login
// taken from the engine's secret variables by name.
#include "workflow/Pipeline.h"

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
        QTest::newRow("gitlab reads CI/CD variables") << PipelineEngine::GitLab << QStringLiteral(".gitlab-ci.yml")
                                                      << QStringLiteral("$STEWARD_REGISTRY_PASSWORD");
        QTest::newRow("github reads repository secrets")
            << PipelineEngine::GitHub << QStringLiteral(".github/workflows/imagesteward-chrome.yml")
            << QStringLiteral("${{ secrets.STEWARD_REGISTRY_PASSWORD }}");
        QTest::newRow("jenkins binds a credential") << PipelineEngine::Jenkins << QStringLiteral("Jenkinsfile")
                                                    << QStringLiteral("credentialsId: 'imagesteward-registry'");
        QTest::newRow("bitbucket reads repository variables")
            << PipelineEngine::Bitbucket << QStringLiteral("bitbucket-pipelines.yml")
            << QStringLiteral("$STEWARD_REGISTRY_PASSWORD");
    }

    void writesTheEnginesFile()
    {
        QFETCH(PipelineEngine, engine);
        QFETCH(QString, path);
        QFETCH(QString, secretReference);
        const Result<QList<PipelineFile>> pin = generatePipeline(chrome(store::DeployStrategy::Pin, true), engine);
        QVERIFY(pin);
        QCOMPARE(pin->size(), 1);
        QCOMPARE(pin->first().path, path);
        const QString text = QString::fromUtf8(pin->first().content);
        QVERIFY2(text.contains(secretReference), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("docker login registry.example:5000")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("--password-stdin")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("docker push \"registry.example:5000/team/chrome:ci-")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("stewardctl push-tags \"registry.example:5000/team/chrome:ci-")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("{version}-%Y%m%d-%H%M")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("--moving")), qPrintable(text));

        const Result<QList<PipelineFile>> move = generatePipeline(chrome(store::DeployStrategy::Move, true), engine);
        const QString moving = QString::fromUtf8(move->first().content);
        QVERIFY2(moving.contains(QLatin1String("--no-moving")), qPrintable(moving));
        QVERIFY2(!moving.contains(QLatin1String("--moving")), qPrintable(moving));

        const Result<QList<PipelineFile>> anonymous =
            generatePipeline(chrome(store::DeployStrategy::Pin, false), engine);
        const QString open = QString::fromUtf8(anonymous->first().content);
        QVERIFY2(!open.contains(QLatin1String("docker login")), qPrintable(open));
        QVERIFY2(!open.contains(QLatin1String("STEWARD_REGISTRY_PASSWORD")), qPrintable(open));
    }

    void engineNames()
    {
        QCOMPARE(pipelineEngineFromName(QStringLiteral("github")), PipelineEngine::GitHub);
        QVERIFY(!pipelineEngineFromName(QStringLiteral("travis")));
    }
};

QTEST_APPLESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"

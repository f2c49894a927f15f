// stewardctl manage and managed as a script sees them, on a profile's simulated deployment: the image and the group
// resolved by name, the defaults shown, a re-manage that changes one option, and refusals that store nothing. Then
// pipeline: secrets named, never written; the starter Dockerfile written once and replaced only with --force.
#include "ServiceRequirement.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run stewardctl(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(STEWARDCTL_PATH), args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestWorkflowCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;

    QStringList in(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--profile"), m_profile.path()} + args;
    }

    QJsonArray managed() const
    {
        const Run run = stewardctl(in({QStringLiteral("managed"), QStringLiteral("--json")}));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private Q_SLOTS:
    void refusalsStoreNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString repo = QStringLiteral("127.0.0.1:5055/kasm-demo/chrome");
        QTest::newRow("an unknown image")
            << QStringList{QStringLiteral("Edge"), QStringLiteral("--repository"), repo, QStringLiteral("--test-group"),
                           QStringLiteral("Image Testers")}
            << 1 << QStringLiteral("No image \"Edge\"");
        QTest::newRow("an unknown group")
            << QStringList{QStringLiteral("Chrome"), QStringLiteral("--repository"), repo,
                           QStringLiteral("--test-group"), QStringLiteral("Nobody")}
            << 1 << QStringLiteral("the groups are: All Users, Engineering, Image Testers");
        QTest::newRow("an unknown strategy") << QStringList{QStringLiteral("Chrome"),
                                                            QStringLiteral("--repository"),
                                                            repo,
                                                            QStringLiteral("--test-group"),
                                                            QStringLiteral("Image Testers"),
                                                            QStringLiteral("--strategy"),
                                                            QStringLiteral("yolo")}
                                             << 2 << QStringLiteral("pin or move");
        QTest::newRow("no test group") << QStringList{QStringLiteral("Chrome"), QStringLiteral("--repository"), repo}
                                       << 2 << QStringLiteral("--test-group");
    }

    void refusalsStoreNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run run = stewardctl(in(QStringList{QStringLiteral("manage")} + args));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(managed().isEmpty());
    }

    void manageThenListThenChangeTheStrategy()
    {
        const Run run =
            stewardctl(in({QStringLiteral("manage"), QStringLiteral("Chrome"), QStringLiteral("--repository"),
                           QStringLiteral("127.0.0.1:5055/kasm-demo/chrome"), QStringLiteral("--test-group"),
                           QStringLiteral("Image Testers")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("Now managing \"Chrome\"")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("%Y%m%d-%H%M (unique, UTC), latest (moving)")), qPrintable(run.out));
        QJsonArray list = managed();
        QCOMPARE(list.size(), 1);
        QJsonObject image = list.first().toObject();
        QCOMPARE(image.value(QStringLiteral("friendly_name")).toString(), QStringLiteral("Chrome"));
        QCOMPARE(image.value(QStringLiteral("repository")).toString(),
                 QStringLiteral("127.0.0.1:5055/kasm-demo/chrome"));
        QCOMPARE(image.value(QStringLiteral("strategy")).toString(), QStringLiteral("pin"));
        QCOMPARE(image.value(QStringLiteral("test_groups")).toArray().first().toObject().value(QStringLiteral("name")),
                 QStringLiteral("Image Testers"));

        const Run again =
            stewardctl(in({QStringLiteral("manage"), image.value(QStringLiteral("image_id")).toString(),
                           QStringLiteral("--repository"), QStringLiteral("127.0.0.1:5055/kasm-demo/chrome"),
                           QStringLiteral("--test-group"), QStringLiteral("Engineering"), QStringLiteral("--strategy"),
                           QStringLiteral("move"), QStringLiteral("--moving"), QStringLiteral("stable")}));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.startsWith(QLatin1String("Updated \"Chrome\"")), qPrintable(again.out));
        list = managed();
        QCOMPARE(list.size(), 1);
        image = list.first().toObject();
        QCOMPARE(image.value(QStringLiteral("strategy")).toString(), QStringLiteral("move"));
        QCOMPARE(image.value(QStringLiteral("moving_tag")).toString(), QStringLiteral("stable"));
        QCOMPARE(image.value(QStringLiteral("test_groups")).toArray().size(), 1);

        const Run table = stewardctl(in({QStringLiteral("managed")}));
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith(QLatin1String("IMAGE ID")), qPrintable(table.out));
        QVERIFY(table.out.contains(QLatin1String("Engineering")));
    }

    void pipelinesNameTheSecretVariablesAndHoldNoSecret()
    {
        QTemporaryDir profile;
        const QString secret = QStringLiteral("pw-7f3c-DO-NOT-LEAK");
        const QStringList at{QStringLiteral("--profile"), profile.path()};
        const Run login = stewardctl(at + QStringList{QStringLiteral("login"), QStringLiteral("127.0.0.1:5055"),
                                                      QStringLiteral("--username"), QStringLiteral("ci-bot"),
                                                      QStringLiteral("--password-stdin")},
                                     secret.toUtf8() + "\n");
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", login.exitCode == 0, login.err);
        const Run manage = stewardctl(at + QStringList{QStringLiteral("manage"), QStringLiteral("Chrome"),
                                                       QStringLiteral("--repository"),
                                                       QStringLiteral("127.0.0.1:5055/kasm-demo/chrome"),
                                                       QStringLiteral("--test-group"), QStringLiteral("Image Testers"),
                                                       QStringLiteral("--login"), QStringLiteral("127.0.0.1:5055")});
        QVERIFY2(manage.exitCode == 0, qPrintable(manage.err));
        QVERIFY2(manage.out.contains(QLatin1String("login:       127.0.0.1:5055")), qPrintable(manage.out));
        for (const char *engine : {"gitlab", "github", "jenkins", "bitbucket"}) {
            QTemporaryDir out;
            const Run run = stewardctl(at + QStringList{QStringLiteral("--json"), QStringLiteral("pipeline"),
                                                        QStringLiteral("Chrome"), QStringLiteral("--engine"),
                                                        QLatin1String(engine), QStringLiteral("--out"), out.path()});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
            QCOMPARE(
                json.value(QStringLiteral("secretVariables")).toArray(),
                (QJsonArray{QStringLiteral("STEWARD_REGISTRY_USER"), QStringLiteral("STEWARD_REGISTRY_PASSWORD")}));
            int files = 0;
            QDirIterator it(out.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                ++files;
                QVERIFY2(!content.contains(secret.toUtf8()), engine);
                QVERIFY2(!content.contains("ci-bot"), engine); // even the user comes from the engine's variables
                QVERIFY2(content.contains("STEWARD_REGISTRY_PASSWORD"), engine);
                QVERIFY2(content.contains("stewardctl push-tags \""), engine);
                QVERIFY2(content.contains("\"127.0.0.1:5055/kasm-demo/chrome:ci-"), engine);
            }
            QCOMPARE(files, 1);
        }
        const Run unknown =
            stewardctl(at + QStringList{QStringLiteral("pipeline"), QStringLiteral("Edge"), QStringLiteral("--engine"),
                                        QStringLiteral("gitlab"), QStringLiteral("--out"), profile.path()});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("not a managed image")), qPrintable(unknown.err));
    }

    void pipelineWritesAStarterDockerfileAndKeepsTheAdminsOne()
    {
        const Run manage = stewardctl(in({QStringLiteral("manage"), QStringLiteral("Chrome"),
                                          QStringLiteral("--repository"), QStringLiteral("127.0.0.1:5055/kasm/chrome"),
                                          QStringLiteral("--test-group"), QStringLiteral("Image Testers")}));
        QVERIFY2(manage.exitCode == 0, qPrintable(manage.err));
        QTemporaryDir out;
        const QString dockerfile = out.filePath(QStringLiteral("Dockerfile"));
        const auto pipeline = [&](const QStringList &extra) {
            return stewardctl(
                in(QStringList{QStringLiteral("pipeline"), QStringLiteral("Chrome"), QStringLiteral("--engine"),
                               QStringLiteral("gitlab"), QStringLiteral("--out"), out.path()} +
                   extra));
        };
        const auto from = [&] {
            QFile file(dockerfile);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                        .section(QLatin1String("\nFROM "), 1)
                                                        .section(QLatin1Char('\n'), 0, 0)
                                                  : QString();
        };

        const Run first = pipeline({QStringLiteral("--dockerfile")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("wrote ") + dockerfile), qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("wrote ") + out.filePath(QStringLiteral(".gitlab-ci.yml"))),
                 qPrintable(first.out));
        QCOMPARE(from(), QStringLiteral("kasmweb/core-ubuntu-jammy:1.16.0"));

        const Run again = pipeline({QStringLiteral("--dockerfile"), QStringLiteral("--base"),
                                    QStringLiteral("kasmweb/core-ubuntu-noble:1.17.0")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(dockerfile + QStringLiteral(" already exists")), qPrintable(again.err));
        QVERIFY2(again.err.contains(QLatin1String("--force replaces it")), qPrintable(again.err));
        QCOMPARE(from(), QStringLiteral("kasmweb/core-ubuntu-jammy:1.16.0"));

        const Run forced = pipeline({QStringLiteral("--dockerfile"), QStringLiteral("--base"),
                                     QStringLiteral("kasmweb/core-ubuntu-noble:1.17.0"), QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(from(), QStringLiteral("kasmweb/core-ubuntu-noble:1.17.0"));

        // Without --dockerfile the pipeline is rewritten and the Dockerfile left alone.
        const Run pipelineOnly = pipeline({});
        QVERIFY2(pipelineOnly.exitCode == 0, qPrintable(pipelineOnly.err));
        QVERIFY2(!pipelineOnly.out.contains(QLatin1String("Dockerfile")), qPrintable(pipelineOnly.out));
        QCOMPARE(from(), QStringLiteral("kasmweb/core-ubuntu-noble:1.17.0"));

        const Run unpinned = pipeline({QStringLiteral("--dockerfile"), QStringLiteral("--force"),
                                       QStringLiteral("--base"), QStringLiteral("kasmweb/core-ubuntu-noble")});
        QCOMPARE(unpinned.exitCode, 1);
        QVERIFY2(unpinned.err.contains(QLatin1String("with a tag or digest")), qPrintable(unpinned.err));
        const Run stray = pipeline({QStringLiteral("--base"), QStringLiteral("kasmweb/core-ubuntu-noble:1.17.0")});
        QCOMPARE(stray.exitCode, 2);
        QVERIFY2(stray.err.contains(QLatin1String("--dockerfile")), qPrintable(stray.err));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCommands)
#include "tst_workflowcommands.moc"

// stewardctl kasm ... as a script sees it: the simulated deployment of a profile, and a connected Kasm server
// (the test server, in this process; stewardctl runs as a child so the server keeps answering).
#include "KasmTestServer.h"
#include "ServiceRequirement.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run stewardctl(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(STEWARDCTL_PATH), args);
    process.write(stdinData);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning && !finished.wait(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray jsonArray(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject byFriendlyName(const QJsonArray &images, const QString &name)
{
    for (const QJsonValue &image : images) {
        if (image.toObject().value(QStringLiteral("friendly_name")).toString() == name)
            return image.toObject();
    }
    return {};
}

} // namespace

class TestKasmCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;

    QStringList kasm(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--json"),
                           QStringLiteral("kasm")} +
               args;
    }

private Q_SLOTS:
    void theSimulatedDeploymentIsTheDefault()
    {
        const Run images = stewardctl(kasm({QStringLiteral("images")}));
        QVERIFY2(images.exitCode == 0, qPrintable(images.err));
        QCOMPARE(jsonArray(images).size(), 5);
        const QJsonObject chrome = byFriendlyName(jsonArray(images), QStringLiteral("Chrome"));
        QCOMPARE(chrome.value(QStringLiteral("name")).toString(),
                 QStringLiteral("127.0.0.1:5055/kasm-demo/chrome:20261115-0400"));
        QCOMPARE(chrome.value(QStringLiteral("groups")).toArray().first().toString(), QStringLiteral("All Users"));

        const Run agents = stewardctl(kasm({QStringLiteral("agents")}));
        QCOMPARE(agents.exitCode, 0);
        QCOMPARE(jsonArray(agents).size(), 12);
        const Run groups = stewardctl(kasm({QStringLiteral("groups")}));
        QCOMPARE(groups.exitCode, 0);
        QCOMPARE(jsonArray(groups).size(), 3);

        const Run table = stewardctl(
            {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("kasm"), QStringLiteral("agents")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QLatin1String("agent-west-06")));
        QVERIFY(table.out.contains(QLatin1String("198.51.100.20")));
    }

    void registerPutsTheImageInExactlyTheGivenGroups()
    {
        const Run registered =
            stewardctl(kasm({QStringLiteral("register"), QStringLiteral("127.0.0.1:5055/kasm-demo/office:latest"),
                             QStringLiteral("--friendly-name"), QStringLiteral("Office (candidate)"),
                             QStringLiteral("--group"), QStringLiteral("Image Testers")}));
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
        const QJsonObject office = byFriendlyName(jsonArray(stewardctl(kasm({QStringLiteral("images")}))),
                                                  QStringLiteral("Office (candidate)"));
        QCOMPARE(office.value(QStringLiteral("groups")).toArray(), QJsonArray{QStringLiteral("Image Testers")});
        QCOMPARE(office.value(QStringLiteral("docker_registry")).toString(), QStringLiteral("http://127.0.0.1:5055"));
    }

    void registerWithAnUnknownGroupRegistersNothing()
    {
        const int before = jsonArray(stewardctl(kasm({QStringLiteral("images")}))).size();
        const Run registered = stewardctl(
            kasm({QStringLiteral("register"), QStringLiteral("r.example/x:1"), QStringLiteral("--friendly-name"),
                  QStringLiteral("X"), QStringLiteral("--group"), QStringLiteral("Nobody")}));
        QCOMPARE(registered.exitCode, 1);
        QVERIFY2(registered.err.contains(QLatin1String("No group \"Nobody\"")), qPrintable(registered.err));
        QCOMPARE(jsonArray(stewardctl(kasm({QStringLiteral("images")}))).size(), before);
    }

    void setImageSwitchesTheReferenceAndItStays()
    {
        const QString next = QStringLiteral("127.0.0.1:5055/kasm-demo/chrome:20261128-0400");
        const Run set =
            stewardctl(kasm({QStringLiteral("set-image"), QStringLiteral("Chrome"), QStringLiteral("--name"), next}));
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QJsonObject chrome =
            byFriendlyName(jsonArray(stewardctl(kasm({QStringLiteral("images")}))), QStringLiteral("Chrome"));
        QCOMPARE(chrome.value(QStringLiteral("name")).toString(), next);

        const Run unknown =
            stewardctl(kasm({QStringLiteral("set-image"), QStringLiteral("Nope"), QStringLiteral("--name"), next}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QLatin1String("kasm images")));
    }

    void connectWantsTheSecretOnStdin()
    {
        const Run run = stewardctl(kasm({QStringLiteral("connect"), QStringLiteral("https://kasm.example"),
                                         QStringLiteral("--api-key"), QStringLiteral("k")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--secret-stdin")));
    }

    void aConnectionThatFailsIsNotStored()
    {
        steward::test::KasmTestServer server;
        QVERIFY(server.start());
        const Run run =
            stewardctl(kasm({QStringLiteral("connect"), server.url().toString(), QStringLiteral("--api-key"),
                             QStringLiteral("admin-key"), QStringLiteral("--secret-stdin")}),
                       "wrong-secret\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Nothing was stored")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("wrong-secret")));
        QVERIFY(!QFile::exists(QDir(m_profile.path()).filePath(QStringLiteral("kasm-deployment.json"))));
    }

    void aConnectedServerServesTheSameCommands()
    {
        steward::test::KasmTestServer server;
        QVERIFY(server.start());
        QTemporaryDir profile;
        const QStringList base{QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"),
                               QStringLiteral("kasm")};
        const Run connected = stewardctl(base + QStringList{QStringLiteral("connect"), server.url().toString(),
                                                            QStringLiteral("--api-key"), QStringLiteral("admin-key"),
                                                            QStringLiteral("--secret-stdin")},
                                         "admin-secret\n");
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN",
                                connected.exitCode == 0 || !connected.err.contains(QLatin1String("eychain")),
                                QStringLiteral("no keychain for the API secret: ") + connected.err);
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
        QVERIFY(!connected.out.contains(QLatin1String("admin-secret")));
        QFile settings(QDir(profile.path()).filePath(QStringLiteral("kasm-deployment.json")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("admin-secret"));

        const Run images = stewardctl(base + QStringList{QStringLiteral("images")});
        QVERIFY2(images.exitCode == 0, qPrintable(images.err));
        QCOMPARE(jsonArray(images).size(), 2);
        const Run agents = stewardctl(base + QStringList{QStringLiteral("agents")});
        QCOMPARE(jsonArray(agents).size(), 3);

        const Run registered = stewardctl(
            base + QStringList{QStringLiteral("register"), QStringLiteral("registry.example/team/chrome:20261128"),
                               QStringLiteral("--friendly-name"), QStringLiteral("Chrome (test)"),
                               QStringLiteral("--group"), QStringLiteral("Image Testers")});
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
        const QString id =
            QJsonDocument::fromJson(registered.out.toUtf8()).object().value(QStringLiteral("image_id")).toString();
        QCOMPARE(server.groupImageIds(server.groupId(QStringLiteral("Image Testers"))), QStringList{id});
        QVERIFY(!server.groupImageIds(server.groupId(QStringLiteral("All Users"))).contains(id));

        const Run set = stewardctl(base + QStringList{QStringLiteral("set-image"), QStringLiteral("Chrome (custom)"),
                                                      QStringLiteral("--name"),
                                                      QStringLiteral("registry.example/team/chrome:20261128")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        bool switched = false;
        for (const QJsonObject &image : server.images())
            switched = switched ||
                       (image.value(QStringLiteral("friendly_name")).toString() == QLatin1String("Chrome (custom)") &&
                        image.value(QStringLiteral("name")).toString().endsWith(QLatin1String(":20261128")) &&
                        image.value(QStringLiteral("session_time_limit")).toInt() == 3600);
        QVERIFY(switched);

        const Run disconnected = stewardctl(base + QStringList{QStringLiteral("disconnect")});
        QCOMPARE(disconnected.exitCode, 0);
        QCOMPARE(jsonArray(stewardctl(base + QStringList{QStringLiteral("images")})).size(), 5); // simulated again
    }
};

QTEST_GUILESS_MAIN(TestKasmCommands)
#include "tst_kasmcommands.moc"

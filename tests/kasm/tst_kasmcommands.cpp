// stewardctl kasm ... as a script sees it: the simulated deployment of a profile, and a connected Kasm server
// (the test server, in this process; stewardctl runs as a child so the server keeps answering).
#include "AwaitFuture.h"
#include "KasmTestServer.h"
#include "LeakScan.h"
#include "ServiceRequirement.h"
#include "kasm/KasmApiDeployment.h"
#include "kasm/ProfileDeployment.h"
#include "store/Catalog.h"
#include "store/CatalogQueries.h"
#include "store/KeychainCredentialStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run stewardctl(const QStringList &args, const QByteArray &stdinData = {}, const QString &workingDir = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
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

QStringList auditActions(const QString &profileDir)
{
    auto catalog = steward::store::Catalog::open(profileDir);
    if (!catalog)
        return {catalog.error().message};
    QSqlDatabase db = (*catalog)->database();
    QStringList actions;
    for (const steward::store::AuditEntry &entry :
         steward::store::listAudit(db).value_or(QList<steward::store::AuditEntry>{}))
        actions << entry.action;
    (*catalog)->releaseThreadConnection();
    return actions;
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
        // The server's changes went to the profile's audit log, as the simulation's do.
        const QStringList actions = auditActions(profile.path());
        QVERIFY2(actions.contains(QStringLiteral("kasm.image.create")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("kasm.group.add")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("kasm.image.update")), qPrintable(actions.join(u',')));
    }

    void kasmEnvConnectsFromTheEnvironmentWithoutKeychainOrTraces()
    {
        steward::test::KasmTestServer server;
        QVERIFY(server.start());
        const QByteArray secret = "ci-secret-4f7c1d9e";
        server.addKey(QStringLiteral("ci-key"), {QString::fromLatin1(secret)});
        QTemporaryDir profile;
        QTemporaryDir home;
        // A CI runner: no keychain (no session bus), a HOME of its own, the connection in the environment only.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("STEWARD_KASM_URL"), server.url().toString());
        env.insert(QStringLiteral("STEWARD_KASM_API_KEY"), QStringLiteral("ci-key"));
        env.insert(QStringLiteral("STEWARD_KASM_API_SECRET"), QString::fromLatin1(secret + "\n"));
        const QStringList base{QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"),
                               QStringLiteral("--kasm-env"), QStringLiteral("kasm")};

        const Run images = stewardctl(base + QStringList{QStringLiteral("images")}, {}, {}, env);
        QVERIFY2(images.exitCode == 0, qPrintable(images.err));
        QCOMPARE(jsonArray(images).size(), 2); // the server's, not the simulated deployment's five
        const Run registered = stewardctl(
            base + QStringList{QStringLiteral("register"), QStringLiteral("registry.example/team/chrome:20261203"),
                               QStringLiteral("--friendly-name"), QStringLiteral("Chrome (ci)"),
                               QStringLiteral("--group"), QStringLiteral("Image Testers")},
            {}, {}, env);
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
        bool created = false;
        for (const QJsonObject &image : server.images())
            created =
                created || image.value(QStringLiteral("friendly_name")).toString() == QLatin1String("Chrome (ci)");
        QVERIFY(created);
        // The calls were made with the environment's key, and the change is in the profile's audit log.
        bool withCiKey = false;
        for (const auto &call : server.calls())
            withCiKey = withCiKey || call.body.value(QStringLiteral("api_key")).toString() == QLatin1String("ci-key");
        QVERIFY(withCiKey);
        QVERIFY(auditActions(profile.path()).contains(QStringLiteral("kasm.image.create")));
        QVERIFY(!QFile::exists(QDir(profile.path()).filePath(QStringLiteral("kasm-deployment.json"))));

        const QList<QByteArray> needles = steward::test::leakNeedles(secret, "ci-key");
        for (const QString &root : {profile.path(), home.path()}) {
            const steward::test::LeakScan scan = steward::test::scanForLeaks(root, needles);
            QVERIFY(scan.scanned > 0 || root == home.path());
            QVERIFY2(scan.leakedInto.isEmpty(), qPrintable(scan.leakedInto));
        }
        for (const Run &run : {images, registered}) {
            for (const QByteArray &needle : needles)
                QVERIFY(!(run.out + run.err).toUtf8().contains(needle));
        }
    }

    void kasmEnvNamesWhatIsMissingOrUnsafe_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no secret") << QStringLiteral("https://kasm.example") << QString()
                                   << QStringLiteral("STEWARD_KASM_API_SECRET");
        QTest::newRow("plain http to another host")
            << QStringLiteral("http://kasm.example") << QStringLiteral("s3cret-value") << QStringLiteral("use https");
        QTest::newRow("not a URL") << QStringLiteral("kasm") << QStringLiteral("s3cret-value")
                                   << QStringLiteral("is not a URL");
    }

    void kasmEnvNamesWhatIsMissingOrUnsafe()
    {
        QFETCH(QString, url);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_KASM_URL"), url);
        env.insert(QStringLiteral("STEWARD_KASM_API_KEY"), QStringLiteral("ci-key"));
        if (secret.isEmpty())
            env.remove(QStringLiteral("STEWARD_KASM_API_SECRET"));
        else
            env.insert(QStringLiteral("STEWARD_KASM_API_SECRET"), secret);
        QTemporaryDir profile;
        const Run run = stewardctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("--kasm-env"),
                                    QStringLiteral("kasm"), QStringLiteral("images")},
                                   {}, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(secret.isEmpty() || !run.err.contains(secret));
    }

    void theRegistryTokenSurvivesSetImageAndGroupChanges()
    {
        steward::test::KasmTestServer server;
        QVERIFY(server.start());
        QTemporaryDir profile;
        const QStringList base{QStringLiteral("--profile"), profile.path(), QStringLiteral("kasm")};
        const Run connected = stewardctl(base + QStringList{QStringLiteral("connect"), server.url().toString(),
                                                            QStringLiteral("--api-key"), QStringLiteral("admin-key"),
                                                            QStringLiteral("--secret-stdin")},
                                         "admin-secret\n");
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN",
                                connected.exitCode == 0 || !connected.err.contains(QLatin1String("eychain")),
                                QStringLiteral("no keychain for the API secret: ") + connected.err);
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
        QVERIFY2(connected.out.contains(QLatin1String("/api/public")), qPrintable(connected.out));
        QVERIFY2(connected.out.contains(QLatin1String("Kasm 1.15.0")), qPrintable(connected.out));
        QString chromeId;
        for (const QJsonObject &image : server.images()) {
            if (image.value(QStringLiteral("friendly_name")).toString() == QLatin1String("Chrome (custom)"))
                chromeId = image.value(QStringLiteral("image_id")).toString();
        }
        QCOMPARE(server.storedDockerToken(chromeId), QStringLiteral("registry-password"));

        const Run set = stewardctl(base + QStringList{QStringLiteral("set-image"), QStringLiteral("Chrome (custom)"),
                                                      QStringLiteral("--name"),
                                                      QStringLiteral("registry.example/team/chrome:20261128")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(server.image(chromeId).value(QStringLiteral("name")).toString(),
                 QStringLiteral("registry.example/team/chrome:20261128"));
        QCOMPARE(server.storedDockerToken(chromeId), QStringLiteral("registry-password"));

        // A group change and an update of the reference through the Deployment interface, as a deploy makes them.
        steward::kasm::KasmConnection connection;
        connection.serverUrl = server.url();
        connection.apiKey = QStringLiteral("admin-key");
        connection.apiKeySecret = QStringLiteral("admin-secret");
        steward::kasm::KasmApiDeployment deployment(connection);
        const QString testers = server.groupId(QStringLiteral("Image Testers"));
        QVERIFY(steward::test::awaitResult(deployment.addImageToGroup(chromeId, testers)));
        QVERIFY(steward::test::awaitResult(deployment.removeImageFromGroup(chromeId, testers)));
        const auto images = steward::test::awaitResult(deployment.listImages());
        QVERIFY(images);
        for (steward::KasmImage image : *images) {
            if (image.imageId != chromeId)
                continue;
            image.name = QStringLiteral("registry.example/team/chrome:20261129");
            QVERIFY(steward::test::awaitResult(deployment.updateImage(image)));
        }
        QCOMPARE(server.image(chromeId).value(QStringLiteral("name")).toString(),
                 QStringLiteral("registry.example/team/chrome:20261129"));
        QCOMPARE(server.storedDockerToken(chromeId), QStringLiteral("registry-password"));
        const QStringList writes{QStringLiteral("update_image"), QStringLiteral("add_images_group"),
                                 QStringLiteral("remove_images_group")};
        for (const auto &call : server.calls()) {
            if (writes.contains(call.call))
                QVERIFY2(call.status == 200, qPrintable(call.call + QLatin1Char(' ') + QString::number(call.status)));
        }

        // Shown, never the password itself.
        const Run table = stewardctl(base + QStringList{QStringLiteral("images")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(QLatin1String("login: puller, password stored")), qPrintable(table.out));
        QVERIFY(!table.out.contains(QLatin1String("registry-password")));
        const Run json = stewardctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"),
                                     QStringLiteral("kasm"), QStringLiteral("images")});
        const QJsonObject chrome = byFriendlyName(jsonArray(json), QStringLiteral("Chrome (custom)"));
        QVERIFY(chrome.value(QStringLiteral("has_docker_token")).toBool());
        QVERIFY(!json.out.contains(QLatin1String("registry-password")));
        QVERIFY(!json.out.contains(QLatin1String("**********")));
        QVERIFY(stewardctl(base + QStringList{QStringLiteral("disconnect")}).exitCode == 0);
    }

    void parallelRegistrationsOnOneProfileAllStay()
    {
        QTemporaryDir profile;
        const QStringList base{QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"),
                               QStringLiteral("kasm")};
        const int before = jsonArray(stewardctl(base + QStringList{QStringLiteral("images")})).size();
        QCOMPARE(before, 5);
        constexpr int runs = 8;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int n = 0; n < runs; ++n) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(STEWARDCTL_PATH),
                           base + QStringList{QStringLiteral("register"),
                                              QStringLiteral("127.0.0.1:5055/kasm-demo/office:parallel-%1").arg(n),
                                              QStringLiteral("--friendly-name"), QStringLiteral("Parallel %1").arg(n)});
            process->closeWriteChannel();
            processes.push_back(std::move(process));
        }
        for (auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        const QJsonArray images = jsonArray(stewardctl(base + QStringList{QStringLiteral("images")}));
        QCOMPARE(images.size(), before + runs);
        for (int n = 0; n < runs; ++n)
            QVERIFY2(!byFriendlyName(images, QStringLiteral("Parallel %1").arg(n)).isEmpty(),
                     qPrintable(QString::number(n)));
    }

    void aReferenceThatIsNoReferenceIsRefused()
    {
        const QJsonArray before = jsonArray(stewardctl(kasm({QStringLiteral("images")})));
        const Run set = stewardctl(kasm({QStringLiteral("set-image"), QStringLiteral("Terminal"),
                                         QStringLiteral("--name"), QStringLiteral("Not A Ref!! @@")}));
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.err.contains(QLatin1String("is not a docker image reference")), qPrintable(set.err));
        const Run registered = stewardctl(kasm({QStringLiteral("register"), QStringLiteral("Not A Ref!! @@"),
                                                QStringLiteral("--friendly-name"), QStringLiteral("Broken")}));
        QCOMPARE(registered.exitCode, 1);
        QVERIFY2(registered.err.contains(QLatin1String("is not a docker image reference")), qPrintable(registered.err));
        QCOMPARE(jsonArray(stewardctl(kasm({QStringLiteral("images")}))), before);
    }

    void aReferenceWithoutTagOrHostIsRegisteredWithAWarning()
    {
        const Run registered = stewardctl(kasm({QStringLiteral("register"), QStringLiteral("team/notes"),
                                                QStringLiteral("--friendly-name"), QStringLiteral("Notes")}));
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
        QVERIFY2(registered.err.contains(QLatin1String("warning: ")), qPrintable(registered.err));
        QVERIFY2(registered.err.contains(QLatin1String("has no tag")), qPrintable(registered.err));
        QVERIFY2(registered.err.contains(QLatin1String("Installing")), qPrintable(registered.err));
        QVERIFY2(registered.err.contains(QLatin1String("docker.io")), qPrintable(registered.err));

        const Run tagged =
            stewardctl(kasm({QStringLiteral("set-image"), QStringLiteral("Notes"), QStringLiteral("--name"),
                             QStringLiteral("127.0.0.1:5055/kasm-demo/notes:20261128-0400")}));
        QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.err));
        QVERIFY2(!tagged.err.contains(QLatin1String("warning")), qPrintable(tagged.err));
    }

    void changesThroughTheCommandsAreAudited()
    {
        QTemporaryDir profile;
        const QStringList base{QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"),
                               QStringLiteral("kasm")};
        const Run registered = stewardctl(
            base + QStringList{QStringLiteral("register"), QStringLiteral("127.0.0.1:5055/kasm-demo/office:audit"),
                               QStringLiteral("--friendly-name"), QStringLiteral("Audited"), QStringLiteral("--group"),
                               QStringLiteral("Image Testers")});
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
        const Run set = stewardctl(base + QStringList{QStringLiteral("set-image"), QStringLiteral("Audited"),
                                                      QStringLiteral("--name"),
                                                      QStringLiteral("127.0.0.1:5055/kasm-demo/office:audit-2")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(auditActions(profile.path()),
                 (QStringList{QStringLiteral("kasm.image.create"), QStringLiteral("kasm.group.add"),
                              QStringLiteral("kasm.group.remove"), QStringLiteral("kasm.group.add"),
                              QStringLiteral("kasm.image.update")}));
    }

    void connectKeepsAnAbsoluteCaPathAndNamesAMissingFile()
    {
        steward::test::KasmTestServer server;
        QVERIFY(server.start());
        QTemporaryDir profile;
        QTemporaryDir work;
        const QStringList base{QStringLiteral("--profile"), profile.path(), QStringLiteral("kasm")};
        const Run missing = stewardctl(base + QStringList{QStringLiteral("connect"), server.url().toString(),
                                                          QStringLiteral("--api-key"), QStringLiteral("admin-key"),
                                                          QStringLiteral("--secret-stdin"), QStringLiteral("--ca"),
                                                          QStringLiteral("ca.pem")},
                                       "admin-secret\n", work.path());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("does not exist")), qPrintable(missing.err));
        QVERIFY2(missing.err.contains(QDir(work.path()).filePath(QStringLiteral("ca.pem"))), qPrintable(missing.err));

        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "openssl not found on PATH (Debian package openssl)");
        QProcess process;
        process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=ca.test"),
                                QStringLiteral("-keyout"), work.filePath(QStringLiteral("ca.key")),
                                QStringLiteral("-out"), work.filePath(QStringLiteral("ca.pem"))});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const Run connected = stewardctl(base + QStringList{QStringLiteral("connect"), server.url().toString(),
                                                            QStringLiteral("--api-key"), QStringLiteral("admin-key"),
                                                            QStringLiteral("--secret-stdin"), QStringLiteral("--ca"),
                                                            QStringLiteral("ca.pem")},
                                         "admin-secret\n", work.path());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN",
                                connected.exitCode == 0 || !connected.err.contains(QLatin1String("eychain")),
                                QStringLiteral("no keychain for the API secret: ") + connected.err);
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
        const auto settings = steward::kasm::loadKasmServerSettings(profile.path());
        QVERIFY(settings && settings->has_value());
        QCOMPARE((*settings)->caFile, QDir(work.path()).filePath(QStringLiteral("ca.pem")));
        QVERIFY(QFileInfo((*settings)->caFile).isAbsolute());
        // Usable from any other directory.
        const Run images = stewardctl(base + QStringList{QStringLiteral("images")});
        QVERIFY2(images.exitCode == 0, qPrintable(images.err));
        QVERIFY(stewardctl(base + QStringList{QStringLiteral("disconnect")}).exitCode == 0);
    }

    void connectingWithAnotherKeyRemovesThePreviousSecret()
    {
        steward::test::KasmTestServer server;
        server.addKey(QStringLiteral("second-key"), {QStringLiteral("second-secret"), false, false});
        QVERIFY(server.start());
        QTemporaryDir profile;
        const QStringList base{QStringLiteral("--profile"), profile.path(), QStringLiteral("kasm")};
        const Run first = stewardctl(base + QStringList{QStringLiteral("connect"), server.url().toString(),
                                                        QStringLiteral("--api-key"), QStringLiteral("admin-key"),
                                                        QStringLiteral("--secret-stdin")},
                                     "admin-secret\n");
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN",
                                first.exitCode == 0 || !first.err.contains(QLatin1String("eychain")),
                                QStringLiteral("no keychain for the API secret: ") + first.err);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const auto firstSettings = steward::kasm::loadKasmServerSettings(profile.path());
        QVERIFY(firstSettings && firstSettings->has_value());
        const QString firstKey = steward::kasm::kasmSecretKey(**firstSettings).value();

        steward::store::KeychainCredentialStore keychain;
        QCOMPARE(steward::test::awaitResult(keychain.read(firstKey)).value(),
                 std::optional<QString>(QStringLiteral("admin-secret")));

        const Run second = stewardctl(base + QStringList{QStringLiteral("connect"), server.url().toString(),
                                                         QStringLiteral("--api-key"), QStringLiteral("second-key"),
                                                         QStringLiteral("--secret-stdin")},
                                      "second-secret\n");
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(steward::test::awaitResult(keychain.read(firstKey)).value(), std::optional<QString>());
        const auto secondSettings = steward::kasm::loadKasmServerSettings(profile.path());
        const QString secondKey = steward::kasm::kasmSecretKey(**secondSettings).value();
        QCOMPARE(steward::test::awaitResult(keychain.read(secondKey)).value(),
                 std::optional<QString>(QStringLiteral("second-secret")));

        // Connecting again with the same key keeps its secret.
        const Run again = stewardctl(base + QStringList{QStringLiteral("connect"), server.url().toString(),
                                                        QStringLiteral("--api-key"), QStringLiteral("second-key"),
                                                        QStringLiteral("--secret-stdin")},
                                     "second-secret\n");
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(steward::test::awaitResult(keychain.read(secondKey)).value(),
                 std::optional<QString>(QStringLiteral("second-secret")));
        QVERIFY(stewardctl(base + QStringList{QStringLiteral("disconnect")}).exitCode == 0);
    }
};

QTEST_GUILESS_MAIN(TestKasmCommands)
#include "tst_kasmcommands.moc"

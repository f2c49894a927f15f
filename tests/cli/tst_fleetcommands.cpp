// stewardctl fleet run and simulate --live against the real registry, as a script runs them.
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"

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
    QByteArray out;
    QString err;
};

Run stewardctl(const QStringList &args, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(STEWARDCTL_PATH), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("still running after %1 ms").arg(timeoutMs)};
    }
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestFleetCommands final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        SyncHttp http;
        // Two of the demo data set's images; the others are missing, so their pulls fail with 404.
        for (const auto &[repository, tag] :
             {std::pair{"kasm-demo/terminal", "1.1"}, std::pair{"kasm-demo/chrome", "20261128-0400"},
              std::pair{"demo/one", "1"}}) {
            const SeededImage seeded =
                seedImage(http, m_registry.baseUrl(), QString::fromLatin1(repository), QString::fromLatin1(tag), "x\n");
            QVERIFY2(seeded.ok, qPrintable(seeded.error));
        }
    }

    void fleetRunPullsAndSavesTheInventories()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QTemporaryDir profile;
        const QStringList common{QStringLiteral("--profile"), profile.path()};
        const QStringList demo{QStringLiteral("--demo-registry"), m_registry.hostPort()};
        // Two hours of the schedule in two seconds.
        const Run run = stewardctl(common + QStringList{QStringLiteral("fleet"), QStringLiteral("run")} + demo +
                                   QStringList{QStringLiteral("--speed"), QStringLiteral("3600"),
                                               QStringLiteral("--for"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject totals = json(run);
        QVERIFY(totals.value(QStringLiteral("simulated_s")).toDouble() >= 7200);
        QVERIFY(totals.value(QStringLiteral("check_ins")).toInteger() >= 12 * 239);
        QVERIFY(totals.value(QStringLiteral("pulls_succeeded")).toInteger() > 0);
        QVERIFY(totals.value(QStringLiteral("pulls_failed_other")).toInteger() > 0); // the images never pushed
        // The candidate nobody held is on every amd64 agent with room for it now.
        const QString candidate = m_registry.hostPort() + QStringLiteral("/kasm-demo/chrome:20261128-0400");
        bool seen = false;
        for (const QJsonValue &image : totals.value(QStringLiteral("images")).toArray()) {
            if (image[QStringLiteral("name")].toString() != candidate)
                continue;
            seen = true;
            QVERIFY(image[QStringLiteral("present_agents")].toInteger() > 0);
            QCOMPARE(image[QStringLiteral("present_agents")].toInteger(),
                     image[QStringLiteral("eligible_agents")].toInteger());
        }
        QVERIFY(seen);
        QVERIFY(!totals.value(QStringLiteral("failing")).toArray().isEmpty());

        // Saved: another stewardctl sees the digests, when they arrived, and why pulls fail.
        const Run agents = stewardctl(common + QStringList{QStringLiteral("kasm"), QStringLiteral("agents")} + demo +
                                      QStringList{QStringLiteral("--json")});
        QVERIFY2(agents.exitCode == 0, qPrintable(agents.err));
        const QJsonArray list = QJsonDocument::fromJson(agents.out).array();
        QCOMPARE(list.size(), 12);
        int holding = 0;
        int failing = 0;
        for (const QJsonValue &agent : list) {
            const QJsonObject held = agent[QStringLiteral("docker_images")].toObject();
            if (held.contains(candidate)) {
                ++holding;
                QVERIFY(held.value(candidate)[QStringLiteral("repo_digests")].toArray().size() == 1);
                QVERIFY(!held.value(candidate)[QStringLiteral("pulled_at")].toString().isEmpty());
            }
            for (const QJsonValue &failure : agent[QStringLiteral("pull_failures")].toArray()) {
                ++failing;
                QVERIFY(!failure[QStringLiteral("reason")].toString().isEmpty());
            }
        }
        QVERIFY(holding > 0);
        QVERIFY(failing > 0);
    }

    void fleetRunNeedsForSeconds()
    {
        QTemporaryDir profile;
        const Run run = stewardctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("fleet"),
                                    QStringLiteral("run"), QStringLiteral("--speed"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--speed")), qPrintable(run.err));
        const Run withoutFor =
            stewardctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("fleet"), QStringLiteral("run")});
        QCOMPARE(withoutFor.exitCode, 2);
        QVERIFY2(withoutFor.err.contains(QStringLiteral("--for")), qPrintable(withoutFor.err));
    }

    // The same small scenario simulated and run live against the real registry: the counters agree.
    void liveAndSimulatedCountsAgree()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        QTemporaryDir dir;
        const QString host = m_registry.hostPort();
        const QJsonObject scenario{
            {QStringLiteral("duration_s"), 600},
            {QStringLiteral("refresh_interval_s"), 120},
            {QStringLiteral("registries"), QJsonArray{QJsonObject{{QStringLiteral("name"), host}}}},
            {QStringLiteral("agents"), QJsonArray{QJsonObject{{QStringLiteral("count"), 3},
                                                              {QStringLiteral("source"), QStringLiteral("nat")},
                                                              {QStringLiteral("disk_mb"), 1000}}}},
            {QStringLiteral("images"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("registry"), host},
                             {QStringLiteral("reference"), QString(host + QStringLiteral("/demo/one:1"))}},
                 QJsonObject{{QStringLiteral("registry"), host},
                             {QStringLiteral("reference"), QString(host + QStringLiteral("/kasm-demo/terminal:1.1"))}},
                 QJsonObject{{QStringLiteral("registry"), host}, {QStringLiteral("enabled"), false}}}}};
        const QString path = dir.filePath(QStringLiteral("scenario.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(scenario).toJson());
        file.close();

        const Run simulated = stewardctl({QStringLiteral("simulate"), path, QStringLiteral("--json")});
        QVERIFY2(simulated.exitCode == 0, qPrintable(simulated.err));
        const Run live = stewardctl({QStringLiteral("simulate"), path, QStringLiteral("--live"),
                                     QStringLiteral("--ms-per-second"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(live.exitCode == 0, qPrintable(live.err));
        for (const char *key :
             {"check_ins", "pulls_attempted", "pulls_succeeded", "pulls_rate_limited", "pulls_failed_other"}) {
            const qint64 a = json(simulated).value(QLatin1String(key)).toInteger(-1);
            const qint64 b = json(live).value(QLatin1String(key)).toInteger(-2);
            QVERIFY2(a == b,
                     qPrintable(QStringLiteral("%1: simulated %2, live %3").arg(QLatin1String(key)).arg(a).arg(b)));
        }
        QVERIFY(json(live).value(QStringLiteral("pulls_succeeded")).toInteger() > 0);

        // A live scenario whose registry name is not the reference's host is refused before anything is sent.
        QJsonObject wrong = scenario;
        QJsonArray images = wrong.value(QStringLiteral("images")).toArray();
        QJsonObject first = images.at(0).toObject();
        first.insert(QStringLiteral("reference"), QStringLiteral("registry.example/demo/one:1"));
        images.replace(0, first);
        wrong.insert(QStringLiteral("images"), images);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(wrong).toJson());
        file.close();
        const Run refused = stewardctl({QStringLiteral("simulate"), path, QStringLiteral("--live")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("host[:port]")), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestFleetCommands)
#include "tst_fleetcommands.moc"

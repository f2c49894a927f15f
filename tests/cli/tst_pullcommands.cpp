// stewardctl simulate / forecast as a script sees them: the issue's keys in --json, and one clear line on a bad file.
#include <QElapsedTimer>
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
    QByteArray out;
    QString err;
};

Run stewardctl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(STEWARDCTL_PATH), args);
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

// A crash or a hang is not a finished run: this tells them apart from an exit code.
struct Finished
{
    bool normalExit = false;
    int exitCode = -1;
    QString err;
    qint64 ms = 0;
};

Finished stewardctlWithin(const QStringList &args, int timeoutMs)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(STEWARDCTL_PATH), args);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return {false, -1, QStringLiteral("still running after %1 ms").arg(timeoutMs), timer.elapsed()};
    }
    return {process.exitStatus() == QProcess::NormalExit, process.exitCode(),
            QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

// Two agents behind one address, two images, three pulls per 6 h: hand-computable.
const char *Tight = R"({"duration_s": 3600, "seed": 5,
  "registries": [{"name": "hub", "anonymous": {"limit": 3, "window_s": 21600}}],
  "agents": [{"count": 2, "source": "nat", "disk_mb": 10000}],
  "images": [{"count": 2, "registry": "hub", "uncompressed_size_mb": 100}]})";

} // namespace

class TestPullCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void simulatePrintsTheCountersAsJson()
    {
        const Run run = stewardctl({QStringLiteral("simulate"), write("tight.json", Tight), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        for (const char *key : {"check_ins", "pulls_attempted", "pulls_succeeded", "pulls_rate_limited",
                                "pulls_failed_other", "first_rate_limited_s", "buckets"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QLatin1String("pulls_succeeded")).toInteger(), 3);
        QVERIFY(json.value(QLatin1String("first_rate_limited_s")).isDouble());
        // One image refused at the later agent's first check-in, then once at each of its 119 further check-ins.
        QCOMPARE(json.value(QLatin1String("pulls_rate_limited")).toInteger(), 120);
        const QJsonObject bucket = json.value(QLatin1String("buckets")).toArray().at(0).toObject();
        QCOMPARE(bucket.value(QLatin1String("name")).toString(), QStringLiteral("nat"));
        QCOMPARE(bucket.value(QLatin1String("peak_in_window")).toInteger(), 3);
    }

    void simulatePrintsTheCountersAsText()
    {
        const Run run = stewardctl({QStringLiteral("simulate"), write("tight.json", Tight)});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QLatin1String("pulls_succeeded       3")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("hub source nat")), qPrintable(text));
    }

    void forecastGivesAdvice()
    {
        const Run run = stewardctl({QStringLiteral("forecast"), write("tight.json", Tight), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(json.value(QLatin1String("first_rate_limited_s")).isDouble());
        const QString advice = json.value(QLatin1String("advice")).toArray().at(0).toString();
        QVERIFY2(advice.contains(QLatin1String("2 agents behind address nat pull 2 images")), qPrintable(advice));
    }

    // Issue 13, items 5-9: each hostile scenario gives one clear line or a bounded run, never a crash or a hang.
    void aHostileScenarioIsRefusedOrRunsBounded_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // in stderr; empty: none expected
        const QString work = QStringLiteral("more than the limit of 2000000000 steps");
        const QString memory = QStringLiteral("more than the limit of 2048 MB");
        QTest::newRow("a century of 1 s wake-ups is refused for its work")
            << QStringLiteral("simulate") << QStringLiteral("sim-century-1s.json") << 1 << work;
        QTest::newRow("2,000 agent groups x a million images are simulated")
            << QStringLiteral("simulate") << QStringLiteral("sim-groups-x-images.json") << 0 << QString();
        QTest::newRow("2,000 agent groups x a million images are forecast")
            << QStringLiteral("forecast") << QStringLiteral("sim-groups-x-images.json") << 0 << QString();
        QTest::newRow("ten million agents x a million moving tags nobody pulls are simulated")
            << QStringLiteral("simulate") << QStringLiteral("sim-stale-loop.json") << 0 << QString();
        QTest::newRow("ten million agents pulling a million images are refused for their work")
            << QStringLiteral("simulate") << QStringLiteral("sim-max-pull.json") << 1 << work;
        QTest::newRow("three billion agent x account slots are refused for their memory")
            << QStringLiteral("simulate") << QStringLiteral("sim-slot-overflow.json") << 1 << memory;
        QTest::newRow("three billion agent x account slots are refused for the forecast's memory")
            << QStringLiteral("forecast") << QStringLiteral("sim-slot-overflow.json") << 1 << memory;
    }

    void aHostileScenarioIsRefusedOrRunsBounded()
    {
        QFETCH(QString, verb);
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Finished run = stewardctlWithin({verb, QStringLiteral(STEWARD_PULL_TEST_DATA "/") + file}, 60000);
        QVERIFY2(run.normalExit, qPrintable(run.err));
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        if (!message.isEmpty()) {
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        }
    }

    void theLimitIsAnOption()
    {
        const Finished run = stewardctlWithin({QStringLiteral("simulate"), write("tight.json", Tight),
                                               QStringLiteral("--max-work"), QStringLiteral("10")},
                                              30000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("more than the limit of 10 steps")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("raise the limit with --max-work or STEWARD_SIM_MAX_WORK")),
                 qPrintable(run.err));
        const Finished bad = stewardctlWithin({QStringLiteral("forecast"), write("tight.json", Tight),
                                               QStringLiteral("--max-memory-mb"), QStringLiteral("x")},
                                              30000);
        QVERIFY2(bad.err.contains(QLatin1String("--max-memory-mb takes a positive whole number")), qPrintable(bad.err));
    }

    void aBadScenarioNamesTheField()
    {
        const Run run =
            stewardctl({QStringLiteral("simulate"), write("bad.json", R"({"duration_s": 60, "registries": [],
                                        "agents": [{"count": -2, "disk_mb": 1}], "images": []})")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QLatin1String("agents[0].count must be a positive integer")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPullCommands)
#include "tst_pullcommands.moc"

// stewardctl simulate / forecast as a script sees them: the issue's keys in --json, and one clear line on a bad file.
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

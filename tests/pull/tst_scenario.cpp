// The scenario file: the issue's example reads as written, every key round-trips, and each mistake names its field.
#include "pull/Scenario.h"

#include <QJsonDocument>
#include <QTest>

using namespace steward;
using namespace steward::pull;

namespace {

const char *IssueExample = R"({"duration_s": 21600, "check_in_interval_s": 30, "refresh_interval_s": 3600, "seed": 7,
 "registries": [{"name": "hub", "anonymous": {"limit": 100, "window_s": 21600},
                                "authenticated": {"limit": 200, "window_s": 21600}},
                {"name": "private"}],
 "agents": [{"count": 40, "zone": "east", "source": "nat-1", "arch": "amd64", "disk_mb": 200000}],
 "images": [{"count": 5, "registry": "hub", "enabled": true, "account": null, "zone": null,
             "uncompressed_size_mb": 2000}]})";

} // namespace

class TestScenario final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theIssueExampleReads()
    {
        const auto s = scenarioFromJsonBytes(QByteArray(IssueExample));
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->durationS, 21600);
        QCOMPARE(s->seed, 7u);
        QCOMPARE(s->registries.size(), 2);
        QCOMPARE(s->registries.at(0).anonymous, (RateLimitPolicy{100, 21600}));
        QCOMPARE(s->registries.at(0).authenticated, (RateLimitPolicy{200, 21600}));
        QVERIFY(!s->registries.at(1).anonymous); // a missing limit means unlimited
        QVERIFY(!s->registries.at(1).authenticated);
        QCOMPARE(s->agents.at(0).count, 40);
        QCOMPARE(s->agents.at(0).source, QStringLiteral("nat-1"));
        QCOMPARE(s->agents.at(0).diskMb, 200000);
        QCOMPARE(s->images.at(0).registry, std::optional<QString>(QStringLiteral("hub")));
        QVERIFY(!s->images.at(0).account);
        QVERIFY(!s->images.at(0).zone);
        QCOMPARE(s->images.at(0).uncompressedSizeMb, 2000);
    }

    void aScenarioRoundTrips()
    {
        auto s = scenarioFromJsonBytes(QByteArray(IssueExample));
        QVERIFY(s.has_value());
        s->images[0].account = QStringLiteral("team");
        s->images[0].credentialsValid = false;
        s->reportWindowS = 3600;
        s->images[0].tagMovesEveryS = 86400;
        const auto again = scenarioFromJson(scenarioToJson(*s));
        QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().message));
        QCOMPARE(*again, *s);
    }

    void theDockerHubPresetFillsMissingLimits()
    {
        const auto s = scenarioFromJsonBytes(R"({"duration_s": 60, "registries": [{"name": "docker.io",
            "preset": "docker-hub"}], "agents": [{"disk_mb": 1}], "images": []})");
        QVERIFY(s.has_value());
        QCOMPARE(s->registries.at(0).anonymous, (RateLimitPolicy{100, 21600}));
        QCOMPARE(s->registries.at(0).authenticated, (RateLimitPolicy{200, 21600}));
    }

    void mistakesNameTheirField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray base =
            R"({"duration_s": 60, "registries": [{"name": "hub"}], "agents": [%A], "images": [%I]})";
        auto with = [&base](const char *agents, const char *images) {
            QByteArray json = base;
            return json.replace("%A", agents).replace("%I", images);
        };
        const char *agent = R"({"count": 1, "disk_mb": 10})";
        QTest::newRow("a zero agent count") << with(R"({"disk_mb": 1}, {"disk_mb": 1}, {"count": 0, "disk_mb": 1})", "")
                                            << QStringLiteral("agents[2].count must be a positive integer");
        QTest::newRow("a fractional count") << with(R"({"count": 1.5, "disk_mb": 1})", "")
                                            << QStringLiteral("agents[0].count must be a positive integer");
        QTest::newRow("a missing disk") << with(R"({"count": 1})", "")
                                        << QStringLiteral("agents[0].disk_mb is missing");
        QTest::newRow("an unknown registry")
            << with(agent, R"({"registry": "quay"})") << QStringLiteral("images[0].registry names \"quay\"");
        QTest::newRow("a misspelt key") << with(agent, R"({"registry": "hub", "acount": "x"})")
                                        << QStringLiteral("images[0].acount is not a known key");
        QTest::newRow("wrong credentials without an account")
            << with(agent, R"({"registry": "hub", "credentials": "wrong"})")
            << QStringLiteral("images[0].credentials is \"wrong\" but the image has no account");
        QTest::newRow("a limit without a window")
            << QByteArray(R"({"duration_s": 60, "registries": [{"name": "hub", "anonymous": {"limit": 5}}],
                "agents": [{"disk_mb": 1}], "images": []})")
            << QStringLiteral("registries[0].anonymous.window_s is missing");
        QTest::newRow("a negative duration") << QByteArray(R"({"duration_s": -1, "registries": [], "agents": [],
                "images": []})") << QStringLiteral("duration_s must be a positive number of seconds");
        QTest::newRow("no agents") << QByteArray(R"({"duration_s": 60, "registries": [], "agents": [], "images": []})")
                                   << QStringLiteral("agents must list at least one agent group");
        QTest::newRow("a duplicate registry")
            << QByteArray(R"({"duration_s": 60, "registries": [{"name": "a"}, {"name": "a"}], "agents": [{"disk_mb":
                1}], "images": []})")
            << QStringLiteral("registries[1].name \"a\" is used twice");
        QTest::newRow("not JSON at all") << QByteArray("{") << QStringLiteral("not valid JSON");
    }

    void mistakesNameTheirField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto s = scenarioFromJsonBytes(json);
        QVERIFY(!s.has_value());
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }
};

QTEST_APPLESS_MAIN(TestScenario)
#include "tst_scenario.moc"

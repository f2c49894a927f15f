// The Kasm JSON shapes <-> value types: tolerant reading, field-named errors, unknown fields kept for write-back.
#include "kasm/KasmJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace steward;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestKasmJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageReadsKnownFieldsAndKeepsTheRest()
    {
        const auto image = kasmjson::parseImage(
            json(R"({"image_id":"0f9a","name":"r.example/c:1","friendly_name":"C","enabled":true,"cores":2,
                     "memory":2768000000,"docker_token":null,"categories":["Browsers"],"available":true,
                     "session_time_limit":3600,"run_config":{"hostname":"kasm"}})"),
            QStringLiteral("image"));
        QVERIFY2(image, qPrintable(image ? QString() : image.error().toString()));
        QCOMPARE(image->imageId, QStringLiteral("0f9a"));
        QCOMPARE(image->memoryBytes, 2768000000LL);
        QCOMPARE(image->cores, 2.0);
        QCOMPARE(image->categories, QStringList{QStringLiteral("Browsers")});
        QVERIFY(image->available);
        QCOMPARE(image->raw.value(QStringLiteral("session_time_limit")).toInt(), 3600);
        QVERIFY(!image->raw.contains(QStringLiteral("docker_token")));
    }

    void missingFieldsTakeDefaults()
    {
        const auto image = kasmjson::parseImage(json(R"({"image_id":"x"})"), QStringLiteral("image"));
        QVERIFY(image);
        QVERIFY(image->enabled);
        QCOMPARE(image->imageType, QStringLiteral("Container"));
        QCOMPARE(image->cores, 0.0);
    }

    void wrongTypeIsAnErrorNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("a boolean sent as a string")
            << QByteArray(R"({"images":[{"image_id":"a"},{"enabled":"yes"}]})") << QStringLiteral("images[1].enabled");
        QTest::newRow("a number sent as an object")
            << QByteArray(R"({"images":[{"cores":{"n":2}}]})") << QStringLiteral("images[0].cores");
        QTest::newRow("the list sent as a string") << QByteArray(R"({"images":"none"})") << QStringLiteral("images");
        QTest::newRow("a category that is not a string")
            << QByteArray(R"({"images":[{"categories":["a",3]}]})") << QStringLiteral("images[0].categories[1]");
    }

    void wrongTypeIsAnErrorNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto images = kasmjson::parseImageList(QJsonDocument::fromJson(body).object(), QStringLiteral("images"));
        QVERIFY(!images);
        QCOMPARE(images.error().code, ErrorCode::Protocol);
        QVERIFY2(images.error().message.contains(field + QLatin1Char(' ')), qPrintable(images.error().message));
    }

    void numericStringsAreNumbers()
    {
        const auto image = kasmjson::parseImage(json(R"({"cores":"1.5"})"), QStringLiteral("image"));
        QVERIFY(image);
        QCOMPARE(image->cores, 1.5);
    }

    void serversThatAreNotHostsAreNotAgents()
    {
        const auto agents = kasmjson::parseAgentList(
            json(R"({"servers":[{"server_id":"1","server_type":"host","hostname":"a","prune_images_mode":"Aggressive",
                     "last_reported":"2026-11-28 03:00:00","disk_stats":{"total":100,"free":40},
                     "docker_images":{"r/c:1":{"tags":["r/c:1"],"repo_digests":["r/c@sha256:ab"]}}},
                    {"server_id":"2","server_type":"Desktop","hostname":"d"}]})"),
            QStringLiteral("servers"));
        QVERIFY(agents);
        QCOMPARE(agents->size(), 1);
        const KasmAgent &a = agents->first();
        QCOMPARE(a.agentId, QStringLiteral("1"));
        QCOMPARE(a.pruneMode, PruneMode::Aggressive);
        QCOMPARE(a.diskFreeBytes, 40);
        QCOMPARE(a.lastReported, QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC));
        QCOMPARE(a.inventory.size(), 1);
        QCOMPARE(a.inventory.first().digests, QStringList{QStringLiteral("r/c@sha256:ab")});
        QVERIFY(a.holds(QStringLiteral("r/c:1")));
    }

    void unknownPruneModeIsNamed()
    {
        const auto agent = kasmjson::parseAgent(json(R"({"prune_images_mode":"Sometimes"})"), QStringLiteral("a"));
        QVERIFY(!agent);
        QVERIFY(agent.error().message.contains(QLatin1String("a.prune_images_mode")));
    }

    void writingBackKeepsUnknownFieldsAndLeavesOutTheToken()
    {
        auto image = kasmjson::parseImage(
            json(R"({"image_id":"i","name":"n","session_time_limit":60,"available":true,"docker_token":"s"})"),
            QStringLiteral("image"));
        QVERIFY(image);
        image->friendlyName = QStringLiteral("Renamed");
        const QJsonObject out = kasmjson::imageToJson(*image);
        QCOMPARE(out.value(QStringLiteral("session_time_limit")).toInt(), 60);
        QCOMPARE(out.value(QStringLiteral("friendly_name")).toString(), QStringLiteral("Renamed"));
        QVERIFY(!out.contains(QStringLiteral("docker_token")));
        QVERIFY(!out.contains(QStringLiteral("available")));
    }

    void agentRoundTripsThroughItsOwnShape()
    {
        KasmAgent agent;
        agent.agentId = QStringLiteral("a1");
        agent.hostname = QStringLiteral("agent-1");
        agent.egressSource = QStringLiteral("203.0.113.10");
        agent.architecture = QStringLiteral("arm64");
        agent.lastReported = QDateTime(QDate(2026, 11, 28), QTime(4, 5, 6), Qt::UTC);
        agent.pruneMode = PruneMode::Off;
        agent.diskTotalBytes = 1000;
        agent.diskFreeBytes = 10;
        agent.inventory = {AgentImage{QStringLiteral("r/c:1"),
                                      {QStringLiteral("r/c:1")},
                                      {QStringLiteral("r/c@sha256:aa")},
                                      QStringLiteral("sha256:bb"),
                                      42}};
        const auto back = kasmjson::parseAgent(kasmjson::agentToJson(agent), QStringLiteral("agent"));
        QVERIFY(back);
        QCOMPARE(*back, agent);
    }
};

QTEST_APPLESS_MAIN(TestKasmJson)
#include "tst_kasmjson.moc"

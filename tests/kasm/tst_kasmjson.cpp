// The Kasm JSON shapes <-> value types: tolerant reading, field-named errors, unknown fields kept for write-back.
#include "kasm/KasmJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A get_images entry with view keys, fields unknown to us and a stored token, as Kasm 1.15 sends it.
const char *const readChrome =
    "{\"image_id\":\"0f9a\",\"name\":\"registry.example/team/chrome:20261101\",\"friendly_name\":\"Chrome"
    "\",\"enabled\":true,\"cores\":2,\"memory\":2768000000,\"docker_registry\":\"https://registry.example"
    "\",\"docker_user\":\"puller\",\"docker_token\":\"**********\",\"run_config\":{\"hostname\":\"kasm\"}"
    ",\"exec_config\":{},\"launch_config\":null,\"categories\":[\"Browsers\",\"Office\"],\"uncompressed_s"
    "ize_mb\":2170,\"available\":true,\"restrict_to_zone\":false,\"zone_id\":null,\"hash\":\"abc\",\"serv"
    "er_id\":null,\"persistent_profile_path\":\"/p/{username}\",\"server_pool_id\":null,\"server\":null,"
    "\"server_pool\":null,\"imageAttributes\":[],\"persistent_profile_config\":{},\"zone_name\":null,\"fi"
    "lter_policy_name\":null,\"default_category\":\"Browsers\",\"session_time_limit\":3600,\"x_kasm_futur"
    "e_field\":\"?\"}";

// An input the parser fuzzing of issue 13 found, kept byte for byte under tests/kasm/data.
QJsonObject hostileInput(const char *name)
{
    QFile file(QStringLiteral(STEWARD_SOURCE_DIR "/tests/kasm/data/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test input %s", name);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test input %s is not JSON", name);
    return document.object();
}

// What a client reads from a deployment's answers: its images, then its agents.
Error firstErrorOf(const QJsonObject &body)
{
    const auto images = kasm::json::parseImageList(body, QStringLiteral("images"));
    if (!images)
        return images.error();
    const auto agents = kasm::json::parseAgentList(body, QStringLiteral("servers"));
    return agents ? Error{} : agents.error();
}

} // namespace

class TestKasmJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageReadsKnownFieldsAndKeepsTheRest()
    {
        const auto image = kasm::json::parseImage(
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
        const auto image = kasm::json::parseImage(json(R"({"image_id":"x"})"), QStringLiteral("image"));
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
        const auto images =
            kasm::json::parseImageList(QJsonDocument::fromJson(body).object(), QStringLiteral("images"));
        QVERIFY(!images);
        QCOMPARE(images.error().code, ErrorCode::Protocol);
        QVERIFY2(images.error().message.contains(field + QLatin1Char(' ')), qPrintable(images.error().message));
    }

    void numericStringsAreNumbers()
    {
        const auto image = kasm::json::parseImage(json(R"({"cores":"1.5"})"), QStringLiteral("image"));
        QVERIFY(image);
        QCOMPARE(image->cores, 1.5);
    }

    // Issue 13: a number outside the field's type was cast anyway (1e300 became INT64_MIN; 1e63 was undefined).
    void aNumberTheFieldCannotHoldIsAnErrorNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("a memory of 1e300 sent as text")
            << QByteArray(R"({"images":[{"memory":"1e300"}]})") << QStringLiteral("images[0].memory");
        QTest::newRow("a memory of 2^63, one past the largest")
            << QByteArray(R"({"images":[{"memory":9223372036854775808}]})") << QStringLiteral("images[0].memory");
        QTest::newRow("a gpu count beyond a 32-bit int")
            << QByteArray(R"({"images":[{"gpu_count":1e10}]})") << QStringLiteral("images[0].gpu_count");
        QTest::newRow("a gpu count of 2^31, one past the largest")
            << QByteArray(R"({"images":[{"gpu_count":2147483648}]})") << QStringLiteral("images[0].gpu_count");
        QTest::newRow("an uncompressed size of minus infinity sent as text")
            << QByteArray(R"({"images":[{"uncompressed_size_mb":"-inf"}]})")
            << QStringLiteral("images[0].uncompressed_size_mb");
        QTest::newRow("cores that are not a number, sent as text")
            << QByteArray(R"({"images":[{"cores":"nan"}]})") << QStringLiteral("images[0].cores");
        QTest::newRow("cores of infinity sent as text")
            << QByteArray(R"({"images":[{"cores":"inf"}]})") << QStringLiteral("images[0].cores");
        QTest::newRow("a group priority beyond a 32-bit int")
            << QByteArray(R"({"groups":[{"priority":-3e9}]})") << QStringLiteral("groups[0].priority");
        QTest::newRow("an agent's disk total of 1e63") << QByteArray(R"({"servers":[{"disk_stats":{"total":1e63}}]})")
                                                       << QStringLiteral("servers[0].disk_stats.total");
        QTest::newRow("an agent's free disk of minus 1e19")
            << QByteArray(R"({"servers":[{"disk_stats":{"free":-1e19}}]})")
            << QStringLiteral("servers[0].disk_stats.free");
        QTest::newRow("the size of an image an agent holds, 1e30")
            << QByteArray(R"({"servers":[{"docker_images":{"r/c:1":{"size":1e30}}}]})")
            << QStringLiteral("servers[0].docker_images.r/c:1.size");
    }

    void aNumberTheFieldCannotHoldIsAnErrorNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        Error error = firstErrorOf(object);
        if (object.contains(QStringLiteral("groups"))) {
            const auto groups = kasm::json::parseGroupList(object, QStringLiteral("groups"));
            error = groups ? Error{} : groups.error();
        }
        QCOMPARE(error.code, ErrorCode::Protocol);
        QVERIFY2(error.message.contains(field + QLatin1Char(' ')), qPrintable(error.message));
    }

    void theLargestNumbersEachFieldHoldsAreRead()
    {
        const auto image = kasm::json::parseImage(
            json(R"({"memory":9223372036854775807,"gpu_count":2147483647,"uncompressed_size_mb":"-9.2e18",
                     "cores":1e300})"),
            QStringLiteral("image"));
        QVERIFY2(image, qPrintable(image ? QString() : image.error().toString()));
        QCOMPARE(image->memoryBytes, std::numeric_limits<qint64>::max());
        QCOMPARE(image->gpuCount, std::numeric_limits<int>::max());
        QCOMPARE(image->uncompressedSizeMb, qint64(-9200000000000000000LL));
        QCOMPARE(image->cores, 1e300);
    }

    void theFuzzersHostileAnswersAreErrorsNamingTheField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("kasm-float-cast-min.json: an image memory of 1e300")
            << QStringLiteral("kasm-float-cast-min.json")
            << QStringLiteral(
                   "The Kasm server sent images[0].memory as \"1e300\", a number outside what the field holds "
                   "(a whole number from -9223372036854775808 to 9223372036854775807); this server's API "
                   "is not one ImageSteward understands.");
        QTest::newRow("kasm-huge-numbers.json: memory, gpu count and size all out of range")
            << QStringLiteral("kasm-huge-numbers.json")
            << QStringLiteral(
                   "The Kasm server sent images[0].memory as \"1e300\", a number outside what the field holds "
                   "(a whole number from -9223372036854775808 to 9223372036854775807); this server's API "
                   "is not one ImageSteward understands.");
        QTest::newRow("kasm-float-cast-fuzzer.bin: an agent's disk total of 1e63")
            << QStringLiteral("kasm-float-cast-fuzzer.bin")
            << QStringLiteral("The Kasm server sent servers[1].disk_stats.total as 1e+63, a number outside what the "
                              "field holds (a whole number from -9223372036854775808 to 9223372036854775807); this "
                              "server's API is not one ImageSteward understands.");
    }

    void theFuzzersHostileAnswersAreErrorsNamingTheField()
    {
        QFETCH(QString, file);
        const Error error = firstErrorOf(hostileInput(qPrintable(file)));
        QCOMPARE(error.code, ErrorCode::Protocol);
        QTEST(error.message, "message");
    }

    void serversThatAreNotHostsAreNotAgents()
    {
        const auto agents = kasm::json::parseAgentList(
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
        const auto agent = kasm::json::parseAgent(json(R"({"prune_images_mode":"Sometimes"})"), QStringLiteral("a"));
        QVERIFY(!agent);
        QVERIFY(agent.error().message.contains(QLatin1String("a.prune_images_mode")));
    }

    void aKasmWriteHoldsOnlyKnownFieldsInTheFormsKasmAccepts()
    {
        auto image = kasm::json::parseImage(json(readChrome), QStringLiteral("image"));
        QVERIFY(image);
        image->name = QStringLiteral("registry.example/team/chrome:20261128");
        const QJsonObject body = kasm::json::imageWriteBody(*image, kasm::json::ImageWrite::Update, std::nullopt);
        QStringList keys = body.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"categories"_s,
                                    u"cores"_s,
                                    u"description"_s,
                                    u"docker_registry"_s,
                                    u"docker_token"_s,
                                    u"docker_user"_s,
                                    u"enabled"_s,
                                    u"exec_config"_s,
                                    u"friendly_name"_s,
                                    u"gpu_count"_s,
                                    u"hash"_s,
                                    u"hidden"_s,
                                    u"image_id"_s,
                                    u"image_src"_s,
                                    u"image_type"_s,
                                    u"launch_config"_s,
                                    u"memory"_s,
                                    u"name"_s,
                                    u"persistent_profile_path"_s,
                                    u"restrict_to_zone"_s,
                                    u"run_config"_s,
                                    u"server_id"_s,
                                    u"server_pool_id"_s,
                                    u"uncompressed_size_mb"_s,
                                    u"volume_mappings"_s,
                                    u"zone_id"_s}));
        QCOMPARE(body.value(u"name"_s).toString(), image->name);
        QCOMPARE(body.value(u"docker_token"_s).toString(), QStringLiteral("**********"));
        QCOMPARE(body.value(u"docker_user"_s).toString(), QStringLiteral("puller"));
        QCOMPARE(body.value(u"docker_registry"_s).toString(), QStringLiteral("https://registry.example"));
        QCOMPARE(body.value(u"categories"_s).toString(), QStringLiteral("Browsers\nOffice"));
        QVERIFY(body.value(u"run_config"_s).isString());
        QCOMPARE(QJsonDocument::fromJson(body.value(u"run_config"_s).toString().toUtf8()).object(),
                 (QJsonObject{{u"hostname"_s, u"kasm"_s}}));
        QCOMPARE(body.value(u"exec_config"_s).toString(), QString());
        QVERIFY(body.value(u"exec_config"_s).isString());
        QCOMPARE(body.value(u"launch_config"_s).toString(), QString());
        QVERIFY(body.value(u"volume_mappings"_s).isString());
        QCOMPARE(body.value(u"hash"_s).toString(), QStringLiteral("abc"));
        QCOMPARE(body.value(u"persistent_profile_path"_s).toString(), QStringLiteral("/p/{username}"));
        QCOMPARE(body.value(u"memory"_s).toDouble(), 2768000000.0);
    }

    void whatATokenWriteSends_data()
    {
        QTest::addColumn<bool>("stored");
        QTest::addColumn<bool>("update");
        QTest::addColumn<QString>("given"); // null: none given
        QTest::addColumn<QJsonValue>("sent");
        QTest::newRow("an update keeps a stored token with the mask")
            << true << true << QString() << QJsonValue(QStringLiteral("**********"));
        QTest::newRow("an update of an image without a token sends null") << false << true << QString() << QJsonValue();
        QTest::newRow("an update sends a new token the admin gives")
            << true << true << QStringLiteral("rotated") << QJsonValue(QStringLiteral("rotated"));
        QTest::newRow("an update clears the token with an empty one")
            << true << true << QStringLiteral("") << QJsonValue(QStringLiteral(""));
        QTest::newRow("a create never sends the mask as a password") << true << false << QString() << QJsonValue();
        QTest::newRow("a create sends the token given")
            << false << false << QStringLiteral("tok3n") << QJsonValue(QStringLiteral("tok3n"));
    }

    void whatATokenWriteSends()
    {
        QFETCH(bool, stored);
        QFETCH(bool, update);
        QFETCH(QString, given);
        QFETCH(QJsonValue, sent);
        KasmImage image;
        image.imageId = QStringLiteral("i");
        image.name = QStringLiteral("r/x:1");
        image.hasDockerToken = stored;
        const QJsonObject body =
            kasm::json::imageWriteBody(image, update ? kasm::json::ImageWrite::Update : kasm::json::ImageWrite::Create,
                                       given.isNull() ? std::nullopt : std::optional<QString>(given));
        QVERIFY(body.contains(QStringLiteral("docker_token")));
        QCOMPARE(body.value(QStringLiteral("docker_token")), sent);
        QCOMPARE(body.contains(QStringLiteral("image_id")), update);
        QCOMPARE(body.value(QStringLiteral("categories")).toString(), QString());
        QVERIFY(body.value(QStringLiteral("categories")).isString());
    }

    void whetherATokenIsStoredIsRead_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<bool>("stored");
        QTest::newRow("Kasm's mask means stored") << QByteArray("{\"docker_token\":\"**********\"}") << true;
        QTest::newRow("null means none") << QByteArray("{\"docker_token\":null}") << false;
        QTest::newRow("no field means none") << QByteArray("{}") << false;
        QTest::newRow("our own persisted form says so") << QByteArray("{\"has_docker_token\":true}") << true;
    }

    void whetherATokenIsStoredIsRead()
    {
        QFETCH(QByteArray, object);
        QFETCH(bool, stored);
        const auto image = kasm::json::parseImage(QJsonDocument::fromJson(object).object(), QStringLiteral("image"));
        QVERIFY(image);
        QCOMPARE(image->hasDockerToken, stored);
        QVERIFY(!image->raw.contains(QStringLiteral("docker_token")));
    }

    void fieldsInTheirWrittenFormAreReadToo()
    {
        const auto image = kasm::json::parseImage(
            json("{\"categories\":\"Browsers\\nOffice\\n\",\"run_config\":\"{\\\"hostname\\\": \\\"kasm\\\"}\"}"),
            QStringLiteral("image"));
        QVERIFY(image);
        QCOMPARE(image->categories, (QStringList{QStringLiteral("Browsers"), QStringLiteral("Office")}));
        const QJsonObject body = kasm::json::imageWriteBody(*image, kasm::json::ImageWrite::Create, std::nullopt);
        QCOMPARE(body.value(QStringLiteral("run_config")).toString(), QStringLiteral("{\"hostname\": \"kasm\"}"));
    }

    void theKasmVersionIsWhatMostAgentsReport()
    {
        const QJsonObject servers = json("{\"servers\":[{\"agent_version\":\"1.15.0.a1b2c3\"},"
                                         "{\"agent_version\":\"1.15.0.ff\"},{\"agent_version\":\"1.14.0.aa\"},"
                                         "{\"hostname\":\"old\"}]}");
        QCOMPARE(kasm::json::reportedKasmVersion(servers, QStringLiteral("servers")), QStringLiteral("1.15.0"));
        QCOMPARE(kasm::json::reportedKasmVersion(json("{\"servers\":[{}]}"), QStringLiteral("servers")), QString());
    }

    void ourOwnFormKeepsUnknownFieldsAndLeavesOutTheToken()
    {
        auto image = kasm::json::parseImage(
            json(R"({"image_id":"i","name":"n","session_time_limit":60,"available":true,"docker_token":"s"})"),
            QStringLiteral("image"));
        QVERIFY(image);
        image->friendlyName = QStringLiteral("Renamed");
        const QJsonObject out = kasm::json::imageToJson(*image);
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
                                      42,
                                      {}}};
        const auto back = kasm::json::parseAgent(kasm::json::agentToJson(agent), QStringLiteral("agent"));
        QVERIFY(back);
        QCOMPARE(*back, agent);
    }
};

QTEST_APPLESS_MAIN(TestKasmJson)
#include "tst_kasmjson.moc"

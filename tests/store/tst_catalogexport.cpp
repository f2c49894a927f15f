// Catalog export and import: round trip, secrets only as references, all-or-nothing with the fault named.
#include "store/Catalog.h"
#include "store/CatalogExport.h"
#include "store/CatalogQueries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace steward;
using namespace steward::store;

namespace {

std::shared_ptr<Catalog> freshCatalog(const QTemporaryDir &dir)
{
    Result<std::shared_ptr<Catalog>> catalog = Catalog::open(dir.path());
    return catalog ? *catalog : nullptr;
}

Status seed(Catalog &catalog)
{
    return catalog.transaction([](QSqlDatabase &db) -> Status {
        RegistryRecord registry;
        registry.url = QStringLiteral("registry.example:5000");
        registry.username = QStringLiteral("puller");
        registry.credentialRef = QStringLiteral("registry:registry.example:5000:puller");
        registry.rateLimitPolicy = {{QStringLiteral("limit"), 100}, {QStringLiteral("per"), QStringLiteral("ip")}};
        if (Result<qint64> id = upsertRegistry(db, registry); !id)
            return fail(id.error());
        if (Status s = upsertGroup(db, {QStringLiteral("g-test"), QStringLiteral("Testers"), {}, true}); !s)
            return s;
        ImageRecord image;
        image.imageId = QStringLiteral("0f9a");
        image.name = QStringLiteral("registry.example:5000/team/chrome:20261101");
        image.friendlyName = QStringLiteral("Chrome (custom)");
        image.dockerRegistry = QStringLiteral("https://registry.example:5000");
        image.dockerUser = QStringLiteral("puller");
        image.dockerTokenRef = QStringLiteral("registry:registry.example:5000:puller");
        image.stage = QStringLiteral("test");
        image.categories = {QStringLiteral("Browsers")};
        image.runConfig = {{QStringLiteral("hostname"), QStringLiteral("kasm")}};
        if (Status s = upsertImage(db, image); !s)
            return s;
        return assignImageToGroup(db, image.imageId, QStringLiteral("g-test"));
    });
}

// An input the parser fuzzing of issue 13 found, kept byte for byte under tests/store/data.
QByteArray hostileInput(const char *name)
{
    QFile file(QStringLiteral(STEWARD_SOURCE_DIR "/tests/store/data/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test input %s", name);
    return file.readAll();
}

// The largest value of every whole-number field, a number a double cannot hold exactly, text beyond ASCII and a
// description over several lines: all of it must come back exactly.
const QByteArray Boundaries = R"({"format":"imagesteward-catalog","version":1,
    "registries":[{"url":"https://registry.example:5000/","username":"puller","credential_ref":"x",
                   "rate_limit_policy":{"limit":100}}],
    "groups":[{"group_id":"g-test","name":"Testers é✓","description":"two
lines","is_test_group":true}],
    "images":[{"image_id":"i-max","name":"registry.example:5000/team/chrome:1","friendly_name":"Chrome ß",
               "description":"first line
second line","memory":9223372036854775807,"gpu_count":2147483647,
               "uncompressed_size_mb":9007199254740993,"cores":0.1,"docker_registry":"registry.example:5000",
               "docker_user":"puller","docker_token_ref":"y","groups":["g-test"],"stage":"production"},
              {"image_id":"i-zero","name":"x/zero:1","memory":0,"gpu_count":0,"uncompressed_size_mb":0,"cores":0}]})";

// An export's bytes apart from the time it was made.
QByteArray withoutTimeStamp(const QByteArray &json)
{
    static const QRegularExpression stamp(QStringLiteral("\"exported_at\": \"[^\"]*\""));
    return QString::fromUtf8(json).replace(stamp, QStringLiteral("\"exported_at\": \"\"")).toUtf8();
}

int count(Catalog &catalog, const char *table)
{
    QSqlQuery query(catalog.database());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestCatalogExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anExportImportsIntoAnEmptyCatalogUnchanged()
    {
        QTemporaryDir source;
        std::shared_ptr<Catalog> from = freshCatalog(source);
        QVERIFY(from);
        QVERIFY(seed(*from));
        QSqlDatabase fromDb = from->database();
        const Result<QByteArray> json = exportCatalog(fromDb);
        QVERIFY(json);

        QTemporaryDir target;
        std::shared_ptr<Catalog> to = freshCatalog(target);
        QSqlDatabase toDb = to->database();
        const auto imported = importCatalog(toDb, *json, QStringLiteral("tester"));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));

        QCOMPARE(listImages(toDb)->constFirst().runConfig, listImages(fromDb)->constFirst().runConfig);
        QCOMPARE(listImages(toDb)->constFirst().stage, QStringLiteral("test"));
        QCOMPARE(listRegistries(toDb)->constFirst().rateLimitPolicy,
                 listRegistries(fromDb)->constFirst().rateLimitPolicy);
        QCOMPARE(listImageGroups(toDb)->size(), 1);
        // A second export of the imported catalog says the same (apart from its time stamp).
        QJsonObject again = QJsonDocument::fromJson(*exportCatalog(toDb)).object();
        QJsonObject first = QJsonDocument::fromJson(*json).object();
        again.remove(QStringLiteral("exported_at"));
        first.remove(QStringLiteral("exported_at"));
        QCOMPARE(again, first);
        QCOMPARE(listAudit(toDb)->constLast().action, QStringLiteral("catalog.import"));
    }

    void secretsAppearOnlyAsReferences()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = freshCatalog(dir);
        QVERIFY(seed(*catalog));
        QSqlDatabase db = catalog->database();
        const QJsonObject root = QJsonDocument::fromJson(*exportCatalog(db)).object();
        const QJsonObject image = root.value(QStringLiteral("images")).toArray().at(0).toObject();
        QVERIFY(!image.contains(QStringLiteral("docker_token")));
        QCOMPARE(image.value(QStringLiteral("docker_token_ref")).toString(),
                 QStringLiteral("registry:registry.example:5000:puller"));
        QVERIFY(
            !root.value(QStringLiteral("registries")).toArray().at(0).toObject().contains(QStringLiteral("password")));
    }

    // The seeded registry was set up on this machine: a shared catalog file must not log it in as someone else,
    // drop its CA file or quietly turn TLS verification off.
    void anImportKeepsAnExistingRegistrysLoginCaFileAndTlsVerification()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = freshCatalog(dir);
        QVERIFY(seed(*catalog));
        QVERIFY(catalog->transaction([](QSqlDatabase &db) -> Status {
            RegistryRecord r = **findRegistry(db, QStringLiteral("registry.example:5000"));
            r.caFile = QStringLiteral("/etc/steward/team-ca.pem");
            Result<qint64> id = upsertRegistry(db, r);
            return id ? Status() : Status(fail(id.error()));
        }));
        QSqlDatabase db = catalog->database();
        const QByteArray json = R"({"format":"imagesteward-catalog","version":1,"registries":[
            {"url":"registry.example:5000","username":"mallory","insecure":true,"rate_limit_policy":{"limit":7}},
            {"url":"other.example","insecure":true}]})";
        const auto imported = importCatalog(db, json, QStringLiteral("tester"));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));

        const RegistryRecord kept = **findRegistry(db, QStringLiteral("registry.example:5000"));
        QCOMPARE(kept.username, QStringLiteral("puller"));
        QCOMPARE(kept.credentialRef, QStringLiteral("registry:registry.example:5000:puller"));
        QCOMPARE(kept.caFile, QStringLiteral("/etc/steward/team-ca.pem"));
        QCOMPARE(kept.insecure, false);
        QCOMPARE(kept.rateLimitPolicy.value(QStringLiteral("limit")).toInt(), 7); // the rest is the file's
        QVERIFY((*findRegistry(db, QStringLiteral("other.example")))->insecure);
    }

    void aMalformedFileNamesTheFaultAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        const QByteArray head = "{\"format\":\"imagesteward-catalog\",\"version\":1,";
        QTest::newRow("broken JSON syntax names the line")
            << QByteArray("{\n\"format\": \"imagesteward-catalog\",\n\"version\": 1,\n\"images\": [,]\n}")
            << QStringLiteral("line 4");
        QTest::newRow("a later image with a text memory names that field")
            << QByteArray(head + "\"registries\":[{\"url\":\"new.example\"}],\"images\":["
                                 "{\"image_id\":\"a\",\"name\":\"x/a:1\"},"
                                 "{\"image_id\":\"b\",\"name\":\"x/b:1\",\"memory\":\"lots\"}]}")
            << QStringLiteral("images[1].memory");
        QTest::newRow("an image without a name names the field")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\"}]}") << QStringLiteral("images[0].name");
        QTest::newRow("an unknown stage is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\",\"stage\":\"limbo\"}]}")
            << QStringLiteral("images[0].stage");
        QTest::newRow("a group nobody defined is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\",\"groups\":[\"ghost\"]}]}")
            << QStringLiteral("images[0].groups");
        QTest::newRow("a secret value instead of a reference is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\",\"docker_token\":\"t\"}]}")
            << QStringLiteral("images[0].docker_token");
        QTest::newRow("another file format is refused")
            << QByteArray("{\"format\":\"other\"}") << QStringLiteral("format");
        QTest::newRow("a newer export version is refused") << QByteArray("{\"format\":\"imagesteward-catalog\","
                                                                         "\"version\":9}")
                                                           << QStringLiteral("version");
        // Issue 13: number() had a lower bound only, and a cast of an out-of-range double is undefined.
        QTest::newRow("catalog-huge-numbers.json: a memory of 1e300 is refused")
            << hostileInput("catalog-huge-numbers.json")
            << QStringLiteral("images[0].memory: expected a whole number from 0 to 9223372036854775807");
        QTest::newRow("a memory of 2^63, one past the largest, is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\",\"memory\":9223372036854775808}]}")
            << QStringLiteral("images[0].memory");
        QTest::newRow("a gpu count beyond a 32-bit int is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\",\"gpu_count\":3e9}]}")
            << QStringLiteral("images[0].gpu_count: expected a whole number from 0 to 2147483647");
        QTest::newRow("an uncompressed size of 1e19 is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\",\"uncompressed_size_mb\":1e19}]}")
            << QStringLiteral("images[0].uncompressed_size_mb");
        QTest::newRow("a fractional gpu count is refused, not rounded")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\",\"gpu_count\":1.5}]}")
            << QStringLiteral("images[0].gpu_count");
        QTest::newRow("catalog-float-cast-fuzzer.bin is refused at its first fault")
            << hostileInput("catalog-float-cast-fuzzer.bin") << QStringLiteral("groups[0].group_id");
        // Ids, names and user names are one line of printable text.
        QTest::newRow("a NUL in an image id is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\\u0000b\",\"name\":\"x/a:1\"}]}")
            << QStringLiteral("images[0].image_id: character 2 is a control character (\\x00)");
        QTest::newRow("an escape sequence in an image name is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\\u001b[2J\"}]}")
            << QStringLiteral("images[0].name: character 6 is a control character (\\x1b)");
        QTest::newRow("a newline in an image's friendly name is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\",\"friendly_name\":\"A\\nB\"}]}")
            << QStringLiteral("images[0].friendly_name");
        QTest::newRow("a newline in an image's docker user is refused")
            << QByteArray(head + "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\",\"docker_user\":\"bob\\n\"}]}")
            << QStringLiteral("images[0].docker_user");
        QTest::newRow("a newline in a registry user name is refused")
            << QByteArray(head + "\"registries\":[{\"url\":\"new.example\",\"username\":\"bob\\nmallory\"}]}")
            << QStringLiteral("registries[0].username");
        QTest::newRow("an escape character in a group id is refused")
            << QByteArray(head + "\"groups\":[{\"group_id\":\"g\\u001b\",\"name\":\"G\"}]}")
            << QStringLiteral("groups[0].group_id");
        QTest::newRow("a NUL in a group name is refused")
            << QByteArray(head + "\"groups\":[{\"group_id\":\"g\",\"name\":\"G\\u0000\"}]}")
            << QStringLiteral("groups[0].name");
    }

    void aMalformedFileNamesTheFaultAndWritesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = freshCatalog(dir);
        QVERIFY(seed(*catalog));
        QSqlDatabase db = catalog->database();
        const int images = count(*catalog, "images");
        const int registries = count(*catalog, "registries");
        const int audit = count(*catalog, "audit_log");
        const auto imported = importCatalog(db, json, QStringLiteral("tester"));
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(named), qPrintable(imported.error().message));
        QVERIFY(imported.error().message.contains(QLatin1String("nothing was imported")));
        QCOMPARE(count(*catalog, "images"), images);
        QCOMPARE(count(*catalog, "registries"), registries);
        QCOMPARE(count(*catalog, "audit_log"), audit);
    }

    void wholeNumbersAreStoredExactly()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = freshCatalog(dir);
        QSqlDatabase db = catalog->database();
        const auto imported = importCatalog(db, Boundaries, QStringLiteral("tester"));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        const QList<ImageRecord> images = *listImages(db);
        const auto found = std::find_if(images.begin(), images.end(),
                                        [](const ImageRecord &i) { return i.imageId == QLatin1String("i-max"); });
        QVERIFY(found != images.end());
        const ImageRecord &image = *found;
        QCOMPARE(image.memory, std::numeric_limits<qint64>::max());
        QCOMPARE(image.gpuCount, std::numeric_limits<int>::max());
        QCOMPARE(image.uncompressedSizeMb, qint64(9007199254740993LL));
        QCOMPARE(image.cores, 0.1);
    }

    // Issue 13: an import stored INT64_MIN for 1e300, and the export of that catalog no longer imported.
    void everyCatalogThatImportsExportsAndImportsToTheSameBytes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("the largest numbers, unicode and multi-line text") << Boundaries;
        QTest::newRow("catalog-huge-numbers.json") << hostileInput("catalog-huge-numbers.json");
        QTest::newRow("catalog-float-cast-fuzzer.bin") << hostileInput("catalog-float-cast-fuzzer.bin");
    }

    void everyCatalogThatImportsExportsAndImportsToTheSameBytes()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir first;
        std::shared_ptr<Catalog> original = freshCatalog(first);
        QSqlDatabase originalDb = original->database();
        const auto imported = importCatalog(originalDb, json, QStringLiteral("tester"));
        if (!imported) { // a file that does not import must say why
            QVERIFY2(imported.error().message.contains(QLatin1String("nothing was imported")),
                     qPrintable(imported.error().message));
            return;
        }
        const Result<QByteArray> exported = exportCatalog(originalDb);
        QVERIFY(exported);

        QTemporaryDir second;
        std::shared_ptr<Catalog> copy = freshCatalog(second);
        QSqlDatabase copyDb = copy->database();
        const auto reimported = importCatalog(copyDb, *exported, QStringLiteral("tester"));
        QVERIFY2(reimported, qPrintable(reimported ? QString() : reimported.error().toString()));
        const Result<QByteArray> again = exportCatalog(copyDb);
        QVERIFY(again);
        QCOMPARE(withoutTimeStamp(*again), withoutTimeStamp(*exported));
    }

    void aFailureWhileWritingRollsEverythingBack()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = freshCatalog(dir);
        QSqlDatabase db = catalog->database();
        // Valid JSON, but the zone it names does not exist: the database refuses the last image after the first
        // registry and image were written.
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TRIGGER refuse_b BEFORE INSERT ON images WHEN NEW.image_id"
                                                  " = 'b' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        const QByteArray json = "{\"format\":\"imagesteward-catalog\",\"version\":1,"
                                "\"registries\":[{\"url\":\"new.example\"}],"
                                "\"images\":[{\"image_id\":\"a\",\"name\":\"x/a:1\"},"
                                "{\"image_id\":\"b\",\"name\":\"x/b:1\"}]}";
        const auto imported = importCatalog(db, json, QStringLiteral("tester"));
        QVERIFY(!imported);
        QCOMPARE(count(*catalog, "images"), 0);
        QCOMPARE(count(*catalog, "registries"), 0);
        QCOMPARE(count(*catalog, "audit_log"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalogExport)
#include "tst_catalogexport.moc"

// ManagedImages: a managed image survives reopening the catalog whole, an update replaces its test groups, every
// change leaves an audit line with before and after, and the schema refuses a strategy it does not know.
#include "store/Catalog.h"
#include "store/CatalogQueries.h"
#include "store/ManagedImages.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::store;

namespace {

ManagedImage chrome()
{
    ManagedImage image;
    image.imageId = QStringLiteral("img-chrome");
    image.friendlyName = QStringLiteral("Chrome (custom)");
    image.repository = QStringLiteral("registry.example:5000/team/chrome");
    image.loginRegistry = QStringLiteral("registry.example:5000");
    image.testGroups = {{QStringLiteral("g-testers"), QStringLiteral("Testers")}};
    image.uniquePattern = QStringLiteral("{version}-%Y%m%d");
    image.movingTag = QStringLiteral("stable");
    image.strategy = DeployStrategy::Move;
    return image;
}

Status save(const Catalog &catalog, const ManagedImage &image)
{
    return catalog.transaction([&](QSqlDatabase &db) { return saveManagedImage(db, image, QStringLiteral("tester")); });
}

} // namespace

class TestManagedImages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSavedImageReadsBackWholeAfterReopening()
    {
        QTemporaryDir dir;
        {
            std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
            QVERIFY(catalog->schemaVersion() >= 4);
            QVERIFY(save(*catalog, chrome()));
        }
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        QSqlDatabase db = catalog->database();
        const Result<std::optional<ManagedImage>> found = findManagedImage(db, QStringLiteral("img-chrome"));
        QVERIFY(found && found->has_value());
        const ManagedImage &image = **found;
        QCOMPARE(image.friendlyName, QStringLiteral("Chrome (custom)"));
        QCOMPARE(image.repository, QStringLiteral("registry.example:5000/team/chrome"));
        QCOMPARE(image.loginRegistry, QStringLiteral("registry.example:5000"));
        QVERIFY(image.testTwinId.isEmpty());
        QCOMPARE(image.testGroups, (QList<ManagedTestGroup>{{QStringLiteral("g-testers"), QStringLiteral("Testers")}}));
        QCOMPARE(image.uniquePattern, QStringLiteral("{version}-%Y%m%d"));
        QCOMPARE(image.movingTag, QStringLiteral("stable"));
        QCOMPARE(image.strategy, DeployStrategy::Move);
        QVERIFY(image.createdAt.isValid());
        QVERIFY(!findManagedImage(db, QStringLiteral("img-other"))->has_value());
    }

    void anUpdateReplacesTheTestGroupsAndKeepsTheCreationTime()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        QVERIFY(save(*catalog, chrome()));
        QSqlDatabase db = catalog->database();
        const QDateTime created = (*findManagedImage(db, QStringLiteral("img-chrome")))->createdAt;
        ManagedImage changed = chrome();
        changed.testGroups = {{QStringLiteral("g-qa"), QStringLiteral("QA")},
                              {QStringLiteral("g-it"), QStringLiteral("IT")}};
        changed.testTwinId = QStringLiteral("img-chrome-test");
        changed.strategy = DeployStrategy::Pin;
        QVERIFY(save(*catalog, changed));
        const ManagedImage read = **findManagedImage(db, QStringLiteral("img-chrome"));
        QCOMPARE(read.testGroups, (QList<ManagedTestGroup>{{QStringLiteral("g-it"), QStringLiteral("IT")},
                                                           {QStringLiteral("g-qa"), QStringLiteral("QA")}}));
        QCOMPARE(read.testTwinId, QStringLiteral("img-chrome-test"));
        QCOMPARE(read.strategy, DeployStrategy::Pin);
        QCOMPARE(read.createdAt, created);
        QCOMPARE(listManagedImages(db)->size(), 1);
    }

    void everyChangeIsAuditedWithBeforeAndAfter()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        QVERIFY(save(*catalog, chrome()));
        ManagedImage changed = chrome();
        changed.movingTag = QStringLiteral("latest");
        QVERIFY(save(*catalog, changed));
        QVERIFY(catalog->transaction([](QSqlDatabase &db) {
            return removeManagedImage(db, QStringLiteral("img-chrome"), QStringLiteral("tester"));
        }));
        QSqlDatabase db = catalog->database();
        QVERIFY(!findManagedImage(db, QStringLiteral("img-chrome"))->has_value());
        QSqlQuery orphans(db);
        QVERIFY(orphans.exec(QStringLiteral("SELECT COUNT(*) FROM managed_image_test_groups")) && orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
        const QList<AuditEntry> audit = *listAudit(db);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(0).action, QStringLiteral("managed-image.save"));
        QVERIFY(audit.at(0).before.isNull());
        QCOMPARE(audit.at(1).before.toObject().value(QStringLiteral("moving_tag")).toString(),
                 QStringLiteral("stable"));
        QCOMPARE(audit.at(1).after.toObject().value(QStringLiteral("moving_tag")).toString(), QStringLiteral("latest"));
        QCOMPARE(audit.at(2).action, QStringLiteral("managed-image.remove"));
        QCOMPARE(audit.at(2).actor, QStringLiteral("tester"));
        QVERIFY(audit.at(2).after.isNull());
        const Status again = catalog->transaction([](QSqlDatabase &db) {
            return removeManagedImage(db, QStringLiteral("img-chrome"), QStringLiteral("tester"));
        });
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    }

    void theSchemaRefusesAnUnknownStrategy()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        QSqlDatabase db = catalog->database();
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO managed_images (image_id, repository, strategy, created_at,"
                                           " updated_at) VALUES ('x', 'r/x', 'yolo', '', '')")));
    }

    void strategyNamesRoundTrip()
    {
        QCOMPARE(deployStrategyFromName(deployStrategyName(DeployStrategy::Move)), DeployStrategy::Move);
        QCOMPARE(deployStrategyFromName(deployStrategyName(DeployStrategy::Pin)), DeployStrategy::Pin);
        QVERIFY(!deployStrategyFromName(QStringLiteral("Pin")));
    }
};

QTEST_GUILESS_MAIN(TestManagedImages)
#include "tst_managedimages.moc"

// SimulatedDeployment beyond the shared contract: the demo data set, persistence, the inventory controls, and
// that a failed save records nothing.
#include "AwaitFuture.h"
#include "core/Clock.h"
#include "kasm/CatalogSimulatedStorage.h"
#include "kasm/DemoDataSet.h"
#include "kasm/SimulatedDeployment.h"
#include "store/Catalog.h"
#include "store/CatalogQueries.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::awaitResult;

namespace {

const QString registry = QStringLiteral("127.0.0.1:5055");

QDateTime start()
{
    return QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);
}

} // namespace

class TestSimulatedDeployment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoDataSetHasTheAdvertisedShape()
    {
        const kasm::SimulatedState demo = kasm::demoDataSet(registry, start());
        QCOMPARE(demo.agents.size(), 12);
        QCOMPARE(demo.zones.size(), 2);
        QSet<QString> egress, zones;
        for (const KasmAgent &agent : demo.agents) {
            egress << agent.egressSource;
            zones << agent.zoneId;
            QVERIFY(!agent.inventory.isEmpty());
        }
        QCOMPARE(egress.size(), 2);
        QCOMPARE(zones.size(), 2);
        QStringList groupNames;
        for (const KasmGroup &group : demo.groups)
            groupNames << group.name;
        QCOMPARE(groupNames, (QStringList{QStringLiteral("All Users"), QStringLiteral("Image Testers"),
                                          QStringLiteral("Engineering")}));
        QVERIFY(demo.images.size() >= 4);
        for (const KasmImage &image : demo.images) {
            QVERIFY2(image.name.startsWith(registry + QStringLiteral("/kasm-demo/")), qPrintable(image.name));
            QVERIFY(!image.dockerRegistry.isEmpty()); // agents only pull images with a registry
        }
        QCOMPARE(kasm::demoDataSet(registry, start()).images.first().imageId, demo.images.first().imageId);
    }

    void stateSurvivesReopeningFromItsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kasm-simulation.json"));
        VirtualClock clock(start().toMSecsSinceEpoch());
        QString createdId;
        {
            kasm::SimulatedDeployment deployment(std::make_unique<kasm::JsonFileSimulatedStorage>(path), clock);
            QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
            KasmImage image;
            image.name = registry + QStringLiteral("/kasm-demo/office:latest");
            image.friendlyName = QStringLiteral("Office (latest)");
            const auto created = awaitResult(deployment.createImage(image, QStringLiteral("secret-token")));
            QVERIFY(created);
            createdId = created->imageId;
            QVERIFY(created->hasDockerToken);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret-token")); // never a secret in a file

        kasm::SimulatedDeployment reopened(std::make_unique<kasm::JsonFileSimulatedStorage>(path), clock);
        QVERIFY(awaitResult(
            reopened.open(kasm::demoDataSet(QStringLiteral("other:1"), start())))); // not re-seeded: state exists
        QCOMPARE(reopened.state().images.size(), kasm::demoDataSet(registry, start()).images.size() + 1);
        const auto images = awaitResult(reopened.listImages());
        QVERIFY(images);
        QVERIFY(std::any_of(images->begin(), images->end(),
                            [&](const KasmImage &i) { return i.imageId == createdId && i.hasDockerToken; }));
        QCOMPARE(reopened.state().agents, kasm::demoDataSet(registry, start()).agents);
    }

    void stateSurvivesReopeningFromTheCatalogAndKeepsOtherLayersColumns()
    {
        QTemporaryDir dir;
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto catalog = store::Catalog::open(dir.path());
        QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().toString()));
        const kasm::SimulatedState demo = kasm::demoDataSet(registry, start());
        QString createdId;
        {
            kasm::SimulatedDeployment deployment(std::make_unique<kasm::CatalogSimulatedStorage>(*catalog), clock);
            const Status opened = awaitResult(deployment.open(demo));
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
            KasmImage image;
            image.name = registry + QStringLiteral("/kasm-demo/office:latest");
            image.friendlyName = QStringLiteral("Office (latest)");
            image.raw.insert(QStringLiteral("session_time_limit"), 600);
            const auto created = awaitResult(deployment.createImage(image, QStringLiteral("secret-token")));
            QVERIFY(created);
            createdId = created->imageId;
        }
        // The workflow marks the image as in test; a later change by the simulation must not undo that.
        QSqlDatabase db = (*catalog)->database();
        {
            // Plain SQL: only the column the workflow owns changes.
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE images SET stage = 'test' WHERE image_id = ?"));
            query.addBindValue(createdId);
            QVERIFY(query.exec());
        }

        kasm::SimulatedDeployment reopened(std::make_unique<kasm::CatalogSimulatedStorage>(*catalog), clock);
        QVERIFY(awaitResult(reopened.open(kasm::demoDataSet(QStringLiteral("other:1"), start()))));
        QCOMPARE(reopened.state().images.size(), demo.images.size() + 1);
        QCOMPARE(reopened.state().agents, demo.agents);
        QCOMPARE(reopened.state().zones.size(), 2);
        QCOMPARE(reopened.state().groups.size(), 3);
        for (const KasmGroup &group : demo.groups) {
            QStringList expected = demo.groupImageIds.value(group.groupId);
            if (group.name == QLatin1String("All Users"))
                expected << createdId;
            QStringList actual = reopened.state().groupImageIds.value(group.groupId);
            expected.sort();
            actual.sort();
            QCOMPARE(actual, expected);
        }
        KasmImage created;
        for (const KasmImage &image : reopened.state().images) {
            if (image.imageId == createdId)
                created = image;
        }
        QVERIFY(created.hasDockerToken);
        QCOMPARE(created.raw.value(QStringLiteral("session_time_limit")).toInt(), 600);
        created.enabled = false;
        QVERIFY(awaitResult(reopened.updateImage(created)));
        auto records = store::listImages(db);
        QVERIFY(records);
        for (const store::ImageRecord &record : *records) {
            if (record.imageId == createdId) {
                QCOMPARE(record.stage, QStringLiteral("test"));
                QVERIFY(!record.enabled);
                QVERIFY(record.dockerTokenRef.isEmpty()); // no secret, and no pretend keychain entry
            }
        }

        // A pull is saved for that agent alone, and survives reopening.
        const KasmAgent agent = reopened.state().agents.at(5);
        const AgentImage pulled{
            registry + QStringLiteral("/kasm-demo/chrome:20261128-0400"),
            {registry + QStringLiteral("/kasm-demo/chrome:20261128-0400")},
            {registry + QStringLiteral("/kasm-demo/chrome@sha256:") + QString(64, QLatin1Char('c'))},
            {},
            2275409920,
            {}};
        const auto afterPull = awaitResult(reopened.recordPull(agent.agentId, pulled));
        QVERIFY(afterPull);
        kasm::SimulatedDeployment third(std::make_unique<kasm::CatalogSimulatedStorage>(*catalog), clock);
        QVERIFY(awaitResult(third.open()));
        QCOMPARE(third.state().agents.at(5), *afterPull);
        QCOMPARE(third.state().agents.at(4), reopened.state().agents.at(4));
    }

    void aFailedSaveChangesNothing()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto storage = std::make_unique<kasm::InMemorySimulatedStorage>();
        kasm::InMemorySimulatedStorage *raw = storage.get();
        kasm::SimulatedDeployment deployment(std::move(storage), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        QSignalSpy changed(&deployment, &kasm::SimulatedDeployment::stateChanged);
        raw->setFailSaves(true);
        KasmImage image;
        image.name = QStringLiteral("r/x:1");
        const auto created = awaitResult(deployment.createImage(image));
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::Storage);
        QCOMPARE(deployment.state().images.size(), kasm::demoDataSet(registry, start()).images.size());
        QVERIFY(!awaitResult(deployment.deleteImage(deployment.state().images.first().imageId)));
        QCOMPARE(deployment.state().images.size(), kasm::demoDataSet(registry, start()).images.size());
        const KasmAgent agent = deployment.state().agents.first();
        QVERIFY(
            !awaitResult(deployment.recordPull(agent.agentId, AgentImage{QStringLiteral("r/x:1"), {}, {}, {}, 1, {}})));
        QCOMPARE(deployment.state().agents.first(), agent);
        QCOMPARE(changed.size(), 0);
    }

    void aPullMakesTheImageAvailableAndStampsTheCheckIn()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        kasm::SimulatedDeployment deployment(std::make_unique<kasm::InMemorySimulatedStorage>(), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        const QString candidate = registry + QStringLiteral("/kasm-demo/chrome:20261128-0400");
        auto availability = [&]() {
            const QList<KasmImage> images = awaitResult(deployment.listImages()).value();
            for (const KasmImage &image : images) {
                if (image.name == candidate)
                    return image.available;
            }
            return false;
        };
        QVERIFY(!availability()); // nobody has the candidate yet

        const KasmAgent agent = deployment.state().agents.first();
        clock.advanceMs(90'000);
        AgentImage pulled{
            candidate, {candidate}, {candidate.section(QLatin1Char(':'), 0, 1) + QStringLiteral("@sha256:ab")},
            {},        1234,        {}};
        const auto after = awaitResult(deployment.recordPull(agent.agentId, pulled));
        QVERIFY(after);
        QVERIFY(after->holds(candidate));
        QCOMPARE(after->lastReported, start().addSecs(90));
        QVERIFY(availability());

        QVERIFY(awaitResult(deployment.removeFromInventory(agent.agentId, candidate)));
        QVERIFY(!availability());
        QVERIFY(!awaitResult(deployment.recordPull(QStringLiteral("no-agent"), pulled)));
    }

    void updateAgentReplacesTheRecord()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        kasm::SimulatedDeployment deployment(std::make_unique<kasm::InMemorySimulatedStorage>(), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        KasmAgent agent = deployment.state().agents.at(3);
        agent.pruneMode = PruneMode::Aggressive;
        agent.diskFreeBytes = 1;
        QVERIFY(awaitResult(deployment.updateAgent(agent)));
        QCOMPARE(awaitResult(deployment.listAgents()).value().at(3), agent);
    }

    void deploymentsSharingAProfileLoseNoChange_data()
    {
        QTest::addColumn<bool>("catalog");
        QTest::newRow("two deployments on one profile catalog") << true;
        QTest::newRow("two deployments on one JSON file") << false;
    }

    // As two processes (a GUI and stewardctl, or parallel stewardctl runs) on one profile: each opened the state
    // before the other changed it.
    void deploymentsSharingAProfileLoseNoChange()
    {
        QFETCH(bool, catalog);
        QTemporaryDir dir;
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto storage = [&]() -> std::unique_ptr<kasm::SimulatedStorage> {
            if (catalog)
                return std::make_unique<kasm::CatalogSimulatedStorage>(dir.path());
            return std::make_unique<kasm::JsonFileSimulatedStorage>(dir.filePath(QStringLiteral("sim.json")));
        };
        kasm::SimulatedDeployment first(storage(), clock);
        kasm::SimulatedDeployment second(storage(), clock);
        QVERIFY(awaitResult(first.open(kasm::demoDataSet(registry, start()))));
        QVERIFY(awaitResult(second.open(kasm::demoDataSet(registry, start()))));
        QVERIFY(awaitResult(second.refresh()));
        const qsizetype demoImages = second.snapshot().images.size();
        const QString testers = kasm::demoDataSet(registry, start()).groups.at(1).groupId;
        const qsizetype demoTesters = second.snapshot().groupImageIds.value(testers).size();

        KasmImage one;
        one.name = registry + QStringLiteral("/kasm-demo/office:one");
        KasmImage two;
        two.name = registry + QStringLiteral("/kasm-demo/office:two");
        const auto createdOne = awaitResult(first.createImage(one));
        QVERIFY(createdOne);
        // The second deployment still holds the state from before the first one's change.
        const auto createdTwo = awaitResult(second.createImage(two));
        QVERIFY(createdTwo);
        QVERIFY(awaitResult(first.addImageToGroup(createdOne->imageId, testers)));
        QVERIFY(awaitResult(second.addImageToGroup(createdTwo->imageId, testers)));

        // A refresh reads the storage: the other deployment's change shows.
        const auto diff = awaitResult(first.refresh());
        QVERIFY(diff);
        QCOMPARE(first.snapshot().images.size(), demoImages + 2);
        QVERIFY(first.snapshot().findImage(createdOne->imageId));
        QVERIFY(first.snapshot().findImage(createdTwo->imageId));
        QCOMPARE(first.snapshot().groupImageIds.value(testers).size(), demoTesters + 2);

        kasm::SimulatedDeployment third(storage(), clock);
        QVERIFY(awaitResult(third.open()));
        QCOMPARE(third.state().images.size(), demoImages + 2);
    }

    // A storage that opened its own catalog keeps what it last read (a library of thousands of images is not read
    // again for every call) but never misses a change another connection committed: another process's agent update,
    // an image it created, and its change right after one of this storage's own.
    void aCachedStateFollowsOtherConnections()
    {
        QTemporaryDir dir;
        kasm::CatalogSimulatedStorage mine(dir.path());
        kasm::CatalogSimulatedStorage other(dir.path());
        QVERIFY(mine.save(kasm::demoDataSet(registry, start())));
        const Result<kasm::SimulatedState> first = mine.load();
        QVERIFY(first);
        const QString agent0 = first->agents.at(0).agentId;
        const QString agent1 = first->agents.at(1).agentId;
        auto setDisk = [](qint64 bytes) {
            return [bytes](KasmAgent &agent) -> Status {
                agent.diskFreeBytes = bytes;
                return {};
            };
        };
        auto diskOf = [](const kasm::SimulatedState &state, const QString &agentId) {
            for (const KasmAgent &agent : state.agents) {
                if (agent.agentId == agentId)
                    return agent.diskFreeBytes;
            }
            return qint64(-1);
        };

        QVERIFY(other.updateAgent(agent0, setDisk(7)));
        QCOMPARE(diskOf(mine.load().value(), agent0), qint64(7));

        QVERIFY(mine.updateAgent(agent0, setDisk(8)));
        QCOMPARE(diskOf(mine.load().value(), agent0), qint64(8));
        QVERIFY(other.updateAgent(agent1, setDisk(9)));
        const kasm::SimulatedState both = mine.load().value();
        QCOMPARE(diskOf(both, agent0), qint64(8));
        QCOMPARE(diskOf(both, agent1), qint64(9));

        QVERIFY(other.update([](kasm::SimulatedState &state, QList<store::AuditEntry> &) -> Status {
            KasmImage image;
            image.imageId = QStringLiteral("cafe0000000000000000000000000001");
            image.name = registry + QStringLiteral("/kasm-demo/office:other");
            state.images << image;
            return {};
        }));
        QCOMPARE(mine.load().value().images.size(), first->images.size() + 1);
        mine.releaseThread();
        other.releaseThread();
    }

    void parallelChangesOnOneProfileAllStay()
    {
        QTemporaryDir dir;
        VirtualClock clock(start().toMSecsSinceEpoch());
        std::vector<std::unique_ptr<kasm::SimulatedDeployment>> deployments;
        for (int n = 0; n < 4; ++n) {
            deployments.push_back(std::make_unique<kasm::SimulatedDeployment>(
                std::make_unique<kasm::CatalogSimulatedStorage>(dir.path()), clock));
            QVERIFY(awaitResult(deployments.back()->open(kasm::demoDataSet(registry, start()))));
        }
        // Every worker thread writes at once.
        QList<QFuture<Result<KasmImage>>> created;
        for (int round = 0; round < 5; ++round) {
            for (size_t n = 0; n < deployments.size(); ++n) {
                KasmImage image;
                image.name = registry + QStringLiteral("/kasm-demo/office:r%1-d%2").arg(round).arg(n);
                created << deployments.at(n)->createImage(image);
            }
        }
        for (auto &future : created)
            QVERIFY(awaitResult(future));
        const auto images = awaitResult(deployments.front()->listImages());
        QVERIFY(images);
        QCOMPARE(images->size(), kasm::demoDataSet(registry, start()).images.size() + 20);
    }

    void everyChangeIsAuditedWithTheChangeItself()
    {
        QTemporaryDir dir;
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto catalog = store::Catalog::open(dir.path());
        QVERIFY(catalog);
        kasm::SimulatedDeployment deployment(std::make_unique<kasm::CatalogSimulatedStorage>(*catalog), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        QSqlDatabase db = (*catalog)->database();
        const qsizetype before = store::listAudit(db).value().size();

        KasmImage image;
        image.name = registry + QStringLiteral("/kasm-demo/office:20261128-0400");
        image.friendlyName = QStringLiteral("Office");
        const auto created = awaitResult(deployment.createImage(image));
        QVERIFY(created);
        KasmImage changed = *created;
        changed.name = registry + QStringLiteral("/kasm-demo/office:20261129-0400");
        QVERIFY(awaitResult(deployment.updateImage(changed)));
        const QString testers = kasm::demoDataSet(registry, start()).groups.at(1).groupId;
        QVERIFY(awaitResult(deployment.addImageToGroup(created->imageId, testers)));
        QVERIFY(awaitResult(deployment.removeImageFromGroup(created->imageId, testers)));
        QVERIFY(awaitResult(deployment.deleteImage(created->imageId)));
        // A refused change records nothing.
        QVERIFY(!awaitResult(deployment.deleteImage(created->imageId)));

        const QList<store::AuditEntry> log = store::listAudit(db).value().mid(before);
        QStringList actions;
        for (const store::AuditEntry &entry : log) {
            actions << entry.action;
            QCOMPARE(entry.subject, created->imageId);
            QVERIFY(!entry.actor.isEmpty());
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("kasm.image.create"), QStringLiteral("kasm.group.add"),
                                       QStringLiteral("kasm.image.update"), QStringLiteral("kasm.group.add"),
                                       QStringLiteral("kasm.group.remove"), QStringLiteral("kasm.image.delete")}));
        QVERIFY(log.at(0).before.isNull());
        QCOMPARE(log.at(0).after.toObject().value(QStringLiteral("name")).toString(), image.name);
        QCOMPARE(log.at(2).before.toObject().value(QStringLiteral("name")).toString(), image.name);
        QCOMPARE(log.at(2).after.toObject().value(QStringLiteral("name")).toString(), changed.name);
        QCOMPARE(log.at(3).before.toObject().value(QStringLiteral("member")).toBool(), false);
        QCOMPARE(log.at(3).after.toObject().value(QStringLiteral("member")).toBool(), true);
        QCOMPARE(log.at(4).after.toObject().value(QStringLiteral("group_id")).toString(), testers);
        QCOMPARE(log.at(5).before.toObject().value(QStringLiteral("name")).toString(), changed.name);
        QVERIFY(log.at(5).after.isNull());
    }

    void aFailedSaveRecordsNoAudit()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto storage = std::make_unique<kasm::InMemorySimulatedStorage>();
        kasm::InMemorySimulatedStorage *raw = storage.get();
        kasm::SimulatedDeployment deployment(std::move(storage), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        KasmImage image;
        image.name = QStringLiteral("r.example/x:1");
        QVERIFY(awaitResult(deployment.createImage(image)));
        const qsizetype recorded = raw->audit().size();
        QCOMPARE(recorded, 2); // created, and joined All Users
        raw->setFailSaves(true);
        QVERIFY(!awaitResult(deployment.createImage(image)));
        QCOMPARE(raw->audit().size(), recorded);
    }

    void anInvalidReferenceIsRefused()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        kasm::SimulatedDeployment deployment(std::make_unique<kasm::InMemorySimulatedStorage>(), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        KasmImage image;
        image.name = QStringLiteral("Not A Ref!! @@");
        const auto created = awaitResult(deployment.createImage(image));
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY2(created.error().message.contains(QLatin1String("Not A Ref!! @@")),
                 qPrintable(created.error().message));

        KasmImage existing = deployment.state().images.first();
        const QString kept = existing.name;
        existing.name = QStringLiteral("Not A Ref!! @@");
        QVERIFY(!awaitResult(deployment.updateImage(existing)));
        QCOMPARE(awaitResult(deployment.listImages()).value().first().name, kept);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedDeployment)
#include "tst_simulateddeployment.moc"

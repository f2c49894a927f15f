// One suite, two implementations: whatever the GUI and the pull engine rely on must hold for a real Kasm server
// (KasmApiDeployment against the test server) and for the embedded SimulatedDeployment alike.
#include "AwaitFuture.h"
#include "KasmTestServer.h"
#include "core/Clock.h"
#include "kasm/DemoDataSet.h"
#include "kasm/KasmApiDeployment.h"
#include "kasm/SimulatedDeployment.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace steward;
using steward::test::awaitResult;

class TestDeploymentContract final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::KasmTestServer> m_server;
    std::unique_ptr<kasm::Deployment> m_deployment;
    VirtualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch()};

    QString groupId(const QString &name)
    {
        const auto groups = awaitResult(m_deployment->listGroups());
        if (groups) {
            for (const KasmGroup &group : *groups) {
                if (group.name == name)
                    return group.groupId;
            }
        }
        return {};
    }

    KasmImage newImage()
    {
        KasmImage image;
        image.name = QStringLiteral("registry.test:5000/kasm-demo/chrome:20261128-0400");
        image.friendlyName = QStringLiteral("Chrome (contract)");
        image.dockerRegistry = QStringLiteral("http://registry.test:5000");
        image.cores = 2;
        image.memoryBytes = 2768000000;
        image.categories = {QStringLiteral("Browsers")};
        return image;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("simulated");
        QTest::newRow("a Kasm server through its API") << false;
        QTest::newRow("the simulated deployment") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, simulated);
        if (simulated) {
            auto deployment = std::make_unique<kasm::SimulatedDeployment>(
                std::make_unique<kasm::InMemorySimulatedStorage>(), m_clock);
            QVERIFY(
                awaitResult(deployment->open(kasm::demoDataSet(QStringLiteral("registry.test:5000"), m_clock.now()))));
            m_deployment = std::move(deployment);
        } else {
            m_server = std::make_unique<test::KasmTestServer>();
            QVERIFY(m_server->start());
            kasm::KasmConnection connection;
            connection.serverUrl = m_server->url();
            connection.apiKey = QStringLiteral("admin-key");
            connection.apiKeySecret = QStringLiteral("admin-secret");
            m_deployment = std::make_unique<kasm::KasmApiDeployment>(connection);
        }
    }

    void cleanup()
    {
        m_deployment.reset();
        m_server.reset();
    }

    void infoAnswers()
    {
        const auto info = awaitResult(m_deployment->info());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QVERIFY(info->imageCount > 0);
        QVERIFY(info->zoneCount > 0);
    }

    void aCreatedImageIsListedAndJoinsAllUsers()
    {
        const auto created = awaitResult(m_deployment->createImage(newImage()));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QVERIFY(!created->imageId.isEmpty());
        const auto images = awaitResult(m_deployment->listImages());
        QVERIFY(images);
        const auto found = std::find_if(images->begin(), images->end(),
                                        [&](const KasmImage &i) { return i.imageId == created->imageId; });
        QVERIFY(found != images->end());
        QCOMPARE(found->name, newImage().name);
        QCOMPARE(found->friendlyName, newImage().friendlyName);
        QCOMPARE(found->categories, newImage().categories);
        QCOMPARE(found->memoryBytes, newImage().memoryBytes);
        QVERIFY(awaitResult(m_deployment->listGroupImageIds(groupId(QStringLiteral("All Users"))))
                    .value()
                    .contains(created->imageId));
    }

    void anUpdateChangesTheFieldsAndKeepsTheRest()
    {
        const auto created = awaitResult(m_deployment->createImage(newImage()));
        QVERIFY(created);
        KasmImage changed = *created;
        changed.name = QStringLiteral("registry.test:5000/kasm-demo/chrome:latest");
        changed.enabled = false;
        const auto updated = awaitResult(m_deployment->updateImage(changed));
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
        QCOMPARE(updated->name, changed.name);
        const auto images = awaitResult(m_deployment->listImages());
        QVERIFY(images);
        for (const KasmImage &image : *images) {
            if (image.imageId == created->imageId) {
                QCOMPARE(image.name, changed.name);
                QVERIFY(!image.enabled);
                QCOMPARE(image.friendlyName, newImage().friendlyName);
                QCOMPARE(image.cores, 2.0);
            }
        }
    }

    void theRegistryPasswordSurvivesUpdatesThatDoNotSetIt()
    {
        const auto created = awaitResult(m_deployment->createImage(newImage(), QStringLiteral("registry-secret")));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QVERIFY(created->hasDockerToken);
        // A deploy switches the reference of an image it knows by id, name and login only.
        KasmImage deploy;
        deploy.imageId = created->imageId;
        deploy.name = QStringLiteral("registry.test:5000/kasm-demo/chrome:20261129-0400");
        deploy.friendlyName = created->friendlyName;
        deploy.dockerRegistry = created->dockerRegistry;
        deploy.cores = created->cores;
        deploy.memoryBytes = created->memoryBytes;
        QVERIFY(awaitResult(m_deployment->updateImage(deploy)));
        const QString testers = groupId(QStringLiteral("Image Testers"));
        QVERIFY(awaitResult(m_deployment->addImageToGroup(created->imageId, testers)));
        QVERIFY(awaitResult(m_deployment->removeImageFromGroup(created->imageId, testers)));
        const auto images = awaitResult(m_deployment->listImages());
        QVERIFY(images);
        for (const KasmImage &image : *images) {
            if (image.imageId == created->imageId) {
                QCOMPARE(image.name, deploy.name);
                QVERIFY(image.hasDockerToken);
            }
        }
        if (m_server)
            QCOMPARE(m_server->storedDockerToken(created->imageId), QStringLiteral("registry-secret"));
    }

    void updatingOrDeletingAnUnknownImageFails()
    {
        KasmImage ghost = newImage();
        ghost.imageId = QStringLiteral("00000000000000000000000000000000");
        QVERIFY(!awaitResult(m_deployment->updateImage(ghost)));
        QVERIFY(!awaitResult(m_deployment->deleteImage(ghost.imageId)));
    }

    void aDeletedImageIsGoneFromListsAndGroups()
    {
        const auto created = awaitResult(m_deployment->createImage(newImage()));
        QVERIFY(created);
        QVERIFY(awaitResult(m_deployment->deleteImage(created->imageId)));
        const auto images = awaitResult(m_deployment->listImages());
        QVERIFY(images);
        for (const KasmImage &image : *images)
            QVERIFY(image.imageId != created->imageId);
        QVERIFY(!awaitResult(m_deployment->listGroupImageIds(groupId(QStringLiteral("All Users"))))
                     .value()
                     .contains(created->imageId));
    }

    void membershipIsAddedAndRemoved()
    {
        const QString testers = groupId(QStringLiteral("Image Testers"));
        QVERIFY(!testers.isEmpty());
        const auto created = awaitResult(m_deployment->createImage(newImage()));
        QVERIFY(created);
        QVERIFY(awaitResult(m_deployment->addImageToGroup(created->imageId, testers)));
        QVERIFY(awaitResult(m_deployment->listGroupImageIds(testers)).value().contains(created->imageId));
        QVERIFY(awaitResult(m_deployment->removeImageFromGroup(created->imageId, testers)));
        QVERIFY(!awaitResult(m_deployment->listGroupImageIds(testers)).value().contains(created->imageId));
        QVERIFY(!awaitResult(m_deployment->addImageToGroup(created->imageId, QStringLiteral("no-such-group"))));
    }

    void agentsBelongToListedZonesAndReportInventories()
    {
        const auto agents = awaitResult(m_deployment->listAgents());
        const auto zones = awaitResult(m_deployment->listZones());
        QVERIFY(agents);
        QVERIFY(zones);
        QVERIFY(!agents->isEmpty());
        QStringList zoneIds;
        for (const KasmZone &zone : *zones)
            zoneIds << zone.zoneId;
        bool someInventory = false;
        for (const KasmAgent &agent : *agents) {
            QVERIFY(!agent.agentId.isEmpty());
            QVERIFY2(zoneIds.contains(agent.zoneId), qPrintable(agent.hostname));
            QVERIFY(agent.lastReported.isValid());
            QVERIFY(agent.diskTotalBytes >= agent.diskFreeBytes);
            someInventory = someInventory || !agent.inventory.isEmpty();
        }
        QVERIFY(someInventory);
    }

    void availableMeansSomeAgentHoldsTheImage()
    {
        const auto images = awaitResult(m_deployment->listImages());
        const auto agents = awaitResult(m_deployment->listAgents());
        QVERIFY(images && agents);
        for (const KasmImage &image : *images) {
            bool held = false;
            for (const KasmAgent &agent : *agents)
                held = held || agent.findImage(image.name);
            QCOMPARE(image.available, held);
        }
    }

    void refreshReportsWhatChanged()
    {
        QSignalSpy refreshed(m_deployment.get(), &kasm::Deployment::refreshed);
        QVERIFY(awaitResult(m_deployment->refresh()));
        QVERIFY(m_deployment->hasSnapshot());
        const auto created = awaitResult(m_deployment->createImage(newImage()));
        QVERIFY(created);
        const auto diff = awaitResult(m_deployment->refresh());
        QVERIFY(diff);
        QCOMPARE(diff->imagesAdded, QStringList{created->imageId});
        QCOMPARE(diff->groupsChanged, QStringList{groupId(QStringLiteral("All Users"))});
        QVERIFY(diff->agentsAdded.isEmpty());
        QCOMPARE(refreshed.size(), 2);
        QVERIFY(m_deployment->snapshot().findImage(created->imageId));
        const auto unchanged = awaitResult(m_deployment->refresh());
        QVERIFY(unchanged);
        QVERIFY2(unchanged->isEmpty(), qPrintable(unchanged->summary()));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentContract)
#include "tst_deploymentcontract.moc"

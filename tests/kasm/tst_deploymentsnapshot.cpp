// What a refresh reports: the diff between two snapshots.
#include "kasm/DeploymentSnapshot.h"

#include <QTest>

using namespace steward;

namespace {

kasm::DeploymentSnapshot base()
{
    kasm::DeploymentSnapshot s;
    KasmImage chrome;
    chrome.imageId = QStringLiteral("i1");
    chrome.name = QStringLiteral("r/chrome:1");
    KasmImage office;
    office.imageId = QStringLiteral("i2");
    office.name = QStringLiteral("r/office:1");
    s.images = {chrome, office};
    KasmGroup all;
    all.groupId = QStringLiteral("g1");
    all.name = QStringLiteral("All Users");
    s.groups = {all};
    s.groupImageIds.insert(QStringLiteral("g1"), {QStringLiteral("i1")});
    KasmAgent agent;
    agent.agentId = QStringLiteral("a1");
    agent.inventory = {AgentImage{QStringLiteral("r/chrome:1"), {QStringLiteral("r/chrome:1")}, {}, {}, 0, {}}};
    s.agents = {agent};
    s.zones = {KasmZone{QStringLiteral("z1"), QStringLiteral("default"), {}}};
    return s;
}

} // namespace

class TestDeploymentSnapshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalSnapshotsDiffEmpty()
    {
        const kasm::DeploymentDiff diff = kasm::diffSnapshots(base(), base());
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.summary(), QStringLiteral("no changes"));
    }

    void imageChangesAreSortedIntoAddedRemovedChanged()
    {
        kasm::DeploymentSnapshot after = base();
        after.images[0].name = QStringLiteral("r/chrome:2");
        after.images.removeAt(1);
        KasmImage added;
        added.imageId = QStringLiteral("i3");
        after.images << added;
        const kasm::DeploymentDiff diff = kasm::diffSnapshots(base(), after);
        QCOMPARE(diff.imagesChanged, QStringList{QStringLiteral("i1")});
        QCOMPARE(diff.imagesRemoved, QStringList{QStringLiteral("i2")});
        QCOMPARE(diff.imagesAdded, QStringList{QStringLiteral("i3")});
    }

    void membershipChangeIsAGroupChange()
    {
        kasm::DeploymentSnapshot after = base();
        after.groupImageIds[QStringLiteral("g1")] << QStringLiteral("i2");
        QCOMPARE(kasm::diffSnapshots(base(), after).groupsChanged, QStringList{QStringLiteral("g1")});
    }

    void inventoryChangeIsReportedPerAgentAndNotAsAnAgentChange()
    {
        kasm::DeploymentSnapshot after = base();
        after.agents[0].inventory << AgentImage{QStringLiteral("r/office:1"), {}, {}, {}, 0, {}};
        after.agents[0].inventory[0].digests = {QStringLiteral("r/chrome@sha256:1")};
        after.agents[0].lastReported = QDateTime::currentDateTimeUtc();
        const kasm::DeploymentDiff diff = kasm::diffSnapshots(base(), after);
        QVERIFY(diff.agentsChanged.isEmpty());
        QCOMPARE(diff.inventoryChanges.size(), 1);
        QCOMPARE(diff.inventoryChanges.first().added, QStringList{QStringLiteral("r/office:1")});
        QCOMPARE(diff.inventoryChanges.first().changed, QStringList{QStringLiteral("r/chrome:1")});
        QVERIFY(diff.summary().contains(QLatin1String("inventor")));
    }
};

QTEST_APPLESS_MAIN(TestDeploymentSnapshot)
#include "tst_deploymentsnapshot.moc"

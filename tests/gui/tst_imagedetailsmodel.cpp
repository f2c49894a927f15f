// ImageDetailsModel, GroupMembersModel and the Images table's stage, availability and drag: what the Images and Test
// groups panes show of one image and one group. Models checked through QAbstractItemModelTester.
#include "DemoSnapshot.h"
#include "guimodels/dnd/DragPayloads.h"
#include "guimodels/groups/GroupMembersModel.h"
#include "guimodels/images/ImageDetailsModel.h"
#include "guimodels/images/ImageTableModel.h"
#include "store/ManagedImages.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace steward;
using namespace steward::gui;
using steward::test::demoSnapshot;

namespace {

const KasmImage &imageNamed(const kasm::DeploymentSnapshot &snapshot, const QString &name)
{
    for (const KasmImage &image : snapshot.images) {
        if (image.friendlyName == name)
            return image;
    }
    qFatal("no demo image %s", qPrintable(name));
}

} // namespace

class TestImageDetailsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detailsListEveryFieldButThePassword()
    {
        ImageDetailsModel details;
        QAbstractItemModelTester tester(&details, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const kasm::DeploymentSnapshot snapshot = demoSnapshot();
        KasmImage image = imageNamed(snapshot, QStringLiteral("Chrome"));
        image.raw.insert(QStringLiteral("run_config"), QJsonObject{{QStringLiteral("hostname"), QStringLiteral("k")}});
        image.raw.insert(QStringLiteral("docker_token"), QStringLiteral("s3cret"));
        details.setImage(image, snapshot);
        QCOMPARE(details.valueOf(QStringLiteral("friendly_name")), QStringLiteral("Chrome"));
        QCOMPARE(details.valueOf(QStringLiteral("name")), image.name);
        QCOMPARE(details.valueOf(QStringLiteral("memory")).contains(QStringLiteral("2,768,000,000 bytes")), true);
        QCOMPARE(details.valueOf(QStringLiteral("run_config")), QStringLiteral(R"({"hostname":"k"})"));
        QVERIFY(details.valueOf(QStringLiteral("groups")).contains(QStringLiteral("All Users")));
        QVERIFY(details.valueOf(QStringLiteral("agents_holding")).endsWith(QStringLiteral(" agents")));
        for (int row = 0; row < details.rowCount(); ++row)
            QVERIFY(!details.index(row, ImageDetailsModel::ValueColumn)
                         .data()
                         .toString()
                         .contains(QStringLiteral("s3cret")));
        details.clear();
        QCOMPARE(details.rowCount(), 0);
    }

    void aGroupListsItsImages()
    {
        GroupMembersModel members;
        QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const kasm::DeploymentSnapshot snapshot = demoSnapshot();
        members.setSnapshot(snapshot);
        QCOMPARE(members.rowCount(), 0);
        const KasmGroup *testers = snapshot.findGroupByName(QStringLiteral("Image Testers"));
        QVERIFY(testers);
        members.setGroupId(testers->groupId);
        QCOMPARE(members.rowCount(), snapshot.groupImageIds.value(testers->groupId).size());
        QVERIFY(snapshot.groupImageIds.value(testers->groupId)
                    .contains(members.index(0).data(GroupMembersModel::ImageIdRole).toString()));
    }

    void managedImagesAndTheirTwinsShowTheirStage()
    {
        ImageTableModel images;
        QAbstractItemModelTester tester(&images, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const kasm::DeploymentSnapshot snapshot = demoSnapshot();
        images.setSnapshot(snapshot);
        const KasmImage &chrome = imageNamed(snapshot, QStringLiteral("Chrome"));
        const KasmImage &candidate = imageNamed(snapshot, QStringLiteral("Chrome (candidate)"));
        const int chromeRow = images.rowOfImage(chrome.imageId);
        QCOMPARE(images.index(chromeRow, ImageTableModel::StageColumn).data().toString(),
                 QStringLiteral("not managed"));
        store::ManagedImage managed;
        managed.imageId = chrome.imageId;
        managed.testTwinId = candidate.imageId;
        images.setManagedImages({managed});
        QCOMPARE(images.index(chromeRow, ImageTableModel::StageColumn).data().toString(), QStringLiteral("production"));
        QCOMPARE(images.index(images.rowOfImage(candidate.imageId), ImageTableModel::StageColumn).data().toString(),
                 QStringLiteral("testing"));
        // Availability: "held/agents", out of the enabled agents that can run it.
        QVERIFY(images.index(chromeRow, ImageTableModel::AvailabilityColumn)
                    .data()
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^\\d+/\\d+ agents$"))));
        // The registry's digest, once the tag cache knows it.
        images.setRegistryDigests({{chrome.name, QStringLiteral("sha256:0123456789abcdef0123")}});
        QCOMPARE(images.index(chromeRow, ImageTableModel::DigestColumn).data().toString(),
                 QStringLiteral("sha256:0123456789ab…"));
        // Rows drag as images: their ids and references.
        const std::unique_ptr<QMimeData> data(images.mimeData({images.index(chromeRow, 0)}));
        QCOMPARE(decodeImages(data.get()), (QList<ImagePayload>{{chrome.imageId, chrome.name}}));
    }
};

QTEST_GUILESS_MAIN(TestImageDetailsModel)
#include "tst_imagedetailsmodel.moc"

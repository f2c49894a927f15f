// GroupListModel: the deployment's groups for the Test groups pane, the test group marked, checked through
// QAbstractItemModelTester for the whole of each test.
#include "DemoSnapshot.h"
#include "guimodels/dnd/DragPayloads.h"
#include "guimodels/groups/GroupListModel.h"
#include "guimodels/images/ImageTableModel.h"
#include "kasm/DemoDataSet.h"
#include "kasm/DeploymentSnapshot.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace steward;
using namespace steward::gui;
using steward::test::demoSnapshot;

class TestGroupListModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GroupListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList shown() const
    {
        QStringList names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names << m_model->index(row).data().toString();
        return names;
    }

    int rowOf(const QString &groupId) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row).data(GroupListModel::GroupIdRole).toString() == groupId)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<GroupListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void listsTheGroupsAndMarksTheTestGroup()
    {
        const kasm::DeploymentSnapshot snapshot = demoSnapshot();
        m_model->setSnapshot(snapshot);
        QCOMPARE(shown(), (QStringList{QStringLiteral("All Users"), QStringLiteral("Image Testers (test group)"),
                                       QStringLiteral("Engineering")}));
        QCOMPARE(m_model->testGroupRow(), 1);

        const QModelIndex testers = m_model->index(1);
        QCOMPARE(testers.data(GroupListModel::NameRole).toString(), QStringLiteral("Image Testers"));
        QCOMPARE(testers.data(GroupListModel::GroupIdRole).toString(),
                 snapshot.findGroupByName(QStringLiteral("Image Testers"))->groupId);
        QCOMPARE(testers.data(GroupListModel::IsTestGroupRole).toBool(), true);
        QCOMPARE(testers.data(GroupListModel::IsSystemRole).toBool(), false);
        QCOMPARE(testers.data(GroupListModel::ImageCountRole).toInt(), 1);
        QVERIFY(testers.data(Qt::ToolTipRole).toString().contains(QStringLiteral("verify candidate images")));

        const QModelIndex allUsers = m_model->index(0);
        QCOMPARE(allUsers.data(GroupListModel::IsTestGroupRole).toBool(), false);
        QCOMPARE(allUsers.data(GroupListModel::IsSystemRole).toBool(), true);
        QCOMPARE(allUsers.data(GroupListModel::ImageCountRole).toInt(), 3);
        QCOMPARE(allUsers.data(Qt::ToolTipRole).toString(), QStringLiteral("Everyone\nImages assigned: 3"));
    }

    void anotherTestGroupMovesTheMark()
    {
        m_model->setSnapshot(demoSnapshot());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setTestGroupName(QStringLiteral("Engineering"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->testGroupRow(), 2);
        QCOMPARE(shown(), (QStringList{QStringLiteral("All Users"), QStringLiteral("Image Testers"),
                                       QStringLiteral("Engineering (test group)")}));

        m_model->setTestGroupName(QString());
        QCOMPARE(m_model->testGroupRow(), -1);
        QCOMPARE(m_model->index(2).data(GroupListModel::IsTestGroupRole).toBool(), false);
    }

    void aDeploymentWithoutTheTestGroupMarksNone()
    {
        kasm::DeploymentSnapshot snapshot = demoSnapshot();
        snapshot.groups.removeAt(1);
        m_model->setSnapshot(snapshot);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->testGroupRow(), -1);
    }

    void sameGroupsUpdateInPlaceOtherGroupsReset()
    {
        kasm::DeploymentSnapshot snapshot = demoSnapshot();
        m_model->setSnapshot(snapshot);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        const QString engineeringId = snapshot.groups.at(2).groupId;
        snapshot.groupImageIds[engineeringId].append(snapshot.images.at(0).imageId);
        m_model->setSnapshot(snapshot);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(2));
        QCOMPARE(m_model->index(2).data(GroupListModel::ImageCountRole).toInt(), 3);

        snapshot.groups.append(KasmGroup{QStringLiteral("g-new"), QStringLiteral("Finance"), {}, 10, false, {}});
        m_model->setSnapshot(snapshot);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->index(3).data(GroupListModel::ImageCountRole).toInt(), 0);
    }

    // Drag and drop: ImageTableModel::mimeData() → GroupListModel::dropMimeData(), as the views would call them.
    void anImageDroppedOnAGroupAsksForItsAssignment()
    {
        const kasm::DeploymentSnapshot snapshot = demoSnapshot();
        m_model->setSnapshot(snapshot);
        ImageTableModel images;
        images.setSnapshot(snapshot);
        const KasmGroup *engineering = snapshot.findGroupByName(QStringLiteral("Engineering"));
        QVERIFY(engineering);
        const int groupRow = rowOf(engineering->groupId);
        // An image not yet in Engineering.
        int imageRow = -1;
        for (int row = 0; row < images.rowCount(); ++row) {
            if (!snapshot.groupImageIds.value(engineering->groupId).contains(images.imageAt(row).imageId))
                imageRow = row;
        }
        QVERIFY(imageRow >= 0);
        const std::unique_ptr<QMimeData> data(
            images.mimeData({images.index(imageRow, 0), images.index(imageRow, ImageTableModel::GroupsColumn)}));
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, m_model->index(groupRow)));
        QSignalSpy assign(m_model.get(), &GroupListModel::assignRequested);
        QSignalSpy refused(m_model.get(), &GroupListModel::dropRefused);
        QVERIFY(m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, m_model->index(groupRow)));
        QCOMPARE(assign.count(), 1);
        QCOMPARE(assign.at(0).at(0).toString(), engineering->groupId);
        QCOMPARE(assign.at(0).at(1).toStringList(), QStringList{images.imageAt(imageRow).imageId});
        QCOMPARE(refused.count(), 0);
    }

    void dropsThatCannotBeTakenAreRefused()
    {
        const kasm::DeploymentSnapshot snapshot = demoSnapshot();
        m_model->setSnapshot(snapshot);
        const KasmImage &image = snapshot.images.constFirst();
        const std::unique_ptr<QMimeData> data(encodeImages({{image.imageId, image.name}}));
        const QModelIndex group = m_model->index(0);
        // Between groups, on nothing, as a move, or a tag instead of an image.
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 1, 0, QModelIndex()));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, QModelIndex()));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, group));
        const std::unique_ptr<QMimeData> tag(
            encodeTags({{QStringLiteral("registry.test:5000"), QStringLiteral("kasm-demo/chrome"),
                         QStringLiteral("latest"), QStringLiteral("sha256:abc")}}));
        QVERIFY(!m_model->canDropMimeData(tag.get(), Qt::CopyAction, -1, -1, group));
        QVERIFY(!m_model->dropMimeData(tag.get(), Qt::CopyAction, -1, -1, group));
        QVERIFY(!m_model->flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(m_model->flags(group).testFlag(Qt::ItemIsDropEnabled));
    }

    void aStaleDropIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("imageId");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("message");
        const KasmImage image = demoSnapshot().images.constFirst();
        QTest::newRow("an image switched to another reference since the drag began")
            << image.imageId << QStringLiteral("registry.test:5000/kasm-demo/chrome:19990101-0000")
            << QStringLiteral("changed since the drag began");
        QTest::newRow("an image deleted since the drag began")
            << QStringLiteral("img-gone") << QStringLiteral("registry.test:5000/kasm-demo/chrome:1")
            << QStringLiteral("no longer in the deployment");
    }

    void aStaleDropIsRefusedWithAMessage()
    {
        QFETCH(QString, imageId);
        QFETCH(QString, reference);
        QFETCH(QString, message);
        m_model->setSnapshot(demoSnapshot());
        const std::unique_ptr<QMimeData> data(encodeImages({{imageId, reference}}));
        QSignalSpy assign(m_model.get(), &GroupListModel::assignRequested);
        QSignalSpy refused(m_model.get(), &GroupListModel::dropRefused);
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, m_model->index(0)));
        QCOMPARE(assign.count(), 0);
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.at(0).at(0).toString().contains(message), qPrintable(refused.at(0).at(0).toString()));
    }

    void anImageAlreadyInTheGroupIsRefused()
    {
        const kasm::DeploymentSnapshot snapshot = demoSnapshot();
        m_model->setSnapshot(snapshot);
        const KasmGroup &group = snapshot.groups.constFirst();
        const QString memberId = snapshot.groupImageIds.value(group.groupId).constFirst();
        const KasmImage *member = snapshot.findImage(memberId);
        QVERIFY(member);
        const std::unique_ptr<QMimeData> data(encodeImages({{member->imageId, member->name}}));
        QSignalSpy refused(m_model.get(), &GroupListModel::dropRefused);
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, m_model->index(rowOf(group.groupId))));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().startsWith(QStringLiteral("Already in the group")));
    }
};

QTEST_GUILESS_MAIN(TestGroupListModel)
#include "tst_grouplistmodel.moc"

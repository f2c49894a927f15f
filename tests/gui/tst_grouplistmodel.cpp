// GroupListModel: the deployment's groups for the Test groups pane, the test group marked, checked through
// QAbstractItemModelTester for the whole of each test.
#include "DemoSnapshot.h"
#include "guimodels/groups/GroupListModel.h"
#include "kasm/DemoDataSet.h"
#include "kasm/DeploymentSnapshot.h"

#include <QAbstractItemModelTester>
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
};

QTEST_GUILESS_MAIN(TestGroupListModel)
#include "tst_grouplistmodel.moc"

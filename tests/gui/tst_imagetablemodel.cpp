// ImageTableModel: the deployment's images as a table, checked through QAbstractItemModelTester for the whole of each
// test, and cell by cell against the demo data set.
#include "DemoSnapshot.h"
#include "guimodels/images/ImageTableModel.h"
#include "kasm/DemoDataSet.h"
#include "kasm/DeploymentSnapshot.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace steward;
using namespace steward::gui;
using steward::test::demoSnapshot;

namespace {

const QString registry = QStringLiteral("registry.test:5000");

} // namespace

class TestImageTableModel final : public QObject
{
    Q_OBJECT

private:
    int rowNamed(const QString &friendlyName) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->imageAt(row).friendlyName == friendlyName)
                return row;
        }
        return -1;
    }

    std::unique_ptr<ImageTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void initTestCase()
    {
        // "%L1 MB" groups thousands the way the user's locale does; pin one.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_model = std::make_unique<ImageTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void headersNameEveryColumn()
    {
        QCOMPARE(m_model->columnCount(), 10);
        const QStringList expected{
            QStringLiteral("Name"),          QStringLiteral("Stage"),  QStringLiteral("Image reference"),
            QStringLiteral("Digest"),        QStringLiteral("Status"), QStringLiteral("Available on"),
            QStringLiteral("Groups"),        QStringLiteral("Size"),   QStringLiteral("Registry"),
            QStringLiteral("Registry login")};
        for (int column = 0; column < ImageTableModel::ColumnCount; ++column)
            QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
        QCOMPARE(m_model->headerData(ImageTableModel::SizeColumn, Qt::Horizontal, Qt::TextAlignmentRole)
                     .value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
        QVERIFY(!m_model->headerData(ImageTableModel::ColumnCount, Qt::Horizontal).isValid());
    }

    void startsEmpty()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->rowOfImage(QStringLiteral("anything")), -1);
    }

    void cellsOfTheDemoImages_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QVariant>("raw");

        const QString chromeCandidate = QStringLiteral("Chrome (candidate)");
        QTest::newRow("the name column shows the friendly name")
            << chromeCandidate << int(ImageTableModel::NameColumn) << chromeCandidate << QVariant(chromeCandidate);
        const QString reference = registry + QStringLiteral("/kasm-demo/chrome:20261128-0400");
        QTest::newRow("the reference column shows the whole docker reference")
            << chromeCandidate << int(ImageTableModel::ReferenceColumn) << reference << QVariant(reference);
        QTest::newRow("an enabled image says so")
            << chromeCandidate << int(ImageTableModel::EnabledColumn) << QStringLiteral("Enabled") << QVariant(true);
        QTest::newRow("a disabled image says so")
            << QStringLiteral("Terminal (latest)") << int(ImageTableModel::EnabledColumn) << QStringLiteral("Disabled")
            << QVariant(false);
        QTest::newRow("the candidate is assigned to the test group only")
            << chromeCandidate << int(ImageTableModel::GroupsColumn) << QStringLiteral("Image Testers")
            << QVariant(QStringLiteral("Image Testers"));
        QTest::newRow("groups are listed in the deployment's order")
            << QStringLiteral("Terminal") << int(ImageTableModel::GroupsColumn)
            << QStringLiteral("All Users, Engineering") << QVariant(QStringLiteral("All Users, Engineering"));
        QTest::newRow("the size is in MB with thousands grouped, its raw value a number")
            << QStringLiteral("Office") << int(ImageTableModel::SizeColumn) << QStringLiteral("3,400 MB")
            << QVariant(qint64(3400));
        QTest::newRow("the registry is the one agents pull from")
            << QStringLiteral("Office") << int(ImageTableModel::RegistryColumn)
            << QString(QStringLiteral("http://") + registry) << QVariant(QString(QStringLiteral("http://") + registry));
    }

    void cellsOfTheDemoImages()
    {
        QFETCH(QString, image);
        QFETCH(int, column);
        QFETCH(QString, display);
        QFETCH(QVariant, raw);

        m_model->setSnapshot(demoSnapshot());
        QCOMPARE(m_model->rowCount(), 5);
        const int row = rowNamed(image);
        QVERIFY2(row >= 0, qPrintable(image));
        const QModelIndex index = m_model->index(row, column);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
        QCOMPARE(index.data(ImageTableModel::RawValueRole), raw);
        QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void idRolesAnswerInEveryColumn()
    {
        const kasm::DeploymentSnapshot snapshot = demoSnapshot();
        m_model->setSnapshot(snapshot);
        const KasmImage *terminal = nullptr;
        for (const KasmImage &image : snapshot.images) {
            if (image.friendlyName == QLatin1String("Terminal"))
                terminal = &image;
        }
        QVERIFY(terminal);
        const int row = m_model->rowOfImage(terminal->imageId);
        QVERIFY(row >= 0);
        for (int column = 0; column < ImageTableModel::ColumnCount; ++column) {
            const QModelIndex index = m_model->index(row, column);
            QCOMPARE(index.data(ImageTableModel::ImageIdRole).toString(), terminal->imageId);
            QCOMPARE(index.data(ImageTableModel::ReferenceRole).toString(), terminal->name);
            QCOMPARE(index.data(ImageTableModel::GroupNamesRole).toStringList(),
                     (QStringList{QStringLiteral("All Users"), QStringLiteral("Engineering")}));
        }
    }

    void anImageWithoutRegistryOrGroupSaysWhatThatMeans()
    {
        KasmImage image;
        image.imageId = QStringLiteral("local-1");
        image.name = QStringLiteral("team/local:1");
        m_model->setImages({image});
        QCOMPARE(m_model->index(0, ImageTableModel::NameColumn).data().toString(), image.name);
        QCOMPARE(m_model->index(0, ImageTableModel::GroupsColumn).data().toString(), QStringLiteral("none"));
        QCOMPARE(m_model->index(0, ImageTableModel::RegistryColumn).data().toString(),
                 QStringLiteral("none (not pulled)"));
        QCOMPARE(m_model->index(0, ImageTableModel::RegistryColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("No registry is set, so agents never pull this image."));
        QCOMPARE(m_model->index(0, ImageTableModel::SizeColumn).data().toString(), QString());
        QCOMPARE(m_model->index(0, ImageTableModel::GroupsColumn).data(ImageTableModel::GroupNamesRole).toStringList(),
                 QStringList());
    }

    void theRegistryLoginSaysWhetherAPasswordIsStored_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<QString>("display");
        QTest::newRow("a user with a stored password")
            << QStringLiteral("puller") << true << QStringLiteral("login: puller, password stored");
        QTest::newRow("a user without a password")
            << QStringLiteral("puller") << false << QStringLiteral("login: puller, no password");
        QTest::newRow("no login at all") << QString() << false << QStringLiteral("anonymous");
    }

    void theRegistryLoginSaysWhetherAPasswordIsStored()
    {
        QFETCH(QString, user);
        QFETCH(bool, stored);
        QFETCH(QString, display);
        KasmImage image;
        image.imageId = QStringLiteral("login-1");
        image.name = QStringLiteral("registry.example/team/chrome:1");
        image.dockerRegistry = QStringLiteral("https://registry.example");
        image.dockerUser = user;
        image.hasDockerToken = stored;
        m_model->setImages({image});
        const QModelIndex login = m_model->index(0, ImageTableModel::LoginColumn);
        QCOMPARE(login.data().toString(), display);
        QCOMPARE(login.data(ImageTableModel::RawValueRole).toString(), display);
        QVERIFY(!login.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(m_model->headerData(ImageTableModel::LoginColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Registry login"));
    }

    void sameImagesWithNewValuesChangeOnlyThoseRows()
    {
        kasm::DeploymentSnapshot snapshot = demoSnapshot();
        m_model->setSnapshot(snapshot);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setSnapshot(snapshot);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);

        snapshot.images[3].enabled = false; // Office
        m_model->setSnapshot(snapshot);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex from = changed.at(0).at(0).value<QModelIndex>();
        const QModelIndex to = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(from, m_model->index(3, 0));
        QCOMPARE(to, m_model->index(3, ImageTableModel::ColumnCount - 1));
        QCOMPARE(m_model->index(3, ImageTableModel::EnabledColumn).data().toString(), QStringLiteral("Disabled"));
    }

    void aChangedGroupMembershipChangesTheRow()
    {
        kasm::DeploymentSnapshot snapshot = demoSnapshot();
        m_model->setSnapshot(snapshot);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const QString officeId = snapshot.images.at(3).imageId;
        const KasmGroup *testers = snapshot.findGroupByName(QStringLiteral("Image Testers"));
        QVERIFY(testers);
        snapshot.groupImageIds[testers->groupId].append(officeId);
        m_model->setSnapshot(snapshot);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->index(m_model->rowOfImage(officeId), ImageTableModel::GroupsColumn).data().toString(),
                 QStringLiteral("All Users, Image Testers"));
    }

    void addedOrRemovedImagesResetTheModel()
    {
        kasm::DeploymentSnapshot snapshot = demoSnapshot();
        m_model->setSnapshot(snapshot);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        const KasmImage removed = snapshot.images.takeLast();
        m_model->setSnapshot(snapshot);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->rowOfImage(removed.imageId), -1);

        snapshot.images.append(removed);
        m_model->setSnapshot(snapshot);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(m_model->rowCount(), 5);

        m_model->setImages({});
        QCOMPARE(reset.count(), 3);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void aProxySortsSizesAsNumbers()
    {
        m_model->setSnapshot(demoSnapshot());
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(m_model.get());
        sorted.setSortRole(ImageTableModel::RawValueRole);
        sorted.sort(ImageTableModel::SizeColumn, Qt::AscendingOrder);
        QStringList sizes;
        for (int row = 0; row < sorted.rowCount(); ++row)
            sizes << sorted.index(row, ImageTableModel::SizeColumn).data().toString();
        // As text, "820 MB" would sort last.
        QCOMPARE(sizes, (QStringList{QStringLiteral("820 MB"), QStringLiteral("820 MB"), QStringLiteral("2,170 MB"),
                                     QStringLiteral("2,180 MB"), QStringLiteral("3,400 MB")}));
    }
};

QTEST_GUILESS_MAIN(TestImageTableModel)
#include "tst_imagetablemodel.moc"

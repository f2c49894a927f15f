#include "DemoSnapshot.h"
#include "core/Clock.h"
#include "gui/common/EmptyStatePane.h"
#include "gui/groups/GroupListModel.h"
#include "gui/images/ImageTableModel.h"
#include "gui/images/ImageTableView.h"
#include "gui/mainwindow/MainWindow.h"
#include "kasm/DemoDataSet.h"
#include "kasm/Deployment.h"
#include "kasm/ProfileDeployment.h"
#include "store/MemoryCredentialStore.h"

#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPromise>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace steward;
using steward::test::demoSnapshot;

namespace {

using Opened = Result<std::shared_ptr<Deployment>>;

QStringList shownNames(const QAbstractItemView *view, int column)
{
    QStringList names;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, column).data().toString();
    return names;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panesStartEmptyWithTitles()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.imagesPane()->title(), QStringLiteral("Images"));
        QCOMPARE(window.testGroupsPane()->title(), QStringLiteral("Test groups"));
        QCOMPARE(window.promotionPane()->title(), QStringLiteral("Deploy"));
        QCOMPARE(window.registriesPane()->title(), QStringLiteral("Registries and pull quota"));
        for (EmptyStatePane *pane :
             {window.imagesPane(), window.testGroupsPane(), window.promotionPane(), window.registriesPane()}) {
            QVERIFY(pane->isShowingEmptyState());
            QVERIFY(!pane->emptyText().isEmpty());
            QVERIFY(pane->isVisible());
        }
    }

    void paneShowsContentOnceGiven()
    {
        EmptyStatePane pane(QStringLiteral("T"), QStringLiteral("nothing yet"));
        auto *content = new QLabel(QStringLiteral("content"));
        pane.setContent(content);
        QVERIFY(!pane.isShowingEmptyState());
        pane.showEmptyState();
        QVERIFY(pane.isShowingEmptyState());
        pane.setContent(content); // again: shown, not added twice
        QVERIFY(!pane.isShowingEmptyState());
    }

    void aProblemReadsAsTextNotAsAHint()
    {
        EmptyStatePane pane(QStringLiteral("T"), QStringLiteral("nothing yet"));
        pane.setContent(new QLabel(QStringLiteral("content")));
        pane.showProblem(QStringLiteral("Cannot read /x: permission denied."));
        QVERIFY(pane.isShowingEmptyState());
        QVERIFY(pane.isShowingProblem());
        auto *label = pane.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(label->isEnabled());
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        pane.setEmptyText(QStringLiteral("nothing yet"));
        QVERIFY(!pane.isShowingProblem());
        QVERIFY(!label->isEnabled());
    }

    void snapshotFillsTheImagesAndGroupsPanes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSnapshot(demoSnapshot());

        QVERIFY(!window.imagesPane()->isShowingEmptyState());
        QVERIFY(window.imagesView()->isVisible());
        // Sorted by name, whatever order the deployment lists them in.
        QCOMPARE(shownNames(window.imagesView(), ImageTableModel::NameColumn),
                 (QStringList{QStringLiteral("Chrome"), QStringLiteral("Chrome (candidate)"), QStringLiteral("Office"),
                              QStringLiteral("Terminal"), QStringLiteral("Terminal (latest)")}));
        QCOMPARE(window.imagesView()->model()->index(1, ImageTableModel::GroupsColumn).data().toString(),
                 QStringLiteral("Image Testers"));
        QVERIFY(window.imagesView()->columnWidth(ImageTableModel::ReferenceColumn) >
                window.imagesView()->fontMetrics().horizontalAdvance(QStringLiteral("registry.test:5000/kasm-demo")));

        QVERIFY(!window.testGroupsPane()->isShowingEmptyState());
        QVERIFY(window.groupsView()->isVisible());
        QCOMPARE(shownNames(window.groupsView(), 0),
                 (QStringList{QStringLiteral("All Users"), QStringLiteral("Image Testers (test group)"),
                              QStringLiteral("Engineering")}));

        QCOMPARE(window.agentSummaryLabel()->text(), QStringLiteral("Agents: 12 · Zones: 2"));
        // Not this panes: they keep saying what is missing.
        QVERIFY(window.promotionPane()->isShowingEmptyState());
        QVERIFY(window.registriesPane()->isShowingEmptyState());
    }

    void anEmptyDeploymentKeepsTheEmptyStates()
    {
        MainWindow window;
        const QString noImages = window.imagesPane()->emptyText();
        window.showSnapshot(demoSnapshot());
        window.showSnapshot(DeploymentSnapshot{});
        QVERIFY(window.imagesPane()->isShowingEmptyState());
        QCOMPARE(window.imagesPane()->emptyText(), noImages);
        QVERIFY(window.testGroupsPane()->isShowingEmptyState());
        QCOMPARE(window.agentSummaryLabel()->text(), QStringLiteral("No agents"));
    }

    void loadingThenAFailedOpenShowsTheError()
    {
        MainWindow window;
        window.show();
        QPromise<Opened> promise;
        promise.start();
        window.openDeployment(promise.future());
        QVERIFY(window.imagesPane()->isShowingEmptyState());
        QVERIFY(!window.imagesPane()->isShowingProblem());
        QCOMPARE(window.imagesPane()->emptyText(), QStringLiteral("Loading deployment…"));
        QCOMPARE(window.testGroupsPane()->emptyText(), QStringLiteral("Loading deployment…"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Opening the deployment…"));

        const QString reason = QStringLiteral("Cannot reach kasm.example: connection refused.");
        promise.addResult(Opened(fail(ErrorCode::Network, reason)));
        promise.finish();
        QTRY_VERIFY(window.imagesPane()->emptyText().contains(reason));
        QVERIFY(window.imagesPane()->emptyText().startsWith(QStringLiteral("The deployment cannot be shown.")));
        QVERIFY(window.imagesPane()->isShowingProblem());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Deployment not available"));
    }

    void aLaterOpenWinsOverAnEarlierOneStillRunning()
    {
        MainWindow window;
        QPromise<Opened> first;
        first.start();
        window.openDeployment(first.future());
        QPromise<Opened> second;
        second.start();
        window.openDeployment(second.future());

        second.addResult(Opened(fail(ErrorCode::Unauthorized, QStringLiteral("the second one"))));
        second.finish();
        QTRY_VERIFY(window.imagesPane()->emptyText().contains(QStringLiteral("the second one")));
        first.addResult(Opened(fail(ErrorCode::Network, QStringLiteral("the first one"))));
        first.finish();
        QTest::qWait(50); // give the stale answer its chance to (wrongly) arrive
        QVERIFY(window.imagesPane()->emptyText().contains(QStringLiteral("the second one")));
    }

    void aDamagedProfileShowsWhatToDo()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QFile settings(profile.filePath(QStringLiteral("kasm-deployment.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("{\"url\": \"\"}");
        settings.close();

        store::MemoryCredentialStore credentials;
        MainWindow window;
        window.openDeployment(openProfileDeployment(profile.path(), credentials, QStringLiteral("registry.test:5000"),
                                                    WallClock::instance()));
        QTRY_VERIFY(window.imagesPane()->emptyText().contains(QStringLiteral("stewardctl kasm connect")));
        QVERIFY(window.imagesPane()->isShowingProblem());
        QVERIFY(window.testGroupsPane()->isShowingEmptyState());
    }

    void theProfilesSimulatedDeploymentFillsTheWindow()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        store::MemoryCredentialStore credentials;
        const VirtualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        MainWindow window;
        window.show();
        window.openDeployment(
            openProfileDeployment(profile.path(), credentials, QStringLiteral("registry.test:5000"), clock));
        QCOMPARE(window.imagesPane()->emptyText(), QStringLiteral("Loading deployment…"));

        QTRY_VERIFY_WITH_TIMEOUT(!window.imagesPane()->isShowingEmptyState(), 20000);
        QVERIFY(window.deployment());
        QCOMPARE(window.imageModel()->rowCount(), 5);
        QCOMPARE(window.groupModel()->rowCount(), 3);
        // Rows come in the catalog's order (by name), the same on every run; the test group is "Image Testers".
        const int testRow = window.groupModel()->testGroupRow();
        QVERIFY(testRow >= 0);
        QCOMPARE(window.groupModel()->index(testRow, 0).data(GroupListModel::NameRole).toString(),
                 QStringLiteral("Image Testers"));
        QCOMPARE(window.agentSummaryLabel()->text(), QStringLiteral("Agents: 12 · Zones: 2"));
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Simulated deployment · ")));

        // A later refresh of the same images changes values in place.
        QSignalSpy reset(window.imageModel(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(window.deployment().get(), &Deployment::refreshed);
        window.deployment()->refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(window.imageModel()->rowCount(), 5);

        // Letting go of the deployment brings the empty states back.
        const QString noImages = QStringLiteral("No images registered yet.");
        window.setDeployment(nullptr);
        QVERIFY(window.imagesPane()->isShowingEmptyState());
        QVERIFY(window.imagesPane()->emptyText().startsWith(noImages));
        QCOMPARE(window.imageModel()->rowCount(), 0);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("No deployment connected"));
    }

    void germanTranslationIsEmbedded()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QLocale(QLocale::German), QStringLiteral("imagesteward"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")),
                 "imagesteward_de.qm is not embedded under :/i18n");
        QCoreApplication::installTranslator(&translator);
        {
            MainWindow window;
            QCOMPARE(window.imagesPane()->title(), QStringLiteral("Images"));
            QCOMPARE(window.testGroupsPane()->title(), QStringLiteral("Testgruppen"));
            QCOMPARE(window.promotionPane()->title(), QStringLiteral("Bereitstellen"));
            QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
            QCOMPARE(window.imageModel()->headerData(ImageTableModel::ReferenceColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Image-Referenz"));
            window.openDeployment(QPromise<Opened>().future());
            QCOMPARE(window.imagesPane()->emptyText(), QStringLiteral("Bereitstellung wird geladen …"));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

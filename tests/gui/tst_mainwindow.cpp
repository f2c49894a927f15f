#include "DemoSnapshot.h"
#include "core/Clock.h"
#include "gui/common/EmptyStatePane.h"
#include "gui/groups/GroupsPane.h"
#include "gui/images/ImageTableView.h"
#include "gui/images/ImagesPane.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/promotion/PromotionBoardPane.h"
#include "gui/registries/RegistriesPane.h"
#include "guimodels/groups/GroupListModel.h"
#include "guimodels/images/ImageTableModel.h"
#include "guimodels/registries/RegistryTableModel.h"
#include "kasm/DemoDataSet.h"
#include "kasm/Deployment.h"
#include "kasm/ProfileDeployment.h"
#include "store/MemoryCredentialStore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPromise>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace steward;
using namespace steward::gui;
using steward::test::demoSnapshot;

namespace {

using Opened = Result<std::shared_ptr<kasm::Deployment>>;

QStringList shownNames(const QAbstractItemView *view, int column)
{
    QStringList names;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, column).data().toString();
    return names;
}

// The window's parts, found the way tests and accessibility tools find them: by object name. A missing one stops the
// test with its name rather than crashing somewhere later.
template<typename T>
T *part(const QObject &window, const QString &name)
{
    T *found = window.findChild<T *>(name);
    if (!found)
        qFatal("the window has no %s named \"%s\"", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

EmptyStatePane *imagesPane(const MainWindow &window)
{
    return part<ImagesPane>(window, QStringLiteral("imagesPane"));
}

EmptyStatePane *testGroupsPane(const MainWindow &window)
{
    return part<GroupsPane>(window, QStringLiteral("testGroupsPane"));
}

EmptyStatePane *promotionBoardPane(const MainWindow &window)
{
    return part<PromotionBoardPane>(window, QStringLiteral("promotionBoardPane"));
}

RegistriesPane *registriesPane(const MainWindow &window)
{
    return part<RegistriesPane>(window, QStringLiteral("registriesPane"));
}

ImageTableView *imagesView(const MainWindow &window)
{
    return part<ImageTableView>(window, QStringLiteral("imagesView"));
}

QListView *groupsView(const MainWindow &window)
{
    return part<QListView>(window, QStringLiteral("groupsView"));
}

ImageTableModel *imageModel(const MainWindow &window)
{
    return part<ImageTableModel>(window, QStringLiteral("imageModel"));
}

GroupListModel *groupModel(const MainWindow &window)
{
    return part<GroupListModel>(window, QStringLiteral("groupModel"));
}

QLabel *agentSummary(const MainWindow &window)
{
    return part<QLabel>(window, QStringLiteral("agentSummary"));
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
        QCOMPARE(imagesPane(window)->title(), QStringLiteral("Images"));
        QCOMPARE(testGroupsPane(window)->title(), QStringLiteral("Test groups"));
        QCOMPARE(promotionBoardPane(window)->title(), QStringLiteral("Promotion board"));
        for (EmptyStatePane *pane : {imagesPane(window), testGroupsPane(window), promotionBoardPane(window)}) {
            QVERIFY(pane->isShowingEmptyState());
            QVERIFY(!pane->emptyText().isEmpty());
        }
        // The upper panes are always in view; the lower ones share tabs, the Tags pane in front.
        for (EmptyStatePane *pane : {imagesPane(window), testGroupsPane(window), promotionBoardPane(window)})
            QVERIFY(pane->isVisible());
        QVERIFY(part<QWidget>(window, QStringLiteral("tagsPane"))->isVisible());
        QVERIFY(!registriesPane(window)->isVisible());
    }

    void panesAndViewsAreFoundByObjectName()
    {
        MainWindow window;
        QVERIFY(window.findChild<ImagesPane *>(QStringLiteral("imagesPane")));
        QVERIFY(window.findChild<GroupsPane *>(QStringLiteral("testGroupsPane")));
        QVERIFY(window.findChild<PromotionBoardPane *>(QStringLiteral("promotionBoardPane")));
        QVERIFY(window.findChild<RegistriesPane *>(QStringLiteral("registriesPane")));
        // Each view and model lives in its own pane.
        const auto *images = window.findChild<ImagesPane *>(QStringLiteral("imagesPane"));
        QVERIFY(images->findChild<ImageTableView *>(QStringLiteral("imagesView")));
        QVERIFY(images->findChild<ImageTableModel *>(QStringLiteral("imageModel")));
        const auto *groups = window.findChild<GroupsPane *>(QStringLiteral("testGroupsPane"));
        QVERIFY(groups->findChild<QListView *>(QStringLiteral("groupsView")));
        QVERIFY(groups->findChild<GroupListModel *>(QStringLiteral("groupModel")));
        QCOMPARE(imagesView(window)->imageModel(), imageModel(window));
        QCOMPARE(groupsView(window)->model(), static_cast<QAbstractItemModel *>(groupModel(window)));
        QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("agentSummary")));
    }

    void theViewsAndMenusAreReachableByKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSnapshot(demoSnapshot());
        for (QWidget *view : {static_cast<QWidget *>(imagesView(window)), static_cast<QWidget *>(groupsView(window))}) {
            QVERIFY(view->isVisible());
            QVERIFY(view->focusPolicy() & Qt::TabFocus);
        }
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionQuit"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Q")));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    }

    void noTwoActionsShareAKeyWhereBothApply()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Two actions on one key are ambiguous (neither fires) wherever both apply: only actions bound to widgets
        // that do not contain one another may share a key.
        const QList<QAction *> actions = window.findChildren<QAction *>();
        // Where an action's key applies: the whole window (no widget), or a widget alone or with its children.
        struct Scope
        {
            const QWidget *widget = nullptr;
            bool children = true;
        };
        const auto scope = [](const QAction *action) {
            const Qt::ShortcutContext context = action->shortcutContext();
            if (context != Qt::WidgetWithChildrenShortcut && context != Qt::WidgetShortcut)
                return Scope{};
            for (const QObject *holder : action->associatedObjects()) {
                const auto *widget = qobject_cast<const QWidget *>(holder);
                if (widget && !qobject_cast<const QMenu *>(widget))
                    return Scope{widget, context == Qt::WidgetWithChildrenShortcut};
            }
            return Scope{};
        };
        // Whether some focus widget is in both scopes.
        const auto overlap = [](const Scope &a, const Scope &b) {
            if (!a.widget || !b.widget || a.widget == b.widget)
                return true;
            return (a.children && a.widget->isAncestorOf(b.widget)) || (b.children && b.widget->isAncestorOf(a.widget));
        };
        for (qsizetype i = 0; i < actions.size(); ++i) {
            for (qsizetype j = i + 1; j < actions.size(); ++j) {
                for (const QKeySequence &key : actions.at(i)->shortcuts()) {
                    if (key.isEmpty() || !actions.at(j)->shortcuts().contains(key))
                        continue;
                    QVERIFY2(
                        !overlap(scope(actions.at(i)), scope(actions.at(j))),
                        qPrintable(QStringLiteral("%1 and %2 share %3")
                                       .arg(actions.at(i)->objectName(), actions.at(j)->objectName(), key.toString())));
                }
            }
        }
    }

    void viewPromotionBoardMovesTheKeyboardToTheBoard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *show = part<QAction>(window, QStringLiteral("actionShowPromotionBoard"));
        QCOMPARE(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+7")));
        imagesView(window)->setFocus();
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        // No managed image yet: the board's empty state takes the keyboard, so the next Tab goes into the board.
        QTRY_VERIFY(promotionBoardPane(window)->isAncestorOf(QApplication::focusWidget()) ||
                    QApplication::focusWidget() == promotionBoardPane(window));
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

        QVERIFY(!imagesPane(window)->isShowingEmptyState());
        QVERIFY(imagesView(window)->isVisible());
        // Sorted by name, whatever order the deployment lists them in.
        QCOMPARE(shownNames(imagesView(window), ImageTableModel::NameColumn),
                 (QStringList{QStringLiteral("Chrome"), QStringLiteral("Chrome (candidate)"), QStringLiteral("Office"),
                              QStringLiteral("Terminal"), QStringLiteral("Terminal (latest)")}));
        QCOMPARE(imagesView(window)->model()->index(1, ImageTableModel::GroupsColumn).data().toString(),
                 QStringLiteral("Image Testers"));
        QVERIFY(imagesView(window)->columnWidth(ImageTableModel::ReferenceColumn) >
                imagesView(window)->fontMetrics().horizontalAdvance(QStringLiteral("registry.test:5000/kasm-demo")));

        QVERIFY(!testGroupsPane(window)->isShowingEmptyState());
        QVERIFY(groupsView(window)->isVisible());
        QCOMPARE(shownNames(groupsView(window), 0),
                 (QStringList{QStringLiteral("All Users"), QStringLiteral("Image Testers (test group)"),
                              QStringLiteral("Engineering")}));

        QCOMPARE(agentSummary(window)->text(), QStringLiteral("Agents: 12 · Zones: 2"));
        // Without a catalog or a fleet the registries pane lists nothing.
        QCOMPARE(registriesPane(window)->registryModel()->rowCount(), 0);
    }

    void atTheScreenshotsSizeTheImagesTableShowsEveryDemoImage()
    {
        MainWindow window;
        window.resize(1280, 800); // the screenshots' screen, and a common laptop's
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSnapshot(demoSnapshot());
        const ImageTableView *view = imagesView(window);
        const int rows = view->model()->rowCount();
        QCOMPARE(rows, 5);
        const int needed = view->rowViewportPosition(rows - 1) + view->rowHeight(rows - 1);
        qInfo("images table: viewport %d px high, %d px needed for %d rows, %d rows fit", view->viewport()->height(),
              needed, rows, view->viewport()->height() / view->rowHeight(0));
        QVERIFY2(needed <= view->viewport()->height(), qPrintable(QString::number(view->viewport()->height())));
        // The details start small: the table has most of the pane.
        const auto *details = part<QTableView>(window, QStringLiteral("imageDetailsView"));
        QVERIFY(details->height() > 0);
        QVERIFY2(view->height() > 2 * details->height(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(view->height()).arg(details->height())));
    }

    // The Agents and pulls tab gets the window's height while it is current: its matrix and event log show enough rows
    // to work in at 1280×800, and going back to the images (Ctrl+1) gives the images table its height back.
    void atTheScreenshotsSizeTheAgentsTabShowsRowsOfItsMatrixAndLog()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showSnapshot(demoSnapshot());
        auto *tabs = part<QTabWidget>(window, QStringLiteral("lowerTabs"));
        auto *matrix = part<QTableView>(window, QStringLiteral("matrixView"));
        auto *log = part<QTableView>(window, QStringLiteral("eventView"));
        // Rows that fit: the viewport less the horizontal scroll bar, which the fleet's image columns bring.
        const auto rowsThatFit = [](const QTableView *view) {
            const int scrollBar =
                view->horizontalScrollBar()->isVisible() ? 0 : view->horizontalScrollBar()->sizeHint().height();
            return (view->viewport()->height() - scrollBar) / view->verticalHeader()->defaultSectionSize();
        };
        const int matrixRowsOnTheDesk = rowsThatFit(matrix);

        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("agentsPane")));
        QTRY_VERIFY(matrix->hasFocus());
        qInfo("agents tab: %d matrix rows fit (%d before), %d event log rows", rowsThatFit(matrix), matrixRowsOnTheDesk,
              rowsThatFit(log));
        QVERIFY2(rowsThatFit(matrix) >= 6, qPrintable(QString::number(matrix->viewport()->height())));
        QVERIFY2(rowsThatFit(log) >= 3, qPrintable(QString::number(log->viewport()->height())));
        // The images and the board keep a strip: still there to click into.
        auto *outer = part<QSplitter>(window, QStringLiteral("outerSplitter"));
        QVERIFY(outer->sizes().at(0) > 0 && outer->sizes().at(1) > 0);

        // Back to the images by keyboard: every demo image shows again, with the agents tab still current.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        const ImageTableView *view = imagesView(window);
        QTRY_VERIFY(view->hasFocus());
        const int rows = view->model()->rowCount();
        QCOMPARE(rows, 5);
        const int needed = view->rowViewportPosition(rows - 1) + view->rowHeight(rows - 1);
        QTRY_VERIFY2(needed <= view->viewport()->height(), qPrintable(QString::number(view->viewport()->height())));

        // The agents' heights come back as they were left, and another tab is desk work.
        const QList<int> agentsSizes = [&] {
            QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
            return outer->sizes();
        }();
        QVERIFY(rowsThatFit(matrix) >= 6);
        tabs->setCurrentIndex(0);
        QVERIFY(tabs->currentWidget() != window.findChild<QWidget *>(QStringLiteral("agentsPane")));
        QVERIFY(outer->sizes().at(2) < agentsSizes.at(2));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("agentsPane")));
        QCOMPARE(outer->sizes(), agentsSizes);
    }

    void theImageDetailsCollapseAndComeBackByKeyboard()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showSnapshot(demoSnapshot());
        auto *toggle = part<QAction>(window, QStringLiteral("actionShowImageDetails"));
        QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuView"))->actions().contains(toggle));
        auto *splitter = part<QSplitter>(window, QStringLiteral("imagesSplitter"));
        const int tableBefore = splitter->sizes().at(0);
        QVERIFY(toggle->isChecked());
        QVERIFY(splitter->sizes().at(1) > 0);

        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(splitter->sizes().at(1), 0);
        QVERIFY(!toggle->isChecked());
        QVERIFY(splitter->sizes().at(0) > tableBefore);

        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(splitter->sizes().at(1) > 0);
        QVERIFY(toggle->isChecked());
        QCOMPARE(splitter->sizes().at(0), tableBefore);

        // Dragged shut by the mouse, the menu follows.
        splitter->setSizes({splitter->sizes().at(0) + splitter->sizes().at(1), 0});
        Q_EMIT splitter->splitterMoved(splitter->sizes().at(0), 1);
        QVERIFY(!toggle->isChecked());
    }

    void anEmptyDeploymentKeepsTheEmptyStates()
    {
        MainWindow window;
        const QString noImages = imagesPane(window)->emptyText();
        window.showSnapshot(demoSnapshot());
        window.showSnapshot(kasm::DeploymentSnapshot{});
        QVERIFY(imagesPane(window)->isShowingEmptyState());
        QCOMPARE(imagesPane(window)->emptyText(), noImages);
        QVERIFY(testGroupsPane(window)->isShowingEmptyState());
        QCOMPARE(agentSummary(window)->text(), QStringLiteral("No agents"));
    }

    void loadingThenAFailedOpenShowsTheError()
    {
        MainWindow window;
        window.show();
        QPromise<Opened> promise;
        promise.start();
        window.openDeployment(promise.future());
        QVERIFY(imagesPane(window)->isShowingEmptyState());
        QVERIFY(!imagesPane(window)->isShowingProblem());
        QCOMPARE(imagesPane(window)->emptyText(), QStringLiteral("Loading deployment…"));
        QCOMPARE(testGroupsPane(window)->emptyText(), QStringLiteral("Loading deployment…"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Opening the deployment…"));

        const QString reason = QStringLiteral("Cannot reach kasm.example: connection refused.");
        promise.addResult(Opened(fail(ErrorCode::Network, reason)));
        promise.finish();
        QTRY_VERIFY(imagesPane(window)->emptyText().contains(reason));
        QVERIFY(imagesPane(window)->emptyText().startsWith(QStringLiteral("The deployment cannot be shown.")));
        QVERIFY(imagesPane(window)->isShowingProblem());
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
        QTRY_VERIFY(imagesPane(window)->emptyText().contains(QStringLiteral("the second one")));
        first.addResult(Opened(fail(ErrorCode::Network, QStringLiteral("the first one"))));
        first.finish();
        QTest::qWait(50); // give the stale answer its chance to (wrongly) arrive
        QVERIFY(imagesPane(window)->emptyText().contains(QStringLiteral("the second one")));
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
        window.openDeployment(kasm::openProfileDeployment(profile.path(), credentials,
                                                          QStringLiteral("registry.test:5000"), WallClock::instance()));
        QTRY_VERIFY(imagesPane(window)->emptyText().contains(QStringLiteral("stewardctl kasm connect")));
        QVERIFY(imagesPane(window)->isShowingProblem());
        QVERIFY(testGroupsPane(window)->isShowingEmptyState());
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
            kasm::openProfileDeployment(profile.path(), credentials, QStringLiteral("registry.test:5000"), clock));
        QCOMPARE(imagesPane(window)->emptyText(), QStringLiteral("Loading deployment…"));

        QTRY_VERIFY_WITH_TIMEOUT(!imagesPane(window)->isShowingEmptyState(), 20000);
        QVERIFY(window.deployment());
        QCOMPARE(imageModel(window)->rowCount(), 5);
        QCOMPARE(groupModel(window)->rowCount(), 3);
        // Rows come in the catalog's order (by name), the same on every run; the test group is "Image Testers".
        const int testRow = groupModel(window)->testGroupRow();
        QVERIFY(testRow >= 0);
        QCOMPARE(groupModel(window)->index(testRow, 0).data(GroupListModel::NameRole).toString(),
                 QStringLiteral("Image Testers"));
        QCOMPARE(agentSummary(window)->text(), QStringLiteral("Agents: 12 · Zones: 2"));
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Simulated deployment · ")));

        // A later refresh of the same images changes values in place.
        QSignalSpy reset(imageModel(window), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(window.deployment().get(), &kasm::Deployment::refreshed);
        window.deployment()->refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(imageModel(window)->rowCount(), 5);

        // Letting go of the deployment brings the empty states back.
        const QString noImages = QStringLiteral("No images registered yet.");
        window.setDeployment(nullptr);
        QVERIFY(imagesPane(window)->isShowingEmptyState());
        QVERIFY(imagesPane(window)->emptyText().startsWith(noImages));
        QCOMPARE(imageModel(window)->rowCount(), 0);
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
            QCOMPARE(imagesPane(window)->title(), QStringLiteral("Images"));
            QCOMPARE(testGroupsPane(window)->title(), QStringLiteral("Testgruppen"));
            QCOMPARE(promotionBoardPane(window)->title(), QStringLiteral("Promotion-Board"));
            QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
            QCOMPARE(imageModel(window)->headerData(ImageTableModel::ReferenceColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Image-Referenz"));
            window.showSnapshot(demoSnapshot());
            const int testRow = groupModel(window)->testGroupRow();
            QCOMPARE(groupModel(window)->index(testRow, 0).data().toString(),
                     QStringLiteral("Image Testers (Testgruppe)"));
            window.openDeployment(QPromise<Opened>().future());
            QCOMPARE(imagesPane(window)->emptyText(), QStringLiteral("Bereitstellung wird geladen …"));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

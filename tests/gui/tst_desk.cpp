// The desk's gestures through the real window on the profile's simulated deployment: an image dragged from the
// Images view and dropped on a group in the Test groups view is assigned to it; a stale drop is refused with a
// message and changes nothing; "Remove from Group" takes it out again; an edit through the dialog reaches the
// deployment; the keyboard reaches every pane.
//
// The offscreen platform has no drag loop (QDrag::exec returns at once), so the drag's two halves are driven as a
// platform would: the row is chosen with QTest mouse clicks and its payload taken from the view's model as
// QAbstractItemView::startDrag does; the drop is delivered to the group view's viewport as drag-enter, drag-move and
// drop events at the group's position, so the view decides where it lands and asks the model.
#include "core/Clock.h"
#include "gui/groups/GroupsPane.h"
#include "gui/images/ImageTableView.h"
#include "gui/mainwindow/MainWindow.h"
#include "guimodels/dnd/DragPayloads.h"
#include "guimodels/groups/GroupListModel.h"
#include "guimodels/images/ImageTableModel.h"
#include "kasm/Deployment.h"
#include "kasm/ProfileDeployment.h"
#include "store/MemoryCredentialStore.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using namespace steward::gui;

namespace {

template<typename T>
T *part(const QObject &window, const QString &name)
{
    T *found = window.findChild<T *>(name);
    if (!found)
        qFatal("the window has no %s named \"%s\"", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QModelIndex rowNamed(const QAbstractItemModel *model, const QString &name, int role = Qt::DisplayRole)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role).toString() == name)
            return model->index(row, 0);
    }
    return {};
}

// Delivers a drop of `data` at `pos` of `view` the way the platform's drag loop does; true when it was taken.
bool dropOn(QAbstractItemView *view, const QPoint &pos, QMimeData *data)
{
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

} // namespace

class TestDesk final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    store::MemoryCredentialStore m_credentials;
    VirtualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()};
    std::unique_ptr<MainWindow> m_window;

    bool inGroup(const QString &imageName, const QString &groupName) const
    {
        const kasm::DeploymentSnapshot &snapshot = m_window->deployment()->snapshot();
        const KasmGroup *group = snapshot.findGroupByName(groupName);
        for (const KasmImage &image : snapshot.images) {
            if (image.friendlyName == imageName)
                return group && snapshot.groupImageIds.value(group->groupId).contains(image.imageId);
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openDeployment(kasm::openProfileDeployment(m_profile.path(), m_credentials,
                                                             QStringLiteral("registry.test:5000"), m_clock));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->deployment() && m_window->deployment()->hasSnapshot(), 20000);
        QTRY_VERIFY(part<ImageTableModel>(*m_window, QStringLiteral("imageModel"))->rowCount() > 0);
    }

    void cleanup() { m_window.reset(); }

    void anImageDroppedOnAGroupIsAssignedAndRemovedAgain()
    {
        auto *images = part<ImageTableView>(*m_window, QStringLiteral("imagesView"));
        auto *groups = part<QListView>(*m_window, QStringLiteral("groupsView"));
        QVERIFY(!inGroup(QStringLiteral("Office"), QStringLiteral("Engineering")));

        // Choose Office with the mouse, and take the payload a drag of it carries.
        const QModelIndex office = rowNamed(images->model(), QStringLiteral("Office"));
        QVERIFY(office.isValid());
        QTest::mouseClick(images->viewport(), Qt::LeftButton, {}, images->visualRect(office).center());
        QCOMPARE(images->currentIndex().row(), office.row());
        std::unique_ptr<QMimeData> payload(images->model()->mimeData(images->selectionModel()->selectedIndexes()));
        QCOMPARE(decodeImages(payload.get()).size(), 1);

        // Between two groups nothing is taken; on Engineering it is.
        const QModelIndex engineering =
            rowNamed(groups->model(), QStringLiteral("Engineering"), GroupListModel::NameRole);
        QVERIFY(engineering.isValid());
        const QRect target = groups->visualRect(engineering);
        QVERIFY(!dropOn(groups, QPoint(target.center().x(), target.bottom() + 1), payload.get()) ||
                !inGroup(QStringLiteral("Office"), QStringLiteral("Engineering")));
        QVERIFY(dropOn(groups, target.center(), payload.get()));
        QTRY_VERIFY_WITH_TIMEOUT(inGroup(QStringLiteral("Office"), QStringLiteral("Engineering")), 20000);
        QTRY_COMPARE(rowNamed(groups->model(), QStringLiteral("Engineering"), GroupListModel::NameRole)
                         .data(GroupListModel::ImageCountRole)
                         .toInt(),
                     3);

        // Engineering chosen, Office among its images: "Remove from Group" takes it out.
        groups->setCurrentIndex(rowNamed(groups->model(), QStringLiteral("Engineering"), GroupListModel::NameRole));
        auto *members = part<QListView>(*m_window, QStringLiteral("groupImagesView"));
        QTRY_VERIFY(rowNamed(members->model(), QStringLiteral("Office")).isValid());
        const QModelIndex member = rowNamed(members->model(), QStringLiteral("Office"));
        QTest::mouseClick(members->viewport(), Qt::LeftButton, {}, members->visualRect(member).center());
        auto *remove = part<QAction>(*m_window, QStringLiteral("actionRemoveFromGroup"));
        QVERIFY(remove->isEnabled());
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!inGroup(QStringLiteral("Office"), QStringLiteral("Engineering")), 20000);
    }

    void aStaleDropIsRefusedWithAMessageAndChangesNothing()
    {
        auto *groups = part<QListView>(*m_window, QStringLiteral("groupsView"));
        const kasm::DeploymentSnapshot before = m_window->deployment()->snapshot();
        const KasmImage *office = nullptr;
        for (const KasmImage &image : before.images) {
            if (image.friendlyName == QLatin1String("Office"))
                office = &image;
        }
        QVERIFY(office);
        // The drag began when Office still had another reference.
        std::unique_ptr<QMimeData> stale(encodeImages({{office->imageId, office->name + QStringLiteral("-old")}}));
        const QModelIndex engineering =
            rowNamed(groups->model(), QStringLiteral("Engineering"), GroupListModel::NameRole);
        QVERIFY(!dropOn(groups, groups->visualRect(engineering).center(), stale.get()));
        auto *message = part<QLabel>(*m_window, QStringLiteral("groupsMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("changed since the drag began")), qPrintable(message->text()));
        QTest::qWait(100);
        QCOMPARE(m_window->deployment()->snapshot().groupImageIds, before.groupImageIds);
    }

    void anEditThroughTheDialogReachesTheDeployment()
    {
        auto *images = part<ImageTableView>(*m_window, QStringLiteral("imagesView"));
        images->setCurrentIndex(rowNamed(images->model(), QStringLiteral("Office")));
        part<QAction>(*m_window, QStringLiteral("actionEditImage"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("imageEditDialog"))));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("friendlyNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Office 2026"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(images->model(), QStringLiteral("Office 2026")).isValid(), 20000);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("imageEditDialog")));
    }

    void theViewMenuBringsEveryPaneForward()
    {
        auto *tabs = part<QTabWidget>(*m_window, QStringLiteral("lowerTabs"));
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("activityPane"));
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("registriesPane"));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("tagsPane"));
        for (const char *action : {"actionNewImage", "actionEditImage", "actionDeleteImage", "actionAssignImage",
                                   "actionRefreshTags", "actionRemoveFromGroup"})
            QVERIFY2(!part<QAction>(*m_window, QString::fromLatin1(action))->shortcut().isEmpty(), action);
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"

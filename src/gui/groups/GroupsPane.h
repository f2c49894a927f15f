#pragma once

#include "gui/common/EmptyStatePane.h"
#include "gui/common/PendingWork.h"

#include <QStringList>

#include <memory>

class QAction;

namespace Ui {
class GroupsPane;
}

namespace steward::kasm {
class Deployment;
struct DeploymentSnapshot;
} // namespace steward::kasm

namespace steward::gui {

class GroupListModel;
class GroupMembersModel;

// The Test groups pane: the deployment's user groups with their image counts and the test group marked (a list view,
// "groupsView", over a GroupListModel, "groupModel"), and the images of the chosen group ("groupImagesView" over
// "groupMembersModel"). Drop an image from the Images pane on a group to assign it; "Remove from Group"
// ("actionRemoveFromGroup", Delete, or the members' context menu) takes it out. Both go to the deployment
// asynchronously; the outcome, the server's own message on failure, shows in "groupsMessage". Its form is
// ui/groups/GroupsPane.ui.
class GroupsPane final : public EmptyStatePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPane)

public:
    explicit GroupsPane(QWidget *parent = nullptr);
    ~GroupsPane() override;

    // The snapshot's groups; an empty list keeps the "no test group" hint.
    void showSnapshot(const kasm::DeploymentSnapshot &snapshot);
    void showLoading();
    // The deployment could not be opened or read (the Images pane says why).
    void showError();
    void setDeployment(std::shared_ptr<kasm::Deployment> deployment);

    QAction *removeAction() const { return m_removeAction; }
    QString messageText() const;

public Q_SLOTS:
    // Assigns the images to the group, one after another, then reads the deployment again.
    void assignImages(const QString &groupId, const QStringList &imageIds);
    void removeSelectedImages();

private:
    void showMessage(const QString &text);
    void changeMembership(const QString &groupId, QStringList imageIds, bool add, QStringList failures);
    void chooseGroup();

    std::unique_ptr<Ui::GroupsPane> m_ui;
    QWidget *m_content;
    GroupListModel *m_model;
    GroupMembersModel *m_members;
    QAction *m_removeAction;
    QString m_noGroupsText;
    std::shared_ptr<kasm::Deployment> m_deployment;
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui

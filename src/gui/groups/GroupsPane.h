#pragma once

#include "gui/common/EmptyStatePane.h"

#include <memory>

namespace Ui {
class GroupsPane;
}

namespace steward::kasm {
struct DeploymentSnapshot;
} // namespace steward::kasm

namespace steward::gui {

class GroupListModel;

// The Test groups pane: the deployment's user groups with the test group marked (a list view, "groupsView", over a
// GroupListModel, "groupModel"), or why there are none yet. Its list comes from ui/groups/GroupsPane.ui.
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

private:
    std::unique_ptr<Ui::GroupsPane> m_ui;
    QWidget *m_content;
    GroupListModel *m_model;
    QString m_noGroupsText;
};

} // namespace steward::gui

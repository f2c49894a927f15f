#include "gui/groups/GroupsPane.h"

#include "guimodels/groups/GroupListModel.h"
#include "kasm/DeploymentSnapshot.h"
#include "ui_GroupsPane.h"

#include <QCoreApplication>

namespace steward::gui {

GroupsPane::GroupsPane(QWidget *parent)
    : EmptyStatePane(parent), m_ui(std::make_unique<Ui::GroupsPane>()), m_content(new QWidget(this)),
      m_model(new GroupListModel(this))
{
    setObjectName(QStringLiteral("testGroupsPane"));
    m_model->setObjectName(QStringLiteral("groupModel"));
    m_ui->setupUi(m_content);
    m_ui->groupsView->setModel(m_model);

    setTitle(tr("Test groups"));
    m_noGroupsText = tr("No test group chosen.\nPick the Kasm group whose members verify new tags.");
    setEmptyText(m_noGroupsText);
    // The pane owns its list from the start and shows it once there is something in it.
    setContent(m_content);
    showEmptyState();
}

GroupsPane::~GroupsPane() = default;

void GroupsPane::showSnapshot(const kasm::DeploymentSnapshot &snapshot)
{
    m_model->setSnapshot(snapshot);
    setEmptyText(m_noGroupsText);
    if (snapshot.groups.isEmpty())
        showEmptyState();
    else
        setContent(m_content);
}

void GroupsPane::showLoading()
{
    setEmptyText(tr("Loading deployment…"));
    showEmptyState();
}

void GroupsPane::showError()
{
    setEmptyText(tr("No groups: the deployment cannot be shown."));
    showEmptyState();
}

} // namespace steward::gui

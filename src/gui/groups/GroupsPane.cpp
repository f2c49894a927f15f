#include "gui/groups/GroupsPane.h"

#include "guimodels/groups/GroupListModel.h"
#include "kasm/DeploymentSnapshot.h"
#include "ui_GroupsPane.h"

#include <QCoreApplication>

// The translation catalog (translations/*.ts) files these strings under steward::MainWindow, which built this pane
// before it became a class of its own. lupdate reads the context from each translate() call, so every call names it;
// tr() would file them under steward::gui and lose the German.

namespace steward::gui {

GroupsPane::GroupsPane(QWidget *parent)
    : EmptyStatePane(parent), m_ui(std::make_unique<Ui::GroupsPane>()), m_content(new QWidget(this)),
      m_model(new GroupListModel(this))
{
    setObjectName(QStringLiteral("testGroupsPane"));
    m_model->setObjectName(QStringLiteral("groupModel"));
    m_ui->setupUi(m_content);
    m_ui->groupsView->setModel(m_model);

    setTitle(QCoreApplication::translate("steward::MainWindow", "Test groups"));
    m_noGroupsText = QCoreApplication::translate(
        "steward::MainWindow", "No test group chosen.\nPick the Kasm group whose members verify new tags.");
    setEmptyText(m_noGroupsText);
    // The pane owns its list from the start and shows it once there is something in it.
    setContent(m_content);
    showEmptyState();
}

GroupsPane::~GroupsPane() = default;

void GroupsPane::showSnapshot(const DeploymentSnapshot &snapshot)
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
    setEmptyText(QCoreApplication::translate("steward::MainWindow", "Loading deployment…"));
    showEmptyState();
}

void GroupsPane::showError()
{
    setEmptyText(QCoreApplication::translate("steward::MainWindow", "No groups: the deployment cannot be shown."));
    showEmptyState();
}

} // namespace steward::gui

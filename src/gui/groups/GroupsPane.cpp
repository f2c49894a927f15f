#include "gui/groups/GroupsPane.h"

#include "guimodels/groups/GroupListModel.h"
#include "guimodels/groups/GroupMembersModel.h"
#include "kasm/Deployment.h"
#include "kasm/DeploymentSnapshot.h"
#include "ui_GroupsPane.h"

#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QStyledItemDelegate>

namespace steward::gui {

namespace {

// Adds each group's image count to its name in the list; the model's display text stays the group's name.
class GroupCountDelegate final : public QStyledItemDelegate
{
    Q_DECLARE_TR_FUNCTIONS(steward::gui::GroupsPane)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = tr("%1 · images: %2").arg(option->text).arg(index.data(GroupListModel::ImageCountRole).toInt());
    }
};

} // namespace

GroupsPane::GroupsPane(QWidget *parent)
    : EmptyStatePane(parent), m_ui(std::make_unique<Ui::GroupsPane>()), m_content(new QWidget(this)),
      m_model(new GroupListModel(this)), m_members(new GroupMembersModel(this)),
      m_removeAction(new QAction(tr("&Remove from Group"), this))
{
    setObjectName(QStringLiteral("testGroupsPane"));
    m_model->setObjectName(QStringLiteral("groupModel"));
    m_members->setObjectName(QStringLiteral("groupMembersModel"));
    m_ui->setupUi(m_content);
    m_ui->groupsView->setModel(m_model);
    m_ui->groupsView->setItemDelegate(new GroupCountDelegate(m_ui->groupsView));
    m_ui->groupImagesView->setModel(m_members);
    m_ui->groupsMessage->hide();
    m_ui->groupsSplitter->setStretchFactor(0, 1);
    m_ui->groupsSplitter->setStretchFactor(1, 1);

    // Images dropped on a group are assigned to it: the model says which drops it takes.
    m_ui->groupsView->setDragDropMode(QAbstractItemView::DropOnly);
    m_ui->groupsView->setAcceptDrops(true);
    m_ui->groupsView->setDropIndicatorShown(true);
    m_ui->groupsView->setDefaultDropAction(Qt::CopyAction);
    connect(m_model, &GroupListModel::assignRequested, this, &GroupsPane::assignImages);
    connect(m_model, &GroupListModel::dropRefused, this, &GroupsPane::showMessage);

    m_removeAction->setObjectName(QStringLiteral("actionRemoveFromGroup"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setEnabled(false);
    m_ui->groupImagesView->addAction(m_removeAction);
    m_ui->groupImagesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_removeAction, &QAction::triggered, this, &GroupsPane::removeSelectedImages);
    connect(m_ui->groupImagesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_removeAction->setEnabled(m_deployment && m_ui->groupImagesView->selectionModel()->hasSelection());
    });
    connect(m_ui->groupsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &GroupsPane::chooseGroup);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupsPane::chooseGroup);

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
    m_members->setSnapshot(snapshot);
    setEmptyText(m_noGroupsText);
    if (snapshot.groups.isEmpty())
        return showEmptyState();
    setContent(m_content);
    if (!m_ui->groupsView->currentIndex().isValid()) {
        const int testRow = m_model->testGroupRow();
        m_ui->groupsView->setCurrentIndex(m_model->index(std::max(0, testRow)));
    }
    chooseGroup();
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

void GroupsPane::setDeployment(std::shared_ptr<kasm::Deployment> deployment)
{
    m_deployment = std::move(deployment);
}

QString GroupsPane::messageText() const
{
    return m_ui->groupsMessage->text();
}

void GroupsPane::chooseGroup()
{
    const QModelIndex current = m_ui->groupsView->currentIndex();
    m_members->setGroupId(current.isValid() ? current.data(GroupListModel::GroupIdRole).toString() : QString());
}

void GroupsPane::assignImages(const QString &groupId, const QStringList &imageIds)
{
    if (!m_deployment)
        return showMessage(tr("No deployment is connected; nothing was assigned."));
    showMessage(tr("Assigning…"));
    changeMembership(groupId, imageIds, true, {});
}

void GroupsPane::removeSelectedImages()
{
    const QString groupId = m_members->groupId();
    QStringList imageIds;
    for (const QModelIndex &index : m_ui->groupImagesView->selectionModel()->selectedIndexes())
        imageIds << index.data(GroupMembersModel::ImageIdRole).toString();
    if (!m_deployment || groupId.isEmpty() || imageIds.isEmpty())
        return;
    showMessage(tr("Removing…"));
    changeMembership(groupId, imageIds, false, {});
}

// One call at a time, so that the deployment sees them in order and one failure does not hide the others.
void GroupsPane::changeMembership(const QString &groupId, QStringList imageIds, bool add, QStringList failures)
{
    if (imageIds.isEmpty()) {
        showMessage(failures.isEmpty() ? (add ? tr("Assigned.") : tr("Removed.")) : failures.join(QLatin1Char('\n')));
        m_deployment->refresh().then(m_work.get(), [this](const Result<kasm::DeploymentDiff> &refreshed) {
            if (!refreshed)
                showMessage(tr("The deployment could not be read again: %1").arg(refreshed.error().toString()));
        });
        return;
    }
    const QString imageId = imageIds.takeFirst();
    QFuture<Status> change =
        add ? m_deployment->addImageToGroup(imageId, groupId) : m_deployment->removeImageFromGroup(imageId, groupId);
    change.then(m_work.get(), [this, groupId, imageIds, add, failures, imageId](const Status &changed) mutable {
        if (!changed)
            failures << (add ? tr("%1 was not assigned: %2") : tr("%1 was not removed: %2"))
                            .arg(imageId, changed.error().toString());
        changeMembership(groupId, imageIds, add, failures);
    });
}

void GroupsPane::showMessage(const QString &text)
{
    m_ui->groupsMessage->setText(text);
    m_ui->groupsMessage->setVisible(!text.isEmpty());
}

} // namespace steward::gui

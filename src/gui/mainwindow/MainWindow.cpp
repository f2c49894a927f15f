#include "gui/mainwindow/MainWindow.h"

#include "gui/Logging.h"
#include "gui/agents/AgentSummary.h"
#include "gui/common/EmptyStatePane.h"
#include "gui/groups/GroupListModel.h"
#include "gui/images/ImageTableModel.h"
#include "gui/images/ImageTableView.h"
#include "kasm/Deployment.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace steward {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_imageModel(new ImageTableModel(this)),
      m_groupModel(new GroupListModel(this)), m_agentSummary(new QLabel(this))
{
    m_ui->setupUi(this);

    m_images = new EmptyStatePane(tr("Images"),
                                  tr("No images registered yet.\nRegister an image from a registry to manage its "
                                     "tags, tests and deployment."),
                                  this);
    m_testGroups = new EmptyStatePane(
        tr("Test groups"), tr("No test group chosen.\nPick the Kasm group whose members verify new tags."), this);
    m_promotion = new EmptyStatePane(
        tr("Deploy"), tr("Nothing to promote.\nDrag a verified tag here to switch the user-facing image."), this);
    m_registries = new EmptyStatePane(
        tr("Registries and pull quota"),
        tr("No registries known yet.\nAdd a registry login to see its rate limit and when it will run out."), this);
    m_noImagesText = m_images->emptyText();
    m_noGroupsText = m_testGroups->emptyText();

    m_imageView = new ImageTableView(m_imageModel, m_images);
    m_imageView->setObjectName(QStringLiteral("imagesView"));
    m_groupView = new QListView(m_testGroups);
    m_groupView->setObjectName(QStringLiteral("groupsView"));
    m_groupView->setModel(m_groupModel);
    m_groupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupView->setSpacing(2);
    // The panes own their content from the start and show it once there is something in it.
    m_images->setContent(m_imageView);
    m_images->showEmptyState();
    m_testGroups->setContent(m_groupView);
    m_testGroups->showEmptyState();

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_testGroups);
    right->addWidget(m_promotion);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_images);
    top->addWidget(right);
    // The images table has the most columns to show; the group list and the deploy pane need less width.
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 0);
    top->setSizes({900, 340});

    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->addWidget(top);
    outer->addWidget(m_registries);
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 1);
    setCentralWidget(outer);

    m_agentSummary->setObjectName(QStringLiteral("agentSummary"));
    statusBar()->addPermanentWidget(m_agentSummary);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ImageSteward"),
                           tr("<b>ImageSteward %1</b><p>Build, push, test and deploy custom Kasm Workspaces images, "
                              "and see when your agents will pull them.</p>")
                               .arg(QStringLiteral(STEWARD_VERSION)));
    });
    setDeploymentDescription(tr("No deployment connected"));
}

MainWindow::~MainWindow()
{
    // A deployment finishes its pending calls while it is destroyed; nothing of this window may react to them.
    ++m_generation;
    if (m_deployment)
        disconnect(m_deployment.get(), nullptr, this, nullptr);
    m_deployment.reset();
}

void MainWindow::setDeploymentDescription(const QString &description)
{
    statusBar()->showMessage(description);
}

void MainWindow::openDeployment(QFuture<Result<std::shared_ptr<Deployment>>> opening)
{
    const quint64 generation = ++m_generation;
    showLoading();
    setDeploymentDescription(tr("Opening the deployment…"));
    opening.then(this, [this, generation](const Result<std::shared_ptr<Deployment>> &opened) {
        if (generation != m_generation)
            return;
        if (!opened)
            return showDeploymentError(opened.error());
        setDeployment(*opened);
    });
}

void MainWindow::setDeployment(std::shared_ptr<Deployment> deployment)
{
    const quint64 generation = ++m_generation;
    if (m_deployment)
        disconnect(m_deployment.get(), nullptr, this, nullptr);
    m_deployment = std::move(deployment);
    if (!m_deployment) {
        showSnapshot(DeploymentSnapshot{});
        m_agentSummary->clear();
        setDeploymentDescription(tr("No deployment connected"));
        return;
    }

    connect(m_deployment.get(), &Deployment::refreshed, this, [this] { showSnapshot(m_deployment->snapshot()); });
    if (m_deployment->hasSnapshot())
        showSnapshot(m_deployment->snapshot());
    else
        showLoading();
    describe(m_deployment);
    m_deployment->refresh().then(this, [this, generation](const Result<DeploymentDiff> &refreshed) {
        if (generation == m_generation && !refreshed)
            showDeploymentError(refreshed.error());
    });
}

void MainWindow::describe(const std::shared_ptr<Deployment> &deployment)
{
    const quint64 generation = m_generation;
    deployment->info().then(this, [this, generation](const Result<DeploymentInfo> &info) {
        if (generation != m_generation || !info)
            return;
        if (info->kind == QLatin1String("simulated"))
            setDeploymentDescription(tr("Simulated deployment · %1").arg(info->location));
        else if (info->version.isEmpty())
            setDeploymentDescription(tr("Kasm Workspaces at %1").arg(info->location));
        else
            setDeploymentDescription(tr("Kasm Workspaces %1 at %2").arg(info->version, info->location));
    });
}

void MainWindow::showSnapshot(const DeploymentSnapshot &snapshot)
{
    m_imageModel->setSnapshot(snapshot);
    m_groupModel->setSnapshot(snapshot);

    m_images->setEmptyText(m_noImagesText);
    if (snapshot.images.isEmpty())
        m_images->showEmptyState();
    else
        m_images->setContent(m_imageView);

    m_testGroups->setEmptyText(m_noGroupsText);
    if (snapshot.groups.isEmpty())
        m_testGroups->showEmptyState();
    else
        m_testGroups->setContent(m_groupView);

    m_agentSummary->setText(agentSummaryText(snapshot));
    m_agentSummary->setToolTip(agentSummaryToolTip(snapshot));
}

void MainWindow::showDeploymentError(const Error &error)
{
    qCWarning(lcGui) << "deployment not shown:" << error.toString();
    m_images->showProblem(tr("The deployment cannot be shown.\n%1").arg(error.toString()));
    m_testGroups->setEmptyText(tr("No groups: the deployment cannot be shown."));
    m_testGroups->showEmptyState();
    m_agentSummary->clear();
    m_agentSummary->setToolTip({});
    setDeploymentDescription(tr("Deployment not available"));
}

void MainWindow::showLoading()
{
    m_images->setEmptyText(tr("Loading deployment…"));
    m_images->showEmptyState();
    m_testGroups->setEmptyText(tr("Loading deployment…"));
    m_testGroups->showEmptyState();
    m_agentSummary->clear();
}

} // namespace steward

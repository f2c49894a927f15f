#include "gui/mainwindow/MainWindow.h"

#include "gui/Logging.h"
#include "gui/deploy/DeployPane.h"
#include "gui/groups/GroupsPane.h"
#include "gui/images/ImagesPane.h"
#include "gui/promotion/PromotionBoardPane.h"
#include "gui/registries/RegistriesPane.h"
#include "guimodels/agents/AgentSummary.h"
#include "kasm/Deployment.h"
#include "ui_MainWindow.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace steward::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_agentSummary(new QLabel(this))
{
    m_ui->setupUi(this);
    // The images table has the most columns to show; the group list and the deploy pane need less width.
    m_ui->topSplitter->setSizes({900, 340});
    // The board's lanes need height for a few cards; the registries' quota lines need little.
    m_ui->outerSplitter->setSizes({300, 320, 110});
    m_ui->menuPromotion->addActions(m_ui->promotionBoardPane->boardActions());

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

void MainWindow::openDeployment(QFuture<Result<std::shared_ptr<kasm::Deployment>>> opening)
{
    const quint64 generation = ++m_generation;
    showLoading();
    setDeploymentDescription(tr("Opening the deployment…"));
    opening.then(this, [this, generation](const Result<std::shared_ptr<kasm::Deployment>> &opened) {
        if (generation != m_generation)
            return;
        if (!opened)
            return showDeploymentError(opened.error());
        setDeployment(*opened);
    });
}

void MainWindow::setDeployment(std::shared_ptr<kasm::Deployment> deployment)
{
    const quint64 generation = ++m_generation;
    if (m_deployment)
        disconnect(m_deployment.get(), nullptr, this, nullptr);
    m_deployment = std::move(deployment);
    m_ui->promotionBoardPane->setDeployment(m_deployment);
    if (!m_deployment) {
        showSnapshot(kasm::DeploymentSnapshot{});
        m_agentSummary->clear();
        setDeploymentDescription(tr("No deployment connected"));
        return;
    }

    connect(m_deployment.get(), &kasm::Deployment::refreshed, this, [this] { showSnapshot(m_deployment->snapshot()); });
    if (m_deployment->hasSnapshot())
        showSnapshot(m_deployment->snapshot());
    else
        showLoading();
    describe(m_deployment);
    m_deployment->refresh().then(this, [this, generation](const Result<kasm::DeploymentDiff> &refreshed) {
        if (generation == m_generation && !refreshed)
            showDeploymentError(refreshed.error());
    });
}

void MainWindow::setCatalog(std::shared_ptr<store::CatalogWorker> catalog)
{
    m_ui->promotionBoardPane->setCatalog(std::move(catalog));
}

void MainWindow::setRegistryClient(std::shared_ptr<registry::RegistryClient> registry)
{
    m_ui->promotionBoardPane->setRegistryClient(std::move(registry));
}

void MainWindow::describe(const std::shared_ptr<kasm::Deployment> &deployment)
{
    const quint64 generation = m_generation;
    deployment->info().then(this, [this, generation](const Result<kasm::DeploymentInfo> &info) {
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

void MainWindow::showSnapshot(const kasm::DeploymentSnapshot &snapshot)
{
    m_ui->imagesPane->showSnapshot(snapshot);
    m_ui->testGroupsPane->showSnapshot(snapshot);
    m_agentSummary->setText(agentSummaryText(snapshot));
    m_agentSummary->setToolTip(agentSummaryToolTip(snapshot));
}

void MainWindow::showDeploymentError(const Error &error)
{
    qCWarning(lcGui) << "deployment not shown:" << error.toString();
    m_ui->imagesPane->showError(error);
    m_ui->testGroupsPane->showError();
    m_agentSummary->clear();
    m_agentSummary->setToolTip({});
    setDeploymentDescription(tr("Deployment not available"));
}

void MainWindow::showLoading()
{
    m_ui->imagesPane->showLoading();
    m_ui->testGroupsPane->showLoading();
    m_agentSummary->clear();
}

} // namespace steward::gui

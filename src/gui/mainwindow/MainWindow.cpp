#include "gui/mainwindow/MainWindow.h"

#include "gui/Logging.h"
#include "gui/activity/ActivityPane.h"
#include "gui/agents/AgentsPane.h"
#include "gui/common/LayoutMemory.h"
#include "gui/groups/GroupsPane.h"
#include "gui/images/ImageTableView.h"
#include "gui/images/ImagesPane.h"
#include "gui/mainwindow/DeskHeights.h"
#include "gui/mainwindow/QuotaStatus.h"
#include "gui/managed/ManageImageDialog.h"
#include "gui/managed/PipelineDialog.h"
#include "gui/promotion/PromotionBoardPane.h"
#include "gui/registries/RegistriesPane.h"
#include "gui/tags/TagsPane.h"
#include "gui/tags/TagsView.h"
#include "guimodels/agents/AgentSummary.h"
#include "guimodels/registries/QuotaTableModel.h"
#include "kasm/Deployment.h"
#include "registry/RegistryClient.h"
#include "ui_MainWindow.h"
#include "workflow/ProfileLogins.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace steward::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_agentSummary(new QLabel(this)),
      m_quotaStatus(new QuotaStatus(this)), m_logins(std::make_shared<workflow::ProfileLogins>())
{
    m_ui->setupUi(this);
    m_ui->agentsPane->setProfileLogins(m_logins);
    // The images table has the most columns to show; the group list needs less width.
    m_ui->topSplitter->setSizes({900, 340});
    // The images table is where the work starts: on the desk it gets the most height; the board's lanes need enough
    // for a card or two, the tabs below (tags, activity, registries) what is left. At 1280×800 every demo image shows.
    // The Agents and pulls tab needs rows of its own (the matrix and the event log): while it is current the lower
    // tabs get most of the height, and the images and the board keep a strip each, still reachable and resizable.
    m_heights =
        new DeskHeights(m_ui->outerSplitter, m_ui->lowerTabs, m_ui->agentsPane, {440, 180, 160}, {150, 110, 520}, this);
    m_ui->menuPromotion->addActions(m_ui->promotionBoardPane->boardActions());
    setUpMenus();
    connectPromotionBoard();
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_ui->imagesPane->detailsAction());
    setUpManaging();
    connect(m_ui->imagesPane, &ImagesPane::currentImageChanged, this, &MainWindow::showCurrentImageTags);
    connect(m_ui->imagesPane, &ImagesPane::assignRequested, m_ui->testGroupsPane, &GroupsPane::assignImages);
    connect(m_ui->tagsPane, &TagsPane::tagsCached, m_ui->imagesPane, &ImagesPane::loadRegistryDigests);
    if (restoreLayout(*this, QSettings())) {
        m_ui->imagesPane->findChild<ImageTableView *>(QStringLiteral("imagesView"))->keepColumnWidths();
        m_ui->imagesPane->syncDetailsAction();
        m_heights->restore(QSettings());
    }

    m_agentSummary->setObjectName(QStringLiteral("agentSummary"));
    statusBar()->addPermanentWidget(m_quotaStatus);
    statusBar()->addPermanentWidget(m_agentSummary);
    m_quotaStatus->setModel(m_ui->registriesPane->quotaModel());
    connect(m_quotaStatus, &QuotaStatus::registryClicked, this, [this](const QString &registry) {
        m_ui->lowerTabs->setCurrentWidget(m_ui->registriesPane);
        m_ui->registriesPane->showRegistry(registry);
    });
    connect(m_ui->registriesPane, &RegistriesPane::kasmConnectionChanged, this, &MainWindow::kasmConnectionChanged);
    connect(m_ui->registriesPane, &RegistriesPane::loginsChanged, this, &MainWindow::reloadLogins);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ImageSteward"),
                           tr("<b>ImageSteward %1</b><p>Build, push, test and deploy custom Kasm Workspaces images, "
                              "and see when your agents will pull them.</p>")
                               .arg(QStringLiteral(STEWARD_VERSION)));
    });
    setDeploymentDescription(tr("No deployment connected"));
}

void MainWindow::setUpMenus()
{
    m_ui->menuImage->addActions(m_ui->imagesPane->imageActions());
    m_ui->menuImage->addSeparator();
    m_ui->menuImage->addAction(m_ui->tagsPane->refreshAction());
    m_ui->menuImage->addAction(m_ui->testGroupsPane->removeAction());
    connect(m_ui->actionShowImages, &QAction::triggered, this, [this] {
        showPane(m_ui->imagesPane, m_ui->imagesPane->findChild<QTableView *>(QStringLiteral("imagesView")));
    });
    connect(m_ui->actionShowTags, &QAction::triggered, this,
            [this] { showPane(m_ui->tagsPane, m_ui->tagsPane->findChild<QTableView *>(QStringLiteral("tagsView"))); });
    connect(m_ui->actionShowGroups, &QAction::triggered, this, [this] {
        showPane(m_ui->testGroupsPane, m_ui->testGroupsPane->findChild<QListView *>(QStringLiteral("groupsView")));
    });
    connect(m_ui->actionShowActivity, &QAction::triggered, this, [this] {
        showPane(m_ui->activityPane, m_ui->activityPane->findChild<QTableView *>(QStringLiteral("activityView")));
    });
    connect(m_ui->actionShowRegistries, &QAction::triggered, this,
            [this] { showPane(m_ui->registriesPane, m_ui->registriesPane); });
    connect(m_ui->actionShowAgents, &QAction::triggered, this, [this] {
        showPane(m_ui->agentsPane, m_ui->agentsPane->findChild<QTableView *>(QStringLiteral("matrixView")));
    });
}

// Managing an image and generating its pipeline: dialogs over the workflow's use cases, reached from the Image menu
// and the images table's context menu (Manage…, Ctrl+M), the promotion board (its empty state and the button beside
// its image selector), and the Promotion menu (Generate Pipeline…, Ctrl+Shift+B).
void MainWindow::setUpManaging()
{
    connect(m_ui->imagesPane, &ImagesPane::manageRequested, this, &MainWindow::openManageDialog);
    connect(m_ui->promotionBoardPane, &PromotionBoardPane::manageRequested, this, [this](const QString &imageId) {
        // With nothing managed yet the board has no image: the one chosen in the Images pane is the likeliest.
        const std::optional<KasmImage> chosen = m_ui->imagesPane->currentImage();
        openManageDialog(!imageId.isEmpty() ? imageId : chosen ? chosen->imageId : QString());
    });
    auto *pipeline = new QAction(tr("&Generate Pipeline…"), this);
    pipeline->setObjectName(QStringLiteral("actionGeneratePipeline"));
    pipeline->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    pipeline->setToolTip(tr("Write the managed image's scheduled build pipeline for a CI engine"));
    m_ui->menuPromotion->addSeparator();
    m_ui->menuPromotion->addAction(pipeline);
    connect(pipeline, &QAction::triggered, this, &MainWindow::openPipelineDialog);
}

void MainWindow::openManageDialog(const QString &imageId)
{
    if (!m_deployment || !m_catalog)
        return statusBar()->showMessage(tr("Managing an image needs a deployment and a profile."));
    auto *dialog = new ManageImageDialog(m_deployment, m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const kasm::DeploymentSnapshot snapshot = m_deployment->snapshot();
    dialog->setChoices(snapshot.images, snapshot.groups, imageId);
    connect(dialog, &ManageImageDialog::managed, this, [this](const QString &managedId, const QStringList &warnings) {
        statusBar()->showMessage(warnings.isEmpty() ? tr("The managed image was saved.")
                                                    : warnings.join(QLatin1Char(' ')));
        m_ui->promotionBoardPane->showManagedImage(managedId);
        m_ui->imagesPane->loadManagedImages();
    });
    connect(dialog, &ManageImageDialog::unmanaged, this, [this] {
        statusBar()->showMessage(tr("The image is no longer managed."));
        m_ui->promotionBoardPane->reload();
        m_ui->imagesPane->loadManagedImages();
    });
    dialog->open();
}

void MainWindow::openPipelineDialog()
{
    if (!m_catalog)
        return statusBar()->showMessage(tr("Generating a pipeline needs a profile."));
    auto *dialog = new PipelineDialog(m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setImage(m_ui->promotionBoardPane->currentImageId());
    dialog->open();
}

// Brings a pane forward (its tab, when it is in one) and gives its main view the keyboard.
void MainWindow::showPane(QWidget *pane, QWidget *focus)
{
    if (const int tab = m_ui->lowerTabs->indexOf(pane); tab >= 0)
        m_ui->lowerTabs->setCurrentIndex(tab);
    // A pane above the tabs (images, groups) is desk work even while the agents tab stays current; the agents tab's
    // own shortcut brings its heights back when it was current already.
    m_heights->show(pane == m_ui->agentsPane ? DeskHeights::View::Agents : DeskHeights::View::Desk);
    if (QWidget *target = focus && focus->isVisible() ? focus : pane)
        target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    saveLayout(*this, settings);
    m_heights->save(settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::setCatalog(std::shared_ptr<store::CatalogWorker> catalog)
{
    m_ui->imagesPane->setCatalog(catalog);
    m_ui->tagsPane->setCatalog(catalog);
    m_ui->activityPane->setCatalog(catalog);
    m_ui->promotionBoardPane->setCatalog(catalog);
    m_ui->registriesPane->setCatalog(catalog);
    m_catalog = std::move(catalog);
    reloadLogins();
}

void MainWindow::setCredentials(std::shared_ptr<store::CredentialStore> credentials)
{
    m_ui->imagesPane->setCredentials(credentials);
    m_ui->tagsPane->setCredentials(credentials);
    m_ui->registriesPane->setCredentials(credentials);
    m_credentials = std::move(credentials);
    reloadLogins();
}

void MainWindow::reloadLogins()
{
    if (!m_catalog || !m_credentials)
        return;
    workflow::reloadProfileLogins(m_logins, m_catalog, m_credentials, m_work.get())
        .then(m_work.get(), [this](const Status &loaded) {
            if (!loaded)
                statusBar()->showMessage(
                    tr("The stored registry logins could not all be read: %1").arg(loaded.error().toString()));
            applyRegistryOptions();
            Q_EMIT profileLoginsReloaded(bool(loaded));
        });
}

void MainWindow::applyRegistryOptions()
{
    if (!m_registryClient)
        return;
    // A CA file or an explicit "insecure" the profile keeps for a registry applies to every request to it.
    // A host whose options were removed goes back to the defaults.
    const QHash<QString, registry::RegistryOptions> options = m_logins->registryOptions();
    for (const QString &host : std::as_const(m_registryOptionHosts)) {
        if (!options.contains(host))
            m_registryClient->setRegistryOptions(host, registry::RegistryOptions{});
    }
    m_registryOptionHosts.clear();
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        m_registryClient->setRegistryOptions(it.key(), it.value());
        m_registryOptionHosts.insert(it.key());
    }
}

void MainWindow::showCurrentImageTags()
{
    m_ui->tagsPane->showImage(m_ui->imagesPane->currentImage(), m_ui->imagesPane->snapshot());
    updateTagsSendToTest();
}

// The board's keyboard ways in: View → Promotion board, and the Tags pane's Send to test for a managed image.
void MainWindow::connectPromotionBoard()
{
    auto *showBoard = new QAction(tr("&Promotion board"), this);
    showBoard->setObjectName(QStringLiteral("actionShowPromotionBoard"));
    showBoard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    showBoard->setToolTip(tr("Move the keyboard to the promotion board's first lane"));
    m_ui->menuView->addAction(showBoard);
    connect(showBoard, &QAction::triggered, m_ui->promotionBoardPane, &PromotionBoardPane::focusBoard);
    connect(m_ui->tagsPane, &TagsPane::sendToTestRequested, m_ui->promotionBoardPane, &PromotionBoardPane::sendToTest);
    // The managed images arrive with the board, maybe after the image was chosen.
    connect(m_ui->promotionBoardPane, &PromotionBoardPane::boardRead, this, &MainWindow::updateTagsSendToTest);
}

void MainWindow::updateTagsSendToTest()
{
    const std::optional<KasmImage> image = m_ui->imagesPane->currentImage();
    const QString imageId = image ? image->imageId : QString();
    m_ui->tagsPane->setSendToTestImage(m_ui->promotionBoardPane->isManaged(imageId) ? imageId : QString());
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
    m_ui->registriesPane->setDeploymentDescription(description);
}

void MainWindow::setProfileDir(const QString &profileDir)
{
    m_ui->registriesPane->setProfileDir(profileDir);
}

void MainWindow::setFleet(pull::SimulatedFleet *fleet)
{
    m_ui->agentsPane->setFleet(fleet);
    m_ui->registriesPane->setFleet(fleet);
}

void MainWindow::openDeployment(QFuture<Result<std::shared_ptr<kasm::Deployment>>> opening)
{
    const quint64 generation = ++m_generation;
    showLoading();
    setDeploymentDescription(tr("Opening the deployment…"));
    opening.then(m_work.get(), [this, generation](const Result<std::shared_ptr<kasm::Deployment>> &opened) {
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
    m_ui->imagesPane->setDeployment(m_deployment);
    m_ui->testGroupsPane->setDeployment(m_deployment);
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
    m_deployment->refresh().then(m_work.get(), [this, generation](const Result<kasm::DeploymentDiff> &refreshed) {
        if (generation == m_generation && !refreshed)
            showDeploymentError(refreshed.error());
    });
}

void MainWindow::setRegistryClient(std::shared_ptr<registry::RegistryClient> registry)
{
    m_registryClient = registry;
    if (m_registryClient) {
        m_registryClient->setCredentialProvider(m_logins);
        applyRegistryOptions();
    }
    m_ui->imagesPane->setRegistryClient(registry);
    m_ui->promotionBoardPane->setRegistryClient(std::move(registry));
}

void MainWindow::describe(const std::shared_ptr<kasm::Deployment> &deployment)
{
    const quint64 generation = m_generation;
    deployment->info().then(m_work.get(), [this, generation](const Result<kasm::DeploymentInfo> &info) {
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
    m_ui->agentsPane->showZones(snapshot.zones);
    m_ui->imagesPane->showSnapshot(snapshot);
    m_ui->testGroupsPane->showSnapshot(snapshot);
    showCurrentImageTags();
    QHash<QString, QString> imageNames;
    for (const KasmImage &image : snapshot.images)
        imageNames.insert(image.imageId, image.displayName());
    m_ui->activityPane->setImageNames(imageNames);
    m_ui->activityPane->reload();
    m_agentSummary->setText(agentSummaryText(snapshot));
    m_agentSummary->setToolTip(agentSummaryToolTip(snapshot));
    // bench_launch stops its clock on this line.
    qCDebug(lcGui).nospace() << "snapshot shown: " << snapshot.images.size() << " images";
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

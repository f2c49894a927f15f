#pragma once

#include "core/Result.h"
#include "gui/common/PendingWork.h"

#include <QFuture>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace steward::kasm {
class Deployment;
struct DeploymentSnapshot;
} // namespace steward::kasm

namespace steward::pull {
class SimulatedFleet;
}

namespace steward::registry {
class RegistryClient;
}

namespace steward::store {
class CatalogWorker;
class CredentialStore;
} // namespace steward::store

namespace steward::workflow {
class ProfileLogins;
} // namespace steward::workflow

namespace steward::gui {

class DeskHeights;
class QuotaStatus;

// The administrator's desk: registered images on the left, test groups on the right, the promotion board (test and
// deploy lanes, promotion by dragging a tag) below them, the current image's tags, the activity log and the registries
// with their pull quota in tabs below ("lowerTabs"), the fleet of agents in the status bar.
//
// It composes the panes (ImagesPane "imagesPane", GroupsPane "testGroupsPane",
// PromotionBoardPane "promotionBoardPane", TagsPane "tagsPane", ActivityPane "activityPane", RegistriesPane
// "registriesPane", AgentsPane "agentsPane") from ui/mainwindow/MainWindow.ui and hands each what it shows; tests and
// accessibility tools find panes and views by those object names, the status bar's fleet line as "agentSummary" and
// its quota line as "quotaStatus" (a click brings that registry's chart forward). Every pane's actions are in
// the menus with shortcuts; View → (Ctrl+1…5) brings a pane forward and focuses it. The layout (geometry, splitters,
// column widths, the tab) is kept in QSettings.
//
// It never waits: a deployment arrives as a future (openDeployment) and is read with Deployment::refresh(); until
// then the panes say "Loading deployment…", and if either fails they show the error instead.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown in the status bar: which deployment and profile the window works on.
    void setDeploymentDescription(const QString &description);

    // Shows "Loading deployment…" until `opening` finishes, then the deployment (setDeployment) or the error.
    void openDeployment(QFuture<Result<std::shared_ptr<kasm::Deployment>>> opening);
    // Shows `deployment`: reads it now, and again into the panes whenever it is refreshed.
    void setDeployment(std::shared_ptr<kasm::Deployment> deployment);
    std::shared_ptr<kasm::Deployment> deployment() const { return m_deployment; }
    // The profile's catalog (stages, plans, logins, the tag cache, the audit log) once it is open.
    void setCatalog(std::shared_ptr<store::CatalogWorker> catalog);
    // Where registry passwords are read from when an image is given a stored login or tags are refreshed.
    void setCredentials(std::shared_ptr<store::CredentialStore> credentials);
    // The registry client the promotion board plans and runs with, and the images pane's preflight checks with. It
    // pulls with the profile's stored logins and each registry's TLS options (profileLogins()).
    void setRegistryClient(std::shared_ptr<registry::RegistryClient> registry);
    // The profile's stored logins, read once the catalog and the credential store are set, and again whenever a
    // login is saved or removed in the registries pane: the app's registry client and live mode use them.
    std::shared_ptr<workflow::ProfileLogins> profileLogins() const { return m_logins; }
    // Fills the panes from `snapshot`; a pane with nothing to show keeps its empty state.
    void showSnapshot(const kasm::DeploymentSnapshot &snapshot);
    // The deployment could not be opened or read: the panes say so, with the error's own message.
    void showDeploymentError(const Error &error);
    // The profile's folder: a Kasm connection made in the registries pane is stored there.
    void setProfileDir(const QString &profileDir);
    // The simulated fleet the agents pane, the quota pane and the status bar follow; nullptr for none.
    void setFleet(pull::SimulatedFleet *fleet);

Q_SIGNALS:
    // A Kasm server was connected or disconnected in the registries pane: the profile's deployment changed.
    void kasmConnectionChanged();
    // profileLogins() holds what the profile stores now (after a reload; `loaded` false: it failed, see the status
    // bar).
    void profileLoginsReloaded(bool loaded);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpMenus();
    void showPane(QWidget *pane, QWidget *focus);
    void showCurrentImageTags();
    void connectPromotionBoard();
    void updateTagsSendToTest();
    void showLoading();
    void describe(const std::shared_ptr<kasm::Deployment> &deployment);
    void reloadLogins();
    void applyRegistryOptions();
    void setUpManaging();
    void openManageDialog(const QString &imageId);
    void openPipelineDialog();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_agentSummary;
    QuotaStatus *m_quotaStatus;
    DeskHeights *m_heights = nullptr;
    std::shared_ptr<kasm::Deployment> m_deployment;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::shared_ptr<store::CredentialStore> m_credentials;
    std::shared_ptr<workflow::ProfileLogins> m_logins;
    std::shared_ptr<registry::RegistryClient> m_registryClient;
    QSet<QString> m_registryOptionHosts; // hosts given options from the profile, reset when they lose them
    // Bumped by every open and every deployment change, so that a late answer about an older one is ignored.
    quint64 m_generation = 0;
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui

#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace steward::kasm {
class Deployment;
struct DeploymentSnapshot;
} // namespace steward::kasm

namespace steward::registry {
class RegistryClient;
}

namespace steward::store {
class CatalogWorker;
}

namespace steward::gui {

// The administrator's desk: registered images on the left, test groups and deploy promotion on the right,
// registries with their pull quota below, the fleet of agents in the status bar. Read-only for now.
//
// It composes the panes (ImagesPane "imagesPane", GroupsPane "testGroupsPane", DeployPane "deployPane",
// PromotionBoardPane "promotionBoardPane", RegistriesPane "registriesPane") from ui/mainwindow/MainWindow.ui and hands
// each what it shows; tests and accessibility tools find panes and views by those object names, the status bar's fleet
// line as "agentSummary".
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
    // The profile's catalog (opened) and a registry client: the promotion board plans and runs with them.
    void setCatalog(std::shared_ptr<store::CatalogWorker> catalog);
    void setRegistryClient(std::shared_ptr<registry::RegistryClient> registry);
    // Fills the panes from `snapshot`; a pane with nothing to show keeps its empty state.
    void showSnapshot(const kasm::DeploymentSnapshot &snapshot);
    // The deployment could not be opened or read: the panes say so, with the error's own message.
    void showDeploymentError(const Error &error);

private:
    void showLoading();
    void describe(const std::shared_ptr<kasm::Deployment> &deployment);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_agentSummary;
    std::shared_ptr<kasm::Deployment> m_deployment;
    // Bumped by every open and every deployment change, so that a late answer about an older one is ignored.
    quint64 m_generation = 0;
};

} // namespace steward::gui

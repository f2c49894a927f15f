#pragma once

#include "gui/common/PendingWork.h"
#include "pull/RateLimiter.h"
#include "pull/SimulationResult.h"
#include "registry/RateLimit.h"
#include "store/Records.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class RegistriesPane;
}

namespace steward::pull {
class PullEngineThread;
class SimulatedFleet;
struct FleetBatch;
struct FleetPlan;
} // namespace steward::pull

namespace steward::store {
class CatalogWorker;
class CredentialStore;
} // namespace steward::store

namespace steward::gui {

class QuotaTableModel;
class RegistryTableModel;

// The Registries and pull quota pane (form ui/registries/RegistriesPane.ui): each registry with its login (user
// names only) and where its limits come from ("registryTable"); each quota with used / limit and when it frees up
// ("quotaTable"); the selected quota's chart with the forecast's advice ("quotaChart"); the Kasm connection
// ("kasmBox"). Buttons "loginButton", "logoutButton", "testButton", "settingsButton", "importButton",
// "kasmConnectButton", "kasmDisconnectButton"; what went wrong or right last is shown in "registriesMessage", in the
// registry's or server's own words, never in a modal box.
//
// Everything it does is asynchronous: the catalog on its worker thread, the keychain's jobs, the registry client,
// the forecast on the pull engine's thread.
class RegistriesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistriesPane)

public:
    explicit RegistriesPane(QWidget *parent = nullptr);
    ~RegistriesPane() override;

    void setCatalog(std::shared_ptr<store::CatalogWorker> catalog);
    void setCredentials(std::shared_ptr<store::CredentialStore> credentials);
    void setProfileDir(const QString &profileDir);
    // The simulated fleet whose quotas are counted and charted; nullptr: none (a real server's agents). Its rate model
    // uses the limits this pane shows: one set by hand or learned replaces the fleet's own for that registry
    // (workflow::fleetLimitOverrides), re-planning it whenever they change.
    void setFleet(pull::SimulatedFleet *fleet);
    // What the window shows now: "Simulated deployment · …" or "Kasm Workspaces 1.16 at …".
    void setDeploymentDescription(const QString &description);

    QuotaTableModel *quotaModel() const { return m_quotas; }
    RegistryTableModel *registryModel() const { return m_registries; }
    // Selects that registry's first quota (the one the status bar names) and charts it.
    void showRegistry(const QString &registry);
    void showQuota(const pull::BucketKey &key);
    // Re-reads the registries and logins from the catalog.
    void refreshRegistries();

Q_SIGNALS:
    // A Kasm server was connected or disconnected: the window should reopen the profile's deployment.
    void kasmConnectionChanged();
    // A run's batch reached the quota model (the status bar follows it).
    void quotasChanged();
    // A login was saved or removed here: whoever holds the profile's logins reads them again.
    void loginsChanged();

private:
    void applyBatch(const pull::FleetBatch &batch);
    void planChanged(const std::shared_ptr<const pull::FleetPlan> &plan);
    void updateRegistries();
    void updateChart();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    QString selectedRegistry() const;
    void logIn();
    void logOut();
    void editSettings();
    void testConnection();
    void importDockerLogins();
    void connectKasm();
    void disconnectKasm();

    std::unique_ptr<Ui::RegistriesPane> m_ui;
    RegistryTableModel *m_registries;
    QuotaTableModel *m_quotas;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::shared_ptr<store::CredentialStore> m_credentials;
    QString m_profileDir;
    QPointer<pull::SimulatedFleet> m_fleet;
    std::shared_ptr<const pull::FleetPlan> m_plan;
    QList<store::RegistryRecord> m_records;
    QHash<QString, registry::RateLimit> m_learned;    // per registry host, from connection tests
    std::unique_ptr<pull::PullEngineThread> m_engine; // the forecast's simulations
    quint64 m_forecastRequest = 0;
    std::optional<pull::SimulationResult> m_forecastResult;
    QStringList m_advice;
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui

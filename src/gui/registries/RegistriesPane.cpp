#include "gui/registries/RegistriesPane.h"

#include "gui/registries/KasmConnectDialog.h"
#include "gui/registries/LoginDialog.h"
#include "gui/registries/QuotaChart.h"
#include "gui/registries/RegistrySettingsDialog.h"
#include "guimodels/registries/QuotaTableModel.h"
#include "guimodels/registries/RegistryTableModel.h"
#include "pull/FleetBatch.h"
#include "pull/Forecast.h"
#include "pull/PullEngine.h"
#include "pull/SimulatedFleet.h"
#include "registry/DockerConfig.h"
#include "registry/RegistryClient.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/CredentialStore.h"
#include "ui_RegistriesPane.h"
#include "workflow/KasmConnection.h"
#include "workflow/RegistryLoginChanges.h"
#include "workflow/RegistryLoginLookup.h"
#include "workflow/RegistryQuota.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMessageBox>

namespace steward::gui {

namespace {

// The forecast looks this far past the run's present, so that an exhaustion in the next window shows.
constexpr qint64 ForecastAheadS = qint64{12} * 3600;

} // namespace

RegistriesPane::RegistriesPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RegistriesPane>()), m_registries(new RegistryTableModel(this)),
      m_quotas(new QuotaTableModel(this)), m_engine(std::make_unique<pull::PullEngineThread>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("registriesPane"));
    m_ui->registryTable->setModel(m_registries);
    m_ui->quotaTable->setModel(m_quotas);
    for (QTableView *table : {m_ui->registryTable, m_ui->quotaTable}) {
        table->horizontalHeader()->setStretchLastSection(true);
        // Few rows: sizing to contents is cheap and shows the whole of each address and count.
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->verticalHeader()->hide();
        table->setWordWrap(false);
    }
    m_ui->registriesSplitter->setStretchFactor(0, 3);
    m_ui->registriesSplitter->setStretchFactor(1, 2);
    m_ui->registriesMessage->hide();
    m_ui->kasmStatus->setWordWrap(false);
    m_ui->kasmStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setDeploymentDescription(tr("No deployment connected"));

    connect(m_ui->loginButton, &QPushButton::clicked, this, &RegistriesPane::logIn);
    connect(m_ui->logoutButton, &QPushButton::clicked, this, &RegistriesPane::logOut);
    connect(m_ui->testButton, &QPushButton::clicked, this, &RegistriesPane::testConnection);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &RegistriesPane::editSettings);
    connect(m_ui->importButton, &QPushButton::clicked, this, &RegistriesPane::importDockerLogins);
    connect(m_ui->kasmConnectButton, &QPushButton::clicked, this, &RegistriesPane::connectKasm);
    connect(m_ui->kasmDisconnectButton, &QPushButton::clicked, this, &RegistriesPane::disconnectKasm);
    connect(m_ui->registryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegistriesPane::updateButtons);
    connect(m_ui->quotaTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegistriesPane::updateChart);
    connect(m_quotas, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_ui->quotaTable->currentIndex().isValid() && m_quotas->rowCount() > 0)
            m_ui->quotaTable->selectRow(0);
    });

    connect(m_engine->engine(), &pull::PullEngine::finished, this,
            [this](quint64 request, const pull::SimulationResult &result) {
                if (request != m_forecastRequest)
                    return;
                m_forecastResult = result;
                updateChart();
            });
    connect(m_engine->engine(), &pull::PullEngine::failed, this, [this](quint64 request, const Error &error) {
        if (request == m_forecastRequest)
            showMessage(tr("The forecast could not run: %1").arg(error.toString()), true);
    });
    updateButtons();
}

RegistriesPane::~RegistriesPane() = default;

void RegistriesPane::setCatalog(std::shared_ptr<store::CatalogWorker> catalog)
{
    m_catalog = std::move(catalog);
    refreshRegistries();
    updateButtons();
}

void RegistriesPane::setCredentials(std::shared_ptr<store::CredentialStore> credentials)
{
    m_credentials = std::move(credentials);
    updateButtons();
}

void RegistriesPane::setProfileDir(const QString &profileDir)
{
    m_profileDir = profileDir;
    updateButtons();
}

void RegistriesPane::setFleet(pull::SimulatedFleet *fleet)
{
    if (m_fleet)
        disconnect(m_fleet, nullptr, this, nullptr);
    m_fleet = fleet;
    m_quotas->clearRun();
    if (m_fleet) {
        m_fleet->setRegistryLimits(workflow::fleetLimitOverrides(m_registries->registries()));
        connect(m_fleet, &pull::SimulatedFleet::batch, this, &RegistriesPane::applyBatch);
        if (m_fleet->plan())
            planChanged(m_fleet->plan());
    }
}

void RegistriesPane::setDeploymentDescription(const QString &description)
{
    // A long profile path would push the buttons away: the label clips, its tooltip has it all.
    m_ui->kasmStatus->setText(tr("Showing: %1").arg(description));
    m_ui->kasmStatus->setToolTip(m_ui->kasmStatus->text());
}

void RegistriesPane::applyBatch(const pull::FleetBatch &batch)
{
    if (batch.plan != m_plan)
        planChanged(batch.plan);
    m_quotas->applyBatch(batch);
    updateChart();
    Q_EMIT quotasChanged();
}

void RegistriesPane::planChanged(const std::shared_ptr<const pull::FleetPlan> &plan)
{
    m_plan = plan;
    m_quotas->clearRun();
    updateRegistries();
    if (!m_plan)
        return;
    // The forecast: the same scenario simulated from the start to well past now, on the engine's thread.
    pull::Scenario scenario = m_plan->scenario;
    scenario.durationS = std::min<qint64>(scenario.durationS, m_quotas->simulatedMs() / 1000 + ForecastAheadS);
    m_advice = pull::forecast(scenario).advice;
    m_forecastResult.reset();
    m_engine->cancel();
    m_forecastRequest = m_engine->simulate(scenario);
}

void RegistriesPane::refreshRegistries()
{
    if (!m_catalog)
        return;
    QPointer<RegistriesPane> self(this);
    m_catalog->run<QList<store::RegistryRecord>>([](QSqlDatabase &db) { return store::listRegistries(db); })
        .then(m_work.get(), [self](const Result<QList<store::RegistryRecord>> &records) {
            if (!self)
                return;
            if (!records)
                return self->showMessage(records.error().toString(), true);
            self->m_records = *records;
            self->updateRegistries();
        });
}

void RegistriesPane::updateRegistries()
{
    QStringList fleetRegistries;
    if (m_plan) {
        for (const pull::RegistrySpec &spec : m_plan->scenario.registries)
            fleetRegistries << spec.name;
    }
    const QString selected = selectedRegistry();
    m_registries->setRegistries(workflow::registryLimits(m_records, fleetRegistries, m_learned));
    // The fleet simulates and forecasts with the limits shown here; a change re-plans it, and its next batch brings
    // the new plan back through planChanged() (the same limits again change nothing).
    if (m_fleet)
        m_fleet->setRegistryLimits(workflow::fleetLimitOverrides(m_registries->registries()));
    if (const int row = m_registries->rowOf(selected); row >= 0)
        m_ui->registryTable->selectRow(row);
    else if (m_registries->rowCount() > 0 && !m_ui->registryTable->currentIndex().isValid())
        m_ui->registryTable->selectRow(0);
    updateButtons();
}

void RegistriesPane::showRegistry(const QString &registry)
{
    for (int row = 0; row < m_quotas->rowCount(); ++row) {
        if (m_quotas->keyAt(row).registry == registry) {
            m_ui->quotaTable->selectRow(row);
            break;
        }
    }
    if (const int row = m_registries->rowOf(registry); row >= 0)
        m_ui->registryTable->selectRow(row);
}

void RegistriesPane::showQuota(const pull::BucketKey &key)
{
    if (const int row = m_quotas->rowOf(key); row >= 0)
        m_ui->quotaTable->selectRow(row);
}

void RegistriesPane::updateChart()
{
    const int row = m_ui->quotaTable->currentIndex().row();
    if (row < 0)
        return;
    const pull::BucketKey key = m_quotas->keyAt(row);
    const QModelIndex index = m_quotas->index(row, 0);
    const qint64 limit = index.data(QuotaTableModel::LimitRole).toLongLong();
    std::optional<pull::RateLimitPolicy> policy;
    std::optional<pull::BucketReport> report;
    if (m_forecastResult) {
        for (const pull::BucketReport &bucket : m_forecastResult->buckets) {
            if (bucket.key == key)
                report = bucket;
        }
    }
    if (limit >= 0)
        policy = pull::RateLimitPolicy{int(limit), report && report->policy ? report->policy->windowS : 21600};
    m_ui->quotaChart->setTitle(QStringLiteral("%1 · %2").arg(
        key.registry, index.sibling(row, QuotaTableModel::WhoseColumn).data().toString()));
    m_ui->quotaChart->setHistory(m_quotas->history(row), policy, m_quotas->epochMs());
    m_ui->quotaChart->setForecast(report, m_advice);
}

void RegistriesPane::updateButtons()
{
    const QString registry = selectedRegistry();
    const bool loggedIn = !m_ui->registryTable->currentIndex()
                               .sibling(m_ui->registryTable->currentIndex().row(), 0)
                               .data(RegistryTableModel::UsernameRole)
                               .toString()
                               .isEmpty();
    const bool ready = m_catalog && m_credentials;
    m_ui->loginButton->setEnabled(ready);
    m_ui->logoutButton->setEnabled(ready && loggedIn);
    m_ui->testButton->setEnabled(ready && !registry.isEmpty());
    m_ui->settingsButton->setEnabled(ready);
    m_ui->importButton->setEnabled(ready);
    m_ui->kasmConnectButton->setEnabled(m_credentials && !m_profileDir.isEmpty());
    m_ui->kasmDisconnectButton->setEnabled(m_credentials && !m_profileDir.isEmpty());
}

void RegistriesPane::showMessage(const QString &text, bool error)
{
    m_ui->registriesMessage->setText(text);
    m_ui->registriesMessage->setProperty("error", error);
    // Not colour alone: an error starts with its word.
    if (error)
        m_ui->registriesMessage->setText(tr("Error: %1").arg(text));
    m_ui->registriesMessage->setVisible(!text.isEmpty());
}

QString RegistriesPane::selectedRegistry() const
{
    return m_ui->registryTable->currentIndex().data(RegistryTableModel::RegistryRole).toString();
}

void RegistriesPane::logIn()
{
    if (!m_catalog || !m_catalog->catalog())
        return showMessage(tr("The profile's catalog is not open yet."), true);
    auto *dialog = new LoginDialog(m_catalog, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRegistry(selectedRegistry());
    connect(dialog, &LoginDialog::loggedIn, this, [this](const QString &registry, const QString &username) {
        showMessage(
            tr("Logged in to %1 as %2; the password is in %3.").arg(registry, username, m_credentials->description()),
            false);
        refreshRegistries();
        Q_EMIT loginsChanged();
    });
    dialog->open();
}

// The registry chosen in the table, or a new one typed in the dialog. A saved CA or "insecure" reaches the window's
// registry client through loginsChanged (the profile's options are read again); a limit reaches the quota model.
void RegistriesPane::editSettings()
{
    if (!m_catalog || !m_catalog->catalog())
        return showMessage(tr("The profile's catalog is not open yet."), true);
    auto *dialog = new RegistrySettingsDialog(m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRegistry(selectedRegistry());
    connect(dialog, &RegistrySettingsDialog::saved, this, [this](const QString &registry) {
        showMessage(tr("Saved the settings of %1.").arg(registry), false);
        refreshRegistries();
        Q_EMIT loginsChanged();
    });
    dialog->open();
}

void RegistriesPane::logOut()
{
    const QString registry = selectedRegistry();
    if (registry.isEmpty() || !m_catalog || !m_catalog->catalog())
        return;
    QPointer<RegistriesPane> self(this);
    // The removal's steps continue on the application, not on this pane: closing the window mid-way must not leave
    // the keychain and the catalog disagreeing.
    workflow::removeRegistryLogin(m_catalog, m_credentials, registry, QCoreApplication::instance())
        .then(m_work.get(), [self, registry](const Status &removed) {
            if (!self)
                return;
            if (!removed)
                return self->showMessage(removed.error().toString(), true);
            self->m_learned.remove(registry); // the headers spoke for the account that is gone
            self->showMessage(tr("Logged out of %1; its password left the keychain.").arg(registry), false);
            self->refreshRegistries();
            Q_EMIT self->loginsChanged();
        });
}

void RegistriesPane::testConnection()
{
    const QString registry = selectedRegistry();
    if (registry.isEmpty() || !m_catalog || !m_catalog->catalog())
        return;
    const QString probe = workflow::quotaProbeReference(registry, m_plan ? m_plan->references : QStringList());
    showMessage(tr("Testing %1…").arg(registry), false);
    m_ui->testButton->setEnabled(false);
    QPointer<RegistriesPane> self(this);
    workflow::storedLogin(m_catalog, m_credentials, registry, m_work.get())
        .then(m_work.get(), [self, registry, probe](const Result<std::optional<store::StoredLogin>> &login) {
            if (!self)
                return;
            auto client = std::make_shared<registry::RegistryClient>();
            auto provider = std::make_shared<registry::StaticCredentialProvider>();
            if (login && *login)
                provider->set(registry, registry::Credential{(*login)->username, (*login)->secret});
            client->setCredentialProvider(provider);
            const bool authenticated = login && login->has_value();
            workflow::checkRegistryConnection(client, registry, probe)
                .then(self, [self, registry, authenticated, client](const Result<workflow::ConnectionCheck> &check) {
                    if (!self)
                        return;
                    self->updateButtons();
                    if (!check)
                        return self->showMessage(tr("%1 does not answer: %2").arg(registry, check.error().toString()),
                                                 true);
                    if (!check->headError.isEmpty())
                        return self->showMessage(tr("%1 answers, but the quota check on %2 failed: %3")
                                                     .arg(registry, check->probed, check->headError),
                                                 true);
                    if (check->probed.isEmpty())
                        return self->showMessage(
                            tr("%1 answers. No image of it is known to ask about its quota.").arg(registry), false);
                    const registry::RateLimit &limit = check->rateLimit;
                    self->m_learned.insert(registry, limit);
                    self->m_quotas->setReported(registry, authenticated, limit);
                    self->updateRegistries();
                    if (!limit.limited)
                        return self->showMessage(
                            tr("%1 answers and reports no pull limit for this login or address.").arg(registry), false);
                    self->showMessage(tr("%1 answers: %2 of %3 pulls left, counted for %4.")
                                          .arg(registry)
                                          .arg(limit.remaining)
                                          .arg(limit.limit)
                                          .arg(limit.source.isEmpty() ? tr("this login or address") : limit.source),
                                      false);
                });
        });
}

void RegistriesPane::importDockerLogins()
{
    Result<registry::DockerConfig> config = registry::DockerConfig::load();
    if (!config)
        return showMessage(config.error().toString(), true);
    auto shared = std::make_shared<registry::DockerConfig>(std::move(*config));
    QPointer<RegistriesPane> self(this);
    shared->candidates().then(m_work.get(), [self, shared](const Result<QList<registry::DockerLoginCandidate>> &found) {
        if (!self)
            return;
        if (!found)
            return self->showMessage(found.error().toString(), true);
        if (found->isEmpty())
            return self->showMessage(tr("The docker configuration has no logins."), false);
        // One question at a time, each answered before the next is asked; a yes imports that login.
        auto ask = std::make_shared<std::function<void(qsizetype)>>();
        *ask = [self, shared, candidates = *found, ask](qsizetype i) {
            if (!self || i >= candidates.size())
                return self ? self->refreshRegistries() : void();
            const registry::DockerLoginCandidate &candidate = candidates.at(i);
            auto *box = new QMessageBox(
                QMessageBox::Question, tr("Import a docker login"),
                tr("Import the login for %1 as %2 from %3 into the keychain?")
                    .arg(candidate.registry,
                         candidate.username.isEmpty() ? tr("(user from the helper)") : candidate.username,
                         candidate.origin),
                QMessageBox::Yes | QMessageBox::No, self);
            box->setObjectName(QStringLiteral("importDockerLoginQuestion"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(box, &QMessageBox::finished, self, [self, shared, candidate, ask, i](int answer) {
                if (answer != QMessageBox::Yes)
                    return (*ask)(i + 1);
                shared->credentialFor(candidate.registry)
                    .then(self, [self, candidate, ask, i](const Result<std::optional<registry::Credential>> &got) {
                        if (!self)
                            return;
                        if (!got || !*got) {
                            self->showMessage(
                                got ? tr("%1: no secret is stored for this login.").arg(candidate.registry)
                                    : got.error().toString(),
                                true);
                            return (*ask)(i + 1);
                        }
                        workflow::saveRegistryLogin(self->m_catalog, self->m_credentials, candidate.registry,
                                                    (*got)->username, (*got)->secret, QStringLiteral("docker-config"),
                                                    self)
                            .then(self, [self, candidate, ask, i](const Status &saved) {
                                if (!self)
                                    return;
                                self->showMessage(saved ? tr("Imported the login for %1.").arg(candidate.registry)
                                                        : saved.error().toString(),
                                                  !saved);
                                if (saved)
                                    Q_EMIT self->loginsChanged();
                                (*ask)(i + 1);
                            });
                    });
            });
            box->open();
        };
        (*ask)(0);
    });
}

void RegistriesPane::connectKasm()
{
    auto *dialog = new KasmConnectDialog(m_profileDir, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KasmConnectDialog::connected, this, [this](const workflow::KasmConnected &connected) {
        showMessage(tr("Connected to Kasm Workspaces at %1.").arg(connected.info.location), false);
        Q_EMIT kasmConnectionChanged();
    });
    dialog->open();
}

void RegistriesPane::disconnectKasm()
{
    QPointer<RegistriesPane> self(this);
    workflow::disconnectKasmServer(m_profileDir, m_credentials, QCoreApplication::instance())
        .then(m_work.get(), [self](const Result<std::optional<kasm::KasmServerSettings>> &gone) {
            if (!self)
                return;
            if (!gone)
                return self->showMessage(gone.error().toString(), true);
            self->showMessage(*gone ? tr("Disconnected from the Kasm server; the window shows the simulated "
                                         "deployment again.")
                                    : tr("No Kasm server was connected."),
                              false);
            if (*gone)
                Q_EMIT self->kasmConnectionChanged();
        });
}

} // namespace steward::gui

#include "gui/agents/AgentsPane.h"

#include "gui/agents/AgentCellDelegate.h"
#include "guimodels/agents/AgentMatrixModel.h"
#include "guimodels/agents/FleetEventModel.h"
#include "pull/Forecast.h"
#include "pull/SimulatedFleet.h"
#include "ui_AgentsPane.h"
#include "workflow/LiveSetup.h"
#include "workflow/ProfileLogins.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace steward::gui {

namespace {

const QList<int> speeds{1, 10, 60, 600, 3600};

QString clockText(qint64 simulatedMs)
{
    const qint64 s = simulatedMs / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AgentsPane::AgentsPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AgentsPane>()), m_matrix(new AgentMatrixModel(this)),
      m_events(new FleetEventModel(this)), m_filter(new FleetEventFilter(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("agentsPane"));
    m_ui->matrixView->setModel(m_matrix);
    m_ui->matrixView->setItemDelegate(new AgentCellDelegate(m_ui->matrixView));
    m_ui->matrixView->verticalHeader()->hide();
    // Fixed sizes: with 500 columns and 10,000 rows, sizing to contents would measure every cell.
    m_ui->matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->matrixView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->matrixView->horizontalHeader()->setDefaultSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("✓ 0123456789ab")) + 12);
    m_ui->matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The agent columns exist only once a plan is shown: sized after each reset.
    connect(m_matrix, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->matrixView->setColumnWidth(AgentMatrixModel::GroupColumn, 200);
        m_ui->matrixView->setColumnWidth(AgentMatrixModel::AgentColumn, 130);
        m_ui->matrixView->setColumnWidth(AgentMatrixModel::NextCheckInColumn, 150);
        m_ui->matrixView->setColumnWidth(AgentMatrixModel::NextRefreshColumn, 150);
    });
    m_filter->setSourceModel(m_events);
    m_ui->eventView->setModel(m_filter);
    m_ui->eventView->verticalHeader()->hide();
    m_ui->eventView->horizontalHeader()->setStretchLastSection(true);
    m_ui->eventView->setWordWrap(false);
    m_ui->eventView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->eventView->setColumnWidth(FleetEventModel::TimeColumn, 150);
    m_ui->eventView->setColumnWidth(FleetEventModel::ImageColumn, 320);
    // The matrix gets most of the pane and the log the rest, five parts to four: at 1280×800 in the agents view that
    // is about seven matrix rows and three of the log. Fewer log rows, and a failure scrolls out before it is read.
    m_ui->agentsSplitter->setSizes({300, 240});
    m_ui->agentsMessage->hide();

    for (int speed : speeds)
        m_ui->speedCombo->addItem(tr("×%1").arg(speed), speed);
    m_ui->kindFilter->addItem(tr("All events"), -1);
    for (auto kind :
         {pull::FleetChange::Kind::Arrived, pull::FleetChange::Kind::Moved, pull::FleetChange::Kind::Identified,
          pull::FleetChange::Kind::Failed, pull::FleetChange::Kind::Recovered})
        m_ui->kindFilter->addItem(FleetEventModel::kindName(kind), int(kind));

    connect(m_ui->agentFilter, &QLineEdit::textChanged, m_filter, &FleetEventFilter::setAgentText);
    connect(m_ui->imageFilter, &QLineEdit::textChanged, m_filter, &FleetEventFilter::setImageText);
    connect(m_ui->kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_ui->kindFilter->currentData().toInt();
        m_filter->setKind(kind < 0 ? std::nullopt : std::optional(pull::FleetChange::Kind(kind)));
    });
    connect(m_ui->runButton, &QPushButton::clicked, this, [this] {
        if (m_fleet)
            m_fleet->resume();
    });
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        if (m_fleet)
            m_fleet->pause();
    });
    connect(m_ui->stepButton, &QPushButton::clicked, this, [this] {
        if (m_fleet)
            m_fleet->step();
    });
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] {
        if (!m_fleet)
            return;
        m_events->clear();
        m_fleet->reset();
    });
    connect(m_ui->speedCombo, &QComboBox::activated, this, [this] {
        if (m_fleet)
            m_fleet->setSpeed(m_ui->speedCombo->currentData().toDouble());
    });
    connect(m_ui->liveSwitch, &QCheckBox::toggled, this, &AgentsPane::liveToggled);
    setFleet(nullptr);
}

AgentsPane::~AgentsPane()
{
    if (m_fleet)
        m_fleet->stopLive();
}

void AgentsPane::setProfileLogins(std::shared_ptr<const workflow::ProfileLogins> logins)
{
    m_logins = std::move(logins);
}

void AgentsPane::setLiveSpeed(double realMsPerScenarioSecond)
{
    m_liveMsPerSecond = std::max(0.001, realMsPerScenarioSecond);
}

void AgentsPane::setFleet(pull::SimulatedFleet *fleet)
{
    if (m_fleet) {
        m_fleet->stopLive();
        disconnect(m_fleet, nullptr, this, nullptr);
    }
    {
        const QSignalBlocker blocker(m_ui->liveSwitch);
        m_ui->liveSwitch->setChecked(false);
    }
    m_fleet = fleet;
    for (QWidget *control : {static_cast<QWidget *>(m_ui->runButton), static_cast<QWidget *>(m_ui->pauseButton),
                             static_cast<QWidget *>(m_ui->stepButton), static_cast<QWidget *>(m_ui->speedCombo),
                             static_cast<QWidget *>(m_ui->resetButton), static_cast<QWidget *>(m_ui->liveSwitch)})
        control->setEnabled(m_fleet != nullptr);
    m_events->clear();
    if (!m_fleet) {
        m_matrix->setPlan(nullptr);
        m_ui->fleetClock->setText(tr("No simulated fleet: a Kasm server's agents pull by themselves."));
        return;
    }
    connect(m_fleet, &pull::SimulatedFleet::batch, this, &AgentsPane::applyBatch);
    connect(m_fleet, &pull::SimulatedFleet::stateChanged, this, &AgentsPane::stateChanged);
    connect(m_fleet, &pull::SimulatedFleet::persistFailed, this, [this](const Error &error) {
        showMessage(tr("The agents' inventories were not saved: %1").arg(error.toString()));
    });
    connect(m_fleet, &pull::SimulatedFleet::liveFailed, this, [this](const Error &error) {
        showMessage(tr("Live mode stopped: %1").arg(error.toString()));
        liveEnded();
    });
    connect(m_fleet, &pull::SimulatedFleet::liveFinished, this, [this](const pull::LiveResult &) {
        showMessage(tr("Live mode reached the end of its schedule after %n real pull(s).", nullptr, int(m_livePulls)));
        liveEnded();
    });
    m_matrix->setPlan(m_fleet->plan());
    stateChanged(m_fleet->isRunning(), m_fleet->simulatedMs(), m_fleet->speed());
}

void AgentsPane::showZones(const QList<KasmZone> &zones)
{
    QHash<QString, QString> names;
    for (const KasmZone &zone : zones)
        names.insert(zone.zoneId, zone.name);
    m_matrix->setZoneNames(names);
}

void AgentsPane::applyBatch(const pull::FleetBatch &batch)
{
    m_matrix->applyBatch(batch);
    m_events->applyBatch(batch);
    if (m_fleet && m_fleet->isLive()) {
        m_livePulls += batch.counters.pullsAttempted;
        m_ui->fleetClock->setText(tr("Live: %n real pull(s) so far, schedule at %1", nullptr, int(m_livePulls))
                                      .arg(clockText(batch.untilMs)));
    }
}

void AgentsPane::stateChanged(bool running, qint64 simulatedMs, double speed)
{
    if (m_fleet && m_fleet->isLive())
        return; // the paused simulation's state is not what the pane shows now
    m_ui->runButton->setEnabled(m_fleet && !running);
    m_ui->pauseButton->setEnabled(m_fleet && running);
    m_ui->stepButton->setEnabled(m_fleet && !running);
    const int at = m_ui->speedCombo->findData(int(speed));
    if (at >= 0)
        m_ui->speedCombo->setCurrentIndex(at);
    m_ui->fleetClock->setText(running ? tr("Running: simulated %1 at ×%2").arg(clockText(simulatedMs)).arg(speed)
                                      : tr("Paused at simulated %1").arg(clockText(simulatedMs)));
}

QString AgentsPane::liveModeQuestion() const
{
    if (!m_fleet || !m_fleet->plan())
        return {};
    const pull::Forecast forecast = pull::forecast(m_fleet->plan()->scenario);
    QStringList lines;
    qint64 perHour = 0;
    for (const pull::BucketForecast &bucket : forecast.buckets) {
        // A wave is every agent's eligible images; one comes each refresh interval (hourly).
        perHour += bucket.pullsPerWave;
        const QString whose = bucket.key.authenticated ? tr("the account %1").arg(bucket.key.who)
                                                       : tr("the address %1").arg(bucket.key.who);
        const QString limit =
            bucket.policy ? tr("%1 per %2 s").arg(bucket.policy->limit).arg(bucket.policy->windowS) : tr("no limit");
        lines << tr("• %1: about %2 pulls per hour against %3's quota (%4)")
                     .arg(bucket.key.registry)
                     .arg(bucket.pullsPerWave)
                     .arg(whose, limit);
    }
    return tr("Live mode makes real pulls from the registries, on the real schedule: about %1 per hour.\n%2\n\n"
              "Pulls counted against a quota are spent for everyone behind that address or account. Start live mode?")
        .arg(perHour)
        .arg(lines.join(QLatin1Char('\n')));
}

void AgentsPane::liveToggled(bool on)
{
    if (!on)
        return stopLive();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Start live mode?"), liveModeQuestion(),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("liveModeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Start real pulls"));
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            return startLive();
        const QSignalBlocker blocker(m_ui->liveSwitch);
        m_ui->liveSwitch->setChecked(false);
    });
    box->open();
}

void AgentsPane::startLive()
{
    if (!m_fleet || !m_fleet->plan())
        return liveEnded();
    // Each account's login and each registry's TLS options, from the profile: an image that pulls as a user the
    // profile has no login of would only collect failures, so live mode does not start and says which.
    static const workflow::ProfileLogins noLogins;
    Result<pull::LiveOptions> options =
        workflow::liveOptionsFromProfile(m_fleet->plan()->scenario, m_logins ? *m_logins : noLogins);
    if (!options) {
        showMessage(tr("Live mode cannot start: %1").arg(options.error().toString()));
        return liveEnded();
    }
    options->realMsPerScenarioSecond = m_liveMsPerSecond;
    m_livePulls = 0;
    m_events->clear(); // the log shows the live run's pulls, not the simulation's before them
    // The simulated fleet pauses: live mode's pulls are the run now, and the views follow them.
    if (const Status started = m_fleet->startLive(*options); !started) {
        showMessage(tr("Live mode cannot start: %1").arg(started.error().toString()));
        return liveEnded();
    }
    showMessage({});
    m_ui->fleetClock->setText(tr("Live: waiting for the first check-in"));
    for (QWidget *control : {static_cast<QWidget *>(m_ui->runButton), static_cast<QWidget *>(m_ui->pauseButton),
                             static_cast<QWidget *>(m_ui->stepButton), static_cast<QWidget *>(m_ui->resetButton),
                             static_cast<QWidget *>(m_ui->speedCombo)})
        control->setEnabled(false);
}

void AgentsPane::stopLive()
{
    if (m_fleet)
        m_fleet->stopLive();
    liveEnded();
}

void AgentsPane::liveEnded()
{
    {
        const QSignalBlocker blocker(m_ui->liveSwitch);
        m_ui->liveSwitch->setChecked(false);
    }
    m_ui->speedCombo->setEnabled(m_fleet != nullptr);
    m_ui->resetButton->setEnabled(m_fleet != nullptr);
    if (m_fleet)
        stateChanged(m_fleet->isRunning(), m_fleet->simulatedMs(), m_fleet->speed());
}

void AgentsPane::showMessage(const QString &text)
{
    m_ui->agentsMessage->setText(text);
    m_ui->agentsMessage->setVisible(!text.isEmpty());
}

} // namespace steward::gui

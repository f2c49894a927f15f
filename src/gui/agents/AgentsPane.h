#pragma once

#include "core/KasmZone.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class AgentsPane;
}

namespace steward::pull {
class SimulatedFleet;
struct FleetBatch;
} // namespace steward::pull

namespace steward::workflow {
class ProfileLogins;
} // namespace steward::workflow

namespace steward::gui {

class AgentMatrixModel;
class FleetEventFilter;
class FleetEventModel;

// The Agents and pulls pane (form ui/agents/AgentsPane.ui): the matrix of agents × images ("matrixView", an
// AgentMatrixModel drawn by AgentCellDelegate), the event log below it ("eventView", filtered by "agentFilter",
// "imageFilter", "kindFilter"), and the simulated fleet's controls: "runButton", "pauseButton", "stepButton",
// "speedCombo" (×1 to ×3600), "resetButton", and "liveSwitch", which asks first how many real pulls per hour live
// mode makes and against whose quota. "fleetClock" shows simulated time. In live mode the fleet's agents pull for
// real with the profile's logins (setProfileLogins), and the matrix, the event log and the quotas follow those pulls.
//
// It only shows and commands: the fleet runs on its own thread and reaches the models a batch at a time.
class AgentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentsPane)

public:
    explicit AgentsPane(QWidget *parent = nullptr);
    ~AgentsPane() override;

    // nullptr: no simulated fleet (a real Kasm server's agents pull by themselves); the controls are off.
    void setFleet(pull::SimulatedFleet *fleet);

    // The deployment's zones, so that rows are grouped under their names.
    void showZones(const QList<KasmZone> &zones);

    AgentMatrixModel *matrixModel() const { return m_matrix; }
    FleetEventModel *eventModel() const { return m_events; }
    // The live-mode question, for tests: how many real pulls per hour, against whose quota.
    QString liveModeQuestion() const;
    // The profile's stored logins and registry TLS options, which live mode pulls with; none: anonymous only.
    void setProfileLogins(std::shared_ptr<const workflow::ProfileLogins> logins);
    // How fast live mode runs the schedule: real ms per scenario second. 1000 (the default) is the real schedule;
    // tests and demos run it faster, so that a 30 s check-in takes a moment (the registry's window does not speed up).
    void setLiveSpeed(double realMsPerScenarioSecond);

private:
    void applyBatch(const pull::FleetBatch &batch);
    void stateChanged(bool running, qint64 simulatedMs, double speed);
    void liveToggled(bool on);
    void startLive();
    void stopLive();
    void liveEnded();
    void showMessage(const QString &text);

    std::unique_ptr<Ui::AgentsPane> m_ui;
    AgentMatrixModel *m_matrix;
    FleetEventModel *m_events;
    FleetEventFilter *m_filter;
    QPointer<pull::SimulatedFleet> m_fleet;
    std::shared_ptr<const workflow::ProfileLogins> m_logins;
    double m_liveMsPerSecond = 1000.0;
    qint64 m_livePulls = 0;
};

} // namespace steward::gui

#pragma once

#include "core/KasmZone.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class AgentsPane;
}

namespace steward::pull {
class PullEngineThread;
class SimulatedFleet;
struct FleetBatch;
} // namespace steward::pull

namespace steward::gui {

class AgentMatrixModel;
class FleetEventFilter;
class FleetEventModel;

// The Agents and pulls pane (form ui/agents/AgentsPane.ui): the matrix of agents × images ("matrixView", an
// AgentMatrixModel drawn by AgentCellDelegate), the event log below it ("eventView", filtered by "agentFilter",
// "imageFilter", "kindFilter"), and the simulated fleet's controls: "runButton", "pauseButton", "stepButton",
// "speedCombo" (×1 to ×3600), "resetButton", and "liveSwitch", which asks first how many real pulls per hour live
// mode makes and against whose quota. "fleetClock" shows simulated time.
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

private:
    void applyBatch(const pull::FleetBatch &batch);
    void stateChanged(bool running, qint64 simulatedMs, double speed);
    void liveToggled(bool on);
    void startLive();
    void stopLive();
    void showMessage(const QString &text);

    std::unique_ptr<Ui::AgentsPane> m_ui;
    AgentMatrixModel *m_matrix;
    FleetEventModel *m_events;
    FleetEventFilter *m_filter;
    QPointer<pull::SimulatedFleet> m_fleet;
    std::unique_ptr<pull::PullEngineThread> m_live;
    qint64 m_livePulls = 0;
};

} // namespace steward::gui

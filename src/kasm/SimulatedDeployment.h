#pragma once

#include "kasm/Deployment.h"
#include "kasm/SimulatedStorage.h"

#include <functional>
#include <memory>

namespace steward {

class Clock;

// The embedded default deployment: the same interface as a Kasm server, over a persisted SimulatedState.
// Behaves like Kasm where that is observable: new images join "All Users", `available` is true when some agent
// holds the image, unknown ids are errors. Every change is saved before it is reported done; a failed save leaves
// nothing changed. Inventories move only through the calls below (the pull engine drives them).
class SimulatedDeployment final : public Deployment
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedDeployment)

public:
    // `clock` stamps check-ins; it must outlive this object.
    SimulatedDeployment(std::unique_ptr<SimulatedStorage> storage, const Clock &clock, QObject *parent = nullptr);
    ~SimulatedDeployment() override;

    // Reads the stored state. When nothing is stored yet and `initial` is not empty, saves `initial` first (the
    // demo data set on a new profile).
    Status open(const SimulatedState &initial);
    Status open();
    // Replaces everything (tests, "reset demo").
    Status reset(const SimulatedState &state);
    const SimulatedState &state() const { return m_state; }

    QFuture<Result<DeploymentInfo>> info() override;
    QFuture<Result<QList<KasmImage>>> listImages() override;
    QFuture<Result<KasmImage>> createImage(const KasmImage &image, const std::optional<QString> &dockerToken) override;
    QFuture<Result<KasmImage>> updateImage(const KasmImage &image, const std::optional<QString> &dockerToken) override;
    QFuture<Status> deleteImage(const QString &imageId) override;
    QFuture<Result<QList<KasmGroup>>> listGroups() override;
    QFuture<Result<QStringList>> listGroupImageIds(const QString &groupId) override;
    QFuture<Status> addImageToGroup(const QString &imageId, const QString &groupId) override;
    QFuture<Status> removeImageFromGroup(const QString &imageId, const QString &groupId) override;
    QFuture<Result<QList<KasmAgent>>> listAgents() override;
    QFuture<Result<QList<KasmZone>>> listZones() override;

    using Deployment::createImage;
    using Deployment::updateImage;

    // The simulation's own controls, for the pull engine and tests.
    // An agent checked in now; `pulled` joins its inventory (replacing an entry with the same reference).
    QFuture<Result<KasmAgent>> recordPull(const QString &agentId, const AgentImage &pulled);
    QFuture<Result<KasmAgent>> removeFromInventory(const QString &agentId, const QString &reference);
    QFuture<Result<KasmAgent>> recordCheckIn(const QString &agentId);
    // Replaces the agent's record (zone, disk, prune mode, inventory...); the id must exist.
    QFuture<Result<KasmAgent>> updateAgent(const KasmAgent &agent);

Q_SIGNALS:
    // After every saved change; views refresh on it.
    void stateChanged();

private:
    template<typename T>
    QFuture<Result<T>> change(const std::function<Result<T>(SimulatedState &)> &apply);
    // A change to one agent only: saved through SimulatedStorage::saveAgent (the pull engine's hot path).
    QFuture<Result<KasmAgent>> changeAgent(const QString &agentId, const std::function<Status(KasmAgent &)> &apply);
    Status ensureOpen();
    QFuture<Status> statusOf(QFuture<Result<bool>> future);

    std::unique_ptr<SimulatedStorage> m_storage;
    const Clock &m_clock;
    SimulatedState m_state;
    bool m_open = false;
};

} // namespace steward

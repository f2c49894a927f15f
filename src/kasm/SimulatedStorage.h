#pragma once

#include "core/KasmAgent.h"
#include "core/KasmGroup.h"
#include "core/KasmImage.h"
#include "core/KasmZone.h"
#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>

namespace steward {

// Everything the simulated deployment holds.
struct SimulatedState
{
    QList<KasmImage> images;
    QList<KasmGroup> groups;
    QHash<QString, QStringList> groupImageIds; // group id -> image ids
    QList<KasmAgent> agents;
    QList<KasmZone> zones;

    bool isEmpty() const { return images.isEmpty() && groups.isEmpty() && agents.isEmpty() && zones.isEmpty(); }
};

// The state in the Kasm API's own JSON shapes ({"images": [...], "groups": [...], ...}), so that one parser reads
// both a server's answers and what the simulation persisted.
QJsonObject simulatedStateToJson(const SimulatedState &state);
Result<SimulatedState> simulatedStateFromJson(const QJsonObject &object);

// Where the simulated deployment keeps its state. Saving is all or nothing: a failed save leaves the previous state.
// Synchronous: SimulatedDeployment calls it on its worker thread only, one call at a time.
class SimulatedStorage
{
public:
    virtual ~SimulatedStorage();
    // An empty state when nothing was saved yet.
    virtual Result<SimulatedState> load() = 0;
    virtual Status save(const SimulatedState &state) = 0;
    // Only `agent` changed (a pull, a check-in): storages that can write one agent do; the default saves everything.
    virtual Status saveAgent(const SimulatedState &state, const KasmAgent &agent);
    virtual QString location() const = 0;
    // The calling thread is done with this storage and is about to end: let go of what belongs to it (a database
    // connection). The default holds nothing per thread.
    virtual void releaseThread();
};

// For tests and throw-away sessions.
class InMemorySimulatedStorage final : public SimulatedStorage
{
public:
    Result<SimulatedState> load() override;
    Status save(const SimulatedState &state) override;
    QString location() const override;
    // Makes the next saves fail, to test that nothing half-done is recorded.
    void setFailSaves(bool fail) { m_failSaves = fail; }

private:
    SimulatedState m_state;
    std::atomic<bool> m_failSaves = false; // set on the test's thread, read on the deployment's worker
};

// One JSON file, replaced atomically (QSaveFile).
class JsonFileSimulatedStorage final : public SimulatedStorage
{
public:
    explicit JsonFileSimulatedStorage(QString path);
    Result<SimulatedState> load() override;
    Status save(const SimulatedState &state) override;
    QString location() const override;

private:
    QString m_path;
};

} // namespace steward

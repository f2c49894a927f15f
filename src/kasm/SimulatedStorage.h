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
// Small and local, so synchronous.
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
    bool m_failSaves = false;
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

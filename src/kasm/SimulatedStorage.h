#pragma once

#include "core/KasmAgent.h"
#include "core/KasmGroup.h"
#include "core/KasmImage.h"
#include "core/KasmZone.h"
#include "core/Result.h"
#include "store/Records.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <mutex>

namespace steward::kasm {

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

// A change to the stored state: applied to the state as stored at that moment, it may append audit entries (issue
// 4's log: what, who, when, before and after) that are kept with the change. A failure changes nothing.
using SimulatedChange = std::function<Status(SimulatedState &state, QList<store::AuditEntry> &audit)>;

// Where the simulated deployment keeps its state. Several deployments may use the same place at once (a GUI and
// stewardctl on one profile, or parallel stewardctl runs): a change is therefore never a save of what one of them
// read earlier, but update(): read what is stored now, apply, write what changed, as one atomic step.
// Synchronous: SimulatedDeployment calls it on its worker thread only, one call at a time.
class SimulatedStorage
{
public:
    virtual ~SimulatedStorage();
    // An empty state when nothing was saved yet.
    virtual Result<SimulatedState> load() = 0;
    // Replaces everything (reset, seeding): all or nothing. The default is an update() that replaces the state.
    virtual Status save(const SimulatedState &state);
    // Applies `change` to the current stored state and stores the result with its audit entries, all or nothing and
    // atomically against every other user of this storage; returns the state after the change.
    virtual Result<SimulatedState> update(const SimulatedChange &change) = 0;
    // The same for one agent (a pull, a check-in: the pull engine's hot path); storages that can read and write one
    // agent do, the default goes through update().
    virtual Result<KasmAgent> updateAgent(const QString &agentId, const std::function<Status(KasmAgent &)> &change);
    virtual QString location() const = 0;
    // The calling thread is done with this storage and is about to end: let go of what belongs to it (a database
    // connection). The default holds nothing per thread.
    virtual void releaseThread();
};

// The error updateAgent() reports for an id the state does not have.
Error unknownSimulatedAgent(const QString &agentId);

// For tests and throw-away sessions.
class InMemorySimulatedStorage final : public SimulatedStorage
{
public:
    Result<SimulatedState> load() override;
    Status save(const SimulatedState &state) override;
    Result<SimulatedState> update(const SimulatedChange &change) override;
    QString location() const override;
    // Makes the next saves fail, to test that nothing half-done is recorded.
    void setFailSaves(bool fail) { m_failSaves = fail; }
    // What the changes recorded, oldest first.
    QList<store::AuditEntry> audit() const;

private:
    mutable std::mutex m_mutex; // audit() is read on the test's thread
    SimulatedState m_state;
    QList<store::AuditEntry> m_audit;
    std::atomic<bool> m_failSaves = false; // set on the test's thread, read on the deployment's worker
};

// One JSON file, replaced atomically (QSaveFile). Changes by several processes take turns through a lock file
// (<path>.lock); the audit entries are kept in the file's "audit" array.
class JsonFileSimulatedStorage final : public SimulatedStorage
{
public:
    explicit JsonFileSimulatedStorage(QString path);
    Result<SimulatedState> load() override;
    Result<SimulatedState> update(const SimulatedChange &change) override;
    QString location() const override;

private:
    Result<QJsonObject> readDocument() const;
    Status writeDocument(const QJsonObject &document) const;

    QString m_path;
};

} // namespace steward::kasm

#pragma once

#include "kasm/SimulatedStorage.h"

#include <QString>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace steward::store {
class Catalog;
}

namespace steward::kasm {

// The simulated deployment in the profile's catalog: the images, groups, image_groups, zones, agents and
// agent_inventory tables. A change is one write transaction that reads the stored state, applies the change and
// writes only the rows it changed, with its audit entries (audit_log): other processes on the same profile take
// turns and never overwrite each other's changes. Image rows keep the columns other layers own (stage, links): only
// Kasm's fields are written. Simplifications the tables impose: an inventory entry keeps one digest and is
// known by its reference; groups keep no priority; a zone keeps no upstream address.
//
// Each thread has its own catalog connection: SimulatedDeployment uses the storage on its worker thread only, and
// calls releaseThread() there before that thread ends.
class CatalogSimulatedStorage final : public SimulatedStorage
{
public:
    explicit CatalogSimulatedStorage(std::shared_ptr<store::Catalog> catalog);
    // Opens (checks, migrates) the profile's catalog on first use, on the thread that uses the storage; a failed
    // open is reported by that call and tried again by the next.
    explicit CatalogSimulatedStorage(QString profileDir);
    ~CatalogSimulatedStorage() override;

    Result<SimulatedState> load() override;
    Result<SimulatedState> update(const SimulatedChange &change) override;
    Result<KasmAgent> updateAgent(const QString &agentId, const std::function<Status(KasmAgent &)> &change) override;
    QString location() const override;
    void releaseThread() override;

private:
    Result<std::shared_ptr<store::Catalog>> catalog();
    // SQLite's data_version on this storage's connection: it changes when another connection commits.
    static Result<qint64> dataVersion(QSqlDatabase &db);

    QString m_profileDir;
    std::shared_ptr<store::Catalog> m_catalog;
    // Only a storage that opened its own catalog keeps the state it last read or wrote: nobody else writes through
    // its connection, so an unchanged data_version means an unchanged state, and a read of thousands of images is
    // not repeated for every call of the deployment.
    bool m_mayCache = false;
    std::optional<SimulatedState> m_cached;
    qint64 m_cachedVersion = -1;
};

} // namespace steward::kasm

#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace steward::kasm {
class SimulatedDeployment;
}
namespace steward::registry {
class RegistryClient;
}
namespace steward::store {
class CatalogWorker;
}

namespace steward::test {

// A profile as the window opens one, for the tests of the panes and dialogs that work on it: a throw-away profile
// folder, the simulated deployment (the demo data set, its images on `registryHostPort`) in the profile's catalog, a
// catalog worker on the same catalog, and a registry client. open() in init() (or initTestCase()), close() in the
// matching cleanup.
class SimulatedProfile final
{
    Q_DISABLE_COPY_MOVE(SimulatedProfile)

public:
    SimulatedProfile();
    ~SimulatedProfile();

    // A fresh profile; an error says which part did not open (the deployment or the catalog).
    Status open(const QString &registryHostPort);
    // Waits (at most `timeoutMs`) until nothing but the profile holds the deployment (a read in flight lets go once it
    // delivered its last answer), then lets go of everything, the folder last, and delivers what that posted. False
    // when something still held the deployment at the end of the wait: a widget or a continuation leaked it.
    [[nodiscard]] bool close(int timeoutMs = 10000);

    QString path() const;
    const std::shared_ptr<kasm::SimulatedDeployment> &deployment() const { return m_deployment; }
    const std::shared_ptr<store::CatalogWorker> &catalog() const { return m_catalog; }
    const std::shared_ptr<registry::RegistryClient> &client() const { return m_client; }

    // The id of the deployment's image called `friendlyName` now; empty when there is none.
    QString imageId(const QString &friendlyName) const;

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::shared_ptr<kasm::SimulatedDeployment> m_deployment;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::shared_ptr<registry::RegistryClient> m_client;
};

} // namespace steward::test

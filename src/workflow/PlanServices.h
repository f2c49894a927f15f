#pragma once

#include <memory>

class QObject;

namespace steward::kasm {
class Deployment;
}

namespace steward::registry {
class RegistryClient;
}

namespace steward::store {
class CatalogWorker;
}

namespace steward::workflow {

// What the promotion use cases (send-to-test, deploy, rollback, resume, abandon) work on. Everything continues on
// `context`'s thread, which must be the deployment's and the registry client's. The caller keeps all three alive
// until the use case's future finishes; the catalog is held weakly so that it is never destroyed on its own thread.
struct PlanServices
{
    std::shared_ptr<kasm::Deployment> deployment;
    std::shared_ptr<registry::RegistryClient> registry;
    std::weak_ptr<store::CatalogWorker> catalog;
    QObject *context = nullptr;
};

} // namespace steward::workflow

#pragma once

#include "core/KasmImage.h"
#include "core/Result.h"
#include "store/Catalog.h"
#include "store/Records.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace steward::store {
class CatalogWorker;
}

namespace steward::kasm {

// Audit entries for changes to a Kasm deployment (issue 4's log: what, who, when, before and after). The simulated
// deployment writes them in the same transaction as the change; KasmApiDeployment appends them to a
// DeploymentAuditLog after the server made the change.
namespace deploymentaudit {
store::AuditEntry imageCreated(const QString &actor, const KasmImage &after);
store::AuditEntry imageUpdated(const QString &actor, const KasmImage &before, const KasmImage &after);
// `before` may know only the id, when the deployment could not read the image first.
store::AuditEntry imageDeleted(const QString &actor, const KasmImage &before);
// before and after: {"group_id": ..., "member": false/true}.
store::AuditEntry groupMembership(const QString &actor, const QString &imageId, const QString &groupId, bool member,
                                  bool wasMember);
} // namespace deploymentaudit

// Where a deployment that does not live in the catalog (a real Kasm server) records its changes. Asynchronous: it
// is called from the deployment's (the GUI's) thread.
class DeploymentAuditLog
{
public:
    virtual ~DeploymentAuditLog();
    virtual QFuture<Status> append(const store::AuditEntry &entry) = 0;
};

// The profile's catalog audit_log, written on a store::CatalogWorker thread. Lives on the thread that calls it.
class CatalogDeploymentAuditLog final : public DeploymentAuditLog
{
public:
    explicit CatalogDeploymentAuditLog(const QString &profileDir);
    ~CatalogDeploymentAuditLog() override;
    QFuture<Status> append(const store::AuditEntry &entry) override;

private:
    std::unique_ptr<store::CatalogWorker> m_worker;
    QFuture<Result<int>> m_opened;
};

} // namespace steward::kasm

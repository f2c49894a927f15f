#pragma once

#include "kasm/Deployment.h"
#include "kasm/KasmApiClient.h"
#include "store/Records.h"

#include <QHash>

#include <memory>

namespace steward::kasm {

class DeploymentAuditLog;
template<typename R>
class FutureChain;

// A real Kasm Workspaces server through its developer API (reference/kasm.md).
// Agents come from get_agents when the server has it (detected once, on first use), else from get_servers entries
// with server_type "host".
// Changes are recorded in the audit log when one is set (setAuditLog), after the server made them; a change the
// server made but the log could not record is reported as an error that says so.
class KasmApiDeployment final : public Deployment
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KasmApiDeployment)

public:
    explicit KasmApiDeployment(KasmConnection connection, QObject *parent = nullptr);
    ~KasmApiDeployment() override;

    QFuture<Result<DeploymentInfo>> info() override;
    QFuture<Result<QList<KasmImage>>> listImages() override;
    QFuture<Result<KasmImage>> createImage(const KasmImage &image, const std::optional<QString> &dockerToken) override;
    QFuture<Result<KasmImage>> updateImage(const KasmImage &image, const std::optional<QString> &dockerToken) override;
    QFuture<Result<KasmImage>> updateImageAsRead(const KasmImage &current, const KasmImage &wanted) override;
    QFuture<Status> deleteImage(const QString &imageId) override;
    QFuture<Result<QList<KasmGroup>>> listGroups() override;
    QFuture<Result<QStringList>> listGroupImageIds(const QString &groupId) override;
    QFuture<Status> addImageToGroup(const QString &imageId, const QString &groupId) override;
    QFuture<Status> removeImageFromGroup(const QString &imageId, const QString &groupId) override;
    QFuture<Result<QList<KasmAgent>>> listAgents() override;
    QFuture<Result<QList<KasmZone>>> listZones() override;

    using Deployment::createImage;
    using Deployment::updateImage;

    QUrl serverUrl() const;
    void setAuditLog(std::shared_ptr<DeploymentAuditLog> log);

private:
    enum class AgentsCall
    {
        Unknown,
        Agents,
        Servers
    };

    QFuture<Result<QList<KasmAgent>>> listAgentsVia(AgentsCall call);
    QFuture<Status> groupMembership(const QString &call, const QString &imageId, const QString &groupId);
    // The write of updateImage onto `current`, the server's object as just read.
    void writeImage(const std::shared_ptr<FutureChain<Result<KasmImage>>> &chain, const KasmImage &current,
                    const KasmImage &wanted, const std::optional<QString> &dockerToken);
    // Finishes `chain` with `value` once `entry` is in the audit log (at once when there is no log).
    // Finishes `chain` with a group call's `error`; a 401 on a group the server does not list becomes "no group".
    template<typename R>
    void finishGroupFailure(const std::shared_ptr<FutureChain<R>> &chain, Error error, const QString &groupId);
    template<typename R>
    void finishAudited(const std::shared_ptr<FutureChain<R>> &chain, R value, const store::AuditEntry &entry);

    KasmConnection m_connection;
    KasmApiClient *m_client;
    AgentsCall m_agentsCall = AgentsCall::Unknown;
    QString m_reportedVersion; // the Kasm release the agents report; the 1.x API has no call for the server's
    std::shared_ptr<DeploymentAuditLog> m_audit;
};

} // namespace steward::kasm

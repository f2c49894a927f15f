#include "kasm/DeploymentAudit.h"

#include "kasm/KasmJson.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"

#include <QCoreApplication>
#include <QDateTime>

namespace steward::kasm {

namespace {

QJsonObject imageJson(const KasmImage &image)
{
    QJsonObject o = json::imageToJson(image); // never the docker token: it is write-only and not held
    o.insert(QStringLiteral("has_docker_token"), image.hasDockerToken);
    return o;
}

store::AuditEntry entry(const QString &actor, const QString &action, const QString &subject, QJsonValue before,
                        QJsonValue after)
{
    return {0, QDateTime::currentDateTimeUtc(), actor, action, subject, std::move(before), std::move(after)};
}

} // namespace

namespace deploymentaudit {

store::AuditEntry imageCreated(const QString &actor, const KasmImage &after)
{
    return entry(actor, QStringLiteral("kasm.image.create"), after.imageId, QJsonValue(), imageJson(after));
}

store::AuditEntry imageUpdated(const QString &actor, const KasmImage &before, const KasmImage &after)
{
    return entry(actor, QStringLiteral("kasm.image.update"), after.imageId, imageJson(before), imageJson(after));
}

store::AuditEntry imageDeleted(const QString &actor, const KasmImage &before)
{
    return entry(actor, QStringLiteral("kasm.image.delete"), before.imageId, imageJson(before), QJsonValue());
}

store::AuditEntry groupMembership(const QString &actor, const QString &imageId, const QString &groupId, bool member,
                                  bool wasMember)
{
    auto state = [&groupId](bool in) {
        return QJsonObject{{QStringLiteral("group_id"), groupId}, {QStringLiteral("member"), in}};
    };
    return entry(actor, member ? QStringLiteral("kasm.group.add") : QStringLiteral("kasm.group.remove"), imageId,
                 state(wasMember), state(member));
}

} // namespace deploymentaudit

DeploymentAuditLog::~DeploymentAuditLog() = default;

CatalogDeploymentAuditLog::CatalogDeploymentAuditLog(const QString &profileDir)
    : m_worker(std::make_unique<store::CatalogWorker>())
{
    store::CatalogOptions options;
    options.profileDir = profileDir;
    m_opened = m_worker->open(options); // on the worker's thread; appends queue behind it
}

CatalogDeploymentAuditLog::~CatalogDeploymentAuditLog() = default;

QFuture<Status> CatalogDeploymentAuditLog::append(const store::AuditEntry &entry)
{
    QFuture<Result<int>> opened = m_opened;
    return m_worker->write([entry](QSqlDatabase &db) -> Status { return store::appendAudit(db, entry); })
        .then([opened](Status written) -> Status {
            // The worker runs tasks in order: the open has finished by now. Its error says more than "not open".
            if (!written && opened.isFinished() && !opened.isCanceled() && !opened.result())
                return fail(opened.result().error());
            return written;
        });
}

} // namespace steward::kasm

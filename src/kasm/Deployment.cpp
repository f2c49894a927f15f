#include "kasm/Deployment.h"

#include <QDateTime>
#include <QPromise>

#include <memory>

namespace steward {

Deployment::Deployment(QObject *parent) : QObject(parent)
{}

Deployment::~Deployment() = default;

QFuture<Result<KasmImage>> Deployment::createImage(const KasmImage &image)
{
    return createImage(image, std::nullopt);
}

QFuture<Result<KasmImage>> Deployment::updateImage(const KasmImage &image)
{
    return updateImage(image, std::nullopt);
}

QFuture<Result<DeploymentDiff>> Deployment::refresh()
{
    // Lists are read in parallel, then each group's membership; the snapshot is swapped only when all succeeded.
    auto promise = std::make_shared<QPromise<Result<DeploymentDiff>>>();
    QFuture<Result<DeploymentDiff>> future = promise->future();
    promise->start();

    auto images = listImages();
    auto groups = listGroups();
    auto agents = listAgents();
    auto zones = listZones();
    auto finish = [promise](Result<DeploymentDiff> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };

    QtFuture::whenAll(images, groups, agents, zones)
        .then(this, [this, promise, finish, images, groups, agents, zones](auto) mutable {
            if (promise->isCanceled())
                return promise->finish();
            auto snapshot = std::make_shared<DeploymentSnapshot>();
            Result<QList<KasmImage>> i = images.isCanceled() ? fail(ErrorCode::Canceled, {}) : images.result();
            Result<QList<KasmGroup>> g = groups.isCanceled() ? fail(ErrorCode::Canceled, {}) : groups.result();
            Result<QList<KasmAgent>> a = agents.isCanceled() ? fail(ErrorCode::Canceled, {}) : agents.result();
            Result<QList<KasmZone>> z = zones.isCanceled() ? fail(ErrorCode::Canceled, {}) : zones.result();
            for (const Error *error : {i ? nullptr : &i.error(), g ? nullptr : &g.error(), a ? nullptr : &a.error(),
                                       z ? nullptr : &z.error()}) {
                if (error)
                    return finish(fail(*error));
            }
            snapshot->images = *i;
            snapshot->groups = *g;
            snapshot->agents = *a;
            snapshot->zones = *z;

            QList<QFuture<Result<QStringList>>> memberships;
            for (const KasmGroup &group : snapshot->groups)
                memberships << listGroupImageIds(group.groupId);
            QtFuture::whenAll(memberships.begin(), memberships.end())
                .then(this, [this, snapshot, finish](const QList<QFuture<Result<QStringList>>> &done) mutable {
                    for (qsizetype n = 0; n < done.size(); ++n) {
                        if (done.at(n).isCanceled())
                            return finish(fail(ErrorCode::Canceled, {}));
                        Result<QStringList> ids = done.at(n).result();
                        if (!ids)
                            return finish(fail(ids.error()));
                        ids->sort();
                        snapshot->groupImageIds.insert(snapshot->groups.at(n).groupId, *ids);
                    }
                    snapshot->takenAt = QDateTime::currentDateTimeUtc();
                    DeploymentDiff diff = diffSnapshots(m_snapshot, *snapshot);
                    m_snapshot = std::move(*snapshot);
                    m_hasSnapshot = true;
                    Q_EMIT refreshed(diff);
                    finish(diff);
                });
        });
    return future;
}

} // namespace steward

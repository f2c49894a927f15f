#include "kasm/Deployment.h"

#include "kasm/FutureChain.h"

#include <QDateTime>
#include <QPromise>

#include <memory>

namespace steward::kasm {

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

QFuture<Result<KasmImage>> Deployment::updateImageAsRead(const KasmImage &current, const KasmImage &wanted)
{
    Q_UNUSED(current)
    return updateImage(wanted, std::nullopt);
}

QFuture<Result<DeploymentDiff>> Deployment::refresh()
{
    // Lists are read in parallel, then each group's membership; the snapshot is swapped only when all succeeded.
    auto chain = makeChain<Result<DeploymentDiff>>(this);
    auto images = listImages();
    auto groups = listGroups();
    auto agents = listAgents();
    auto zones = listZones();
    chain->track(images);
    chain->track(groups);
    chain->track(agents);
    chain->track(zones);

    chain->await(
        QtFuture::whenAll(images, groups, agents, zones),
        [this, chain, images, groups, agents, zones](auto) {
            if (images.isCanceled() || groups.isCanceled() || agents.isCanceled() || zones.isCanceled())
                return chain->finishCanceled();
            auto snapshot = std::make_shared<DeploymentSnapshot>();
            const Result<QList<KasmImage>> i = images.result();
            const Result<QList<KasmGroup>> g = groups.result();
            const Result<QList<KasmAgent>> a = agents.result();
            const Result<QList<KasmZone>> z = zones.result();
            for (const Error *error : {i ? nullptr : &i.error(), g ? nullptr : &g.error(), a ? nullptr : &a.error(),
                                       z ? nullptr : &z.error()}) {
                if (error)
                    return chain->finish(fail(*error));
            }
            snapshot->images = *i;
            snapshot->groups = *g;
            snapshot->agents = *a;
            snapshot->zones = *z;

            QList<QFuture<Result<QStringList>>> memberships;
            for (const KasmGroup &group : snapshot->groups) {
                memberships << listGroupImageIds(group.groupId);
                chain->track(memberships.constLast());
            }
            chain->await(
                QtFuture::whenAll(memberships.begin(), memberships.end()),
                [this, chain, snapshot](const QList<QFuture<Result<QStringList>>> &done) {
                    for (qsizetype n = 0; n < done.size(); ++n) {
                        if (done.at(n).isCanceled())
                            return chain->finishCanceled();
                        Result<QStringList> ids = done.at(n).result();
                        if (!ids)
                            return chain->finish(fail(ids.error()));
                        ids->sort();
                        snapshot->groupImageIds.insert(snapshot->groups.at(n).groupId, *ids);
                    }
                    snapshot->takenAt = QDateTime::currentDateTimeUtc();
                    DeploymentDiff diff = diffSnapshots(m_snapshot, *snapshot);
                    m_snapshot = std::move(*snapshot);
                    m_hasSnapshot = true;
                    Q_EMIT refreshed(diff);
                    chain->finish(diff);
                },
                chain);
        },
        chain);
    return chain->future();
}

} // namespace steward::kasm

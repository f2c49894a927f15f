#include "workflow/DeleteImage.h"

#include "kasm/Deployment.h"
#include "kasm/FutureChain.h"
#include "store/Catalog.h"
#include "store/CatalogWorker.h"
#include "workflow/WorkflowText.h"

namespace steward::workflow {

QStringList ImageDependents::describe() const
{
    QStringList lines;
    if (!groups.isEmpty())
        lines << WorkflowText::tr("It is assigned to %1: their users can no longer start it.")
                     .arg(groups.join(QStringLiteral(", ")));
    if (!managedAs.isEmpty())
        lines << (testTwinId.isEmpty()
                      ? WorkflowText::tr("ImageSteward manages it as \"%1\" and forgets that.").arg(managedAs)
                      : WorkflowText::tr("ImageSteward manages it as \"%1\" and forgets that; its test twin %2 stays.")
                            .arg(managedAs, testTwinId));
    if (!testTwinOf.isEmpty())
        lines << WorkflowText::tr("It is the test twin of \"%1\": candidates cannot be tested until a new twin is "
                                  "made.")
                     .arg(testTwinOf);
    return lines;
}

ImageDependents imageDependents(const kasm::DeploymentSnapshot &snapshot, const QList<store::ManagedImage> &managed,
                                const QString &imageId)
{
    ImageDependents dependents;
    for (const KasmGroup &group : snapshot.groups) {
        if (snapshot.groupImageIds.value(group.groupId).contains(imageId))
            dependents.groups << group.name;
    }
    for (const store::ManagedImage &image : managed) {
        if (image.imageId == imageId) {
            dependents.managedAs = image.friendlyName.isEmpty() ? image.imageId : image.friendlyName;
            dependents.testTwinId = image.testTwinId;
        }
        if (!image.testTwinId.isEmpty() && image.testTwinId == imageId)
            dependents.testTwinOf = image.friendlyName.isEmpty() ? image.imageId : image.friendlyName;
    }
    return dependents;
}

namespace {

// The catalog after the image is gone: no managed image names it any more.
Status forgetImage(QSqlDatabase &db, const QString &imageId)
{
    const QString actor = store::currentActor();
    Result<QList<store::ManagedImage>> managed = store::listManagedImages(db);
    if (!managed)
        return fail(managed.error());
    for (store::ManagedImage image : std::as_const(*managed)) {
        if (image.imageId == imageId) {
            if (Status removed = store::removeManagedImage(db, imageId, actor); !removed)
                return removed;
        } else if (image.testTwinId == imageId) {
            image.testTwinId.clear();
            if (Status saved = store::saveManagedImage(db, image, actor); !saved)
                return saved;
        }
    }
    return {};
}

} // namespace

QFuture<Status> deleteKasmImage(const std::shared_ptr<kasm::Deployment> &deployment,
                                const std::shared_ptr<store::CatalogWorker> &catalog, const QString &imageId,
                                QObject *context)
{
    auto chain = kasm::makeChain<Status>(context);
    QFuture<Status> future = chain->future();
    chain->await(
        deployment->deleteImage(imageId),
        [chain, catalog, imageId](Status deleted) {
            if (!deleted || !catalog)
                return chain->finish(deleted);
            chain->await(
                catalog->write([imageId](QSqlDatabase &db) { return forgetImage(db, imageId); }),
                [chain, imageId](Status forgotten) {
                    if (forgotten)
                        return chain->finish({});
                    Error error = forgotten.error();
                    error.message = WorkflowText::tr("The image %1 was deleted, but the catalog still names it: %2")
                                        .arg(imageId, error.message);
                    chain->finish(fail(std::move(error)));
                },
                chain);
        },
        chain);
    return future;
}

} // namespace steward::workflow

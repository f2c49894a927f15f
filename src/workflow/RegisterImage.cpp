#include "workflow/RegisterImage.h"

#include "core/ControlCharacters.h"
#include "kasm/Deployment.h"
#include "kasm/FutureChain.h"
#include "kasm/ImageName.h"
#include "registry/DockerConfig.h"
#include "workflow/ManageImage.h"
#include "workflow/WorkflowText.h"

namespace steward::workflow {

namespace {

using Chain = kasm::FutureChain<Result<KasmImage>>;

// One registration in flight: the steps below hand it on until it finishes.
struct Registration
{
    std::shared_ptr<kasm::Deployment> deployment;
    ImageRegistration request;
    std::shared_ptr<Chain> chain;
    QStringList groupIds;    // the wanted groups, resolved
    QStringList otherGroups; // every other group: the new image must not stay in them
    KasmImage created;
};
using Run = std::shared_ptr<Registration>;

void addToGroups(const Run &run, qsizetype index);

// After the image exists every failure lands here: the image goes again, and the error says whether it did.
void undo(const Run &run, Error error)
{
    run->chain->await(
        run->deployment->deleteImage(run->created.imageId),
        [run, error](Status removed) mutable {
            error.message += removed ? WorkflowText::tr(" The image was not registered.")
                                     : WorkflowText::tr(" The image %1 was created but could not be "
                                                        "removed again: %2")
                                           .arg(run->created.imageId, removed.error().message);
            run->chain->finish(fail(std::move(error)));
        },
        run->chain);
}

void leaveOtherGroups(const Run &run, qsizetype index)
{
    if (index >= run->otherGroups.size())
        return addToGroups(run, 0);
    const QString groupId = run->otherGroups.at(index);
    run->chain->await(
        run->deployment->listGroupImageIds(groupId),
        [run, index, groupId](Result<QStringList> members) {
            if (!members)
                return undo(run, members.error());
            if (!members->contains(run->created.imageId))
                return leaveOtherGroups(run, index + 1);
            run->chain->await(
                run->deployment->removeImageFromGroup(run->created.imageId, groupId),
                [run, index](Status removed) {
                    if (!removed)
                        return undo(run, removed.error());
                    leaveOtherGroups(run, index + 1);
                },
                run->chain);
        },
        run->chain);
}

void addToGroups(const Run &run, qsizetype index)
{
    if (index >= run->groupIds.size())
        return run->chain->finish(run->created);
    run->chain->await(
        run->deployment->addImageToGroup(run->created.imageId, run->groupIds.at(index)),
        [run, index](Status added) {
            if (!added)
                return undo(run, added.error());
            addToGroups(run, index + 1);
        },
        run->chain);
}

void create(const Run &run)
{
    KasmImage image = newKasmImage();
    image.name = run->request.reference;
    image.friendlyName = run->request.friendlyName;
    image.dockerUser = run->request.dockerUser;
    image.description = run->request.description;
    image.imageSrc = run->request.thumbnailUrl;
    image.cores = run->request.cores.value_or(image.cores);
    image.memoryBytes = run->request.memoryBytes.value_or(image.memoryBytes);
    image.enabled = run->request.enabled;
    image.restrictToZone = !run->request.zoneId.isEmpty();
    image.zoneId = run->request.zoneId;
    if (const std::optional<QString> &registry = run->request.dockerRegistry) {
        image.dockerRegistry = *registry;
    } else if (Result<ImageReference> ref = ImageReference::parse(run->request.reference); ref) {
        image.dockerRegistry = kasmRegistryUrlFor(*ref);
    }
    run->chain->await(
        run->deployment->createImage(image, run->request.dockerToken),
        [run](Result<KasmImage> created) {
            if (!created)
                return run->chain->finish(fail(created.error()));
            run->created = *created;
            if (run->groupIds.isEmpty())
                return run->chain->finish(run->created);
            leaveOtherGroups(run, 0);
        },
        run->chain);
}

// Every wanted group is found before anything is created, so a typo changes nothing.
void resolveGroups(const Run &run, const QList<KasmGroup> &groups)
{
    Result<QList<KasmGroup>> wanted = findKasmGroups(groups, run->request.groups);
    if (!wanted) {
        Error error = wanted.error();
        error.message += WorkflowText::tr(" Nothing was registered.");
        return run->chain->finish(fail(std::move(error)));
    }
    for (const KasmGroup &group : std::as_const(*wanted))
        run->groupIds << group.groupId;
    for (const KasmGroup &group : groups) {
        if (!run->groupIds.contains(group.groupId))
            run->otherGroups << group.groupId;
    }
    create(run);
}

} // namespace

KasmImage newKasmImage()
{
    KasmImage image;
    image.cores = 2;
    image.memoryBytes = 2768000000;
    image.enabled = true;
    return image;
}

QString kasmRegistryUrlFor(const ImageReference &reference)
{
    if (reference.isDockerHub())
        return registry::DockerConfig::serverUrlFor(reference.registry());
    return (reference.isLoopback() ? QStringLiteral("http://") : QStringLiteral("https://")) + reference.registry();
}

QFuture<Result<KasmImage>> registerImage(std::shared_ptr<kasm::Deployment> deployment, ImageRegistration registration,
                                         QObject *context)
{
    auto run = std::make_shared<Registration>();
    run->chain = kasm::makeChain<Result<KasmImage>>(context);
    QFuture<Result<KasmImage>> future = run->chain->future();
    if (registration.friendlyName.trimmed().isEmpty()) {
        run->chain->finish(fail(ErrorCode::InvalidInput,
                                WorkflowText::tr("An image needs a friendly name: it is what users see in the Kasm "
                                                 "dashboard. Nothing was registered.")));
        return future;
    }
    if (const qsizetype at = indexOfControlCharacter(registration.friendlyName); at >= 0) {
        run->chain->finish(fail(ErrorCode::InvalidInput,
                                WorkflowText::tr("The friendly name \"%1\" holds a control character at position %2; "
                                                 "it is one line of printable text. Nothing was registered.")
                                    .arg(escapeControlCharacters(registration.friendlyName))
                                    .arg(at + 1)));
        return future;
    }
    KasmImage probe;
    probe.name = registration.reference;
    if (Result<ImageReference> checked = kasm::checkImageName(probe); !checked) {
        run->chain->finish(fail(checked.error()));
        return future;
    }
    run->deployment = std::move(deployment);
    run->request = std::move(registration);
    if (run->request.groups.isEmpty()) {
        create(run);
        return future;
    }
    run->chain->await(
        run->deployment->listGroups(),
        [run](Result<QList<KasmGroup>> groups) {
            if (!groups)
                return run->chain->finish(fail(groups.error()));
            resolveGroups(run, *groups);
        },
        run->chain);
    return future;
}

} // namespace steward::workflow

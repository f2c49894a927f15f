#include "workflow/EditImage.h"

#include "core/ControlCharacters.h"
#include "kasm/Deployment.h"
#include "kasm/FutureChain.h"
#include "kasm/ImageName.h"
#include "workflow/ManageImage.h"
#include "workflow/WorkflowText.h"

namespace steward::workflow {

Status checkImageEdit(const KasmImage &image)
{
    if (image.friendlyName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("An image needs a friendly name: it is what users see in the Kasm dashboard. "
                                     "Nothing was changed."));
    if (const qsizetype at = indexOfControlCharacter(image.friendlyName); at >= 0)
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("The friendly name \"%1\" holds a control character at position %2; it is one "
                                     "line of printable text. Nothing was changed.")
                        .arg(escapeControlCharacters(image.friendlyName))
                        .arg(at + 1));
    if (Result<ImageReference> checked = kasm::checkImageName(image); !checked)
        return fail(checked.error());
    return {};
}

QFuture<Result<KasmImage>> editImage(const std::shared_ptr<kasm::Deployment> &deployment, const KasmImage &image,
                                     const std::optional<QString> &dockerToken, QObject *context)
{
    auto chain = kasm::makeChain<Result<KasmImage>>(context);
    QFuture<Result<KasmImage>> future = chain->future();
    if (Status checked = checkImageEdit(image); !checked) {
        chain->finish(fail(checked.error()));
        return future;
    }
    chain->await(
        deployment->updateImage(image, dockerToken), [chain](Result<KasmImage> updated) { chain->finish(updated); },
        chain);
    return future;
}

QFuture<Result<ReferenceSwitch>> switchImageReference(const std::shared_ptr<kasm::Deployment> &deployment,
                                                      const QString &image, const QString &reference, QObject *context)
{
    auto chain = kasm::makeChain<Result<ReferenceSwitch>>(context);
    QFuture<Result<ReferenceSwitch>> future = chain->future();
    KasmImage probe;
    probe.name = reference;
    if (Result<ImageReference> checked = kasm::checkImageName(probe); !checked) {
        chain->finish(fail(checked.error()));
        return future;
    }
    chain->await(
        deployment->listImages(),
        [chain, deployment, image, reference, context](Result<QList<KasmImage>> images) {
            if (!images)
                return chain->finish(fail(images.error()));
            Result<KasmImage> found = findKasmImage(*images, image);
            if (!found)
                return chain->finish(fail(found.error()));
            const QString previous = found->name;
            KasmImage changed = *found;
            changed.name = reference;
            chain->await(
                editImage(deployment, changed, std::nullopt, context),
                [chain, previous](Result<KasmImage> updated) {
                    if (!updated)
                        return chain->finish(fail(updated.error()));
                    chain->finish(ReferenceSwitch{*updated, previous});
                },
                chain);
        },
        chain);
    return future;
}

} // namespace steward::workflow

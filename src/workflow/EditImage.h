#pragma once

#include "core/KasmImage.h"
#include "core/Result.h"

#include <QFuture>

#include <memory>
#include <optional>

class QObject;

namespace steward::kasm {
class Deployment;
}

namespace steward::workflow {

// What an edit may not write: an empty friendly name or one with control characters, or a reference Kasm's agents
// cannot pull (kasm::checkImageName). The error names the field.
Status checkImageEdit(const KasmImage &image);

// Writes an administrator's edit of an existing image: checked first (a refusal changes nothing), then the
// deployment's read-modify-write updateImage. `dockerToken` as kasm::Deployment::updateImage. Continues on `context`'s
// thread, which must be the deployment's.
QFuture<Result<KasmImage>> editImage(const std::shared_ptr<kasm::Deployment> &deployment, const KasmImage &image,
                                     const std::optional<QString> &dockerToken, QObject *context);

struct ReferenceSwitch
{
    KasmImage image;  // as the deployment stored it
    QString previous; // the reference it had before
};

// `stewardctl kasm set-image`: finds `image` (id, friendly name or reference, as findKasmImage) and switches it to
// `reference`, every other field kept.
QFuture<Result<ReferenceSwitch>> switchImageReference(const std::shared_ptr<kasm::Deployment> &deployment,
                                                      const QString &image, const QString &reference, QObject *context);

} // namespace steward::workflow

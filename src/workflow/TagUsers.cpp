#include "workflow/TagUsers.h"

namespace steward::workflow {

QHash<QString, QStringList> imagesByTag(const ImageReference &repository, const QList<KasmImage> &images)
{
    QHash<QString, QStringList> usedBy;
    for (const KasmImage &image : images) {
        const Result<ImageReference> reference = ImageReference::parse(image.name);
        if (reference && reference->registry() == repository.registry() &&
            reference->repository() == repository.repository())
            usedBy[reference->tag()] << image.displayName();
    }
    return usedBy;
}

} // namespace steward::workflow

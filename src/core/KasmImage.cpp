#include "core/KasmImage.h"

#include "core/CoreText.h"

#include <QCoreApplication>

namespace steward {

bool KasmImage::sameFields(const KasmImage &other) const
{
    return imageId == other.imageId && name == other.name && friendlyName == other.friendlyName &&
           description == other.description && imageSrc == other.imageSrc && enabled == other.enabled &&
           hidden == other.hidden && categories == other.categories && imageType == other.imageType &&
           cores == other.cores && memoryBytes == other.memoryBytes && gpuCount == other.gpuCount &&
           dockerRegistry == other.dockerRegistry && dockerUser == other.dockerUser &&
           hasDockerToken == other.hasDockerToken && uncompressedSizeMb == other.uncompressedSizeMb &&
           restrictToZone == other.restrictToZone && zoneId == other.zoneId && available == other.available;
}

QString KasmImage::displayName() const
{
    return friendlyName.isEmpty() ? name : friendlyName;
}

QString KasmImage::registryLogin() const
{
    if (dockerUser.isEmpty())
        return hasDockerToken ? CoreText::tr("no login user, password stored") : CoreText::tr("anonymous");
    return hasDockerToken ? CoreText::tr("login: %1, password stored").arg(dockerUser)
                          : CoreText::tr("login: %1, no password").arg(dockerUser);
}

} // namespace steward

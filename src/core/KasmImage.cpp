#include "core/KasmImage.h"

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
        return hasDockerToken ? QCoreApplication::translate("steward::KasmImage", "no login user, password stored")
                              : QCoreApplication::translate("steward::KasmImage", "anonymous");
    return hasDockerToken
               ? QCoreApplication::translate("steward::KasmImage", "login: %1, password stored").arg(dockerUser)
               : QCoreApplication::translate("steward::KasmImage", "login: %1, no password").arg(dockerUser);
}

} // namespace steward

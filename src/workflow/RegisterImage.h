#pragma once

#include "core/ImageReference.h"
#include "core/KasmImage.h"
#include "core/Result.h"

#include <QFuture>
#include <QStringList>

#include <memory>
#include <optional>

class QObject;

namespace steward::kasm {
class Deployment;
} // namespace steward::kasm

namespace steward::workflow {

// What an administrator gives to register an image in Kasm; the rest takes Kasm's own defaults (newKasmImage()).
struct ImageRegistration
{
    QString reference;                     // the docker image reference agents pull
    QString friendlyName;                  // what users see in the dashboard
    QStringList groups;                    // names or ids; empty leaves the image where Kasm puts new images
    std::optional<QString> dockerRegistry; // default: kasmRegistryUrlFor(reference)
    QString dockerUser;
    std::optional<QString> dockerToken; // the password agents log in with; never stored by ImageSteward
    // What the desktop's dialog also sets; unset fields take newKasmImage()'s values.
    QString description;
    QString thumbnailUrl;
    std::optional<double> cores;
    std::optional<qint64> memoryBytes;
    bool enabled = true;
    QString zoneId; // restricts the image to this zone; empty: any zone
};

// A new image as Kasm's admin UI starts one: 2 cores, 2,768,000,000 bytes of memory, enabled.
KasmImage newKasmImage();

// Kasm's docker_registry value for where `reference` is pulled from: Docker Hub's server URL (as docker keys its
// logins), plain http:// for a loopback registry (the only place plain HTTP is allowed), https:// otherwise.
QString kasmRegistryUrlFor(const ImageReference &reference);

// Registers the image in exactly `registration.groups` (Kasm itself may also put a new image in All Users). Every
// group is resolved before anything changes. A failure after the image was created removes it again; the error says
// whether that worked, so a half-registered image is never left behind as if it were done. Continues on `context`'s
// thread, which must be the deployment's.
QFuture<Result<KasmImage>> registerImage(std::shared_ptr<kasm::Deployment> deployment, ImageRegistration registration,
                                         QObject *context);

} // namespace steward::workflow

#pragma once

#include "core/KasmGroup.h"
#include "core/KasmImage.h"
#include "core/Result.h"
#include "store/ManagedImages.h"

#include <QFuture>
#include <QStringList>

#include <memory>
#include <optional>

class QObject;

namespace steward {
class ImageReference;
}

namespace steward::kasm {
class Deployment;
} // namespace steward::kasm

namespace steward::store {
class CatalogWorker;
}

namespace steward::workflow {

// What an administrator gives to manage a user-facing image (`stewardctl manage`). Options left unset keep the
// managed image's current value, or take the default for a new one.
struct ManageRequest
{
    QString image;                // the user-facing Kasm image: id, friendly name or reference
    QString repository;           // "registry.example:5000/team/chrome", without tag or digest
    QStringList testGroups;       // names or ids; at least one
    std::optional<QString> login; // registry host whose stored login to use; "" for none. Unset: the repository's
                                  // registry when the profile has a login for it
    std::optional<store::DeployStrategy> strategy; // default pin
    std::optional<QString> uniquePattern;          // default %Y%m%d-%H%M (TagPattern.h)
    std::optional<QString> movingTag;              // default latest
    // Whose words a refusal uses: stewardctl's options (--login), or the dialog's fields and the Registries page,
    // since the same refusal reaches a person who never typed a flag.
    enum class Wording
    {
        Cli,
        Window,
    } wording = Wording::Cli;
};

struct Managed
{
    store::ManagedImage image;
    bool created = false; // false: an existing managed image was updated
    QStringList warnings; // true but surprising: shown, never refused
};

// True when `repository` (as typed; it parsed as `parsed`) names a tag or digest, which a managed image's repository
// must not: manageImage refuses it. The check on its own, so that a front end words the refusal for its own input
// (the CLI's message names --repository; the dialog checks first and names its field).
bool namesTagOrDigest(const QString &repository, const ImageReference &parsed);

// An image by id, friendly name or reference, as `kasm set-image` finds it: an id wins; a name or reference must be
// unique (more than one match is an error that lists their ids).
Result<KasmImage> findKasmImage(const QList<KasmImage> &images, const QString &what);
// Every wanted group by name or id, in order without repeats; an unknown one is an error listing the groups.
Result<QList<KasmGroup>> findKasmGroups(const QList<KasmGroup> &groups, const QStringList &wanted);

// Resolves the image and the groups against `deployment` and checks every value before the catalog changes; a
// refusal changes nothing. The test twin of an already managed image is kept. The catalog is written on `catalog`'s
// thread; the future continues on `context`'s thread, which must be the deployment's. The caller keeps `catalog`
// alive until the future finishes (the use case holds it weakly, so that it is never destroyed on its own thread).
QFuture<Result<Managed>> manageImage(std::shared_ptr<kasm::Deployment> deployment,
                                     const std::shared_ptr<store::CatalogWorker> &catalog, ManageRequest request,
                                     QObject *context);

// Stops managing `imageId`: its record goes from the catalog (audited as "managed-image.remove"); the Kasm images,
// its test twin included, and the registry stay as they are. NotFound when the image is not managed.
QFuture<Status> stopManaging(const std::shared_ptr<store::CatalogWorker> &catalog, const QString &imageId);

// Every managed image (store::listManagedImages on the worker's thread).
QFuture<Result<QList<store::ManagedImage>>> managedImages(const std::shared_ptr<store::CatalogWorker> &catalog);

} // namespace steward::workflow

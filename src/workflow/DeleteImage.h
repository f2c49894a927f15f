#pragma once

#include "core/Result.h"
#include "store/ManagedImages.h"

#include <QFuture>
#include <QStringList>

#include <memory>

class QObject;

namespace steward::kasm {
class Deployment;
struct DeploymentSnapshot;
} // namespace steward::kasm

namespace steward::store {
class CatalogWorker;
}

namespace steward::workflow {

// What depends on a Kasm image, for the confirmation before it is deleted.
struct ImageDependents
{
    QStringList groups; // names of the groups it is assigned to: their users lose it
    QString managedAs;  // it is a managed user-facing image (this friendly name): ImageSteward forgets it
    QString testTwinId; // …and this is its test twin, which stays (delete it too to clean up)
    QString testTwinOf; // it is the test twin of this managed image: testing it stops until a new twin is made

    bool isEmpty() const { return groups.isEmpty() && managedAs.isEmpty() && testTwinOf.isEmpty(); }
    // One sentence per dependent, for people.
    QStringList describe() const;
};

ImageDependents imageDependents(const kasm::DeploymentSnapshot &snapshot, const QList<store::ManagedImage> &managed,
                                const QString &imageId);

// Deletes the image from the deployment, then keeps the catalog true to it: a managed image it was is forgotten, a
// managed image whose test twin it was loses the twin. `catalog` may be null (no catalog open: the deployment only).
// Continues on `context`'s thread, which must be the deployment's.
QFuture<Status> deleteKasmImage(const std::shared_ptr<kasm::Deployment> &deployment,
                                const std::shared_ptr<store::CatalogWorker> &catalog, const QString &imageId,
                                QObject *context);

} // namespace steward::workflow

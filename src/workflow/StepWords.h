#pragma once

#include "store/ManagedImages.h"
#include "store/PromotionJournal.h"

#include <QHash>
#include <QString>

#include <optional>

namespace steward::kasm {
struct DeploymentSnapshot;
}

namespace steward::workflow {

// The names a plan's steps refer to by id: Kasm image and group ids, and "@twin" (the image a create-twin step of the
// same plan makes). The journal keeps ids, which stay true when someone renames; a person reads names.
struct StepNames
{
    QHash<QString, QString> images; // image id (or "@twin") -> friendly name
    QHash<QString, QString> groups; // group id -> name

    // From the deployment as last read, then what the plan itself carries: the twin's friendly name from its
    // create-twin step, the managed image's test groups as they were named when it was managed.
    static StepNames of(const store::Promotion &promotion, const kasm::DeploymentSnapshot &snapshot,
                        const std::optional<store::ManagedImage> &managed);
};

enum class StepDigests
{
    Short, // "sha256:0123456789ab…": a line in a list or a terminal
    Full,  // for a tooltip, or to copy
};

// One step of a promotion plan as a sentence for an administrator, the same in the window and in stewardctl: images
// and groups by name (an id only where the name is unknown, and then said so), digests short or in full.
QString describeStep(const store::PromotionStep &step, const StepNames &names,
                     StepDigests digests = StepDigests::Short);

// An image as a table cell names it: its friendly name, or where the name is unknown its id and that it is not in the
// deployment as last read.
QString imageNameOrId(const StepNames &names, const QString &imageId);

// "sha256:" and 12 hex digits, as docker prints it, and an ellipsis that says there is more.
QString abbreviatedDigest(const QString &digest);

} // namespace steward::workflow

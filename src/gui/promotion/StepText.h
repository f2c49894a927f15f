#pragma once

#include "store/PromotionJournal.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace steward::kasm {
struct DeploymentSnapshot;
}

namespace steward::store {
struct ManagedImage;
}

namespace steward::gui {

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

// One step of a promotion plan as a sentence for an administrator: images and groups by name (an id only where the
// name is unknown, and then said so), digests short ("sha256:0123456789ab…") or in full for the tooltip.
class StepText
{
    Q_DECLARE_TR_FUNCTIONS(steward::gui::StepText)

public:
    enum class Digests
    {
        Short,
        Full,
    };

    static QString describe(const store::PromotionStep &step, const StepNames &names, Digests digests = Digests::Short);
    static QString shortDigest(const QString &digest);
};

} // namespace steward::gui

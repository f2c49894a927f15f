#pragma once

#include "core/Result.h"
#include "workflow/PlanServices.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>

namespace steward::workflow {

// The actions a promotion plan is made of. Each is idempotent: it first reads what is there, does nothing when the
// change is already made, refuses (Conflict) when the thing it changes is neither as planned nor as wanted (another
// admin or process changed it), and otherwise makes the change. Its result says what it found and did ("before",
// "after", "changed"), which the journal keeps and the audit log shows.
namespace action {
inline constexpr auto createTwin = "create-twin";      // {source_image_id, friendly_name, name}
inline constexpr auto setImageName = "set-image-name"; // {image_id, before, after}
inline constexpr auto setGroups = "set-groups";        // {image_id, groups: [ids]}: member of exactly these
inline constexpr auto moveTag = "move-tag";            // {repository, tag, before: digest or "", after: digest}
inline constexpr auto saveTwin = "save-twin";          // {image_id (managed), twin_id}
inline constexpr auto recordStage = "record-stage";    // {image_id, kind, digest, tag, previous_digest, note}
} // namespace action

// A parameter that names the image an earlier create-twin step made (its result's image_id).
inline constexpr auto twinFromPlan = "@twin";

// Runs one step. `params` are resolved already (no "@twin"); `promotionId` goes into stage records.
QFuture<Result<QJsonObject>> runPlanStep(const PlanServices &services, const QString &actionName,
                                         const QJsonObject &params, const QString &promotionId);
// Undoes what a done step's `result` says it changed (abandon/rollback of a plan); a step that changed nothing, or
// cannot be undone (a stage record stays, as history), succeeds with {"undone": false}.
QFuture<Result<QJsonObject>> undoPlanStep(const PlanServices &services, const QString &actionName,
                                          const QJsonObject &params, const QJsonObject &result);

} // namespace steward::workflow

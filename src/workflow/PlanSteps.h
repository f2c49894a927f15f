#pragma once

#include "core/Result.h"
#include "store/PromotionJournal.h"
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
inline constexpr auto createTwin = "create-twin";      // {source_image_id, friendly_name, name, existing_id}
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
// Undoes a step that ran (done, running or failed) when a plan is abandoned. What the journal says it did is not
// trusted: a step killed after its change, or whose answer was lost, did change things without a record. So the undo
// re-reads the live state and puts `before` back whenever the live state is the step's `after`; when it is neither,
// someone else changed it and the undo refuses (Conflict) without touching it. `step.params` are the journal's, with
// "@twin" unresolved; `params` are resolved. A step that cannot be undone (a stage record stays, as history, with a
// compensating record) succeeds with {"undone": false} and a reason.
QFuture<Result<QJsonObject>> undoPlanStep(const PlanServices &services, const store::PromotionStep &step,
                                          const QJsonObject &params, const QString &promotionId);

} // namespace steward::workflow

#pragma once

#include "core/Result.h"
#include "store/PromotionJournal.h"
#include "workflow/PlanServices.h"

#include <QFuture>

#include <functional>

namespace steward::workflow {

// Called on the context's thread each time a step changes state (running, done, failed, undone): the GUI moves a
// card when its step is done, not before; the CLI prints a line.
using StepProgress = std::function<void(const store::Promotion &promotion, const store::PromotionStep &step)>;

// Asked before each step that is still to run: true stops the plan there (a step already running is never cut
// short). The plan is left "failed" with the steps done so far, so that it is offered for resume or abandon like any
// plan that stopped, and the future carries ErrorCode::Canceled.
using CancelRequested = std::function<bool()>;

// Runs a plan through the journal: the whole plan is written (state "planned") before its first step runs, each step
// is marked running before it starts and done, with what it found and changed, after it finished; the promotion
// ends "done", or "failed" at the first step that failed (the steps after it stay pending). Every state change is
// its own transaction with an audit line, so a process killed at any point leaves a journal that says how far it
// got. The future's promotion is the journal's final state.
QFuture<Result<store::Promotion>> runPlan(const PlanServices &services, store::Promotion promotion,
                                          StepProgress progress = {}, CancelRequested cancelRequested = {});

// Continues an unfinished plan (planned, running or failed) from its first step not done. Steps are idempotent, so
// one that was running when the process died, or failed with its answer lost, is run again: it finds its change
// made (or makes it) and its result says "again", the change possibly being the earlier attempt's.
QFuture<Result<store::Promotion>> resumePlan(const PlanServices &services, const QString &promotionId,
                                             StepProgress progress = {}, CancelRequested cancelRequested = {});

// Undoes the steps of an unfinished plan that ran (done, running or failed), last first, from the live state (see
// undoPlanStep), and ends it "rolled-back": the deployment and registry are as before the plan. A live state that is
// neither before nor after stops the undo there with a Conflict, that step not recorded as undone. A plan that is
// done is not abandoned: roll back the deploy instead (a new plan).
QFuture<Result<store::Promotion>> abandonPlan(const PlanServices &services, const QString &promotionId,
                                              StepProgress progress = {});

// Plans to offer after a restart: planned, running or failed, oldest first.
QFuture<Result<QList<store::Promotion>>> unfinishedPlans(const PlanServices &services);

// A new promotion id: time-ordered and unique across processes.
QString newPromotionId();

} // namespace steward::workflow

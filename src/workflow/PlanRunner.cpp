#include "workflow/PlanRunner.h"

#include "kasm/FutureChain.h"
#include "store/CatalogWorker.h"
#include "workflow/PlanSteps.h"
#include "workflow/PlanTestHook.h"
#include "workflow/WorkflowText.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace steward::workflow {

namespace {

using PlanResult = Result<store::Promotion>;
using Chain = kasm::FutureChain<PlanResult>;

const QString Done = QStringLiteral("done");
const QString Running = QStringLiteral("running");
const QString Failed = QStringLiteral("failed");
const QString Undone = QStringLiteral("undone");

struct Executing
{
    PlanServices services;
    store::Promotion promotion;
    StepProgress progress;
    CancelRequested cancelRequested;
    std::shared_ptr<Chain> chain;
};
using Run = std::shared_ptr<Executing>;

// Writes to the journal, then goes on; a journal that cannot be written stops the plan there, since a step run
// without its record would be a step nobody knows was done.
void journal(const Run &run, std::function<Status(QSqlDatabase &)> write, std::function<void()> next)
{
    const std::shared_ptr<store::CatalogWorker> catalog = run->services.catalog.lock();
    if (!catalog)
        return run->chain->finish(
            fail(ErrorCode::Internal, WorkflowText::tr("The catalog was closed while plan %1 ran; it stopped there.")
                                          .arg(run->promotion.promotionId)));
    run->chain->await(
        catalog->write(std::move(write)),
        [run, next = std::move(next)](Status written) {
            if (!written)
                return run->chain->finish(
                    fail(ErrorCode::Storage, WorkflowText::tr("Plan %1 stopped: its journal cannot be written (%2). "
                                                              "What is done so far is recorded.")
                                                 .arg(run->promotion.promotionId, written.error().message)));
            next();
        },
        run->chain);
}

void setStep(const Run &run, qsizetype index, const QString &state, const QJsonObject &result,
             std::function<void()> next)
{
    store::PromotionStep &step = run->promotion.steps[index];
    const QString id = run->promotion.promotionId;
    const int seq = step.seq;
    journal(
        run,
        [id, seq, state, result](QSqlDatabase &db) { return store::setPromotionStepState(db, id, seq, state, result); },
        [run, index, state, result, next = std::move(next)]() {
            store::PromotionStep &step = run->promotion.steps[index];
            step.state = state;
            step.result = result;
            if (run->promotion.state == QLatin1String("planned"))
                run->promotion.state = Running;
            if (run->progress)
                run->progress(run->promotion, step);
            next();
        });
}

void setPlanState(const Run &run, const QString &state, std::function<void()> next)
{
    const QString id = run->promotion.promotionId;
    journal(
        run, [id, state](QSqlDatabase &db) { return store::setPromotionState(db, id, state); },
        [run, state, next = std::move(next)]() {
            run->promotion.state = state;
            next();
        });
}

// "@twin" stands for the image an earlier create-twin step of the same plan made.
Result<QJsonObject> resolveParams(const store::Promotion &promotion, const QJsonObject &params)
{
    QJsonObject resolved = params;
    for (auto it = resolved.begin(); it != resolved.end(); ++it) {
        if (it.value().toString() != QLatin1String(twinFromPlan))
            continue;
        QString twinId;
        for (const store::PromotionStep &step : promotion.steps) {
            if (step.action == QLatin1String(action::createTwin) && step.state == Done)
                twinId = step.result.value(QStringLiteral("image_id")).toString();
        }
        if (twinId.isEmpty())
            return fail(
                ErrorCode::Internal,
                WorkflowText::tr("Plan %1 names the test twin before a step created it.").arg(promotion.promotionId));
        it.value() = twinId;
    }
    return resolved;
}

void cancelBefore(const Run &run, qsizetype index)
{
    setPlanState(run, Failed, [run, index]() {
        run->chain->finish(
            fail(ErrorCode::Canceled,
                 WorkflowText::tr("Plan %1 was cancelled before step %2; the steps before it are done and "
                                  "recorded. Resume the plan to go on, or abandon it to undo them.")
                     .arg(run->promotion.promotionId)
                     .arg(run->promotion.steps.at(index).seq)));
    });
}

void runStep(const Run &run, qsizetype index)
{
    if (index >= run->promotion.steps.size())
        return setPlanState(run, Done, [run]() { run->chain->finish(run->promotion); });
    const store::PromotionStep &step = run->promotion.steps.at(index);
    if (step.state == Done || step.state == QLatin1String("skipped"))
        return runStep(run, index + 1);
    if (run->cancelRequested && run->cancelRequested())
        return cancelBefore(run, index);
    Result<QJsonObject> params = resolveParams(run->promotion, step.params);
    if (!params)
        return run->chain->finish(fail(params.error()));
    // A step found running or failed may have made its change without the answer reaching the journal; run again,
    // it finds the change made and says so, and the journal marks that its change may be the earlier attempt's.
    const bool again = step.state == Running || step.state == Failed;
    setStep(run, index, Running, step.result, [run, index, again, params = *params]() {
        const store::PromotionStep &step = run->promotion.steps.at(index);
        run->chain->await(
            runPlanStep(run->services, step.action, params, run->promotion.promotionId),
            [run, index, again](Result<QJsonObject> result) {
                if (result) {
                    stepEffectHappened(run->promotion.steps.at(index));
                    if (again)
                        result->insert(QStringLiteral("again"), true);
                    return setStep(run, index, Done, *result, [run, index]() { runStep(run, index + 1); });
                }
                const Error error = result.error();
                const QJsonObject failure{{QStringLiteral("error"), error.message},
                                          {QStringLiteral("code"), errorCodeName(error.code)}};
                setStep(run, index, Failed, failure, [run, index, error]() {
                    setPlanState(run, Failed, [run, index, error]() {
                        const store::PromotionStep &step = run->promotion.steps.at(index);
                        run->chain->finish(
                            fail(error.code,
                                 WorkflowText::tr("Step %1 of plan %2 (%3) failed: %4 The steps before it are done and "
                                                  "recorded; resume the plan to retry, or abandon it to undo them.")
                                     .arg(step.seq)
                                     .arg(run->promotion.promotionId, step.action, error.message),
                                 error.detail));
                    });
                });
            },
            run->chain);
    });
}

// Every step that ran is undone from the live state, whatever the journal says it did: one killed after its change
// (running) or whose answer was lost (failed) changed things without a record. Pending steps never started.
void undoStep(const Run &run, qsizetype index)
{
    if (index < 0)
        return setPlanState(run, QStringLiteral("rolled-back"), [run]() { run->chain->finish(run->promotion); });
    const store::PromotionStep &step = run->promotion.steps.at(index);
    if (step.state != Done && step.state != Running && step.state != Failed)
        return undoStep(run, index - 1);
    Result<QJsonObject> params = resolveParams(run->promotion, step.params);
    if (!params)
        return run->chain->finish(fail(params.error()));
    run->chain->await(
        undoPlanStep(run->services, step, *params, run->promotion.promotionId),
        [run, index](Result<QJsonObject> undone) {
            const store::PromotionStep &step = run->promotion.steps.at(index);
            // A step that failed by refusing (the live state was someone else's) changed nothing: the live state
            // that is neither before nor after is theirs, and there is nothing of the plan's to undo.
            if (!undone && undone.error().code == ErrorCode::Conflict && step.state == Failed &&
                step.result.value(QStringLiteral("code")).toString() == errorCodeName(ErrorCode::Conflict))
                undone =
                    QJsonObject{{QStringLiteral("undone"), false},
                                {QStringLiteral("reason"), WorkflowText::tr("it refused before changing anything")}};
            if (!undone)
                return run->chain->finish(fail(
                    undone.error().code,
                    WorkflowText::tr("Undoing step %1 of plan %2 failed: %3 The steps after it are undone; abandon "
                                     "the plan again once the cause is fixed.")
                        .arg(step.seq)
                        .arg(run->promotion.promotionId, undone.error().message)));
            QJsonObject result = step.result;
            result.insert(QStringLiteral("undo"), *undone);
            result.insert(QStringLiteral("was"), step.state);
            setStep(run, index, Undone, result, [run, index]() { undoStep(run, index - 1); });
        },
        run->chain);
}

bool isUnfinished(const QString &state)
{
    return state == QLatin1String("planned") || state == Running || state == Failed;
}

// Reads the plan from the journal, refuses a finished one, then hands it to `next`.
void loadUnfinished(const Run &run, const QString &promotionId, std::function<void()> next)
{
    const std::shared_ptr<store::CatalogWorker> catalog = run->services.catalog.lock();
    if (!catalog)
        return run->chain->finish(fail(ErrorCode::Internal, WorkflowText::tr("The catalog is closed.")));
    run->chain->await(
        catalog->run<std::optional<store::Promotion>>(
            [promotionId](QSqlDatabase &db) { return store::findPromotion(db, promotionId); }),
        [run, promotionId, next = std::move(next)](Result<std::optional<store::Promotion>> found) {
            if (!found)
                return run->chain->finish(fail(found.error()));
            if (!found->has_value())
                return run->chain->finish(
                    fail(ErrorCode::NotFound,
                         WorkflowText::tr("No plan %1 in the journal; `stewardctl plans` lists the unfinished ones.")
                             .arg(promotionId)));
            if (!isUnfinished((*found)->state))
                return run->chain->finish(
                    fail(ErrorCode::Conflict, WorkflowText::tr("Plan %1 is %2, not unfinished: there is nothing to "
                                                               "resume or abandon.")
                                                  .arg(promotionId, (*found)->state)));
            run->promotion = **found;
            next();
        },
        run->chain);
}

Run start(const PlanServices &services, StepProgress progress)
{
    auto run = std::make_shared<Executing>();
    run->services = services;
    run->progress = std::move(progress);
    run->chain = kasm::makeChain<PlanResult>(services.context);
    return run;
}

} // namespace

QFuture<Result<store::Promotion>> runPlan(const PlanServices &services, store::Promotion promotion,
                                          StepProgress progress, CancelRequested cancelRequested)
{
    Run run = start(services, std::move(progress));
    run->cancelRequested = std::move(cancelRequested);
    if (promotion.promotionId.isEmpty())
        promotion.promotionId = newPromotionId();
    promotion.state = QStringLiteral("planned");
    if (promotion.actor.isEmpty())
        promotion.actor = store::currentActor();
    run->promotion = promotion;
    journal(
        run, [promotion](QSqlDatabase &db) { return store::createPromotion(db, promotion); },
        [run]() { runStep(run, 0); });
    return run->chain->future();
}

QFuture<Result<store::Promotion>> resumePlan(const PlanServices &services, const QString &promotionId,
                                             StepProgress progress, CancelRequested cancelRequested)
{
    Run run = start(services, std::move(progress));
    run->cancelRequested = std::move(cancelRequested);
    loadUnfinished(run, promotionId, [run]() { setPlanState(run, Running, [run]() { runStep(run, 0); }); });
    return run->chain->future();
}

QFuture<Result<store::Promotion>> abandonPlan(const PlanServices &services, const QString &promotionId,
                                              StepProgress progress)
{
    Run run = start(services, std::move(progress));
    loadUnfinished(run, promotionId, [run]() { undoStep(run, run->promotion.steps.size() - 1); });
    return run->chain->future();
}

QFuture<Result<QList<store::Promotion>>> unfinishedPlans(const PlanServices &services)
{
    const std::shared_ptr<store::CatalogWorker> catalog = services.catalog.lock();
    if (!catalog)
        return QtFuture::makeReadyFuture<Result<QList<store::Promotion>>>(
            fail(ErrorCode::Internal, WorkflowText::tr("The catalog is closed.")));
    return catalog->run<QList<store::Promotion>>([](QSqlDatabase &db) { return store::unfinishedPromotions(db); });
}

QString newPromotionId()
{
    return QStringLiteral("p%1-%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace steward::workflow

#include "workflow/Promote.h"

#include "core/Digest.h"
#include "core/ImageReference.h"
#include "kasm/Deployment.h"
#include "kasm/FutureChain.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "workflow/ManageImage.h"
#include "workflow/PlanSteps.h"
#include "workflow/WorkflowText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace steward::workflow {

namespace {

using PlanChain = kasm::FutureChain<Result<PlannedPromotion>>;

// What every planner reads first: the user-facing image, its managed record and its stage history.
struct Gathered
{
    QList<KasmImage> images;
    KasmImage image;
    store::ManagedImage managed;
    QList<store::StageEvent> history;   // newest first
    QList<store::Promotion> unfinished; // plans for this image that are planned, running or failed
};
using GatheredPtr = std::shared_ptr<Gathered>;

struct ManagedAndHistory
{
    std::optional<store::ManagedImage> managed;
    QList<store::StageEvent> history;
    QList<store::Promotion> unfinished;
};

template<typename R>
void gather(const PlanServices &services, const std::shared_ptr<kasm::FutureChain<R>> &chain, const QString &what,
            std::function<void(GatheredPtr)> next)
{
    std::weak_ptr<store::CatalogWorker> weakCatalog = services.catalog;
    chain->await(
        services.deployment->listImages(),
        [chain, what, weakCatalog, next = std::move(next)](Result<QList<KasmImage>> images) mutable {
            if (!images)
                return chain->finish(fail(images.error()));
            Result<KasmImage> image = findKasmImage(*images, what);
            if (!image)
                return chain->finish(fail(image.error()));
            const std::shared_ptr<store::CatalogWorker> catalog = weakCatalog.lock();
            if (!catalog)
                return chain->finish(fail(ErrorCode::Internal, WorkflowText::tr("The catalog is closed.")));
            auto gathered = std::make_shared<Gathered>();
            gathered->images = *images;
            gathered->image = *image;
            const QString imageId = image->imageId;
            chain->await(
                catalog->run<ManagedAndHistory>([imageId](QSqlDatabase &db) -> Result<ManagedAndHistory> {
                    Result<std::optional<store::ManagedImage>> managed = store::findManagedImage(db, imageId);
                    if (!managed)
                        return fail(managed.error());
                    Result<QList<store::StageEvent>> history = store::stageHistory(db, imageId);
                    if (!history)
                        return fail(history.error());
                    Result<QList<store::Promotion>> unfinished = store::unfinishedPromotions(db);
                    if (!unfinished)
                        return fail(unfinished.error());
                    QList<store::Promotion> mine;
                    for (const store::Promotion &p : std::as_const(*unfinished)) {
                        if (p.plan.value(QStringLiteral("image_id")).toString() == imageId)
                            mine.append(p);
                    }
                    return ManagedAndHistory{*managed, *history, mine};
                }),
                [chain, gathered, next = std::move(next)](Result<ManagedAndHistory> read) {
                    if (!read)
                        return chain->finish(fail(read.error()));
                    if (!read->managed)
                        return chain->finish(fail(
                            ErrorCode::NotFound,
                            WorkflowText::tr("\"%1\" (%2) is not a managed image; manage it first (stewardctl manage "
                                             "or the Images pane's \"Manage…\").")
                                .arg(gathered->image.displayName(), gathered->image.imageId)));
                    gathered->managed = *read->managed;
                    gathered->history = read->history;
                    gathered->unfinished = read->unfinished;
                    next(gathered);
                },
                chain);
        },
        chain);
}

// The digest a tag names now, by HEAD (never a pull on Docker Hub); NotFound passes through as an empty digest.
template<typename R>
void headDigest(const PlanServices &services, const std::shared_ptr<kasm::FutureChain<R>> &chain,
                const ImageReference &reference, bool missingIsFine, std::function<void(QString)> next)
{
    if (!services.registry)
        return chain->finish(fail(ErrorCode::Internal, WorkflowText::tr("No registry client for this plan.")));
    chain->await(
        services.registry->headManifest(reference),
        [chain, reference, missingIsFine, next = std::move(next)](Result<registry::ManifestHead> head) {
            if (!head && head.error().code == ErrorCode::NotFound && missingIsFine)
                return next(QString());
            if (!head && head.error().code == ErrorCode::NotFound)
                return chain->finish(
                    fail(ErrorCode::NotFound, WorkflowText::tr("The registry has no %1 (it may have been deleted); "
                                                               "nothing was planned.")
                                                  .arg(reference.toString())));
            if (!head)
                return chain->finish(fail(head.error()));
            if (!head->digest.isValid())
                return chain->finish(fail(ErrorCode::Unsupported,
                                          WorkflowText::tr("%1 gave no digest for %2 by HEAD; a plan needs digests.")
                                              .arg(reference.registry(), reference.toString())));
            next(head->digest.toString());
        },
        chain);
}

Result<ImageReference> managedRepository(const store::ManagedImage &managed)
{
    Result<ImageReference> repository = ImageReference::parse(managed.repository);
    if (!repository)
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("The managed image's repository \"%1\" is not a valid reference: %2")
                        .arg(managed.repository, repository.error().message));
    return repository;
}

// A second plan on top of an unfinished one would start from a state the first may still change (resume) or put
// back (abandon): the first is finished one way or the other before anything new is planned.
std::optional<Error> unfinishedPlanOf(const Gathered &g)
{
    if (g.unfinished.isEmpty())
        return std::nullopt;
    const store::Promotion &open = g.unfinished.constFirst();
    return Error{ErrorCode::Conflict,
                 WorkflowText::tr("Plan %1 (%2) for \"%3\" is unfinished (%4); nothing was planned. Finish it with "
                                  "`stewardctl resume %1` or undo it with `stewardctl abandon %1`, then plan again.")
                     .arg(open.promotionId, open.kind, g.image.displayName(), open.state)};
}

store::PromotionStep step(int seq, const char *actionName, QJsonObject params)
{
    store::PromotionStep s;
    s.seq = seq;
    s.action = QString::fromLatin1(actionName);
    s.params = std::move(params);
    return s;
}

// The test twin's friendly name in Kasm: data other admins and scripts match on, so never translated.
QString twinName(const QString &friendlyName)
{
    return friendlyName + QStringLiteral(" (test)");
}

QString shortDigest(const QString &digest)
{
    return digest.left(19); // "sha256:" and 12 hex digits, as docker prints it
}

const store::StageEvent *latest(const QList<store::StageEvent> &history, store::StageKind kind,
                                const QString &digest = {})
{
    for (const store::StageEvent &event : history) {
        if (event.kind == kind && (digest.isEmpty() || event.digest == digest))
            return &event;
    }
    return nullptr;
}

// The unique tag a digest went by: its send-to-test, else its build.
QString uniqueTagOf(const QList<store::StageEvent> &history, const QString &digest)
{
    for (const store::StageEvent &event : history) {
        if (event.digest == digest && !event.tag.isEmpty() &&
            (event.kind == store::StageKind::Test || event.kind == store::StageKind::Build ||
             event.kind == store::StageKind::Deploy || event.kind == store::StageKind::Rollback))
            return event.tag;
    }
    return {};
}

QJsonObject stageParams(const Gathered &g, store::StageKind kind, const QString &digest, const QString &tag,
                        const QString &previous, const QString &note)
{
    return {{QStringLiteral("image_id"), g.managed.imageId},
            {QStringLiteral("kind"), store::stageKindName(kind)},
            {QStringLiteral("digest"), digest},
            {QStringLiteral("tag"), tag},
            {QStringLiteral("previous_digest"), previous},
            {QStringLiteral("note"), note}};
}

// Move: the agents pick the moved tag up at their hourly refresh, each on its own schedule.
void noteHourlyPulls(PlannedPromotion &plan, const QList<KasmAgent> &agents, const KasmImage &servedBy)
{
    const QString movingName = plan.managed.repository + QLatin1Char(':') + plan.managed.movingTag;
    const QDateTime last = hourlyPullsDone(agents, servedBy, movingName, QDateTime::currentDateTimeUtc());
    if (!last.isValid())
        return;
    plan.promotion.plan.insert(QStringLiteral("last_agent_by"), last.toString(Qt::ISODate));
    plan.notes << WorkflowText::tr("Agents pick up the moved tag %1 at their hourly pull: the last one by %2, by "
                                   "each agent's schedule (within the hour where it is unknown).")
                      .arg(movingName, QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
}

void finishWithReadiness(const PlanServices &services, const std::shared_ptr<PlanChain> &chain,
                         const std::shared_ptr<PlannedPromotion> &plan, const KasmImage &servedBy)
{
    chain->await(
        services.deployment->listAgents(),
        [chain, plan, servedBy](Result<QList<KasmAgent>> agents) {
            if (!agents)
                return chain->finish(fail(agents.error()));
            plan->readiness = readinessOf(*agents, servedBy, plan->digest);
            if (plan->promotion.plan.value(QStringLiteral("strategy")).toString() == QLatin1String("move")) {
                noteHourlyPulls(*plan, *agents, servedBy);
                plan->notes << WorkflowText::tr("It costs %n pull(s) against the quota of %1: every agent serving the "
                                                "image pulls the moved tag once.",
                                                nullptr, plan->readiness.eligible)
                                   .arg(plan->managed.repository.section(QLatin1Char('/'), 0, 0));
            }
            plan->promotion.plan.insert(QStringLiteral("readiness"),
                                        QJsonObject{{QStringLiteral("eligible"), plan->readiness.eligible},
                                                    {QStringLiteral("holding"), plan->readiness.holding}});
            chain->finish(*plan);
        },
        chain);
}

std::shared_ptr<PlannedPromotion> newPlan(const Gathered &g, const char *kind, const QString &digest,
                                          const QString &tag)
{
    auto plan = std::make_shared<PlannedPromotion>();
    plan->managed = g.managed;
    plan->image = g.image;
    plan->digest = digest;
    plan->tag = tag;
    plan->promotion.kind = QString::fromLatin1(kind);
    plan->promotion.plan = {{QStringLiteral("image_id"), g.image.imageId},
                            {QStringLiteral("friendly_name"), g.image.friendlyName},
                            {QStringLiteral("digest"), digest},
                            {QStringLiteral("tag"), tag}};
    return plan;
}

void makeSendToTest(const PlanServices &services, const std::shared_ptr<PlanChain> &chain, const GatheredPtr &g,
                    const ImageReference &candidate, const QString &digest)
{
    const QString &tag = candidate.tag();
    const QString name = g->managed.repository + QLatin1Char(':') + tag;
    auto plan = newPlan(*g, plankind::sendToTest, digest, tag);
    QList<store::PromotionStep> &steps = plan->promotion.steps;
    QJsonArray groups;
    for (const store::ManagedTestGroup &group : g->managed.testGroups)
        groups.append(group.groupId);
    const KasmImage *twin = nullptr;
    for (const KasmImage &image : std::as_const(g->images)) {
        if (!g->managed.testTwinId.isEmpty() && image.imageId == g->managed.testTwinId)
            twin = &image;
    }
    if (twin) {
        steps << step(1, action::setImageName,
                      {{QStringLiteral("image_id"), twin->imageId},
                       {QStringLiteral("before"), twin->name},
                       {QStringLiteral("after"), name}});
        steps << step(2, action::setGroups,
                      {{QStringLiteral("image_id"), twin->imageId}, {QStringLiteral("groups"), groups}});
    } else {
        if (!g->managed.testTwinId.isEmpty())
            plan->warnings << WorkflowText::tr("The test twin %1 is no longer in the deployment; a new one is created.")
                                  .arg(g->managed.testTwinId);
        // An image already going by the twin's name is reused by the step and must survive an abandon.
        QString existingId;
        for (const KasmImage &image : std::as_const(g->images)) {
            if (image.friendlyName == twinName(g->image.friendlyName))
                existingId = image.imageId;
        }
        steps << step(1, action::createTwin,
                      {{QStringLiteral("source_image_id"), g->image.imageId},
                       {QStringLiteral("friendly_name"), twinName(g->image.friendlyName)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("existing_id"), existingId}});
        steps << step(2, action::setGroups,
                      {{QStringLiteral("image_id"), QLatin1String(twinFromPlan)}, {QStringLiteral("groups"), groups}});
        steps << step(3, action::saveTwin,
                      {{QStringLiteral("image_id"), g->managed.imageId},
                       {QStringLiteral("twin_id"), QLatin1String(twinFromPlan)}});
        if (g->image.hasDockerToken)
            plan->warnings << WorkflowText::tr("Kasm never gives back a registry password, so the new test twin has "
                                               "none: set it once on \"%1\" if the registry needs a login.")
                                  .arg(twinName(g->image.friendlyName));
    }
    steps << step(int(steps.size()) + 1, action::recordStage,
                  stageParams(*g, store::StageKind::Test, digest, tag, QString(), QString()));
    plan->notes << WorkflowText::tr("Agents that lack it pull %1 at their next check-in (every 30 s).").arg(name);
    KasmImage servedBy = twin ? *twin : g->image;
    servedBy.restrictToZone = g->image.restrictToZone;
    finishWithReadiness(services, chain, plan, servedBy);
}

// Pin or move, for deploy and rollback alike.
void makeDeploy(const PlanServices &services, const std::shared_ptr<PlanChain> &chain, const GatheredPtr &g,
                const char *kind, const QString &digest, const QString &tag, store::DeployStrategy strategy,
                bool byDigest, const QString &note, const QStringList &warnings = {}, const QString &pinTo = {})
{
    Result<ImageReference> repository = managedRepository(g->managed);
    if (!repository)
        return chain->finish(fail(repository.error()));
    Result<ImageReference> current = ImageReference::parse(g->image.name);
    auto plan = newPlan(*g, kind, digest, tag);
    plan->warnings = warnings;
    plan->promotion.plan.insert(QStringLiteral("strategy"), store::deployStrategyName(strategy));
    if (!note.isEmpty())
        plan->promotion.plan.insert(QStringLiteral("reason"), note);
    auto afterCurrent = [services, chain, g, plan, kind, digest, tag, strategy, byDigest, note, pinTo,
                         repository = *repository](const QString &previous) {
        plan->previousDigest = previous;
        plan->promotion.plan.insert(QStringLiteral("previous_digest"), previous);
        if (previous == digest)
            return chain->finish(
                fail(ErrorCode::Conflict, WorkflowText::tr("\"%1\" already serves %2; there is nothing to deploy.")
                                              .arg(g->image.displayName(), shortDigest(digest))));
        QList<store::PromotionStep> &steps = plan->promotion.steps;
        const store::StageKind stage = QLatin1String(kind) == QLatin1String(plankind::rollback)
                                           ? store::StageKind::Rollback
                                           : store::StageKind::Deploy;
        if (strategy == store::DeployStrategy::Pin) {
            const QString after = !pinTo.isEmpty() ? pinTo
                                  : byDigest       ? g->managed.repository + QLatin1Char('@') + digest
                                                   : g->managed.repository + QLatin1Char(':') + tag;
            if (byDigest && pinTo.isEmpty())
                plan->warnings << WorkflowText::tr("Kasm will show the image as %1: users and other admins see a "
                                                   "digest, not a tag, and the moving tag no longer reaches it.")
                                      .arg(after);
            steps << step(1, action::setImageName,
                          {{QStringLiteral("image_id"), g->image.imageId},
                           {QStringLiteral("before"), g->image.name},
                           {QStringLiteral("after"), after}});
            plan->notes << WorkflowText::tr("The next session a user starts runs %1.").arg(after);
            steps << step(2, action::recordStage, stageParams(*g, stage, digest, tag, previous, note));
            return finishWithReadiness(services, chain, plan, g->image);
        }
        const QString moving = g->managed.movingTag;
        const QString movingName = g->managed.repository + QLatin1Char(':') + moving;
        auto planMove = [services, chain, g, plan, digest, tag, previous, note, stage, moving,
                         movingName](QString before) {
            QList<store::PromotionStep> &steps = plan->promotion.steps;
            steps << step(1, action::moveTag,
                          {{QStringLiteral("repository"), g->managed.repository},
                           {QStringLiteral("tag"), moving},
                           {QStringLiteral("before"), before},
                           {QStringLiteral("after"), digest}});
            if (g->image.name != movingName)
                steps << step(2, action::setImageName,
                              {{QStringLiteral("image_id"), g->image.imageId},
                               {QStringLiteral("before"), g->image.name},
                               {QStringLiteral("after"), movingName}});
            steps << step(int(steps.size()) + 1, action::recordStage,
                          stageParams(*g, stage, digest, tag, previous, note));
            finishWithReadiness(services, chain, plan, g->image);
        };
        // The image already runs the moving tag: what the users get now is what the tag names, one HEAD less.
        if (g->image.name == movingName)
            return planMove(previous);
        headDigest(services, chain, repository.withTag(moving), true, planMove);
    };
    // What the users get now, by HEAD of the image's own name (the previous digest, for rollback).
    if (!current)
        return afterCurrent(QString());
    headDigest(services, chain, *current, true, afterCurrent);
}

// A moving tag that other managed images also deploy by: moving it moves them too.
void warnSharedMovingTag(const PlanServices &services, const std::shared_ptr<PlanChain> &chain, const GatheredPtr &g,
                         std::function<void(QStringList)> next)
{
    const std::shared_ptr<store::CatalogWorker> catalog = services.catalog.lock();
    if (!catalog)
        return next({});
    chain->await(
        catalog->run<QList<store::ManagedImage>>([](QSqlDatabase &db) { return store::listManagedImages(db); }),
        [g, next = std::move(next)](Result<QList<store::ManagedImage>> all) {
            QStringList warnings;
            if (all) {
                for (const store::ManagedImage &other : std::as_const(*all)) {
                    if (other.imageId != g->managed.imageId && other.repository == g->managed.repository &&
                        other.movingTag == g->managed.movingTag)
                        warnings << WorkflowText::tr("The moving tag %1 is also how \"%2\" is deployed: moving it "
                                                     "changes what that image's users get too.")
                                        .arg(g->managed.movingTag, other.friendlyName);
                }
            }
            next(warnings);
        },
        chain);
}

// The name the image had before the deploy (or rollback) that `event` records, read from that plan's set-image-name
// step, when it still names the digest the users had then: a rollback of the first deploy goes back to the name
// the admin had set, not to a bare repo@digest. Empty when it is unknown or now names something else.
void previousName(const PlanServices &services, const std::shared_ptr<PlanChain> &chain, const GatheredPtr &g,
                  const store::StageEvent &event, std::function<void(QString)> next)
{
    const std::shared_ptr<store::CatalogWorker> catalog = services.catalog.lock();
    if (!catalog || event.promotionId.isEmpty())
        return next(QString());
    const QString promotionId = event.promotionId;
    const QString kind = store::stageKindName(event.kind); // "deploy" or "rollback", as the plan kinds
    const QString digest = event.previousDigest;
    chain->await(
        catalog->run<std::optional<store::Promotion>>(
            [promotionId](QSqlDatabase &db) { return store::findPromotion(db, promotionId); }),
        [services, chain, g, kind, digest, next = std::move(next)](Result<std::optional<store::Promotion>> found) {
            QString before;
            // An abandoned plan's answering record has the plan's id but not its kind: it set no name.
            if (found && found->has_value() && (*found)->kind == kind) {
                for (const store::PromotionStep &s : std::as_const((*found)->steps)) {
                    if (s.action == QLatin1String(action::setImageName) &&
                        s.params.value(QStringLiteral("image_id")).toString() == g->image.imageId)
                        before = s.params.value(QStringLiteral("before")).toString();
                }
            }
            const Result<ImageReference> reference = ImageReference::parse(before);
            if (before.isEmpty() || !reference)
                return next(QString());
            headDigest(services, chain, *reference, true,
                       [before, digest, next](const QString &now) { next(now == digest ? before : QString()); });
        },
        chain);
}

} // namespace

QFuture<Result<PlannedPromotion>> planSendToTest(const PlanServices &services, const SendToTestRequest &request)
{
    auto chain = kasm::makeChain<Result<PlannedPromotion>>(services.context);
    Result<ImageReference> candidate = ImageReference::parse(request.candidate);
    if (!candidate) {
        chain->finish(fail(candidate.error()));
        return chain->future();
    }
    if (candidate->tag().isEmpty() || candidate->digest().isValid()) {
        chain->finish(fail(ErrorCode::InvalidInput,
                           WorkflowText::tr("Name the candidate by its unique tag (repository:tag): the test twin "
                                            "runs a tag, as Kasm pulls tags; %1 is not one.")
                               .arg(request.candidate)));
        return chain->future();
    }
    gather<Result<PlannedPromotion>>(
        services, chain, request.image, [services, chain, candidate = *candidate](const GatheredPtr &g) {
            if (std::optional<Error> pending = unfinishedPlanOf(*g))
                return chain->finish(fail(*pending));
            Result<ImageReference> repository = managedRepository(g->managed);
            if (!repository)
                return chain->finish(fail(repository.error()));
            if (repository->name() != candidate.name())
                return chain->finish(
                    fail(ErrorCode::InvalidInput,
                         WorkflowText::tr("%1 is not in %2, the repository \"%3\" is managed with.")
                             .arg(candidate.toString(), g->managed.repository, g->image.displayName())));
            if (candidate.tag() == g->managed.movingTag)
                return chain->finish(
                    fail(ErrorCode::InvalidInput,
                         WorkflowText::tr("%1 is the moving tag: it moves with every build, so what is "
                                          "tested could change under the test. Send the build's unique "
                                          "tag instead.")
                             .arg(candidate.tag())));
            headDigest(services, chain, candidate, false, [services, chain, g, candidate](const QString &digest) {
                makeSendToTest(services, chain, g, candidate, digest);
            });
        });
    return chain->future();
}

QFuture<Result<PlannedPromotion>> planDeploy(const PlanServices &services, const DeployRequest &request)
{
    auto chain = kasm::makeChain<Result<PlannedPromotion>>(services.context);
    if (request.force && request.reason.trimmed().isEmpty()) {
        chain->finish(fail(ErrorCode::InvalidInput,
                           WorkflowText::tr("A forced deploy needs a reason; it is recorded with the deploy.")));
        return chain->future();
    }
    gather<Result<PlannedPromotion>>(services, chain, request.image, [services, chain, request](const GatheredPtr &g) {
        if (std::optional<Error> pending = unfinishedPlanOf(*g))
            return chain->finish(fail(*pending));
        QString digest = request.digest;
        if (digest.isEmpty()) {
            const store::StageEvent *verified = latest(g->history, store::StageKind::Verify);
            if (!verified)
                return chain->finish(fail(ErrorCode::NotFound,
                                          WorkflowText::tr("Nothing of \"%1\" is verified yet: send a build to test "
                                                           "and verify it, or name a digest and force the deploy "
                                                           "with a reason.")
                                              .arg(g->image.displayName())));
            digest = verified->digest;
        } else if (Result<Digest> parsed = Digest::parse(digest); !parsed) {
            return chain->finish(fail(parsed.error()));
        }
        QString note;
        if (!latest(g->history, store::StageKind::Verify, digest)) {
            if (!request.force)
                return chain->finish(
                    fail(ErrorCode::Conflict, WorkflowText::tr("Nobody verified %1 for \"%2\"; nothing was changed. "
                                                               "Verify it first, or force the deploy with a reason.")
                                                  .arg(shortDigest(digest), g->image.displayName())));
            note = WorkflowText::tr("forced without verification: %1").arg(request.reason.trimmed());
        }
        const store::DeployStrategy strategy = request.strategy.value_or(g->managed.strategy);
        const QString tag = uniqueTagOf(g->history, digest);
        if (tag.isEmpty() && strategy == store::DeployStrategy::Pin && !request.byDigest)
            return chain->finish(
                fail(ErrorCode::NotFound, WorkflowText::tr("No unique tag is known for %1: send it to test under its "
                                                           "unique tag first, or deploy it by digest.")
                                              .arg(shortDigest(digest))));
        Result<ImageReference> repository = managedRepository(g->managed);
        if (!repository)
            return chain->finish(fail(repository.error()));
        auto plan = [services, chain, g, digest, tag, strategy, request, note]() {
            warnSharedMovingTag(services, chain, g,
                                [services, chain, g, digest, tag, strategy, request, note](QStringList warnings) {
                                    if (strategy != store::DeployStrategy::Move)
                                        warnings.clear();
                                    makeDeploy(services, chain, g, plankind::deploy, digest, tag, strategy,
                                               request.byDigest, note, warnings);
                                });
        };
        if (tag.isEmpty())
            return plan();
        // The unique tag must still name what was tested: a re-pushed tag would deploy something untested.
        headDigest(services, chain, repository->withTag(tag), false, [chain, tag, digest, plan](const QString &now) {
            if (now != digest)
                return chain->finish(
                    fail(ErrorCode::Conflict, WorkflowText::tr("The unique tag %1 now points at %2, not at %3 that was "
                                                               "tested and verified; nothing was changed. Find out who "
                                                               "re-pushed it before deploying.")
                                                  .arg(tag, shortDigest(now), shortDigest(digest))));
            plan();
        });
    });
    return chain->future();
}

QFuture<Result<PlannedPromotion>> planRollback(const PlanServices &services, const QString &image)
{
    auto chain = kasm::makeChain<Result<PlannedPromotion>>(services.context);
    gather<Result<PlannedPromotion>>(services, chain, image, [services, chain](const GatheredPtr &g) {
        if (std::optional<Error> pending = unfinishedPlanOf(*g))
            return chain->finish(fail(*pending));
        const store::StageEvent *deployed = nullptr;
        for (const store::StageEvent &event : std::as_const(g->history)) {
            if (event.kind == store::StageKind::Deploy || event.kind == store::StageKind::Rollback) {
                deployed = &event;
                break;
            }
        }
        if (!deployed || deployed->previousDigest.isEmpty())
            return chain->finish(
                fail(ErrorCode::NotFound, WorkflowText::tr("No earlier deployment of \"%1\" is recorded; there is "
                                                           "nothing to roll back to.")
                                              .arg(g->image.displayName())));
        const QString digest = deployed->previousDigest;
        const QString tag = uniqueTagOf(g->history, digest);
        const QString note = WorkflowText::tr("rollback of %1").arg(shortDigest(deployed->digest));
        if (g->managed.strategy != store::DeployStrategy::Pin) {
            return makeDeploy(services, chain, g, plankind::rollback, digest, tag, g->managed.strategy, false, note);
        }
        previousName(services, chain, g, *deployed, [services, chain, g, digest, tag, note](const QString &name) {
            // Without the name it had, nor a known unique tag, a pin can only name the digest itself.
            makeDeploy(services, chain, g, plankind::rollback, digest, tag, store::DeployStrategy::Pin,
                       name.isEmpty() && tag.isEmpty(), note, {}, name);
        });
    });
    return chain->future();
}

QFuture<Result<store::StageEvent>> verifyDigest(const PlanServices &services, const QString &image,
                                                const QString &digest, const QString &note)
{
    auto chain = kasm::makeChain<Result<store::StageEvent>>(services.context);
    if (Result<Digest> parsed = Digest::parse(digest); !parsed) {
        chain->finish(fail(parsed.error()));
        return chain->future();
    }
    std::weak_ptr<store::CatalogWorker> weakCatalog = services.catalog;
    gather<Result<store::StageEvent>>(services, chain, image, [chain, digest, note, weakCatalog](const GatheredPtr &g) {
        const store::StageEvent *tested = latest(g->history, store::StageKind::Test, digest);
        if (!tested)
            return chain->finish(
                fail(ErrorCode::Conflict, WorkflowText::tr("%1 was never sent to test for \"%2\"; only a tested digest "
                                                           "can be verified.")
                                              .arg(shortDigest(digest), g->image.displayName())));
        store::StageEvent event;
        event.imageId = g->managed.imageId;
        event.kind = store::StageKind::Verify;
        event.digest = digest;
        event.tag = tested->tag;
        event.note = note;
        event.actor = store::currentActor();
        event.at = QDateTime::currentDateTimeUtc();
        const std::shared_ptr<store::CatalogWorker> catalog = weakCatalog.lock();
        if (!catalog)
            return chain->finish(fail(ErrorCode::Internal, WorkflowText::tr("The catalog is closed.")));
        chain->await(
            catalog->write([event](QSqlDatabase &db) { return store::recordStageEvent(db, event); }),
            [chain, event](Status written) {
                if (!written)
                    return chain->finish(fail(written.error()));
                chain->finish(event);
            },
            chain);
    });
    return chain->future();
}

QFuture<Result<QStringList>> recordBuild(const std::shared_ptr<store::CatalogWorker> &catalog,
                                         const QString &repository, const QString &digest, const QString &tag)
{
    return catalog->run<QStringList>([repository, digest, tag](QSqlDatabase &db) -> Result<QStringList> {
        Result<QList<store::ManagedImage>> managed = store::listManagedImages(db);
        if (!managed)
            return fail(managed.error());
        QStringList recorded;
        for (const store::ManagedImage &image : std::as_const(*managed)) {
            const Result<ImageReference> ref = ImageReference::parse(image.repository);
            if (!ref || ref->name() != repository)
                continue;
            store::StageEvent event;
            event.imageId = image.imageId;
            event.kind = store::StageKind::Build;
            event.digest = digest;
            event.tag = tag;
            if (Status written = store::recordStageEvent(db, event); !written)
                return fail(written.error());
            recorded << image.friendlyName;
        }
        return recorded;
    });
}

QFuture<Result<QList<store::StageEvent>>> stageHistoryOf(const PlanServices &services, const QString &image)
{
    auto chain = kasm::makeChain<Result<QList<store::StageEvent>>>(services.context);
    if (image.isEmpty()) {
        const std::shared_ptr<store::CatalogWorker> catalog = services.catalog.lock();
        if (!catalog) {
            chain->finish(fail(ErrorCode::Internal, WorkflowText::tr("The catalog is closed.")));
            return chain->future();
        }
        chain->await(
            catalog->run<QList<store::StageEvent>>([](QSqlDatabase &db) { return store::stageHistory(db, QString()); }),
            [chain](Result<QList<store::StageEvent>> history) { chain->finish(history); }, chain);
        return chain->future();
    }
    gather<Result<QList<store::StageEvent>>>(services, chain, image,
                                             [chain](const GatheredPtr &g) { chain->finish(g->history); });
    return chain->future();
}

} // namespace steward::workflow

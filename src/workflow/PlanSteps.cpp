#include "workflow/PlanSteps.h"

#include "core/Digest.h"
#include "core/ImageReference.h"
#include "core/KasmGroup.h"
#include "core/KasmImage.h"
#include "kasm/Deployment.h"
#include "kasm/FutureChain.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "store/ManagedImages.h"
#include "store/StageEvents.h"
#include "workflow/WorkflowText.h"

#include <QJsonArray>
#include <QSet>

namespace steward::workflow {

namespace {

using StepResult = Result<QJsonObject>;
using Chain = kasm::FutureChain<StepResult>;
using ChainPtr = std::shared_ptr<Chain>;

// Set in the swapped params of an undo, so that a refusal says what an undo should say.
constexpr auto undoingKey = "undoing";

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject changeResult(const QJsonValue &before, const QJsonValue &after, bool changed)
{
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}, {QStringLiteral("changed"), changed}};
}

Error imageGone(const QString &imageId)
{
    return Error{ErrorCode::NotFound,
                 WorkflowText::tr("The Kasm image %1 is no longer in the deployment; nothing was changed. Re-read the "
                                  "deployment and plan again.")
                     .arg(imageId)};
}

const KasmImage *findById(const QList<KasmImage> &images, const QString &imageId)
{
    for (const KasmImage &image : images) {
        if (image.imageId == imageId)
            return &image;
    }
    return nullptr;
}

// The image's name goes from `before` to `after`; anything else there means someone changed it since the plan.
void setImageName(const PlanServices &services, const QJsonObject &params, const ChainPtr &chain)
{
    const QString imageId = text(params, "image_id");
    const QString before = text(params, "before");
    const QString after = text(params, "after");
    const bool undoing = params.value(QLatin1String(undoingKey)).toBool();
    std::shared_ptr<kasm::Deployment> deployment = services.deployment;
    chain->await(
        deployment->listImages(),
        [chain, deployment, imageId, before, after, undoing](Result<QList<KasmImage>> images) {
            if (!images)
                return chain->finish(fail(images.error()));
            const KasmImage *image = findById(*images, imageId);
            if (!image)
                return chain->finish(fail(imageGone(imageId)));
            if (image->name == after)
                return chain->finish(changeResult(before, after, false));
            if (image->name != before && undoing)
                return chain->finish(
                    fail(ErrorCode::Conflict,
                         WorkflowText::tr("\"%1\" now runs %2: neither %3, as before the plan, nor %4, as the plan "
                                          "set it. Someone else changed it; it was left as it is and the step is not "
                                          "recorded as undone. Set it by hand (stewardctl kasm set-image) and abandon "
                                          "the plan again.")
                             .arg(image->displayName(), image->name, after, before)));
            if (image->name != before)
                return chain->finish(fail(
                    ErrorCode::Conflict,
                    WorkflowText::tr("\"%1\" now runs %2, not %3 as planned: another administrator or process "
                                     "changed it since the plan was made. Nothing was changed; plan again to see the "
                                     "current state.")
                        .arg(image->displayName(), image->name, before)));
            KasmImage changed = *image;
            changed.name = after;
            // The image as just read is what the write goes onto: no second read between the check and the write.
            chain->await(
                deployment->updateImageAsRead(*image, changed),
                [chain, before, after](Result<KasmImage> updated) {
                    if (!updated)
                        return chain->finish(fail(updated.error()));
                    chain->finish(changeResult(before, after, true));
                },
                chain);
        },
        chain);
}

// A twin found by its friendly name is reused: a plan resumed after the create went through must not make a second.
void createTwin(const PlanServices &services, const QJsonObject &params, const ChainPtr &chain)
{
    const QString sourceId = text(params, "source_image_id");
    const QString friendlyName = text(params, "friendly_name");
    const QString name = text(params, "name");
    std::shared_ptr<kasm::Deployment> deployment = services.deployment;
    chain->await(
        deployment->listImages(),
        [chain, deployment, sourceId, friendlyName, name](Result<QList<KasmImage>> images) {
            if (!images)
                return chain->finish(fail(images.error()));
            for (const KasmImage &image : std::as_const(*images)) {
                if (image.friendlyName == friendlyName)
                    return chain->finish(QJsonObject{{QStringLiteral("image_id"), image.imageId},
                                                     {QStringLiteral("name"), image.name},
                                                     {QStringLiteral("created"), false}});
            }
            const KasmImage *source = findById(*images, sourceId);
            if (!source)
                return chain->finish(fail(imageGone(sourceId)));
            // The twin is the user-facing image's settings under another name and image: what is tested is what
            // users will get. Its registry password cannot be copied (Kasm never returns it).
            KasmImage twin = *source;
            twin.imageId.clear();
            twin.friendlyName = friendlyName;
            twin.name = name;
            twin.enabled = true;
            twin.hasDockerToken = false;
            twin.raw = QJsonObject();
            chain->await(
                deployment->createImage(twin),
                [chain, name](Result<KasmImage> created) {
                    if (!created)
                        return chain->finish(fail(created.error()));
                    chain->finish(QJsonObject{{QStringLiteral("image_id"), created->imageId},
                                              {QStringLiteral("name"), name},
                                              {QStringLiteral("created"), true}});
                },
                chain);
        },
        chain);
}

struct Grouping
{
    std::shared_ptr<kasm::Deployment> deployment;
    QString imageId;
    QSet<QString> wanted;
    QList<KasmGroup> groups;
    QJsonArray added;
    QJsonArray removed;
    ChainPtr chain;
};

void checkGroup(const std::shared_ptr<Grouping> &run, qsizetype index)
{
    if (index >= run->groups.size())
        return run->chain->finish(
            QJsonObject{{QStringLiteral("added"), run->added},
                        {QStringLiteral("removed"), run->removed},
                        {QStringLiteral("changed"), !run->added.isEmpty() || !run->removed.isEmpty()}});
    const QString groupId = run->groups.at(index).groupId;
    run->chain->await(
        run->deployment->listGroupImageIds(groupId),
        [run, index, groupId](Result<QStringList> members) {
            if (!members)
                return run->chain->finish(fail(members.error()));
            const bool member = members->contains(run->imageId);
            const bool wanted = run->wanted.contains(groupId);
            if (member == wanted)
                return checkGroup(run, index + 1);
            QFuture<Status> change = wanted ? run->deployment->addImageToGroup(run->imageId, groupId)
                                            : run->deployment->removeImageFromGroup(run->imageId, groupId);
            run->chain->await(
                change,
                [run, index, groupId, wanted](Status done) {
                    if (!done)
                        return run->chain->finish(fail(done.error()));
                    (wanted ? run->added : run->removed).append(groupId);
                    checkGroup(run, index + 1);
                },
                run->chain);
        },
        run->chain);
}

// Exactly these groups: a new Kasm image may join "All Users" on its own, which a test twin must not.
void setGroups(const PlanServices &services, const QJsonObject &params, const ChainPtr &chain)
{
    auto run = std::make_shared<Grouping>();
    run->deployment = services.deployment;
    run->imageId = text(params, "image_id");
    for (const auto &group : params.value(QStringLiteral("groups")).toArray())
        run->wanted.insert(group.toString());
    run->chain = chain;
    chain->await(
        run->deployment->listGroups(),
        [run](Result<QList<KasmGroup>> groups) {
            if (!groups)
                return run->chain->finish(fail(groups.error()));
            run->groups = *groups;
            checkGroup(run, 0);
        },
        chain);
}

// The tag goes from `before` (a digest, or "" for no tag) to `after`, by the manifest's own bytes: no blob moves.
void moveTag(const PlanServices &services, const QJsonObject &params, const ChainPtr &chain)
{
    Result<ImageReference> repository = ImageReference::parse(text(params, "repository"));
    Result<Digest> after = Digest::parse(text(params, "after"));
    if (!repository || !after)
        return chain->finish(fail(ErrorCode::InvalidInput,
                                  WorkflowText::tr("The journal's move-tag step is damaged (repository %1, digest %2).")
                                      .arg(text(params, "repository"), text(params, "after"))));
    if (!services.registry)
        return chain->finish(fail(ErrorCode::Internal, WorkflowText::tr("No registry client for a move-tag step.")));
    const QString before = text(params, "before");
    const bool undoing = params.value(QLatin1String(undoingKey)).toBool();
    const ImageReference tagged = repository->withTag(text(params, "tag"));
    std::shared_ptr<registry::RegistryClient> client = services.registry;
    const Digest target = *after;
    chain->await(
        client->headManifest(tagged),
        [chain, client, tagged, before, target, undoing](Result<registry::ManifestHead> head) {
            if (!head && head.error().code != ErrorCode::NotFound)
                return chain->finish(fail(head.error()));
            const QString now = head ? head->digest.toString() : QString();
            if (now == target.toString())
                return chain->finish(changeResult(before, now, false));
            if (now != before && undoing)
                return chain->finish(fail(
                    ErrorCode::Conflict,
                    WorkflowText::tr("The tag %1 now points at %2: neither %3, as before the plan, nor %4, as the "
                                     "plan set it. Someone else moved it; it was left as it is and the step is not "
                                     "recorded as undone. Move it by hand (stewardctl push-tags) and abandon the plan "
                                     "again.")
                        .arg(tagged.toString(), now.isEmpty() ? WorkflowText::tr("nothing") : now, target.toString(),
                             before)));
            if (now != before)
                return chain->finish(fail(
                    ErrorCode::Conflict,
                    WorkflowText::tr("The tag %1 now points at %2, not at %3 as planned: someone moved it since the "
                                     "plan was made. Nothing was changed; plan again.")
                        .arg(tagged.toString(), now.isEmpty() ? WorkflowText::tr("nothing") : now,
                             before.isEmpty() ? WorkflowText::tr("nothing") : before)));
            chain->await(
                client->getManifest(tagged.withDigest(target)),
                [chain, client, tagged, before, target](Result<registry::FetchedManifest> manifest) {
                    if (!manifest)
                        return chain->finish(fail(manifest.error()));
                    chain->await(
                        client->putManifest(tagged, manifest->bytes, manifest->mediaType),
                        [chain, before, target](Result<Digest> put) {
                            if (!put)
                                return chain->finish(fail(put.error()));
                            chain->finish(changeResult(before, target.toString(), true));
                        },
                        chain);
                },
                chain);
        },
        chain);
}

void catalogWrite(const PlanServices &services, const ChainPtr &chain, std::function<Status(QSqlDatabase &)> work,
                  const QJsonObject &result)
{
    const std::shared_ptr<store::CatalogWorker> catalog = services.catalog.lock();
    if (!catalog)
        return chain->finish(fail(ErrorCode::Internal, WorkflowText::tr("The catalog was closed during the plan.")));
    chain->await(
        catalog->write(std::move(work)),
        [chain, result](Status written) {
            if (!written)
                return chain->finish(fail(written.error()));
            chain->finish(result);
        },
        chain);
}

void saveTwin(const PlanServices &services, const QJsonObject &params, const ChainPtr &chain)
{
    const QString imageId = text(params, "image_id");
    const QString twinId = text(params, "twin_id");
    auto before = std::make_shared<QString>();
    catalogWrite(
        services, chain,
        [imageId, twinId, before](QSqlDatabase &db) -> Status {
            Result<std::optional<store::ManagedImage>> managed = store::findManagedImage(db, imageId);
            if (!managed)
                return fail(managed.error());
            if (!managed->has_value())
                return fail(ErrorCode::NotFound,
                            WorkflowText::tr("The image %1 is no longer managed; its test twin %2 was not recorded.")
                                .arg(imageId, twinId));
            *before = (*managed)->testTwinId;
            if (*before == twinId)
                return {};
            store::ManagedImage changed = **managed;
            changed.testTwinId = twinId;
            return store::saveManagedImage(db, changed, store::currentActor());
        },
        changeResult(QJsonValue(), twinId, true));
}

void recordStage(const PlanServices &services, const QJsonObject &params, const QString &promotionId,
                 const ChainPtr &chain)
{
    store::StageEvent event;
    event.imageId = text(params, "image_id");
    event.kind = store::stageKindFromName(text(params, "kind")).value_or(store::StageKind::Test);
    event.digest = text(params, "digest");
    event.tag = text(params, "tag");
    event.previousDigest = text(params, "previous_digest");
    event.note = text(params, "note");
    event.promotionId = promotionId;
    catalogWrite(
        services, chain, [event](QSqlDatabase &db) { return store::recordStageEvent(db, event); },
        QJsonObject{{QStringLiteral("stage"), text(params, "kind")}, {QStringLiteral("digest"), event.digest}});
}

QJsonObject notUndone(const QString &reason)
{
    return {{QStringLiteral("undone"), false}, {QStringLiteral("reason"), reason}};
}

// set-image-name and move-tag: the same step from `after` back to `before`. It restores only when the live state is
// `after`, does nothing when it is `before` already (the change never went through), and refuses anything else.
QJsonObject reversed(const QJsonObject &params)
{
    QJsonObject reverse = params;
    reverse.insert(QStringLiteral("before"), params.value(QStringLiteral("after")));
    reverse.insert(QStringLiteral("after"), params.value(QStringLiteral("before")));
    reverse.insert(QLatin1String(undoingKey), true);
    return reverse;
}

// Which image the create made: the one its result names; with the answer lost, the one by the twin's friendly name
// that was not there when the plan was made (`existing_id`, kept in the plan for this).
void undoCreateTwin(const PlanServices &services, const store::PromotionStep &step, const QJsonObject &params,
                    const ChainPtr &chain)
{
    const bool knowsExisting = params.contains(QStringLiteral("existing_id"));
    const QString existing = text(params, "existing_id");
    const bool created = step.result.value(QStringLiteral("created")).toBool();
    if (step.state == QLatin1String("done") && !knowsExisting && !created)
        return chain->finish(notUndone(WorkflowText::tr("the twin was there before the plan; it stays")));
    const QString resultId = text(step.result, "image_id");
    const QString friendlyName = text(params, "friendly_name");
    const QString name = text(params, "name");
    std::shared_ptr<kasm::Deployment> deployment = services.deployment;
    chain->await(
        deployment->listImages(),
        [chain, deployment, resultId, friendlyName, name, knowsExisting, existing](Result<QList<KasmImage>> images) {
            if (!images)
                return chain->finish(fail(images.error()));
            const KasmImage *twin = nullptr;
            for (const KasmImage &image : std::as_const(*images)) {
                if (resultId.isEmpty() ? image.friendlyName == friendlyName : image.imageId == resultId)
                    twin = &image;
            }
            if (!twin)
                return chain->finish(notUndone(WorkflowText::tr("no twin in the deployment: it was never created")));
            if (knowsExisting && twin->imageId == existing)
                return chain->finish(notUndone(WorkflowText::tr("the twin was there before the plan; it stays")));
            if (twin->name != name)
                return chain->finish(fail(ErrorCode::Conflict,
                                          WorkflowText::tr("The test twin \"%1\" now runs %2, not %3 as the plan "
                                                           "created it: someone changed it since. It was left as it "
                                                           "is; delete it by hand if it is not wanted and abandon the "
                                                           "plan again.")
                                              .arg(twin->friendlyName, twin->name, name)));
            const QString twinId = twin->imageId;
            chain->await(
                deployment->deleteImage(twinId),
                [chain, twinId](Status deleted) {
                    if (!deleted && deleted.error().code != ErrorCode::NotFound)
                        return chain->finish(fail(deleted.error()));
                    chain->finish(QJsonObject{{QStringLiteral("undone"), true}, {QStringLiteral("deleted"), twinId}});
                },
                chain);
        },
        chain);
}

// Back to the membership before: the removed groups again, the added ones not. Only the groups the step touched:
// membership elsewhere is not the plan's to decide.
void undoSetGroups(const PlanServices &services, const store::PromotionStep &step, const QJsonObject &params,
                   const ChainPtr &chain)
{
    if (step.state != QLatin1String("done")) {
        if (text(step.params, "image_id") == QLatin1String(twinFromPlan))
            return chain->finish(
                notUndone(WorkflowText::tr("the twin this plan created goes with the undo of its create step")));
        // The answer was lost, so which groups it changed is unknown; a twin belongs to its test groups only, which
        // is what the step set, so it is left there rather than guessed back.
        return chain->finish(notUndone(WorkflowText::tr("its answer was lost; the twin stays in its test groups")));
    }
    auto run = std::make_shared<Grouping>();
    run->deployment = services.deployment;
    run->imageId = text(params, "image_id");
    run->chain = chain;
    QSet<QString> before;
    for (const auto &group : step.result.value(QStringLiteral("removed")).toArray())
        before.insert(group.toString());
    QSet<QString> added;
    for (const auto &group : step.result.value(QStringLiteral("added")).toArray())
        added.insert(group.toString());
    if (before.isEmpty() && added.isEmpty())
        return chain->finish(notUndone(WorkflowText::tr("it changed no group")));
    chain->await(
        run->deployment->listGroups(),
        [run, before, added](Result<QList<KasmGroup>> groups) {
            if (!groups)
                return run->chain->finish(fail(groups.error()));
            for (const KasmGroup &group : std::as_const(*groups)) {
                if (before.contains(group.groupId) || added.contains(group.groupId))
                    run->groups.append(group);
                if (before.contains(group.groupId))
                    run->wanted.insert(group.groupId);
            }
            checkGroup(run, 0);
        },
        run->chain);
}

// A stage record stays, as history; an undone deploy or rollback gets a record of the way back, so that the history
// and the next rollback agree with what the users are served.
void undoRecordStage(const PlanServices &services, const QJsonObject &params, const QString &promotionId,
                     const ChainPtr &chain)
{
    const std::optional<store::StageKind> kind = store::stageKindFromName(text(params, "kind"));
    if (kind != store::StageKind::Deploy && kind != store::StageKind::Rollback)
        return chain->finish(notUndone(WorkflowText::tr("a stage record stays, as history")));
    store::StageEvent back;
    back.imageId = text(params, "image_id");
    back.kind = kind == store::StageKind::Deploy ? store::StageKind::Rollback : store::StageKind::Deploy;
    back.digest = text(params, "previous_digest");
    back.previousDigest = text(params, "digest");
    back.note = WorkflowText::tr("plan %1 abandoned").arg(promotionId);
    back.promotionId = promotionId;
    const store::StageKind recorded = *kind;
    catalogWrite(
        services, chain,
        [back, recorded](QSqlDatabase &db) -> Status {
            // Killed before its record was written: there is nothing to answer.
            Result<bool> exists = store::hasStageEvent(db, back.promotionId, recorded);
            if (!exists)
                return fail(exists.error());
            if (!*exists || back.digest.isEmpty())
                return {};
            return store::recordStageEvent(db, back);
        },
        QJsonObject{{QStringLiteral("undone"), true},
                    {QStringLiteral("compensated_by"), store::stageKindName(back.kind)}});
}

} // namespace

QFuture<Result<QJsonObject>> runPlanStep(const PlanServices &services, const QString &actionName,
                                         const QJsonObject &params, const QString &promotionId)
{
    ChainPtr chain = kasm::makeChain<StepResult>(services.context);
    if (actionName == QLatin1String(action::setImageName))
        setImageName(services, params, chain);
    else if (actionName == QLatin1String(action::createTwin))
        createTwin(services, params, chain);
    else if (actionName == QLatin1String(action::setGroups))
        setGroups(services, params, chain);
    else if (actionName == QLatin1String(action::moveTag))
        moveTag(services, params, chain);
    else if (actionName == QLatin1String(action::saveTwin))
        saveTwin(services, params, chain);
    else if (actionName == QLatin1String(action::recordStage))
        recordStage(services, params, promotionId, chain);
    else
        chain->finish(fail(ErrorCode::Unsupported,
                           WorkflowText::tr("The journal names a step \"%1\" this version does not know; nothing was "
                                            "done. Finish the plan with the version that made it.")
                               .arg(actionName)));
    return chain->future();
}

QFuture<Result<QJsonObject>> undoPlanStep(const PlanServices &services, const store::PromotionStep &step,
                                          const QJsonObject &params, const QString &promotionId)
{
    ChainPtr chain = kasm::makeChain<StepResult>(services.context);
    const QString &actionName = step.action;
    if (actionName == QLatin1String(action::setImageName)) {
        setImageName(services, reversed(params), chain);
    } else if (actionName == QLatin1String(action::moveTag)) {
        if (text(params, "before").isEmpty())
            // A registry deletes manifests, not tags: deleting one would take every tag on that digest with it.
            chain->finish(notUndone(WorkflowText::tr("the tag did not exist before; a registry cannot remove one "
                                                     "tag alone, so it stays")));
        else
            moveTag(services, reversed(params), chain);
    } else if (actionName == QLatin1String(action::createTwin)) {
        undoCreateTwin(services, step, params, chain);
    } else if (actionName == QLatin1String(action::setGroups)) {
        undoSetGroups(services, step, params, chain);
    } else if (actionName == QLatin1String(action::recordStage)) {
        undoRecordStage(services, params, promotionId, chain);
    } else {
        chain->finish(notUndone(WorkflowText::tr("nothing of it can be undone")));
    }
    return chain->future();
}

} // namespace steward::workflow

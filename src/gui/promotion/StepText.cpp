#include "gui/promotion/StepText.h"

#include "kasm/DeploymentSnapshot.h"
#include "store/ManagedImages.h"
#include "workflow/PlanSteps.h"
#include "workflow/Promote.h"

#include <QJsonArray>

namespace steward::gui {

namespace {

using Digests = StepText::Digests;

// Adds a name only where none is known: the deployment's current names come first.
void addIfUnknown(QHash<QString, QString> &names, const QString &id, const QString &name)
{
    if (!id.isEmpty() && !name.isEmpty() && !names.contains(id))
        names.insert(id, name);
}

QString param(const store::PromotionStep &step, const char *key)
{
    return step.params.value(QLatin1String(key)).toString();
}

QString digestText(const QString &digest, Digests digests)
{
    return digests == Digests::Full ? digest : StepText::shortDigest(digest);
}

// An image reference with its digest part (repo@sha256:…) shortened like any other digest.
QString referenceText(const QString &reference, Digests digests)
{
    const qsizetype at = reference.lastIndexOf(u'@');
    if (at < 0 || digests == Digests::Full)
        return reference;
    return reference.left(at + 1) + StepText::shortDigest(reference.mid(at + 1));
}

QString imageText(const StepNames &names, const QString &imageId)
{
    const QString name = names.images.value(imageId);
    if (!name.isEmpty())
        return StepText::tr("“%1”").arg(name);
    if (imageId == QLatin1String(workflow::twinFromPlan))
        return StepText::tr("the new test twin");
    return StepText::tr("the image %1 (not in the deployment as last read)").arg(imageId);
}

QString groupText(const StepNames &names, const QString &groupId)
{
    const QString name = names.groups.value(groupId);
    return name.isEmpty() ? StepText::tr("the group %1 (not in the deployment as last read)").arg(groupId) : name;
}

QString describeGroups(const store::PromotionStep &step, const StepNames &names)
{
    QStringList groups;
    const QJsonArray ids = step.params.value(QStringLiteral("groups")).toArray();
    for (const auto &group : ids)
        groups << groupText(names, group.toString());
    const QString image = imageText(names, param(step, "image_id"));
    if (groups.isEmpty())
        return StepText::tr("Take %1 out of every group").arg(image);
    // Two sentences rather than a plural form: the English text is shown untranslated, and "group(s)" reads badly.
    if (groups.size() == 1)
        return StepText::tr("Assign %1 to %2 only").arg(image, groups.constFirst());
    return StepText::tr("Assign %1 to exactly these groups: %2").arg(image, groups.join(QStringLiteral(", ")));
}

QString describeRecord(const store::PromotionStep &step, const StepNames &names, Digests digests)
{
    const QString image = imageText(names, param(step, "image_id"));
    const QString digest = digestText(param(step, "digest"), digests);
    const QString tag = param(step, "tag");
    const QString build = tag.isEmpty() ? digest : StepText::tr("%1 (%2)").arg(tag, digest);
    const QString kind = param(step, "kind");
    if (kind == QLatin1String("test"))
        return StepText::tr("Record in the history that %1 is in test for %2").arg(build, image);
    if (kind == QLatin1String("deploy"))
        return StepText::tr("Record in the history that the users of %1 have %2").arg(image, build);
    if (kind == QLatin1String("rollback"))
        return StepText::tr("Record in the history that %1 went back to %2").arg(image, build);
    return StepText::tr("Record in the history: %1 of %2, stage “%3”").arg(build, image, kind);
}

QString describeMove(const store::PromotionStep &step, Digests digests)
{
    const QString tag = param(step, "repository") + u':' + param(step, "tag");
    const QString after = digestText(param(step, "after"), digests);
    const QString before = param(step, "before");
    if (before.isEmpty())
        return StepText::tr("Create the tag %1 on %2").arg(tag, after);
    return StepText::tr("Move the tag %1 to %2 (it names %3 now)").arg(tag, after, digestText(before, digests));
}

} // namespace

StepNames StepNames::of(const store::Promotion &promotion, const kasm::DeploymentSnapshot &snapshot,
                        const std::optional<store::ManagedImage> &managed)
{
    StepNames names;
    for (const KasmImage &image : snapshot.images)
        names.images.insert(image.imageId, image.friendlyName.isEmpty() ? image.displayName() : image.friendlyName);
    for (const KasmGroup &group : snapshot.groups)
        names.groups.insert(group.groupId, group.name);
    // What the plan knew when it was made: second to the deployment, which may have renamed since.
    if (managed) {
        for (const store::ManagedTestGroup &group : managed->testGroups)
            addIfUnknown(names.groups, group.groupId, group.name);
    }
    addIfUnknown(names.images, promotion.plan.value(QStringLiteral("image_id")).toString(),
                 promotion.plan.value(QStringLiteral("friendly_name")).toString());
    for (const store::PromotionStep &step : promotion.steps) {
        if (step.action != QLatin1String(workflow::action::createTwin))
            continue;
        const QString twin = param(step, "friendly_name");
        names.images.insert(QLatin1String(workflow::twinFromPlan), twin);
        addIfUnknown(names.images, step.result.value(QStringLiteral("image_id")).toString(), twin);
    }
    return names;
}

QString StepText::shortDigest(const QString &digest)
{
    // "sha256:" and 12 hex digits, as docker prints it, and an ellipsis that says there is more.
    constexpr qsizetype shown = 19;
    return digest.size() > shown ? digest.left(shown) + u'…' : digest;
}

QString StepText::describe(const store::PromotionStep &step, const StepNames &names, Digests digests)
{
    const QString &action = step.action;
    if (action == QLatin1String(workflow::action::createTwin)) {
        const QString name = referenceText(param(step, "name"), digests);
        return param(step, "existing_id").isEmpty()
                   ? tr("Create the test twin “%1”, running %2").arg(param(step, "friendly_name"), name)
                   : tr("Make the image “%1”, already in Kasm, the test twin, running %2")
                         .arg(param(step, "friendly_name"), name);
    }
    if (action == QLatin1String(workflow::action::setImageName)) {
        const QString image = imageText(names, param(step, "image_id"));
        const QString after = referenceText(param(step, "after"), digests);
        const QString before = param(step, "before");
        return before.isEmpty()
                   ? tr("Point %1 at %2").arg(image, after)
                   : tr("Point %1 at %2 (it runs %3 now)").arg(image, after, referenceText(before, digests));
    }
    if (action == QLatin1String(workflow::action::setGroups))
        return describeGroups(step, names);
    if (action == QLatin1String(workflow::action::moveTag))
        return describeMove(step, digests);
    if (action == QLatin1String(workflow::action::saveTwin))
        return tr("Remember %1 as the test twin of %2")
            .arg(imageText(names, param(step, "twin_id")), imageText(names, param(step, "image_id")));
    if (action == QLatin1String(workflow::action::recordStage))
        return describeRecord(step, names, digests);
    return workflow::describeStep(step); // an action newer than these words: the workflow's own
}

} // namespace steward::gui

#include "workflow/StepWords.h"

#include "kasm/DeploymentSnapshot.h"
#include "workflow/PlanSteps.h"
#include "workflow/WorkflowText.h"

#include <QJsonArray>

namespace steward::workflow {

namespace {

using Digests = StepDigests;

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
    return digests == Digests::Full ? digest : abbreviatedDigest(digest);
}

// An image reference with its digest part (repo@sha256:…) shortened like any other digest.
QString referenceText(const QString &reference, Digests digests)
{
    const qsizetype at = reference.lastIndexOf(u'@');
    if (at < 0 || digests == Digests::Full)
        return reference;
    return reference.left(at + 1) + abbreviatedDigest(reference.mid(at + 1));
}

QString imageText(const StepNames &names, const QString &imageId)
{
    const QString name = names.images.value(imageId);
    if (!name.isEmpty())
        return WorkflowText::tr("“%1”").arg(name);
    if (imageId == QLatin1String(twinFromPlan))
        return WorkflowText::tr("the new test twin");
    return WorkflowText::tr("the image %1 (not in the deployment as last read)").arg(imageId);
}

QString groupText(const StepNames &names, const QString &groupId)
{
    const QString name = names.groups.value(groupId);
    return name.isEmpty() ? WorkflowText::tr("the group %1 (not in the deployment as last read)").arg(groupId) : name;
}

QString describeGroups(const store::PromotionStep &step, const StepNames &names)
{
    QStringList groups;
    const QJsonArray ids = step.params.value(QStringLiteral("groups")).toArray();
    for (const auto &group : ids)
        groups << groupText(names, group.toString());
    const QString image = imageText(names, param(step, "image_id"));
    if (groups.isEmpty())
        return WorkflowText::tr("Take %1 out of every group").arg(image);
    // Two sentences rather than a plural form: the English text is shown untranslated, and "group(s)" reads badly.
    if (groups.size() == 1)
        return WorkflowText::tr("Assign %1 to %2 only").arg(image, groups.constFirst());
    return WorkflowText::tr("Assign %1 to exactly these groups: %2").arg(image, groups.join(QStringLiteral(", ")));
}

QString describeRecord(const store::PromotionStep &step, const StepNames &names, Digests digests)
{
    const QString image = imageText(names, param(step, "image_id"));
    const QString digest = digestText(param(step, "digest"), digests);
    const QString tag = param(step, "tag");
    const QString build = tag.isEmpty() ? digest : WorkflowText::tr("%1 (%2)").arg(tag, digest);
    const QString kind = param(step, "kind");
    if (kind == QLatin1String("test"))
        return WorkflowText::tr("Record in the history that %1 is in test for %2").arg(build, image);
    if (kind == QLatin1String("deploy"))
        return WorkflowText::tr("Record in the history that the users of %1 have %2").arg(image, build);
    if (kind == QLatin1String("rollback"))
        return WorkflowText::tr("Record in the history that %1 went back to %2").arg(image, build);
    return WorkflowText::tr("Record in the history: %1 of %2, stage “%3”").arg(build, image, kind);
}

QString describeMove(const store::PromotionStep &step, Digests digests)
{
    const QString tag = param(step, "repository") + u':' + param(step, "tag");
    const QString after = digestText(param(step, "after"), digests);
    const QString before = param(step, "before");
    if (before.isEmpty())
        return WorkflowText::tr("Create the tag %1 on %2").arg(tag, after);
    return WorkflowText::tr("Move the tag %1 to %2 (it names %3 now)").arg(tag, after, digestText(before, digests));
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
        if (step.action != QLatin1String(action::createTwin))
            continue;
        const QString twin = param(step, "friendly_name");
        names.images.insert(QLatin1String(twinFromPlan), twin);
        addIfUnknown(names.images, step.result.value(QStringLiteral("image_id")).toString(), twin);
    }
    return names;
}

QString imageNameOrId(const StepNames &names, const QString &imageId)
{
    const QString name = names.images.value(imageId);
    return name.isEmpty() ? WorkflowText::tr("%1 (not in the deployment as last read)").arg(imageId) : name;
}

QString abbreviatedDigest(const QString &digest)
{
    // "sha256:" and 12 hex digits, as docker prints it, and an ellipsis that says there is more.
    constexpr qsizetype shown = 19;
    return digest.size() > shown ? digest.left(shown) + u'…' : digest;
}

QString describeStep(const store::PromotionStep &step, const StepNames &names, StepDigests digests)
{
    if (step.action == QLatin1String(action::createTwin)) {
        const QString name = referenceText(param(step, "name"), digests);
        return param(step, "existing_id").isEmpty()
                   ? WorkflowText::tr("Create the test twin “%1”, running %2").arg(param(step, "friendly_name"), name)
                   : WorkflowText::tr("Make the image “%1”, already in Kasm, the test twin, running %2")
                         .arg(param(step, "friendly_name"), name);
    }
    if (step.action == QLatin1String(action::setImageName)) {
        const QString image = imageText(names, param(step, "image_id"));
        const QString after = referenceText(param(step, "after"), digests);
        const QString before = param(step, "before");
        return before.isEmpty() ? WorkflowText::tr("Point %1 at %2").arg(image, after)
                                : WorkflowText::tr("Point %1 at %2 (it runs %3 now)")
                                      .arg(image, after, referenceText(before, digests));
    }
    if (step.action == QLatin1String(action::setGroups))
        return describeGroups(step, names);
    if (step.action == QLatin1String(action::moveTag))
        return describeMove(step, digests);
    if (step.action == QLatin1String(action::saveTwin))
        return WorkflowText::tr("Remember %1 as the test twin of %2")
            .arg(imageText(names, param(step, "twin_id")), imageText(names, param(step, "image_id")));
    if (step.action == QLatin1String(action::recordStage))
        return describeRecord(step, names, digests);
    return step.action; // an action newer than these words: its name in the journal
}

} // namespace steward::workflow

#include "workflow/Readiness.h"

#include "core/ImageReference.h"
#include "workflow/WorkflowText.h"

namespace steward::workflow {

namespace {

constexpr qint64 CheckInIntervalS = 30;

bool eligible(const KasmAgent &agent, const KasmImage &image)
{
    return agent.enabled && !(image.restrictToZone && !image.zoneId.isEmpty() && agent.zoneId != image.zoneId);
}

// "registry/path" after docker.io normalisation, so that "kasmweb/chrome" and "docker.io/kasmweb/chrome" are one
// repository; empty when the text is no reference.
QString repositoryKey(QStringView reference)
{
    const Result<ImageReference> parsed = ImageReference::parse(reference);
    if (!parsed)
        return {};
    return parsed->registry() + u'/' + parsed->repository();
}

// A repo digest "repository@sha256:…" of the image's repository at `digest`: the same digest under another
// repository is another image that happens to share the manifest, and Kasm would still pull the image's own.
bool holdsDigest(const KasmAgent &agent, const QString &repository, const QString &digest)
{
    for (const AgentImage &held : agent.inventory) {
        for (const QString &repoDigest : held.digests) {
            const qsizetype at = repoDigest.lastIndexOf(u'@');
            if (at > 0 && QStringView(repoDigest).mid(at + 1) == digest &&
                repositoryKey(QStringView(repoDigest).left(at)) == repository)
                return true;
        }
    }
    return false;
}

AgentHolding holding(const KasmAgent &agent, const KasmImage &image, const QString &repository, const QString &digest,
                     ReferenceRule rule)
{
    if (!digest.isEmpty() && !repository.isEmpty() && holdsDigest(agent, repository, digest))
        return AgentHolding::Digest;
    const AgentImage *entry = nullptr;
    for (const AgentImage &held : agent.inventory) {
        if (held.reference == image.name || held.tags.contains(image.name)) {
            entry = &held;
            break;
        }
    }
    if (!entry || image.name.isEmpty())
        return AgentHolding::Lacks;
    if (!entry->digests.isEmpty())
        return AgentHolding::OtherDigest;
    // Nothing says which build it is: the reference's, when that is known to be the digest's; else an older one.
    return rule == ReferenceRule::ReferenceNamesDigest ? AgentHolding::DigestNotReported : AgentHolding::OtherDigest;
}

} // namespace

AgentHolding holdingOf(const KasmAgent &agent, const KasmImage &image, const QString &digest, ReferenceRule rule)
{
    return holding(agent, image, repositoryKey(image.name), digest, rule);
}

Readiness readinessOf(const QList<KasmAgent> &agents, const KasmImage &image, const QString &digest, ReferenceRule rule)
{
    Readiness readiness;
    const QString repository = repositoryKey(image.name);
    for (const KasmAgent &agent : agents) {
        if (!eligible(agent, image))
            continue;
        ++readiness.eligible;
        switch (holding(agent, image, repository, digest, rule)) {
        case AgentHolding::Digest:
            ++readiness.holding;
            break;
        case AgentHolding::DigestNotReported:
            ++readiness.holding;
            ++readiness.unreported;
            break;
        case AgentHolding::Lacks:
        case AgentHolding::OtherDigest:
            break;
        }
    }
    return readiness;
}

QString unreportedNote(int unreported)
{
    if (unreported <= 0)
        return {};
    return WorkflowText::tr("%n of them hold the reference but report no digest: counted as holding it, not proven "
                            "(a deploy waits for the digest).",
                            nullptr, unreported);
}

QDateTime expectedPullsDone(const QList<KasmAgent> &agents, const KasmImage &image, const QString &digest,
                            const QDateTime &now)
{
    const QString repository = repositoryKey(image.name);
    QDateTime last;
    for (const KasmAgent &agent : agents) {
        // An agent that does not report digests is expected to pull as well: nothing says it has the build.
        if (!eligible(agent, image) ||
            holding(agent, image, repository, digest, ReferenceRule::DigestOnly) == AgentHolding::Digest)
            continue;
        QDateTime next =
            agent.lastReported.isValid() ? agent.lastReported.addSecs(CheckInIntervalS) : now.addSecs(CheckInIntervalS);
        if (next < now) // overdue: it checks in any moment, or is down
            next = now;
        if (!last.isValid() || next > last)
            last = next;
    }
    return last;
}

} // namespace steward::workflow

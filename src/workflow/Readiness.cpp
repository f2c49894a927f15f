#include "workflow/Readiness.h"

#include "core/ImageReference.h"
#include "workflow/WorkflowText.h"

#include <algorithm>

namespace steward::workflow {

namespace {

constexpr qint64 CheckInIntervalS = 30;
constexpr qint64 RefreshIntervalS = 3600;

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

PullEta pullEta(const QList<KasmAgent> &agents, const KasmImage &image, const QString &digest, const QDateTime &now,
                const QHash<QString, QString> &cannotPull)
{
    PullEta eta;
    const Readiness readiness = readinessOf(agents, image, digest);
    eta.lacking = readiness.eligible - readiness.holding;
    if (eta.lacking == 0)
        return eta;
    if (!image.enabled) {
        eta.blocker = WorkflowText::tr("\"%1\" is disabled, and agents pull no disabled image; enable it in Kasm.")
                          .arg(image.displayName());
        return eta;
    }
    if (image.dockerRegistry.isEmpty()) {
        eta.blocker = WorkflowText::tr("\"%1\" names no docker registry, and agents pull only images that do; set "
                                       "its registry in Kasm.")
                          .arg(image.displayName());
        return eta;
    }
    const QString repository = repositoryKey(image.name);
    int settledFailures = 0;
    for (const KasmAgent &agent : agents) {
        if (!eligible(agent, image))
            continue;
        if (holding(agent, image, repository, digest, ReferenceRule::DigestOnly) == AgentHolding::Digest)
            continue;
        if (const auto never = cannotPull.constFind(agent.agentId); never != cannotPull.cend()) {
            eta.failing << agent.hostname + QStringLiteral(": ") + *never;
            ++settledFailures;
            continue;
        }
        const auto failure = std::find_if(agent.pullFailures.cbegin(), agent.pullFailures.cend(),
                                          [&](const AgentPullFailure &f) { return f.reference == image.name; });
        if (failure != agent.pullFailures.cend()) {
            eta.failing << agent.hostname + QStringLiteral(": ") + failure->reason;
            if (failure->at.isValid() && failure->at.addSecs(2 * CheckInIntervalS) <= now)
                ++settledFailures;
        }
        // Never reported: within a check-in interval from now. Overdue: any moment (or it is down).
        QDateTime next =
            agent.lastReported.isValid() ? agent.lastReported.addSecs(CheckInIntervalS) : now.addSecs(CheckInIntervalS);
        if (next < now)
            next = now;
        if (!eta.at.isValid() || next > eta.at)
            eta.at = next;
    }
    eta.allFailing = settledFailures == eta.lacking;
    return eta;
}

QDateTime hourlyPullsDone(const QList<KasmAgent> &agents, const KasmImage &image, const QString &reference,
                          const QDateTime &now)
{
    QDateTime last;
    for (const KasmAgent &agent : agents) {
        if (!eligible(agent, image))
            continue;
        const auto held = std::find_if(agent.inventory.cbegin(), agent.inventory.cend(), [&](const AgentImage &i) {
            return i.reference == reference || i.tags.contains(reference);
        });
        QDateTime next;
        if (held == agent.inventory.cend()) {
            next = agent.lastReported.isValid() ? std::max(now, agent.lastReported.addSecs(CheckInIntervalS))
                                                : now.addSecs(CheckInIntervalS);
        } else if (held->pulledAt.isValid() && held->pulledAt <= now) {
            const qint64 sincePull = held->pulledAt.secsTo(now);
            next = held->pulledAt.addSecs((sincePull / RefreshIntervalS + 1) * RefreshIntervalS);
        } else {
            next = now.addSecs(RefreshIntervalS);
        }
        if (!last.isValid() || next > last)
            last = next;
    }
    return last;
}

} // namespace steward::workflow

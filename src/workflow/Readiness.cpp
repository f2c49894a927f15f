#include "workflow/Readiness.h"

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

bool holdsDigest(const KasmAgent &agent, const QString &suffix)
{
    for (const AgentImage &held : agent.inventory) {
        for (const QString &repoDigest : held.digests) {
            if (repoDigest.endsWith(suffix))
                return true;
        }
    }
    return false;
}

} // namespace

Readiness readinessOf(const QList<KasmAgent> &agents, const KasmImage &image, const QString &digest)
{
    Readiness readiness;
    const QString suffix = QLatin1Char('@') + digest;
    for (const KasmAgent &agent : agents) {
        if (!eligible(agent, image))
            continue;
        ++readiness.eligible;
        if (!digest.isEmpty() && holdsDigest(agent, suffix))
            ++readiness.holding;
    }
    return readiness;
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
    const QString suffix = QLatin1Char('@') + digest;
    int settledFailures = 0;
    for (const KasmAgent &agent : agents) {
        if (!eligible(agent, image))
            continue;
        if (holdsDigest(agent, suffix))
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

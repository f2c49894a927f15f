#include "workflow/Readiness.h"

namespace steward::workflow {

namespace {

constexpr qint64 CheckInIntervalS = 30;

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

QDateTime expectedPullsDone(const QList<KasmAgent> &agents, const KasmImage &image, const QString &digest,
                            const QDateTime &now)
{
    const QString suffix = QLatin1Char('@') + digest;
    QDateTime last;
    for (const KasmAgent &agent : agents) {
        if (!eligible(agent, image) || holdsDigest(agent, suffix))
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

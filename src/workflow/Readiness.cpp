#include "workflow/Readiness.h"

namespace steward::workflow {

namespace {

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
        if (!agent.enabled || (image.restrictToZone && !image.zoneId.isEmpty() && agent.zoneId != image.zoneId))
            continue;
        ++readiness.eligible;
        if (!digest.isEmpty() && holdsDigest(agent, suffix))
            ++readiness.holding;
    }
    return readiness;
}

} // namespace steward::workflow

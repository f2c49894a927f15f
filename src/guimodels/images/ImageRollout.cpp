#include "guimodels/images/ImageRollout.h"

#include "kasm/DeploymentSnapshot.h"
#include "workflow/Readiness.h"

#include <QHash>

namespace steward::gui {

namespace {

// "registry:5000/team/chrome@sha256:…" → "sha256:…"
QString digestOf(const QString &repoDigest)
{
    const qsizetype at = repoDigest.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? repoDigest : repoDigest.mid(at + 1);
}

// The inventory entry known by `reference`, as its key or as one of its tags (KasmAgent::holds' rule).
const AgentImage *heldEntry(const KasmAgent &agent, const QString &reference)
{
    for (const AgentImage &entry : agent.inventory) {
        if (entry.reference == reference || entry.tags.contains(reference))
            return &entry;
    }
    return nullptr;
}

} // namespace

ImageRollout imageRollout(const kasm::DeploymentSnapshot &snapshot, const KasmImage &image)
{
    ImageRollout rollout;
    QHash<QString, int> digestCounts;
    for (const KasmAgent &agent : snapshot.agents) {
        if (!agent.enabled || (image.restrictToZone && !image.zoneId.isEmpty() && agent.zoneId != image.zoneId))
            continue;
        const AgentImage *held = heldEntry(agent, image.name);
        if (held && !held->digests.isEmpty())
            ++digestCounts[digestOf(held->digests.constFirst())];
    }
    int best = 0;
    for (auto it = digestCounts.cbegin(); it != digestCounts.cend(); ++it) {
        // Ties go to the smaller digest, so the answer does not depend on hash order.
        if (it.value() > best || (it.value() == best && it.key() < rollout.digest)) {
            best = it.value();
            rollout.digest = it.key();
        }
    }
    rollout.digestsDiffer = digestCounts.size() > 1;
    // Who holds it is the board's rule (workflow::holdingOf), so that this table and the board's cards agree.
    const workflow::Readiness readiness =
        workflow::readinessOf(snapshot.agents, image, rollout.digest, workflow::ReferenceRule::ReferenceNamesDigest);
    rollout.holding = readiness.holding;
    rollout.agents = readiness.eligible;
    rollout.unreported = readiness.unreported;
    return rollout;
}

} // namespace steward::gui

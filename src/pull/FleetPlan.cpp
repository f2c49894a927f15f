#include "pull/FleetPlan.h"

namespace steward::pull {

namespace {

// The fleet runs until stopped: the longest duration the model accepts (100 years).
constexpr qint64 Forever = 3153600000LL;

} // namespace

bool FleetPlan::sameShape(const FleetPlan &other) const
{
    return scenario == other.scenario && agentIds == other.agentIds && imageIds == other.imageIds &&
           references == other.references;
}

QString digestOfRepoDigest(const QString &repoDigest)
{
    const qsizetype at = repoDigest.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? repoDigest : repoDigest.mid(at + 1);
}

std::shared_ptr<const FleetPlan> fleetPlan(const kasm::DeploymentSnapshot &snapshot,
                                           const DeploymentScenarioOptions &options)
{
    DeploymentScenarioOptions perAgent = options;
    perAgent.onePerAgent = true;
    perAgent.durationS = Forever;
    DeploymentScenario mapped = scenarioFromDeployment(snapshot, perAgent);
    auto plan = std::make_shared<FleetPlan>();
    plan->scenario = std::move(mapped.scenario);
    plan->agentIds = std::move(mapped.agentIds);
    plan->imageIds = std::move(mapped.imageIds);
    plan->notes = std::move(mapped.notes);
    // By id through a hash: a library of thousands of images would make a search per image quadratic.
    QHash<QString, QString> referenceOf;
    referenceOf.reserve(snapshot.images.size());
    for (const KasmImage &image : snapshot.images)
        referenceOf.insert(image.imageId, image.name);
    for (const QString &imageId : std::as_const(plan->imageIds))
        plan->references << referenceOf.value(imageId);
    for (const QString &agentId : std::as_const(plan->agentIds)) {
        QHash<QString, HeldImage> held;
        if (const KasmAgent *agent = snapshot.findAgent(agentId)) {
            for (const AgentImage &image : agent->inventory)
                held.insert(image.reference, HeldImage{digestOfRepoDigest(image.digests.value(0)), image.pulledAt});
        }
        plan->held << held;
    }
    return plan;
}

} // namespace steward::pull

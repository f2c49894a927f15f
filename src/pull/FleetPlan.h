#pragma once

#include "kasm/DeploymentSnapshot.h"
#include "pull/DeploymentScenario.h"
#include "pull/Scenario.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <memory>

namespace steward::pull {

// What an agent held of one reference when the plan was made: its digest (empty when the inventory names none) and
// since when.
struct HeldImage
{
    QString digest; // "sha256:..."
    QDateTime since;
};

// The simulated fleet's view of a deployment: the scenario (one agent group per enabled agent, one image group per
// container image, so that indices name Kasm agents and images) and what the agents hold. Immutable once made and
// shared between the fleet's threads.
//
// Eligibility is the pull model's (Fleet::buildProfile): an agent pulls an enabled container image that has a
// registry, in its zone when the image is restricted to one, that fits its free disk. Groups decide who may start a
// session with an image, not which agents pull it: Kasm sends every enabled image to every agent (reference/kasm.md).
struct FleetPlan
{
    Scenario scenario;
    QStringList agentIds;   // per agent index
    QStringList imageIds;   // per image index
    QStringList references; // per image index: the image's name, which agents pull and key their inventory by
    QStringList notes;      // what could not be mapped (DeploymentScenario::notes)
    QList<QHash<QString, HeldImage>> held; // per agent index: reference -> what it holds

    int agentCount() const { return int(agentIds.size()); }
    int imageCount() const { return int(imageIds.size()); }
    // Same agents, images and schedule: a change of inventories alone needs no new plan.
    bool sameShape(const FleetPlan &other) const;
};

// Limits and sources as DeploymentScenarioOptions has them (durationS and onePerAgent are the plan's own).
std::shared_ptr<const FleetPlan> fleetPlan(const kasm::DeploymentSnapshot &snapshot,
                                           const DeploymentScenarioOptions &options);

// The digest in a repo digest ("repo@sha256:..." -> "sha256:..."), or the text when it has no '@'.
QString digestOfRepoDigest(const QString &repoDigest);

} // namespace steward::pull

#pragma once

#include "kasm/DeploymentSnapshot.h"
#include "pull/Scenario.h"

#include <QHash>
#include <QStringList>

namespace steward::pull {

struct DeploymentScenarioOptions
{
    qint64 durationS = 21600;
    quint64 seed = 1;
    // Kasm does not report the address registries see; agents without one are assumed behind this one.
    QString defaultSource = QStringLiteral("default");
    // Limits per registry host ("docker.io", "registry.example:5000"); Docker Hub gets its documented defaults and
    // every other registry is unlimited unless named here.
    QHash<QString, RegistrySpec> registries;
    // One agent group per enabled agent (named by its hostname), in the snapshot's order, instead of identical agents
    // grouped: the simulated fleet needs to know which agent is which.
    bool onePerAgent = false;
};

struct DeploymentScenario
{
    Scenario scenario;
    QStringList notes;    // what could not be mapped, for the person reading the forecast
    QStringList agentIds; // per agent group, with onePerAgent: the Kasm agent it is
    QStringList imageIds; // per image group: the Kasm image it is
};

// The scenario of the current deployment: enabled agents grouped by zone, source, architecture and free disk; each
// container image as one image group (its registry is its reference's host; its account is its docker_user).
DeploymentScenario scenarioFromDeployment(const kasm::DeploymentSnapshot &snapshot,
                                          const DeploymentScenarioOptions &options);
DeploymentScenario scenarioFromDeployment(const kasm::DeploymentSnapshot &snapshot);

} // namespace steward::pull

#include "pull/DeploymentScenario.h"

#include "core/ImageReference.h"
#include "pull/PullText.h"

#include <QCoreApplication>
#include <QMap>

namespace steward::pull {

DeploymentScenario scenarioFromDeployment(const kasm::DeploymentSnapshot &snapshot)
{
    return scenarioFromDeployment(snapshot, DeploymentScenarioOptions());
}

DeploymentScenario scenarioFromDeployment(const kasm::DeploymentSnapshot &snapshot,
                                          const DeploymentScenarioOptions &options)
{
    DeploymentScenario out;
    Scenario &s = out.scenario;
    s.durationS = options.durationS;
    s.seed = options.seed;

    // Identical agents pull identically: one group each, in a stable order.
    QMap<std::tuple<QString, QString, QString, qint64>, QStringList> agentGroups;
    for (const KasmAgent &agent : snapshot.agents) {
        if (!agent.enabled)
            continue;
        const QString source = agent.egressSource.isEmpty() ? options.defaultSource : agent.egressSource;
        const QString arch = agent.architecture.isEmpty() ? QStringLiteral("amd64") : agent.architecture;
        if (options.onePerAgent) {
            s.agents.append(AgentGroup{1, agent.hostname, agent.zoneId, source, arch, agent.diskFreeBytes / 1000000});
            out.agentIds << agent.agentId;
            continue;
        }
        agentGroups[{agent.zoneId, source, arch, agent.diskFreeBytes / (qint64{1000} * 1000)}].append(agent.hostname);
    }
    for (auto it = agentGroups.cbegin(); it != agentGroups.cend(); ++it) {
        AgentGroup group;
        group.count = int(it.value().size());
        group.name = group.count == 1 ? it.value().constFirst() : QString();
        std::tie(group.zone, group.source, group.arch, group.diskMb) = it.key();
        s.agents.append(group);
    }
    if (s.agents.isEmpty())
        out.notes << PullText::tr("The deployment has no enabled agent: nothing is pulled.");

    QStringList hosts;
    for (const KasmImage &image : snapshot.images) {
        if (image.imageType != QLatin1String("Container"))
            continue; // servers and links are not pulled by agents
        ImageGroup group;
        group.name = image.displayName();
        group.enabled = image.enabled;
        group.uncompressedSizeMb = image.uncompressedSizeMb;
        if (image.restrictToZone && !image.zoneId.isEmpty())
            group.zone = image.zoneId;
        if (!image.dockerRegistry.isEmpty()) {
            const Result<ImageReference> reference = ImageReference::parse(image.name);
            if (!reference) {
                out.notes << PullText::tr(
                                 "%1: the image name \"%2\" is not a valid reference (%3), so agents cannot pull it.")
                                 .arg(group.name, image.name, reference.error().message);
            } else {
                group.registry = reference->registry();
                if (!hosts.contains(reference->registry()))
                    hosts << reference->registry();
                if (!image.dockerUser.isEmpty())
                    group.account = image.dockerUser + QLatin1Char('@') + reference->registry();
            }
        }
        s.images.append(group);
        out.imageIds << image.imageId;
    }
    for (const QString &host : std::as_const(hosts)) {
        if (options.registries.contains(host)) {
            RegistrySpec spec = options.registries.value(host);
            spec.name = host;
            s.registries.append(spec);
        } else if (host == QLatin1String("docker.io")) {
            s.registries.append(dockerHubDefaults(host));
        } else {
            s.registries.append(RegistrySpec{host, std::nullopt, std::nullopt});
        }
    }
    if (!snapshot.agents.isEmpty() && std::all_of(snapshot.agents.cbegin(), snapshot.agents.cend(),
                                                  [](const KasmAgent &a) { return a.egressSource.isEmpty(); }))
        out.notes << PullText::tr(
                         "Kasm does not report the address each agent pulls from: all agents are assumed behind one "
                         "address (%1). Set it per agent for a truer anonymous-quota forecast.")
                         .arg(options.defaultSource);
    return out;
}

} // namespace steward::pull

#include "guimodels/agents/AgentSummary.h"

#include "kasm/DeploymentSnapshot.h"

#include <QCoreApplication>

#include <algorithm>

// Free functions have no tr(); lupdate reads the context from each translate() call, so every call names it.

namespace steward::gui {

QString agentSummaryText(const kasm::DeploymentSnapshot &snapshot)
{
    if (snapshot.agents.isEmpty())
        return QCoreApplication::translate("steward::gui::AgentSummary", "No agents");
    return QCoreApplication::translate("steward::gui::AgentSummary", "Agents: %1 · Zones: %2")
        .arg(snapshot.agents.size())
        .arg(snapshot.zones.size());
}

QString agentSummaryToolTip(const kasm::DeploymentSnapshot &snapshot)
{
    if (snapshot.agents.isEmpty())
        return QCoreApplication::translate("steward::gui::AgentSummary",
                                           "The deployment reports no agents, so nothing pulls images.");
    QStringList lines{QCoreApplication::translate("steward::gui::AgentSummary", "Agents per zone:")};
    qsizetype placed = 0;
    for (const KasmZone &zone : snapshot.zones) {
        const auto count = std::count_if(snapshot.agents.cbegin(), snapshot.agents.cend(),
                                         [&zone](const KasmAgent &agent) { return agent.zoneId == zone.zoneId; });
        placed += count;
        lines << QCoreApplication::translate("steward::gui::AgentSummary", "%1: %2").arg(zone.name).arg(count);
    }
    if (placed < snapshot.agents.size())
        lines << QCoreApplication::translate("steward::gui::AgentSummary", "in no known zone: %1")
                     .arg(snapshot.agents.size() - placed);
    return lines.join(QLatin1Char('\n'));
}

} // namespace steward::gui

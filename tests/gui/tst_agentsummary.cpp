// The status bar's one line about the fleet, and its tooltip, over the demo data set.
#include "guimodels/agents/AgentSummary.h"
#include "kasm/DemoDataSet.h"
#include "kasm/DeploymentSnapshot.h"

#include <QTest>

using namespace steward;
using namespace steward::gui;

class TestAgentSummary final : public QObject
{
    Q_OBJECT

private:
    static kasm::DeploymentSnapshot demoSnapshot()
    {
        const kasm::SimulatedState state = kasm::demoDataSet(QStringLiteral("registry.test:5000"),
                                                             QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        kasm::DeploymentSnapshot snapshot;
        snapshot.agents = state.agents;
        snapshot.zones = state.zones;
        return snapshot;
    }

private Q_SLOTS:
    void countsAgentsAndZones() { QCOMPARE(agentSummaryText(demoSnapshot()), QStringLiteral("Agents: 12 · Zones: 2")); }

    void tooltipCountsAgentsPerZone()
    {
        QCOMPARE(agentSummaryToolTip(demoSnapshot()),
                 QStringLiteral("Agents per zone:\nEast (Frankfurt): 6\nWest (Dublin): 6"));
    }

    void anAgentInAnUnknownZoneIsCountedApart()
    {
        kasm::DeploymentSnapshot snapshot = demoSnapshot();
        snapshot.agents[0].zoneId = QStringLiteral("a zone the deployment does not list");
        QCOMPARE(agentSummaryToolTip(snapshot),
                 QStringLiteral("Agents per zone:\nEast (Frankfurt): 5\nWest (Dublin): 6\nin no known zone: 1"));
    }

    void noAgentsSaysSo()
    {
        QCOMPARE(agentSummaryText(kasm::DeploymentSnapshot{}), QStringLiteral("No agents"));
        QCOMPARE(agentSummaryToolTip(kasm::DeploymentSnapshot{}),
                 QStringLiteral("The deployment reports no agents, so nothing pulls images."));
    }
};

QTEST_APPLESS_MAIN(TestAgentSummary)
#include "tst_agentsummary.moc"

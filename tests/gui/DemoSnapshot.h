#pragma once

#include "kasm/DemoDataSet.h"
#include "kasm/DeploymentSnapshot.h"

namespace steward::test {

// The demo data set as a deployment would report it, at a fixed time, for the GUI tests.
inline kasm::DeploymentSnapshot demoSnapshot(const QString &registry = QStringLiteral("registry.test:5000"))
{
    const kasm::SimulatedState state =
        kasm::demoDataSet(registry, QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    kasm::DeploymentSnapshot snapshot;
    snapshot.images = state.images;
    snapshot.groups = state.groups;
    snapshot.groupImageIds = state.groupImageIds;
    snapshot.agents = state.agents;
    snapshot.zones = state.zones;
    return snapshot;
}

} // namespace steward::test

#pragma once

#include "kasm/SimulatedStorage.h"

#include <QDateTime>

namespace steward::kasm {

// The simulated deployment scripts/demo opens: twelve agents in two zones behind two egress addresses, the groups
// "All Users", "Image Testers" and "Engineering", and images from the demo registry at `registryHostPort`
// (kasm-demo/chrome, kasm-demo/terminal, kasm-demo/office as seeded by steward_seed_registry).
// Ids are derived from names, so the same call gives the same data set.
SimulatedState demoDataSet(const QString &registryHostPort, const QDateTime &now);
SimulatedState demoDataSet(const QString &registryHostPort);

} // namespace steward::kasm

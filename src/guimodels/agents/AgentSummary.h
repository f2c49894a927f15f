#pragma once

#include <QString>

namespace steward {
struct DeploymentSnapshot;
}

namespace steward::gui {

// The deployment's fleet in one line for the status bar ("Agents: 12 · Zones: 2"), and a tooltip with the agents per
// zone. Worded without plurals so that English needs no translation file of its own.
QString agentSummaryText(const DeploymentSnapshot &snapshot);
QString agentSummaryToolTip(const DeploymentSnapshot &snapshot);

} // namespace steward::gui

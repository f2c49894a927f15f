#pragma once

#include <QString>

namespace steward::kasm {
struct DeploymentSnapshot;
} // namespace steward::kasm

namespace steward::gui {

// The deployment's fleet in one line for the status bar ("Agents: 12 · Zones: 2"), and a tooltip with the agents per
// zone. Worded without plurals so that English needs no translation file of its own.
QString agentSummaryText(const kasm::DeploymentSnapshot &snapshot);
QString agentSummaryToolTip(const kasm::DeploymentSnapshot &snapshot);

} // namespace steward::gui

#pragma once

#include <QString>

namespace steward {
struct KasmImage;
} // namespace steward

namespace steward::kasm {
struct DeploymentSnapshot;
}

namespace steward::gui {

// Where an image stands across the fleet, as the agents report it: how many of the agents that could run it hold
// the digest most of them report (empty when none reports a digest), counted by workflow::holdingOf: at that digest,
// or by the exact reference with no digest reported (`unreported` of them).
struct ImageRollout
{
    int holding = 0;
    int agents = 0;             // enabled agents, in the image's zone when it is restricted to one
    int unreported = 0;         // of holding, agents that report no digest for the reference
    QString digest;             // "sha256:…"
    bool digestsDiffer = false; // agents hold the reference at more than one digest: a pull is under way
};

ImageRollout imageRollout(const kasm::DeploymentSnapshot &snapshot, const KasmImage &image);

} // namespace steward::gui

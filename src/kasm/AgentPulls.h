#pragma once

#include "core/KasmAgent.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace steward::kasm {

// Where one agent stands with one image after its latest pulls, as the pull engine reports it.
struct AgentImageUpdate
{
    QString reference;  // the image's name, as the agent's inventory keys it
    bool holds = false; // the agent holds the image; false leaves the inventory as it is (pulls never delete)
    QString digest;     // holds: the digest it holds ("sha256:..."), empty when unknown
    QDateTime since;    // holds: when that digest arrived (UTC)
    QString failure;    // empty: its latest pull succeeded; else why it failed, in words a person can act on
    QDateTime failedAt; // failure: since when it fails for that reason (UTC)
};

// What one agent did since the last report: its latest check-in and the images whose standing changed.
struct AgentPullReport
{
    QString agentId;
    QDateTime checkedInAt; // UTC; invalid when it did not check in
    QList<AgentImageUpdate> images;
};

// Applies a report to the agent: an image it holds goes into the inventory with its repo digest and since when (an
// entry with that reference is replaced); a failure is recorded with its reason, and cleared by a success. A failed
// refresh leaves what the agent holds, as docker keeps the old image.
void applyPullReport(KasmAgent &agent, const AgentPullReport &report);

} // namespace steward::kasm

Q_DECLARE_METATYPE(steward::kasm::AgentPullReport)

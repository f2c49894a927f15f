#pragma once

#include "core/KasmAgent.h"
#include "core/KasmImage.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace steward::workflow {

// How many of the agents that serve an image already hold a digest: zero-downtime deploys need all of them.
struct Readiness
{
    int eligible = 0; // enabled agents that may run the image (its zone, when it is restricted to one)
    int holding = 0;  // of those, the ones whose inventory has the digest
    bool complete() const { return eligible > 0 && holding == eligible; }
    double share() const { return eligible == 0 ? 0.0 : double(holding) / eligible; }
};

// `digest` as "sha256:..."; an agent holds it when one of its inventory's repo digests ends in "@<digest>".
Readiness readinessOf(const QList<KasmAgent> &agents, const KasmImage &image, const QString &digest);

// When the last agent that lacks the digest should hold it, by the pull model: an agent pulls a defined image it
// lacks at its next check-in, 30 s after its last one (now + 30 s when it never reported). Invalid when none lacks it.
QDateTime expectedPullsDone(const QList<KasmAgent> &agents, const KasmImage &image, const QString &digest,
                            const QDateTime &now);

} // namespace steward::workflow

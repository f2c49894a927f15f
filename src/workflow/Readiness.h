#pragma once

#include "core/KasmAgent.h"
#include "core/KasmImage.h"

#include <QDateTime>
#include <QHash>
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

// When the agents that lack a digest should hold it, by the pull model: each pulls a defined image it lacks at its
// next check-in (30 s after its last one), but only when the image names a docker registry and is enabled.
struct PullEta
{
    QDateTime at;    // the last lacking agent's next check-in; invalid when none lacks it or they never will
    QString blocker; // why they never will, a sentence a person can act on; empty otherwise
    int lacking = 0; // eligible agents without the digest
    // Lacking agents whose pulls of the image fail (the simulated deployment reports it; Kasm keeps it in its logs):
    // "hostname: reason". When every lacking agent has failed for a while, waiting longer will not help.
    QStringList failing;
    bool allFailing = false;
};
// A failure counts for allFailing once it is older than two check-ins: the agent retried and failed again.
// `cannotPull` (agent id -> why, from the pull model's eligibility: not enough disk...) are agents that will never
// pull it: they count as failing at once.
PullEta pullEta(const QList<KasmAgent> &agents, const KasmImage &image, const QString &digest, const QDateTime &now,
                const QHash<QString, QString> &cannotPull = {});

// When the last agent serving `image` should have re-pulled `reference` (a moving tag) at its hourly refresh: an
// agent refreshes every hour from when it pulled what it holds of it; one that holds none of it pulls at its next
// check-in instead; one whose schedule is unknown (Kasm does not report when an agent pulled) within the hour.
// Invalid when no agent serves the image.
QDateTime hourlyPullsDone(const QList<KasmAgent> &agents, const KasmImage &image, const QString &reference,
                          const QDateTime &now);

} // namespace steward::workflow

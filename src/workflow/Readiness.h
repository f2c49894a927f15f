#pragma once

#include "core/KasmAgent.h"
#include "core/KasmImage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace steward::workflow {

// How one agent holds the build a digest names, for an image. The one rule the board, the plans, the CLI and the
// Images table count by, so that they never disagree about the same agent.
enum class AgentHolding
{
    Lacks,             // holds neither the digest nor the image's reference
    Digest,            // reports a repo digest of the image's repository at exactly that digest
    DigestNotReported, // holds the image's exact reference, which names the digest, but reports no digest for it (the
                       // demo's seed, and a Kasm inventory may not carry one): most likely the build, but not proven
    OtherDigest,       // holds the reference at another digest: an older build, a pull is due
};

// Whether the image's reference is known to name the digest now (the registry resolves it so, or the agents that
// report a digest report that one). Only then is an agent that holds the reference without reporting a digest taken
// to hold the digest: a plan's new digest is not what the image's current reference names.
enum class ReferenceRule
{
    DigestOnly,
    ReferenceNamesDigest,
};

AgentHolding holdingOf(const KasmAgent &agent, const KasmImage &image, const QString &digest,
                       ReferenceRule rule = ReferenceRule::DigestOnly);

// How many of the agents that serve an image already hold a digest: zero-downtime deploys need all of them.
struct Readiness
{
    int eligible = 0;   // enabled agents that may run the image (its zone, when it is restricted to one)
    int holding = 0;    // of those, Digest or DigestNotReported: what a person sees as "holds it"
    int unreported = 0; // of holding, DigestNotReported
    int confirmed() const { return holding - unreported; }
    // Strict: an agent that does not report the digest may still hold an older build under the same tag, and would
    // pull on the first session after the deploy (the downtime the readiness guard exists to avoid).
    bool complete() const { return eligible > 0 && confirmed() == eligible; }
    double share() const { return eligible == 0 ? 0.0 : double(holding) / eligible; }
};

// `digest` as "sha256:..." (with ReferenceNamesDigest it may be empty, unknown: then the reference alone counts).
Readiness readinessOf(const QList<KasmAgent> &agents, const KasmImage &image, const QString &digest,
                      ReferenceRule rule = ReferenceRule::DigestOnly);

// "10 of them report no digest: …", for a card, a tooltip or a plan; empty when `unreported` is 0.
QString unreportedNote(int unreported);

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

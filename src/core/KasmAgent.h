#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

// Which images an agent deletes on its own (Kasm's per-agent prune setting).
enum class PruneMode
{
    Off,
    Normal,     // untagged images only (Kasm's default)
    Aggressive, // also images no longer defined
};

QString pruneModeName(PruneMode mode);
std::optional<PruneMode> pruneModeFromName(const QString &name);

// One image an agent holds: the repository it came from and what it is known by.
struct AgentImage
{
    QString reference; // the key Kasm reports, usually "repository:tag"
    QStringList tags;
    QStringList digests; // repo digests "repository@sha256:...", when reported
    QString imageId;     // the local image id ("sha256:..."), when reported
    qint64 sizeBytes = 0;
    QDateTime pulledAt; // UTC: when the digest it holds arrived; invalid when unknown (Kasm does not report it)

    bool operator==(const AgentImage &other) const = default;
};

// A pull that failed and has not succeeded since: what the agent lacks or could not refresh, and why. Kasm shows
// these only in its logs; the simulated deployment keeps them so that a person sees why an image is not available.
struct AgentPullFailure
{
    QString reference;
    QString reason; // a sentence a person can act on
    QDateTime at;   // UTC: since when it fails for that reason

    bool operator==(const AgentPullFailure &other) const = default;
};

// A Kasm agent (a docker host) and its inventory of pulled images.
struct KasmAgent
{
    QString agentId;
    QString hostname;
    QString zoneId;
    QString egressSource; // the NAT address registries see; known in the simulation, empty from Kasm
    QString architecture; // "amd64", "arm64"; empty when not reported
    bool enabled = true;
    QDateTime lastReported; // UTC; invalid when never reported
    qint64 diskTotalBytes = 0;
    qint64 diskFreeBytes = 0;
    PruneMode pruneMode = PruneMode::Normal;
    QList<AgentImage> inventory;          // sorted by reference (the order Kasm's docker_images object reads in)
    QList<AgentPullFailure> pullFailures; // sorted by reference; one per reference

    bool operator==(const KasmAgent &other) const = default;

    // The inventory entry for `reference`, or nullptr.
    const AgentImage *findImage(const QString &reference) const;
    // True when some inventory entry is known by `reference` (as key, or as one of its tags).
    bool holds(const QString &reference) const;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::KasmAgent)

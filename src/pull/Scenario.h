#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace steward::pull {

// `limit` counted pulls in any `windowS`-second sliding window.
struct RateLimitPolicy
{
    int limit = 0;
    qint64 windowS = 0;

    bool operator==(const RateLimitPolicy &) const = default;
};

// A registry and its limits; an absent limit means unlimited (a private registry, a paid plan).
struct RegistrySpec
{
    QString name;
    std::optional<RateLimitPolicy> anonymous;     // per egress source
    std::optional<RateLimitPolicy> authenticated; // per account

    bool operator==(const RegistrySpec &) const = default;
};

// `count` identical agents; `source` is the egress address the registry sees (agents behind one NAT share it).
struct AgentGroup
{
    int count = 1;
    QString name; // optional label for reports
    QString zone;
    QString source;
    QString arch = QStringLiteral("amd64");
    qint64 diskMb = 0;

    bool operator==(const AgentGroup &) const = default;
};

// `count` identical images. No registry: agents never pull it. No account: anonymous pulls.
struct ImageGroup
{
    int count = 1;
    QString name; // optional label; images are "<name>-<n>" in reports
    std::optional<QString> registry;
    bool enabled = true;
    std::optional<QString> account;
    bool credentialsValid = true; // false: the agent's login fails, so every pull of the image fails
    std::optional<QString> zone;
    qint64 uncompressedSizeMb = 0;
    // The image's tag moves to a new digest every this many seconds (a rolling tag); none: it never moves.
    std::optional<qint64> tagMovesEveryS;
    // Live mode: the reference its images pull ("host[:port]/path:tag"); the simulation ignores it.
    std::optional<QString> reference;

    bool operator==(const ImageGroup &) const = default;
};

// Everything the simulation and the forecast need; the CLI reads it from JSON, the GUI builds it from the deployment.
struct Scenario
{
    qint64 durationS = 21600;
    qint64 checkInIntervalS = 30;
    qint64 refreshIntervalS = 3600;
    quint64 seed = 1;
    // Window over which peak use is reported for registries without a limit (none of their own to measure).
    qint64 reportWindowS = 21600;
    QList<RegistrySpec> registries;
    QList<AgentGroup> agents;
    QList<ImageGroup> images;

    bool operator==(const Scenario &) const = default;

    const RegistrySpec *registry(const QString &name) const;
    qint64 agentCount() const;
    qint64 imageCount() const;
};

// Docker Hub's documented limits: 100 pulls per 6 h per address anonymously, 200 per 6 h per free account.
RegistrySpec dockerHubDefaults(const QString &name);

// The JSON format is the (duration_s, check_in_interval_s, refresh_interval_s, seed, registries, agents,
// images; a missing limit is unlimited) plus these keys of ours: registries[].preset "docker-hub" (missing limits take
// Docker Hub's defaults; null still means unlimited), agents[].name and images[].name (labels for reports),
// images[].credentials "valid" | "wrong" (the login fails: every pull of the image fails), images[].tag_moves_every_s
// (a rolling tag), images[].reference (what live mode pulls), and report_window_s (the window over which unlimited
// registries' peak use is measured). Unknown keys are errors, so that a misspelt key is not silently ignored.
//
// Reads and validates; errors name the offending field ("agents[2].count must be a positive integer").
Result<Scenario> scenarioFromJson(const QJsonObject &json);
Result<Scenario> scenarioFromJsonBytes(const QByteArray &bytes);
Result<Scenario> loadScenario(const QString &path);
// Writes every key, so a scenario round-trips exactly.
QJsonObject scenarioToJson(const Scenario &scenario);
// The checks scenarioFromJson applies, for scenarios built in code (the GUI).
Status validateScenario(const Scenario &scenario);

} // namespace steward::pull

Q_DECLARE_METATYPE(steward::pull::Scenario)

#pragma once

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace steward::registry {
class RegistryClient;
}

namespace steward::pull {

// One image, checked the way a Kasm agent would pull it, with a verdict per step. It answers "image not available",
// "stuck installing", "wrong registry" and "bad credentials" before an agent meets them.
struct PreflightRequest
{
    QString reference; // as typed into Kasm's image definition
    QString platform = QStringLiteral("linux/amd64");
    bool withCredentials = false; // the client's credential provider holds the image's login
    std::optional<qint64> diskMb; // the agent's free disk, when known
};

struct PreflightStep
{
    enum class Verdict
    {
        Pass,
        Warn,
        Fail,
        Skipped, // an earlier step failed
    };
    QString name; // "resolve", "login", "manifest", "blobs", "disk", "quota"
    Verdict verdict = Verdict::Skipped;
    QString detail; // what was found, and what to do when it is not a pass
};

QString verdictName(PreflightStep::Verdict verdict);

struct PreflightReport
{
    QString reference; // normalised: "docker.io/library/alpine:latest"
    QList<PreflightStep> steps;

    bool ok() const; // no step failed
    QJsonObject toJson() const;
};

// Runs on the client's thread. Costs one counted pull on registries that count manifest GETs (Docker Hub); the quota
// is read first, from a HEAD, which is not counted.
QFuture<PreflightReport> preflight(registry::RegistryClient &client, const PreflightRequest &request);

} // namespace steward::pull

#pragma once

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
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
    // How the disk step's verdict names the input that gives diskMb when it is missing: the CLI's option by default;
    // a front end that asks for it in a field of its own names that field instead.
    QString diskInput = QStringLiteral("--disk-mb");
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
// Every step's name, in the report's order.
QStringList preflightStepNames();

struct PreflightReport
{
    QString reference; // normalised: "docker.io/library/alpine:latest"
    QList<PreflightStep> steps;

    bool ok() const; // no step failed
    QJsonObject toJson() const;
};

// Runs on the client's thread. Steps: resolve the reference (no host means docker.io); a manifest HEAD (login, and the
// quota, which a HEAD does not spend); the manifest GET and, for an index, the GET of the agents' platform manifest
// (together one counted pull on Docker Hub); a HEAD per blob, so that missing layers are named by digest without
// downloading any (only a single-platform image's config is read, because its platform is written there); disk.
// `onStep`, when given, is called on the client's thread with each step the moment its verdict is final: once per
// step, in the report's order (`index` is the step's position there), every call before the future finishes, with
// the step exactly as the report will hold it. A step skipped because an earlier one failed is reported as soon as
// a later step is decided, or at the end. The resolve step (and, for a malformed reference, every step) is reported
// before preflight() returns.
using PreflightProgress = std::function<void(int index, const PreflightStep &step)>;

QFuture<PreflightReport> preflight(registry::RegistryClient &client, const PreflightRequest &request,
                                   PreflightProgress onStep = {});

} // namespace steward::pull

#pragma once

#include "core/Result.h"
#include "store/ManagedImages.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace steward::workflow {

// The CI engines a scheduled build pipeline can be generated for.
enum class PipelineEngine
{
    GitLab,
    GitHub,
    Jenkins,
    Bitbucket,
};
std::optional<PipelineEngine> pipelineEngineFromName(const QString &name); // gitlab | github | jenkins | bitbucket

// The CI engine's secret variables the generated files name. Their values are set in the engine (GitLab CI/CD
// variables, GitHub secrets, Jenkins credentials, Bitbucket repository variables), never written into a file.
struct PipelineSecrets
{
    static QString registryUser() { return QStringLiteral("STEWARD_REGISTRY_USER"); }
    static QString registryPassword() { return QStringLiteral("STEWARD_REGISTRY_PASSWORD"); }
    static QString jenkinsCredentialsId() { return QStringLiteral("imagesteward-registry"); }
};

struct PipelineFile
{
    QString path; // relative to the repository root, e.g. ".github/workflows/imagesteward-chrome.yml"
    QByteArray content;
    // The admin edits it after it is written (the Dockerfile): replaced only when asked. Pipeline files are
    // regenerated from the catalog, so writing them again is how they are updated.
    bool adminOwned = false;
};

// A scheduled pipeline for `image`: build the Dockerfile at the repository root, push it under a per-run candidate
// tag, then `stewardctl push-tags` gives that digest the unique tag (and, for the pin strategy, the moving tag; for
// the move strategy moving the tag is the deploy, so the pipeline leaves it alone). The registry login, when the
// managed image has one, comes from the engine's secret variables (PipelineSecrets). Pure: no secret is an input.
Result<QList<PipelineFile>> generatePipeline(const store::ManagedImage &image, PipelineEngine engine);

} // namespace steward::workflow

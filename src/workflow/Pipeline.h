#pragma once

#include "core/Result.h"
#include "kasm/EnvironmentConnection.h"
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
    // The Kasm connection of the send-to-test step: what `stewardctl --kasm-env` reads.
    static QString kasmUrl() { return kasm::KasmEnvironment::url(); }
    static QString kasmApiKey() { return kasm::KasmEnvironment::apiKey(); }
    static QString kasmApiSecret() { return kasm::KasmEnvironment::apiSecret(); }
    // Jenkins: a "Username with password" credential (the key id and its secret) and a "Secret text" (the URL).
    static QString jenkinsKasmCredentialsId() { return QStringLiteral("imagesteward-kasm"); }
    static QString jenkinsKasmUrlCredentialsId() { return QStringLiteral("imagesteward-kasm-url"); }
};

struct PipelineOptions
{
    // After tagging, `stewardctl --kasm-env send-to-test` pins the test twin to the new unique tag.
    bool sendToTest = false;
};

// The secret variables the engine must hold for this pipeline, in the order the files name them.
QStringList pipelineSecretVariables(const store::ManagedImage &image, const PipelineOptions &options);

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
// managed image has one, comes from the engine's secret variables (PipelineSecrets). With options.sendToTest the job
// then manages the image in a throw-away profile (adopting the test twin already in Kasm) and sends the unique tag
// to test, with the Kasm connection from the engine's secret variables too. Pure: no secret is an input.
Result<QList<PipelineFile>> generatePipeline(const store::ManagedImage &image, PipelineEngine engine,
                                             const PipelineOptions &options = {});

} // namespace steward::workflow

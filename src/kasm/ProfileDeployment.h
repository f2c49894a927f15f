#pragma once

#include "core/Result.h"
#include "kasm/Deployment.h"

#include <QFuture>
#include <QUrl>

#include <memory>
#include <optional>

namespace steward {
class Clock;
}

namespace steward::store {
class CredentialStore;
}

namespace steward::kasm {

// Which Kasm server a profile is connected to. No secret: that lives in the CredentialStore under
// kasmSecretKey(). Kept in <profile>/kasm-deployment.json (the catalog has no table for it yet).
struct KasmServerSettings
{
    QUrl url;
    QString apiKey; // the key id
    QString caFile;
};

Result<std::optional<KasmServerSettings>> loadKasmServerSettings(const QString &profileDir);
Status saveKasmServerSettings(const QString &profileDir, const KasmServerSettings &settings);
Status forgetKasmServerSettings(const QString &profileDir);
// "kasm:<url>:<api key id>", through store::credentialKey().
Result<QString> kasmSecretKey(const KasmServerSettings &settings);

// Where a new profile's simulated deployment finds its images unless told otherwise: the first port scripts/demo
// tries. The GUI's and stewardctl's default for --demo-registry.
QString defaultDemoRegistry();

// The deployment a profile uses: the connected Kasm server (its secret read from `credentials`), or else the
// simulated deployment kept in the profile's catalog, seeded with demoDataSet(demoRegistry) on first use (the
// catalog is opened and read on that deployment's worker thread, not the caller's).
// `profileDir` must exist (store::prepareProfileDir). `clock` must outlive the deployment.
QFuture<Result<std::shared_ptr<Deployment>>> openProfileDeployment(const QString &profileDir,
                                                                   store::CredentialStore &credentials,
                                                                   const QString &demoRegistry, const Clock &clock);

} // namespace steward::kasm

#pragma once

#include "core/Result.h"
#include "kasm/Deployment.h"
#include "kasm/ProfileDeployment.h"

#include <QFuture>

#include <memory>
#include <optional>

class QObject;

namespace steward::store {
class CredentialStore;
}

namespace steward::workflow {

// What an administrator gives to connect a profile to a Kasm server.
struct KasmConnectRequest
{
    QString address; // "kasm.example" or a URL; a bare host means https, since the secret travels in every request
    QString apiKey;  // the key id from Settings → Developers
    QString secret;  // the key's secret; it goes to `credentials` only
    QString caFile;  // PEM certificates to trust for this server; empty for none
};

struct KasmConnected
{
    kasm::KasmServerSettings settings; // as stored in the profile (the CA file as an absolute path)
    kasm::DeploymentInfo info;         // what the connection test saw
};

// Connects the profile in `profileDir` (which must exist) to a Kasm server. The connection is tested first: one that
// does not work is not stored. Then the secret goes to `credentials`, the settings to the profile, and the secret of
// the connection it replaces leaves `credentials` (an error names that entry if it cannot). Continues on
// `context`'s thread.
QFuture<Result<KasmConnected>> connectKasmServer(const QString &profileDir, KasmConnectRequest request,
                                                 std::shared_ptr<store::CredentialStore> credentials, QObject *context);

// Forgets the profile's Kasm server and its secret; the profile uses the simulated deployment again. The server it
// was connected to, or nullopt when it was not connected.
QFuture<Result<std::optional<kasm::KasmServerSettings>>>
disconnectKasmServer(const QString &profileDir, std::shared_ptr<store::CredentialStore> credentials, QObject *context);

} // namespace steward::workflow

#include "workflow/KasmConnection.h"

#include "core/Teardown.h"
#include "kasm/FutureChain.h"
#include "kasm/KasmApiDeployment.h"
#include "store/CredentialStore.h"
#include "workflow/WorkflowText.h"

#include <QFileInfo>

namespace steward::workflow {

namespace {

Error withNothingStored(Error error)
{
    error.message += WorkflowText::tr(" Nothing was stored.");
    return error;
}

struct Connecting
{
    QString profileDir;
    kasm::KasmServerSettings settings;
    QString secret;
    QString key;
    std::optional<QString> previousKey; // the replaced connection's entry, when it differs
    std::shared_ptr<store::CredentialStore> credentials;
    std::shared_ptr<kasm::KasmApiDeployment> probe; // deleted later: its own answer may still be on the stack
    kasm::DeploymentInfo info;
    std::shared_ptr<kasm::FutureChain<Result<KasmConnected>>> chain;
};
using Run = std::shared_ptr<Connecting>;

void removePreviousSecret(const Run &run)
{
    const KasmConnected connected{run->settings, run->info};
    const std::optional<QString> &previousKey = run->previousKey;
    if (!previousKey)
        return run->chain->finish(connected);
    run->chain->await(
        run->credentials->remove(*previousKey),
        [run, connected, previousKey = *previousKey](Status removed) {
            if (removed)
                return run->chain->finish(connected);
            run->chain->finish(fail(Error{
                removed.error().code,
                WorkflowText::tr("Connected to %1 with API key %2, but the previous key's secret could "
                                 "not be removed from the keychain (%3): %4 Remove the entry \"%3\" by "
                                 "hand.")
                    .arg(run->settings.url.toString(), run->settings.apiKey, previousKey, removed.error().message),
                removed.error().detail}));
        },
        run->chain);
}

void store(const Run &run)
{
    Result<QString> key = kasm::kasmSecretKey(run->settings);
    if (!key)
        return run->chain->finish(fail(key.error()));
    run->key = *key;
    Result<std::optional<kasm::KasmServerSettings>> previous = kasm::loadKasmServerSettings(run->profileDir);
    if (const std::optional<kasm::KasmServerSettings> previousSettings = previous.value_or(std::nullopt);
        previousSettings) {
        if (Result<QString> old = kasm::kasmSecretKey(*previousSettings); old && *old != run->key)
            run->previousKey = *old;
    }
    run->chain->await(
        run->credentials->write(run->key, run->secret),
        [run](Status written) {
            if (!written)
                return run->chain->finish(fail(withNothingStored(written.error())));
            if (Status saved = kasm::saveKasmServerSettings(run->profileDir, run->settings); !saved) {
                // The settings are what names the secret: without them it must not stay behind.
                run->chain->await(
                    run->credentials->remove(run->key),
                    [run, error = saved.error()](Status) { run->chain->finish(fail(withNothingStored(error))); },
                    run->chain);
                return;
            }
            removePreviousSecret(run);
        },
        run->chain);
}

} // namespace

QFuture<Result<KasmConnected>> connectKasmServer(const QString &profileDir, KasmConnectRequest request,
                                                 std::shared_ptr<store::CredentialStore> credentials, QObject *context)
{
    auto run = std::make_shared<Connecting>();
    run->chain = kasm::makeChain<Result<KasmConnected>>(context);
    QFuture<Result<KasmConnected>> future = run->chain->future();
    if (request.apiKey.isEmpty() || request.secret.isEmpty()) {
        run->chain->finish(
            fail(ErrorCode::InvalidInput,
                 request.apiKey.isEmpty()
                     ? WorkflowText::tr("A Kasm connection needs the API key id (Settings → Developers). "
                                        "Nothing was stored.")
                     : WorkflowText::tr("The API secret is empty. Nothing was stored.")));
        return future;
    }
    run->profileDir = profileDir;
    run->settings.url =
        QUrl(request.address.contains(QLatin1String("://")) ? request.address
                                                            : QStringLiteral("https://") + request.address);
    run->settings.apiKey = request.apiKey;
    // Stored absolute: later commands may run from any directory.
    run->settings.caFile = request.caFile.isEmpty() ? QString() : QFileInfo(request.caFile).absoluteFilePath();
    run->secret = std::move(request.secret);
    run->credentials = std::move(credentials);

    kasm::KasmConnection connection;
    connection.serverUrl = run->settings.url;
    connection.apiKey = run->settings.apiKey;
    connection.apiKeySecret = run->secret;
    connection.caFile = run->settings.caFile;
    run->probe = std::shared_ptr<kasm::KasmApiDeployment>(new kasm::KasmApiDeployment(connection), DeleteLater{});
    run->chain->await(
        run->probe->info(),
        [run](Result<kasm::DeploymentInfo> info) {
            if (!info)
                return run->chain->finish(fail(withNothingStored(info.error())));
            run->info = *info;
            store(run);
        },
        run->chain);
    return future;
}

QFuture<Result<std::optional<kasm::KasmServerSettings>>>
disconnectKasmServer(const QString &profileDir, const std::shared_ptr<store::CredentialStore> &credentials,
                     QObject *context)
{
    using Answer = Result<std::optional<kasm::KasmServerSettings>>;
    auto chain = kasm::makeChain<Answer>(context);
    QFuture<Answer> future = chain->future();
    Result<std::optional<kasm::KasmServerSettings>> settings = kasm::loadKasmServerSettings(profileDir);
    if (!settings) {
        chain->finish(settings);
        return future;
    }
    const std::optional<kasm::KasmServerSettings> &stored = *settings;
    if (!stored) {
        chain->finish(settings);
        return future;
    }
    const kasm::KasmServerSettings connected = *stored;
    const auto forget = [chain, profileDir, connected]() {
        if (Status forgotten = kasm::forgetKasmServerSettings(profileDir); !forgotten)
            return chain->finish(fail(forgotten.error()));
        chain->finish(std::optional<kasm::KasmServerSettings>(connected));
    };
    Result<QString> key = kasm::kasmSecretKey(connected);
    if (!key) {
        forget();
        return future;
    }
    chain->await(
        credentials->remove(*key),
        [chain, forget](Status removed) {
            if (!removed)
                return chain->finish(fail(removed.error()));
            forget();
        },
        chain);
    return future;
}

} // namespace steward::workflow

#include "kasm/ProfileDeployment.h"

#include "core/Clock.h"
#include "kasm/CatalogSimulatedStorage.h"
#include "kasm/DemoDataSet.h"
#include "kasm/DeploymentAudit.h"
#include "kasm/KasmApiDeployment.h"
#include "kasm/KasmText.h"
#include "kasm/SimulatedDeployment.h"
#include "store/CredentialKey.h"
#include "store/CredentialStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>

namespace steward::kasm {

namespace {

QString settingsPath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("kasm-deployment.json"));
}

template<typename T>
QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

Result<std::optional<KasmServerSettings>> loadKasmServerSettings(const QString &profileDir)
{
    QFile file(settingsPath(profileDir));
    if (!file.exists())
        return std::optional<KasmServerSettings>{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, KasmText::tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString()));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    KasmServerSettings settings;
    settings.url = QUrl(o.value(QStringLiteral("url")).toString());
    settings.apiKey = o.value(QStringLiteral("api_key")).toString();
    settings.caFile = o.value(QStringLiteral("ca_file")).toString();
    if (!settings.url.isValid() || settings.apiKey.isEmpty())
        return fail(ErrorCode::Storage,
                    KasmText::tr("The Kasm connection in %1 is damaged; connect again (stewardctl kasm connect).")
                        .arg(file.fileName()));
    return std::optional<KasmServerSettings>(settings);
}

Status saveKasmServerSettings(const QString &profileDir, const KasmServerSettings &settings)
{
    QSaveFile file(settingsPath(profileDir));
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Storage, KasmText::tr("Cannot write %1: %2.").arg(file.fileName(), file.errorString()));
    const QJsonObject o{{QStringLiteral("url"), settings.url.toString()},
                        {QStringLiteral("api_key"), settings.apiKey},
                        {QStringLiteral("ca_file"), settings.caFile}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(ErrorCode::Storage, KasmText::tr("Cannot write %1: %2.").arg(file.fileName(), file.errorString()));
    return {};
}

Status forgetKasmServerSettings(const QString &profileDir)
{
    QFile file(settingsPath(profileDir));
    if (file.exists() && !file.remove())
        return fail(ErrorCode::Storage, KasmText::tr("Cannot remove %1: %2.").arg(file.fileName(), file.errorString()));
    return {};
}

Result<QString> kasmSecretKey(const KasmServerSettings &settings)
{
    return store::credentialKey(store::CredentialKind::Kasm, settings.url.toString(QUrl::StripTrailingSlash),
                                settings.apiKey);
}

QString defaultDemoRegistry()
{
    return QStringLiteral("127.0.0.1:5055");
}

QFuture<Result<std::shared_ptr<Deployment>>> openProfileDeployment(const QString &profileDir,
                                                                   store::CredentialStore &credentials,
                                                                   const QString &demoRegistry, const Clock &clock)
{
    using Opened = Result<std::shared_ptr<Deployment>>;
    Result<std::optional<KasmServerSettings>> server = loadKasmServerSettings(profileDir);
    if (!server)
        return ready<Opened>(fail(server.error()));

    if (!server->has_value()) {
        // The catalog is opened (and migrated) by the deployment's worker thread, not here.
        auto simulated =
            std::make_shared<SimulatedDeployment>(std::make_unique<CatalogSimulatedStorage>(profileDir), clock);
        return simulated->open(demoDataSet(demoRegistry, clock.now())).then([simulated](Status opened) -> Opened {
            if (!opened)
                return fail(opened.error());
            return std::shared_ptr<Deployment>(simulated);
        });
    }

    const KasmServerSettings settings = **server;
    Result<QString> key = kasmSecretKey(settings);
    if (!key)
        return ready<Opened>(fail(key.error()));
    return credentials.read(*key).then([settings, profileDir](Result<std::optional<QString>> secret) -> Opened {
        if (!secret)
            return fail(secret.error());
        if (!secret->has_value())
            return fail(ErrorCode::Unauthorized,
                        KasmText::tr("The keychain holds no secret for the Kasm API key %1 at %2; connect again with "
                                     "stewardctl kasm connect.")
                            .arg(settings.apiKey, settings.url.toString()));
        KasmConnection connection;
        connection.serverUrl = settings.url;
        connection.apiKey = settings.apiKey;
        connection.apiKeySecret = **secret;
        connection.caFile = settings.caFile;
        auto deployment = std::make_shared<KasmApiDeployment>(connection);
        // Changes to the server are recorded in the profile's audit log, as the simulation's are.
        deployment->setAuditLog(std::make_shared<CatalogDeploymentAuditLog>(profileDir));
        return std::shared_ptr<Deployment>(deployment);
    });
}

} // namespace steward::kasm

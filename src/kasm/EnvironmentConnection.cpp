#include "kasm/EnvironmentConnection.h"

#include "kasm/KasmText.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>

namespace steward::kasm {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Result<KasmConnection> kasmConnectionFromEnvironment(const QProcessEnvironment &environment)
{
    QStringList missing;
    for (const QString &name : {KasmEnvironment::url(), KasmEnvironment::apiKey(), KasmEnvironment::apiSecret()}) {
        if (environment.value(name).trimmed().isEmpty())
            missing << name;
    }
    if (!missing.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    KasmText::tr("--kasm-env needs %1 set in the environment (in CI: the engine's secret variables).")
                        .arg(missing.join(QStringLiteral(", "))));
    KasmConnection connection;
    // The URL is not a secret, but it is not echoed either: a mistyped secret variable may have landed in it.
    connection.serverUrl = QUrl(environment.value(KasmEnvironment::url()).trimmed(), QUrl::StrictMode);
    const QString scheme = connection.serverUrl.scheme();
    if (!connection.serverUrl.isValid() || connection.serverUrl.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return fail(ErrorCode::InvalidInput,
                    KasmText::tr("%1 is not a URL like https://kasm.example.").arg(KasmEnvironment::url()));
    if (scheme == QLatin1String("http") && !isLoopback(connection.serverUrl))
        return fail(ErrorCode::InvalidInput,
                    KasmText::tr("%1 uses plain http to another host; the API secret travels in every request, so "
                                 "use https.")
                        .arg(KasmEnvironment::url()));
    connection.apiKey = environment.value(KasmEnvironment::apiKey()).trimmed();
    // A secret is taken as it is: only the line break a shell or a CI form adds is dropped.
    QString secret = environment.value(KasmEnvironment::apiSecret());
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    connection.apiKeySecret = secret;
    connection.caFile = environment.value(KasmEnvironment::caFile());
    return connection;
}

} // namespace steward::kasm

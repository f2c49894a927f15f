#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

namespace steward::kasm {

// Where and as whom to reach a Kasm server. The secret comes from the CredentialStore and lives only in memory.
struct KasmConnection
{
    QUrl serverUrl; // "https://kasm.example" (a path prefix is kept)
    QString apiKey; // the key id; not a secret
    QString apiKeySecret;
    QString caFile; // PEM certificates to trust in addition to the system's; empty for none
    int timeoutMs = 30000;
    qint64 maxBodyBytes = 16 * 1024 * 1024; // a bigger answer is refused, not buffered
};

// The Kasm developer API transport: `POST <server>/api/public/<call>` with the key and secret in the JSON body.
// Kept behind this one class so that Basic auth or the announced /api/admin paths can replace it later.
// Every answer is checked: HTTP status, body size, JSON, and `error_message` on an HTTP 200.
class KasmApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KasmApiClient)

public:
    enum class Access
    {
        Read,
        Write
    }; // decides how a 401 is explained

    explicit KasmApiClient(KasmConnection connection, QObject *parent = nullptr);
    ~KasmApiClient() override;

    // The API this transport speaks, for the connection summary. Newer Kasm releases announce a REST-style API under
    // /api/admin with Basic auth; a transport for it would replace this class, not the deployment.
    static QString apiDescription();

    // Checks the settings without a request: URL scheme and host, CA file readable.
    Status validate() const;
    QUrl endpoint(const QString &call) const;

    // The parsed JSON object of a successful answer. Cancel the future to abort the request.
    QFuture<Result<QJsonObject>> call(const QString &call, const QJsonObject &fields, Access access);

private:
    KasmConnection m_connection;
    QSslConfiguration m_ssl;
    QString m_sslSetupError;
    QNetworkAccessManager m_network;
};

// How an HTTP answer to `call` becomes a result; pure, so that the messages are tested without a server.
Result<QJsonObject> interpretKasmAnswer(const QString &call, KasmApiClient::Access access, int httpStatus,
                                        const QByteArray &contentType, const QByteArray &body);

} // namespace steward::kasm

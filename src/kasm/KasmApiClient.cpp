#include "kasm/KasmApiClient.h"

#include "kasm/KasmText.h"
#include "kasm/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslCertificate>

#include <memory>

namespace steward::kasm {

namespace {

// The permissions a Kasm API key needs for each call (Settings → Developers → the key → permissions), quoted as the
// Kasm UI names them, with the extra ones some requests need (reference/kasm.md, "Writing images").
QString permissionFor(const QString &call)
{
    const auto quoted = [](const char *name) -> QString {
        return QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"');
    };
    const QString resources = KasmText::tr("%1 (and %2 to change cores, memory, the registry login or the size)")
                                  .arg(quoted("Images Modify"), quoted("Images Modify Resources"));
    const QString groupsView =
        KasmText::tr("%1 (and %2 for the All Users group)").arg(quoted("Groups View"), quoted("Groups View System"));
    const QString groupsModify = KasmText::tr("%1 (and %2 for the All Users group)")
                                     .arg(quoted("Groups Modify"), quoted("Groups Modify System"));
    if (call == QLatin1String("get_images"))
        return quoted("Images View");
    if (call == QLatin1String("create_image"))
        return KasmText::tr("%1 (and %2 to set cores, memory, the registry login or the size)")
            .arg(quoted("Images Create"), quoted("Images Modify Resources"));
    if (call == QLatin1String("update_image"))
        return resources;
    if (call == QLatin1String("delete_image"))
        return quoted("Images Delete");
    if (call == QLatin1String("get_groups") || call == QLatin1String("get_images_group"))
        return groupsView;
    if (call == QLatin1String("add_images_group") || call == QLatin1String("remove_images_group"))
        return groupsModify;
    if (call == QLatin1String("get_servers") || call == QLatin1String("get_agents"))
        return quoted("Agents View");
    if (call == QLatin1String("get_zones"))
        return quoted("Zones View");
    return KasmText::tr("that the call needs");
}

QString serverMessage(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("error_message"));
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("e"), value}}).toJson(QJsonDocument::Compact));
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Error networkError(const QString &call, const QUrl &url, QNetworkReply::NetworkError code, const QString &text,
                   const QString &sslErrors)
{
    const QString host = url.host();
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return {ErrorCode::Network,
                KasmText::tr("Nothing answers at %1: check the Kasm server address and that the server is running.")
                    .arg(host),
                text};
    case QNetworkReply::HostNotFoundError:
        return {ErrorCode::Network,
                KasmText::tr("The name %1 does not resolve: check the Kasm server address.").arg(host), text};
    case QNetworkReply::RemoteHostClosedError:
        return {ErrorCode::Network,
                KasmText::tr(
                    "The Kasm server %1 closed the connection before answering %2 completely; try again, and check a "
                    "proxy or load balancer in between if it keeps happening.")
                    .arg(host, call),
                text};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return {
            ErrorCode::Timeout,
            KasmText::tr("The Kasm server %1 did not answer %2 in time; check that it is reachable and not overloaded.")
                .arg(host, call),
            text};
    case QNetworkReply::SslHandshakeFailedError:
        return {
            ErrorCode::Network,
            KasmText::tr("The TLS certificate of %1 could not be verified. If the Kasm server uses its own certificate "
                         "authority, add its CA certificate (PEM) as the deployment's CA file.")
                .arg(host),
            sslErrors.isEmpty() ? text : sslErrors};
    default:
        break;
    }
    return {ErrorCode::Network, KasmText::tr("Could not reach the Kasm server %1 for %2.").arg(host, call), text};
}

} // namespace

Result<QJsonObject> interpretKasmAnswer(const QString &call, KasmApiClient::Access access, int httpStatus,
                                        const QByteArray &contentType, const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.isObject() ? document.object() : QJsonObject();
    const QString message = serverMessage(object);
    const QString said = message.isEmpty() ? QString() : KasmText::tr("Kasm said: %1").arg(message);

    if (httpStatus == 401) {
        if (message.contains(QLatin1String("expire"), Qt::CaseInsensitive))
            return fail(
                ErrorCode::Unauthorized,
                KasmText::tr("The Kasm API key has expired. Make a new key under Settings → Developers and connect "
                             "again."),
                said);
        if (access == KasmApiClient::Access::Write)
            return fail(
                ErrorCode::Unauthorized,
                KasmText::tr("The Kasm API key may not do %1: it is read-only, lacks the permission %2, or has "
                             "expired. Give the key that permission under Settings → Developers, or use another key.")
                    .arg(call, permissionFor(call)),
                said);
        return fail(
            ErrorCode::Unauthorized,
            KasmText::tr("The Kasm API key may not do %1: it lacks the permission %2 or has expired. Check the key "
                         "under Settings → Developers.")
                .arg(call, permissionFor(call)),
            said);
    }
    if (httpStatus == 403) {
        if (message.contains(QLatin1String("licens"), Qt::CaseInsensitive))
            return fail(
                ErrorCode::Forbidden,
                KasmText::tr("This Kasm server is not licensed for the developer API; add a license that includes it, "
                             "or use the simulated deployment."),
                said);
        return fail(
            ErrorCode::Forbidden,
            KasmText::tr("The Kasm server refused the API key: the key id or secret is wrong (connect again with the "
                         "values from Settings → Developers), or the server's license does not include the "
                         "developer API."),
            said);
    }
    if (httpStatus == 404)
        return fail(
            ErrorCode::NotFound,
            KasmText::tr("The server has no Kasm API call %1 (HTTP 404): check that the address is the Kasm web app's, "
                         "or this Kasm version lacks the call.")
                .arg(call),
            said);
    if (httpStatus >= 500 && httpStatus < 600)
        return fail(
            ErrorCode::Protocol,
            KasmText::tr("The Kasm server failed on %1 (HTTP %2). Its logs (Admin → Diagnostics → Logs) say why; a "
                         "Kasm version newer or older than 1.15 may want the request in another form.")
                .arg(call)
                .arg(httpStatus),
            said);
    if (httpStatus < 200 || httpStatus >= 300)
        return fail(ErrorCode::Protocol,
                    KasmText::tr("The Kasm server answered %1 with HTTP %2.").arg(call).arg(httpStatus), said);

    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray start = body.left(256).trimmed().toLower();
        if (contentType.toLower().contains("html") || start.startsWith("<!doctype") || start.startsWith("<html"))
            return fail(
                ErrorCode::Protocol,
                KasmText::tr("The server answered %1 with a web page, not the Kasm API: check that the address is the "
                             "Kasm web app itself and not a login portal or proxy page.")
                    .arg(call));
        const bool truncated = parseError.error == QJsonParseError::UnterminatedObject ||
                               parseError.error == QJsonParseError::UnterminatedArray ||
                               parseError.error == QJsonParseError::UnterminatedString ||
                               parseError.offset >= body.size();
        if (truncated)
            return fail(
                ErrorCode::Integrity,
                KasmText::tr("The Kasm server's answer to %1 ended early (after %2 bytes); nothing was taken from it. "
                             "Try again.")
                    .arg(call)
                    .arg(body.size()),
                parseError.errorString());
        return fail(ErrorCode::Protocol, KasmText::tr("The Kasm server's answer to %1 is not valid JSON.").arg(call),
                    KasmText::tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(
            ErrorCode::Protocol,
            KasmText::tr("The Kasm server answered %1 with JSON that is not an object; this server's API is not one "
                         "ImageSteward understands.")
                .arg(call));
    if (!message.isEmpty())
        return fail(ErrorCode::InvalidInput, KasmText::tr("Kasm refused %1: %2").arg(call, message));
    return object;
}

KasmApiClient::KasmApiClient(KasmConnection connection, QObject *parent)
    : QObject(parent), m_connection(std::move(connection)), m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_connection.caFile.isEmpty()) {
        const QFileInfo caFile(m_connection.caFile);
        QFile readable(m_connection.caFile);
        const QList<QSslCertificate> certificates = caFile.isFile() && readable.open(QIODevice::ReadOnly)
                                                        ? QSslCertificate::fromData(readable.readAll(), QSsl::Pem)
                                                        : QList<QSslCertificate>();
        if (!caFile.exists())
            m_sslSetupError =
                KasmText::tr("The CA file %1 does not exist; give the path of the PEM file of the Kasm server's "
                             "certificate authority.")
                    .arg(m_connection.caFile);
        else if (!caFile.isFile() || !readable.isOpen())
            m_sslSetupError =
                KasmText::tr("The CA file %1 cannot be read (%2); check that it is a file and its permissions.")
                    .arg(m_connection.caFile,
                         caFile.isFile() ? readable.errorString() : KasmText::tr("it is a directory"));
        else if (certificates.isEmpty())
            m_sslSetupError =
                KasmText::tr("The CA file %1 holds no PEM certificate; choose the PEM file of the Kasm server's "
                             "certificate authority.")
                    .arg(m_connection.caFile);
        else
            m_ssl.addCaCertificates(certificates);
    }
}

KasmApiClient::~KasmApiClient() = default;

QString KasmApiClient::apiDescription()
{
    return KasmText::tr("Kasm developer API 1.x (POST /api/public/<call>, key and secret in the body)");
}

Status KasmApiClient::validate() const
{
    const QUrl &url = m_connection.serverUrl;
    if (!url.isValid() || url.host().isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            KasmText::tr("\"%1\" is not a server address; give the Kasm web app's URL, e.g. https://kasm.example.")
                .arg(url.toString()));
    if (url.scheme() != QLatin1String("https") && !(url.scheme() == QLatin1String("http") && isLoopback(url.host())))
        return fail(
            ErrorCode::InvalidInput,
            KasmText::tr("The Kasm server address must start with https:// (the API secret travels in each request); "
                         "plain http is allowed only on this machine's loopback address."));
    if (m_connection.apiKey.isEmpty() || m_connection.apiKeySecret.isEmpty())
        return fail(
            ErrorCode::Unauthorized,
            KasmText::tr("No API key or secret for %1; connect with the key id and secret from Settings → Developers.")
                .arg(url.host()));
    if (!m_sslSetupError.isEmpty())
        return fail(ErrorCode::InvalidInput, m_sslSetupError);
    return {};
}

QUrl KasmApiClient::endpoint(const QString &call) const
{
    QUrl url = m_connection.serverUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/public/") + call);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QFuture<Result<QJsonObject>> KasmApiClient::call(const QString &call, const QJsonObject &fields, Access access)
{
    auto promise = std::make_shared<QPromise<Result<QJsonObject>>>();
    QFuture<Result<QJsonObject>> future = promise->future();
    promise->start();
    auto finish = [promise](Result<QJsonObject> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };

    if (Status valid = validate(); !valid) {
        finish(fail(valid.error()));
        return future;
    }

    QJsonObject body = fields;
    body.insert(QStringLiteral("api_key"), m_connection.apiKey);
    body.insert(QStringLiteral("api_key_secret"), m_connection.apiKeySecret);

    const QUrl url = endpoint(call);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_connection.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcKasm) << "POST" << url.toString() << "call" << call; // never the body: it holds the secret

    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));

    struct State
    {
        QByteArray body;
        QString sslErrors;
        std::optional<Error> error; // set when we aborted on purpose
        bool userCanceled = false;
    };
    auto state = std::make_shared<State>();
    const qint64 maxBytes = m_connection.maxBodyBytes;

    auto tooLarge = [call, maxBytes]() {
        return Error{
            ErrorCode::TooLarge,
            KasmText::tr("The Kasm server's answer to %1 is larger than %2 MiB; ImageSteward stopped reading it. Check "
                         "that the address is the Kasm web app, or raise the limit for very large deployments.")
                .arg(call)
                .arg(maxBytes / (1024 * 1024)),
            {}};
    };

    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state, maxBytes, tooLarge]() {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > maxBytes && !state->error) {
            state->error = tooLarge();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, maxBytes, tooLarge]() {
        if (state->error)
            return;
        state->body += reply->readAll();
        if (state->body.size() > maxBytes) {
            state->error = tooLarge();
            state->body.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        state->sslErrors = texts.join(QStringLiteral("; "));
    });

    // Cancelling the future aborts the request.
    auto *watcher = new QFutureWatcher<Result<QJsonObject>>(reply);
    connect(watcher, &QFutureWatcherBase::canceled, reply, [reply, state]() {
        state->userCanceled = true;
        reply->abort();
    });
    watcher->setFuture(future);

    connect(reply, &QNetworkReply::finished, this, [reply, state, finish, call, access, url, promise]() {
        reply->deleteLater();
        if (state->userCanceled || promise->isCanceled())
            return finish(fail(ErrorCode::Canceled, KasmText::tr("Canceled.")));
        if (state->error)
            return finish(fail(*state->error));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError code = reply->error();
        // An HTTP error status still carries a body worth reading (401/403 explain themselves); a transport error
        // (dropped, timed out, TLS) means whatever arrived is incomplete.
        const bool transportFailed = code != QNetworkReply::NoError && (code < 201 || code > 499 || status == 0);
        if (transportFailed)
            return finish(fail(networkError(call, url, code, reply->errorString(), state->sslErrors)));
        state->body += reply->readAll();
        if (status >= 300 && status < 400)
            return finish(fail(ErrorCode::Protocol,
                               KasmText::tr("The Kasm server redirected %1 to %2; use that address for the deployment.")
                                   .arg(call, reply->header(QNetworkRequest::LocationHeader).toUrl().toString())));
        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        finish(interpretKasmAnswer(call, access, status, contentType, state->body));
    });
    return future;
}

} // namespace steward::kasm

#include "registry/RegistryClient.h"

#include "registry/Logging.h"
#include "registry/RegistryClientPrivate.h"
#include "registry/RegistryErrors.h"
#include "registry/RegistryText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

namespace steward::registry {

using detail::HostState;
using detail::OperationState;
using detail::Request;
using detail::Response;

Error detail::canceledError()
{
    return Error{ErrorCode::Canceled, RegistryText::tr("the operation was cancelled"), {}};
}

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// A registry's GET /v2/ answer is "{}" or a short error; a token answer is a few KiB. Anything near these bounds is a
// peer that misbehaves, and reading on would let it fill our memory.
constexpr qint64 MaxPingBytes = qint64{64} * 1024;
constexpr qint64 MaxTokenBytes = qint64{1024} * 1024;

// Where a registry's API answers: Docker Hub's name is not its API host.
QString apiHostOf(const QString &registry)
{
    return registry == QLatin1String("docker.io") ? QStringLiteral("registry-1.docker.io") : registry;
}

// Whether `url` is the host (and port) the user named for `registry`: the only place its "insecure" choice applies.
bool isNamedHost(const QString &registry, const QUrl &url)
{
    const QUrl named(QStringLiteral("//") + apiHostOf(registry));
    if (named.host().compare(url.host(), Qt::CaseInsensitive) != 0)
        return false;
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.port(defaultPort) == named.port(defaultPort);
}

// Aborts `reply` once it announces or buffers more than `limit` bytes, and says so through `tooLarge`.
void boundReply(QNetworkReply *reply, qint64 limit, const std::shared_ptr<bool> &tooLarge)
{
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, limit, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, limit, tooLarge] {
        if (reply->bytesAvailable() > limit) {
            *tooLarge = true;
            reply->abort();
        }
    });
}

} // namespace

RegistryClient::RegistryClient(QObject *parent) : RegistryClient(WallClock::instance(), parent)
{}

RegistryClient::RegistryClient(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_network(new QNetworkAccessManager(this)), m_tokens(clock)
{
    // Redirects are followed by hand so that Authorization never reaches another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RegistryClient::~RegistryClient() = default;

void RegistryClient::setRegistryOptions(const QString &registry, const RegistryOptions &options)
{
    m_options.insert(registry, options);
    m_hosts.remove(registry); // a new CA or scheme choice means probing again
    // Qt keeps TLS connections (and their failed verification) per host: a CA trusted only now needs a new one.
    m_network->clearConnectionCache();
}

void RegistryClient::setDefaultOptions(const RegistryOptions &options)
{
    m_defaults = options;
    m_hosts.clear();
    m_network->clearConnectionCache();
}

RegistryOptions RegistryClient::optionsFor(const QString &registry) const
{
    return m_options.value(registry, m_defaults);
}

void RegistryClient::setCredentialProvider(std::shared_ptr<const CredentialProvider> provider)
{
    m_credentials = std::move(provider);
}

bool RegistryClient::hasCredentialFor(const QString &registry) const
{
    return m_credentials && m_credentials->credentialFor(registry).has_value();
}

QSslConfiguration RegistryClient::sslFor(const QString &registry, const QUrl &url) const
{
    const RegistryOptions options = optionsFor(registry);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty())
        ssl.addCaCertificates(QSslCertificate::fromPath(options.caFile));
    // "Insecure" is a choice about the host the user named; its token server or a CDN elsewhere is verified.
    if (options.insecure && isNamedHost(registry, url))
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}

Status RegistryClient::checkCaFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::InvalidInput, tr("the CA file %1 does not exist").arg(path),
                    tr("give the path of a PEM file holding the registry's CA certificate"));
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput,
                    tr("the CA file %1 cannot be read: %2")
                        .arg(path, QFileInfo(path).isDir() ? tr("it is a directory") : file.errorString()));
    // CA bundles are small; a huge file is not one, and need not be read whole to say so.
    if (QSslCertificate::fromData(file.read(qint64{16} * 1024 * 1024), QSsl::Pem).isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("the CA file %1 holds no PEM certificate (no \"-----BEGIN CERTIFICATE-----\" block)").arg(path),
                    tr("a DER certificate converts with: openssl x509 -inform der -in FILE -out FILE.pem"));
    return {};
}

bool RegistryClient::plainHttpAllowed(const QString &registry, const QUrl &url) const
{
    const RegistryOptions options = optionsFor(registry);
    return ImageReference::isLoopbackHost(url.host()) ||
           ((options.insecure || options.plainHttp) && isNamedHost(registry, url));
}

// --- endpoint discovery -------------------------------------------------------------------------------------

void RegistryClient::withEndpoint(const QString &registry, const std::shared_ptr<OperationState> &state,
                                  std::function<void(Result<QUrl>)> done)
{
    std::shared_ptr<HostState> &host = m_hosts[registry];
    if (!host)
        host = std::make_shared<HostState>();
    if (const std::optional<QUrl> &endpoint = host->endpoint) {
        done(*endpoint);
        return;
    }
    host->endpointWaiters.emplace_back([state, done = std::move(done)](Result<QUrl> endpoint) {
        if (state->canceled)
            done(fail(detail::canceledError()));
        else
            done(std::move(endpoint));
    });
    if (!host->probing) {
        // An unusable CA file would otherwise surface as the generic "untrusted certificate" of every request.
        if (const Status ca = checkCaFile(optionsFor(registry).caFile); !ca) {
            auto waiters = std::move(host->endpointWaiters);
            host->endpointWaiters.clear();
            for (auto &waiter : waiters)
                waiter(fail(ca.error()));
            return;
        }
        host->probing = true;
        probe(registry, !optionsFor(registry).plainHttp);
    }
}

void RegistryClient::probe(const QString &registry, bool https)
{
    const RegistryOptions options = optionsFor(registry);
    const QUrl base(QString((https ? QStringLiteral("https://") : QStringLiteral("http://")) + apiHostOf(registry)));
    QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/v2/")));
    request.setTransferTimeout(options.timeoutMs);
    if (https)
        request.setSslConfiguration(sslFor(registry, base));
    ++m_requestCount;
    QNetworkReply *reply = m_network->get(request);
    // The transfer timeout never fires while bytes flow, so an endless answer is cut off by size.
    auto tooLarge = std::make_shared<bool>(false);
    boundReply(reply, MaxPingBytes, tooLarge);
    connect(reply, &QNetworkReply::finished, this, [this, reply, registry, https, base, options, tooLarge] {
        reply->deleteLater();
        std::shared_ptr<HostState> host = m_hosts.value(registry);
        if (!host)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        auto finish = [host](Result<QUrl> result) {
            host->probing = false;
            if (result)
                host->endpoint = *result;
            auto waiters = std::move(host->endpointWaiters);
            host->endpointWaiters.clear();
            for (auto &waiter : waiters)
                waiter(result);
        };
        if (*tooLarge) {
            finish(fail(ErrorCode::TooLarge,
                        tr("%1 answered GET /v2/ with more than %2 bytes; a registry answers it with a few bytes, "
                           "so this is not a registry or it misbehaves")
                            .arg(registry)
                            .arg(MaxPingBytes),
                        tr("check the host name and port")));
            return;
        }
        if (status == 0) {
            const bool plainAllowed = options.insecure || options.plainHttp || ImageReference::isLoopbackHost(registry);
            if (https && plainAllowed) {
                host->probeError = Error{ErrorCode::Network, reply->errorString(), {}};
                probe(registry, false);
                return;
            }
            const Error &first = https ? Error{ErrorCode::Network, reply->errorString(), {}} : *host->probeError;
            QString hint = tr("check the host name and that the registry is running");
            if (reply->error() == QNetworkReply::SslHandshakeFailedError ||
                first.message.contains(QLatin1String("SSL")) || first.message.contains(QLatin1String("certificate")))
                hint = tr("trust its CA (Registry settings in the window, stewardctl registry-settings HOST --trust-ca "
                          "FILE, or --ca-file), or allow it as insecure there if you accept the risk");
            finish(fail(ErrorCode::Network, tr("cannot reach registry %1: %2").arg(registry, first.message), hint));
            return;
        }
        if (status == 401) {
            host->challenge =
                preferredChallenge(parseWwwAuthenticate(headerValues(reply->rawHeaderPairs(), "WWW-Authenticate")));
        } else if (status != 200 && !https && host->probeError) {
            // Plain HTTP got a non-registry answer (e.g. a TLS server's 400): the HTTPS failure is the real story.
            finish(fail(ErrorCode::Network,
                        tr("cannot reach registry %1 over HTTPS: %2").arg(registry, host->probeError->message),
                        tr("trust its CA (Registry settings in the window, stewardctl registry-settings HOST "
                           "--trust-ca FILE, or --ca-file), or allow it as insecure there if you accept the risk")));
            return;
        } else if (status != 200) {
            finish(fail(
                ErrorCode::Protocol,
                tr("%1 does not look like a container registry: GET /v2/ answered HTTP %2").arg(registry).arg(status),
                tr("check the host name and port")));
            return;
        }
        qCDebug(lcRegistry) << "registry" << registry << "answers at" << base << "auth"
                            << (host->challenge ? host->challenge->scheme : QStringLiteral("none"));
        finish(base);
    });
}

// --- sending ------------------------------------------------------------------------------------------------

void RegistryClient::send(Request request, const std::shared_ptr<OperationState> &state, ResponseHandler done)
{
    auto shared = std::make_shared<Request>(std::move(request));
    withEndpoint(shared->registry, state, [this, shared, state, done = std::move(done)](Result<QUrl> endpoint) {
        if (!endpoint) {
            done(fail(endpoint.error()));
            return;
        }
        shared->resolvedUrl = shared->url.isRelative() ? endpoint->resolved(shared->url) : shared->url;
        // A Location or Link on another origin gets no credentials.
        shared->sendAuthorization = sameOrigin(shared->resolvedUrl, *endpoint);
        dispatch(shared, state, done);
    });
}

void RegistryClient::dispatch(const std::shared_ptr<Request> &request, const std::shared_ptr<OperationState> &state,
                              const ResponseHandler &done)
{
    if (state->canceled) {
        done(fail(detail::canceledError()));
        return;
    }
    std::shared_ptr<HostState> &host = m_hosts[request->registry];
    if (!host)
        host = std::make_shared<HostState>();
    auto run = [this, request, state, done] { transmit(request, state, done); };
    if (host->active >= std::max(1, optionsFor(request->registry).maxConnections)) {
        host->queue.emplace_back(std::move(run));
        return;
    }
    ++host->active;
    run();
}

void RegistryClient::startNext(const QString &registry)
{
    const std::shared_ptr<HostState> host = m_hosts.value(registry);
    if (!host)
        return;
    --host->active;
    if (!host->queue.empty() && host->active < std::max(1, optionsFor(registry).maxConnections)) {
        ++host->active;
        auto next = std::move(host->queue.front());
        host->queue.pop_front();
        next();
    }
}

QByteArray RegistryClient::authorizationFor(const QString &registry, const QStringList &scopes) const
{
    const std::shared_ptr<HostState> host = m_hosts.value(registry);
    if (!host)
        return {};
    const std::optional<AuthChallenge> &challenge = host->challenge;
    if (!challenge)
        return {};
    if (challenge->isBasic()) {
        const std::optional<Credential> credential =
            m_credentials ? m_credentials->credentialFor(registry) : std::nullopt;
        if (!credential)
            return {};
        return "Basic " + (credential->username + QLatin1Char(':') + credential->secret).toUtf8().toBase64();
    }
    const QString token = m_tokens.find(TokenCache::key(challenge->param(QStringLiteral("realm")),
                                                        challenge->param(QStringLiteral("service")), scopes));
    return token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
}

QNetworkReply *RegistryClient::startReply(const QByteArray &method, QNetworkRequest request, const Request &source)
{
    ++m_requestCount;
    if (method == "GET")
        return m_network->get(request);
    if (method == "HEAD")
        return m_network->head(request);
    if (method == "DELETE")
        return m_network->deleteResource(request);
    if (source.bodyDevice) {
        source.bodyDevice->seek(0);
        request.setHeader(QNetworkRequest::ContentLengthHeader, source.bodyDevice->size());
        if (method == "PUT")
            return m_network->put(request, source.bodyDevice.get());
        if (method == "POST")
            return m_network->post(request, source.bodyDevice.get());
        return m_network->sendCustomRequest(request, method, source.bodyDevice.get());
    }
    if (request.header(QNetworkRequest::ContentTypeHeader).isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    if (method == "PUT")
        return m_network->put(request, source.body);
    if (method == "POST")
        return m_network->post(request, source.body);
    return m_network->sendCustomRequest(request, method, source.body);
}

void RegistryClient::transmit(const std::shared_ptr<Request> &request, const std::shared_ptr<OperationState> &state,
                              const ResponseHandler &done)
{
    if (state->canceled) {
        startNext(request->registry);
        done(fail(detail::canceledError()));
        return;
    }
    if (fetchTokenFirst(request, state, done))
        return;
    QNetworkReply *reply = startReply(request->method, networkRequestFor(*request), *request);
    state->replies.insert(reply);
    auto guard = std::make_shared<ReplyGuard>();
    guardReplyBody(reply, request, guard);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, state, done, guard] { handleReply(reply, request, state, done, *guard); });
}

bool RegistryClient::fetchTokenFirst(const std::shared_ptr<Request> &request,
                                     const std::shared_ptr<OperationState> &state, const ResponseHandler &done)
{
    // A Bearer registry whose token we lack: fetch it first rather than collect a 401 per request.
    const std::shared_ptr<HostState> host = m_hosts.value(request->registry);
    if (!request->sendAuthorization || !host)
        return false;
    const std::optional<AuthChallenge> &challenge = host->challenge;
    if (!challenge || !challenge->isBearer() || !authorizationFor(request->registry, request->scopes).isEmpty() ||
        request->authAttempts != 0)
        return false;
    ++request->authAttempts;
    startNext(request->registry);
    fetchToken(request->registry, challenge->param(QStringLiteral("realm")),
               challenge->param(QStringLiteral("service")), request->scopes, state,
               [this, request, state, done](Result<QString> token) {
                   if (!token) {
                       done(fail(token.error()));
                       return;
                   }
                   dispatch(request, state, done);
               });
    return true;
}

QNetworkRequest RegistryClient::networkRequestFor(const Request &request) const
{
    QNetworkRequest networkRequest(request.resolvedUrl);
    networkRequest.setTransferTimeout(optionsFor(request.registry).timeoutMs);
    networkRequest.setSslConfiguration(sslFor(request.registry, request.resolvedUrl));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ImageSteward/" STEWARD_VERSION));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (request.sendAuthorization) {
        const QByteArray authorization = authorizationFor(request.registry, request.scopes);
        if (!authorization.isEmpty())
            networkRequest.setRawHeader("Authorization", authorization);
    }
    return networkRequest;
}

void RegistryClient::guardReplyBody(QNetworkReply *reply, const std::shared_ptr<Request> &request,
                                    const std::shared_ptr<ReplyGuard> &guard)
{
    connect(reply, &QNetworkReply::readyRead, reply, [reply, request, guard] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool streaming = request->onData && status >= 200 && status < 300;
        if (streaming) {
            const QByteArray chunk = reply->readAll();
            guard->received += chunk.size();
            if (!request->onData(chunk)) {
                guard->sinkRefused = true;
                reply->abort();
            }
            return;
        }
        // Error bodies and everything non-streamed are bounded; a peer cannot make us buffer without limit.
        const qint64 limit = request->onData ? qint64{1024} * 1024 : request->maxBodyBytes;
        if (reply->bytesAvailable() + guard->received > limit) {
            guard->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, request, guard] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!request->onData && request->method != "HEAD" && status >= 200 && status < 300 && length.isValid() &&
            length.toLongLong() > request->maxBodyBytes) {
            guard->tooLarge = true;
            reply->abort();
        }
    });
}

void RegistryClient::handleReply(QNetworkReply *reply, const std::shared_ptr<Request> &request,
                                 const std::shared_ptr<OperationState> &state, const ResponseHandler &done,
                                 const ReplyGuard &guard)
{
    state->replies.remove(reply);
    reply->deleteLater();
    startNext(request->registry);
    if (state->canceled) {
        done(fail(detail::canceledError()));
        return;
    }
    Result<Response> response = readReply(reply, *request, guard);
    if (!response) {
        done(fail(response.error()));
        return;
    }
    if (response->status == 401 && request->sendAuthorization) {
        authenticate(request, *response, state, done);
        return;
    }
    if (response->status == 429) {
        retryRateLimited(request, *response, state, done);
        return;
    }
    if (isRedirect(response->status) && request->followRedirects) {
        followRedirect(request, *response, state, done);
        return;
    }
    done(std::move(*response));
}

Result<Response> RegistryClient::readReply(QNetworkReply *reply, const Request &request, const ReplyGuard &guard) const
{
    if (guard.tooLarge)
        return fail(ErrorCode::TooLarge, tr("%1 failed: the registry's answer is larger than the %2-byte limit")
                                             .arg(request.action)
                                             .arg(request.maxBodyBytes));
    if (guard.sinkRefused)
        return fail(ErrorCode::Integrity, tr("%1 failed: the data did not check out").arg(request.action));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const bool httpError =
        error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownServerError && status != 0;
    if (error != QNetworkReply::NoError && !httpError) {
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            return fail(ErrorCode::Timeout, tr("%1 failed: the registry sent nothing for %2 s")
                                                .arg(request.action)
                                                .arg(optionsFor(request.registry).timeoutMs / 1000));
        if (status != 0 && (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ProtocolFailure))
            return fail(
                ErrorCode::Integrity,
                tr("%1 failed: the connection closed before the whole answer arrived (truncated)").arg(request.action));
        return fail(ErrorCode::Network, tr("%1 failed: %2").arg(request.action, reply->errorString()));
    }

    Response response;
    response.status = status;
    response.headers = reply->rawHeaderPairs();
    response.url = request.resolvedUrl;
    const QByteArray rest = reply->readAll();
    // Qt does not always report a connection closed mid-body as an error; the announced length decides.
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (request.method != "HEAD" && announced.isValid() && !reply->hasRawHeader("Content-Encoding") &&
        guard.received + rest.size() < announced.toLongLong())
        return fail(
            ErrorCode::Integrity,
            tr("%1 failed: the connection closed before the whole answer arrived (truncated)").arg(request.action));
    if (request.onData && status >= 200 && status < 300) {
        if (!rest.isEmpty() && !request.onData(rest))
            return fail(ErrorCode::Integrity, tr("%1 failed: the data did not check out").arg(request.action));
    } else {
        response.body = rest;
    }
    return response;
}

void RegistryClient::retryRateLimited(const std::shared_ptr<Request> &request, const Response &response,
                                      const std::shared_ptr<OperationState> &state, const ResponseHandler &done)
{
    const RegistryOptions options = optionsFor(request->registry);
    ++request->rateLimitAttempts;
    const std::optional<qint64> retryAfter = parseRetryAfter(response.header("Retry-After"), m_clock.nowMs());
    const Error error = errorForStatus(response.status, response.body, request->action);
    // The wait travels as a number, so that callers (live pulls) need not read it out of the message.
    const auto rateLimited = [&](const QString &message) {
        Error limited(ErrorCode::RateLimited, message, error.detail);
        limited.retryAfterMs = retryAfter;
        return fail(std::move(limited));
    };
    if (request->rateLimitAttempts > options.maxRateLimitRetries) {
        done(rateLimited(tr("%1 (gave up after %2 retries)").arg(error.message).arg(options.maxRateLimitRetries)));
        return;
    }
    if (retryAfter && *retryAfter > options.maxRetryAfterMs) {
        done(rateLimited(tr("%1; the registry asks to wait %2 s before retrying")
                             .arg(error.message)
                             .arg((*retryAfter + 999) / 1000)));
        return;
    }
    // Exponential back-off with jitter, so that parallel requests do not retry in lockstep.
    qint64 delay = retryAfter.value_or(500LL << std::min(request->rateLimitAttempts - 1, 6));
    delay += QRandomGenerator::global()->bounded(qint64(delay / 4 + 50));
    qCInfo(lcRegistry) << "rate-limited on" << request->registry << "- retrying in" << delay << "ms";
    QTimer::singleShot(std::chrono::milliseconds(delay), this,
                       [this, request, state, done] { dispatch(request, state, done); });
}

void RegistryClient::followRedirect(const std::shared_ptr<Request> &request, const Response &response,
                                    const std::shared_ptr<OperationState> &state, const ResponseHandler &done)
{
    if (++request->redirects > 5) {
        done(fail(ErrorCode::Protocol, tr("%1 failed: too many redirects").arg(request->action)));
        return;
    }
    const QUrl location = request->resolvedUrl.resolved(QUrl::fromEncoded(response.header("Location")));
    if (!location.isValid() ||
        (location.scheme() != QLatin1String("https") && location.scheme() != QLatin1String("http"))) {
        done(fail(ErrorCode::Protocol,
                  tr("%1 failed: the registry redirected to an invalid location").arg(request->action)));
        return;
    }
    // Plain HTTP is the user's choice for the registry they named (or loopback), not for wherever it points.
    if (location.scheme() == QLatin1String("http") && !plainHttpAllowed(request->registry, location)) {
        done(fail(ErrorCode::Protocol,
                  tr("%1 failed: the registry redirected to %2 over plain HTTP; refusing to leave TLS for another host")
                      .arg(request->action, sanitizedServerText(location.host().toUtf8(), 120)),
                  tr("ask the registry's operator to serve its redirects over HTTPS")));
        return;
    }
    // Never carry credentials to another host (CDNs serve blobs with signed URLs of their own).
    if (!sameOrigin(location, request->resolvedUrl))
        request->sendAuthorization = false;
    request->resolvedUrl = location;
    request->method = "GET";
    dispatch(request, state, done);
}

// --- authentication -----------------------------------------------------------------------------------------

void RegistryClient::authenticate(const std::shared_ptr<Request> &request, const Response &response,
                                  const std::shared_ptr<OperationState> &state, const ResponseHandler &done)
{
    const RegistryOptions options = optionsFor(request->registry);
    const std::optional<Credential> credential =
        m_credentials ? m_credentials->credentialFor(request->registry) : std::nullopt;
    const std::optional<AuthChallenge> challenge =
        preferredChallenge(parseWwwAuthenticate(headerValues(response.headers, "WWW-Authenticate")));
    auto refused = [&](const QString &why) {
        Error error = errorForStatus(401, response.body, request->action);
        error.message += QStringLiteral(": ") + why;
        done(fail(error));
    };
    if (!challenge) {
        refused(tr("the registry refused access and offered no supported way to log in"));
        return;
    }
    const std::shared_ptr<HostState> host = m_hosts.value(request->registry);
    if (host)
        host->challenge = challenge;
    if (++request->authAttempts > options.maxAuthRetries) {
        if (challenge->isBearer() && challenge->param(QStringLiteral("error")) == QLatin1String("insufficient_scope")) {
            // The token server issued tokens, but none grants access: docker's "repository does not exist or may
            // require 'docker login'". A missing repository and a private one look the same from here.
            Error denied = errorForStatus(401, response.body, request->action);
            denied.code = ErrorCode::Forbidden;
            denied.message += QStringLiteral(": ") +
                              (credential ? tr("the repository does not exist, or it needs a login / more access "
                                               "(logged in as \"%1\")")
                                                .arg(credential->username)
                                          : tr("the repository does not exist, or it needs a login / more access "
                                               "(no login was sent)"));
            denied.detail = tr("check the repository name (a name without a host means Docker Hub); if it is private, "
                               "log in with an account that may pull it");
            done(fail(denied));
            return;
        }
        refused(credential ? tr("the registry keeps refusing the login of user \"%1\"; check the password or "
                                "token and the account's permissions")
                                 .arg(credential->username)
                           : tr("no login is saved for %1; log in first").arg(request->registry));
        return;
    }
    if (challenge->isBasic()) {
        if (!credential) {
            refused(tr("%1 needs a login and none is saved; log in first").arg(request->registry));
            return;
        }
        dispatch(request, state, done);
        return;
    }
    // Bearer: ask for what the challenge names as well as what we asked for, and drop a token that failed.
    QStringList scopes = request->scopes;
    for (const QString &scope : challenge->scopes()) {
        if (!scopes.contains(scope))
            scopes << scope;
    }
    const QString realm = challenge->param(QStringLiteral("realm"));
    const QString service = challenge->param(QStringLiteral("service"));
    m_tokens.remove(TokenCache::key(realm, service, request->scopes));
    m_tokens.remove(TokenCache::key(realm, service, scopes));
    const QStringList requestScopes = request->scopes;
    fetchToken(request->registry, realm, service, scopes, state,
               [this, request, state, done, realm, service, requestScopes](Result<QString> token) {
                   if (!token) {
                       done(fail(token.error()));
                       return;
                   }
                   // Also file it under the scopes the request carries, so that authorizationFor() finds it.
                   m_tokens.insert(TokenCache::key(realm, service, requestScopes), TokenGrant{*token, 60, {}});
                   dispatch(request, state, done);
               });
}

void RegistryClient::fetchToken(const QString &registry, const QString &realm, const QString &service,
                                const QStringList &scopes, const std::shared_ptr<OperationState> &state,
                                std::function<void(Result<QString>)> done)
{
    const QString key = TokenCache::key(realm, service, scopes);
    if (const QString cached = m_tokens.find(key); !cached.isEmpty()) {
        done(cached);
        return;
    }
    // Parallel requests that need the same token share one fetch. The fetch has a state of its own: cancelling one
    // caller only takes that caller off the list, and the fetch stops when no caller is left.
    const quint64 id = ++m_lastTokenWaiter;
    auto &waiters = m_tokenWaiters[key];
    waiters.emplace_back(id, std::move(done));
    state->atCancel.emplace_back([client = QPointer<RegistryClient>(this), key, id] {
        if (client)
            client->leaveTokenFetch(key, id);
    });
    if (waiters.size() > 1)
        return;
    const RegistryOptions options = optionsFor(registry);
    const std::optional<Credential> credential = m_credentials ? m_credentials->credentialFor(registry) : std::nullopt;
    const bool post = credential && (credential->isIdentityToken() || options.preferOAuthPost);
    auto fetch = std::make_shared<OperationState>();
    m_tokenFetches.insert(key, fetch);
    requestToken(registry, realm, service, scopes, post, fetch, [this, key, fetch](Result<QString> token) {
        if (m_tokenFetches.value(key) != fetch)
            return; // abandoned by every caller
        m_tokenFetches.remove(key);
        auto callbacks = m_tokenWaiters.take(key);
        for (auto &[waiter, callback] : callbacks)
            callback(token);
    });
}

void RegistryClient::leaveTokenFetch(const QString &key, quint64 id)
{
    auto it = m_tokenWaiters.find(key);
    if (it == m_tokenWaiters.end())
        return;
    auto &waiters = it.value();
    const auto mine = std::find_if(waiters.begin(), waiters.end(), [id](const auto &w) { return w.first == id; });
    if (mine == waiters.end())
        return;
    auto callback = std::move(mine->second);
    waiters.erase(mine);
    if (waiters.empty()) {
        m_tokenWaiters.erase(it);
        if (const std::shared_ptr<OperationState> fetch = m_tokenFetches.take(key))
            fetch->cancel();
    }
    callback(fail(detail::canceledError()));
}

void RegistryClient::requestToken(const QString &registry, const QString &realm, const QString &service,
                                  const QStringList &scopes, bool post, const std::shared_ptr<OperationState> &state,
                                  const std::function<void(Result<QString>)> &done)
{
    const RegistryOptions options = optionsFor(registry);
    const std::optional<Credential> credential = m_credentials ? m_credentials->credentialFor(registry) : std::nullopt;
    QUrl url(realm);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") &&
                           !(url.scheme() == QLatin1String("http") && plainHttpAllowed(registry, url)))) {
        done(fail(ErrorCode::Protocol,
                  tr("%1 sent us to the token server \"%2\", which is not an https URL; refusing to send a login there")
                      .arg(registry, sanitizedServerText(realm.toUtf8(), 120))));
        return;
    }
    QNetworkRequest request;
    request.setTransferTimeout(options.timeoutMs);
    request.setSslConfiguration(sslFor(registry, url));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ImageSteward/" STEWARD_VERSION));
    QNetworkReply *reply = nullptr;
    ++m_requestCount;
    if (post && credential) { // fetchToken asks for a POST only with a credential
        // OAuth2 (distribution oauth.md): one space-separated scope field; identity tokens use refresh_token.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("service"), service);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("imagesteward"));
        form.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
        if (credential->isIdentityToken()) {
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
            form.addQueryItem(QStringLiteral("refresh_token"), credential->secret);
        } else {
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
            form.addQueryItem(QStringLiteral("username"), credential->username);
            form.addQueryItem(QStringLiteral("password"), credential->secret);
        }
        request.setUrl(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    } else {
        // GET with one scope parameter per scope.
        QUrlQuery query(url);
        if (!service.isEmpty())
            query.addQueryItem(QStringLiteral("service"), service);
        for (const QString &scope : scopes)
            query.addQueryItem(QStringLiteral("scope"), scope);
        url.setQuery(query);
        request.setUrl(url);
        if (credential && !credential->isIdentityToken())
            request.setRawHeader(
                "Authorization",
                "Basic " + (credential->username + QLatin1Char(':') + credential->secret).toUtf8().toBase64());
        reply = m_network->get(request);
    }
    state->replies.insert(reply);
    // The transfer timeout never fires while bytes flow, so an endless answer is cut off by size.
    auto tooLarge = std::make_shared<bool>(false);
    boundReply(reply, MaxTokenBytes, tooLarge);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, state, done, post, registry, realm, service, scopes, credential, tooLarge] {
                state->replies.remove(reply);
                reply->deleteLater();
                if (state->canceled) {
                    done(fail(detail::canceledError()));
                    return;
                }
                if (*tooLarge) {
                    done(fail(ErrorCode::TooLarge,
                              tr("the token server for %1 answered with more than %2 bytes; a token is a few KiB, so "
                                 "it misbehaves")
                                  .arg(registry)
                                  .arg(MaxTokenBytes)));
                    return;
                }
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->read(MaxTokenBytes);
                if (post && (status == 404 || status == 405)) {
                    // Not every token server speaks OAuth2 POST; the GET form is universal.
                    if (credential && credential->isIdentityToken()) {
                        done(fail(ErrorCode::Unsupported,
                                  tr("the token server for %1 does not accept identity tokens (OAuth2 POST "
                                     "answered HTTP %2)")
                                      .arg(registry)
                                      .arg(status)));
                        return;
                    }
                    requestToken(registry, realm, service, scopes, false, state, done);
                    return;
                }
                if (status == 0) {
                    done(fail(ErrorCode::Network,
                              tr("cannot reach the token server for %1: %2").arg(registry, reply->errorString())));
                    return;
                }
                if (status == 401 || status == 403) {
                    done(
                        fail(ErrorCode::Unauthorized,
                             credential
                                 ? tr("the token server for %1 refused the login of user \"%2\"")
                                       .arg(registry, credential->username)
                                 : tr("the token server for %1 refused anonymous access; log in first").arg(registry)));
                    return;
                }
                if (status != 200) {
                    done(fail(errorForStatus(status, body, tr("getting a token for %1").arg(registry))));
                    return;
                }
                Result<TokenGrant> grant = parseTokenResponse(body);
                if (!grant) {
                    done(fail(grant.error()));
                    return;
                }
                m_tokens.insert(TokenCache::key(realm, service, scopes), *grant);
                done(grant->token);
            });
}

} // namespace steward::registry

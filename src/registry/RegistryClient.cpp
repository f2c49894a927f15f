#include "registry/RegistryClient.h"

#include "registry/Logging.h"
#include "registry/RegistryClientPrivate.h"
#include "registry/RegistryErrors.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
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
    return Error{
        ErrorCode::Canceled, QCoreApplication::translate("steward::registry", "the operation was cancelled"), {}};
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
}

void RegistryClient::setDefaultOptions(const RegistryOptions &options)
{
    m_defaults = options;
    m_hosts.clear();
}

RegistryOptions RegistryClient::optionsFor(const QString &registry) const
{
    return m_options.value(registry, m_defaults);
}

void RegistryClient::setCredentialProvider(std::shared_ptr<const CredentialProvider> provider)
{
    m_credentials = std::move(provider);
}

QSslConfiguration RegistryClient::sslFor(const QString &registry) const
{
    const RegistryOptions options = optionsFor(registry);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty())
        ssl.addCaCertificates(QSslCertificate::fromPath(options.caFile));
    if (options.insecure)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}

// --- endpoint discovery -------------------------------------------------------------------------------------

void RegistryClient::withEndpoint(const QString &registry, const std::shared_ptr<OperationState> &state,
                                  std::function<void(Result<QUrl>)> done)
{
    std::shared_ptr<HostState> &host = m_hosts[registry];
    if (!host)
        host = std::make_shared<HostState>();
    if (host->endpoint) {
        done(*host->endpoint);
        return;
    }
    host->endpointWaiters.push_back([state, done = std::move(done)](Result<QUrl> endpoint) {
        if (state->canceled)
            done(fail(detail::canceledError()));
        else
            done(std::move(endpoint));
    });
    if (!host->probing) {
        host->probing = true;
        probe(registry, !optionsFor(registry).plainHttp);
    }
}

void RegistryClient::probe(const QString &registry, bool https)
{
    const RegistryOptions options = optionsFor(registry);
    const QString apiHost = registry == QLatin1String("docker.io") ? QStringLiteral("registry-1.docker.io") : registry;
    const QUrl base(QString((https ? QStringLiteral("https://") : QStringLiteral("http://")) + apiHost));
    QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/v2/")));
    request.setTransferTimeout(options.timeoutMs);
    if (https)
        request.setSslConfiguration(sslFor(registry));
    ++m_requestCount;
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, registry, https, base, options] {
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
                hint = tr("trust its CA with --ca-file, or mark it --insecure-registry if you accept the risk");
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
                        tr("trust its CA with --ca-file, or mark it --insecure-registry if you accept the risk")));
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
        host->queue.push_back(std::move(run));
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
    if (!host || !host->challenge)
        return {};
    if (host->challenge->isBasic()) {
        const std::optional<Credential> credential =
            m_credentials ? m_credentials->credentialFor(registry) : std::nullopt;
        if (!credential)
            return {};
        return "Basic " + (credential->username + QLatin1Char(':') + credential->secret).toUtf8().toBase64();
    }
    const QString token = m_tokens.find(TokenCache::key(host->challenge->param(QStringLiteral("realm")),
                                                        host->challenge->param(QStringLiteral("service")), scopes));
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
    const RegistryOptions options = optionsFor(request->registry);
    // A Bearer registry whose token we lack: fetch it first rather than collect a 401 per request.
    const std::shared_ptr<HostState> host = m_hosts.value(request->registry);
    if (request->sendAuthorization && host && host->challenge && host->challenge->isBearer() &&
        authorizationFor(request->registry, request->scopes).isEmpty() && request->authAttempts == 0) {
        ++request->authAttempts;
        startNext(request->registry);
        fetchToken(request->registry, host->challenge->param(QStringLiteral("realm")),
                   host->challenge->param(QStringLiteral("service")), request->scopes, state,
                   [this, request, state, done](Result<QString> token) {
                       if (!token) {
                           done(fail(token.error()));
                           return;
                       }
                       dispatch(request, state, done);
                   });
        return;
    }

    QNetworkRequest networkRequest(request->resolvedUrl);
    networkRequest.setTransferTimeout(options.timeoutMs);
    networkRequest.setSslConfiguration(sslFor(request->registry));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ImageSteward/" STEWARD_VERSION));
    for (const auto &[name, value] : request->headers)
        networkRequest.setRawHeader(name, value);
    if (request->sendAuthorization) {
        const QByteArray authorization = authorizationFor(request->registry, request->scopes);
        if (!authorization.isEmpty())
            networkRequest.setRawHeader("Authorization", authorization);
    }
    QNetworkReply *reply = startReply(request->method, networkRequest, *request);
    state->replies.insert(reply);

    auto received = std::make_shared<qint64>(0);
    auto tooLarge = std::make_shared<bool>(false);
    auto sinkRefused = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, reply, [reply, request, received, tooLarge, sinkRefused] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool streaming = request->onData && status >= 200 && status < 300;
        if (streaming) {
            const QByteArray chunk = reply->readAll();
            *received += chunk.size();
            if (!request->onData(chunk)) {
                *sinkRefused = true;
                reply->abort();
            }
            return;
        }
        // Error bodies and everything non-streamed are bounded; a peer cannot make us buffer without limit.
        const qint64 limit = request->onData ? 1024 * 1024 : request->maxBodyBytes;
        if (reply->bytesAvailable() + *received > limit) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, request, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!request->onData && request->method != "HEAD" && status >= 200 && status < 300 && length.isValid() &&
            length.toLongLong() > request->maxBodyBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        state->replies.remove(reply);
        reply->deleteLater();
        startNext(request->registry);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (state->canceled) {
            done(fail(detail::canceledError()));
            return;
        }
        if (*tooLarge) {
            done(fail(ErrorCode::TooLarge, tr("%1 failed: the registry's answer is larger than the %2-byte limit")
                                               .arg(request->action)
                                               .arg(request->maxBodyBytes)));
            return;
        }
        if (*sinkRefused) {
            done(fail(ErrorCode::Integrity, tr("%1 failed: the data did not check out").arg(request->action)));
            return;
        }
        const QNetworkReply::NetworkError error = reply->error();
        const bool httpError =
            error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownServerError && status != 0;
        if (error != QNetworkReply::NoError && !httpError) {
            ErrorCode code = ErrorCode::Network;
            QString message;
            if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
                code = ErrorCode::Timeout;
                message = tr("%1 failed: the registry sent nothing for %2 s")
                              .arg(request->action)
                              .arg(options.timeoutMs / 1000);
            } else if (status != 0 &&
                       (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ProtocolFailure)) {
                code = ErrorCode::Integrity;
                message = tr("%1 failed: the connection closed before the whole answer arrived (truncated)")
                              .arg(request->action);
            } else {
                message = tr("%1 failed: %2").arg(request->action, reply->errorString());
            }
            done(fail(code, message));
            return;
        }

        Response response;
        response.status = status;
        response.headers = reply->rawHeaderPairs();
        response.url = request->resolvedUrl;
        const QByteArray rest = reply->readAll();
        if (request->onData && status >= 200 && status < 300) {
            if (!rest.isEmpty() && !request->onData(rest)) {
                done(fail(ErrorCode::Integrity, tr("%1 failed: the data did not check out").arg(request->action)));
                return;
            }
        } else {
            response.body = rest;
        }

        if (status == 401 && request->sendAuthorization) {
            authenticate(request, response, state, done);
            return;
        }
        if (status == 429) {
            ++request->rateLimitAttempts;
            const std::optional<qint64> retryAfter = parseRetryAfter(response.header("Retry-After"), m_clock.nowMs());
            const Error error = errorForStatus(status, response.body, request->action);
            // The wait travels as a number, so that callers (live pulls) need not read it out of the message.
            const auto rateLimited = [&](const QString &message) {
                Error limited(ErrorCode::RateLimited, message, error.detail);
                limited.retryAfterMs = retryAfter;
                return fail(std::move(limited));
            };
            if (request->rateLimitAttempts > options.maxRateLimitRetries) {
                done(rateLimited(
                    tr("%1 (gave up after %2 retries)").arg(error.message).arg(options.maxRateLimitRetries)));
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
            return;
        }
        if (isRedirect(status) && request->followRedirects) {
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
            // Never carry credentials to another host (CDNs serve blobs with signed URLs of their own).
            if (!sameOrigin(location, request->resolvedUrl))
                request->sendAuthorization = false;
            request->resolvedUrl = location;
            request->method = "GET";
            dispatch(request, state, done);
            return;
        }
        done(std::move(response));
    });
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
    // Parallel requests that need the same token share one fetch.
    auto &waiters = m_tokenWaiters[key];
    waiters.push_back(std::move(done));
    if (waiters.size() > 1)
        return;
    const RegistryOptions options = optionsFor(registry);
    const std::optional<Credential> credential = m_credentials ? m_credentials->credentialFor(registry) : std::nullopt;
    const bool post = credential && (credential->isIdentityToken() || options.preferOAuthPost);
    requestToken(registry, realm, service, scopes, post, state, [this, key](Result<QString> token) {
        auto callbacks = m_tokenWaiters.take(key);
        for (auto &callback : callbacks)
            callback(token);
    });
}

void RegistryClient::requestToken(const QString &registry, const QString &realm, const QString &service,
                                  const QStringList &scopes, bool post, const std::shared_ptr<OperationState> &state,
                                  std::function<void(Result<QString>)> done)
{
    const RegistryOptions options = optionsFor(registry);
    const std::optional<Credential> credential = m_credentials ? m_credentials->credentialFor(registry) : std::nullopt;
    QUrl url(realm);
    const bool loopbackRealm = ImageReference::isLoopbackHost(url.host());
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") &&
         !(url.scheme() == QLatin1String("http") && (loopbackRealm || options.insecure || options.plainHttp)))) {
        done(fail(ErrorCode::Protocol,
                  tr("%1 sent us to the token server \"%2\", which is not an https URL; refusing to send a login there")
                      .arg(registry, sanitizedServerText(realm.toUtf8(), 120))));
        return;
    }
    QNetworkRequest request;
    request.setTransferTimeout(options.timeoutMs);
    request.setSslConfiguration(sslFor(registry));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ImageSteward/" STEWARD_VERSION));
    QNetworkReply *reply = nullptr;
    ++m_requestCount;
    if (post) {
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
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, state, done, post, registry, realm, service, scopes, credential] {
                state->replies.remove(reply);
                reply->deleteLater();
                if (state->canceled) {
                    done(fail(detail::canceledError()));
                    return;
                }
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->read(1024 * 1024);
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

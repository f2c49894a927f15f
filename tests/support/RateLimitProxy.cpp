#include "RateLimitProxy.h"

#include "JwtSigner.h"
#include "RegistryFixture.h"
#include "ServerThread.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSslSocket>
#include <QTcpServer>
#include <QUuid>

namespace steward::test {

namespace {

// Above this many unsent bytes on one side, the proxy stops reading the other side: TCP pushes back.
constexpr qint64 HighWater = 1024 * 1024;

const QRegularExpression &manifestPath()
{
    static const QRegularExpression pattern(QStringLiteral("^/v2/.+/manifests/[^/]+$"));
    return pattern;
}

const QRegularExpression &blobPath()
{
    static const QRegularExpression pattern(QStringLiteral("^/v2/.+/blobs/(?!uploads)[^/]+$"));
    return pattern;
}

// "/v2/<repository>/manifests/<reference>" split into its two names; the reference percent-decoded.
std::pair<QString, QString> manifestTarget(const QString &path)
{
    const qsizetype at = path.lastIndexOf(QLatin1String("/manifests/"));
    return {path.mid(4, at - 4), QUrl::fromPercentEncoding(path.mid(at + 11).toLatin1())};
}

bool isIndexContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/vnd.oci.image.index.v1+json" ||
           type == "application/vnd.docker.distribution.manifest.list.v2+json";
}

// An index is small; one larger than this is not remembered (its platform GETs then count on their own).
constexpr qsizetype MaxIndexBytes = 4 * 1024 * 1024;

QByteArray errorBody(const char *code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("errors"),
                                      QJsonArray{QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                                                             {QStringLiteral("message"), message}}}}})
        .toJson(QJsonDocument::Compact);
}

// The user a request authenticates as: the Basic user name, or the subject of a Bearer JWT. Empty: anonymous.
QString authenticatedUser(const HttpHeaders &headers)
{
    const QByteArray authorization = headers.value("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        return QString::fromUtf8(decoded.left(decoded.indexOf(':')));
    }
    if (authorization.startsWith("Bearer "))
        return JwtSigner::decodeClaims(authorization.mid(7).trimmed()).value(QStringLiteral("sub")).toString();
    return {};
}

} // namespace

// One client connection (to the proxy or to its CDN listener) and the registry connection that serves it.
// Requests are handled one after another; pipelined ones wait in the buffer.
class RateLimitProxyConnection final : public QObject
{
public:
    RateLimitProxyConnection(RateLimitProxy *proxy, QTcpSocket *client, bool cdn, QObject *parent);

private:
    enum class Phase
    {
        Head,
        RequestBody,
        ResponseHead,
        ResponseBody,
        Closed
    };

    // What to do with one request, decided when its head arrives.
    struct Exchange
    {
        RateLimitProxy::LoggedRequest log;
        bool keepAlive = true;
        bool answeredLocally = false;
        bool rateLimitHeaders = false; // a manifest GET/HEAD under a limited quota
        bool authenticated = false;
        RateLimitProxy::Quota quota;
        qint64 reservedAt = -1;    // a manifest GET's pull, taken back unless the registry answers 2xx
        quint64 claimedIndex = 0;  // a platform manifest GET that belongs to this index's pull
        QString repository;        // manifest requests
        bool captureIndex = false; // a counted GET answered with an index: keep its body to learn its platforms
        QByteArray indexBody;
        std::optional<RateLimitProxy::FaultRule> fault;
        qint64 keep = -1; // body bytes to pass before the fault strikes
        qint64 sent = 0;
        bool stallCounted = false;
    };

    void onClientData();
    void onUpstreamData();
    void onUpstreamClosed();
    void beginExchange();
    void answerLocally(int status, HttpHeaders headers, const QByteArray &body);
    void forward(const QByteArray &target, const std::optional<QByteArray> &authorization);
    void sendResponseHead();
    void finishExchange();
    void addRateLimitHeaders(HttpHeaders &headers);
    void closeClient(bool abortive);
    QTcpSocket *upstream();

    RateLimitProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    bool m_cdn;
    Phase m_phase = Phase::Head;
    QByteArray m_in; // from the client, not yet handled
    QByteArray m_up; // from the registry, not yet handled
    HttpRequestHead m_request;
    BodyFramer m_requestFramer;
    HttpResponseHead m_response;
    BodyFramer m_responseFramer;
    Exchange m_exchange;
};

RateLimitProxyConnection::RateLimitProxyConnection(RateLimitProxy *proxy, QTcpSocket *client, bool cdn, QObject *parent)
    : QObject(parent), m_proxy(proxy), m_client(client), m_cdn(cdn)
{
    client->setParent(this);
    client->setReadBufferSize(HighWater);
    connect(client, &QTcpSocket::readyRead, this, &RateLimitProxyConnection::onClientData);
    connect(client, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::ResponseBody)
            onUpstreamData();
    });
    connect(client, &QTcpSocket::disconnected, this, [this] {
        if (m_phase == Phase::ResponseBody) {
            const QMutexLocker lock(&m_proxy->m_mutex);
            ++m_proxy->m_abandoned;
        }
        m_phase = Phase::Closed;
        if (QTcpSocket *socket = std::exchange(m_upstream, nullptr))
            socket->abort();
        deleteLater();
    });
    onClientData();
}

QTcpSocket *RateLimitProxyConnection::upstream()
{
    if (m_upstream)
        return m_upstream;
    const QUrl target = m_proxy->m_upstream;
    if (target.scheme() == QLatin1String("https")) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_proxy->m_ssl);
        ssl->connectToHostEncrypted(target.host(), quint16(target.port()));
        m_upstream = ssl;
    } else {
        m_upstream = new QTcpSocket(this);
        m_upstream->connectToHost(target.host(), quint16(target.port()));
    }
    m_upstream->setReadBufferSize(HighWater);
    QTcpSocket *socket = m_upstream;
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (socket == m_upstream)
            onUpstreamData();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (socket == m_upstream && m_phase == Phase::RequestBody)
            onClientData();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (socket == m_upstream)
            onUpstreamClosed();
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (socket == m_upstream && error != QAbstractSocket::RemoteHostClosedError)
            onUpstreamClosed();
    });
    return m_upstream;
}

void RateLimitProxyConnection::onClientData()
{
    while (m_phase == Phase::Head || m_phase == Phase::RequestBody) {
        const bool upstreamBusy = m_upstream && m_upstream->bytesToWrite() > HighWater;
        if (!upstreamBusy)
            m_in += m_client->readAll();
        if (m_phase == Phase::Head) {
            // A TLS handshake (clients probe https first, e.g. skopeo with --tls-verify=false) is refused at once,
            // as a plain-HTTP server would, instead of waiting for a blank line that never comes.
            if (!m_in.isEmpty() && !(m_in.at(0) >= 'A' && m_in.at(0) <= 'Z') && m_in.at(0) != '\r') {
                closeClient(true);
                return;
            }
            const ParseResult parsed = takeRequestHead(m_in, &m_request);
            if (parsed == ParseResult::NeedMore)
                return;
            if (parsed == ParseResult::Invalid) {
                m_exchange = {};
                m_exchange.keepAlive = false;
                answerLocally(400, {}, errorBody("UNSUPPORTED", QStringLiteral("malformed HTTP request")));
                finishExchange();
                return;
            }
            beginExchange();
            continue;
        }
        // Phase::RequestBody: pass it on, or drop it when the answer was local.
        const qsizetype used = m_requestFramer.consume(m_in.constData(), m_in.size());
        if (used > 0 && !m_exchange.answeredLocally && m_upstream)
            m_upstream->write(m_in.constData(), used);
        m_in.remove(0, used);
        if (m_requestFramer.failed()) {
            closeClient(true);
            return;
        }
        if (!m_requestFramer.done())
            return;
        if (m_exchange.answeredLocally) {
            finishExchange();
            continue;
        }
        if (!m_upstream) { // the registry went away while the request was being sent
            m_exchange.keepAlive = false;
            answerLocally(502, {{{"Content-Type", "application/json"}}},
                          errorBody("UNAVAILABLE", QStringLiteral("the registry closed the connection")));
            finishExchange();
            return;
        }
        m_phase = Phase::ResponseHead;
        onUpstreamData(); // an early answer may be waiting
        return;
    }
}

void RateLimitProxyConnection::beginExchange()
{
    m_exchange = {};
    m_exchange.keepAlive = m_request.keepAlive();
    m_exchange.log.method = m_request.method;
    m_exchange.log.target = m_request.target;
    m_exchange.log.headers = m_request.headers;
    m_requestFramer = BodyFramer::forRequest(m_request);
    const QString path = QString::fromLatin1(m_request.path());
    const bool isManifest = manifestPath().match(path).hasMatch();
    const bool isBlob = blobPath().match(path).hasMatch();

    RateLimitProxy *p = m_proxy;
    QMutexLocker lock(&p->m_mutex);
    const QString user = authenticatedUser(m_request.headers);
    m_exchange.authenticated = !user.isEmpty();
    m_exchange.log.source = m_exchange.authenticated ? user : p->m_clientAddress;

    if (m_cdn) {
        const QByteArray ticketId = m_request.query().queryItemValue(QStringLiteral("ticket")).toLatin1();
        const auto ticket = p->m_tickets.constFind(ticketId);
        if (ticket == p->m_tickets.cend()) {
            lock.unlock();
            answerLocally(404, {}, errorBody("BLOB_UNKNOWN", QStringLiteral("no such CDN object")));
            return;
        }
        if (p->m_cdnRejectsAuthorization && m_request.headers.contains("Authorization")) {
            lock.unlock();
            // What S3-style CDNs say when a signed URL also carries Authorization.
            answerLocally(
                400, {{{"Content-Type", "application/xml"}}},
                "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>");
            return;
        }
        const RateLimitProxy::Ticket stored = *ticket;
        lock.unlock();
        forward(stored.target, stored.authorization);
        return;
    }

    if (p->m_mode == RateLimitProxy::Mode::Abuse) {
        lock.unlock();
        answerLocally(429, {{{"Content-Type", "text/plain; charset=utf-8"}}}, "Too Many Requests\n");
        return;
    }

    for (auto rule = p->m_faults.begin(); rule != p->m_faults.end(); ++rule) {
        if ((!rule->method.isEmpty() && rule->method != m_request.method) ||
            (!rule->path.pattern().isEmpty() && !rule->path.match(path).hasMatch()))
            continue;
        m_exchange.fault = *rule;
        if (rule->times > 0 && --rule->times == 0)
            p->m_faults.erase(rule);
        break;
    }
    if (m_exchange.fault && m_exchange.fault->fault == RateLimitProxy::Fault::CloseConnection) {
        p->m_requests.append(m_exchange.log);
        lock.unlock();
        closeClient(true);
        return;
    }
    if (m_exchange.fault && m_exchange.fault->fault == RateLimitProxy::Fault::Status) {
        const int status = m_exchange.fault->status;
        lock.unlock();
        answerLocally(status, {{{"Content-Type", "application/json"}}},
                      errorBody("UNKNOWN", QStringLiteral("injected failure (HTTP %1)").arg(status)));
        return;
    }

    if (isManifest && m_request.method == "HEAD")
        ++p->m_manifestHeads;
    if (isManifest && (m_request.method == "GET" || m_request.method == "HEAD")) {
        m_exchange.quota = p->quotaFor(m_exchange.log.source, m_exchange.authenticated);
        m_exchange.rateLimitHeaders = p->m_mode == RateLimitProxy::Mode::Limited && m_exchange.quota.limit >= 0;
    }
    if (isManifest && m_request.method == "GET") {
        ++p->m_manifestGets;
        RateLimitProxy::Source &source = p->m_sources[m_exchange.log.source];
        source.quota = m_exchange.quota;
        p->pruneLocked(source);
        const qint64 now = p->nowMsLocked();
        const auto [repository, reference] = manifestTarget(path);
        m_exchange.repository = repository;
        m_exchange.claimedIndex = p->claimIndexLocked(source, repository, reference);
        if (m_exchange.claimedIndex != 0) {
            // The platform manifest of an index just pulled: the same pull, already counted.
            m_exchange.log.withIndex = true;
            lock.unlock();
            forward(m_request.target, std::nullopt);
            return;
        }
        if (m_exchange.rateLimitHeaders && source.pulls.size() >= m_exchange.quota.limit) {
            const qint64 waitMs = source.pulls.isEmpty()
                                      ? qint64(m_exchange.quota.windowSeconds) * 1000
                                      : source.pulls.first() + qint64(m_exchange.quota.windowSeconds) * 1000 - now;
            const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
            HttpHeaders headers;
            headers.set("Content-Type", "application/json");
            headers.set("Retry-After",
                        p->m_retryAfterAsDate ? httpDate(now + seconds * 1000) : QByteArray::number(seconds));
            const bool authenticated = m_exchange.authenticated;
            lock.unlock();
            addRateLimitHeaders(headers);
            answerLocally(429, headers, RateLimitProxy::tooManyRequestsBody(authenticated));
            return;
        }
        source.pulls.append(now);
        m_exchange.reservedAt = now;
    }
    if (isBlob && m_request.method == "GET") {
        ++p->m_blobGets;
        if (p->m_redirectBlobGets) {
            const QByteArray ticketId = QUuid::createUuid().toByteArray(QUuid::Id128);
            p->m_tickets.insert(ticketId, {m_request.target, m_request.headers.value("Authorization")});
            const QByteArray digest = m_request.path().mid(m_request.path().lastIndexOf('/') + 1);
            const QByteArray location = QStringLiteral("http://%1:%2").arg(p->m_cdnHost).arg(p->m_cdnPort).toLatin1() +
                                        "/blobs/" + digest + "?ticket=" + ticketId;
            lock.unlock();
            answerLocally(307, {{{"Location", location}, {"Content-Type", "text/html; charset=utf-8"}}},
                          "<a href=\"" + location + "\">Temporary Redirect</a>.\n");
            return;
        }
    }
    lock.unlock();
    forward(m_request.target, std::nullopt);
}

void RateLimitProxyConnection::answerLocally(int status, HttpHeaders headers, const QByteArray &body)
{
    m_exchange.answeredLocally = true;
    m_exchange.log.status = status;
    HttpResponseHead head;
    head.status = status;
    head.headers = std::move(headers);
    head.headers.set("Content-Length", QByteArray::number(body.size()));
    head.headers.set("Date", httpDate(QDateTime::currentMSecsSinceEpoch()));
    if (!m_exchange.keepAlive)
        head.headers.set("Connection", "close");
    m_client->write(head.serialize());
    if (m_request.method != "HEAD")
        m_client->write(body);
    m_phase = Phase::RequestBody; // the request body, if any, is read and dropped
}

void RateLimitProxyConnection::forward(const QByteArray &target, const std::optional<QByteArray> &authorization)
{
    HttpRequestHead head = m_request;
    head.target = target;
    const QUrl upstreamUrl = m_proxy->m_upstream;
    head.headers.set("Host", QStringLiteral("%1:%2").arg(upstreamUrl.host()).arg(upstreamUrl.port()).toLatin1());
    head.headers.remove("Proxy-Connection");
    if (authorization) {
        head.headers.remove("Authorization");
        if (!authorization->isEmpty())
            head.headers.set("Authorization", *authorization);
    }
    m_up.clear();
    upstream()->write(head.serialize());
    m_phase = Phase::RequestBody;
}

void RateLimitProxyConnection::onUpstreamData()
{
    if (!m_upstream)
        return;
    if (m_phase == Phase::RequestBody && !m_exchange.answeredLocally) {
        // "100 Continue" arrives before the client sends its body (Expect: 100-continue): pass it on now. A final
        // answer that comes early waits until the request body has gone through.
        m_up += m_upstream->readAll();
        for (;;) {
            QByteArray rest = m_up;
            HttpResponseHead interim;
            if (takeResponseHead(rest, &interim) != ParseResult::Done || interim.status / 100 != 1 ||
                interim.status == 101)
                return;
            m_client->write(interim.serialize());
            m_up = rest;
        }
    }
    if (m_phase == Phase::ResponseHead) {
        m_up += m_upstream->readAll();
        for (;;) {
            const ParseResult parsed = takeResponseHead(m_up, &m_response);
            if (parsed == ParseResult::NeedMore)
                return;
            if (parsed == ParseResult::Invalid) {
                m_up.clear();
                m_upstream->readAll();
                onUpstreamClosed(); // answers 502
                return;
            }
            if (m_response.status / 100 == 1 && m_response.status != 101) {
                m_client->write(m_response.serialize()); // 100 Continue and friends pass through
                continue;
            }
            break;
        }
        sendResponseHead();
    }
    if (m_phase != Phase::ResponseBody)
        return;
    const bool stalling = m_exchange.fault && m_exchange.fault->fault == RateLimitProxy::Fault::StallMidBody;
    if (stalling && m_exchange.sent >= m_exchange.keep) {
        if (!m_exchange.stallCounted) {
            m_exchange.stallCounted = true;
            const QMutexLocker lock(&m_proxy->m_mutex);
            ++m_proxy->m_stalled;
        }
        return; // the rest stays upstream; the client sees a transfer that has stopped
    }

    if (m_client->bytesToWrite() < HighWater)
        m_up += m_upstream->read(HighWater);
    const qsizetype used = m_responseFramer.consume(m_up.constData(), m_up.size(),
                                                    m_exchange.captureIndex ? &m_exchange.indexBody : nullptr);
    if (m_exchange.indexBody.size() > MaxIndexBytes) {
        m_exchange.captureIndex = false;
        m_exchange.indexBody.clear();
    }
    qsizetype pass = used;
    if (m_exchange.keep >= 0)
        pass = qsizetype(std::clamp<qint64>(m_exchange.keep - m_exchange.sent, 0, used));
    m_client->write(m_up.constData(), pass);
    m_exchange.sent += pass;
    m_up.remove(0, used);

    const bool dropping = m_exchange.fault && m_exchange.fault->fault == RateLimitProxy::Fault::DropMidBody;
    if (dropping && (m_exchange.sent >= m_exchange.keep || m_responseFramer.done())) {
        m_exchange.log.status = m_response.status;
        {
            const QMutexLocker lock(&m_proxy->m_mutex);
            (m_cdn ? m_proxy->m_cdnRequests : m_proxy->m_requests).append(m_exchange.log);
        }
        closeClient(false);
        return;
    }
    if (m_responseFramer.done())
        finishExchange();
}

void RateLimitProxyConnection::sendResponseHead()
{
    HttpHeaders &headers = m_response.headers;
    m_responseFramer = BodyFramer::forResponse(m_response, m_request.method);
    const bool success = m_response.status / 100 == 2;

    if (m_exchange.reservedAt >= 0 && !success) {
        const QMutexLocker lock(&m_proxy->m_mutex);
        m_proxy->m_sources[m_exchange.log.source].pulls.removeOne(m_exchange.reservedAt);
        m_exchange.reservedAt = -1;
    }
    if (m_exchange.claimedIndex != 0 && !success) {
        const QMutexLocker lock(&m_proxy->m_mutex);
        m_proxy->releaseIndexLocked(m_exchange.log.source, m_exchange.claimedIndex);
        m_exchange.claimedIndex = 0;
        m_exchange.log.withIndex = false;
    }
    m_exchange.log.counted = m_exchange.reservedAt >= 0;
    m_exchange.captureIndex = m_exchange.reservedAt >= 0 && isIndexContentType(headers.value("Content-Type"));
    if (m_exchange.rateLimitHeaders)
        addRateLimitHeaders(headers);

    // Absolute Locations name the registry; the client must come back through the proxy.
    const QByteArray location = headers.value("Location");
    const QByteArray registryBase = m_proxy->m_upstream.toString(QUrl::RemovePath).toLatin1();
    if (location.startsWith(registryBase))
        headers.set("Location", m_proxy->baseUrl().toString().toLatin1() + location.mid(registryBase.size()));

    if (m_exchange.fault) {
        const qint64 length = m_responseFramer.contentLength();
        const qint64 wanted = m_exchange.fault->keepBytes;
        if (m_exchange.fault->fault == RateLimitProxy::Fault::TruncateBody && length >= 0) {
            m_exchange.keep = wanted >= 0 ? std::min(wanted, length) : length / 2;
            headers.set("Content-Length", QByteArray::number(m_exchange.keep));
        } else if (m_exchange.fault->fault == RateLimitProxy::Fault::StallMidBody) {
            m_exchange.keep = wanted >= 0 ? wanted : (length > 0 ? length / 2 : 0);
        } else if (m_exchange.fault->fault == RateLimitProxy::Fault::TruncateBody ||
                   m_exchange.fault->fault == RateLimitProxy::Fault::DropMidBody) {
            // A chunked body cannot be shortened cleanly: it is cut off instead.
            m_exchange.fault->fault = RateLimitProxy::Fault::DropMidBody;
            m_exchange.keep = wanted >= 0 ? wanted : (length > 0 ? length / 2 : 0);
        }
    }
    if (!m_exchange.keepAlive)
        headers.set("Connection", "close");
    m_exchange.log.status = m_response.status;
    m_client->write(m_response.serialize());
    m_phase = Phase::ResponseBody;
}

void RateLimitProxyConnection::addRateLimitHeaders(HttpHeaders &headers)
{
    const QMutexLocker lock(&m_proxy->m_mutex);
    RateLimitProxy::Source &source = m_proxy->m_sources[m_exchange.log.source];
    const RateLimitProxy::Quota quota = m_exchange.quota;
    source.quota = quota;
    m_proxy->pruneLocked(source);
    const QByteArray window = ";w=" + QByteArray::number(quota.windowSeconds);
    const QByteArray limit = QByteArray::number(quota.limit) + window;
    const QByteArray remaining = QByteArray::number(std::max<qsizetype>(0, quota.limit - source.pulls.size())) + window;
    headers.set("ratelimit-limit", limit);
    headers.set("ratelimit-remaining", remaining);
    headers.set("docker-ratelimit-source", m_exchange.log.source.toUtf8());
    if (m_proxy->m_duplicateXHeaders) {
        headers.set("x-ratelimit-limit", limit);
        headers.set("x-ratelimit-remaining", remaining);
    }
}

void RateLimitProxyConnection::finishExchange()
{
    {
        const QMutexLocker lock(&m_proxy->m_mutex);
        (m_cdn ? m_proxy->m_cdnRequests : m_proxy->m_requests).append(m_exchange.log);
        // Recorded before the client can have read the whole index, so its platform GET always finds it.
        if (m_exchange.captureIndex && !m_cdn)
            m_proxy->openIndexLocked(m_exchange.log.source, m_exchange.repository, m_exchange.indexBody);
    }
    const bool upstreamDone =
        !m_exchange.answeredLocally && (m_response.headers.value("Connection").toLower().contains("close") ||
                                        m_responseFramer.kind() == BodyFramer::Kind::UntilClose);
    if (upstreamDone && m_upstream)
        std::exchange(m_upstream, nullptr)->disconnectFromHost();
    if (!m_exchange.keepAlive || m_responseFramer.kind() == BodyFramer::Kind::UntilClose) {
        closeClient(false);
        return;
    }
    m_phase = Phase::Head;
    m_response = {};
    m_responseFramer = {};
    // The next request may already be buffered.
    QMetaObject::invokeMethod(
        this, [this] { onClientData(); }, Qt::QueuedConnection);
}

void RateLimitProxyConnection::onUpstreamClosed()
{
    if (!m_upstream)
        return;
    QTcpSocket *socket = m_upstream;
    if (m_phase == Phase::ResponseHead || m_phase == Phase::ResponseBody) {
        // Whatever arrived before the close is still in the socket.
        onUpstreamData();
        if (m_upstream != socket)
            return;
        if (m_phase == Phase::ResponseBody && m_responseFramer.kind() == BodyFramer::Kind::UntilClose) {
            m_up += socket->readAll();
            m_client->write(m_up);
            m_up.clear();
            m_responseFramer.finishAtClose();
            m_upstream = nullptr;
            finishExchange();
            return;
        }
    }
    m_upstream = nullptr;
    socket->abort();
    if (m_phase == Phase::ResponseHead) {
        m_exchange.keepAlive = false;
        answerLocally(502, {{{"Content-Type", "application/json"}}},
                      errorBody("UNAVAILABLE", QStringLiteral("the registry closed the connection")));
        finishExchange();
    } else if (m_phase == Phase::ResponseBody) {
        closeClient(false); // the body is cut short: the client sees a premature end
    }
}

void RateLimitProxyConnection::closeClient(bool abortive)
{
    m_phase = Phase::Closed;
    if (QTcpSocket *socket = std::exchange(m_upstream, nullptr))
        socket->abort();
    if (abortive)
        m_client->abort();
    else
        m_client->disconnectFromHost(); // after what was written has gone out
}

// --- RateLimitProxy ---

RateLimitProxy::RateLimitProxy() = default;

RateLimitProxy::~RateLimitProxy()
{
    stop();
}

bool RateLimitProxy::start(const RegistryFixture &registry)
{
    return start(registry.baseUrl(), registry.sslConfiguration());
}

bool RateLimitProxy::start(const QUrl &upstream, const QSslConfiguration &ssl)
{
    stop();
    m_upstream = upstream;
    if (m_upstream.port() < 0)
        m_upstream.setPort(upstream.scheme() == QLatin1String("https") ? 443 : 80);
    m_ssl = ssl;
    m_thread = std::make_unique<ServerThread>(QStringLiteral("RateLimitProxy"));
    bool ok = false;
    m_thread->run([this, &ok] {
        QObject *context = m_thread->context();
        const auto serve = [this, context](QTcpServer *server, bool cdn) {
            QObject::connect(server, &QTcpServer::newConnection, context, [this, server, cdn, context] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    new RateLimitProxyConnection(this, socket, cdn, context);
            });
        };
        auto *server = new QTcpServer(context);
        serve(server, false);
        if (!server->listen(QHostAddress::LocalHost)) {
            m_error = QStringLiteral("the proxy cannot listen on 127.0.0.1: %1").arg(server->errorString());
            return;
        }
        m_port = server->serverPort();
        // The CDN answers on both loopback families, because "localhost" may resolve to either.
        auto *cdn = new QTcpServer(context);
        serve(cdn, true);
        if (!cdn->listen(QHostAddress::LocalHost)) {
            m_error = QStringLiteral("the CDN listener cannot listen on 127.0.0.1: %1").arg(cdn->errorString());
            return;
        }
        m_cdnPort = cdn->serverPort();
        auto *cdn6 = new QTcpServer(context);
        serve(cdn6, true);
        if (!cdn6->listen(QHostAddress::LocalHostIPv6, m_cdnPort))
            delete cdn6; // no IPv6 loopback here: "localhost" then means 127.0.0.1
        ok = true;
    });
    if (!ok)
        stop();
    return ok;
}

void RateLimitProxy::stop()
{
    m_thread.reset();
    m_port = 0;
    m_cdnPort = 0;
}

QUrl RateLimitProxy::baseUrl() const
{
    return QUrl(QStringLiteral("http://") + hostPort());
}

QString RateLimitProxy::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QUrl RateLimitProxy::cdnBaseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(cdnHost()).arg(m_cdnPort));
}

void RateLimitProxy::setMode(Mode mode)
{
    const QMutexLocker lock(&m_mutex);
    m_mode = mode;
}

void RateLimitProxy::setAnonymousQuota(const Quota &quota)
{
    const QMutexLocker lock(&m_mutex);
    m_anonymousQuota = quota;
}

void RateLimitProxy::setAuthenticatedQuota(const Quota &quota)
{
    const QMutexLocker lock(&m_mutex);
    m_authenticatedQuota = quota;
}

void RateLimitProxy::setUserQuota(const QString &user, const Quota &quota)
{
    const QMutexLocker lock(&m_mutex);
    m_userQuotas.insert(user, quota);
}

void RateLimitProxy::setClientAddress(const QString &address)
{
    const QMutexLocker lock(&m_mutex);
    m_clientAddress = address;
}

QString RateLimitProxy::clientAddress() const
{
    const QMutexLocker lock(&m_mutex);
    return m_clientAddress;
}

void RateLimitProxy::setDuplicateXHeaders(bool on)
{
    const QMutexLocker lock(&m_mutex);
    m_duplicateXHeaders = on;
}

void RateLimitProxy::setRetryAfterAsDate(bool on)
{
    const QMutexLocker lock(&m_mutex);
    m_retryAfterAsDate = on;
}

void RateLimitProxy::setRedirectBlobGets(bool on)
{
    const QMutexLocker lock(&m_mutex);
    m_redirectBlobGets = on;
}

void RateLimitProxy::setCdnHost(const QString &host)
{
    const QMutexLocker lock(&m_mutex);
    m_cdnHost = host;
}

QString RateLimitProxy::cdnHost() const
{
    const QMutexLocker lock(&m_mutex);
    return m_cdnHost;
}

void RateLimitProxy::setCdnRejectsAuthorization(bool on)
{
    const QMutexLocker lock(&m_mutex);
    m_cdnRejectsAuthorization = on;
}

void RateLimitProxy::addFault(const FaultRule &rule)
{
    const QMutexLocker lock(&m_mutex);
    m_faults.append(rule);
}

void RateLimitProxy::clearFaults()
{
    const QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void RateLimitProxy::useVirtualClock(qint64 startMs)
{
    const QMutexLocker lock(&m_mutex);
    m_virtualClock = true;
    m_virtualNowMs = startMs;
}

void RateLimitProxy::advanceClock(qint64 ms)
{
    const QMutexLocker lock(&m_mutex);
    m_virtualNowMs += ms;
}

qint64 RateLimitProxy::nowMs() const
{
    const QMutexLocker lock(&m_mutex);
    return nowMsLocked();
}

qint64 RateLimitProxy::nowMsLocked() const
{
    return m_virtualClock ? m_virtualNowMs : QDateTime::currentMSecsSinceEpoch();
}

RateLimitProxy::Quota RateLimitProxy::quotaFor(const QString &source, bool authenticated) const
{
    if (!authenticated)
        return m_anonymousQuota;
    return m_userQuotas.value(source, m_authenticatedQuota);
}

void RateLimitProxy::pruneLocked(Source &source) const
{
    const qint64 cutoff = nowMsLocked() - qint64(source.quota.windowSeconds) * 1000;
    while (!source.pulls.isEmpty() && source.pulls.first() <= cutoff)
        source.pulls.removeFirst();
}

quint64 RateLimitProxy::claimIndexLocked(Source &source, const QString &repository, const QString &digest)
{
    const qint64 cutoff = nowMsLocked() - indexPairingMs;
    source.indexes.removeIf([cutoff](const OpenIndex &index) { return index.at < cutoff; });
    for (OpenIndex &index : source.indexes) {
        if (!index.claimed && index.repository == repository && index.platformDigests.contains(digest)) {
            index.claimed = true;
            return index.id;
        }
    }
    return 0;
}

void RateLimitProxy::releaseIndexLocked(const QString &source, quint64 id)
{
    for (OpenIndex &index : m_sources[source].indexes) {
        if (index.id == id)
            index.claimed = false;
    }
}

void RateLimitProxy::openIndexLocked(const QString &source, const QString &repository, const QByteArray &indexBody)
{
    OpenIndex index;
    index.id = m_nextIndexId++;
    index.repository = repository;
    index.at = nowMsLocked();
    const QJsonArray manifests =
        QJsonDocument::fromJson(indexBody).object().value(QStringLiteral("manifests")).toArray();
    for (const QJsonValue &entry : manifests)
        index.platformDigests.insert(entry.toObject().value(QStringLiteral("digest")).toString());
    if (!index.platformDigests.isEmpty())
        m_sources[source].indexes.append(index);
}

RateLimitProxy::Quota RateLimitProxy::quotaOfLocked(const QString &source) const
{
    if (auto it = m_sources.constFind(source); it != m_sources.cend())
        return it->quota;
    // Not seen yet: a user with a quota of their own, the client address, or else an authenticated user.
    if (m_userQuotas.contains(source))
        return m_userQuotas.value(source);
    return source == m_clientAddress ? m_anonymousQuota : m_authenticatedQuota;
}

int RateLimitProxy::countedPulls(const QString &source) const
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_sources.constFind(source);
    if (it == m_sources.cend())
        return 0;
    const qint64 cutoff = nowMsLocked() - qint64(it->quota.windowSeconds) * 1000;
    return int(std::count_if(it->pulls.cbegin(), it->pulls.cend(), [cutoff](qint64 at) { return at > cutoff; }));
}

int RateLimitProxy::remaining(const QString &source) const
{
    Quota quota;
    {
        const QMutexLocker lock(&m_mutex);
        quota = quotaOfLocked(source);
    }
    if (quota.limit < 0)
        return -1;
    return std::max(0, quota.limit - countedPulls(source));
}

int RateLimitProxy::manifestGets() const
{
    const QMutexLocker lock(&m_mutex);
    return m_manifestGets;
}

int RateLimitProxy::manifestHeads() const
{
    const QMutexLocker lock(&m_mutex);
    return m_manifestHeads;
}

int RateLimitProxy::blobGets() const
{
    const QMutexLocker lock(&m_mutex);
    return m_blobGets;
}

int RateLimitProxy::stalledExchanges() const
{
    const QMutexLocker lock(&m_mutex);
    return m_stalled;
}

int RateLimitProxy::abandonedExchanges() const
{
    const QMutexLocker lock(&m_mutex);
    return m_abandoned;
}

QList<RateLimitProxy::LoggedRequest> RateLimitProxy::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<RateLimitProxy::LoggedRequest> RateLimitProxy::cdnRequests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_cdnRequests;
}

void RateLimitProxy::resetCounts()
{
    const QMutexLocker lock(&m_mutex);
    m_sources.clear();
    m_tickets.clear();
    m_manifestGets = 0;
    m_manifestHeads = 0;
    m_blobGets = 0;
    m_stalled = 0;
    m_abandoned = 0;
    m_requests.clear();
    m_cdnRequests.clear();
}

QByteArray RateLimitProxy::tooManyRequestsBody(bool authenticated)
{
    return errorBody("TOOMANYREQUESTS", authenticated
                                            ? QStringLiteral("You have reached your pull rate limit. "
                                                             "https://www.docker.com/increase-rate-limit")
                                            : QStringLiteral("You have reached your unauthenticated pull rate limit. "
                                                             "https://www.docker.com/increase-rate-limit"));
}

} // namespace steward::test

#pragma once

// A Docker-Hub-like front for a real registry (reference/registry-protocol.md §3): it forwards every request to
// the registry, streaming bodies both ways, and adds Hub's rate-limit headers and 429s.
//
//   RegistryFixture registry; registry.start();
//   RateLimitProxy hub;
//   hub.setAnonymousQuota({3, 3600});
//   hub.useVirtualClock(QDateTime::currentMSecsSinceEpoch());   // the window moves only when told
//   QVERIFY2(hub.start(registry), qPrintable(hub.errorString()));
//   ... point the client under test at hub.baseUrl() / hub.hostPort() instead of the registry ...
//   QCOMPARE(hub.countedPulls(hub.clientAddress()), 3);      // the 4th manifest GET got 429 + Retry-After
//   hub.advanceClock(3600 * 1000);                           // the window slid: pulls are possible again
//
// What it does:
// - Manifest GET and HEAD answers carry `ratelimit-limit: N;w=W`, `ratelimit-remaining: R;w=W` and
//   `docker-ratelimit-source: S` (plus `x-ratelimit-limit` / `x-ratelimit-remaining` with setDuplicateXHeaders).
//   Only successful manifest GETs count as pulls; HEADs, blob GETs and 429'd requests do not. A multi-arch image
//   counts once per architecture (registry-protocol.md §3: "a pull is up to two GET requests on
//   /v2/*/manifests/*"; "one per architecture"): after a counted GET of an index, the source's first GET by digest of
//   one of its platform manifests in the same repository (within indexPairingMs) is part of that pull and neither
//   counts nor can be refused; another platform of the same index, or the same one again, is a pull of its own. The
//   window slides: a pull stops counting W seconds after it was made. When the source's quota is spent, a manifest GET
//   gets 429 with `Retry-After` (seconds until the oldest pull leaves the window, or an HTTP date) and the
//   TOOMANYREQUESTS error body; HEADs keep answering (with remaining 0), as Hub's do.
// - The source is the authenticated user (Basic user name, or the `sub` of a Bearer JWT), else clientAddress().
//   Users get the authenticated quota (or their own, setUserQuota); a quota with limit < 0 means unlimited.
// - Mode::Unlimited adds no headers and never answers 429 (pulls are still counted); Mode::Abuse answers a plain
//   429 to every request.
// - Status, headers (Docker-Content-Digest, WWW-Authenticate, ...) and bodies pass through; absolute `Location`
//   URLs pointing at the registry are rewritten to the proxy.
// - Faults: addFault() drops the connection mid-body, truncates a body (a shorter Content-Length, so only a digest
//   check notices), closes without answering, or answers a status, for requests matching a method and path.
// - setRedirectBlobGets(true): blob GETs answer 307 to a second listener, named by another host (cdnBaseUrl(),
//   "localhost" by default, vs "127.0.0.1"), which serves the blob from the registry using the credentials of the
//   redirected request. cdnRequests() records the headers it received, so tests can check that a client did not
//   carry Authorization to the other host.
//
// It answers on a thread of its own, so a test may block while it works. Setters and counters are thread-safe.

#include "HttpWire.h"

#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <memory>

namespace steward::test {

class RegistryFixture;
class ServerThread;

class RateLimitProxy final
{
public:
    enum class Mode
    {
        Limited,
        Unlimited,
        Abuse
    };

    struct Quota
    {
        int limit = 100; // < 0: unlimited (no headers, no 429)
        int windowSeconds = 21600;
    };

    enum class Fault
    {
        DropMidBody,     // forward the head and keepBytes of the body (default: half), then reset the connection
        TruncateBody,    // announce and send only keepBytes of the body (default: half); the connection stays usable
        CloseConnection, // close the client connection without answering
        Status,          // answer `status` with a distribution error body, without asking the registry
        StallMidBody,    // forward the head and keepBytes of the body (default: half), then nothing more: a
                         // transfer that hangs until the client gives up
    };

    struct FaultRule
    {
        Fault fault = Fault::DropMidBody;
        QByteArray method;       // empty: any
        QRegularExpression path; // matched against the path without query; default: any
        int times = 1;           // how many matching requests it hits; < 0: all
        qint64 keepBytes = -1;   // DropMidBody, TruncateBody, StallMidBody
        int status = 503;        // Status
    };

    struct LoggedRequest
    {
        QByteArray method;
        QByteArray target;
        HttpHeaders headers; // as received from the client
        QString source;
        int status = 0; // what the client got; 0 when the connection was closed without an answer
        bool counted = false;
        bool withIndex = false; // a platform manifest GET that was part of its index's pull
    };

    // How long after an index GET a platform manifest GET still belongs to that pull.
    static constexpr qint64 indexPairingMs = 60 * 1000;

    RateLimitProxy();
    ~RateLimitProxy();
    RateLimitProxy(const RateLimitProxy &) = delete;
    RateLimitProxy &operator=(const RateLimitProxy &) = delete;

    // Listens on 127.0.0.1 (and the CDN listener on cdnHost()) in front of the registry. The registry may use TLS;
    // the proxy itself speaks plain HTTP.
    bool start(const RegistryFixture &registry);
    bool start(const QUrl &upstream, const QSslConfiguration &ssl = QSslConfiguration::defaultConfiguration());
    void stop();
    QString errorString() const { return m_error; }

    QUrl baseUrl() const;     // http://127.0.0.1:PORT
    QString hostPort() const; // 127.0.0.1:PORT
    QUrl cdnBaseUrl() const;  // http://localhost:PORT

    // --- Configuration ---
    void setMode(Mode mode);                        // default Limited
    void setAnonymousQuota(const Quota &quota);     // default 100 per 21600 s
    void setAuthenticatedQuota(const Quota &quota); // default 200 per 21600 s
    void setUserQuota(const QString &user, const Quota &quota);
    void setClientAddress(const QString &address); // default "192.0.2.1"
    QString clientAddress() const;
    void setDuplicateXHeaders(bool on); // also send x-ratelimit-limit / x-ratelimit-remaining
    void setRetryAfterAsDate(bool on);  // Retry-After as an HTTP date instead of seconds
    void setRedirectBlobGets(bool on);
    void setCdnHost(const QString &host); // before start(); default "localhost"
    QString cdnHost() const;
    void setCdnRejectsAuthorization(bool on); // a CDN that answers 400 to a request carrying Authorization
    void addFault(const FaultRule &rule);
    void clearFaults();

    // --- Clock: the wall clock unless told otherwise ---
    void useVirtualClock(qint64 startMs);
    void advanceClock(qint64 ms);
    qint64 nowMs() const;

    // --- Counters ---
    int countedPulls(const QString &source) const; // pulls inside the current window
    int remaining(const QString &source) const;    // -1 when the source is unlimited
    int manifestGets() const;                      // received, whatever their answer
    int manifestHeads() const;
    int blobGets() const;
    int stalledExchanges() const;   // answers held back by StallMidBody so far
    int abandonedExchanges() const; // answers whose client closed the connection before they were complete
    QList<LoggedRequest> requests() const;
    QList<LoggedRequest> cdnRequests() const;
    void resetCounts(); // forgets pulls, logs and counters; configuration stays

    // The TOOMANYREQUESTS body Hub sends with a 429.
    static QByteArray tooManyRequestsBody(bool authenticated);

private:
    friend class RateLimitProxyConnection;

    struct Ticket
    {
        QByteArray target;
        QByteArray authorization;
    };

    // A counted index GET whose platform manifest GET is still to come.
    struct OpenIndex
    {
        quint64 id = 0;
        QString repository;
        QSet<QString> platformDigests;
        qint64 at = 0;
        bool claimed = false; // its platform manifest was fetched (or is being fetched)
    };

    struct Source
    {
        Quota quota;         // the one that applied to its last manifest request
        QList<qint64> pulls; // times of counted pulls, oldest first
        QList<OpenIndex> indexes;
    };

    qint64 nowMsLocked() const;
    Quota quotaFor(const QString &source, bool authenticated) const;
    Quota quotaOfLocked(const QString &source) const;
    void pruneLocked(Source &source) const;
    // Claims the open index of `repository` that lists `digest`; its id, or 0 when the GET is a pull of its own.
    quint64 claimIndexLocked(Source &source, const QString &repository, const QString &digest);
    void releaseIndexLocked(const QString &source, quint64 id);
    void openIndexLocked(const QString &source, const QString &repository, const QByteArray &indexBody);

    std::unique_ptr<ServerThread> m_thread;
    QUrl m_upstream;
    QSslConfiguration m_ssl;
    quint16 m_port = 0;
    quint16 m_cdnPort = 0;
    QString m_error;

    mutable QMutex m_mutex; // guards everything below
    Mode m_mode = Mode::Limited;
    Quota m_anonymousQuota{100, 21600};
    Quota m_authenticatedQuota{200, 21600};
    QHash<QString, Quota> m_userQuotas;
    QString m_clientAddress = QStringLiteral("192.0.2.1");
    bool m_duplicateXHeaders = false;
    bool m_retryAfterAsDate = false;
    bool m_redirectBlobGets = false;
    QString m_cdnHost = QStringLiteral("localhost");
    bool m_cdnRejectsAuthorization = false;
    QList<FaultRule> m_faults;
    bool m_virtualClock = false;
    qint64 m_virtualNowMs = 0;
    QHash<QString, Source> m_sources;
    QHash<QByteArray, Ticket> m_tickets;
    quint64 m_nextIndexId = 1;
    int m_manifestGets = 0;
    int m_manifestHeads = 0;
    int m_blobGets = 0;
    int m_stalled = 0;
    int m_abandoned = 0;
    QList<LoggedRequest> m_requests;
    QList<LoggedRequest> m_cdnRequests;
};

} // namespace steward::test

#pragma once

#include "core/Clock.h"
#include "core/ImageReference.h"
#include "registry/CredentialProvider.h"
#include "registry/RegistryOptions.h"
#include "registry/RegistryTypes.h"
#include "registry/TokenCache.h"

#include <QFuture>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>

#include <deque>
#include <functional>
#include <memory>

namespace steward::registry {

namespace detail {
struct Request;
struct Response;
struct OperationState;
struct HostState;
} // namespace detail

// An OCI Distribution client. Lives on one thread and owns its QNetworkAccessManager; every operation is
// asynchronous and returns a future that can be cancelled (QFuture::cancel) and reports progress where it moves
// data. Auth (anonymous, Basic, Bearer with a token cache), 429 back-off and redirects are handled inside.
class RegistryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryClient)

public:
    explicit RegistryClient(QObject *parent = nullptr);
    RegistryClient(const Clock &clock, QObject *parent);
    ~RegistryClient() override;

    // Options for one registry (as in ImageReference::registry()); others use the defaults.
    void setRegistryOptions(const QString &registry, const RegistryOptions &options);
    void setDefaultOptions(const RegistryOptions &options);
    RegistryOptions optionsFor(const QString &registry) const;
    void setCredentialProvider(std::shared_ptr<const CredentialProvider> provider);
    // Whether the credential provider has a login for `registry` (the secret itself stays inside the client).
    bool hasCredentialFor(const QString &registry) const;
    // Whether `path` (RegistryOptions::caFile) is a readable file with at least one PEM certificate; empty is fine.
    static Status checkCaFile(const QString &path);

    QFuture<Result<PingResult>> ping(const QString &registry);
    QFuture<Result<TagList>> listTags(const ImageReference &repository);
    // One HEAD per tag, in parallel up to the per-host limit; results in the order of `tags`. Progress: tags done.
    QFuture<Result<QList<TagDigest>>> tagDigests(const ImageReference &repository, const QStringList &tags);
    // One HEAD, never a GET: it never counts as a pull. The digest is invalid when the registry sent none.
    QFuture<Result<ManifestHead>> headManifest(const ImageReference &reference);
    QFuture<Result<FetchedManifest>> getManifest(const ImageReference &reference);
    // The manifest digest for one platform of a multi-platform image (or the image itself when it is not an index).
    QFuture<Result<PlatformImage>> platformDigest(const ImageReference &reference, const QString &platform);
    // What an agent's pull fetches: the reference's manifest and, for an index, the image manifest for `platform`
    // ("linux/amd64"). Fails NotFound, naming the platforms the index has, when it has none for `platform`.
    QFuture<Result<PulledImage>> pullManifests(const ImageReference &reference, const QString &platform);
    // One HEAD per blob, in parallel up to the per-host limit: which are in the repository. No blob bytes move.
    QFuture<Result<QList<BlobPresence>>> checkBlobs(const ImageReference &repository, const QList<Descriptor> &blobs);
    // GETs one blob as a pull would, hashing it as it streams and then dropping it (never held whole); verified
    // against the descriptor's digest and size. The result is the number of bytes received. Progress in KiB.
    QFuture<Result<qint64>> fetchBlob(const ImageReference &repository, const Descriptor &blob);
    QFuture<Result<ImageConfig>> getConfig(const ImageReference &repository, const Descriptor &config);
    QFuture<Result<ImageDetails>> inspect(const ImageReference &reference);
    // PUTs exactly `bytes` under the reference's tag (or digest); the registry's digest must equal ours.
    QFuture<Result<Digest>> putManifest(const ImageReference &reference, const QByteArray &bytes,
                                        const QString &mediaType);
    // Adds tags to the manifest `source` names: one GET, then one PUT of the identical bytes per tag. No blob I/O.
    QFuture<Result<Digest>> retag(const ImageReference &source, const QStringList &newTags);
    // Copies an image (and every platform of an index). Same registry: blobs are mounted. Another registry: blobs
    // are streamed, verified against their digests, with progress in bytes.
    QFuture<Result<CopyReport>> copy(const ImageReference &source, const ImageReference &destination);
    // Deletes the manifest with this digest. Warning: the registry drops every tag that points at it.
    QFuture<Status> deleteManifest(const ImageReference &reference);

    // Requests sent (all methods, token fetches included): for tests and the benchmark.
    qint64 requestCount() const { return m_requestCount; }

private:
    using ResponseHandler = std::function<void(Result<detail::Response>)>;

    void send(detail::Request request, const std::shared_ptr<detail::OperationState> &state, ResponseHandler done);
    void withEndpoint(const QString &registry, const std::shared_ptr<detail::OperationState> &state,
                      std::function<void(Result<QUrl>)> done);
    void probe(const QString &registry, bool https);
    void dispatch(const std::shared_ptr<detail::Request> &request, const std::shared_ptr<detail::OperationState> &state,
                  const ResponseHandler &done);
    void startNext(const QString &registry);
    // Sending one request and reading its answer, step by step: transmit() sends (after fetchTokenFirst() when a
    // Bearer token is missing), guardReplyBody() bounds or streams the body as it arrives, handleReply() reads the
    // answer (readReply()) and hands a 401 to authenticate(), a 429 to retryRateLimited() and a redirect to
    // followRedirect(); anything else is the caller's.
    struct ReplyGuard
    {
        qint64 received = 0;      // streamed bytes so far
        bool tooLarge = false;    // aborted: over the body limit
        bool sinkRefused = false; // aborted: the stream's consumer refused the data (a digest mismatch)
    };
    void transmit(const std::shared_ptr<detail::Request> &request, const std::shared_ptr<detail::OperationState> &state,
                  const ResponseHandler &done);
    bool fetchTokenFirst(const std::shared_ptr<detail::Request> &request,
                         const std::shared_ptr<detail::OperationState> &state, const ResponseHandler &done);
    QNetworkRequest networkRequestFor(const detail::Request &request) const;
    void guardReplyBody(QNetworkReply *reply, const std::shared_ptr<detail::Request> &request,
                        const std::shared_ptr<ReplyGuard> &guard);
    void handleReply(QNetworkReply *reply, const std::shared_ptr<detail::Request> &request,
                     const std::shared_ptr<detail::OperationState> &state, const ResponseHandler &done,
                     const ReplyGuard &guard);
    Result<detail::Response> readReply(QNetworkReply *reply, const detail::Request &request,
                                       const ReplyGuard &guard) const;
    void retryRateLimited(const std::shared_ptr<detail::Request> &request, const detail::Response &response,
                          const std::shared_ptr<detail::OperationState> &state, const ResponseHandler &done);
    void followRedirect(const std::shared_ptr<detail::Request> &request, const detail::Response &response,
                        const std::shared_ptr<detail::OperationState> &state, const ResponseHandler &done);
    void authenticate(const std::shared_ptr<detail::Request> &request, const detail::Response &response,
                      const std::shared_ptr<detail::OperationState> &state, const ResponseHandler &done);
    void fetchToken(const QString &registry, const QString &realm, const QString &service, const QStringList &scopes,
                    const std::shared_ptr<detail::OperationState> &state, std::function<void(Result<QString>)> done);
    void requestToken(const QString &registry, const QString &realm, const QString &service, const QStringList &scopes,
                      bool post, const std::shared_ptr<detail::OperationState> &state,
                      const std::function<void(Result<QString>)> &done);
    QByteArray authorizationFor(const QString &registry, const QStringList &scopes) const;
    // TLS for a request to `url` on behalf of `registry`: its CA file, and its "insecure" choice on its own host only.
    QSslConfiguration sslFor(const QString &registry, const QUrl &url) const;
    // Plain HTTP to `url`: loopback, or the registry's own host when the user chose insecure or plain HTTP for it.
    bool plainHttpAllowed(const QString &registry, const QUrl &url) const;
    void leaveTokenFetch(const QString &key, quint64 id);
    QNetworkReply *startReply(const QByteArray &method, QNetworkRequest request, const detail::Request &source);

    void headBlobOrMount(const ImageReference &source, const ImageReference &destination, const Descriptor &blob,
                         const std::shared_ptr<detail::OperationState> &state,
                         const std::shared_ptr<CopyReport> &report, const std::function<void(Status)> &done);
    void streamBlob(const ImageReference &source, const ImageReference &destination, const Descriptor &blob,
                    const QUrl &uploadLocation, const std::shared_ptr<detail::OperationState> &state,
                    const std::shared_ptr<CopyReport> &report, const std::function<void(Status)> &done);
    void copyImage(const ImageReference &source, const ImageReference &destination, const FetchedManifest &manifest,
                   const std::shared_ptr<detail::OperationState> &state, const std::shared_ptr<CopyReport> &report,
                   const std::function<void(Status)> &done);
    void getManifestInto(const ImageReference &reference, const std::shared_ptr<detail::OperationState> &state,
                         const std::function<void(Result<FetchedManifest>)> &done);
    void putManifestInto(const ImageReference &reference, const QByteArray &bytes, const QString &mediaType,
                         const std::shared_ptr<detail::OperationState> &state,
                         const std::function<void(Result<Digest>)> &done);

    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    RegistryOptions m_defaults;
    QHash<QString, RegistryOptions> m_options;
    std::shared_ptr<const CredentialProvider> m_credentials;
    TokenCache m_tokens;
    QHash<QString, std::shared_ptr<detail::HostState>> m_hosts;
    // Per token key: the callers waiting on the one fetch in flight (by id, so that a cancelled one can leave), and
    // that fetch's own cancellation state.
    QHash<QString, std::vector<std::pair<quint64, std::function<void(Result<QString>)>>>> m_tokenWaiters;
    QHash<QString, std::shared_ptr<detail::OperationState>> m_tokenFetches;
    quint64 m_lastTokenWaiter = 0;
    qint64 m_requestCount = 0;
};

} // namespace steward::registry

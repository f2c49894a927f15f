#pragma once

// Internals shared by RegistryClient.cpp (transport, auth) and RegistryOperations.cpp (the operations).

#include "core/ImageReference.h"
#include "core/Result.h"
#include "registry/AuthChallenge.h"
#include "registry/HttpHeaders.h"

#include <QFutureWatcher>
#include <QIODevice>
#include <QNetworkReply>
#include <QPromise>
#include <QSet>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace steward::registry::detail {

struct Request
{
    QByteArray method = "GET";
    QUrl url;         // relative ("/v2/...") to the registry endpoint, or absolute (Location, Link)
    QString registry; // ImageReference::registry(): options, auth, connection limit
    QStringList scopes;
    HeaderList headers;
    QByteArray body;
    std::shared_ptr<QIODevice> bodyDevice; // streamed upload; wins over body
    qint64 maxBodyBytes = qint64{4} * 1024 * 1024;
    bool followRedirects = false;
    // Streamed download: body bytes go here instead of into Response::body. Return false to abort.
    std::function<bool(QByteArrayView)> onData;
    QString action; // "listing tags of reg/app": for error messages

    // Retry bookkeeping.
    int authAttempts = 0;
    int rateLimitAttempts = 0;
    int redirects = 0;
    bool sendAuthorization = true;
    QUrl resolvedUrl;
};

struct Response
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QUrl url;
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

// Cancellation shared by every request of one operation: cancelling the future aborts what is in flight.
struct OperationState
{
    bool canceled = false;
    QSet<QNetworkReply *> replies;
    // Bytes of blob data streamed so far, for operations that report progress (copy between registries).
    std::function<void(qint64)> bytesMoved;
    // Run once on cancel: waits that are not a reply of this operation (a token fetch shared with others).
    std::vector<std::function<void()>> atCancel;
    void cancel()
    {
        canceled = true;
        const QSet<QNetworkReply *> inFlight = replies;
        for (QNetworkReply *reply : inFlight) {
            if (!reply->isFinished())
                reply->abort();
        }
        auto hooks = std::move(atCancel);
        atCancel.clear();
        for (auto &hook : hooks)
            hook();
    }
};

// Per registry: where its API answers, how it authenticates, and the queue behind the connection limit.
struct HostState
{
    std::optional<QUrl> endpoint;
    bool probing = false;
    std::optional<Error> probeError;
    std::vector<std::function<void(Result<QUrl>)>> endpointWaiters;
    std::optional<AuthChallenge> challenge;
    int active = 0;
    std::deque<std::function<void()>> queue;
};

template<typename T>
struct Operation
{
    QPromise<T> promise;
    std::shared_ptr<OperationState> state = std::make_shared<OperationState>();
    bool done = false;

    void finish(T result)
    {
        if (done)
            return;
        done = true;
        promise.addResult(std::move(result));
        promise.finish();
        auto cleanups = std::move(atFinish);
        for (auto &cleanup : cleanups)
            cleanup();
    }
    // Run once the result is in: breaks the self-references of multi-step chains (pages, platforms).
    std::vector<std::function<void()>> atFinish;
    bool canceled() const { return state->canceled || promise.isCanceled(); }
};

// Starts an operation whose future, when cancelled, aborts the requests in flight.
template<typename T>
std::shared_ptr<Operation<T>> startOperation(QObject *context)
{
    auto operation = std::make_shared<Operation<T>>();
    operation->promise.start();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::canceled, watcher, [state = operation->state] { state->cancel(); });
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(operation->promise.future());
    return operation;
}

Error canceledError();

// Shared by the operation files (RegistryOperations.cpp, RegistryPull.cpp).
QString pullScope(const ImageReference &ref);
QString pushScope(const ImageReference &ref);
QUrl apiUrl(const ImageReference &ref, const QString &suffix); // "/v2/<repository><suffix>"
QString contentType(const Response &response);                 // without parameters
Request manifestRequest(const ImageReference &ref, const QByteArray &method);

} // namespace steward::registry::detail

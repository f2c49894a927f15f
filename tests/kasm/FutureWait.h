#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>

namespace steward::test {

// Waits (bounded, with the event loop running) for an asynchronous result. A future that does not finish in
// `timeoutMs` is reported as canceled by returning false.
template<typename T>
bool waitFor(QFuture<T> &future, int timeoutMs = 10000)
{
    if (future.isFinished())
        return true;
    QFutureWatcher<T> watcher;
    QSignalSpy spy(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    return future.isFinished() || spy.wait(timeoutMs);
}

template<typename T>
T resultOf(QFuture<T> future, int timeoutMs = 10000)
{
    if (!waitFor(future, timeoutMs) || future.isCanceled())
        return T(std::unexpected(Error{ErrorCode::Timeout, QStringLiteral("the test waited in vain"), {}}));
    return future.result();
}

} // namespace steward::test

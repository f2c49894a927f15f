#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QtGlobal>

#include <expected>
#include <type_traits>

namespace steward::test {

// Waits for `future` in this thread's event loop, for at most `timeoutMs`: keychain jobs, network replies and
// continuations finish there, so a blocking QFuture::waitForFinished() would never see them. True when it finished,
// with a result or canceled; false when the bound passed first.
template<typename T>
[[nodiscard]] bool waitFor(const QFuture<T> &future, int timeoutMs = 20000)
{
    if (future.isFinished())
        return true;
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    return future.isFinished() || finished.wait(timeoutMs) || future.isFinished();
}

namespace detail {
template<typename T>
inline constexpr bool isResult = false;
template<typename V>
inline constexpr bool isResult<std::expected<V, Error>> = true;
} // namespace detail

// The result of `future`, waited for as waitFor() does. A Result<T> (or Status) that did not come is an Error the
// test can check and print: Timeout when the bound passed, Canceled when the future was canceled. Any other type has
// no way to say so, and a test that waited in vain for it ends with a message instead of reading a missing result.
template<typename T>
T awaitResult(const QFuture<T> &future, int timeoutMs = 20000)
{
    const bool finished = waitFor(future, timeoutMs);
    if constexpr (detail::isResult<T>) {
        if (!finished)
            return T(
                fail(ErrorCode::Timeout, QStringLiteral("the test waited %1 ms in vain for a result").arg(timeoutMs)));
        if (future.isCanceled())
            return T(fail(ErrorCode::Canceled, QStringLiteral("the future was canceled before it gave a result")));
    } else {
        if (!finished)
            qFatal("a future did not finish within %d ms", timeoutMs);
        if (future.isCanceled())
            qFatal("a future was canceled before it gave a result");
    }
    return future.result();
}

} // namespace steward::test

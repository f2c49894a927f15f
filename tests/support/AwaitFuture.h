#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QtGlobal>

namespace steward::test {

// The result of `future`, waited for in this thread's event loop: keychain jobs and continuations finish there, so a
// blocking QFuture::result() would never see them. A future still unfinished after `timeoutMs` ends the test with a
// message instead of hanging it.
template<typename T>
T awaitResult(QFuture<T> future, int timeoutMs = 20000)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished() && !finished.wait(timeoutMs) && !future.isFinished())
        qFatal("a future did not finish within %d ms", timeoutMs);
    return future.result();
}

} // namespace steward::test

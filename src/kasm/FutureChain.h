#pragma once

#include "core/Result.h"
#include "kasm/KasmText.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPromise>

#include <memory>

namespace steward::kasm {

// The result of a sequence of asynchronous steps, as one QFuture whose cancellation reaches the step in flight
// (QFuture::then() alone does not cancel upstream: a canceled refresh would leave its requests running).
// Steps continue on `context`'s thread. Hold it in a shared_ptr (makeChain) captured by the step callbacks.
template<typename R>
class FutureChain
{
public:
    explicit FutureChain(QObject *context) : m_context(context)
    {
        m_promise.start();
        auto *watcher = new QFutureWatcher<R>(context);
        QObject::connect(watcher, &QFutureWatcherBase::canceled, context, [steps = m_steps]() {
            // A copy: cancelling runs continuations at once, and they finish the chain (clearing the list) or
            // track further steps. Only unfinished steps: Qt 6.4's cancel() walks the continuation chain, and
            // that of a finished step may point at freed continuation data (a crash seen in our tests).
            const QList<QFuture<void>> pending = *steps;
            for (QFuture<void> step : pending) {
                if (!step.isFinished())
                    step.cancel();
            }
        });
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        watcher->setFuture(m_promise.future());
    }

    QFuture<R> future() { return m_promise.future(); }
    bool isCanceled() const { return m_promise.isCanceled(); }

    // Cancelled with the chain; for steps that are awaited some other way (QtFuture::whenAll).
    template<typename T>
    void track(const QFuture<T> &step)
    {
        m_steps->append(QFuture<void>(step));
    }

    // Runs `next(value)` on the context's thread when `step` finishes; a canceled step finishes the chain canceled.
    template<typename T, typename F>
    void await(QFuture<T> step, F next, std::shared_ptr<FutureChain> self)
    {
        track(step);
        step.then(m_context,
                  [self, next = std::move(next)](T value) mutable {
                      if (self->isCanceled())
                          return self->finishCanceled();
                      next(std::move(value));
                  })
            .onCanceled(m_context, [self]() { self->finishCanceled(); });
    }

    void finish(R value)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_promise.addResult(std::move(value));
        m_promise.finish();
        m_steps->clear();
    }

    void finishCanceled() { finish(R(std::unexpected(Error{ErrorCode::Canceled, KasmText::tr("Canceled."), {}}))); }

private:
    QObject *m_context;
    QPromise<R> m_promise;
    std::shared_ptr<QList<QFuture<void>>> m_steps = std::make_shared<QList<QFuture<void>>>();
    bool m_finished = false;
};

template<typename R>
std::shared_ptr<FutureChain<R>> makeChain(QObject *context)
{
    return std::make_shared<FutureChain<R>>(context);
}

} // namespace steward::kasm

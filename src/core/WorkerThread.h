#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

class QThread;

namespace steward {

// A named thread with one worker object on it: the one way ImageSteward owns a thread (the catalog, the simulated
// deployment, the pull engine). The worker is moved to the thread, which starts at once; post() and call() queue
// functors behind everything posted before. Destroying the WorkerThread drains, then quits: every task already
// posted runs (work a caller was promised is never dropped), then `lastTask` (e.g. closing a connection on the
// thread that opened it), then the thread ends and is waited for; the worker is deleted on its own thread as it
// ends. Not copyable; destroy it from the thread that created it.
class WorkerThread final
{
public:
    // `name` shows in debuggers and `top -H`; Linux keeps 15 characters. Takes ownership of `worker`, which must have
    // no parent.
    WorkerThread(const QString &name, QObject *worker);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    QThread *thread() const;
    QObject *worker() const { return m_worker; }

    // Runs on the thread when it has drained, just before it quits.
    void setLastTask(std::function<void()> lastTask) { m_lastTask = std::move(lastTask); }

    // Runs `task` on the thread, after every task posted before.
    void post(std::function<void()> task) const;

    // Runs `work` on the thread and fulfils the returned future with its result. A future canceled before its work
    // starts skips the work.
    template<typename T>
    QFuture<T> call(std::function<T()> work) const
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        QFuture<T> future = promise->future();
        post([promise, work = std::move(work)] {
            if (!promise->isCanceled())
                promise->addResult(work());
            promise->finish();
        });
        return future;
    }

private:
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker; // lives on m_thread; deleted there when it finishes
    std::function<void()> m_lastTask;
};

} // namespace steward

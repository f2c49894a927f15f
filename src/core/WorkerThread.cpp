#include "core/WorkerThread.h"

#include <QMetaObject>
#include <QThread>

namespace steward {

WorkerThread::WorkerThread(const QString &name, QObject *worker) : m_thread(new QThread), m_worker(worker)
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

WorkerThread::~WorkerThread()
{
    // From its own thread it would wait for itself forever: a bug in whoever dropped the last reference there.
    if (QThread::currentThread() == m_thread.get())
        qFatal("WorkerThread %s destroyed from its own thread", qPrintable(m_thread->objectName()));
    // QThread::quit() from this thread could end the worker's event loop with tasks still queued (it stops after the
    // batch it is in); a quit queued behind them runs them all first.
    post([lastTask = std::move(m_lastTask)] {
        if (lastTask)
            lastTask();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
}

QThread *WorkerThread::thread() const
{
    return m_thread.get();
}

void WorkerThread::post(std::function<void()> task) const
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

} // namespace steward

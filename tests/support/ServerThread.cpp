#include "ServerThread.h"

namespace steward::test {

ServerThread::ServerThread(const QString &name) : m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    // The context (and the sockets under it) must die on their own thread: deferred deletes posted before the
    // thread ends are still delivered there.
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

ServerThread::~ServerThread()
{
    stop();
}

void ServerThread::run(const std::function<void()> &fn)
{
    if (!m_thread.isRunning())
        return;
    if (QThread::currentThread() == &m_thread) {
        fn();
        return;
    }
    QMetaObject::invokeMethod(m_context, fn, Qt::BlockingQueuedConnection);
}

void ServerThread::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

} // namespace steward::test

#pragma once

// Runs a test double's sockets on a thread of its own, so that a test may block (QProcess::waitForFinished,
// QFuture::waitForFinished, a client's synchronous call) while the double keeps answering.
//
//   ServerThread thread(QStringLiteral("TokenServer"));
//   thread.run([&] { server = new BufferedHttpServer(handler, thread.context()); ok = server->listen(...); });
//
// Objects created with context() as parent live on the thread and are deleted there when the thread stops.

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace steward::test {

class ServerThread final
{
public:
    explicit ServerThread(const QString &name);
    ~ServerThread();
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    QObject *context() const { return m_context; }
    // Runs fn on the thread and waits for it.
    void run(const std::function<void()> &fn);
    // Deletes the context (and everything under it) on the thread, then ends the thread. Idempotent.
    void stop();

private:
    QThread m_thread;
    QObject *m_context = nullptr;
};

} // namespace steward::test

#pragma once

// A raw HTTP peer for tests of misbehaving registries: a QTcpServer on 127.0.0.1 that answers exactly the bytes a test
// asks for. It runs on the test's thread, so the test must spin the event loop (QTest::qWaitFor) while it works.

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <optional>

namespace steward::test {

struct RawRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray headers; // raw header block
    QByteArray body;
};

// Answers each request with handler(request): raw HTTP bytes, sent with Connection: close. An empty answer means
// stay silent (for timeouts, or until answerSilent()). setStream() makes chosen requests an endless body instead.
class RawPeer final : public QObject
{
public:
    using Handler = std::function<QByteArray(const RawRequest &)>;
    // The head (status line and headers, with the blank line) of an endless answer, or nothing for handler().
    using StreamHead = std::function<std::optional<QByteArray>(const RawRequest &)>;

    explicit RawPeer(Handler handler) : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    if (buffer->startsWith('\x16')) { // a TLS ClientHello: this peer speaks plain HTTP only
                        socket->abort();
                        return;
                    }
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    // Wait for the whole body the request announces.
                    qint64 length = 0;
                    for (const QByteArray &headerLine : head.split('\n')) {
                        if (headerLine.toLower().startsWith("content-length:"))
                            length = headerLine.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
                    RawRequest request{line.value(0), line.value(1), head, buffer->mid(end + 4, length)};
                    buffer->clear();
                    requests << request;
                    if (m_streamHead) {
                        if (const std::optional<QByteArray> streamed = m_streamHead(request)) {
                            stream(socket, *streamed);
                            return;
                        }
                    }
                    const QByteArray answer = m_handler(request);
                    if (answer.isEmpty()) {
                        m_silent << QPointer<QTcpSocket>(socket);
                        return;
                    }
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    quint16 port() const { return m_server.serverPort(); }
    QList<RawRequest> requests;

    // Requests for which `head` gives a head are answered with it and then filler bytes without end, until the client
    // hangs up or `cap` bytes went out (a bound for the test itself, far above any limit under test).
    void setStream(StreamHead head, qint64 cap = 256 * 1024 * 1024)
    {
        m_streamHead = std::move(head);
        m_streamCap = cap;
    }
    qint64 streamedBytes() const { return m_streamed; }

    // Sends `answer` to every request that has been left without one so far.
    void answerSilent(const QByteArray &answer)
    {
        const auto silent = std::exchange(m_silent, {});
        for (const QPointer<QTcpSocket> &socket : silent) {
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                socket->write(answer);
                socket->disconnectFromHost();
            }
        }
    }

private:
    void stream(QTcpSocket *socket, const QByteArray &head)
    {
        socket->write(head);
        const QByteArray chunk(64 * 1024, 'x');
        auto sent = std::make_shared<qint64>(0);
        auto more = [this, socket, chunk, sent] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024) {
                if (*sent >= m_streamCap) {
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(chunk);
                *sent += chunk.size();
                m_streamed += chunk.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }

    QTcpServer m_server;
    Handler m_handler;
    StreamHead m_streamHead;
    qint64 m_streamCap = 0;
    qint64 m_streamed = 0;
    QList<QPointer<QTcpSocket>> m_silent;
};

inline QByteArray answer(int status, const QByteArray &body, const QList<QByteArray> &headers = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nConnection: close\r\n";
    bool hasLength = false;
    for (const QByteArray &header : headers) {
        out += header + "\r\n";
        hasLength = hasLength || header.toLower().startsWith("content-length:");
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

} // namespace steward::test

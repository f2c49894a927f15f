#include "BufferedHttpServer.h"

#include <QTcpSocket>

namespace steward::test {

namespace {

constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

} // namespace

// What a connection has read so far; owned by the socket's slots, so it dies with the socket.
struct BufferedHttpServer::Connection
{
    QByteArray buffer;
    bool haveHead = false;
    HttpRequest request;
    BodyFramer framer;
};

BufferedHttpServer::BufferedHttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &BufferedHttpServer::onNewConnection);
}

bool BufferedHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void BufferedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        auto connection = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, connection] { onReadyRead(socket, *connection); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        onReadyRead(socket, *connection);
    }
}

void BufferedHttpServer::onReadyRead(QTcpSocket *socket, Connection &connection)
{
    Connection *state = &connection;
    state->buffer += socket->readAll();
    for (;;) {
        if (!state->haveHead) {
            // Not HTTP (a TLS handshake, say): refuse at once rather than wait for a blank line.
            if (!state->buffer.isEmpty() && !(state->buffer.at(0) >= 'A' && state->buffer.at(0) <= 'Z') &&
                state->buffer.at(0) != '\r') {
                socket->abort();
                return;
            }
            const ParseResult parsed = takeRequestHead(state->buffer, &state->request.head);
            if (parsed == ParseResult::NeedMore)
                return;
            if (parsed == ParseResult::Invalid) {
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            state->haveHead = true;
            state->request.body.clear();
            state->framer = BodyFramer::forRequest(state->request.head);
        }
        const qsizetype used =
            state->framer.consume(state->buffer.constData(), state->buffer.size(), &state->request.body);
        state->buffer.remove(0, used);
        if (state->framer.failed() || state->request.body.size() > MaxBodyBytes) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        if (!state->framer.done())
            return;

        state->haveHead = false;
        HttpResponse response = m_handler(state->request);
        HttpResponseHead head;
        head.status = response.status;
        head.headers = response.headers;
        head.headers.set("Content-Length", QByteArray::number(response.body.size()));
        const bool keepAlive = state->request.head.keepAlive();
        if (!keepAlive)
            head.headers.set("Connection", "close");
        socket->write(head.serialize());
        if (state->request.head.method != "HEAD")
            socket->write(response.body);
        if (!keepAlive) {
            socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace steward::test

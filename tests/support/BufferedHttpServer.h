#pragma once

// A small HTTP/1.1 server for test doubles whose requests and answers are small: each request (Content-Length or
// chunked body) is read whole, handed to the handler, and its answer written with a Content-Length. Keep-alive
// and pipelining are honoured. It lives on the thread that creates it (see ServerThread).

#include "HttpWire.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace steward::test {

struct HttpRequest
{
    HttpRequestHead head;
    QByteArray body;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
};

class BufferedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BufferedHttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    BufferedHttpServer(Handler handler, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket, Connection &connection);

    Handler m_handler;
    QTcpServer m_server;
};

} // namespace steward::test

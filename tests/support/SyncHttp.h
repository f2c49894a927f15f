#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

namespace steward::test {

// A blocking HTTP helper for fixtures and assertions only; product code is asynchronous.
struct HttpReply
{
    int status = 0; // 0: no HTTP answer at all (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;

    QByteArray header(const QByteArray &name) const;
};

class SyncHttp
{
public:
    explicit SyncHttp(QSslConfiguration ssl = QSslConfiguration::defaultConfiguration());

    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 30000);

private:
    QNetworkAccessManager m_manager;
    QSslConfiguration m_ssl;
};

} // namespace steward::test

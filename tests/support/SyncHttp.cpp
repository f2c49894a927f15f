#include "SyncHttp.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace steward::test {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SyncHttp::SyncHttp(QSslConfiguration ssl) : m_ssl(std::move(ssl))
{}

HttpReply SyncHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    // HEAD must go through head(): as a custom verb Qt would wait for the body that Content-Length announces.
    QNetworkReply *reply =
        method == "HEAD" ? m_manager.head(request) : m_manager.sendCustomRequest(request, method, body);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString();
    // Deleted now, not later: the manager may be destroyed before this thread's event loop runs again, and Qt 6.4
    // crashed in its network thread when a reply's deferred delete outlived the manager.
    delete reply;
    return result;
}

} // namespace steward::test

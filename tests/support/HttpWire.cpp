#include "HttpWire.h"

#include <QDateTime>
#include <QLocale>

namespace steward::test {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;

// Splits the head off the buffer and parses its header lines; the first line is returned separately.
ParseResult takeHead(QByteArray &buffer, QByteArray *firstLine, HttpHeaders *headers)
{
    // Tolerate blank lines before a message (RFC 9112 section 2.2).
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return buffer.size() > MaxHeadBytes ? ParseResult::Invalid : ParseResult::NeedMore;
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    *firstLine = lines.first().trimmed();
    headers->list.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return ParseResult::Invalid;
        headers->add(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return ParseResult::Done;
}

} // namespace

QByteArray HttpHeaders::value(const QByteArray &name) const
{
    for (const auto &[key, value] : list) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(const QByteArray &name) const
{
    QList<QByteArray> found;
    for (const auto &[key, value] : list) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            found.append(value);
    }
    return found;
}

bool HttpHeaders::contains(const QByteArray &name) const
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&name](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    remove(name);
    add(name, value);
}

void HttpHeaders::add(const QByteArray &name, const QByteArray &value)
{
    list.append({name, value});
}

void HttpHeaders::remove(const QByteArray &name)
{
    list.removeIf([&name](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray HttpHeaders::serialize() const
{
    QByteArray out;
    for (const auto &[key, value] : list)
        out += key + ": " + value + "\r\n";
    return out;
}

QByteArray HttpRequestHead::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QUrlQuery HttpRequestHead::query() const
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return {};
    // '+' means a space in form-encoded queries; QUrlQuery leaves it alone.
    QByteArray encoded = target.mid(question + 1);
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded));
}

bool HttpRequestHead::keepAlive() const
{
    const QByteArray connection = headers.value("Connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

QByteArray HttpRequestHead::serialize() const
{
    return method + ' ' + target + ' ' + version + "\r\n" + headers.serialize() + "\r\n";
}

QByteArray HttpResponseHead::serialize() const
{
    return version + ' ' + QByteArray::number(status) + ' ' + (reason.isEmpty() ? reasonPhrase(status) : reason) +
           "\r\n" + headers.serialize() + "\r\n";
}

ParseResult takeRequestHead(QByteArray &buffer, HttpRequestHead *head)
{
    QByteArray firstLine;
    const ParseResult result = takeHead(buffer, &firstLine, &head->headers);
    if (result != ParseResult::Done)
        return result;
    const QList<QByteArray> parts = firstLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1."))
        return ParseResult::Invalid;
    head->method = parts.at(0);
    head->target = parts.at(1);
    head->version = parts.at(2);
    return ParseResult::Done;
}

ParseResult takeResponseHead(QByteArray &buffer, HttpResponseHead *head)
{
    QByteArray firstLine;
    const ParseResult result = takeHead(buffer, &firstLine, &head->headers);
    if (result != ParseResult::Done)
        return result;
    const qsizetype firstSpace = firstLine.indexOf(' ');
    if (firstSpace < 0 || !firstLine.startsWith("HTTP/1."))
        return ParseResult::Invalid;
    head->version = firstLine.left(firstSpace);
    const QByteArray rest = firstLine.mid(firstSpace + 1);
    const qsizetype secondSpace = rest.indexOf(' ');
    bool ok = false;
    head->status = (secondSpace < 0 ? rest : rest.left(secondSpace)).toInt(&ok);
    head->reason = secondSpace < 0 ? QByteArray() : rest.mid(secondSpace + 1);
    return ok ? ParseResult::Done : ParseResult::Invalid;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    return QLocale::c().toString(time, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

BodyFramer BodyFramer::forRequest(const HttpRequestHead &head)
{
    BodyFramer framer;
    if (head.headers.value("Transfer-Encoding").toLower().contains("chunked")) {
        framer.m_kind = Kind::Chunked;
        framer.m_done = false;
    } else if (head.headers.contains("Content-Length")) {
        framer.m_length = head.headers.value("Content-Length").toLongLong();
        framer.m_kind = Kind::Length;
        framer.m_done = framer.m_length <= 0;
    }
    return framer;
}

BodyFramer BodyFramer::forResponse(const HttpResponseHead &head, const QByteArray &requestMethod)
{
    BodyFramer framer;
    if (requestMethod == "HEAD" || head.status / 100 == 1 || head.status == 204 || head.status == 304)
        return framer;
    if (head.headers.value("Transfer-Encoding").toLower().contains("chunked")) {
        framer.m_kind = Kind::Chunked;
        framer.m_done = false;
    } else if (head.headers.contains("Content-Length")) {
        framer.m_length = head.headers.value("Content-Length").toLongLong();
        framer.m_kind = Kind::Length;
        framer.m_done = framer.m_length <= 0;
    } else {
        framer.m_kind = Kind::UntilClose;
        framer.m_done = false;
    }
    return framer;
}

void BodyFramer::finishAtClose()
{
    if (m_kind == Kind::UntilClose)
        m_done = true;
}

qsizetype BodyFramer::consume(const char *data, qsizetype size, QByteArray *decoded)
{
    if (m_done || m_failed)
        return 0;
    switch (m_kind) {
    case Kind::None:
        return 0;
    case Kind::UntilClose:
        if (decoded)
            decoded->append(data, size);
        return size;
    case Kind::Length: {
        const qsizetype take = qsizetype(std::min<qint64>(m_length, size));
        if (decoded)
            decoded->append(data, take);
        m_length -= take;
        m_done = m_length == 0;
        return take;
    }
    case Kind::Chunked:
        break;
    }

    qsizetype used = 0;
    while (used < size && !m_done) {
        switch (m_state) {
        case ChunkState::Size:
        case ChunkState::Trailer: {
            const char c = data[used++];
            if (c != '\n') {
                m_line.append(c);
                if (m_line.size() > 4096) {
                    m_failed = true;
                    return used;
                }
                break;
            }
            const QByteArray line = m_line.trimmed();
            m_line.clear();
            if (m_state == ChunkState::Trailer) {
                m_done = line.isEmpty(); // trailer fields are skipped; the blank line ends the message
                break;
            }
            bool ok = false;
            const qsizetype semicolon = line.indexOf(';');
            m_chunkLeft = (semicolon < 0 ? line : line.left(semicolon)).trimmed().toLongLong(&ok, 16);
            if (!ok || m_chunkLeft < 0) {
                m_failed = true;
                return used;
            }
            m_state = m_chunkLeft == 0 ? ChunkState::Trailer : ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            const qsizetype take = qsizetype(std::min<qint64>(m_chunkLeft, size - used));
            if (decoded)
                decoded->append(data + used, take);
            used += take;
            m_chunkLeft -= take;
            if (m_chunkLeft == 0)
                m_state = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd:
            // The CRLF after a chunk's data.
            if (data[used++] == '\n')
                m_state = ChunkState::Size;
            break;
        }
    }
    return used;
}

} // namespace steward::test

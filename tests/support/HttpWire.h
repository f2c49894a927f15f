#pragma once

// HTTP/1.1 on the wire, for the test doubles (TokenServer, RateLimitProxy): incremental parsing of request and
// response heads, and body framing (Content-Length, chunked, until-close) that can both decode a body and tell
// where the raw bytes of a message end, so that a proxy can pass bodies through unchanged while streaming.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace steward::test {

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

// Header names compare case-insensitively; order and duplicates are kept as received.
struct HttpHeaders
{
    HttpHeaderList list;

    QByteArray value(const QByteArray &name) const; // the first one, or empty
    QList<QByteArray> values(const QByteArray &name) const;
    bool contains(const QByteArray &name) const;
    void set(const QByteArray &name, const QByteArray &value); // replaces every header of that name
    void add(const QByteArray &name, const QByteArray &value);
    void remove(const QByteArray &name);
    QByteArray serialize() const; // "Name: value\r\n" lines
};

struct HttpRequestHead
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QByteArray version = "HTTP/1.1";
    HttpHeaders headers;

    QByteArray path() const; // the target without the query, still percent-encoded
    QUrlQuery query() const; // decoded from the target
    bool keepAlive() const;  // HTTP/1.1 default, Connection: close / keep-alive
    QByteArray serialize() const;
};

struct HttpResponseHead
{
    int status = 0;
    QByteArray reason;
    QByteArray version = "HTTP/1.1";
    HttpHeaders headers;

    QByteArray serialize() const; // the reason defaults to the standard phrase
};

enum class ParseResult
{
    NeedMore,
    Done,
    Invalid
};

// Takes one head off the front of `buffer` once its blank line has arrived. Invalid also when the head grows
// beyond 64 KiB.
ParseResult takeRequestHead(QByteArray &buffer, HttpRequestHead *head);
ParseResult takeResponseHead(QByteArray &buffer, HttpResponseHead *head);

QByteArray reasonPhrase(int status);
// RFC 7231 IMF-fixdate, e.g. "Sat, 28 Nov 2026 05:00:00 GMT".
QByteArray httpDate(qint64 msSinceEpoch);

// Tracks where a message body ends. consume() looks at raw bytes from the connection and returns how many of them
// belong to this body (the rest belong to the next message); the decoded payload is appended to `decoded` when
// given. Chunked bodies are decoded; their raw bytes (sizes, extensions, trailers) are counted as consumed.
class BodyFramer
{
public:
    enum class Kind
    {
        None,
        Length,
        Chunked,
        UntilClose
    };

    BodyFramer() = default;
    static BodyFramer forRequest(const HttpRequestHead &head);
    static BodyFramer forResponse(const HttpResponseHead &head, const QByteArray &requestMethod);

    Kind kind() const { return m_kind; }
    qint64 contentLength() const { return m_kind == Kind::Length ? m_length : -1; }
    bool done() const { return m_done; }
    bool failed() const { return m_failed; } // malformed chunked framing
    qsizetype consume(const char *data, qsizetype size, QByteArray *decoded = nullptr);
    void finishAtClose(); // the connection closed: an until-close body ends here

private:
    enum class ChunkState
    {
        Size,
        Data,
        DataEnd,
        Trailer
    };

    Kind m_kind = Kind::None;
    qint64 m_length = 0;    // Length: bytes still expected
    qint64 m_chunkLeft = 0; // Chunked: bytes left in the current chunk
    ChunkState m_state = ChunkState::Size;
    QByteArray m_line; // Chunked: the size or trailer line being read
    bool m_done = true;
    bool m_failed = false;
};

} // namespace steward::test

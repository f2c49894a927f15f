#include "registry/HttpHeaders.h"

#include "registry/RegistryText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace steward::registry {

QList<QByteArray> headerValues(const HeaderList &headers, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

// The value of rel= in one link's parameters ("next", or a space-separated list of relations).
bool relationIsNext(QByteArrayView params)
{
    for (QByteArray param : params.toByteArray().split(';')) {
        param = param.trimmed();
        if (!param.toLower().startsWith("rel="))
            continue;
        QByteArray rel = param.mid(4).trimmed();
        if (rel.size() >= 2 && rel.startsWith('"') && rel.endsWith('"'))
            rel = rel.mid(1, rel.size() - 2);
        for (const QByteArray &word : rel.split(' ')) {
            if (word.toLower() == "next")
                return true;
        }
    }
    return false;
}

} // namespace

Result<std::optional<QUrl>> nextLink(const QList<QByteArray> &linkValues, const QUrl &requestUrl)
{
    for (const QByteArray &header : linkValues) {
        qsizetype i = 0;
        while (i < header.size()) {
            const qsizetype open = header.indexOf('<', i);
            if (open < 0)
                break;
            const qsizetype close = header.indexOf('>', open);
            if (close < 0)
                return fail(ErrorCode::Protocol, RegistryText::tr("the registry sent a malformed Link header"),
                            sanitizedServerText(header));
            const QByteArray target = header.mid(open + 1, close - open - 1).trimmed();
            // This link's parameters end at the first ',' outside quotes.
            qsizetype end = close + 1;
            bool quoted = false;
            while (end < header.size() && (quoted || header.at(end) != ',')) {
                if (header.at(end) == '"')
                    quoted = !quoted;
                ++end;
            }
            if (relationIsNext(QByteArrayView(header).sliced(close + 1, end - close - 1))) {
                const QUrl relative = QUrl::fromEncoded(target, QUrl::StrictMode);
                if (!relative.isValid())
                    return fail(ErrorCode::Protocol,
                                RegistryText::tr("the registry's next-page link is not a valid URL"),
                                sanitizedServerText(target));
                const QUrl resolved = requestUrl.resolved(relative);
                if (resolved.scheme() != requestUrl.scheme() || resolved.host() != requestUrl.host() ||
                    resolved.port() != requestUrl.port())
                    return fail(ErrorCode::Protocol,
                                RegistryText::tr("the registry's next-page link points at another host (%1); "
                                                 "refusing to follow it")
                                    .arg(resolved.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString()));
                return std::optional<QUrl>(resolved);
            }
            i = end + 1;
        }
    }
    return std::optional<QUrl>();
}

std::optional<qint64> parseRetryAfter(QByteArrayView value, qint64 nowMs)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    // Clamped before multiplying: 9223372036854775807 s times 1000 is undefined (and came out as -1000 ms).
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min(seconds, RetryAfterCeilingMs / 1000) * 1000);
    // delta-seconds is 1*DIGIT (RFC 9110 section 10.2.3): more digits than 64 bits hold is a very long wait.
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return RetryAfterCeilingMs;
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 section 5.6.7).
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::clamp<qint64>(when.toMSecsSinceEpoch() - nowMs, 0, RetryAfterCeilingMs);
}

QStringList registryWarnings(const HeaderList &headers)
{
    QStringList warnings;
    for (const QByteArray &value : headerValues(headers, "Warning")) {
        const QByteArray text = value.trimmed();
        if (!text.startsWith("299"))
            continue;
        const qsizetype open = text.indexOf('"');
        const qsizetype close = text.lastIndexOf('"');
        if (open >= 0 && close > open)
            warnings << sanitizedServerText(text.mid(open + 1, close - open - 1));
    }
    return warnings;
}

QString sanitizedServerText(QByteArrayView text, qsizetype maxLength)
{
    QString out;
    const QString decoded = QString::fromUtf8(text.first(std::min(text.size(), maxLength * 4)));
    for (const QChar c : decoded) {
        if (out.size() >= maxLength) {
            out += QStringLiteral("…");
            break;
        }
        out += (c.isPrint() ? c : QLatin1Char(' '));
    }
    return out.simplified();
}

} // namespace steward::registry

#include "registry/RateLimit.h"

namespace steward::registry {

bool parseRateLimitValue(QByteArrayView value, int *count, int *windowSeconds)
{
    // Some proxies join repeated headers with ", "; the first policy is the one in force.
    QByteArray text = value.toByteArray();
    if (const qsizetype comma = text.indexOf(','); comma >= 0)
        text.truncate(comma);
    const QList<QByteArray> parts = text.split(';');
    bool ok = false;
    const int n = parts.first().trimmed().toInt(&ok);
    if (!ok || n < 0)
        return false;
    int window = -1;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed();
        if (param.toLower().startsWith("w=")) {
            bool windowOk = false;
            const int w = param.mid(2).toInt(&windowOk);
            if (!windowOk || w <= 0)
                return false;
            window = w;
        }
    }
    *count = n;
    *windowSeconds = window;
    return true;
}

RateLimit parseRateLimit(const HeaderList &headers)
{
    auto pick = [&](QByteArrayView name) {
        QByteArray value = headerValue(headers, name);
        if (value.isEmpty())
            value = headerValue(headers, QByteArray(QByteArray("x-") + name.toByteArray()));
        return value;
    };
    RateLimit result;
    int window = -1;
    const QByteArray limit = pick("ratelimit-limit");
    const QByteArray remaining = pick("ratelimit-remaining");
    if (!limit.isEmpty() && parseRateLimitValue(limit, &result.limit, &window)) {
        result.limited = true;
        result.windowSeconds = window;
    }
    int remainingWindow = -1;
    if (!remaining.isEmpty() && parseRateLimitValue(remaining, &result.remaining, &remainingWindow)) {
        result.limited = true;
        if (result.windowSeconds < 0)
            result.windowSeconds = remainingWindow;
    }
    if (!result.limited) {
        result.limit = -1;
        result.remaining = -1;
    }
    result.source = QString::fromUtf8(headerValue(headers, "docker-ratelimit-source")).trimmed();
    return result;
}

} // namespace steward::registry

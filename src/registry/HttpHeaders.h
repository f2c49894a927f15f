#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace steward::registry {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Every value of header `name` (case-insensitive), in order.
QList<QByteArray> headerValues(const HeaderList &headers, QByteArrayView name);
// The first value of header `name`, or empty.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);

// The rel="next" target of an RFC 5988 Link header, resolved against the request URL. A target on another scheme,
// host or port is refused (an SSRF guard, as go-containerregistry does). nullopt when there is no next link.
Result<std::optional<QUrl>> nextLink(const QList<QByteArray> &linkValues, const QUrl &requestUrl);

// The longest Retry-After believed: a year. A longer one reads as this, so that no sum or product with it overflows;
// it is longer than any RegistryOptions::maxRetryAfterMs (an int), so it is still reported, never waited for.
constexpr qint64 RetryAfterCeilingMs = 365LL * 24 * 3600 * 1000;

// Retry-After as a delay in milliseconds from `nowMs`: delta-seconds or an HTTP date, at most RetryAfterCeilingMs.
// nullopt when absent or malformed; a date in the past gives 0.
std::optional<qint64> parseRetryAfter(QByteArrayView value, qint64 nowMs);

// The texts of `Warning: 299 - "text"` headers (OCI distribution): for people to read, never to act on.
QStringList registryWarnings(const HeaderList &headers);

// Server-supplied text made safe to show on one line: control characters removed, length bounded.
QString sanitizedServerText(QByteArrayView text, qsizetype maxLength = 300);

} // namespace steward::registry

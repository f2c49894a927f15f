#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace steward {

// What kind of failure; callers branch on this, people read the message.
enum class ErrorCode
{
    InvalidInput, // the user gave us something malformed (reference, file, option)
    NotFound,
    Unauthorized, // credentials missing or wrong
    Forbidden,    // credentials fine, permission missing
    RateLimited,
    Network, // connection refused, dropped, DNS, TLS
    Timeout,
    Protocol,  // the peer answered something the protocol does not allow
    Integrity, // digest mismatch, truncated body
    TooLarge,
    Storage, // database or file system
    Keychain,
    Conflict, // someone else changed it first, or it is locked
    Unsupported,
    Canceled,
    Internal,
};

QString errorCodeName(ErrorCode code);

// An error as a value: a message a person can act on, and detail for the curious (never a secret).
struct Error
{
    Error() = default;
    Error(ErrorCode errorCode, QString errorMessage, QString errorDetail = {})
        : code(errorCode), message(std::move(errorMessage)), detail(std::move(errorDetail))
    {}

    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    // How long the peer asked us to wait before trying again (HTTP Retry-After), when it said so.
    std::optional<qint64> retryAfterMs;

    // "message (detail)" or just the message: the one line the CLI prints and the GUI shows.
    QString toString() const;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Error)

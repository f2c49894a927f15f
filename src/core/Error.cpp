#include "core/Error.h"

namespace steward {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::Protocol:
        return QStringLiteral("protocol");
    case ErrorCode::Integrity:
        return QStringLiteral("integrity");
    case ErrorCode::TooLarge:
        return QStringLiteral("too-large");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::Keychain:
        return QStringLiteral("keychain");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::Canceled:
        return QStringLiteral("canceled");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace steward

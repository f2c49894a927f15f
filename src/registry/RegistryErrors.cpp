#include "registry/RegistryErrors.h"

#include "registry/HttpHeaders.h"
#include "registry/RegistryText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward::registry {

QList<RegistryErrorEntry> parseErrorBody(const QByteArray &body)
{
    QList<RegistryErrorEntry> entries;
    if (body.size() > qsizetype{1024} * 1024)
        return entries;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray errors = doc.object().value(QStringLiteral("errors")).toArray();
    for (const auto &value : errors) {
        const QJsonObject error = value.toObject();
        QString code = error.value(QStringLiteral("code")).toString();
        if (code.isEmpty())
            code = QStringLiteral("UNKNOWN");
        entries.append({sanitizedServerText(code.toUtf8(), 60),
                        sanitizedServerText(error.value(QStringLiteral("message")).toString().toUtf8())});
        if (entries.size() >= 5)
            break;
    }
    return entries;
}

Error errorForStatus(int status, const QByteArray &body, const QString &action)
{
    const QList<RegistryErrorEntry> entries = parseErrorBody(body);
    QString said;
    for (const RegistryErrorEntry &entry : entries) {
        if (!said.isEmpty())
            said += QStringLiteral("; ");
        said += entry.message.isEmpty() ? entry.code : entry.code + QStringLiteral(": ") + entry.message;
    }
    if (said.isEmpty() && !body.isEmpty())
        said = sanitizedServerText(body, 200);
    const QString code = entries.isEmpty() ? QString() : entries.first().code;

    ErrorCode kind = ErrorCode::Protocol;
    QString hint;
    if (status == 401) {
        kind = ErrorCode::Unauthorized;
        hint = RegistryText::tr("log in to this registry (or check the saved credentials)");
    } else if (status == 403 || code == QLatin1String("DENIED")) {
        kind = ErrorCode::Forbidden;
        hint = RegistryText::tr("the account lacks permission for this repository");
    } else if (status == 404) {
        kind = ErrorCode::NotFound;
        if (said.isEmpty())
            said = RegistryText::tr("no such repository, tag or digest");
    } else if (status == 429 || code == QLatin1String("TOOMANYREQUESTS")) {
        kind = ErrorCode::RateLimited;
        hint = RegistryText::tr("the registry's rate limit is spent; wait, or log in to get a larger quota");
    } else if (status == 413) {
        kind = ErrorCode::TooLarge;
    } else if (status == 405 && code == QLatin1String("UNSUPPORTED")) {
        kind = ErrorCode::Unsupported;
    } else if (status >= 500) {
        kind = ErrorCode::Network;
        hint = RegistryText::tr("the registry failed; try again later");
    }
    QString message = RegistryText::tr("%1 failed: HTTP %2").arg(action).arg(status);
    if (!said.isEmpty())
        message += QStringLiteral(" (") + said + QLatin1Char(')');
    return Error{kind, message, hint};
}

} // namespace steward::registry

#include "registry/ImageConfig.h"

#include "registry/RegistryText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward::registry {

Result<ImageConfig> parseImageConfig(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::Protocol, RegistryText::tr("the image config is not a JSON object"),
                    parseError.errorString());
    const QJsonObject object = doc.object();
    ImageConfig config;
    const QString created = object.value(QStringLiteral("created")).toString();
    if (!created.isEmpty())
        config.created = QDateTime::fromString(created, Qt::ISODateWithMs).toUTC();
    config.architecture = object.value(QStringLiteral("architecture")).toString();
    config.os = object.value(QStringLiteral("os")).toString();
    config.variant = object.value(QStringLiteral("variant")).toString();
    config.author = object.value(QStringLiteral("author")).toString();
    const QJsonObject labels =
        object.value(QStringLiteral("config")).toObject().value(QStringLiteral("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        config.labels.insert(it.key(), it.value().toString());
    return config;
}

} // namespace steward::registry

#include "registry/Manifest.h"

#include "registry/HttpHeaders.h"
#include "registry/RegistryText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward::registry {

namespace {

Result<Descriptor> parseDescriptor(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return fail(ErrorCode::Protocol, RegistryText::tr("the manifest's %1 is not a descriptor object").arg(where));
    const QJsonObject object = value.toObject();
    Descriptor descriptor;
    descriptor.mediaType = object.value(QStringLiteral("mediaType")).toString();
    Result<Digest> digest = Digest::parse(object.value(QStringLiteral("digest")).toString());
    if (!digest)
        return fail(ErrorCode::Protocol,
                    RegistryText::tr("the manifest's %1 has a bad digest: %2").arg(where, digest.error().message));
    descriptor.digest = *digest;
    const QJsonValue size = object.value(QStringLiteral("size"));
    const double sizeValue = size.toDouble(-1);
    if (!size.isDouble() || sizeValue < 0 || sizeValue > 9.0e15 || sizeValue != double(qint64(sizeValue)))
        return fail(ErrorCode::Protocol, RegistryText::tr("the manifest's %1 has no valid size").arg(where));
    descriptor.size = qint64(sizeValue);
    const QJsonObject platform = object.value(QStringLiteral("platform")).toObject();
    descriptor.platform = {platform.value(QStringLiteral("os")).toString(),
                           platform.value(QStringLiteral("architecture")).toString(),
                           platform.value(QStringLiteral("variant")).toString()};
    for (const auto &url : object.value(QStringLiteral("urls")).toArray())
        descriptor.urls << url.toString();
    return descriptor;
}

QString withoutParameters(const QString &contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

} // namespace

QByteArray manifestAcceptHeader()
{
    return QByteArray(MediaType::OciIndex) + ", " + MediaType::OciManifest + ", " + MediaType::DockerManifestList +
           ", " + MediaType::DockerManifest + ", " + MediaType::DockerSchema1Signed + ", " + MediaType::DockerSchema1;
}

QString Platform::toString() const
{
    QString text = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        text += QLatin1Char('/') + variant;
    return text;
}

bool Platform::matches(const QString &wanted) const
{
    const QStringList parts = wanted.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    if (parts.at(0) != os || parts.at(1) != architecture)
        return false;
    return parts.size() == 2 || parts.at(2) == variant;
}

QList<Descriptor> Manifest::blobs() const
{
    QList<Descriptor> result;
    if (kind != Kind::Image)
        return result;
    result << config;
    for (const Descriptor &layer : layers) {
        if (layer.urls.isEmpty())
            result << layer;
    }
    return result;
}

std::optional<Descriptor> Manifest::platformEntry(const QString &wanted) const
{
    for (const Descriptor &entry : manifests) {
        if (entry.platform.matches(wanted))
            return entry;
    }
    return std::nullopt;
}

QStringList Manifest::platformNames() const
{
    QStringList names;
    for (const Descriptor &entry : manifests) {
        const QString name = entry.platform.toString();
        if (!names.contains(name))
            names << name;
    }
    return names;
}

bool isIndexMediaType(QStringView mediaType)
{
    return mediaType == QLatin1String(MediaType::OciIndex) || mediaType == QLatin1String(MediaType::DockerManifestList);
}

bool isKnownManifestMediaType(QStringView mediaType)
{
    return isIndexMediaType(mediaType) || mediaType == QLatin1String(MediaType::OciManifest) ||
           mediaType == QLatin1String(MediaType::DockerManifest) ||
           mediaType == QLatin1String(MediaType::DockerSchema1) ||
           mediaType == QLatin1String(MediaType::DockerSchema1Signed);
}

Result<Manifest> parseManifest(const QByteArray &bytes, const QString &contentType)
{
    if (bytes.size() > MaxManifestBytes)
        return fail(
            ErrorCode::TooLarge,
            RegistryText::tr("the manifest is %1 bytes; the limit is %2").arg(bytes.size()).arg(MaxManifestBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::Protocol, RegistryText::tr("the manifest is not a JSON object"),
                    parseError.error != QJsonParseError::NoError ? parseError.errorString() : QString());
    const QJsonObject object = doc.object();
    const int schemaVersion = object.value(QStringLiteral("schemaVersion")).toInt(-1);
    const QString bodyType = object.value(QStringLiteral("mediaType")).toString();
    const QString headerType = withoutParameters(contentType);

    Manifest manifest;
    if (!bodyType.isEmpty() && !headerType.isEmpty() && headerType != QLatin1String("application/json") &&
        bodyType != headerType)
        return fail(
            ErrorCode::Protocol,
            RegistryText::tr("the manifest says it is %1 but the registry sent it as %2").arg(bodyType, headerType));
    manifest.mediaType = bodyType;
    if (manifest.mediaType.isEmpty() && headerType != QLatin1String("application/json"))
        manifest.mediaType = headerType;
    if (manifest.mediaType.isEmpty()) {
        // Neither says: OCI allows omitting mediaType, so infer it from the shape.
        manifest.mediaType = object.contains(QStringLiteral("manifests")) ? QLatin1String(MediaType::OciIndex)
                                                                          : QLatin1String(MediaType::OciManifest);
    }

    if (schemaVersion == 1 || manifest.mediaType == QLatin1String(MediaType::DockerSchema1) ||
        manifest.mediaType == QLatin1String(MediaType::DockerSchema1Signed)) {
        manifest.kind = Manifest::Kind::Schema1;
        return manifest;
    }
    if (schemaVersion != 2)
        return fail(ErrorCode::Protocol,
                    RegistryText::tr("the manifest has schemaVersion %1; expected 2").arg(schemaVersion));
    if (!isKnownManifestMediaType(manifest.mediaType))
        return fail(ErrorCode::Unsupported, RegistryText::tr("the manifest type %1 is not an image or an index")
                                                .arg(sanitizedServerText(manifest.mediaType.toUtf8(), 100)));

    if (isIndexMediaType(manifest.mediaType)) {
        manifest.kind = Manifest::Kind::Index;
        const QJsonValue entries = object.value(QStringLiteral("manifests"));
        if (!entries.isArray())
            return fail(ErrorCode::Protocol, RegistryText::tr("the index has no \"manifests\" list"));
        int i = 0;
        for (const auto &entry : entries.toArray()) {
            Result<Descriptor> descriptor = parseDescriptor(entry, RegistryText::tr("manifests[%1]").arg(i++));
            if (!descriptor)
                return fail(descriptor.error());
            manifest.manifests << *descriptor;
        }
        return manifest;
    }

    manifest.kind = Manifest::Kind::Image;
    Result<Descriptor> config = parseDescriptor(object.value(QStringLiteral("config")), RegistryText::tr("config"));
    if (!config)
        return fail(config.error());
    manifest.config = *config;
    const QJsonValue layers = object.value(QStringLiteral("layers"));
    if (!layers.isArray())
        return fail(ErrorCode::Protocol, RegistryText::tr("the manifest has no \"layers\" list"));
    int i = 0;
    for (const auto &entry : layers.toArray()) {
        Result<Descriptor> descriptor = parseDescriptor(entry, RegistryText::tr("layers[%1]").arg(i++));
        if (!descriptor)
            return fail(descriptor.error());
        manifest.layers << *descriptor;
    }
    return manifest;
}

} // namespace steward::registry

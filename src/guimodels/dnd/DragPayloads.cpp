#include "guimodels/dnd/DragPayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace steward::gui {

namespace {

const QString imageIdKey = QStringLiteral("image_id");
const QString referenceKey = QStringLiteral("reference");
const QString registryKey = QStringLiteral("registry");
const QString repositoryKey = QStringLiteral("repository");
const QString tagKey = QStringLiteral("tag");
const QString digestKey = QStringLiteral("digest");

QMimeData *encode(const QString &mimeType, const QJsonArray &array)
{
    auto *data = new QMimeData;
    data->setData(mimeType, QJsonDocument(array).toJson(QJsonDocument::Compact));
    return data;
}

// The array under `mimeType`, or an empty one when it is missing or not a JSON array of objects.
QList<QJsonObject> decode(const QMimeData *data, const QString &mimeType)
{
    if (!data || !data->hasFormat(mimeType))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data->data(mimeType), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return {};
    QList<QJsonObject> objects;
    for (const QJsonValue value : document.array()) {
        if (!value.isObject())
            return {};
        objects << value.toObject();
    }
    return objects;
}

} // namespace

QString imageMimeType()
{
    return QStringLiteral("application/x-imagesteward-image");
}

QString tagMimeType()
{
    return QStringLiteral("application/x-imagesteward-tag");
}

QMimeData *encodeImages(const QList<ImagePayload> &images)
{
    QJsonArray array;
    QList<QString> seen;
    for (const ImagePayload &image : images) {
        if (image.imageId.isEmpty() || seen.contains(image.imageId))
            continue;
        seen << image.imageId;
        array.append(QJsonObject{{imageIdKey, image.imageId}, {referenceKey, image.reference}});
    }
    return encode(imageMimeType(), array);
}

QMimeData *encodeTags(const QList<TagPayload> &tags)
{
    QJsonArray array;
    QList<TagPayload> seen;
    for (const TagPayload &tag : tags) {
        if (tag.tag.isEmpty() || seen.contains(tag))
            continue;
        seen << tag;
        array.append(QJsonObject{
            {registryKey, tag.registry}, {repositoryKey, tag.repository}, {tagKey, tag.tag}, {digestKey, tag.digest}});
    }
    return encode(tagMimeType(), array);
}

QList<ImagePayload> decodeImages(const QMimeData *data)
{
    QList<ImagePayload> images;
    for (const QJsonObject &object : decode(data, imageMimeType())) {
        ImagePayload image{object.value(imageIdKey).toString(), object.value(referenceKey).toString()};
        if (image.imageId.isEmpty())
            return {};
        if (!images.contains(image))
            images << image;
    }
    return images;
}

QList<TagPayload> decodeTags(const QMimeData *data)
{
    QList<TagPayload> tags;
    for (const QJsonObject &object : decode(data, tagMimeType())) {
        TagPayload tag{object.value(registryKey).toString(), object.value(repositoryKey).toString(),
                       object.value(tagKey).toString(), object.value(digestKey).toString()};
        if (tag.tag.isEmpty() || tag.repository.isEmpty())
            return {};
        if (!tags.contains(tag))
            tags << tag;
    }
    return tags;
}

} // namespace steward::gui

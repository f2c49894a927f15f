#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace steward::gui {

// What a drag of Kasm images carries: ids and the reference each image had when the drag began, never pointers.
// A drop target compares the reference with what the image has now, so that a drop of an image changed meanwhile
// is refused instead of acting on something the user did not see.
struct ImagePayload
{
    QString imageId;
    QString reference;

    bool operator==(const ImagePayload &other) const = default;
};

// What a drag of registry tags carries: where the tag is and the digest it named when the drag began. A target that
// finds the tag pointing elsewhere now refuses the drop (the promotion refers to a digest, never only to a tag).
struct TagPayload
{
    QString registry;   // host[:port]
    QString repository; // path inside the registry, e.g. "kasm-demo/chrome"
    QString tag;
    QString digest; // "sha256:…"

    bool operator==(const TagPayload &other) const = default;
};

// The MIME types, one per payload kind. The payload is a UTF-8 JSON array of objects, readable in a debugger and
// stable across versions (unknown keys are ignored).
QString imageMimeType(); // application/x-imagesteward-image
QString tagMimeType();   // application/x-imagesteward-tag

// Encodes without repeats (the first occurrence wins), so a drag of a row through several columns counts once.
// The caller owns the result (QAbstractItemModel::mimeData's contract).
QMimeData *encodeImages(const QList<ImagePayload> &images);
QMimeData *encodeTags(const QList<TagPayload> &tags);

// Empty when `data` carries no payload of that kind or a malformed one: a target refuses what it cannot read.
QList<ImagePayload> decodeImages(const QMimeData *data);
QList<TagPayload> decodeTags(const QMimeData *data);

} // namespace steward::gui

#pragma once

#include "core/Digest.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward::registry {

namespace MediaType {
inline constexpr char OciManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char OciIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char DockerManifest[] = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char DockerManifestList[] = "application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr char DockerSchema1[] = "application/vnd.docker.distribution.manifest.v1+json";
inline constexpr char DockerSchema1Signed[] = "application/vnd.docker.distribution.manifest.v1+prettyjws";
} // namespace MediaType

// Every manifest type we understand, for the Accept header: without the OCI types a registry answers "unknown".
QByteArray manifestAcceptHeader();

// A manifest is bounded: registries accept at least 4 MiB, and we refuse anything larger.
inline constexpr qint64 MaxManifestBytes = qint64{4} * 1024 * 1024;

struct Platform
{
    QString os;
    QString architecture;
    QString variant;
    QString toString() const; // "linux/arm64/v8"
    // "linux/arm64" matches "linux/arm64/v8"; "linux/arm/v7" needs the variant.
    bool matches(const QString &wanted) const;
};

struct Descriptor
{
    QString mediaType;
    Digest digest;
    qint64 size = 0;
    Platform platform; // index entries only
    QStringList urls;  // foreign layers: fetched from elsewhere, never copied
};

struct Manifest
{
    enum class Kind
    {
        Image,
        Index,
        Schema1
    };
    Kind kind = Kind::Image;
    QString mediaType;
    Descriptor config;           // Image
    QList<Descriptor> layers;    // Image
    QList<Descriptor> manifests; // Index

    bool isIndex() const { return kind == Kind::Index; }
    // The config and layers that live in the registry (foreign layers excluded).
    QList<Descriptor> blobs() const;
    // Index: the first entry for `wanted` ("linux/arm64"), as a client picks it; nullopt when there is none.
    std::optional<Descriptor> platformEntry(const QString &wanted) const;
    // Index: the platforms its entries name ("linux/amd64", ...), in index order, without repeats.
    QStringList platformNames() const;
};

bool isIndexMediaType(QStringView mediaType);
bool isKnownManifestMediaType(QStringView mediaType);

// Parses and checks a manifest body. `contentType` is the server's Content-Type (parameters ignored); a mediaType
// inside the body must agree with it.
Result<Manifest> parseManifest(const QByteArray &bytes, const QString &contentType);

} // namespace steward::registry

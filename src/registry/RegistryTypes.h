#pragma once

#include "core/Digest.h"
#include "core/ImageReference.h"
#include "registry/ImageConfig.h"
#include "registry/Manifest.h"
#include "registry/RateLimit.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace steward::registry {

struct PingResult
{
    QString registry;
    QUrl endpoint; // "https://registry-1.docker.io"
    bool authRequired = false;
    QString authScheme; // "bearer", "basic", or empty
};

struct TagList
{
    QString repository;
    QStringList tags;
    int pages = 0; // requests it took
};

// What a HEAD tells: no pull is counted on Docker Hub.
struct ManifestHead
{
    Digest digest; // invalid when the registry sent no Docker-Content-Digest (only a GET can tell it then)
    QString mediaType;
    qint64 size = -1;
    RateLimit rateLimit;
    QStringList warnings; // `Warning: 299 - "..."` texts: shown to people, never acted on
};

// A manifest fetched and verified: `digest` is the sha256 of `bytes`, computed here.
struct FetchedManifest
{
    Digest digest;
    QString mediaType;
    QByteArray bytes;
    Manifest manifest;
    RateLimit rateLimit;
    QStringList warnings; // `Warning: 299 - "..."` texts: shown to people, never acted on
};

// One pull as an agent makes it: the manifest the reference names and, when that is a multi-platform index, the image
// manifest for the agent's platform, fetched by digest. Docker Hub counts the two GETs as one pull.
struct PulledImage
{
    std::optional<FetchedManifest> index; // set when the reference names an index
    FetchedManifest image;                // the platform's image manifest (the reference's own when there is no index)
    int manifestGets = 0;
    RateLimit rateLimit; // from the last answer
};

// Whether one blob is in the repository, as a HEAD tells it: no blob bytes move.
struct BlobPresence
{
    Descriptor blob;
    bool present = false;
};

struct TagDigest
{
    QString tag;
    Digest digest;
    QString mediaType;
};

struct PlatformImage
{
    Platform platform;
    Digest digest; // the platform's own manifest, not the index
    QString mediaType;
    qint64 size = 0;
};

struct ImageDetails
{
    ImageReference reference;
    Digest digest; // what the reference resolves to (an index for multi-platform images)
    QString mediaType;
    qint64 size = 0;
    QList<PlatformImage> platforms; // index entries; empty for a single-platform image
    bool hasConfig = false;
    ImageConfig config; // single-platform images only
    qint64 layerBytes = 0;
    int layerCount = 0;
};

struct CopyReport
{
    Digest digest;
    int manifestsPut = 0;
    int blobsMounted = 0;  // same registry: linked, no bytes moved
    int blobsExisting = 0; // already at the destination
    int blobsUploaded = 0; // streamed through this client
    qint64 bytesUploaded = 0;
};

} // namespace steward::registry

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace steward::test {

class SyncHttp;

struct SeedOptions
{
    QByteArray authorization;   // sent on every request, e.g. RegistryFixture::basicAuthorization()
    bool multiPlatform = false; // push linux/amd64 and linux/arm64 manifests and an OCI index under the tag
    QString architecture = QStringLiteral("amd64");
    QDateTime created = QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC);
    QMap<QString, QString> labels;
    qint64 extraLayerBytes = 0; // adds a second layer of incompressible bytes of this size (for copy benchmarks)
};

struct SeededPlatform
{
    QString os;
    QString architecture;
    QString manifestDigest;
    QString configDigest;
    QList<QString> layerDigests;
    QByteArray manifest;
};

struct SeededImage
{
    bool ok = false;
    QString error;
    QString digest;    // what the tag points at: the index for multi-platform images, else the manifest
    QString mediaType; // of that manifest
    QByteArray manifestBytes;
    QList<SeededPlatform> platforms; // one, or two for a multi-platform image
    qint64 blobBytes = 0;            // total size of the blobs pushed
};

// Pushes a small but valid OCI image through the registry HTTP API: a real gzip'd tar layer holding `payload`,
// a config blob, a manifest (and for multiPlatform an index over two platform manifests).
SeededImage seedImage(SyncHttp &http, const QUrl &registry, const QString &repository, const QString &tag,
                      const QByteArray &payload, const SeedOptions &options);
SeededImage seedImage(SyncHttp &http, const QUrl &registry, const QString &repository, const QString &tag,
                      const QByteArray &payload);

// Builds a one-file tar archive; gzip-compresses with a gzip header. Exposed for tests of the pieces.
QByteArray makeTar(const QString &fileName, const QByteArray &content);
QByteArray gzipCompress(const QByteArray &data);
QString sha256Digest(const QByteArray &data);

} // namespace steward::test

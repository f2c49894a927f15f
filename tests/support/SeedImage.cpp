#include "SeedImage.h"

#include "SyncHttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <zlib.h>

namespace steward::test {

namespace {

const QString ociManifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
const QString ociIndexType = QStringLiteral("application/vnd.oci.image.index.v1+json");
const QString ociConfigType = QStringLiteral("application/vnd.oci.image.config.v1+json");
const QString ociLayerType = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");

void writeOctal(char *field, int width, qint64 value)
{
    // width includes the terminating NUL
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    memcpy(field, digits.constData(), width - 1);
    field[width - 1] = '\0';
}

struct Pusher
{
    SyncHttp &http;
    QUrl registry;
    QString repository;
    QByteArray authorization;
    QString error;
    qint64 blobBytes = 0;

    QList<QPair<QByteArray, QByteArray>> headers(const QByteArray &contentType = {}) const
    {
        QList<QPair<QByteArray, QByteArray>> list;
        if (!authorization.isEmpty())
            list.append({"Authorization", authorization});
        if (!contentType.isEmpty())
            list.append({"Content-Type", contentType});
        return list;
    }

    QUrl url(const QString &path) const
    {
        QUrl url = registry;
        url.setPath(QStringLiteral("/v2/") + repository + path);
        return url;
    }

    bool pushBlob(const QByteArray &blob, const QString &digest)
    {
        const HttpReply head = http.send("HEAD", url(QStringLiteral("/blobs/") + digest), {}, headers());
        if (head.status == 200)
            return true;
        const HttpReply start = http.send("POST", url(QStringLiteral("/blobs/uploads/")), {}, headers());
        if (start.status != 202) {
            error = QStringLiteral("starting a blob upload answered %1: %2")
                        .arg(start.status)
                        .arg(QString::fromUtf8(start.body));
            return false;
        }
        QUrl location = registry.resolved(QUrl(QString::fromUtf8(start.header("Location"))));
        QUrlQuery query(location);
        query.addQueryItem(QStringLiteral("digest"), digest);
        location.setQuery(query);
        const HttpReply put = http.send("PUT", location, blob, headers("application/octet-stream"));
        if (put.status != 201) {
            error = QStringLiteral("finishing a blob upload answered %1: %2")
                        .arg(put.status)
                        .arg(QString::fromUtf8(put.body));
            return false;
        }
        blobBytes += blob.size();
        return true;
    }

    bool pushManifest(const QByteArray &manifest, const QString &mediaType, const QString &reference)
    {
        const HttpReply put =
            http.send("PUT", url(QStringLiteral("/manifests/") + reference), manifest, headers(mediaType.toUtf8()));
        if (put.status != 201) {
            error = QStringLiteral("pushing manifest %1 answered %2: %3")
                        .arg(reference)
                        .arg(put.status)
                        .arg(QString::fromUtf8(put.body));
            return false;
        }
        return true;
    }
};

QJsonObject descriptor(const QString &mediaType, const QByteArray &content)
{
    return {{QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("digest"), sha256Digest(content)},
            {QStringLiteral("size"), content.size()}};
}

bool pushPlatform(Pusher &pusher, const QByteArray &payload, const QString &architecture, const SeedOptions &options,
                  SeededPlatform *platform)
{
    QList<QByteArray> layers;
    QList<QByteArray> tars;
    tars.append(makeTar(QStringLiteral("steward/payload-") + architecture + QStringLiteral(".txt"), payload));
    if (options.extraLayerBytes > 0) {
        QByteArray noise(options.extraLayerBytes, Qt::Uninitialized);
        QRandomGenerator generator(quint32(options.extraLayerBytes) ^ quint32(qHash(architecture)));
        generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        tars.append(makeTar(QStringLiteral("steward/noise.bin"), noise));
    }
    QJsonArray diffIds;
    for (const QByteArray &tar : tars) {
        layers.append(gzipCompress(tar));
        diffIds.append(sha256Digest(tar));
    }

    QJsonObject labels;
    for (auto it = options.labels.cbegin(); it != options.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    const QJsonObject config{
        {QStringLiteral("created"), options.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("architecture"), architecture},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("Labels"), labels}}},
        {QStringLiteral("rootfs"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")}, {QStringLiteral("diff_ids"), diffIds}}},
    };
    const QByteArray configBytes = QJsonDocument(config).toJson(QJsonDocument::Compact);

    QJsonArray layerDescriptors;
    for (const QByteArray &layer : layers) {
        if (!pusher.pushBlob(layer, sha256Digest(layer)))
            return false;
        layerDescriptors.append(descriptor(ociLayerType, layer));
        platform->layerDigests.append(sha256Digest(layer));
    }
    if (!pusher.pushBlob(configBytes, sha256Digest(configBytes)))
        return false;

    const QJsonObject manifest{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), ociManifestType},
        {QStringLiteral("config"), descriptor(ociConfigType, configBytes)},
        {QStringLiteral("layers"), layerDescriptors},
    };
    platform->os = QStringLiteral("linux");
    platform->architecture = architecture;
    platform->configDigest = sha256Digest(configBytes);
    platform->manifest = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    platform->manifestDigest = sha256Digest(platform->manifest);
    return true;
}

} // namespace

QString sha256Digest(const QByteArray &data)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray makeTar(const QString &fileName, const QByteArray &content)
{
    QByteArray header(512, '\0');
    char *h = header.data();
    const QByteArray name = fileName.toUtf8().left(99);
    memcpy(h, name.constData(), name.size());
    writeOctal(h + 100, 8, 0644);            // mode
    writeOctal(h + 108, 8, 0);               // uid
    writeOctal(h + 116, 8, 0);               // gid
    writeOctal(h + 124, 12, content.size()); // size
    writeOctal(h + 136, 12, 1795838400);     // mtime: fixed, so the same payload gives the same digest
    memset(h + 148, ' ', 8);                 // checksum field counts as spaces while summing
    h[156] = '0';                            // regular file
    memcpy(h + 257, "ustar", 6);
    memcpy(h + 263, "00", 2);
    unsigned sum = 0;
    for (char c : header)
        sum += static_cast<unsigned char>(c);
    writeOctal(h + 148, 7, sum);
    h[155] = ' ';

    QByteArray tar = header + content;
    tar.append(QByteArray((512 - content.size() % 512) % 512, '\0'));
    tar.append(QByteArray(1024, '\0')); // two zero blocks end the archive
    return tar;
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream stream{};
    // 15 + 16: a gzip wrapper rather than zlib's, as image layers use.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

SeededImage seedImage(SyncHttp &http, const QUrl &registry, const QString &repository, const QString &tag,
                      const QByteArray &payload)
{
    return seedImage(http, registry, repository, tag, payload, SeedOptions{});
}

SeededImage seedImage(SyncHttp &http, const QUrl &registry, const QString &repository, const QString &tag,
                      const QByteArray &payload, const SeedOptions &options)
{
    SeededImage image;
    Pusher pusher{http, registry, repository, options.authorization, {}, 0};
    const QStringList architectures = options.multiPlatform
                                          ? QStringList{QStringLiteral("amd64"), QStringLiteral("arm64")}
                                          : QStringList{options.architecture};
    for (const QString &architecture : architectures) {
        SeededPlatform platform;
        if (!pushPlatform(pusher, payload, architecture, options, &platform)) {
            image.error = pusher.error;
            return image;
        }
        image.platforms.append(platform);
    }

    if (!options.multiPlatform) {
        const SeededPlatform &only = image.platforms.constFirst();
        if (!pusher.pushManifest(only.manifest, ociManifestType, tag)) {
            image.error = pusher.error;
            return image;
        }
        image.digest = only.manifestDigest;
        image.mediaType = ociManifestType;
        image.manifestBytes = only.manifest;
    } else {
        QJsonArray manifests;
        for (const SeededPlatform &platform : std::as_const(image.platforms)) {
            if (!pusher.pushManifest(platform.manifest, ociManifestType, platform.manifestDigest)) {
                image.error = pusher.error;
                return image;
            }
            QJsonObject entry = descriptor(ociManifestType, platform.manifest);
            entry.insert(QStringLiteral("platform"),
                         QJsonObject{{QStringLiteral("os"), platform.os},
                                     {QStringLiteral("architecture"), platform.architecture}});
            manifests.append(entry);
        }
        const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                                {QStringLiteral("mediaType"), ociIndexType},
                                {QStringLiteral("manifests"), manifests}};
        image.manifestBytes = QJsonDocument(index).toJson(QJsonDocument::Compact);
        if (!pusher.pushManifest(image.manifestBytes, ociIndexType, tag)) {
            image.error = pusher.error;
            return image;
        }
        image.digest = sha256Digest(image.manifestBytes);
        image.mediaType = ociIndexType;
    }
    image.blobBytes = pusher.blobBytes;
    image.ok = true;
    return image;
}

} // namespace steward::test

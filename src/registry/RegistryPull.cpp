// The operations of a pull as an agent makes it: the manifests for one platform, blob presence by HEAD, and blob
// downloads that are verified and dropped. Transport and auth live in RegistryClient.cpp.
#include "registry/RegistryClient.h"
#include "registry/RegistryClientPrivate.h"
#include "registry/RegistryErrors.h"

#include <QCryptographicHash>

#include <climits>

namespace steward::registry {

using detail::apiUrl;
using detail::Operation;
using detail::pullScope;
using detail::Request;
using detail::Response;
using detail::startOperation;

QFuture<Result<PulledImage>> RegistryClient::pullManifests(const ImageReference &reference, const QString &platform)
{
    auto op = startOperation<Result<PulledImage>>(this);
    getManifestInto(reference, op->state, [this, op, reference, platform](Result<FetchedManifest> top) {
        if (!top) {
            op->finish(fail(top.error()));
            return;
        }
        PulledImage pulled;
        pulled.manifestGets = 1;
        pulled.rateLimit = top->rateLimit;
        if (!top->manifest.isIndex()) {
            pulled.image = *top;
            op->finish(pulled);
            return;
        }
        const std::optional<Descriptor> entry = top->manifest.platformEntry(platform);
        if (!entry) {
            op->finish(fail(ErrorCode::NotFound,
                            tr("%1 has no image for %2; its index lists %3")
                                .arg(reference.toString(), platform.isEmpty() ? tr("(no platform)") : platform,
                                     top->manifest.platformNames().join(QStringLiteral(", ")))));
            return;
        }
        pulled.index = *top;
        getManifestInto(
            reference.withDigest(entry->digest), op->state,
            [op, pulled, reference](Result<FetchedManifest> image) mutable {
                if (!image) {
                    op->finish(fail(image.error()));
                    return;
                }
                ++pulled.manifestGets;
                if (image->manifest.isIndex()) {
                    op->finish(fail(
                        ErrorCode::Unsupported,
                        tr("%1 nests an index inside its index; agents cannot pull that").arg(reference.toString())));
                    return;
                }
                pulled.image = *image;
                pulled.rateLimit = image->rateLimit;
                op->finish(pulled);
            });
    });
    return op->promise.future();
}

QFuture<Result<QList<BlobPresence>>> RegistryClient::checkBlobs(const ImageReference &repository,
                                                                const QList<Descriptor> &blobs)
{
    auto op = startOperation<Result<QList<BlobPresence>>>(this);
    if (blobs.isEmpty()) {
        op->finish(QList<BlobPresence>());
        return op->promise.future();
    }
    op->promise.setProgressRange(0, int(blobs.size()));
    auto results = std::make_shared<QList<BlobPresence>>(blobs.size());
    auto remaining = std::make_shared<qsizetype>(blobs.size());
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        const Descriptor &blob = blobs.at(i);
        Request head;
        head.method = "HEAD";
        head.url = apiUrl(repository, QStringLiteral("/blobs/") + blob.digest.toString());
        head.registry = repository.registry();
        head.scopes = {pullScope(repository)};
        head.action = tr("checking for %1 in %2").arg(blob.digest.shortString(), repository.name());
        send(head, op->state, [op, results, remaining, blob, repository, i](Result<Response> response) {
            if (op->done)
                return;
            if (!response) {
                op->finish(fail(response.error()));
                op->state->cancel(); // one clear error is the answer
                return;
            }
            // A redirect (to a CDN) means the registry has it; following it would only fetch bytes.
            const int status = response->status;
            const bool present = status == 200 || (status >= 301 && status <= 308 && status != 304);
            if (!present && status != 404) {
                op->finish(fail(
                    errorForStatus(status, response->body,
                                   tr("checking for %1 in %2").arg(blob.digest.shortString(), repository.name()))));
                op->state->cancel();
                return;
            }
            (*results)[i] = BlobPresence{blob, present};
            op->promise.setProgressValue(int(results->size() - --*remaining));
            if (*remaining == 0)
                op->finish(*results);
        });
    }
    return op->promise.future();
}

QFuture<Result<qint64>> RegistryClient::fetchBlob(const ImageReference &repository, const Descriptor &blob)
{
    auto op = startOperation<Result<qint64>>(this);
    const QString algorithm = blob.digest.algorithm();
    if (algorithm != QLatin1String("sha256") && algorithm != QLatin1String("sha512")) {
        op->finish(
            fail(ErrorCode::Unsupported, tr("cannot verify %1: unknown digest algorithm").arg(blob.digest.toString())));
        return op->promise.future();
    }
    auto hash = std::make_shared<QCryptographicHash>(algorithm == QLatin1String("sha512") ? QCryptographicHash::Sha512
                                                                                          : QCryptographicHash::Sha256);
    auto received = std::make_shared<qint64>(0);
    op->promise.setProgressRange(0, int(std::min<qint64>(blob.size / 1024 + 1, INT_MAX)));
    Request get;
    get.url = apiUrl(repository, QStringLiteral("/blobs/") + blob.digest.toString());
    get.registry = repository.registry();
    get.scopes = {pullScope(repository)};
    get.followRedirects = true;
    get.action = tr("downloading %1 from %2").arg(blob.digest.shortString(), repository.name());
    std::weak_ptr<Operation<Result<qint64>>> weakOp = op;
    const qint64 expected = blob.size;
    get.onData = [hash, received, expected, weakOp](QByteArrayView chunk) {
        *received += chunk.size();
        if (*received > expected)
            return false; // more than the manifest promised: stop now rather than read without end
        hash->addData(chunk);
        if (const auto strong = weakOp.lock())
            strong->promise.setProgressValue(int(std::min<qint64>(*received / 1024, INT_MAX)));
        return true;
    };
    send(get, op->state, [op, blob, repository, hash, received](Result<Response> response) {
        if (!response) {
            op->finish(fail(response.error()));
            return;
        }
        if (response->status != 200) {
            op->finish(
                fail(errorForStatus(response->status, response->body,
                                    tr("downloading %1 from %2").arg(blob.digest.shortString(), repository.name()))));
            return;
        }
        if (*received != blob.size || QString::fromLatin1(hash->result().toHex()) != blob.digest.hex()) {
            op->finish(fail(ErrorCode::Integrity, tr("the blob %1 does not match its digest or size (%2 bytes "
                                                     "received, %3 expected)")
                                                      .arg(blob.digest.toString())
                                                      .arg(*received)
                                                      .arg(blob.size)));
            return;
        }
        op->finish(*received);
    });
    return op->promise.future();
}

} // namespace steward::registry

// The registry operations, composed from RegistryClient::send(); transport and auth live in RegistryClient.cpp.
#include "registry/Logging.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryClientPrivate.h"
#include "registry/RegistryErrors.h"
#include "registry/RegistryText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QUrlQuery>

#include <climits>

namespace steward::registry {

using detail::apiUrl;
using detail::contentType;
using detail::manifestRequest;
using detail::Operation;
using detail::OperationState;
using detail::pullScope;
using detail::pushScope;
using detail::Request;
using detail::Response;
using detail::startOperation;

namespace {

constexpr int TagPageSize = 1000;
constexpr qint64 MaxTagListBytes = qint64{16} * 1024 * 1024;
constexpr qint64 MaxConfigBytes = qint64{8} * 1024 * 1024;

} // namespace

namespace detail {

QString pullScope(const ImageReference &ref)
{
    return QStringLiteral("repository:%1:pull").arg(ref.repository());
}

QString pushScope(const ImageReference &ref)
{
    return QStringLiteral("repository:%1:pull,push").arg(ref.repository());
}

QUrl apiUrl(const ImageReference &ref, const QString &suffix)
{
    QUrl url;
    url.setPath(QStringLiteral("/v2/") + ref.repository() + suffix);
    return url;
}

QString contentType(const Response &response)
{
    return QString::fromLatin1(response.header("Content-Type")).section(QLatin1Char(';'), 0, 0).trimmed();
}

Request manifestRequest(const ImageReference &ref, const QByteArray &method)
{
    Request request;
    request.method = method;
    request.url = apiUrl(ref, QStringLiteral("/manifests/") + ref.manifestReference());
    request.registry = ref.registry();
    request.scopes = {pullScope(ref)};
    request.headers = {{"Accept", manifestAcceptHeader()}};
    request.maxBodyBytes = MaxManifestBytes;
    request.action = RegistryText::tr("reading the manifest of %1").arg(ref.toString());
    return request;
}

} // namespace detail

QFuture<Result<PingResult>> RegistryClient::ping(const QString &registry)
{
    auto op = startOperation<Result<PingResult>>(this);
    withEndpoint(registry, op->state, [this, op, registry](Result<QUrl> endpoint) {
        if (!endpoint) {
            op->finish(fail(endpoint.error()));
            return;
        }
        PingResult result{registry, *endpoint, false, {}};
        if (const auto host = m_hosts.value(registry); host && host->challenge) {
            result.authRequired = true;
            result.authScheme = host->challenge->scheme;
        }
        op->finish(result);
    });
    return op->promise.future();
}

// --- tags -----------------------------------------------------------------------------------------------------

QFuture<Result<TagList>> RegistryClient::listTags(const ImageReference &repository)
{
    auto op = startOperation<Result<TagList>>(this);
    auto list = std::make_shared<TagList>();
    list->repository = repository.name();
    auto seen = std::make_shared<QSet<QString>>();
    auto fetchPage = std::make_shared<std::function<void(QUrl)>>();
    // The page function holds itself (the next page needs it); the continuation below breaks that cycle at the end.
    *fetchPage = [this, op, list, seen, repository, fetchPage](const QUrl &url) mutable {
        Request request;
        request.url = url;
        request.registry = repository.registry();
        request.scopes = {pullScope(repository)};
        request.maxBodyBytes = MaxTagListBytes;
        request.action = tr("listing the tags of %1").arg(repository.name());
        send(request, op->state, [op, list, seen, repository, url, fetchPage](Result<Response> response) {
            if (!response) {
                op->finish(fail(response.error()));
                return;
            }
            ++list->pages;
            if (response->status != 200) {
                op->finish(fail(errorForStatus(response->status, response->body,
                                               tr("listing the tags of %1").arg(repository.name()))));
                return;
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(response->body, &parseError);
            const QJsonValue tags = doc.object().value(QStringLiteral("tags"));
            if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
                !(tags.isArray() || tags.isNull() || tags.isUndefined())) {
                op->finish(fail(
                    ErrorCode::Protocol,
                    tr("listing the tags of %1 failed: the registry's answer is not a tag list").arg(repository.name()),
                    parseError.error != QJsonParseError::NoError ? parseError.errorString() : QString()));
                return;
            }
            // "tags": null is how distribution 2.8 says "no tags left".
            int fresh = 0;
            const QJsonArray array = tags.toArray();
            for (const auto &tag : array) {
                const QString name = tag.toString();
                if (!tag.isString() || !ImageReference::isValidTag(name)) {
                    op->finish(fail(ErrorCode::Protocol,
                                    tr("listing the tags of %1 failed: the registry listed an invalid tag \"%2\"")
                                        .arg(repository.name(), sanitizedServerText(name.toUtf8(), 140))));
                    return;
                }
                if (!seen->contains(name)) {
                    seen->insert(name);
                    list->tags << name;
                    ++fresh;
                }
            }
            Result<std::optional<QUrl>> next = nextLink(headerValues(response->headers, "Link"), response->url);
            if (!next) {
                op->finish(fail(next.error()));
                return;
            }
            std::optional<QUrl> nextUrl = *next;
            // No Link: a full page may mean more (n/last); more than n means the registry ignores n; a page of
            // nothing new means it ignores last. Either way we are done.
            if (!nextUrl && array.size() == TagPageSize && fresh > 0) {
                QUrl more = apiUrl(repository, QStringLiteral("/tags/list"));
                more.setQuery(QStringLiteral("n=%1&last=%2")
                                  .arg(TagPageSize)
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(array.last().toString()))));
                nextUrl = more;
            }
            if (nextUrl && fresh > 0 && list->pages < 100000) {
                (*fetchPage)(*nextUrl);
                return;
            }
            op->finish(*list);
        });
    };
    QUrl first = apiUrl(repository, QStringLiteral("/tags/list"));
    first.setQuery(QStringLiteral("n=%1").arg(TagPageSize));
    (*fetchPage)(first);
    // Deferred: finish() may run inside the page function itself.
    op->atFinish.emplace_back([this, fetchPage] {
        QMetaObject::invokeMethod(
            this, [fetchPage] { *fetchPage = nullptr; }, Qt::QueuedConnection);
    });
    return op->promise.future();
}

QFuture<Result<QList<TagDigest>>> RegistryClient::tagDigests(const ImageReference &repository, const QStringList &tags)
{
    auto op = startOperation<Result<QList<TagDigest>>>(this);
    op->promise.setProgressRange(0, int(tags.size()));
    auto results = std::make_shared<QList<TagDigest>>(tags.size());
    auto remaining = std::make_shared<qsizetype>(tags.size());
    if (tags.isEmpty()) {
        op->finish(QList<TagDigest>());
        return op->promise.future();
    }
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const ImageReference ref = repository.withTag(tags.at(i));
        Request request = manifestRequest(ref, "HEAD");
        send(request, op->state, [op, results, remaining, ref, i](Result<Response> response) {
            if (op->done)
                return;
            if (!response) {
                op->finish(fail(response.error()));
                op->state->cancel(); // stop the rest: one clear error is the answer
                return;
            }
            if (response->status != 200) {
                op->finish(
                    fail(errorForStatus(response->status, {}, tr("reading the digest of %1").arg(ref.toString()))));
                op->state->cancel();
                return;
            }
            Result<Digest> digest = Digest::parse(QString::fromLatin1(response->header("Docker-Content-Digest")));
            if (!digest) {
                op->finish(fail(
                    ErrorCode::Protocol,
                    tr("the registry sent no usable digest for %1: %2").arg(ref.toString(), digest.error().message)));
                op->state->cancel();
                return;
            }
            (*results)[i] = TagDigest{ref.tag(), *digest, contentType(*response)};
            op->promise.setProgressValue(int(results->size() - --*remaining));
            if (*remaining == 0)
                op->finish(*results);
        });
    }
    return op->promise.future();
}

// --- manifests ------------------------------------------------------------------------------------------------

QFuture<Result<ManifestHead>> RegistryClient::headManifest(const ImageReference &reference)
{
    auto op = startOperation<Result<ManifestHead>>(this);
    send(manifestRequest(reference, "HEAD"), op->state, [op, reference](Result<Response> response) {
        if (!response) {
            op->finish(fail(response.error()));
            return;
        }
        if (response->status != 200) {
            op->finish(
                fail(errorForStatus(response->status, {}, tr("reading the manifest of %1").arg(reference.toString()))));
            return;
        }
        ManifestHead head;
        head.mediaType = contentType(*response);
        head.size = response->header("Content-Length").toLongLong();
        head.rateLimit = parseRateLimit(response->headers);
        head.warnings = registryWarnings(response->headers);
        const QByteArray digest = response->header("Docker-Content-Digest");
        if (digest.isEmpty()) {
            // An old registry. Its digest is the hash of the body, but a GET counts as a pull: the caller decides.
            op->finish(head);
            return;
        }
        Result<Digest> parsed = Digest::parse(QString::fromLatin1(digest));
        if (!parsed) {
            op->finish(fail(ErrorCode::Protocol, tr("the registry sent a malformed digest for %1: %2")
                                                     .arg(reference.toString(), parsed.error().message)));
            return;
        }
        if (reference.hasDigest() && *parsed != reference.digest()) {
            op->finish(fail(ErrorCode::Integrity, tr("asked for %1 but the registry answered for %2")
                                                      .arg(reference.digest().toString(), parsed->toString())));
            return;
        }
        head.digest = *parsed;
        op->finish(head);
    });
    return op->promise.future();
}

void RegistryClient::getManifestInto(const ImageReference &reference, const std::shared_ptr<OperationState> &state,
                                     const std::function<void(Result<FetchedManifest>)> &done)
{
    send(manifestRequest(reference, "GET"), state, [reference, done](Result<Response> response) {
        if (!response) {
            done(fail(response.error()));
            return;
        }
        if (response->status != 200) {
            done(fail(errorForStatus(response->status, response->body,
                                     tr("reading the manifest of %1").arg(reference.toString()))));
            return;
        }
        FetchedManifest fetched;
        fetched.bytes = response->body;
        fetched.mediaType = contentType(*response);
        fetched.rateLimit = parseRateLimit(response->headers);
        fetched.warnings = registryWarnings(response->headers);
        // Our own hash is the truth; the registry's header and the digest we asked for must agree with it.
        fetched.digest = reference.hasDigest() && reference.digest().algorithm() != QLatin1String("sha256")
                             ? reference.digest()
                             : Digest::sha256(fetched.bytes);
        if (reference.hasDigest() && !reference.digest().matches(fetched.bytes)) {
            done(fail(ErrorCode::Integrity, tr("the manifest of %1 does not match its digest: the registry sent bytes "
                                               "that hash to %2")
                                                .arg(reference.toString(), Digest::sha256(fetched.bytes).toString())));
            return;
        }
        const QByteArray header = response->header("Docker-Content-Digest");
        if (!header.isEmpty() && QString::fromLatin1(header) != fetched.digest.toString()) {
            done(fail(ErrorCode::Integrity,
                      tr("the registry says the manifest of %1 is %2, but its bytes hash to %3")
                          .arg(reference.toString(), sanitizedServerText(header, 80), fetched.digest.toString())));
            return;
        }
        Result<Manifest> manifest = parseManifest(fetched.bytes, fetched.mediaType);
        if (!manifest) {
            Error error = manifest.error();
            error.message = tr("the manifest of %1 is unusable: %2").arg(reference.toString(), error.message);
            done(fail(error));
            return;
        }
        fetched.manifest = *manifest;
        if (fetched.mediaType.isEmpty() || fetched.mediaType == QLatin1String("application/json"))
            fetched.mediaType = manifest->mediaType;
        done(fetched);
    });
}

QFuture<Result<FetchedManifest>> RegistryClient::getManifest(const ImageReference &reference)
{
    auto op = startOperation<Result<FetchedManifest>>(this);
    getManifestInto(reference, op->state, [op](Result<FetchedManifest> result) { op->finish(std::move(result)); });
    return op->promise.future();
}

QFuture<Result<PlatformImage>> RegistryClient::platformDigest(const ImageReference &reference, const QString &platform)
{
    auto op = startOperation<Result<PlatformImage>>(this);
    getManifestInto(reference, op->state, [op, reference, platform](Result<FetchedManifest> fetched) {
        if (!fetched) {
            op->finish(fail(fetched.error()));
            return;
        }
        if (!fetched->manifest.isIndex()) {
            op->finish(
                fail(ErrorCode::InvalidInput, tr("%1 is a single-platform image (%2), not an index; drop --platform")
                                                  .arg(reference.toString(), fetched->digest.toString())));
            return;
        }
        if (const std::optional<Descriptor> entry = fetched->manifest.platformEntry(platform)) {
            op->finish(PlatformImage{entry->platform, entry->digest, entry->mediaType, entry->size});
            return;
        }
        op->finish(fail(ErrorCode::NotFound, tr("%1 has no %2 image; it has: %3")
                                                 .arg(reference.toString(), platform,
                                                      fetched->manifest.platformNames().join(QStringLiteral(", ")))));
    });
    return op->promise.future();
}

QFuture<Result<ImageConfig>> RegistryClient::getConfig(const ImageReference &repository, const Descriptor &config)
{
    auto op = startOperation<Result<ImageConfig>>(this);
    Request request;
    request.url = apiUrl(repository, QStringLiteral("/blobs/") + config.digest.toString());
    request.registry = repository.registry();
    request.scopes = {pullScope(repository)};
    request.maxBodyBytes = MaxConfigBytes;
    request.followRedirects = true;
    request.action = tr("reading the config of %1").arg(repository.name());
    send(request, op->state, [op, config, repository](Result<Response> response) {
        if (!response) {
            op->finish(fail(response.error()));
            return;
        }
        if (response->status != 200) {
            op->finish(fail(errorForStatus(response->status, response->body,
                                           tr("reading the config of %1").arg(repository.name()))));
            return;
        }
        if (!config.digest.matches(response->body)) {
            op->finish(fail(ErrorCode::Integrity, tr("the config blob of %1 does not match its digest %2")
                                                      .arg(repository.name(), config.digest.toString())));
            return;
        }
        op->finish(parseImageConfig(response->body));
    });
    return op->promise.future();
}

QFuture<Result<ImageDetails>> RegistryClient::inspect(const ImageReference &reference)
{
    auto op = startOperation<Result<ImageDetails>>(this);
    getManifestInto(reference, op->state, [this, op, reference](Result<FetchedManifest> fetched) {
        if (!fetched) {
            op->finish(fail(fetched.error()));
            return;
        }
        auto details = std::make_shared<ImageDetails>();
        details->reference = reference;
        details->digest = fetched->digest;
        details->mediaType = fetched->mediaType;
        details->size = fetched->bytes.size();
        if (fetched->manifest.isIndex()) {
            for (const Descriptor &entry : fetched->manifest.manifests)
                details->platforms << PlatformImage{entry.platform, entry.digest, entry.mediaType, entry.size};
            op->finish(*details);
            return;
        }
        if (fetched->manifest.kind != Manifest::Kind::Image) {
            op->finish(*details);
            return;
        }
        details->layerCount = int(fetched->manifest.layers.size());
        for (const Descriptor &layer : fetched->manifest.layers)
            details->layerBytes += layer.size;
        getConfig(reference, fetched->manifest.config).then(this, [op, details](const Result<ImageConfig> &config) {
            if (!config) {
                op->finish(fail(config.error()));
                return;
            }
            details->hasConfig = true;
            details->config = *config;
            op->finish(*details);
        });
    });
    return op->promise.future();
}

void RegistryClient::putManifestInto(const ImageReference &reference, const QByteArray &bytes, const QString &mediaType,
                                     const std::shared_ptr<OperationState> &state,
                                     const std::function<void(Result<Digest>)> &done)
{
    Request request;
    request.method = "PUT";
    request.url = apiUrl(reference, QStringLiteral("/manifests/") + reference.manifestReference());
    request.registry = reference.registry();
    request.scopes = {pushScope(reference)};
    request.headers = {{"Content-Type", mediaType.toUtf8()}};
    request.body = bytes;
    request.maxBodyBytes = qint64{1024} * 1024;
    request.action = tr("writing the manifest %1").arg(reference.toString());
    const Digest ours = Digest::sha256(bytes);
    send(request, state, [reference, ours, done](Result<Response> response) {
        if (!response) {
            done(fail(response.error()));
            return;
        }
        if (response->status != 201 && response->status != 200) {
            done(fail(errorForStatus(response->status, response->body,
                                     tr("writing the manifest %1").arg(reference.toString()))));
            return;
        }
        const QByteArray header = response->header("Docker-Content-Digest");
        if (!header.isEmpty() && QString::fromLatin1(header) != ours.toString()) {
            done(fail(ErrorCode::Integrity,
                      tr("the registry stored %1 as %2, but the bytes we sent hash to %3")
                          .arg(reference.toString(), sanitizedServerText(header, 80), ours.toString())));
            return;
        }
        done(ours);
    });
}

QFuture<Result<Digest>> RegistryClient::putManifest(const ImageReference &reference, const QByteArray &bytes,
                                                    const QString &mediaType)
{
    auto op = startOperation<Result<Digest>>(this);
    putManifestInto(reference, bytes, mediaType, op->state, [op](Result<Digest> r) { op->finish(std::move(r)); });
    return op->promise.future();
}

QFuture<Result<Digest>> RegistryClient::retag(const ImageReference &source, const QStringList &newTags)
{
    auto op = startOperation<Result<Digest>>(this);
    for (const QString &tag : newTags) {
        if (!ImageReference::isValidTag(tag)) {
            op->finish(fail(ErrorCode::InvalidInput,
                            tr("\"%1\" is not a valid tag: up to 128 letters, digits, '_', '.' and '-', not starting "
                               "with '.' or '-'")
                                .arg(tag)));
            return op->promise.future();
        }
    }
    op->promise.setProgressRange(0, int(newTags.size()));
    getManifestInto(source, op->state, [this, op, source, newTags](Result<FetchedManifest> fetched) {
        if (!fetched) {
            op->finish(fail(fetched.error()));
            return;
        }
        auto remaining = std::make_shared<qsizetype>(newTags.size());
        if (newTags.isEmpty()) {
            op->finish(fetched->digest);
            return;
        }
        const Digest digest = fetched->digest;
        for (const QString &tag : newTags) {
            putManifestInto(source.withTag(tag), fetched->bytes, fetched->mediaType, op->state,
                            [op, remaining, digest, total = newTags.size()](Result<Digest> put) {
                                if (!put) {
                                    op->finish(fail(put.error()));
                                    return;
                                }
                                op->promise.setProgressValue(int(total - --*remaining));
                                if (*remaining == 0)
                                    op->finish(digest);
                            });
        }
    });
    return op->promise.future();
}

QFuture<Status> RegistryClient::deleteManifest(const ImageReference &reference)
{
    auto op = startOperation<Status>(this);
    if (!reference.hasDigest()) {
        op->finish(fail(ErrorCode::InvalidInput,
                        tr("deleting needs a digest (%1 has none); note that it removes every tag on that digest")
                            .arg(reference.toString())));
        return op->promise.future();
    }
    Request request = manifestRequest(reference, "DELETE");
    request.scopes = {QStringLiteral("repository:%1:delete").arg(reference.repository())};
    request.action = tr("deleting %1").arg(reference.toString());
    send(request, op->state, [op, reference](Result<Response> response) {
        if (!response) {
            op->finish(fail(response.error()));
            return;
        }
        if (response->status != 202 && response->status != 200) {
            op->finish(
                fail(errorForStatus(response->status, response->body, tr("deleting %1").arg(reference.toString()))));
            return;
        }
        op->finish(Status());
    });
    return op->promise.future();
}

// --- copy -------------------------------------------------------------------------------------------------------

QFuture<Result<CopyReport>> RegistryClient::copy(const ImageReference &source, const ImageReference &destination)
{
    auto op = startOperation<Result<CopyReport>>(this);
    auto report = std::make_shared<CopyReport>();
    getManifestInto(source, op->state, [this, op, report, source, destination](Result<FetchedManifest> fetched) {
        if (!fetched) {
            op->finish(fail(fetched.error()));
            return;
        }
        report->digest = fetched->digest;
        const FetchedManifest top = *fetched;
        // Progress in KiB of blob data streamed through us (mounts move nothing); the total is known for an image.
        qint64 total = 0;
        for (const Descriptor &blob : top.manifest.blobs())
            total += blob.size;
        if (total > 0)
            op->promise.setProgressRange(0, int(std::min<qint64>(total / 1024 + 1, INT_MAX)));
        auto moved = std::make_shared<qint64>(0);
        // Weak: the state must not keep its own operation alive.
        std::weak_ptr<Operation<Result<CopyReport>>> weakOp = op;
        op->state->bytesMoved = [weakOp, moved](qint64 bytes) {
            *moved += bytes;
            if (const auto strong = weakOp.lock())
                strong->promise.setProgressValue(int(std::min<qint64>(*moved / 1024, INT_MAX)));
        };
        auto finishTop = [this, op, report, destination, top](Status status) {
            if (!status) {
                op->finish(fail(status.error()));
                return;
            }
            putManifestInto(destination, top.bytes, top.mediaType, op->state, [op, report](Result<Digest> digest) {
                if (!digest) {
                    op->finish(fail(digest.error()));
                    return;
                }
                ++report->manifestsPut;
                op->finish(*report);
            });
        };
        if (!top.manifest.isIndex()) {
            copyImage(source, destination, top, op->state, report, finishTop);
            return;
        }
        // An index: each platform's blobs and manifest (by digest) first, then the index itself.
        auto children = std::make_shared<QList<Descriptor>>(top.manifest.manifests);
        auto next = std::make_shared<std::function<void(qsizetype)>>();
        std::weak_ptr<std::function<void(qsizetype)>> weakNext = next;
        *next = [this, op, report, source, destination, children, weakNext, finishTop](qsizetype i) {
            if (i >= children->size()) {
                finishTop(Status());
                return;
            }
            const Digest childDigest = children->at(i).digest;
            getManifestInto(source.withDigest(childDigest), op->state,
                            [this, op, report, source, destination, childDigest, weakNext, i,
                             finishTop](Result<FetchedManifest> child) {
                                if (!child) {
                                    finishTop(fail(child.error()));
                                    return;
                                }
                                const FetchedManifest platform = *child;
                                copyImage(source, destination, platform, op->state, report,
                                          [this, op, report, destination, platform, childDigest, weakNext, i,
                                           finishTop](Status copied) {
                                              if (!copied) {
                                                  finishTop(copied);
                                                  return;
                                              }
                                              putManifestInto(destination.withTag({}).withDigest(childDigest),
                                                              platform.bytes, platform.mediaType, op->state,
                                                              [report, weakNext, i, finishTop](Result<Digest> put) {
                                                                  if (!put) {
                                                                      finishTop(fail(put.error()));
                                                                      return;
                                                                  }
                                                                  ++report->manifestsPut;
                                                                  if (auto step = weakNext.lock())
                                                                      (*step)(i + 1);
                                                              });
                                          });
                            });
        };
        (*next)(0);
        op->atFinish.emplace_back([this, next] {
            QMetaObject::invokeMethod(
                this, [next] { *next = nullptr; }, Qt::QueuedConnection);
        });
    });
    return op->promise.future();
}

void RegistryClient::copyImage(const ImageReference &source, const ImageReference &destination,
                               const FetchedManifest &manifest, const std::shared_ptr<OperationState> &state,
                               const std::shared_ptr<CopyReport> &report, const std::function<void(Status)> &done)
{
    if (manifest.manifest.kind != Manifest::Kind::Image) {
        done(fail(ErrorCode::Unsupported,
                  tr("copying %1 is not supported: it is a legacy schema 1 manifest").arg(source.toString())));
        return;
    }
    const QList<Descriptor> blobs = manifest.manifest.blobs();
    auto remaining = std::make_shared<qsizetype>(blobs.size());
    auto failed = std::make_shared<bool>(false);
    if (blobs.isEmpty()) {
        done(Status());
        return;
    }
    for (const Descriptor &blob : blobs) {
        headBlobOrMount(source, destination, blob, state, report, [remaining, failed, done](Status status) {
            if (*failed)
                return;
            if (!status) {
                *failed = true;
                done(status);
                return;
            }
            if (--*remaining == 0)
                done(Status());
        });
    }
}

void RegistryClient::headBlobOrMount(const ImageReference &source, const ImageReference &destination,
                                     const Descriptor &blob, const std::shared_ptr<OperationState> &state,
                                     const std::shared_ptr<CopyReport> &report, const std::function<void(Status)> &done)
{
    if (source.registry() == destination.registry()) {
        // Same registry: link the blob into the destination repository; no bytes move.
        Request request;
        request.method = "POST";
        request.url = apiUrl(destination, QStringLiteral("/blobs/uploads/"));
        request.url.setQuery(QStringLiteral("mount=%1&from=%2").arg(blob.digest.toString(), source.repository()));
        request.registry = destination.registry();
        request.scopes = {pushScope(destination), pullScope(source)};
        request.maxBodyBytes = qint64{1024} * 1024;
        request.action = tr("mounting %1 into %2").arg(blob.digest.shortString(), destination.name());
        send(request, state, [this, source, destination, blob, state, report, done](Result<Response> response) {
            if (!response) {
                done(fail(response.error()));
                return;
            }
            if (response->status == 201) {
                ++report->blobsMounted;
                done(Status());
                return;
            }
            if (response->status == 202) {
                // The registry opened an upload instead (it may ignore `from`): use it to upload.
                if (response->header("Location").isEmpty()) {
                    done(fail(ErrorCode::Protocol, tr("mounting %1 into %2 failed: the registry opened an upload "
                                                      "without saying where (no Location)")
                                                       .arg(blob.digest.shortString(), destination.name())));
                    return;
                }
                const QUrl location = response->url.resolved(QUrl::fromEncoded(response->header("Location")));
                streamBlob(source, destination, blob, location, state, report, done);
                return;
            }
            done(fail(errorForStatus(response->status, response->body,
                                     tr("mounting %1 into %2").arg(blob.digest.shortString(), destination.name()))));
        });
        return;
    }
    Request head;
    head.method = "HEAD";
    head.url = apiUrl(destination, QStringLiteral("/blobs/") + blob.digest.toString());
    head.registry = destination.registry();
    head.scopes = {pushScope(destination)};
    head.action = tr("checking for %1 in %2").arg(blob.digest.shortString(), destination.name());
    send(head, state, [this, source, destination, blob, state, report, done](Result<Response> response) {
        if (!response) {
            done(fail(response.error()));
            return;
        }
        if (response->status == 200) {
            ++report->blobsExisting;
            done(Status());
            return;
        }
        streamBlob(source, destination, blob, {}, state, report, done);
    });
}

void RegistryClient::streamBlob(const ImageReference &source, const ImageReference &destination, const Descriptor &blob,
                                const QUrl &uploadLocation, const std::shared_ptr<OperationState> &state,
                                const std::shared_ptr<CopyReport> &report, const std::function<void(Status)> &done)
{
    // Download into a temporary file while hashing, verify, then upload the file: memory stays bounded and nothing
    // unverified reaches the destination.
    auto file = std::make_shared<QTemporaryFile>();
    if (!file->open()) {
        done(fail(ErrorCode::Storage,
                  tr("cannot create a temporary file for %1: %2").arg(blob.digest.shortString(), file->errorString())));
        return;
    }
    auto hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    auto size = std::make_shared<qint64>(0);
    Request get;
    get.url = apiUrl(source, QStringLiteral("/blobs/") + blob.digest.toString());
    get.registry = source.registry();
    get.scopes = {pullScope(source)};
    get.followRedirects = true;
    get.action = tr("downloading %1 from %2").arg(blob.digest.shortString(), source.name());
    const qint64 expected = blob.size;
    get.onData = [file, hash, size, expected, state](QByteArrayView chunk) {
        *size += chunk.size();
        if (*size > expected)
            return false;
        hash->addData(chunk);
        if (state->bytesMoved)
            state->bytesMoved(chunk.size());
        return file->write(chunk.data(), chunk.size()) == chunk.size();
    };
    send(get, state,
         [this, destination, blob, uploadLocation, state, report, done, file, hash, size](Result<Response> response) {
             if (!response) {
                 done(fail(response.error()));
                 return;
             }
             if (response->status != 200) {
                 done(fail(errorForStatus(response->status, response->body,
                                          tr("downloading %1").arg(blob.digest.shortString()))));
                 return;
             }
             if (*size != blob.size || QString::fromLatin1(hash->result().toHex()) != blob.digest.hex()) {
                 done(fail(ErrorCode::Integrity,
                           tr("the blob %1 does not match its digest or size (%2 bytes received, %3 "
                              "expected)")
                               .arg(blob.digest.toString())
                               .arg(*size)
                               .arg(blob.size)));
                 return;
             }
             file->flush();
             auto upload = [this, destination, blob, state, report, done, file](const QUrl &location) {
                 Request put;
                 put.method = "PUT";
                 put.url = location;
                 QUrlQuery query(location);
                 query.addQueryItem(QStringLiteral("digest"), blob.digest.toString());
                 put.url.setQuery(query);
                 put.registry = destination.registry();
                 put.scopes = {pushScope(destination)};
                 put.headers = {{"Content-Type", "application/octet-stream"}};
                 put.bodyDevice = file;
                 put.maxBodyBytes = qint64{1024} * 1024;
                 put.action = tr("uploading %1 to %2").arg(blob.digest.shortString(), destination.name());
                 send(put, state, [blob, report, done, destination](Result<Response> response) {
                     if (!response) {
                         done(fail(response.error()));
                         return;
                     }
                     if (response->status != 201) {
                         done(fail(errorForStatus(
                             response->status, response->body,
                             tr("uploading %1 to %2").arg(blob.digest.shortString(), destination.name()))));
                         return;
                     }
                     ++report->blobsUploaded;
                     report->bytesUploaded += blob.size;
                     done(Status());
                 });
             };
             if (!uploadLocation.isEmpty()) {
                 upload(uploadLocation);
                 return;
             }
             Request start;
             start.method = "POST";
             start.url = apiUrl(destination, QStringLiteral("/blobs/uploads/"));
             start.registry = destination.registry();
             start.scopes = {pushScope(destination)};
             start.maxBodyBytes = qint64{1024} * 1024;
             start.action = tr("starting an upload to %1").arg(destination.name());
             send(start, state, [upload, done, destination](Result<Response> response) {
                 if (!response) {
                     done(fail(response.error()));
                     return;
                 }
                 if (response->status != 202 || response->header("Location").isEmpty()) {
                     done(fail(errorForStatus(response->status, response->body,
                                              tr("starting an upload to %1").arg(destination.name()))));
                     return;
                 }
                 upload(response->url.resolved(QUrl::fromEncoded(response->header("Location"))));
             });
         });
}

} // namespace steward::registry

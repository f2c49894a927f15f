#pragma once

#include "core/Digest.h"
#include "core/Result.h"

#include <QMetaType>
#include <QString>

namespace steward {

// A normalised image reference `[host[:port]/]path[:tag][@digest]`, following the distribution reference grammar
// and the docker CLI's normalisation: `alpine` is `docker.io/library/alpine:latest`.
class ImageReference
{
public:
    ImageReference() = default;

    // Parses and normalises; every rejection names the part that is wrong.
    static Result<ImageReference> parse(QStringView text);

    static constexpr qsizetype MaxNameLength = 255; // host + "/" + path
    static constexpr qsizetype MaxTagLength = 128;

    bool isValid() const { return !m_repository.isEmpty(); }

    // "docker.io", "ghcr.io", "localhost:5000": the registry as people name it.
    const QString &registry() const { return m_registry; }
    // Where the API answers: "registry-1.docker.io" for docker.io, else registry().
    QString apiHost() const;
    // "library/alpine", "team/app".
    const QString &repository() const { return m_repository; }
    // Empty when the reference names only a digest.
    const QString &tag() const { return m_tag; }
    const Digest &digest() const { return m_digest; }
    bool hasDigest() const { return m_digest.isValid(); }

    // What goes into /v2/<name>/manifests/<ref>: the digest when there is one (it is exact), else the tag.
    QString manifestReference() const;
    // "docker.io/library/alpine:latest", "host:5000/a/b:1@sha256:...".
    QString toString() const;
    // "docker.io/library/alpine": registry and repository only.
    QString name() const;
    // True for localhost, 127.0.0.0/8 and ::1: where plain HTTP is acceptable without an explicit choice.
    bool isLoopback() const;
    bool isDockerHub() const;

    ImageReference withTag(const QString &tag) const;      // drops the digest
    ImageReference withDigest(const Digest &digest) const; // keeps the tag for display
    ImageReference withRepository(const QString &repository) const;

    static bool isValidTag(QStringView tag);
    // True when the host part (without port) is a loopback name or address.
    static bool isLoopbackHost(QStringView hostPort);

    friend bool operator==(const ImageReference &a, const ImageReference &b) = default;

private:
    QString m_registry;
    QString m_repository;
    QString m_tag;
    Digest m_digest;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::ImageReference)

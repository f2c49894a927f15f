#pragma once

#include "core/Clock.h"
#include "core/Digest.h"
#include "core/ImageReference.h"
#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QStringList>

#include <memory>
#include <optional>

class QObject;

namespace steward::registry {
class RegistryClient;
}

namespace steward::workflow {

// The Push step after a CI build: give the digest `reference` names its unique tag and its moving tag.
struct PushTagsRequest
{
    ImageReference reference; // a tag or a digest
    QString uniquePattern;    // see TagPattern.h
    QString movingTag;        // empty: none
};

struct TagChange
{
    QString tag;
    std::optional<Digest> before; // nullopt: the tag did not exist
    bool written = false;         // false: it already pointed at the digest, nothing was sent
};

struct PushedTags
{
    ImageReference repository; // reference without tag or digest
    Digest digest;
    QDateTime time;                 // what the time conversions of the pattern used (UTC)
    bool timeFromImage = false;     // true: the image config's `created`; false: the clock (the config had none)
    std::optional<QString> version; // the version label, when the pattern used it
    TagChange unique;
    std::optional<TagChange> moving;
};

// Adds the tags by manifest only: one GET of the manifest `reference` names, one GET of its (small) config blob when
// the pattern uses the time or {version} — for an index, of the linux/amd64 image (else the first) — one HEAD per
// tag, and one PUT of the identical manifest bytes per tag that does not already point at the digest. No layer blob
// is read or written. The time is the image config's `created`, or `clock`'s now when the config has none.
//
// Refused before anything is written: a pattern that does not expand (see expandTagPattern), and a unique tag that
// already points at another digest (a unique tag is never moved: what was tested under it must stay what it names).
// The moving tag is moved; its previous digest is reported. Continues on `context`'s thread, the client's.
QFuture<Result<PushedTags>> pushTags(std::shared_ptr<registry::RegistryClient> client, PushTagsRequest request,
                                     const Clock &clock, QObject *context);

} // namespace steward::workflow

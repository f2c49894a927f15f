#pragma once

#include "core/ImageReference.h"
#include "core/Result.h"
#include "core/WorkerThread.h"
#include "registry/CredentialProvider.h"
#include "store/TagCache.h"

#include <QFuture>

#include <memory>
#include <optional>

namespace steward::registry {
class RegistryClient;
}

namespace steward::store {
class CatalogWorker;
}

namespace steward::workflow {

// Refreshes one repository's entry in the catalog's tag cache from its registry: every tag, the digest it names
// (one HEAD each, never a pull), and for each digest not seen before its platforms, size and creation time (one
// manifest GET, plus the config for a single-platform image). Docker Hub counts manifest GETs as pulls, so there the
// details are not fetched: its tags come with digests only.
//
// The registry client lives on the refresher's own thread ("steward-tags"): the caller's thread never waits on the
// network or the catalog. One refresh at a time per refresher; starting another cancels the one running.
class TagRefresher final
{
public:
    TagRefresher();
    ~TagRefresher();
    TagRefresher(const TagRefresher &) = delete;
    TagRefresher &operator=(const TagRefresher &) = delete;

    // Every tag of `repository` (its tag and digest are ignored), as now cached, ordered by tag. The cache's rows for
    // the repository are replaced only when everything was read, in one transaction: a failed or canceled refresh
    // leaves them as they were, except that a cancel arriving while they are written cannot stop the write (the rows
    // are then the new set, whole), so a caller that shows them reads the cache again. Progress: range 0..tags+digests
    // to inspect, the text names the phase. Cancel the future to stop at once (requests in flight are aborted). `login`
    // is used for this registry only.
    QFuture<Result<QList<store::CachedTag>>> refresh(const ImageReference &repository,
                                                     std::optional<registry::Credential> login,
                                                     std::shared_ptr<store::CatalogWorker> catalog);

private:
    registry::RegistryClient *m_client; // lives on m_thread
    WorkerThread m_thread;
    QFuture<Result<QList<store::CachedTag>>> m_running;
};

} // namespace steward::workflow

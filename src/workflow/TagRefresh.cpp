#include "workflow/TagRefresh.h"

#include "registry/RegistryClient.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "workflow/WorkflowText.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPromise>

namespace steward::workflow {

namespace {

using Tags = QList<store::CachedTag>;
using Answer = Result<Tags>;

// One refresh in flight, on the refresher's thread: the steps below hand it on until it finishes.
struct Run
{
    std::shared_ptr<QPromise<Answer>> promise;
    registry::RegistryClient *client = nullptr;
    std::shared_ptr<store::CatalogWorker> catalog;
    ImageReference repository;
    QString registryKey;
    QHash<QString, store::CachedTag> knownByDigest; // details already cached, reused for an unchanged digest
    QList<registry::TagDigest> digests;
    QStringList toInspect;
    QHash<QString, store::CachedTag> inspected;
    QFuture<void> inFlight; // canceled when the refresh is
    bool finished = false;

    bool canceled() const { return promise->isCanceled(); }
    void finish(Answer answer)
    {
        if (std::exchange(finished, true))
            return;
        promise->addResult(std::move(answer));
        promise->finish();
    }
    void progress(int value, const QString &text) { promise->setProgressValueAndText(value, text); }
};
using RunPtr = std::shared_ptr<Run>;

// Runs `next(value)` on the client's thread when `step` finishes, unless the refresh was canceled meanwhile.
template<typename T, typename F>
void await(const RunPtr &run, QFuture<T> step, F next)
{
    run->inFlight = QFuture<void>(step);
    step.then(run->client,
              [run, next = std::move(next)](T value) mutable {
                  if (run->canceled())
                      return run->finish(fail(ErrorCode::Canceled, WorkflowText::tr("Canceled.")));
                  next(std::move(value));
              })
        .onCanceled(run->client, [run] { run->finish(fail(ErrorCode::Canceled, WorkflowText::tr("Canceled."))); });
}

void saveToCache(const RunPtr &run)
{
    Tags tags;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const registry::TagDigest &resolved : std::as_const(run->digests)) {
        const QString digest = resolved.digest.toString();
        store::CachedTag tag = run->inspected.value(digest, run->knownByDigest.value(digest));
        tag.registry = run->registryKey;
        tag.repository = run->repository.repository();
        tag.tag = resolved.tag;
        tag.digest = digest;
        tag.mediaType = resolved.mediaType;
        tag.seenAt = now;
        tags << tag;
    }
    run->progress(run->promise->future().progressMaximum(), WorkflowText::tr("Saving to the tag cache…"));
    await(run, run->catalog->write([run, tags](QSqlDatabase &db) {
        return store::replaceCachedTags(db, run->registryKey, run->repository.repository(), tags);
    }),
          [run, tags](Status saved) {
              if (!saved)
                  return run->finish(fail(saved.error()));
              run->finish(tags);
          });
}

store::CachedTag detailsOf(const registry::ImageDetails &details)
{
    store::CachedTag tag;
    for (const registry::PlatformImage &platform : details.platforms)
        tag.platforms << platform.platform.toString();
    if (details.hasConfig) {
        tag.created = details.config.created;
        if (!details.config.os.isEmpty())
            tag.platforms << details.config.os + QLatin1Char('/') + details.config.architecture +
                                 (details.config.variant.isEmpty() ? QString()
                                                                   : QLatin1Char('/') + details.config.variant);
        tag.size = details.size + details.layerBytes;
    }
    return tag;
}

void inspectNext(const RunPtr &run, qsizetype index)
{
    if (index >= run->toInspect.size())
        return saveToCache(run);
    run->progress(int(run->digests.size() + index),
                  WorkflowText::tr("Reading image %1 of %2…").arg(index + 1).arg(run->toInspect.size()));
    const QString digest = run->toInspect.at(index);
    Result<Digest> parsed = Digest::parse(digest);
    if (!parsed)
        return inspectNext(run, index + 1);
    await(run, run->client->inspect(run->repository.withDigest(*parsed)),
          [run, index, digest](Result<registry::ImageDetails> details) {
              // A digest that cannot be read keeps its tags, without details: the listing is still true.
              if (details)
                  run->inspected.insert(digest, detailsOf(*details));
              inspectNext(run, index + 1);
          });
}

void resolveDigests(const RunPtr &run, const QStringList &tags)
{
    run->promise->setProgressRange(0, int(tags.size()));
    run->progress(0, WorkflowText::tr("Resolving %1 tags…").arg(tags.size()));
    QFuture<Result<QList<registry::TagDigest>>> resolving = run->client->tagDigests(run->repository, tags);
    // The client counts tags done; the refresh shows it.
    auto *watcher = new QFutureWatcher<Result<QList<registry::TagDigest>>>(run->client);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, run->client,
                     [run, total = tags.size()](int done) {
                         run->progress(done, WorkflowText::tr("Resolving tag %1 of %2…").arg(done).arg(total));
                     });
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(resolving);
    await(run, resolving, [run](Result<QList<registry::TagDigest>> digests) {
        if (!digests)
            return run->finish(fail(digests.error()));
        run->digests = *digests;
        if (!run->repository.isDockerHub()) {
            for (const registry::TagDigest &resolved : std::as_const(run->digests)) {
                const QString digest = resolved.digest.toString();
                if (resolved.digest.isValid() && !run->knownByDigest.contains(digest) &&
                    !run->toInspect.contains(digest))
                    run->toInspect << digest;
            }
        }
        run->promise->setProgressRange(0, int(run->digests.size() + run->toInspect.size()));
        inspectNext(run, 0);
    });
}

void start(const RunPtr &run)
{
    run->progress(0, WorkflowText::tr("Listing the tags of %1…").arg(run->repository.name()));
    await(run, run->catalog->run<Tags>([run](QSqlDatabase &db) {
        return store::cachedTags(db, run->registryKey, run->repository.repository());
    }),
          [run](Answer cached) {
              // A cache that cannot be read only costs the details of digests seen before.
              if (cached) {
                  for (const store::CachedTag &tag : std::as_const(*cached)) {
                      if (!tag.platforms.isEmpty() || tag.size >= 0 || tag.created.isValid())
                          run->knownByDigest.insert(tag.digest, tag);
                  }
              }
              await(run, run->client->listTags(run->repository), [run](Result<registry::TagList> listed) {
                  if (!listed)
                      return run->finish(fail(listed.error()));
                  resolveDigests(run, listed->tags);
              });
          });
}

} // namespace

TagRefresher::TagRefresher()
    : m_client(new registry::RegistryClient), m_thread(QStringLiteral("steward-tags"), m_client)
{}

TagRefresher::~TagRefresher()
{
    m_running.cancel();
}

QFuture<Answer> TagRefresher::refresh(const ImageReference &repository, std::optional<registry::Credential> login,
                                      std::shared_ptr<store::CatalogWorker> catalog)
{
    m_running.cancel();
    auto run = std::make_shared<Run>();
    run->promise = std::make_shared<QPromise<Answer>>();
    run->promise->start();
    run->client = m_client;
    run->catalog = std::move(catalog);
    run->repository = repository;
    run->registryKey = store::registryHostKey(repository.registry());
    m_running = run->promise->future();
    m_thread.post([run, login = std::move(login)] {
        auto credentials = std::make_shared<registry::StaticCredentialProvider>();
        if (login)
            credentials->set(run->repository.registry(), *login);
        run->client->setCredentialProvider(credentials);
        // Canceling the refresh aborts the request in flight at once, not when it ends.
        auto *watcher = new QFutureWatcher<Answer>(run->client);
        QObject::connect(watcher, &QFutureWatcherBase::canceled, run->client, [run] {
            if (!run->inFlight.isFinished())
                run->inFlight.cancel();
        });
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        watcher->setFuture(run->promise->future());
        if (run->canceled())
            return run->finish(fail(ErrorCode::Canceled, WorkflowText::tr("Canceled.")));
        start(run);
    });
    return m_running;
}

} // namespace steward::workflow

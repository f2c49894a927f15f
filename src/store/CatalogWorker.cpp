#include "store/CatalogWorker.h"

#include <QMetaObject>
#include <QMutex>

namespace steward::store {

CatalogWorker::CatalogWorker(QObject *parent) : QObject(parent), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("steward-catalog"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

CatalogWorker::~CatalogWorker()
{
    // Queued after any work already posted, and the thread quits from inside it: QThread::quit() called from here
    // would end the event loop with accepted work still queued. The thread's connection is closed on the thread that
    // opened it.
    post([this] {
        if (std::shared_ptr<Catalog> catalog = this->catalog())
            catalog->releaseThreadConnection();
        m_thread.quit();
    });
    m_thread.wait();
    delete m_context; // the thread has ended, so nothing can be running in it
}

void CatalogWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

void CatalogWorker::setCatalog(std::shared_ptr<Catalog> catalog)
{
    const QMutexLocker locker(&m_mutex);
    m_catalog = std::move(catalog);
}

std::shared_ptr<Catalog> CatalogWorker::catalog() const
{
    const QMutexLocker locker(&m_mutex);
    return m_catalog;
}

QFuture<Result<int>> CatalogWorker::open(const CatalogOptions &options)
{
    auto promise = std::make_shared<QPromise<Result<int>>>();
    QFuture<Result<int>> future = promise->future();
    promise->start();
    post([this, promise, options] {
        Result<std::shared_ptr<Catalog>> opened = Catalog::open(options);
        if (opened) {
            setCatalog(*opened);
            promise->addResult((*opened)->schemaVersion());
        } else {
            promise->addResult(fail(opened.error()));
        }
        promise->finish();
    });
    return future;
}

QFuture<Status> CatalogWorker::write(std::function<Status(QSqlDatabase &)> work)
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    post([this, promise, work = std::move(work)] {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        std::shared_ptr<Catalog> catalog = this->catalog();
        if (!catalog)
            promise->addResult(fail(ErrorCode::NotFound, QStringLiteral("The catalog is not open.")));
        else
            promise->addResult(catalog->transaction(work));
        promise->finish();
    });
    return future;
}

} // namespace steward::store

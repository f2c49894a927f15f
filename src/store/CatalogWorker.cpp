#include "store/CatalogWorker.h"

#include <QMutexLocker>
#include <QThread>

namespace steward::store {

CatalogWorker::CatalogWorker(QObject *parent)
    : QObject(parent), m_thread(QStringLiteral("steward-catalog"), new QObject)
{}

CatalogWorker::~CatalogWorker()
{
    // The thread's connection is closed on the thread that opened it, after every accepted write.
    m_thread.setLastTask([this] {
        if (std::shared_ptr<Catalog> catalog = this->catalog())
            catalog->releaseThreadConnection();
    });
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
    return m_thread.call<Result<int>>([this, options]() -> Result<int> {
        Result<std::shared_ptr<Catalog>> opened = Catalog::open(options);
        if (!opened)
            return fail(opened.error());
        (*opened)->confineTo(QThread::currentThread());
        setCatalog(*opened);
        return (*opened)->schemaVersion();
    });
}

QFuture<Status> CatalogWorker::write(std::function<Status(QSqlDatabase &)> work)
{
    return m_thread.call<Status>([this, work = std::move(work)]() -> Status {
        std::shared_ptr<Catalog> catalog = this->catalog();
        if (!catalog)
            return fail(ErrorCode::NotFound, QStringLiteral("The catalog is not open."));
        return catalog->transaction(work);
    });
}

} // namespace steward::store
